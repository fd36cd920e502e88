"""The words of the dunning ladder (DOMAIN §7): each stage's letter, its title and name, a short
WeChat/SMS text to copy and a phone script for the consultant — from plain values.

Stage 0 is the pre-notice (a friendly reminder of a coming due date), 1..5 the letters, each
firmer than the last, 6 the formal demand (付款催告函). The office's own words: calm, clear, never
threatening. No text ever says the contract ends by itself if unpaid (that would make a letter a
conditional cancellation notice, Civil Code Art. 565) and none is a lawyer's letter.

Pure: no reportlab, no database, no clock. Amounts read as `core.money.yuan`, dates as 2026年3月5日.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from anjia_desk.core.money import yuan

PRENOTICE = 0
DEMAND = 6
STAGES = tuple(range(PRENOTICE, DEMAND + 1))
#: Overdue installments the words list one by one; more are summed (the letter's table lists them).
SPELLED_OUT = 3

_NAMES = ("预通知", "第一阶段", "第二阶段", "第三阶段", "第四阶段", "第五阶段", "付款催告函")
_TITLES = (
    "付款温馨提示函",
    "付款提醒函",
    "付款再次提醒函",
    "逾期付款沟通函",
    "逾期付款督促函",
    "逾期付款违约金告知函",
    "付款催告函",
)


@dataclass(frozen=True)
class LetterLine:
    """One installment on a letter: what is still unpaid of it and its penalty so far.

    `days_overdue` 0 is a coming installment (listed as 即将到期, no penalty)."""

    name: str  # 首付款 / 房款 / 尾款…
    due_on: date
    amount: Decimal  # the installment's amount
    outstanding: Decimal  # what is still unpaid of it
    days_overdue: int
    penalty: Decimal  # accrued through the letter's date (the receivables view's figure)

    @property
    def coming(self) -> bool:
        return self.days_overdue <= 0


@dataclass(frozen=True)
class LetterValues:
    """Everything a letter says, frozen when it is issued (a reprint says the same).

    `total_outstanding` / `total_penalty` are the sums over `lines`; `penalty_per_10k` is the
    deal's daily rate in ‱; `clause_no` / `clause_text` the contract's penalty clause recorded
    at 认购; `pay_by` the formal demand's pay-by date, `cancel_from` the day the developer's right
    to cancel arises (both None below stage 6)."""

    buyer: str
    project: str
    unit: str
    contract_no: str
    lines: tuple[LetterLine, ...]
    total_outstanding: Decimal
    total_penalty: Decimal
    penalty_per_10k: Decimal
    clause_no: str
    clause_text: str
    letter_on: date
    pay_by: date | None
    cancel_from: date | None
    office_phone: str
    consultant: str

    @property
    def overdue_lines(self) -> tuple[LetterLine, ...]:
        return tuple(line for line in self.lines if not line.coming)

    @property
    def coming_lines(self) -> tuple[LetterLine, ...]:
        return tuple(line for line in self.lines if line.coming)

    @property
    def overdue_total(self) -> Decimal:
        """What is overdue (the whole total when no line is overdue: a pre-notice)."""
        lines = self.overdue_lines
        if not lines:
            return self.total_outstanding
        return sum((line.outstanding for line in lines), Decimal(0))

    @property
    def most_days(self) -> int:
        return max((line.days_overdue for line in self.lines), default=0)


# -- how things read ---------------------------------------------------------------------------


def day_cn(day: date) -> str:
    """2026年3月5日."""
    return f"{day.year}年{day.month}月{day.day}日"


def money_cn(amount: Decimal) -> str:
    """1,234.50元."""
    return f"{yuan(amount)}元"


def rate_cn(per_10k: Decimal) -> str:
    """每日万分之5 (the form the subscription agreement prints)."""
    return f"每日万分之{per_10k.normalize():f}"


def stage_name(stage: int) -> str:
    """预通知, 第一阶段 … 第五阶段, 付款催告函."""
    return _NAMES[_check(stage)]


def letter_title(stage: int) -> str:
    """The letter's title: 付款温馨提示函 … 付款催告函."""
    return _TITLES[_check(stage)]


def _check(stage: int) -> int:
    if stage not in STAGES:
        raise ValueError(f"催款阶段应为 0～6：{stage}")
    return stage


def _contract(values: LetterValues) -> str:
    if values.contract_no:
        return f"《商品房买卖合同》（合同编号：{values.contract_no}）"
    return "双方签订的购房合同"


