"""Plain values the unit services hand to the window, the printer and the exporter: projects,
buildings, the 销控表, one unit with its hold and the actions its viewer may take, and 认筹
tickets (services/projects.py, units.py, holds.py, tickets.py).

The UI shows them and never touches the models. Money is Decimal, dates are dates, times are
aware UTC datetimes (the UI shows them in the office's zone). The generator's plan (RoomType,
BuildingPlan) is a core form (core.unit_forms) and is re-exported here for the UI.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from anjia_desk.core.deals import HoldKind, UnitStatus
from anjia_desk.core.unit_forms import BuildingPlan as BuildingPlan
from anjia_desk.core.unit_forms import RoomType as RoomType
from anjia_desk.core.units import UnitAction, Verdict, unit_label


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
    #: The expected 交付 date (issue 18, 预验房); None until the office enters it.
    delivery_on: date | None = None


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
    #: The live hold; None when there is none or its time is up (an expired hold reads as
    #: gone even before a write releases it).
    hold: HoldInfo | None = None
    deal_id: int | None = None
    #: What the viewing user may do with the unit now, per action: `actions[a].allowed`, and
    #: when not, `actions[a].why_not` in Chinese (core.units.unit_actions; the services check
    #: the same again when the action is taken). Every UnitAction has an entry. A refusal with
    #: `lacks_role` is a missing role (hide the action); any other names the unit's state
    #: (show the action disabled, with `why_not` as its tooltip).
    actions: Mapping[UnitAction, Verdict] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """3栋1单元0801 — how people name a unit."""
        return unit_label(self.building_name, self.stairwell, self.room)

    def may(self, action: UnitAction) -> bool:
        """Whether `actions` allows `action` (False when it is not listed)."""
        verdict = self.actions.get(action)
        return verdict is not None and verdict.allowed


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
    #: 锁定延期 so far, and the office's count before the site manager (deals.hold_max_extensions).
    extensions: int = 0
    max_extensions: int = 0

    @property
    def extensions_text(self) -> str:
        """ "已延期 1/2 次" (with the count used up, who may extend further); "" for a 保留 or
        a hold never extended with a count left."""
        if self.kind == HoldKind.RESERVE or (self.extensions == 0 and self.max_extensions > 0):
            return ""
        text = f"已延期 {self.extensions}/{self.max_extensions} 次"
        if self.extensions >= self.max_extensions:
            text += "，再延期需案场经理"
        return text


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
    #: The unit chosen at 开盘选房 (live choice hold) or, once converted, its deal's unit, as
    #: "3栋0801".
    chosen_unit: str = ""
    choice_hold_id: int | None = None
    #: 过号 at 开盘选房 (the ticket stays active and may still choose).
    skipped_at: datetime | None = None
    skip_reason: str = ""
    #: The 认筹金 the office holds on the number (receipts not voided; nothing once refunded).
    received: Decimal = Decimal(0)
    #: 订金/诚意金 taken on the number beside its 认筹金 (issue 17): returned in full at 退筹.
    advance: Decimal = Decimal(0)
    #: 特许选房: the site manager let the number choose before its 认筹金 was in.
    choice_allowed_at: datetime | None = None
    choice_allowed_by: str = ""
    choice_allowed_reason: str = ""

    @property
    def money_in(self) -> bool:
        """Whether the whole 认筹金 has been received."""
        return self.received >= self.amount

    @property
    def may_choose(self) -> bool:
        """Money-wise, whether the number may choose at 开盘选房 (in, or allowed)."""
        return self.money_in or self.choice_allowed_at is not None

    @property
    def allowance_text(self) -> str:
        """ "特许选房：…（黄建国）" for a number allowed without its money; else ""."""
        if self.choice_allowed_at is None:
            return ""
        by = f"（{self.choice_allowed_by}）" if self.choice_allowed_by else ""
        return f"特许选房：{self.choice_allowed_reason}{by}"
