"""Plain values the deal services hand to the window, the printer and the exporter.

Services/units.py, deals.py, payments.py and receivables.py return these; the UI shows them and
never touches the models. Money is Decimal, dates are dates, times are aware UTC datetimes (the
UI shows them in the office's zone).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from anjia_desk.core.deal_actions import DealAction, Permit
from anjia_desk.core.deal_forms import ContractTerms, SubscribeForm
from anjia_desk.core.deals import Aging, Nature, PaymentMethod, Stage, Step

#: What the 认购 dialog sends: the core form (core.deal_forms.validate_subscribe checks it).
SubscribeRequest = SubscribeForm


@dataclass(frozen=True)
class PriceQuote:
    """The price of a unit for a payment method, before the deal exists (the dialog shows it)."""

    list_price: Decimal
    standard_discount: Decimal
    special_discount: Decimal
    price: Decimal
    filed_price: Decimal
    deposit_cap: Decimal
    #: Who must approve the special discount: "" (none), 案场经理 or 营销负责人.
    approver_label: str
    problems: dict[str, str] = field(default_factory=dict)  # field → message (above 备案价 …)


@dataclass(frozen=True)
class DealRow:
    id: int
    project_name: str
    unit_label: str
    customer_id: int
    customer_name: str
    buyer_name: str
    consultant_name: str
    payment_method: PaymentMethod
    stage: Stage
    price: Decimal
    subscribed_at: datetime
    sign_deadline: date
    signed_at: datetime | None
    next_step: Step | None
    next_due: date | None
    outstanding: Decimal
    overdue: Decimal


@dataclass(frozen=True)
class StepLine:
    step: Step
    done_at: datetime | None
    user_name: str
    note: str
    due_on: date | None  # for the next step only
    is_next: bool


@dataclass(frozen=True)
class InstallmentLine:
    id: int
    seq: int
    name: str
    nature: Nature
    due_on: date | None  # None while counted from a 签约 not yet recorded (see due_text)
    amount: Decimal
    paid: Decimal
    outstanding: Decimal
    days_overdue: int  # 0 when not overdue; a 按揭 installment is never overdue
    loan_late: bool  # a 按揭 installment past due: a loan chase, not an overdue
    penalty: Decimal  # accrued late-payment penalty as of today
    version: int
    due_text: str = ""  # "签约后 15 天" while due_on is None


@dataclass(frozen=True)
class ReceiptLine:
    id: int
    number: int
    code: str  # printed number, e.g. "SJ-000123"
    nature: Nature
    amount: Decimal
    payer: str
    method: str
    paid_on: date
    cashier_name: str
    installment_name: str
    voided_at: datetime | None
    void_reason: str
    reissue_of_number: int | None
    confirmed_at: datetime | None
    confirmed_by: str


@dataclass(frozen=True)
class CareLine:
    id: int
    seq: int
    due_at: datetime
    text: str
    done_at: datetime | None
    done_by: str


@dataclass(frozen=True)
class DealDetail:
    id: int
    version: int
    project_id: int
    project_name: str
    unit_id: int
    unit_label: str
    unit_layout: str
    unit_area: Decimal
    measured_area: Decimal | None
    customer_id: int
    customer_name: str
    shown_phone: str
    buyer_name: str
    buyer_id_shown: str  # masked unless the actor may see it (owner, secretary, finance)
    consultant_id: int | None
    consultant_name: str
    payment_method: PaymentMethod
    stage: Stage
    list_price: Decimal
    standard_discount: Decimal
    special_discount: Decimal
    discount_status: str  # core.deals.DiscountStatus
    discount_reason: str
    discount_approver: str
    price: Decimal
    filed_price: Decimal
    deposit: Decimal
    subscribed_at: datetime
    sign_deadline: date
    penalty_per_10k: Decimal
    cancel_days: int
    contract_no: str
    netsign_no: str
    signed_at: datetime | None
    filed_on: date | None
    area_settlement: Decimal | None
    fees: Decimal
    delivered_at: datetime | None
    certified_at: datetime | None
    cancelled_at: datetime | None
    ticket_number: int | None
    note: str
    steps: list[StepLine]
    next_step: Step | None
    installments: list[InstallmentLine]
    receipts: list[ReceiptLine]
    care: list[CareLine]
    paid: Decimal
    outstanding: Decimal
    #: What the user may do on the deal now, and why not (core.deal_actions.deal_actions):
    #: `actions[DealAction.SIGN].shown` / `.allowed` / `.why_not`.
    actions: dict[DealAction, Permit] = field(default_factory=dict)
    #: Issue 16: the buyer's mailing address as this user may read it (services.deal_address:
    #: masked, 北京市朝阳区****, for those who may not see it), its postcode, whether it is masked
    #: and whether this user may change it; the contract's penalty clause recorded at 认购.
    mailing_address: str = ""
    mailing_postcode: str = ""
    address_masked: bool = False
    may_edit_address: bool = False
    penalty_clause_no: str = ""
    penalty_clause_text: str = ""
    #: Issue 17: the contract's terms (breach penalty, refund rate, area clause, 办证期限, 仲裁).
    terms: ContractTerms = field(default_factory=ContractTerms)
    #: Issue 17: 订金/诚意金 received outside the plan (receipts not voided); what the refund
    #: vouchers not voided paid back, and of it what finance confirmed.
    advance: Decimal = Decimal("0.00")
    refunded: Decimal = Decimal("0.00")
    refund_confirmed: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class DeliveryResult:
    """What 交付 computed: the area settlement of core.deal_rules.settle_area."""

    ratio: Decimal  # (measured − predicted) / predicted
    amount: Decimal  # + the buyer pays 补差款, − the developer returns
    buyer_may_cancel: bool
    explanation: str


# --- receivables (services/receivables.py)


@dataclass(frozen=True)
class ReceivableQuery:
    project_id: int | None = None
    overdue_only: bool = False
    bucket: Aging | None = None
    include_loans: bool = True
    text: str = ""  # buyer / customer name or unit label


class ReceivableRow(NamedTuple):
    """One outstanding installment of the 应收款 view. A named tuple, not a dataclass: the view
    makes ten thousand and more at once, and a tuple is made four times faster."""

    installment_id: int
    deal_id: int
    unit_label: str
    buyer_name: str
    consultant_name: str
    name: str
    nature: Nature
    due_on: date | None  # None while counted from a 签约 not yet recorded (see due_text)
    amount: Decimal
    paid: Decimal
    outstanding: Decimal
    days_overdue: int
    bucket: Aging | None
    loan_late: bool
    penalty: Decimal
    due_text: str = ""  # "签约后 15 天" while due_on is None


@dataclass(frozen=True)
class ReceivableSummary:
    rows: list[ReceivableRow]
    total_outstanding: Decimal
    total_overdue: Decimal
    total_penalty: Decimal
    by_bucket: dict[Aging, Decimal]
    loan_late: Decimal
    as_of: date
