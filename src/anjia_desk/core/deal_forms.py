"""The forms of a deal (DOMAIN §5): 认购, 签约, 完成此步, 交付 and 收款, each a plain dataclass
and a pure validator returning `{field: message}` (empty when the form is acceptable).

The dialogs show these messages beside their fields (the keys are the dialogs' field keys); the
services call the same validators before touching the database, so the command line and imports
obey the same rules. What needs the database (the unit's 备案价, the money still owed on an
installment) is checked by the service after these, with the rules of core.deal_rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from anjia_desk.core.address import address_problems
from anjia_desk.core.deals import FEN, PaymentMethod, Step
from anjia_desk.core.identity import normalise_id_number
from anjia_desk.core.money import yuan
from anjia_desk.core.refund_money import BreachBase
from anjia_desk.core.unit_forms import validate_measured_area

CONTRACT_NO_MAX = 40
PAYER_MAX = 40
METHOD_MAX = 10
NOTE_MAX = 200

# -- 认购 ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SubscribeForm:
    """What the 认购 dialog sends. `hold_id`: the customer's own hold/choice being converted."""

    unit_id: int
    customer_id: int
    buyer_name: str
    buyer_id_number: str  # 18-digit ID; stored encrypted, shown masked
    payment_method: PaymentMethod
    deposit: Decimal
    special_discount: Decimal = Decimal(0)
    discount_reason: str = ""
    ticket_id: int | None = None  # its 认筹金 is turned into 定金
    hold_id: int | None = None
    note: str = ""
    #: Issue 16: where letters go (optional; a postcode needs an address).
    mailing_address: str = ""
    mailing_postcode: str = ""


def validate_subscribe(form: SubscribeForm) -> dict[str, str]:
    """The buyer (real name and ID number, 实名制), the special discount with its reason and the
    optional mailing address (core.address). The price, 定金 and 备案价 are
    core.deal_rules.price_problems (they need the unit's prices)."""
    errors = address_problems(form.mailing_address, form.mailing_postcode)
    if not form.buyer_name.strip():
        errors["buyer_name"] = "请填写买受人姓名"
    try:
        normalise_id_number(form.buyer_id_number)
    except ValueError as exc:
        errors["buyer_id_number"] = str(exc)
    if form.special_discount < 0:
        errors["special_discount"] = "特批优惠不能为负"
    elif form.special_discount > 0 and not form.discount_reason.strip():
        errors["discount_reason"] = "有特批优惠时请填写理由"
    return errors


# -- 签约 ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContractTerms:
    """The contract's terms a change of the deal reads (issue 17, DOMAIN §8): the buyer's breach
    penalty (its base, percent and clause), the refund-interest rate (None: the office's, a
    system setting), the area clause's tolerance (None: the statutory 3%), the title deadline
    (办证期限) and whether the contract chose arbitration. Recorded at 认购 from the settings,
    written as the contract says at 签约."""

    breach_base: BreachBase = BreachBase.PRICE
    breach_pct: Decimal = Decimal(5)
    breach_clause_no: str = ""
    refund_rate: Decimal | None = None
    area_clause_pct: Decimal | None = None
    title_due_on: date | None = None
    arbitration: bool = False


BREACH_PCT_MAX = Decimal(30)
REFUND_RATE_MAX = Decimal(24)
AREA_PCT_MAX = Decimal(10)
#: The area clause's tolerance when the contract names none (商品房销售管理办法 第二十条).
AREA_PCT_DEFAULT = Decimal(3)
CLAUSE_NO_MAX = 20


def _percent(
    errors: dict[str, str], key: str, value: Decimal | None, most: Decimal, what: str
) -> None:
    if value is None:
        return
    if not value.is_finite() or value < 0 or value > most:
        errors[key] = f"{what}须在 0–{most}% 之间"
    elif value.quantize(Decimal("0.01")) != value:
        errors[key] = f"{what}最多两位小数"


