"""The rules of a deal (DOMAIN §5–6): prices and discounts, the deposit cap, who approves a
special discount, the steps of each payment method, their order and the next step's due date,
the area settlement at hand-over, and the three care touches after signing.

Pure: no database, no clock. Money is `Decimal`, rounded half-up to the fen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from anjia_desk.core.deals import (
    AREA_TOLERANCE,
    DEPOSIT_CAP,
    FEN,
    MORTGAGE_STEPS,
    BuyerType,
    PaymentMethod,
    Stage,
    Step,
)
from anjia_desk.core.money import fen, yuan
from anjia_desk.core.roles import Role

# -- buildings ---------------------------------------------------------------------------------

#: What people write after a building's number: 3栋 3# 3号楼 3幢 A座 3楼 3号.
_BUILDING_SUFFIX = re.compile(r"(号楼|栋|幢|座|楼|号|#)+$")


def building_key(text: str) -> str:
    """The comparable name of a building: "3栋" "3#" "3号楼" "3幢" " 3 " "３" → "3"; "A座" → "A".

    Full-width folded, white space removed, a leading 第 and the trailing 栋/幢/座/号楼/号/楼/#
    dropped, letters upper-cased, leading zeros of a number dropped ("03" → "3").
    """
    folded = "".join(unicodedata.normalize("NFKC", text).split())
    key = _BUILDING_SUFFIX.sub("", folded.removeprefix("第")).upper()
    if not key:
        return folded.upper()
    if key.isascii() and key.isdigit():
        return str(int(key))
    return key


# -- prices ------------------------------------------------------------------------------------


def standard_discount(list_price: Decimal, percent: Decimal) -> Decimal:
    """The payment method's standard discount: `percent`% of the list price, half-up fen."""
    return fen(list_price * percent / 100)


def deal_price(
    list_price: Decimal, standard_discount: Decimal, special_discount: Decimal
) -> Decimal:
    """成交价 = 表价 − 付款方式优惠 − 特批优惠, half-up fen."""
    return fen(list_price - standard_discount - special_discount)


def deposit_cap(price: Decimal) -> Decimal:
    """定金 may be at most 20% of the price (Civil Code Art. 586), rounded DOWN to the fen."""
    return (price * DEPOSIT_CAP).quantize(FEN, rounding=ROUND_DOWN)


def price_problems(
    *, price: Decimal, filed_price: Decimal, deposit: Decimal, special_discount: Decimal
) -> dict[str, str]:
    """Field → Chinese message for a 认购's numbers; empty when they are all acceptable."""
    problems: dict[str, str] = {}
    if price <= 0:
        problems["price"] = "成交价须大于0"
    elif price > filed_price:
        problems["price"] = f"成交价高于备案价（{yuan(filed_price)}元）"
    if deposit <= 0:
        problems["deposit"] = "定金须大于0"
    elif deposit > deposit_cap(price):
        problems["deposit"] = f"定金超过成交价的20%（上限 {yuan(deposit_cap(price))}元）"
    if special_discount < 0:
        problems["special_discount"] = "特批优惠不能为负"
    return problems


def discount_approver(special: Decimal, list_price: Decimal, site_pct: Decimal) -> Role | None:
    """Who must approve a special discount: nobody for none, the site manager up to `site_pct`%
    of the list price, the marketing head above."""
    if special <= 0:
        return None
    if special <= list_price * site_pct / 100:
        return Role.SITE_MANAGER
    return Role.MARKETING_HEAD


def may_approve(roles: frozenset[Role], needed: Role) -> bool:
    """Whether someone with `roles` may approve what needs `needed`; the marketing head may
    approve anything the site manager may."""
    return needed in roles or Role.MARKETING_HEAD in roles


# -- steps -------------------------------------------------------------------------------------

_FULL_STEPS = (Step.SUBSCRIBE, Step.SIGN, Step.FILE, Step.DELIVER, Step.CERTIFICATE)
_LOAN_STEPS = (
    Step.SUBSCRIBE,
    Step.SIGN,
    Step.FILE,
    Step.DOCUMENTS,
    Step.INTERVIEW,
    Step.APPROVAL,
    Step.PRE_REGISTRATION,
    Step.RELEASE,
    Step.DELIVER,
    Step.CERTIFICATE,
)


