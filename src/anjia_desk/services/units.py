"""Units (房源) and the 销控表: one building's board, one unit's detail with the actions its
viewer may take, editing a unit, 不可售 and back.

Reads write nothing: a hold whose time is up reads as gone (core.units.hold_expired) and is
released by the next write (services.holds.release_expired). A unit's status column is kept in
step by services.unit_status. Projects and the generator are services.projects, holds
services.holds, 认筹 tickets and 开盘选房 services.tickets.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session, aliased

from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.deals import HoldKind, UnitStatus
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.core.unit_forms import UnitForm, validate_unit
from anjia_desk.core.units import (
    UnitFacts,
    column_suffix,
    hold_expired,
    natural_key,
    unit_actions,
    unit_status,
)
from anjia_desk.db.conflicts import conflict_message
from anjia_desk.db.models import Building, Customer, Deal, Project, Unit, UnitHold
from anjia_desk.db.types import aware_utc
from anjia_desk.services import lookups
from anjia_desk.services.context import Actor
from anjia_desk.services.holds import hold_info, live_hold, max_extensions, release_expired
from anjia_desk.services.unit_status import live_deal, mark_status, set_unit_status
from anjia_desk.services.unit_views import Board, BoardCell, UnitDetail

_UNIT_FIELDS = frozenset(
    {
        "layout",
        "area",
        "inner_area",
        "measured_area",
        "measured_inner_area",
        "filed_price",
        "list_price",
    }
)


# --- the board


@cache
def _board_query() -> Select[*tuple[Any, ...]]:
    """The cells of a building: units LEFT JOIN live hold LEFT JOIN live deal, with the
    customers' names. Built once (making the aliases costs more than running it)."""
    hold_customer = aliased(Customer, name="hold_customer")
    deal_customer = aliased(Customer, name="deal_customer")
    return (
        select(
            Unit.id,
            Unit.stairwell,
            Unit.floor,
            Unit.room,
            Unit.layout,
            Unit.area,
            Unit.list_price,
            Unit.filed_price,
            Unit.status,
            Unit.blocked_reason,
            UnitHold.id.label("hold_id"),
            UnitHold.expires_at,
            hold_customer.name.label("hold_name"),
            Deal.id.label("deal_id"),
            deal_customer.name.label("deal_name"),
        )
        .outerjoin(UnitHold, (UnitHold.unit_id == Unit.id) & UnitHold.released_at.is_(None))
        .outerjoin(hold_customer, hold_customer.id == UnitHold.customer_id)
        .outerjoin(Deal, (Deal.unit_id == Unit.id) & Deal.cancelled_at.is_(None))
        .outerjoin(deal_customer, deal_customer.id == Deal.customer_id)
        .where(Unit.building_id == bindparam("building_id"))
    )


def board(
    session: Session, actor: Actor, building_id: int, *, now: datetime | None = None
) -> Board:
    """One building's 销控表, as of `now`: a hold whose time is up shows as gone (nothing is
    written). The cells are ONE query."""
    actor.require(Action.VIEW_UNITS)
    moment = aware_utc(now)
    head = session.execute(
        select(Building.name, Project.name)
        .join(Project, Project.id == Building.project_id)
        .where(Building.id == building_id)
    ).first()
    if head is None:
        raise lookups.not_found(Building, building_id)
    cells: dict[tuple[int, str, str], BoardCell] = {}
    columns: set[tuple[str, str]] = set()
    floors: set[int] = set()
    counts = dict.fromkeys(UnitStatus, 0)
    statuses = {s.value: s for s in UnitStatus}
    rows = session.execute(_board_query(), {"building_id": building_id}).all()
    for (unit_id, stairwell, floor, room, layout, area, list_price, filed_price, status_text,
         blocked_reason, hold_id, expires_at, hold_name, deal_id, deal_name) in rows:  # fmt: skip
        suffix = column_suffix(floor, room)
        status = statuses[status_text]
        if deal_id is None and hold_id is not None and hold_expired(expires_at, moment):
            status = unit_status(None, None, bool(blocked_reason))
            hold_id, expires_at, hold_name = None, None, None
        counts[status] += 1
        floors.add(floor)
        columns.add((stairwell, suffix))
        name = deal_name if deal_id is not None else hold_name
        cells[(floor, stairwell, suffix)] = BoardCell(
            unit_id, stairwell, floor, room, layout, area, list_price, filed_price, status,
            expires_at if deal_id is None else None,
            (name or UNNAMED) if name is not None else "",
            deal_id, hold_id,
        )  # fmt: skip
    return Board(
        building_id=building_id,
        building_name=head[0],
        project_name=head[1],
        floors=sorted(floors, reverse=True),
        columns=sorted(columns, key=lambda c: (natural_key(c[0]), natural_key(c[1]))),
        cells=cells,
        counts=counts,
    )


# --- one unit


