"""工作台: what the logged-in user should do today (DOMAIN §3, §4, §10, §13) and, for the site
manager, the team at a glance.

The list is built from to-do sources (services.workbench_base.TodoSource), one per kind: the
customer ones in services.customer_todos, the deal ones in services.deal_todos, all listed in
services.workbench_sources. Each kind is counted in full and listed up to ITEM_LIMIT items; the
builder here names the owners and masks the phones once at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.roles import Action, Role
from anjia_desk.core.rotation import TurnKind
from anjia_desk.db.models import Customer, RotationTurn, Visit
from anjia_desk.db.types import aware_utc
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import (
    consultants,
    oversees,
    rules,
    shown_phone,
    staff_names,
)
from anjia_desk.services.customer_todos import (
    MAX_HOLIDAY_DAYS,
    holidays_starting,
    pool_condition,
)
from anjia_desk.services.workbench_base import (
    TODO_LABELS,
    Todo,
    TodoContext,
    TodoItem,
    TodoKind,
    TodoSource,
)
from anjia_desk.services.workbench_sources import BUILT_IN

__all__ = [
    "ITEM_LIMIT",
    "MAX_HOLIDAY_DAYS",
    "TODO_LABELS",
    "TeamLine",
    "Todo",
    "TodoItem",
    "TodoKind",
    "holidays_starting",
    "is_front_desk_only",
    "pool_condition",
    "team_summary",
    "todo_for",
    "todo_sources",
]

#: At most this many items of each kind are listed (the counts are always complete); read when
#: a list is built.
ITEM_LIMIT = 200


@dataclass(frozen=True)
class TeamLine:
    user_id: int
    name: str
    overdue: int
    due_today: int
    customers: int
    #: Valid visits (首访 and 复访) received today.
    visits_today: int
    #: Receptions the rotation board gave them today (serve turns not marked invalid).
    turns_today: int
    active: bool = True


# --- the registry


def todo_sources() -> Sequence[TodoSource]:
    """The sources of the to-do list, in the order it shows them (one per kind)."""
    return BUILT_IN


# --- the builder


class _Builder:
    """Collects the items of one to-do list, naming owners and masking phones once at the end
    (a TodoSink)."""

    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.raw: list[tuple[TodoKind, Any, str, date | None, int | None]] = []
        self.per_kind: dict[TodoKind, int] = {}

    def add(
        self, kind: TodoKind, row: Any, detail: str, due: date | None, ref_id: int | None = None
    ) -> None:
        self.raw.append((kind, row, detail, due, ref_id))
        self.per_kind[kind] = self.per_kind.get(kind, 0) + 1

    def listed(self, kind: TodoKind) -> int:
        return self.per_kind.get(kind, 0)

    def build(self, session: Session) -> list[TodoItem]:
        names = staff_names(session, (row.owner_id for _, row, _, _, _ in self.raw))
        return [
            TodoItem(
                kind=kind,
                customer_id=row.id,
                customer_name=row.name or UNNAMED,
                shown_phone=shown_phone(self.actor, phone=row.phone, owner_id=row.owner_id),
                detail=detail,
                due=due,
                owner_name=names.get(row.owner_id, "") if row.owner_id is not None else "",
                ref_id=ref_id,
            )
            for kind, row, detail, due, ref_id in self.raw
        ]


def todo_for(session: Session, actor: Actor, *, now: datetime | None = None) -> Todo:
    """Today's to-dos of the logged-in user (the whole team's for the site manager)."""
    actor.require(Action.VIEW_CUSTOMERS)
    rule = rules(session)
    notes: list[str] = []
    context = TodoContext(
        session=session,
        actor=actor,
        team=oversees(actor),
        now=now,
        today=rule.today(now),
        rule=rule,
        limit=ITEM_LIMIT,
        notes=notes,
    )
    builder = _Builder(actor)
    counts: dict[TodoKind, int] = {}
    for source in todo_sources():
        counts[source.kind] = source.collect(context, builder)
    return Todo(
        today=context.today,
        team=context.team,
        items=builder.build(session),
        counts=counts,
        notes=notes,
    )


# --- the site manager's view of the team


def team_summary(session: Session, actor: Actor, *, now: datetime | None = None) -> list[TeamLine]:
    """Per consultant: overdue and due-today follow-ups, customers owned, today's receptions.
    Former staff who still own customers are listed too (to reassign them)."""
    actor.require(Action.VIEW_CUSTOMERS)
    if not oversees(actor):
        raise PermissionDenied("只有案场经理可以查看团队概况")
    rule = rules(session)
    today = rule.today(now)
    zone_start = datetime.combine(today, time(0), tzinfo=rule.zone)
    start, end = aware_utc(zone_start), aware_utc(zone_start + timedelta(days=1))

    owned = {
        row.owner_id: row
        for row in session.execute(
            select(
                Customer.owner_id,
                func.count(Customer.id).label("customers"),
                # Lapsed customers too: they stay on their former owner's list (DOMAIN §3).
                func.count(Customer.id).filter(Customer.next_follow_up_on < today).label("overdue"),
                func.count(Customer.id)
                .filter(Customer.next_follow_up_on == today)
                .label("due_today"),
            )
            .where(Customer.anonymised_at.is_(None), Customer.owner_id.is_not(None))
            .group_by(Customer.owner_id)
        )
    }
    visits: dict[int | None, int] = dict(
        session.execute(
            select(Visit.consultant_id, func.count(Visit.id))
            .where(
                Visit.visited_at >= start,
                Visit.visited_at < end,
                Visit.invalid_reason.is_(None),
                Visit.consultant_id.is_not(None),
            )
            .group_by(Visit.consultant_id)
        ).all()
    )
    turns: dict[int, int] = dict(
        session.execute(
            select(RotationTurn.user_id, func.count(RotationTurn.id))
            .where(
                RotationTurn.day == today,
                RotationTurn.kind == TurnKind.SERVE.value,
                RotationTurn.invalid_reason.is_(None),
            )
            .group_by(RotationTurn.user_id)
        ).all()
    )
    staff = consultants(session)
    lines: list[TeamLine] = []
    seen: set[int] = set()

    def line(user_id: int, name: str, active: bool) -> TeamLine:
        counts = owned.get(user_id)
        return TeamLine(
            user_id=user_id,
            name=name,
            overdue=int(counts.overdue) if counts else 0,
            due_today=int(counts.due_today) if counts else 0,
            customers=int(counts.customers) if counts else 0,
            visits_today=int(visits.get(user_id, 0)),
            turns_today=int(turns.get(user_id, 0)),
            active=active,
        )

    for person in staff:
        seen.add(person.id)
        lines.append(line(person.id, person.name, True))
    others = sorted(set(owned) - seen)
    names = staff_names(session, others)
    for user_id in others:
        lines.append(line(user_id, names.get(user_id, f"用户 {user_id}"), False))
    return lines


def is_front_desk_only(actor: Actor) -> bool:
    """Front desk without selling or overseeing: the rotation board is their workbench."""
    return (
        Role.FRONT_DESK in actor.roles
        and not oversees(actor)
        and not ({Role.CONSULTANT, Role.SENIOR_CONSULTANT} & actor.roles)
    )
