"""What the deal screens ask of the rules, in the shape the screens need: which of a deal's buttons
this person sees and may press (`deal_actions`, read from `DealDetail.actions`, which the service
computes with core.deal_actions), and the dialogs' checks (`subscribe_problems`,
`delivery_problems`, `payment_problems`, `ticket_problems`), which are core.deal_forms'
validators plus "pick one first" for the choices only a screen has. A problem is
`{field: Chinese message}`; the service runs the same validators again before it writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from anjia_desk.core.deal_actions import DealAction, Permit
from anjia_desk.core.deal_forms import (
    DeliverForm,
    PaymentForm,
    SubscribeForm,
    validate_deliver,
    validate_payment,
    validate_subscribe,
)
from anjia_desk.core.deals import DiscountStatus, PaymentMethod, Stage, Step
from anjia_desk.core.identity import normalise_id_number
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import DealDetail

_NONE = Permit(shown=False)


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
    #: Why a shown action may not be done now ("" when it may): the disabled button's hint.
    why_not: Mapping[DealAction, str] = field(default_factory=dict)


def deal_actions(detail: DealDetail, actor: Actor) -> DealActions:
    """Which of the window's buttons this person sees on this deal now, from `detail.actions`:
    a step's button shows while that step is next and the user's roles include it; money and
    receipt buttons show to the cashier; a shown button is enabled only when its Permit allows."""
    del actor  # the service already decided for the user who asked
    permits = detail.actions

    def permit(action: DealAction) -> Permit:
        return permits.get(action, _NONE)

    live = detail.stage is not Stage.CANCELLED
    step = detail.next_step if live else None
    pending = DiscountStatus(detail.discount_status) is DiscountStatus.PENDING
    own_dialog = (Step.SIGN, Step.DELIVER, Step.SUBSCRIBE)
    return DealActions(
        approve_discount=pending and permit(DealAction.APPROVE_DISCOUNT).shown,
        print_subscription=permit(DealAction.PRINT_SUBSCRIPTION).allowed,
        next_step=step,
        sign=step is Step.SIGN and permit(DealAction.SIGN).shown,
        deliver=step is Step.DELIVER and permit(DealAction.DELIVER).shown,
        complete_step=step is not None
        and step not in own_dialog
        and permit(DealAction.COMPLETE_STEP).shown,
        pay_shown=permit(DealAction.RECORD_PAYMENT).shown,
        pay=permit(DealAction.RECORD_PAYMENT).allowed,
        void_receipts=permit(DealAction.VOID_RECEIPT).shown,
        confirm_receipts=permit(DealAction.CONFIRM_RECEIPT).shown,
        care=permit(DealAction.CARE_DONE).shown,
        why_not={action: p.why_not for action, p in permits.items() if p.shown and p.why_not},
    )


@dataclass(frozen=True)
class SubscribeValues:
    """What the 认购 dialog checks before it asks the service (amounts already read)."""

    customer_id: int | None
    buyer_name: str
    buyer_id_number: str
    special_discount: Decimal
    discount_reason: str
    mailing_address: str = ""
    mailing_postcode: str = ""


def subscribe_problems(values: SubscribeValues) -> dict[str, str]:
    """The 认购 form's problems: a customer chosen, then core's validator (the buyer's name and ID
    number, the special discount and its reason, the mailing address and postcode)."""
    problems: dict[str, str] = {}
    if values.customer_id is None:
        problems["customer"] = "请先查找并选择客户"
    form = SubscribeForm(
        unit_id=0,
        customer_id=values.customer_id or 0,
        buyer_name=values.buyer_name,
        buyer_id_number=values.buyer_id_number,
        payment_method=PaymentMethod.FULL,
        deposit=Decimal(0),
        special_discount=values.special_discount,
        discount_reason=values.discount_reason,
        mailing_address=values.mailing_address,
        mailing_postcode=values.mailing_postcode,
    )
    problems.update(validate_subscribe(form))
    id_problem = buyer_id_problem(values.buyer_id_number)
    if id_problem:
        problems["buyer_id_number"] = id_problem
    return problems


def buyer_id_problem(text: str) -> str:
    """Why the buyer's ID number is not acceptable ("" when it is), as it is typed."""
    text = text.strip()
    if not text:
        return "请填写买受人证件号码"
    try:
        normalise_id_number(text)
    except ValueError as exc:
        return str(exc)
    return ""


def delivery_problems(measured_area: Decimal) -> dict[str, str]:
    """The measured area's bounds (core.deal_forms.validate_deliver)."""
    return validate_deliver(DeliverForm(measured_area=measured_area))


def payment_problems(
    installment_id: int | None,
    payer: str,
    *,
    amount: Decimal | None = None,
    paid_on: date | None = None,
    today: date | None = None,
    method: str = "",
    note: str = "",
) -> dict[str, str]:
    """收款: an installment chosen, then core's validator for the receipt's fields (the amount's
    cap, what the installment still owes, is checked by the money field as it is typed and by
    the service)."""
    problems: dict[str, str] = {}
    if installment_id is None:
        problems["installment"] = "请选择付款节点"
    form = PaymentForm(
        amount=amount if amount is not None else Decimal(1),
        payer=payer,
        method=method,
        paid_on=paid_on,
        note=note,
    )
    found = validate_payment(form, today=today or date.max)
    if amount is None:
        found.pop("amount", None)
    problems.update(found)
    return problems


def ticket_problems(customer_id: int | None) -> dict[str, str]:
    """认筹: a customer chosen."""
    return {"customer": "请先查找并选择客户"} if customer_id is None else {}
