"""The 投诉 list (issue 18): the cases a user sees, each with its first-answer clock ("还剩 3 小时
20 分" / "已超时 1 天 2 小时"), by status, level, nature, text and owner. One query for the cases,
one for their pauses, the office calendar read once. services/complaint_views.py re-exports it
beside the one case's detail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.calendar import OfficeCalendar
from anjia_desk.core.complaint_kinds import ComplaintStatus, complaint_code
from anjia_desk.core.complaints import (
    Channel,
    Deadline,
    Level,
    Nature,
    Pause,
    time_left,
)
from anjia_desk.core.phones import mask_phone
from anjia_desk.core.roles import Action
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, Complaint, Deal, Unit
from anjia_desk.db.portable import contains_ignoring_case
from anjia_desk.db.types import aware_utc
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.complaint_base import case_deadline, complaint_scope, pauses_by_case
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.settings import office_zone

LIST_LIMIT = 2000


@dataclass(frozen=True)
class Clock:
    """The first-answer clock as shown: the deadline (office time), the words, late or not."""

    due_at: datetime | None  # None once answered
    words: str
    overdue: bool
    paused: bool
    note: str  # the guessed-year note beside the date


def clock_of(
    complaint: Complaint,
    pauses: Sequence[Pause],
    calendar: OfficeCalendar,
    zone: ZoneInfo,
    now: datetime,
) -> tuple[Deadline, Clock]:
    """The case's clock at `now`; `pauses` as complaint_base.pauses_by_case reads them."""
    local_now = aware_utc(now).astimezone(zone)
    deadline = case_deadline(
        complaint.level, complaint.intake_at, pauses, calendar, zone, now=local_now
    )
    if complaint.answered_at is not None:
        late = complaint.answered_at.astimezone(zone) > deadline.due_at
        words = "已答复（超时）" if late else "已按时答复"
        return deadline, Clock(None, words, False, False, deadline.note)
    words = time_left(deadline.due_at, local_now)
    if deadline.paused:
        words = f"暂停中（{words}）"
    overdue = local_now > deadline.due_at and not deadline.paused
    return deadline, Clock(deadline.due_at, words, overdue, deadline.paused, deadline.note)


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    code: str
    intake_at: datetime  # office time
    channel: Channel
    nature: Nature
    level: Level
    status: ComplaintStatus
    who: str
    phone: str  # masked
    unit: str
    point: str
    what: str
    owner: str
    clock: Clock
    round: int
    version: int


def units_of_deals(session: Session, deal_ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in deal_ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Deal.id, Building.name, Unit.stairwell, Unit.room)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .where(Deal.id.in_(wanted))
    )
    return {deal_id: unit_label(b, s, r) for deal_id, b, s, r in rows}


def list_complaints(
    session: Session,
    actor: Actor,
    *,
    now: datetime,
    open_only: bool = True,
    level: Level | None = None,
    nature: Nature | None = None,
    text: str = "",
    mine: bool = False,
    overdue_only: bool = False,
) -> list[ComplaintRow]:
    """The cases the user sees, newest intake first: open ones by default; by level, nature,
    a text (name, phone, content, point, number) and the user's own (负责人)."""
    actor.require(Action.VIEW_COMPLAINTS)
    where: list[ColumnElement[bool]] = list(complaint_scope(actor))
    if open_only:
        where.append(Complaint.status != ComplaintStatus.CLOSED.value)
    if level is not None:
        where.append(Complaint.level == level.value)
    if nature is not None:
        where.append(Complaint.nature == nature.value)
    if mine:
        where.append(Complaint.owner_id == actor.user_id)
    words = text.strip()
    if words:
        digits = words.upper().removeprefix("TS-").lstrip("0")
        matches = [
            contains_ignoring_case(Complaint.who, words),
            contains_ignoring_case(Complaint.what, words),
            contains_ignoring_case(Complaint.point, words),
            Complaint.contact_phone.contains(words),
            contains_ignoring_case(Complaint.referred_ref, words),
        ]
        if digits.isdigit():
            matches.append(Complaint.number == int(digits))
        where.append(or_(*matches))
    complaints = list(
        session.scalars(
            select(Complaint)
            .where(*where)
            .order_by(Complaint.intake_at.desc(), Complaint.id.desc())
            .limit(LIST_LIMIT)
        )
    )
    zone = office_zone(session)
    calendar = office_calendar(session)
    pauses = pauses_by_case(session, [c.id for c in complaints])
    owners = staff_names(session, {c.owner_id for c in complaints})
    units = units_of_deals(session, {c.deal_id for c in complaints})
    rows = []
    for c in complaints:
        _deadline, clock = clock_of(c, pauses.get(c.id, []), calendar, zone, now)
        if overdue_only and not clock.overdue:
            continue
        rows.append(
            ComplaintRow(
                id=c.id,
                code=complaint_code(c.number),
                intake_at=c.intake_at.astimezone(zone),
                channel=Channel(c.channel),
                nature=Nature(c.nature),
                level=Level(c.level),
                status=ComplaintStatus(c.status),
                who=c.who,
                phone=mask_phone(c.contact_phone) if c.contact_phone else "",
                unit=units.get(c.deal_id, "") if c.deal_id is not None else "",
                point=c.point,
                what=c.what,
                owner=owners.get(c.owner_id, "") if c.owner_id is not None else "",
                clock=clock,
                round=c.round,
                version=c.version,
            )
        )
    return rows