def is_cancelled(stage: str, cancelled_at: object | None) -> bool:
    """The one test of a cancelled deal: its cancellation time is set, or its stage says so."""
    return cancelled_at is not None or stage == Stage.CANCELLED


def steps_for(method: PaymentMethod) -> tuple[Step, ...]:
    """The steps a deal paid by `method` goes through, in order."""
    return _LOAN_STEPS if method.is_loan else _FULL_STEPS


def next_step(method: PaymentMethod, done: Collection[Step]) -> Step | None:
    """The first step of `method` not yet done; None when all are."""
    return next((step for step in steps_for(method) if step not in done), None)


def step_owner(step: Step) -> Role:
    """Who does a step: the mortgage officer the loan steps, the consultant the 认购, the sales
    secretary the rest."""
    if step in MORTGAGE_STEPS:
        return Role.MORTGAGE_OFFICER
    if step is Step.SUBSCRIBE:
        return Role.CONSULTANT
    return Role.SALES_SECRETARY


#: The office's default days from the previous step's completion to a step's due date.
#: 交付 and 办证 have no entry: the project sets their dates, they are not a deadline.
STEP_DAYS: dict[Step, int] = {
    Step.SUBSCRIBE: 0,
    Step.SIGN: 7,  # the deal's own 签约期限 is used instead (see step_due)
    Step.FILE: 30,  # 备案 within 30 days of signing (商品房销售管理办法)
    Step.DOCUMENTS: 7,
    Step.INTERVIEW: 7,
    Step.APPROVAL: 15,
    Step.PRE_REGISTRATION: 15,
    Step.RELEASE: 15,
}


#: The default days from 交付 to the due date of a 补差款 (the office's, a setting).
AREA_DUE_DAYS = 30


def step_due(
    step: Step,
    *,
    previous_done_on: date,
    sign_deadline: date,
    days: Mapping[Step, int] = STEP_DAYS,
) -> date | None:
    """When `step` falls due once the step before it was done on `previous_done_on`; `days` are
    the office's days per step (the settings, STEP_DAYS by default)."""
    if step is Step.SIGN:
        return sign_deadline
    if step in (Step.DELIVER, Step.CERTIFICATE):
        return None
    return previous_done_on + timedelta(days=days.get(step, STEP_DAYS[step]))


def check_step_order(method: PaymentMethod, done: Collection[Step], step: Step) -> str | None:
    """None when `step` is the next one to do for `method`; else why not, in Chinese."""
    if step not in steps_for(method):
        return f"{method.label}的交易没有“{step.label}”这一步"
    if step in done:
        return f"“{step.label}”已经完成"
    first = next_step(method, done)
    if first is not step:
        assert first is not None  # `step` itself is still to do
        return f"“{first.label}”尚未完成，请先办理“{first.label}”"
    return None


def next_step_due(
    method: PaymentMethod,
    done: Mapping[Step, date],
    *,
    subscribed_on: date,
    sign_deadline: date,
    cancelled: bool = False,
    days: Mapping[Step, int] = STEP_DAYS,
) -> tuple[Step | None, date | None]:
    """A deal's next step and the day it falls due: the one rule the deal lists, the deal page
    and the 工作台 share.

    `done` maps each step done to the office-local day it was done. The next step is the first
    of `method`'s steps not done (None once all are, or when the deal is cancelled); it falls
    due counted from the day the step just before it in that order was done — a step recorded
    later with an earlier date (补录) counts from that earlier date, not from when it was typed
    in nor from the latest step done. 签约 falls due on the deal's own 签约期限; 交付 and 办证 have
    no due date. The first step (认购, always done in practice) counts from `subscribed_on`.
    `days` are the office's days per step (settings_deals.step_days).
    """
    if cancelled:
        return None, None
    following = next_step(method, done)
    if following is None:
        return None, None
    order = steps_for(method)
    index = order.index(following)
    previous_on = done[order[index - 1]] if index > 0 else subscribed_on
    due = step_due(following, previous_done_on=previous_on, sign_deadline=sign_deadline, days=days)
    return following, due


