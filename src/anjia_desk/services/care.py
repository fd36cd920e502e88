"""签约关怀 (DOMAIN §6): three care touches with ready text, created when a contract is signed.

The app sends nothing itself: each touch is a to-do of the deal's consultant, marked done by the
person who sent the message. A 勿扰 customer gets none. Times are stored aware UTC; the plan
(core.deal_rules.care_plan) works in the office's local time, inside the care hours of the settings
(09:00–21:00 by default).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.deal_rules import care_plan
from anjia_desk.core.errors import NotFound, PermissionDenied, UserError
from anjia_desk.core.roles import Action, Role
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, CareTouch, Customer, Deal, Project, Unit, User, UserRole
from anjia_desk.db.types import aware_utc
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import oversees, staff_names
from anjia_desk.services.settings import care_hours, office_zone


@dataclass(frozen=True)
class CareDue:
    """A care touch to send, with whom it is for (the workbench and the deal window show it)."""

    id: int
    deal_id: int
    customer_id: int
    customer_name: str
    unit_label: str
    owner_id: int | None
    owner_name: str
    seq: int
    due_at: datetime
    text: str


def manager_contact(session: Session) -> str:
    """Who the buyer may call on site: the (first) active site manager, by name."""
    name = session.scalar(
        select(User.display_name)
        .join(UserRole)
        .where(User.is_active.is_(True), UserRole.role == Role.SITE_MANAGER.value)
        .order_by(User.id)
        .limit(1)
    )
    return f"案场经理{name}（售楼处）" if name else "售楼处案场经理"


def create_touches(session: Session, deal: Deal, *, signed_at: datetime) -> int:
    """The three touches of a deal just signed; none for a 勿扰 or anonymised customer.
    Returns how many were created. No actor: it comes with 签约."""
    customer = session.get(Customer, deal.customer_id)
    if customer is None or customer.do_not_disturb or customer.anonymised_at is not None:
        return 0
    zone = office_zone(session)
    local = aware_utc(signed_at).astimezone(zone).replace(tzinfo=None)
    project = session.get(Project, deal.project_id)
    owner_id = deal.consultant_id if deal.consultant_id is not None else customer.owner_id
    consultant = staff_names(session, [owner_id]).get(owner_id or 0, "")
    plans = care_plan(
        signed_at=local,
        buyer_type=customer.buyer_type,
        customer_name=customer.name or deal.buyer_name,
        consultant=consultant or "置业顾问",
        project=project.name if project is not None else "",
        manager_contact=manager_contact(session),
        hours=care_hours(session),
    )
    for plan in plans:
        session.add(
            CareTouch(
                deal_id=deal.id,
                customer_id=customer.id,
                owner_id=owner_id,
                seq=plan.seq,
                due_at=aware_utc(plan.due_at.replace(tzinfo=zone)),
                text=plan.text,
            )
        )
    session.flush()
    return len(plans)


def complete_touch(
    session: Session, actor: Actor, touch_id: int, *, now: datetime | None = None
) -> None:
    """Mark a touch sent: its owner, or whoever oversees the site."""
    actor.require(Action.CARE_TOUCHES)
    touch = session.get(CareTouch, touch_id)
    if touch is None:
        raise NotFound(f"关怀任务 {touch_id} 不存在")
    if not (oversees(actor) or (actor.user_id is not None and touch.owner_id == actor.user_id)):
        raise PermissionDenied("这条关怀任务不归您，只有负责的顾问或案场经理可以标记完成")
    if touch.done_at is not None:
        raise UserError("这条关怀任务已经完成")
    touch.done_at = aware_utc(now)
    touch.done_by_id = actor.user_id
    session.flush()


def due_condition(session: Session, now: datetime | None) -> ColumnElement[bool]:
    """Touches not done, due today (office date) or before, of customers still reachable."""
    zone = office_zone(session)
    today = aware_utc(now).astimezone(zone).date()
    tomorrow = aware_utc(datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone))
    return and_(
        CareTouch.done_at.is_(None),
        CareTouch.due_at < tomorrow,
        Customer.do_not_disturb.is_(False),
        Customer.anonymised_at.is_(None),
        Deal.cancelled_at.is_(None),
    )


def due_touches(session: Session, actor: Actor, *, now: datetime | None = None) -> list[CareDue]:
    """The touches to send today (and those left from earlier days): the actor's own, or the
    whole team's for the site manager. Oldest first."""
    actor.require(Action.CARE_TOUCHES)
    condition = due_condition(session, now)
    query = (
        select(
            CareTouch.id,
            CareTouch.deal_id,
            CareTouch.customer_id,
            Customer.name,
            Building.name.label("building"),
            Unit.stairwell,
            Unit.room,
            CareTouch.owner_id,
            CareTouch.seq,
            CareTouch.due_at,
            CareTouch.text,
        )
        .join(Customer, Customer.id == CareTouch.customer_id)
        .join(Deal, Deal.id == CareTouch.deal_id)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .where(condition)
        .order_by(CareTouch.due_at, CareTouch.id)
    )
    if not oversees(actor):
        if actor.user_id is None:
            return []
        query = query.where(CareTouch.owner_id == actor.user_id)
    rows = list(session.execute(query))
    names = staff_names(session, (row.owner_id for row in rows))
    return [
        CareDue(
            id=row.id,
            deal_id=row.deal_id,
            customer_id=row.customer_id,
            customer_name=row.name or UNNAMED,
            unit_label=unit_label(row.building, row.stairwell, row.room),
            owner_id=row.owner_id,
            owner_name=names.get(row.owner_id, "") if row.owner_id is not None else "",
            seq=row.seq,
            due_at=row.due_at,
            text=row.text,
        )
        for row in rows
    ]
