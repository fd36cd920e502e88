"""What the money reports share (issue 19, DOMAIN §7, §12): which installments are outstanding
and which of them are overdue — the same rules as services.receivables, written as SQL filters —,
the deal's unit, buyer and consultant joined for a drill list (a drill list is cut at DRILL_LIMIT by
report_drills.capped).

Overdue, as services.receivables and core.money decide it: an installment of a deal not
cancelled, not fully paid, dated (not core.plans.UNDATED: counted from a 签约 not yet recorded),
whose due date has passed, of a nature that can be overdue (not core.money.NEVER_OVERDUE: a 按揭
installment is chased with the bank, an unpaid 定金 is 定金未到).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select

from anjia_desk.core.deals import Aging, Nature
from anjia_desk.core.money import NEVER_OVERDUE
from anjia_desk.core.plans import UNDATED
from anjia_desk.core.report_values import Cell, Column, ColumnKind
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, Deal, Installment, Unit, User
from anjia_desk.db.types import in_fen
from anjia_desk.services.receivables import BUCKET_DAYS
from anjia_desk.services.report_base import Scope

GROUP = "回款"
NEVER_OVERDUE_VALUES = sorted(nature.value for nature in NEVER_OVERDUE)
LOAN = Nature.LOAN.value
#: The columns every money drill starts with: the deal's unit, buyer and consultant.
DEAL_COLUMNS = (
    Column("unit", "房号", ColumnKind.TEXT),
    Column("buyer", "买受人", ColumnKind.TEXT),
    Column("consultant", "顾问", ColumnKind.TEXT),
)


def outstanding_fen() -> Any:
    """An installment's amount still unpaid, read as int fen."""
    return in_fen(Installment.amount - Installment.paid)


def outstanding(scope: Scope) -> list[ColumnElement[bool]]:
    """Installments (joined to their deal) not fully paid, of live deals, dated, in `scope`."""
    return [
        Installment.paid < Installment.amount,
        Deal.cancelled_at.is_(None),
        Installment.due_on < UNDATED,
        scope.only(Deal.consultant_id),
    ]


def may_be_overdue(scope: Scope) -> list[ColumnElement[bool]]:
    """`outstanding` installments of a nature that can be overdue (not 按揭, not 定金)."""
    return [*outstanding(scope), Installment.nature.not_in(NEVER_OVERDUE_VALUES)]


def overdue(scope: Scope, as_of: date) -> list[ColumnElement[bool]]:
    """Installments overdue on `as_of` (core.money.is_overdue, as services.receivables)."""
    return [*may_be_overdue(scope), Installment.due_on < as_of]


#: The aging rows: not yet due, then services.receivables' buckets by days overdue.
NOT_DUE = "not_due"
AGING_KEYS: tuple[str, ...] = (NOT_DUE, *(bucket.value for bucket in Aging))


def aging_label(key: str) -> str:
    return "未到期" if key == NOT_DUE else Aging(key).label


def aging_starts(as_of: date) -> list[date]:
    """bucket_of's starts over Installment.due_on for the aging buckets as of `as_of`, oldest
    first: index 0 is >90 days, then 61–90 … 1–15, and the last index not yet due (the bucket
    bounds are services.receivables.BUCKET_DAYS)."""
    lows = sorted(
        (high for _low, high in BUCKET_DAYS.values() if high is not None), reverse=True
    )  # 90, 60, 45, 30, 15
    return [date.min, *(as_of - timedelta(days=days) for days in lows), as_of]


def aging_key_of(index: int) -> str:
    """The AGING_KEYS key of a bucket_of index over aging_starts."""
    ordered = [bucket.value for bucket in reversed(Aging)]  # >90 first, as the starts
    return NOT_DUE if index >= len(ordered) else ordered[index]


def with_deal(statement: Select[Any]) -> Select[Any]:
    """`statement` (over Installment) joined to its deal."""
    return statement.join(Deal, Deal.id == Installment.deal_id)


def deal_label_columns() -> tuple[Any, ...]:
    """The columns deal_cells reads: building, stairwell, room, buyer, consultant's name."""
    return (Building.name, Unit.stairwell, Unit.room, Deal.buyer_name, User.display_name)


def join_deal_labels(statement: Select[Any]) -> Select[Any]:
    """`statement` (Deal already in its FROM) joined to the unit, building and consultant."""
    return (
        statement.join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .outerjoin(User, User.id == Deal.consultant_id)
    )


def deal_cells(
    building: str, stairwell: str, room: str, buyer: str, consultant: str | None
) -> tuple[Cell, ...]:
    return (unit_label(building, stairwell, room), buyer, consultant or "")
