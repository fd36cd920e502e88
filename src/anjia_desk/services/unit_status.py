"""A unit's `status` column, kept in step with its live deal, its live hold and its 不可售 mark.

The 销控表 is one query because the status is stored; every service that changes a deal or a
hold calls `set_unit_status`, which also writes the row (its version moves on), so two PCs
racing for one unit collide on the unit row. The rule itself is core.units.unit_status.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from anjia_desk.core.deals import UnitStatus
from anjia_desk.core.units import unit_status
from anjia_desk.db.models import Deal, Unit, UnitHold


def mark_status(unit: Unit, status: UnitStatus) -> None:
    """Set the status and bump the row even when the status stays the same."""
    unit.status = status
    flag_modified(unit, "status")


def live_deal(session: Session, unit_id: int) -> Deal | None:
    """The unit's deal that is not cancelled, if any (at most one: a unique index)."""
    return session.scalar(select(Deal).where(Deal.unit_id == unit_id, Deal.cancelled_at.is_(None)))


def live_deal_stage(session: Session, unit_id: int) -> str | None:
    return session.scalar(
        select(Deal.stage).where(Deal.unit_id == unit_id, Deal.cancelled_at.is_(None))
    )


def set_unit_status(session: Session, unit: Unit) -> None:
    """Recompute `unit.status` from its live deal, live hold or 不可售 mark, and bump the row."""
    stage = live_deal_stage(session, unit.id)
    kind = session.scalar(
        select(UnitHold.kind).where(UnitHold.unit_id == unit.id, UnitHold.released_at.is_(None))
    )
    mark_status(unit, unit_status(stage, kind, bool(unit.blocked_reason)))
