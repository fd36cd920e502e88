"""Fetching one record by id, with one wording per entity when it is not there.

Every service that is handed an id (a project, a building, a unit, a 认筹 ticket, a deal, a
receipt) fetches it here, so the message a user reads is the same whichever screen or command
asked: "找不到编号为 12 的房源". `deal(..., version=)` also checks optimistic locking.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import ConflictError, NotFound
from anjia_desk.core.units import unit_label as _label
from anjia_desk.db.base import Base
from anjia_desk.db.conflicts import conflict_message
from anjia_desk.db.models import Building, Deal, Project, QueueTicket, Receipt, Unit, UnitHold

_Row = TypeVar("_Row", bound=Base)

#: What each table is called in a message to a person.
NOUNS: dict[type[Base], str] = {
    Project: "项目",
    Building: "楼栋",
    Unit: "房源",
    QueueTicket: "认筹排号",
    UnitHold: "锁定",
    Deal: "交易",
    Receipt: "收据",
}


def not_found(model: type[Base], row_id: object) -> NotFound:
    """The refusal for a missing row, in the one wording."""
    return NotFound(f"找不到编号为 {row_id} 的{NOUNS.get(model, '记录')}")


def get(session: Session, model: type[_Row], row_id: int) -> _Row:
    """The row of `model` with `row_id`; NotFound in the one wording otherwise."""
    row = session.get(model, row_id)
    if row is None:
        raise not_found(model, row_id)
    return row


def project(session: Session, project_id: int) -> Project:
    return get(session, Project, project_id)


def building(session: Session, building_id: int) -> Building:
    return get(session, Building, building_id)


def unit(session: Session, unit_id: int) -> Unit:
    return get(session, Unit, unit_id)


def ticket(session: Session, ticket_id: int) -> QueueTicket:
    return get(session, QueueTicket, ticket_id)


def hold(session: Session, hold_id: int) -> UnitHold:
    return get(session, UnitHold, hold_id)


def receipt(session: Session, receipt_id: int) -> Receipt:
    return get(session, Receipt, receipt_id)


def deal(session: Session, deal_id: int, version: int | None = None) -> Deal:
    """The deal; ConflictError when `version` is given and someone saved it since."""
    found = get(session, Deal, deal_id)
    if version is not None and found.version != version:
        raise ConflictError(conflict_message(session, found, version, "请刷新后重试"))
    return found


def unit_label(session: Session, unit_row: Unit) -> str:
    """ "3栋2单元1201" for a unit row (its building's name looked up)."""
    name = session.scalar(select(Building.name).where(Building.id == unit_row.building_id))
    return _label(name or "", unit_row.stairwell, unit_row.room)