def unit_detail(
    session: Session, actor: Actor, unit_id: int, *, now: datetime | None = None
) -> UnitDetail:
    """One unit as of `now`, with its live hold (one whose time is up reads as gone; nothing
    is written) or deal, and what `actor` may do with it (core.units.unit_actions)."""
    actor.require(Action.VIEW_UNITS)
    moment = aware_utc(now)
    unit = lookups.unit(session, unit_id)
    row = session.execute(
        select(Building.name, Project.id, Project.name)
        .join(Project, Project.id == Building.project_id)
        .where(Building.id == unit.building_id)
    ).one()
    hold = live_hold(session, unit.id)
    deal_id = session.scalar(
        select(Deal.id).where(Deal.unit_id == unit.id, Deal.cancelled_at.is_(None))
    )
    status = UnitStatus(unit.status)
    if hold is not None and hold_expired(hold.expires_at, moment):
        hold = None
        if deal_id is None:
            status = unit_status(None, None, bool(unit.blocked_reason))
    facts = UnitFacts(
        status=status,
        hold_kind=HoldKind(hold.kind) if hold is not None else None,
        hold_user_id=hold.user_id if hold is not None else None,
        has_deal=deal_id is not None,
        blocked_reason=unit.blocked_reason,
        hold_extensions=(hold.extensions or 0) if hold is not None else 0,
        max_extensions=max_extensions(session),
    )
    return UnitDetail(
        id=unit.id,
        project_id=row[1],
        project_name=row[2],
        building_name=row[0],
        stairwell=unit.stairwell,
        floor=unit.floor,
        room=unit.room,
        layout=unit.layout,
        area=unit.area,
        inner_area=unit.inner_area,
        measured_area=unit.measured_area,
        measured_inner_area=unit.measured_inner_area,
        filed_price=unit.filed_price,
        list_price=unit.list_price,
        status=status,
        blocked_reason=unit.blocked_reason,
        version=unit.version,
        hold=hold_info(session, hold) if hold is not None else None,
        deal_id=deal_id,
        actions=unit_actions(facts, actor),
    )


def _check_version(session: Session, unit: Unit, version: int | None, label: str) -> None:
    if version is not None and unit.version != version:  # who changed what (issue 15)
        tail = "请刷新后再操作"
        raise ConflictError(conflict_message(session, unit, version, tail, title=f"房源 {label} "))


def update_unit(
    session: Session, actor: Actor, unit_id: int, *, version: int | None, **fields: Any
) -> None:
    """Edit a unit's layout, areas and prices (core.unit_forms.validate_unit). 表价 ≤ 备案价;
    a unit with a live deal keeps its prices (已认购的房源不能改价)."""
    actor.require(Action.MANAGE_UNITS)
    unknown = set(fields) - _UNIT_FIELDS
    if unknown:
        raise TypeError(f"update_unit: unknown fields {sorted(unknown)}")
    unit = lookups.unit(session, unit_id)
    label = lookups.unit_label(session, unit)
    _check_version(session, unit, version, label)
    values = {k: getattr(unit, k) for k in _UNIT_FIELDS}
    values.update(fields)
    values["layout"] = values["layout"] if isinstance(values["layout"], str) else ""
    clean, errors = validate_unit(UnitForm(**values))
    if clean is None:
        raise ValidationError(errors)
    values = {k: getattr(clean, k) for k in _UNIT_FIELDS}
    if live_deal(session, unit.id) is not None:
        for key in ("filed_price", "list_price"):
            if values[key] != getattr(unit, key):
                errors[key] = "已认购的房源不能改价"
    if errors:
        raise ValidationError(errors)
    for key, value in values.items():
        if getattr(unit, key) != value:
            setattr(unit, key, value)
    session.flush()


def block_unit(
    session: Session,
    actor: Actor,
    unit_id: int,
    *,
    reason: str,
    version: int | None,
    now: datetime | None = None,
) -> None:
    """设为不可售: only a 可售 unit (a hold whose time is up is released first), with a reason."""
    actor.require(Action.MANAGE_UNITS)
    unit = lookups.unit(session, unit_id)
    label = lookups.unit_label(session, unit)
    _check_version(session, unit, version, label)
    reason = clean_note(reason)  # no control or direction characters (issue 14)
    if not reason:
        raise ValidationError({"reason": "请填写不可售的原因"})
    if len(reason) > 100:
        raise ValidationError({"reason": "原因最多 100 个字"})
    release_expired(session, now=now)  # what the board showed as 可售 is 可售
    if unit.status != UnitStatus.AVAILABLE:
        raise UserError(
            f"房源 {label} 当前为“{UnitStatus(unit.status).label}”，只有可售的房源能设为不可售"
        )
    unit.blocked_reason = reason
    mark_status(unit, UnitStatus.UNSELLABLE)
    session.flush()


def unblock_unit(session: Session, actor: Actor, unit_id: int, *, version: int | None) -> None:
    """恢复可售."""
    actor.require(Action.MANAGE_UNITS)
    unit = lookups.unit(session, unit_id)
    label = lookups.unit_label(session, unit)
    _check_version(session, unit, version, label)
    if unit.status != UnitStatus.UNSELLABLE:
        raise UserError(f"房源 {label} 不是不可售状态")
    unit.blocked_reason = ""
    set_unit_status(session, unit)
    session.flush()
