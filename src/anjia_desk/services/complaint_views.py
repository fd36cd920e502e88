"""What the 投诉 section and the complaint window show (issue 18): the list with each case's
first-answer clock ("还剩 3 小时 20 分" / "已超时 1 天 2 小时"), and one case in full — its 5W2H,
clocks, history, notes, pauses, files, visits and the actions the user may take
(core.complaint_actions, decided once in services.complaint_base.actions_of). Its money lines
are services.complaint_money.payment_lines, which the window reads beside it. The list lives in
services/complaint_list.py and is re-exported here.

Few queries whatever the number of cases: the list reads the pauses of the listed cases in one
query and the office calendar once.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.changes import change_code
from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_kinds import (
    VISIT_ITEMS,
    ComplaintStatus,
    EventKind,
    NoteKind,
    Referrer,
    Side,
    Solution,
    VisitWay,
    complaint_code,
)
from anjia_desk.core.complaints import (
    Channel,
    Deadline,
    Level,
    Liable,
    Nature,
    response_due,
)
from anjia_desk.core.deal_actions import Permit
from anjia_desk.db.models import (
    ChangeOrder,
    ComplaintEvent,
    ComplaintFile,
    ComplaintNote,
    ComplaintVisit,
    Deal,
)
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.complaint_base import (
    actions_of,
    get_complaint,
    pause_of,
    pauses_of,
    require_access,
)
from anjia_desk.services.complaint_list import (
    Clock,
    ComplaintRow,
    clock_of,
    list_complaints,
    units_of_deals,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.settings import office_zone

__all__ = [
    "Clock",
    "ComplaintDetail",
    "ComplaintRow",
    "clock_of",
    "complaint_detail",
    "list_complaints",
]

# -- one case -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    who: str
    what: str  # the event's label, with old → new level
    text: str
    kind: EventKind


@dataclass(frozen=True)
class NoteLine:
    id: int
    at: datetime
    who: str
    kind: NoteKind
    side: Side | None
    text: str
    files: int


@dataclass(frozen=True)
class PauseLine:
    started_at: datetime
    ended_at: datetime | None
    reason: str


@dataclass(frozen=True)
class FileInfo:
    id: int
    name: str
    size: int
    side: Side
    caption: str
    added_at: datetime
    who: str
    note_id: int | None


@dataclass(frozen=True)
class VisitLine:
    id: int
    round: int
    at: datetime
    who: str
    way: VisitWay
    ratings: dict[str, int]
    score: Decimal
    comment: str

    @property
    def ratings_text(self) -> str:
        labels = dict(VISIT_ITEMS)
        return "，".join(f"{labels.get(k, k)} {v}" for k, v in self.ratings.items())


@dataclass(frozen=True)
class ComplaintDetail:
    id: int
    version: int
    code: str
    status: ComplaintStatus
    channel: Channel
    referrer: Referrer | None
    referred_ref: str
    referred_due_at: datetime | None
    intake_at: datetime
    filed_by: str
    customer_id: int | None
    deal_id: int | None
    unit: str
    who: str
    contact_phone: str
    happened: str
    place: str
    what: str
    why: str
    how_much: str
    how_to_solve: str
    nature: Nature
    level: Level
    point: str
    media_risk: bool
    group_size: int
    owner_id: int | None
    owner: str
    engineer: str
    contractor: str
    butler: str
    multi_department: bool
    deadline: Deadline
    clock: Clock
    response_due: datetime | None  # office time; None for a referred case
    responded_at: datetime | None
    response_note: str
    answered_at: datetime | None
    answer_note: str
    finding: str
    liable: Liable | None
    solution: Solution | None
    solution_text: str
    proposed_at: datetime | None
    legal: str  # "张法务 12-03 10:20 同意" or ""
    finance: str
    refuse_reason: str
    change_order: str  # BG-000012 or ""
    change_order_id: int | None
    executor: str
    execute_due_on: date | None
    acceptance: str
    executed_at: datetime | None
    confirmation_signed_on: date | None
    visit_due_on: date | None
    round: int
    closed_at: datetime | None
    close_reason: str
    lesson: str
    #: For a 承诺 case: whether the deal's 风险告知书 was signed — a fact, never a closing.
    risk_notice_signed: bool | None
    history: list[HistoryLine] = field(default_factory=list)
    notes: list[NoteLine] = field(default_factory=list)
    pauses: list[PauseLine] = field(default_factory=list)
    files: list[FileInfo] = field(default_factory=list)
    visits: list[VisitLine] = field(default_factory=list)
    actions: dict[ComplaintAction, Permit] = field(default_factory=dict)


def _local(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    return moment.astimezone(zone) if moment is not None else None


def _stamp(name: str, moment: datetime | None, note: str, zone: ZoneInfo) -> str:
    if moment is None:
        return ""
    text = f"{name} {moment.astimezone(zone):%Y-%m-%d %H:%M}".strip()
    return f"{text} {note}".strip()


def _history(
    session: Session, complaint_id: int, names: dict[int, str], zone: ZoneInfo
) -> list[HistoryLine]:
    lines = []
    for e in session.scalars(
        select(ComplaintEvent)
        .where(ComplaintEvent.complaint_id == complaint_id)
        .order_by(ComplaintEvent.at, ComplaintEvent.id)
    ):
        what = EventKind(e.kind).label
        if e.kind == EventKind.LEVEL and e.old_level and e.new_level:
            what = f"{what}：{Level(e.old_level).label} → {Level(e.new_level).label}"
        lines.append(
            HistoryLine(
                e.at.astimezone(zone),
                names.get(e.user_id, "") if e.user_id else "",
                what,
                e.text,
                EventKind(e.kind),
            )
        )
    return lines


def complaint_detail(
    session: Session, actor: Actor, complaint_id: int, *, now: datetime
) -> ComplaintDetail:
    """One case in full, for the complaint window."""
    c = get_complaint(session, complaint_id)
    require_access(session, actor, c)
    zone = office_zone(session)
    calendar = office_calendar(session)
    pauses = pauses_of(session, c.id)
    deadline, clock = clock_of(c, [pause_of(p) for p in pauses], calendar, zone, now)
    notes = list(
        session.scalars(
            select(ComplaintNote)
            .where(ComplaintNote.complaint_id == c.id)
            .order_by(ComplaintNote.at, ComplaintNote.id)
        )
    )
    files = session.execute(
        select(
            ComplaintFile.id,
            ComplaintFile.name,
            ComplaintFile.size,
            ComplaintFile.side,
            ComplaintFile.caption,
            ComplaintFile.added_at,
            ComplaintFile.added_by_id,
            ComplaintFile.note_id,
        )
        .where(ComplaintFile.complaint_id == c.id)
        .order_by(ComplaintFile.added_at, ComplaintFile.id)
    ).all()
    visits = list(
        session.scalars(
            select(ComplaintVisit)
            .where(ComplaintVisit.complaint_id == c.id)
            .order_by(ComplaintVisit.visited_at, ComplaintVisit.id)
        )
    )
    user_ids: set[int | None] = {
        c.owner_id,
        c.filed_by_id,
        c.legal_by_id,
        c.finance_by_id,
        *(n.user_id for n in notes),
        *(f.added_by_id for f in files),
        *(v.user_id for v in visits),
    }
    user_ids |= set(
        session.scalars(select(ComplaintEvent.user_id).where(ComplaintEvent.complaint_id == c.id))
    )
    names = staff_names(session, user_ids)

    def name(uid: int | None) -> str:
        return names.get(uid, "") if uid is not None else ""

    files_per_note: dict[int, int] = defaultdict(int)
    for f in files:
        if f.note_id is not None:
            files_per_note[f.note_id] += 1
    deal = session.get(Deal, c.deal_id) if c.deal_id is not None else None
    change_number = (
        session.scalar(select(ChangeOrder.number).where(ChangeOrder.id == c.change_order_id))
        if c.change_order_id is not None
        else None
    )
    return ComplaintDetail(
        id=c.id,
        version=c.version,
        code=complaint_code(c.number),
        status=ComplaintStatus(c.status),
        channel=Channel(c.channel),
        referrer=c.referrer,
        referred_ref=c.referred_ref,
        referred_due_at=_local(c.referred_due_at, zone),
        intake_at=c.intake_at.astimezone(zone),
        filed_by=name(c.filed_by_id),
        customer_id=c.customer_id,
        deal_id=c.deal_id,
        unit=units_of_deals(session, {c.deal_id}).get(c.deal_id, "") if c.deal_id else "",
        who=c.who,
        contact_phone=c.contact_phone,
        happened=c.happened,
        place=c.place,
        what=c.what,
        why=c.why,
        how_much=c.how_much,
        how_to_solve=c.how_to_solve,
        nature=Nature(c.nature),
        level=Level(c.level),
        point=c.point,
        media_risk=c.media_risk,
        group_size=c.group_size,
        owner_id=c.owner_id,
        owner=name(c.owner_id),
        engineer=c.engineer,
        contractor=c.contractor,
        butler=c.butler,
        multi_department=c.multi_department,
        deadline=deadline,
        clock=clock,
        response_due=response_due(Channel(c.channel), c.intake_at.astimezone(zone), calendar),
        responded_at=_local(c.responded_at, zone),
        response_note=c.response_note,
        answered_at=_local(c.answered_at, zone),
        answer_note=c.answer_note,
        finding=c.finding,
        liable=c.liable,
        solution=c.solution,
        solution_text=c.solution_text,
        proposed_at=_local(c.proposed_at, zone),
        legal=_stamp(name(c.legal_by_id), c.legal_at, c.legal_note, zone),
        finance=_stamp(name(c.finance_by_id), c.finance_at, c.finance_note, zone),
        refuse_reason=c.refuse_reason,
        change_order=change_code(change_number) if change_number is not None else "",
        change_order_id=c.change_order_id,
        executor=c.executor,
        execute_due_on=c.execute_due_on,
        acceptance=c.acceptance,
        executed_at=_local(c.executed_at, zone),
        confirmation_signed_on=c.confirmation_signed_on,
        visit_due_on=c.visit_due_on,
        round=c.round,
        closed_at=_local(c.closed_at, zone),
        close_reason=c.close_reason,
        lesson=c.lesson,
        risk_notice_signed=(
            (deal.risk_notice_at is not None)
            if deal is not None and c.nature == Nature.PROMISE
            else None
        ),
        history=_history(session, c.id, names, zone),
        notes=[
            NoteLine(
                n.id,
                n.at.astimezone(zone),
                name(n.user_id),
                NoteKind(n.kind),
                Side(n.side) if n.side else None,
                n.text,
                files_per_note.get(n.id, 0),
            )
            for n in notes
        ],
        pauses=[
            PauseLine(
                p.started_at.astimezone(zone),
                _local(p.ended_at, zone),
                p.reason,
            )
            for p in pauses
        ],
        files=[
            FileInfo(
                f.id,
                f.name,
                f.size,
                Side(f.side),
                f.caption,
                f.added_at.astimezone(zone),
                name(f.added_by_id),
                f.note_id,
            )
            for f in files
        ],
        visits=[
            VisitLine(
                v.id,
                v.round,
                v.visited_at.astimezone(zone),
                name(v.user_id),
                VisitWay(v.way),
                {str(k): int(x) for k, x in json.loads(v.ratings or "{}").items()},
                v.score,
                v.comment,
            )
            for v in visits
        ],
        actions=actions_of(session, c, actor),
    )