def validate_terms(terms: ContractTerms, *, signed_on: date) -> dict[str, str]:
    """The terms' own bounds; a title deadline after the signing day."""
    errors: dict[str, str] = {}
    _percent(errors, "breach_pct", terms.breach_pct, BREACH_PCT_MAX, "违约金比例")
    _percent(errors, "refund_rate", terms.refund_rate, REFUND_RATE_MAX, "退款利率")
    _percent(errors, "area_clause_pct", terms.area_clause_pct, AREA_PCT_MAX, "面积误差约定")
    area = terms.area_clause_pct
    if area is not None and "area_clause_pct" not in errors and area <= 0:
        errors["area_clause_pct"] = "面积误差约定须大于0（不填为3%）"
    if len(terms.breach_clause_no.strip()) > CLAUSE_NO_MAX:
        errors["breach_clause_no"] = f"条款编号不能超过{CLAUSE_NO_MAX}个字"
    if terms.title_due_on is not None and terms.title_due_on <= signed_on:
        errors["title_due_on"] = "办证期限须晚于签约日"
    return errors


@dataclass(frozen=True)
class SignForm:
    contract_no: str = ""
    netsign_no: str = ""
    #: Issue 17: the contract's terms as signed (None: the deal keeps those of 认购).
    terms: ContractTerms | None = None


def validate_sign(form: SignForm, *, signed_on: date | None = None) -> dict[str, str]:
    """Both numbers are needed (the service keeps at most CONTRACT_NO_MAX characters of each);
    the terms within their bounds (`signed_on`: the signing day, for the title deadline)."""
    errors: dict[str, str] = {}
    if not form.contract_no.strip():
        errors["contract_no"] = "请填写合同编号"
    if not form.netsign_no.strip():
        errors["netsign_no"] = "请填写网签编号"
    if form.terms is not None:
        errors.update(validate_terms(form.terms, signed_on=signed_on or date.min))
    return errors


# -- 完成此步 -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepForm:
    """A step done: `on` None for now, a past day for a step done earlier (补录)."""

    step: Step
    on: date | None = None
    note: str = ""


def validate_step(form: StepForm, *, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.on is not None and form.on > today:
        errors["on"] = "完成日期不能晚于今天"
    return errors


# -- 交付 ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeliverForm:
    measured_area: Decimal  # 实测建筑面积, ㎡
    fees: Decimal = Decimal(0)  # 代收费用 (契税, 维修基金)


def parse_area(text: str) -> Decimal:
    """An area a person typed ("98.76"); ValueError with a Chinese message when not a number."""
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, ValueError) as exc:
        raise ValueError("请填写实测面积（数字，单位㎡）") from exc
    return value


def validate_deliver(form: DeliverForm) -> dict[str, str]:
    errors = validate_measured_area(form.measured_area)
    if form.fees < 0:
        errors["fees"] = "代收费用不能为负"
    return errors


# -- 收款 ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentForm:
    """Money received at the cashier's desk (on an installment or a 认筹 ticket)."""

    amount: Decimal
    payer: str = ""
    method: str = ""  # 转账, 刷卡, 现金, 支票 or as typed
    paid_on: date | None = None  # None: today
    note: str = ""


def validate_payment(
    form: PaymentForm,
    *,
    today: date,
    left: Decimal | None = None,
    left_label: str = "该节点未付金额",
) -> dict[str, str]:
    """The receipt's fields; with `left`, the amount may be at most that much ("超过该节点未付金额
    30,000.00元", `left_label` naming what is left)."""
    errors: dict[str, str] = {}
    payer = form.payer.strip()
    if not payer:
        errors["payer"] = "请填写交款人"
    elif len(payer) > PAYER_MAX:
        errors["payer"] = f"交款人不能超过{PAYER_MAX}个字"
    if len(form.method.strip()) > METHOD_MAX:
        errors["method"] = f"支付方式不能超过{METHOD_MAX}个字"
    if len(form.note.strip()) > NOTE_MAX:
        errors["note"] = f"备注不能超过{NOTE_MAX}个字"
    if form.paid_on is not None and form.paid_on > today:
        errors["paid_on"] = "交款日期不能晚于今天"
    if form.amount.quantize(FEN) != form.amount:
        errors["amount"] = "金额最多两位小数"
    elif form.amount <= 0:
        errors["amount"] = "金额须大于0"
    elif left is not None and form.amount > left:
        errors["amount"] = f"超过{left_label} {yuan(left)}元"
    return errors
