"""The case library and the monthly review (DOMAIN §9, §12, issue 18): closed cases read as
nature → handling (the solution and its execution) → feedback (the last return visit) and the
lesson, searchable; and a month's complaints: the most frequent complaint points, the counts by
nature and the on-time rate of the first answer by level.

The customer's name and phone stay out of the library: a case is read for what it teaches.
Both read only the cases the actor sees (complaint_scope).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import ComplaintStatus, Solution, complaint_code
from anjia_desk.core.complaints import SATISFIED, Level, Liable, Nature
from anjia_desk.core.roles import Action
from anjia_desk.db.models import Complaint, ComplaintVisit
from anjia_desk.db.types import aware_utc
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.complaint_base import case_deadline, complaint_scope, pauses_by_case
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import office_zone

SEARCHED = (
    Complaint.what,
    Complaint.point,
    Complaint.finding,
    Complaint.solution_text,
    Complaint.acceptance,
    Complaint.close_reason,
    Complaint.lesson,
)


@dataclass(frozen=True)
class CaseRow:
    """One closed case of the library: nature → handling → feedback, and the lesson."""

    id: int
    code: str  # TS-000012
    nature: Nature
    level: Level
    point: str
    what: str
    intake_on: date  # office dates
    closed_on: date | None
    # handling
    finding: str
    liable: Liable | None
    solution: Solution | None
    solution_text: str
    executor: str
    acceptance: str
    rounds: int
    # feedback
    score: Decimal | None  # the last return visit's satisfaction
    comment: str
    satisfied: bool  # the last visit reached 80%
    close_reason: str
    lesson: str


def _last_visits(session: Session, ids: list[int]) -> dict[int, ComplaintVisit]:
    """Each case's latest return visit (by time, then id)."""
    last: dict[int, ComplaintVisit] = {}
    if not ids:
        return last
    rows = session.scalars(
        select(ComplaintVisit)
        .where(ComplaintVisit.complaint_id.in_(ids))
        .order_by(ComplaintVisit.visited_at, ComplaintVisit.id)
    )
    for visit in rows:
        last[visit.complaint_id] = visit
    return last


def search_cases(
    session: Session,
    actor: Actor,
    *,
    text: str = "",
    nature: Nature | None = None,
    level: Level | None = None,
    limit: int = 200,
) -> list[CaseRow]:
    """The closed cases the actor sees, latest closed first: `text` found in what was
    complained of, the point, the finding, the solution, the acceptance standard, the closing's
    words or the lesson; narrowed by nature and level."""
    actor.require(Action.VIEW_COMPLAINTS)
    query = select(Complaint).where(
        Complaint.status == ComplaintStatus.CLOSED.value, *complaint_scope(actor)
    )
    needle = " ".join(text.split())
    if needle:
        query = query.where(or_(*(col.contains(needle, autoescape=True) for col in SEARCHED)))
    if nature is not None:
        query = query.where(Complaint.nature == nature.value)
    if level is not None:
        query = query.where(Complaint.level == level.value)
    query = query.order_by(Complaint.closed_at.desc(), Complaint.id.desc()).limit(limit)
    cases = list(session.scalars(query))
    visits = _last_visits(session, [c.id for c in cases])
    zone = office_zone(session)
    rows = []
    for c in cases:
        visit = visits.get(c.id)
        score = visit.score if visit is not None else None
        rows.append(
            CaseRow(
                id=c.id,
                code=complaint_code(c.number),
                nature=Nature(c.nature),
                level=Level(c.level),
                point=c.point,
                what=c.what,
                intake_on=c.intake_at.astimezone(zone).date(),
                closed_on=c.closed_at.astimezone(zone).date() if c.closed_at else None,
                finding=c.finding,
                liable=c.liable,
                solution=c.solution,
                solution_text=c.solution_text,
                executor=c.executor,
                acceptance=c.acceptance,
                rounds=c.round,
                score=score,
                comment=visit.comment if visit is not None else "",
                satisfied=score is not None and score >= SATISFIED,
                close_reason=c.close_reason,
                lesson=c.lesson,
            )
        )
    return rows


# -- the monthly review ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LevelRate:
    """The first answer's punctuality for one level in the month: answered by the deadline
    (on time), answered after it or still unanswered past it (late); still unanswered and not
    yet due is waiting, not counted."""

    level: Level
    total: int
    on_time: int
    late: int
    waiting: int

    @property
    def rate(self) -> Decimal | None:
        """on time ÷ (on time + late), two places; None when nothing counts yet."""
        counted = self.on_time + self.late
        if counted == 0:
            return None
        return (Decimal(self.on_time) / Decimal(counted)).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class MonthlyReview:
    """A month's complaints (taken in during the month, office time)."""

    month: date  # the month's first day
    total: int
    points: tuple[tuple[str, int], ...]  # most frequent first (ties by the point's name)
    unpointed: int  # complaints without a point
    natures: tuple[tuple[Nature, int], ...]  # every nature, in Nature's order
    levels: tuple[LevelRate, ...]  # every level, in Level's order


def month_bounds(month: date, session: Session) -> tuple[datetime, datetime]:
    """The month of `month` as UTC moments [first day 00:00, next month's 00:00) office time."""
    zone = office_zone(session)
    first = month.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return (
        aware_utc(datetime.combine(first, time(0), tzinfo=zone)),
        aware_utc(datetime.combine(following, time(0), tzinfo=zone)),
    )


def monthly_review(session: Session, actor: Actor, *, month: date, now: datetime) -> MonthlyReview:
    """月度复盘: the complaints taken in during `month` (any day of it) that the actor sees —
    their most frequent points, the counts by nature, and by level the first answer's on-time
    rate (deadlines over the office calendar with the pauses added back, as of `now`)."""
    actor.require(Action.VIEW_COMPLAINTS)
    start, end = month_bounds(month, session)
    cases = list(
        session.scalars(
            select(Complaint)
            .where(Complaint.intake_at >= start, Complaint.intake_at < end, *complaint_scope(actor))
            .order_by(Complaint.intake_at, Complaint.id)
        )
    )
    zone = office_zone(session)
    calendar = office_calendar(session)
    local_now = aware_utc(now).astimezone(zone)
    pauses = pauses_by_case(session, [c.id for c in cases])
    counts: dict[Level, list[int]] = {level: [0, 0, 0, 0] for level in Level}
    for c in cases:
        level = Level(c.level)
        due = case_deadline(
            level, c.intake_at, pauses.get(c.id, []), calendar, zone, now=local_now
        ).due_at
        tally = counts[level]
        tally[0] += 1
        if c.answered_at is not None:
            tally[1 if c.answered_at <= due else 2] += 1
        elif due <= local_now:
            tally[2] += 1
        else:
            tally[3] += 1
    points = Counter(c.point for c in cases if c.point)
    natures = Counter(Nature(c.nature) for c in cases)
    return MonthlyReview(
        month=month.replace(day=1),
        total=len(cases),
        points=tuple(sorted(points.items(), key=lambda item: (-item[1], item[0]))),
        unpointed=sum(1 for c in cases if not c.point),
        natures=tuple((n, natures[n]) for n in Nature),
        levels=tuple(LevelRate(level, *counts[level]) for level in Level),
    )
