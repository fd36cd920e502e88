"""What the 受理投诉 dialog reads before anything is written (issue 18): the office's complaint
points (setting complaints.points), its zone, who would own a case of each level (the level's
owner role, its first active holder — services.complaints.default_owner), and the deals of the
customer chosen, to tie the case to one of them."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.complaints import Level
from anjia_desk.core.deals import Stage
from anjia_desk.core.roles import Action
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, Customer, Deal, Unit
from anjia_desk.services.complaints import default_owner
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.deal_queries import sees_own_deals_only
from anjia_desk.services.settings import get_setting, office_zone


@dataclass(frozen=True)
class IntakeStart:
    points: tuple[str, ...]
    zone: ZoneInfo
    #: The person a new case of each level goes to ("" when no one holds the owner role).
    owners: dict[Level, str]


def intake_start(session: Session, actor: Actor) -> IntakeStart:
    actor.require(Action.FILE_COMPLAINTS)
    points = get_setting(session, "complaints.points")
    owner_ids = {level: default_owner(session, level) for level in Level}
    names = staff_names(session, owner_ids.values())
    return IntakeStart(
        tuple(str(p) for p in points) if isinstance(points, tuple) else (),
        office_zone(session),
        {level: names.get(uid, "") if uid is not None else "" for level, uid in owner_ids.items()},
    )


@dataclass(frozen=True)
class DealChoice:
    id: int
    label: str  # 1栋1单元101 认购 / 已取消


def customer_deals(session: Session, actor: Actor, customer_id: int) -> list[DealChoice]:
    """The customer's deals, newest first, as "1栋1单元101（签约）"; a consultant sees those
    of customers they own or deals they sold."""
    actor.require(Action.FILE_COMPLAINTS)
    query = (
        select(Deal.id, Deal.stage, Deal.cancelled_at, Building.name, Unit.stairwell, Unit.room)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Customer, Customer.id == Deal.customer_id)
        .where(Deal.customer_id == customer_id)
        .order_by(Deal.subscribed_at.desc(), Deal.id.desc())
    )
    if sees_own_deals_only(actor):
        mine = actor.user_id if actor.user_id is not None else -1
        query = query.where((Deal.consultant_id == mine) | (Customer.owner_id == mine))
    choices = []
    for deal_id, stage, cancelled_at, building, stairwell, room in session.execute(query):
        state = "已取消" if cancelled_at is not None else Stage(stage).label
        choices.append(DealChoice(deal_id, f"{unit_label(building, stairwell, room)}（{state}）"))
    return choices