def _house(values: LetterValues) -> str:
    return f"{values.project}{values.unit}" if values.project else values.unit


def _overdue_items(lines: Sequence[LetterLine]) -> str:
    return "；".join(
        f"{line.name}（应付日期{day_cn(line.due_on)}）尚有{money_cn(line.outstanding)}未付，"
        f"已逾期{line.days_overdue}天"
        for line in lines
    )


def _coming_items(lines: Sequence[LetterLine]) -> str:
    return "；".join(
        f"{line.name}{money_cn(line.outstanding)}将于{day_cn(line.due_on)}到期" for line in lines
    )


def _owed(values: LetterValues) -> str:
    """The overdue installments and their total, as one clause."""
    lines = values.overdue_lines
    if len(lines) == 1:
        return _overdue_items(lines)
    total = money_cn(values.overdue_total)
    if len(lines) <= SPELLED_OUT:
        return f"{_overdue_items(lines)}，合计{total}"
    first = min(lines, key=lambda line: line.due_on)
    return (
        f"共{len(lines)}笔款项，合计{total}，其中最早的一笔{first.name}应付日期为"
        f"{day_cn(first.due_on)}，已逾期{first.days_overdue}天（明细见下表）"
    )


def _unpaid(values: LetterValues) -> str:
    house, on = _house(values), day_cn(values.letter_on)
    return f"截至{on}，您购买的{house}的以下款项仍未支付：{_owed(values)}。"


def _coming_note(values: LetterValues) -> list[str]:
    if not values.coming_lines or not values.overdue_lines:
        return []
    return [f"另外，{_coming_items(values.coming_lines)}，也请您一并留意、按时安排。"]


def _coming(values: LetterValues) -> str:
    """The coming installments (of a pre-notice), with their total when there are several."""
    lines = values.coming_lines or values.lines
    if len(lines) == 1:
        return _coming_items(lines)
    return f"{_coming_items(lines)}，合计{money_cn(values.total_outstanding)}"


def _penalty(values: LetterValues) -> str:
    """The penalty accrued so far and how a payment stops it."""
    return (
        f"按合同约定，逾期款项自应付日的次日起，按{rate_cn(values.penalty_per_10k)}、以每日实际未付"
        f"的金额计算逾期付款违约金；截至{day_cn(values.letter_on)}，累计为"
        f"{money_cn(values.total_penalty)}（明细见下表）。款项在哪一天到账，自当日起所付金额即不再"
        "计算违约金，越早付款，违约金越少。"
    )


def _contact(values: LetterValues) -> str:
    who = f"您的置业顾问{values.consultant}" if values.consultant else "我们"
    phone = f"，或致电{values.office_phone}" if values.office_phone else ""
    return f"如有任何疑问，或款项已经付出，请联系{who}{phone}，我们将及时为您核对、解答。"


def _greeting(values: LetterValues) -> str:
    return f"尊敬的{values.buyer}："


# -- the letters -------------------------------------------------------------------------------