# -- area settlement ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AreaSettlement:
    ratio: Decimal  # (measured − predicted) / predicted, 4 places: 0.0312 for +3.12%
    amount: Decimal  # > 0 the buyer pays more, < 0 the developer returns money
    buyer_may_cancel: bool
    explanation: str


def _area(value: Decimal) -> str:
    return f"{value.normalize():f}"


def settle_area(*, price: Decimal, predicted: Decimal, measured: Decimal) -> AreaSettlement:
    """The 面积差 settlement of 商品房销售管理办法 Art. 20 on 建筑面积.

    The unit price is price / predicted. Within ±3% the difference is settled at that unit price.
    Above +3% the buyer pays only for the first 3% (the rest is the developer's); below −3% the
    developer returns the first 3% at the unit price and the part beyond 3% double. Beyond 3%
    either way the buyer may cancel the contract.
    """
    if predicted <= 0 or measured <= 0:
        raise ValueError("面积须大于0")
    diff = measured - predicted
    ratio = (diff / predicted).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
    tolerance = predicted * AREA_TOLERANCE
    percent = f"{abs(ratio) * 100:.2f}%"
    unit_price = yuan(price / predicted)
    areas = f"实测建筑面积{_area(measured)}㎡，预测{_area(predicted)}㎡"
    if diff == 0:
        return AreaSettlement(Decimal("0.0000"), Decimal("0.00"), False, f"{areas}，无需补退。")
    if abs(diff) <= tolerance:
        amount = fen(diff * price / predicted)
        who = "买受人补交" if amount > 0 else "开发商退还"
        side = "多" if diff > 0 else "少"
        return AreaSettlement(
            ratio,
            amount,
            False,
            f"{areas}，{side}{percent}，在3%以内，按单价{unit_price}元/㎡据实结算，"
            f"{who}{yuan(abs(amount))}元。",
        )
    within = fen(price * AREA_TOLERANCE)
    if diff > 0:
        return AreaSettlement(
            ratio,
            within,
            True,
            f"{areas}，多{percent}，超过3%：买受人只补交3%以内的部分{yuan(within)}元，"
            f"超出部分的房款由开发商承担，买受人有权解除合同。",
        )
    total = fen(price * AREA_TOLERANCE + 2 * (-diff - tolerance) * price / predicted)
    return AreaSettlement(
        ratio,
        -total,
        True,
        f"{areas}，少{percent}，超过3%：开发商退还3%以内的部分{yuan(within)}元，"
        f"超出3%的部分双倍返还{yuan(total - within)}元，合计退还{yuan(total)}元，"
        f"买受人有权解除合同。",
    )


# -- care touches after signing ----------------------------------------------------------------

#: The office's default care hours (each a setting): no touch before WORK_START or after WORK_END;
#: the second touch the next day at SECOND_TOUCH_AT, the third the day after at THIRD_TOUCH_AT.
WORK_START, WORK_END = time(9, 0), time(21, 0)
SECOND_TOUCH_AT = time(10, 0)
THIRD_TOUCH_AT = time(18, 30)


@dataclass(frozen=True)
class CareHours:
    """When care touches may be due (the settings 关怀时段 and the two later touches' times)."""

    start: time = WORK_START
    end: time = WORK_END
    second_at: time = SECOND_TOUCH_AT
    third_at: time = THIRD_TOUCH_AT


DEFAULT_CARE_HOURS = CareHours()


@dataclass(frozen=True)
class CarePlan:
    seq: int
    due_at: datetime  # naive, office-local
    text: str


