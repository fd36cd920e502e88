"""Plain values the deal services hand to the window, the printer and the exporter.

Services/units.py, deals.py, payments.py and receivables.py return these; the UI shows them and
never touches the models. Money is Decimal, dates are dates, times are aware UTC datetimes (the
UI shows them in the office's zone).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from anjia_desk.core.deal_actions import DealAction, Permit
from anjia_desk.core.deal_forms import SubscribeForm
from anjia_desk.core.deals import Aging, Nature, PaymentMethod, Stage, Step, UnitStatus

# --- units (services/units.py)


@dataclass(frozen=True)
class ProjectRow:
    id: int
    name: str
    permit_no: str
    permit_date: date | None
    address: str
    opening_date: date | None
    buildings: int
    units: int
    version: int


@dataclass(frozen=True)
class BuildingRow:
    id: int
    project_id: int
    project_name: str
    phase: str
    name: str
    units: int
    floors: int
    version: int


@dataclass(frozen=True)
class RoomType:
    """One kind of room of the generator: a room number suffix on every floor ("01")."""

    suffix: str  # "01" → rooms 0101, 0201, …
    layout: str  # 三室两厅
    area: Decimal  # 建筑面积 (predicted)
    inner_area: Decimal | None
    price_per_m2: Decimal  # 表价 per ㎡ on the base floor
    filed_per_m2: Decimal  # 备案价 per ㎡ on the base floor (≥ price_per_m2)


@dataclass(frozen=True)
class BuildingPlan:
    """What the generator builds in one go: floors × rooms, stepping the price per floor."""

    project_id: int
    name: str  # 3栋
    phase: str = ""
    stairwells: tuple[str, ...] = ("",)  # ("1单元", "2单元") or ("",) for none
    lowest_floor: int = 1
    floors: int = 18
    room_types: tuple[RoomType, ...] = ()
    #: Added per ㎡ per floor above the lowest one (may be 0 or negative).
    step_per_floor: Decimal = Decimal(0)


@dataclass(frozen=True)
class BoardCell:
    unit_id: int
    stairwell: str
    floor: int
    room: str
    layout: str
    area: Decimal
    list_price: Decimal
    filed_price: Decimal
    status: UnitStatus
    #: For 锁定/选房/保留: when it ends; for a deal: None.
    hold_expires_at: datetime | None = None
    customer_name: str = ""
    deal_id: int | None = None
    hold_id: int | None = None


@dataclass(frozen=True)
class Board:
    """One building's 销控表: floors (top first) × room columns, with counts per status."""

    building_id: int
    building_name: str
    project_name: str
    floors: list[int]  # highest first
    columns: list[tuple[str, str]]  # (stairwell, room suffix) in display order
    cells: dict[tuple[int, str, str], BoardCell]  # (floor, stairwell, suffix) → cell
    counts: dict[UnitStatus, int]


@dataclass(frozen=True)
class UnitDetail:
    id: int
    project_id: int
    project_name: str
    building_name: str
    stairwell: str
    floor: int
    room: str
    layout: str
    area: Decimal
    inner_area: Decimal | None
    measured_area: Decimal | None
    measured_inner_area: Decimal | None
    filed_price: Decimal
    list_price: Decimal
    status: UnitStatus
    blocked_reason: str
    version: int
    hold: HoldInfo | None = None
    deal_id: int | None = None

    @property
    def label(self) -> str:
        """3栋1单元0801 — how people name a unit."""
        return f"{self.building_name}{self.stairwell}{self.room}"


@dataclass(frozen=True)
class HoldInfo:
    id: int
    kind: str  # core.deals.HoldKind
    customer_id: int | None
    customer_name: str
    user_name: str
    approver_name: str
    expires_at: datetime | None
    reason: str
    ticket_number: int | None = None


# --- queue tickets, deals (services/deals.py)


@dataclass(frozen=True)
class TicketRow:
    id: int
    project_id: int
    number: int
    customer_id: int
    customer_name: str
    shown_phone: str
    amount: Decimal
    status: str  # core.deals.TicketStatus
    issued_at: datetime
    issued_by: str
    void_reason: str
    closed_at: datetime | None
    deal_id: int | None
    #: The unit chosen at 开盘选房 (live choice hold), as "3栋0801".
    chosen_unit: str = ""
    choice_hold_id: int | None = None


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
    due_on: date
    amount: Decimal
    paid: Decimal
    outstanding: Decimal
    days_overdue: int  # 0 when not overdue; a 按揭 installment is never overdue
    loan_late: bool  # a 按揭 installment past due: a loan chase, not an overdue
    penalty: Decimal  # accrued late-payment penalty as of today
    version: int


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


@dataclass(frozen=True)
class ReceivableRow:
    installment_id: int
    deal_id: int
    unit_label: str
    buyer_name: str
    consultant_name: str
    name: str
    nature: Nature
    due_on: date
    amount: Decimal
    paid: Decimal
    outstanding: Decimal
    days_overdue: int
    bucket: Aging | None
    loan_late: bool
    penalty: Decimal


@dataclass(frozen=True)
class ReceivableSummary:
    rows: list[ReceivableRow]
    total_outstanding: Decimal
    total_overdue: Decimal
    total_penalty: Decimal
    by_bucket: dict[Aging, Decimal]
    loan_late: Decimal
    as_of: date