def letter_paragraphs(stage: int, values: LetterValues) -> list[str]:
    """The letter's paragraphs: the greeting first, then the body, the closing last."""
    _check(stage)
    house = _house(values)
    on = day_cn(values.letter_on)
    contract = _contract(values)
    body: list[str]
    if stage == PRENOTICE:
        body = [
            f"感谢您选择{values.project or '我们'}。按照{contract}的付款约定，您购买的"
            f"{values.unit}，{_coming(values)}。",
            "特此提前提醒，方便您从容安排资金、按时付款。如已安排妥当，请忽略本函。",
            _contact(values),
            "祝您生活愉快！",
        ]
    elif stage == 1:
        body = [
            f"感谢您对{values.project or '我们'}的信任。按照{contract}的约定，您购买的"
            f"{values.unit}有款项已过付款日期，我们暂未收到：{_owed(values)}。",
            "或许是您事务繁忙，一时未及办理。请您在方便时尽快安排支付；如款项已经付出，"
            "请将付款凭证告知我们核对，并请谅解本函的打扰。",
            *_coming_note(values),
            _contact(values),
            "顺祝安康！",
        ]
    elif stage == 2:
        body = [
            f"截至{on}，我们尚未收到您购买的{house}的以下款项：{_owed(values)}。",
            "不知是否因为事务繁忙而忘记了付款日期？如是，请您收到本函后尽快安排支付；"
            "如款项已经付出，请将付款凭证告知我们，以便及时核对入账。",
            *_coming_note(values),
            _contact(values),
            "顺祝安康！",
        ]
    elif stage == 3:
        body = [
            _unpaid(values),
            "款项逾期已有一段时间，我们很关心您是否遇到了什么情况。如在资金安排、贷款办理或其他"
            "方面遇到困难，请尽快与我们联系、说明情况，我们愿意在合同约定的范围内与您一起商量"
            "可行的安排；如没有困难，请您尽快付款。",
            _penalty(values),
            *_coming_note(values),
            _contact(values),
        ]
    elif stage == 4:
        body = [
            _unpaid(values),
            f"{contract}是双方平等、自愿订立的，履行合同是双方共同的责任：我司按约履行自己的"
            "义务，也请您按约支付房款，这对双方、对其他按时付款的买受人都是公平的。",
            "此事已较为紧急。请您务必尽快支付上述款项；如确有困难，请立即与我们联系，当面说明"
            "情况，以便双方及时商定解决办法。",
            _penalty(values),
            *_coming_note(values),
            _contact(values),
        ]
    elif stage == 5:
        clause = values.clause_no or "逾期付款"
        body = [
            _unpaid(values),
            f"{contract}{clause}约定：“{values.clause_text}”",
            f"依照上述约定，按{rate_cn(values.penalty_per_10k)}、自各笔款项应付日的次日起以每日"
            f"实际未付的金额计算，截至{on}，您应付的逾期付款违约金累计为"
            f"{money_cn(values.total_penalty)}（明细见下表）。违约金随逾期天数继续累计；款项在哪一天"
            "到账，自当日起所付金额即不再计算违约金。",
            f"请您尽快支付逾期款项{money_cn(values.overdue_total)}，违约金以实际到账日结算为准。"
            "如对上述款项或金额有异议，请及时与我们联系核对。",
            *_coming_note(values),
            _contact(values),
        ]
    else:
        body = _demand(values)
    return [_greeting(values), *body]


def _demand(values: LetterValues) -> list[str]:
    on = day_cn(values.letter_on)
    contract = _contract(values)
    clause = values.clause_no or "逾期付款条款"
    amount = money_cn(values.overdue_total)
    if values.pay_by is not None:
        ask = (
            f"现我司正式向您催告：请您于{day_cn(values.pay_by)}（含当日）之前，"
            f"支付上述逾期款项{amount}。"
        )
    else:
        ask = f"现我司正式向您催告：请您收到本函后尽快支付上述逾期款项{amount}。"
    paragraphs = [
        f"您购买的{_house(values)}，依照{contract}应付的以下款项，截至{on}仍未支付："
        f"{_owed(values)}。",
        ask,
        f"依照合同{clause}的约定，逾期付款违约金按{rate_cn(values.penalty_per_10k)}计算，截至{on}"
        f"累计为{money_cn(values.total_penalty)}（明细见下表），并随逾期天数继续累计；款项在哪一天"
        "到账，自当日起所付金额即不再计算违约金。",
    ]
    paragraphs.append(_cancel_right(values))
    paragraphs += [
        "我们仍然希望合同顺利履行。如您对上述款项有异议，或确有困难，请在上述期限内与我们书面"
        "或当面联系。",
        *_coming_note(values),
        _contact(values),
        "特此函告。",
    ]
    return paragraphs


def _cancel_right(values: LetterValues) -> str:
    """When the developer may cancel, stated as it is; never that the contract ends by itself."""
    basis = "依照双方合同的约定及《中华人民共和国民法典》等法律的规定"
    after = "本函并非解除合同的通知；我司如决定行使该权利，将另行书面通知您。"
    cancel, pay_by = values.cancel_from, values.pay_by
    if cancel is None:
        return f"{basis}，买受人逾期付款达到约定或法定情形的，出卖人有权解除合同。{after}"
    if cancel <= values.letter_on:
        return f"{basis}，我司自{day_cn(cancel)}起已享有解除合同的权利。{after}"
    if pay_by is not None and cancel <= pay_by:
        return (
            f"{basis}，自{day_cn(cancel)}起，我司即享有解除合同的权利（该日期早于上述付款期限）。"
            + after
        )
    return f"{basis}，自{day_cn(cancel)}起，我司享有解除合同的权利。{after}"


# -- the short texts ---------------------------------------------------------------------------


def _sign(values: LetterValues) -> str:
    who = f"置业顾问{values.consultant}" if values.consultant else values.project
    return f"（{who}{'，' + values.office_phone if values.office_phone else ''}）"