#: Texts per buyer type for touches 1, 2, 3. Fields: {name} {consultant} {project}
#: {manager_contact}. Calm, no promises about value, returns or schools.
CARE_TEXTS: dict[str, tuple[str, str, str]] = {
    BuyerType.FIRST_HOME: (
        "{name}您好，我是{project}的置业顾问{consultant}。签约已经顺利完成，祝贺您有了自己的家！"
        "这次的收据请妥善保管，后面办手续时会用到。项目经理的联系方式是{manager_contact}，"
        "有任何疑问都可以直接联系，也可以随时找我。",
        "{name}早上好，我是{consultant}，给您说说{project}的工地近况：现场正在按计划施工，"
        "一切有序。之后有新的进展我会及时告诉您，想来工地附近看看，也欢迎提前约我。",
        "{name}您好，签约已经两天了，想问问您对我们这次的服务满意吗？哪里做得不够好，"
        "请直接告诉我。为表谢意，项目为您准备了一张物业费抵用券，下次来售楼处时找我领取就好。",
    ),
    BuyerType.UPGRADE: (
        "{name}您好，我是{project}的{consultant}。感谢您的信任，合同已经签好。"
        "这次的收据请收好，后续交房、办证都用得上。附上项目经理的联系方式：{manager_contact}，"
        "关于房子的大小事都可以直接联系，我这边也随时在。",
        "{name}您好，和您分享一下{project}的工地进展：主体施工按计划推进，"
        "园林和公共区域也在同步准备。每到一个节点我都会跟您说一声，想到现场看看请提前告诉我。",
        "{name}您好，打扰了。签约这几天感觉怎么样？对我们的接待和手续办理是否满意，"
        "有什么建议都欢迎告诉我。项目还为您准备了一份小心意：一张物业费抵用券，方便时来售楼处领取即可。",
    ),
    BuyerType.INVESTOR: (
        "{name}您好，我是{project}的{consultant}。签约手续已经办妥，谢谢您。"
        "收据请妥善保存，之后付款和办证时需要核对。项目经理的联系方式是{manager_contact}，"
        "合同、付款节点、交付安排等问题都可以直接咨询。",
        "{name}您好，向您简单说一下{project}的工程情况：现场正按计划施工，备案等手续也在按节点办理。"
        "后续的付款安排我会提前提醒您，有问题随时问我。",
        "{name}您好，想请您为这次的购房服务评价一下：手续办理是否顺畅，还有哪些地方需要改进？"
        "感谢您选择{project}，我们准备了一张物业费抵用券作为小小谢意，您来售楼处时可以领取。",
    ),
}
CARE_TEXTS_GENERAL: tuple[str, str, str] = (
    "{name}您好，我是{project}的置业顾问{consultant}。签约已经完成，感谢您的信任。"
    "收据请妥善保管。这是项目经理的联系方式：{manager_contact}，有需要随时联系，我也一直都在。",
    "{name}您好，我是{consultant}。向您简单说一下{project}的工地情况：目前正在按计划施工。"
    "有新的进展我会第一时间告诉您。",
    "{name}您好，我是{consultant}。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。"
    "感谢您选择{project}，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。",
)


def _first_touch_at(signed_at: datetime, hours: CareHours) -> datetime:
    """`signed_at` moved into the care hours: before their start → the start, after their end →
    the next day's start (09:00 and 21:00 by default)."""
    if signed_at.time() < hours.start:
        return datetime.combine(signed_at.date(), hours.start)
    if signed_at.time() > hours.end:
        return datetime.combine(signed_at.date() + timedelta(days=1), hours.start)
    return signed_at


def care_plan(
    *,
    signed_at: datetime,
    buyer_type: str,
    customer_name: str,
    consultant: str,
    project: str,
    manager_contact: str,
    hours: CareHours = DEFAULT_CARE_HOURS,
) -> list[CarePlan]:
    """The three care touches after signing (DOMAIN §6), due in office-local naive time, within
    the office's care `hours`."""
    texts = CARE_TEXTS.get(buyer_type.strip(), CARE_TEXTS_GENERAL)
    fields = {
        "name": customer_name,
        "consultant": consultant,
        "project": project,
        "manager_contact": manager_contact,
    }
    day = signed_at.date()
    due = (
        _first_touch_at(signed_at, hours),
        datetime.combine(day + timedelta(days=1), hours.second_at),
        datetime.combine(day + timedelta(days=2), hours.third_at),
    )
    return [
        CarePlan(seq, at, text.format(**fields))
        for seq, (at, text) in enumerate(zip(due, texts, strict=True), start=1)
    ]
