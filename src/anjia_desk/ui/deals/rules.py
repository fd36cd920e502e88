"""The rules the deal screens still decide themselves, each in one function, until core has them:
what a deal's window lets this person do (`deal_actions`), and the checks the dialogs make beyond
"is this a number / a date" (`subscribe_problems`, `delivery_problems`, `payment_problems`,
`ticket_problems`). Each returns what the screen needs; a problem is `{field: Chinese message}`.

Issue 12 moves them to core (validators) and to `DealDetail.actions`; the lead swaps these
functions for those after merging, and the screens keep calling them by the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from anjia_desk.core.deals import DiscountStatus, Stage, Step
from anjia_desk.core.identity import normalise_id_number
from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import DealDetail


@dataclass(frozen=True)
class DealActions:
    """What a deal's window offers this person now (True: the button shows / is enabled)."""

    approve_discount: bool  # 批准特批 / 驳回… (the discount waits for approval)
    print_subscription: bool  # 打印认购书…
    next_step: Step | None  # the step the 进度 tab offers (None once done or cancelled)
    sign: bool  # 签约…
    deliver: bool  # 交付…
    complete_step: bool  # 完成“…”… (any other step)
    pay_shown: bool  # 收款… shows (a cashier) …
    pay: bool  # … and is enabled (the deal is live and money is owed)
    void_receipts: bool  # 作废… and 重开… on a receipt
    confirm_receipts: bool  # 财务确认
    care: bool  # 标记已完成 on a care touch


# moves to core (issue 12): DealDetail.actions
def deal_actions(detail: DealDetail, actor: Actor) -> DealActions:
    """Which of the window's buttons this person may use on this deal now."""
    live = detail.stage is not Stage.CANCELLED
    step = detail.next_step if live else None
    paperwork = actor.can(Action.SIGN_CONTRACTS)
    other = step is not None and step not in (Step.SIGN, Step.DELIVER, Step.SUBSCRIBE)
    needed = Action.MORTGAGE_STEPS if step is not None and step.is_mortgage else None
    allowed = actor.can(needed) if needed is not None else paperwork
    cashier = actor.can(Action.RECORD_PAYMENTS)
    pending = DiscountStatus(detail.discount_status) is DiscountStatus.PENDING
    return DealActions(
        approve_discount=pending and actor.can(Action.APPROVE_DISCOUNTS),
        print_subscription=actor.can(Action.VIEW_DEALS),
        next_step=step,
        sign=step is Step.SIGN and paperwork,
        deliver=step is Step.DELIVER and paperwork,
        complete_step=other and allowed,
        pay_shown=cashier,
        pay=live and detail.outstanding > 0,
        void_receipts=cashier,
        confirm_receipts=actor.can(Action.CONFIRM_RECEIPTS),
        care=actor.can(Action.CARE_TOUCHES),
    )


@dataclass(frozen=True)
class SubscribeValues:
    """What the 认购 dialog checks before it asks the service (amounts already read)."""

    customer_id: int | None
    buyer_name: str
    buyer_id_number: str
    special_discount: Decimal
    discount_reason: str


# moves to core (issue 12): the subscribe form's validator
def subscribe_problems(values: SubscribeValues) -> dict[str, str]:
    """The 认购 form's problems: customer, buyer, ID number, the special discount's reason."""
    problems: dict[str, str] = {}
    if values.customer_id is None:
        problems["customer"] = "请先查找并选择客户"
    if not values.buyer_name.strip():
        problems["buyer_name"] = "请填写买受人姓名"
    id_problem = buyer_id_problem(values.buyer_id_number)
    if id_problem:
        problems["buyer_id_number"] = id_problem
    if values.special_discount > 0 and not values.discount_reason.strip():
        problems["discount_reason"] = "有特批优惠时请填写理由"
    return problems


# moves to core (issue 12): part of the subscribe form's validator (checked as it is typed too)
def buyer_id_problem(text: str) -> str:
    """Why the buyer's ID number is not acceptable ("" when it is)."""
    text = text.strip()
    if not text:
        return "请填写买受人证件号码"
    try:
        normalise_id_number(text)
    except ValueError as exc:
        return str(exc)
    return ""


# moves to core (issue 12): the delivery form's validator
def delivery_problems(measured_area: Decimal) -> dict[str, str]:
    """The measured area's bounds: above 0, below 10000 ㎡, at most two decimals."""
    if not measured_area.is_finite() or measured_area <= 0 or measured_area >= 10000:
        return {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}
    if measured_area != measured_area.quantize(Decimal("0.01")):
        return {"measured_area": "面积最多两位小数"}
    return {}


# moves to core (issue 12): the payment form's validator (the amount's cap, what the installment
# still owes, is checked by the money field as it is typed)
def payment_problems(installment_id: int | None, payer: str) -> dict[str, str]:
    """收款: an installment chosen and a payer named."""
    problems: dict[str, str] = {}
    if installment_id is None:
        problems["installment"] = "请选择付款节点"
    if not payer.strip():
        problems["payer"] = "请填写交款人"
    return problems


# moves to core (issue 12): the ticket form's validator
def ticket_problems(customer_id: int | None) -> dict[str, str]:
    """认筹: a customer chosen."""
    return {"customer": "请先查找并选择客户"} if customer_id is None else {}