def message_text(stage: int, values: LetterValues) -> str:
    """A short WeChat/SMS text in the letter's tone (the app sends nothing: the user copies it)."""
    _check(stage)
    head = f"【{values.project}】" if values.project else ""
    hello = f"{head}{values.buyer}您好，"
    unit = values.unit
    amount = money_cn(values.overdue_total)
    days = values.most_days
    dated = values.overdue_lines or values.lines
    since = f"（{day_cn(min(line.due_on for line in dated))}）" if dated else ""
    texts = {
        PRENOTICE: f"您购买的{unit}的{_coming(values)}。提前提醒，方便您安排，如已安排请忽略。",
        1: f"您购买的{unit}有{amount}款项已过付款日期{since}，我们暂未收到。"
        "方便时请尽快安排；如已付款，请告诉我们核对。谢谢！",
        2: f"截至{day_cn(values.letter_on)}，您购买的{unit}仍有{amount}款项未付，"
        "不知是否忘记了付款日期？请尽快安排；如已付款，请告诉我们核对。",
        3: f"您购买的{unit}有{amount}款项已逾期{days}天。如遇到困难，欢迎与我们联系、一起商量；"
        "如无困难，请尽快付款。",
        4: f"您购买的{unit}有{amount}款项已逾期{days}天，事情已较紧急。合同需要双方共同履行，"
        "请务必尽快付款，或立即与我们联系说明情况。",
        5: f"您购买的{unit}有{amount}款项已逾期{days}天。按合同{values.clause_no}约定，截至"
        f"{day_cn(values.letter_on)}逾期违约金为{money_cn(values.total_penalty)}，并逐日累计，"
        "款项到账当日起所付金额即停止计算。请尽快付款，详见书面告知函。",
        DEMAND: f"我司已就您购买的{unit}的逾期款项{amount}向您发出《付款催告函》，"
        + (f"请于{day_cn(values.pay_by)}前付款" if values.pay_by else "请尽快付款")
        + "。内容请见催告函，如有疑问请及时与我们联系。",
    }
    return f"{hello}{texts[stage]}{_sign(values)}"


def call_script(stage: int, values: LetterValues) -> str:
    """A short script for the consultant's call (09:00–21:00), one step a line."""
    _check(stage)
    me = f"我是{values.project}的置业顾问{values.consultant or '（您的姓名）'}"
    amount = money_cn(values.overdue_total)
    days = values.most_days
    unit = values.unit
    say = {
        PRENOTICE: f"您购买的{unit}，{_coming(values)}，提前跟您说一声，方便您安排资金。",
        1: f"您购买的{unit}有{amount}款项已过付款日期，我们还没有收到，想跟您确认一下是否已经"
        "安排了。",
        2: f"您购买的{unit}还有{amount}款项没有收到，不知道是不是忘了付款日期？",
        3: f"您购买的{unit}有{amount}款项已经逾期{days}天了，想了解一下是不是遇到了什么困难，"
        "看看我们能帮上什么。",
        4: f"您购买的{unit}有{amount}款项已经逾期{days}天，时间比较紧了，合同需要双方一起履行，"
        "请您尽快安排付款。",
        5: f"您购买的{unit}有{amount}款项已经逾期{days}天，按合同{values.clause_no}的约定，截至"
        f"{day_cn(values.letter_on)}违约金是{money_cn(values.total_penalty)}，还会逐日增加，"
        "款项到账当天起就不再计算。",
        DEMAND: f"公司已经就您购买的{unit}的逾期款项{amount}发出了《付款催告函》，"
        + (f"请在{day_cn(values.pay_by)}之前付款。" if values.pay_by else "请尽快付款。"),
    }
    ask = (
        "请问您方便的付款日期是哪一天？"
        if stage != PRENOTICE
        else "请问付款有没有需要我们协助的地方？"
    )
    return "\n".join(
        (
            f"1. 问候：{values.buyer}您好，{me}，现在方便说两句吗？",
            f"2. 说明：{say[stage]}",
            f"3. 询问：{ask}如已付款，请对方告知付款日期和方式，以便核对。",
            "4. 语气平和，只谈合同约定的款项，不催逼、不争执；对方有异议的，记下原因，转交经理。",
            "5. 记录结果：承诺付款日期 / 无人接听 / 有异议。",
        )
    )


__all__ = [
    "DEMAND",
    "PRENOTICE",
    "STAGES",
    "LetterLine",
    "LetterValues",
    "call_script",
    "day_cn",
    "letter_paragraphs",
    "letter_title",
    "message_text",
    "money_cn",
    "rate_cn",
    "stage_name",
]
