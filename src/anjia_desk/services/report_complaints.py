"""投诉统计 (issue 19, DOMAIN §9, §12): the complaints taken in within the range, by nature and
level, with how many were answered, how many on time, the on-time rate and the mean time to the
first answer. The whole office's figures only (whole_office_only): a consultant sees no report of
complaints.

On time: the first answer (answered_at) at or before its deadline — core.complaints'
first_answer_due over the office calendar with the pauses added back
(complaint_base.case_deadline, the same deadline the case window shows). Late: answered after
it, or not answered and the deadline passed before the report's day began. A case not answered
whose deadline has not passed (or whose clock is paused) is 未到期: outside the rate's
denominator. The report is computed from the office's date (`today`), not the minute: a case due
later today, or earlier today and still unanswered, counts as 未到期 until tomorrow — as the
export's 已超时未答复 does.

One query for the cases (their columns, not ORM objects) and one for their pauses; the deadline
of each case is worked out over the calendar in Python (complaints are few).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import complaint_code
from anjia_desk.core.complaints import EARLIEST_DUE, Deadline, Level, Nature
from anjia_desk.core.errors import NotFound
from anjia_desk.core.phones import mask_phone
from anjia_desk.core.report_periods import ReportRange, midnight
from anjia_desk.core.report_values import (
    DRILL_LIMIT,
    Cell,
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    DrillList,
    DrillTarget,
    Ratio,
    ReportTable,
    Series,
)
from anjia_desk.db.models import Complaint
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.complaint_base import case_deadline, pauses_by_case
from anjia_desk.services.report_base import ReportSpec, Scope, within
from anjia_desk.services.report_drills import local_time

ON_TIME = "按时"
LATE = "超时"
LATE_OPEN = "超时未答复"
NOT_DUE = "未到期"
RATE_LABEL = "按时率（按时答复÷已到期或已答复）"


@dataclass(frozen=True)
class JudgedCase:
    id: int
    number: int
    nature: Nature
    level: Level
    intake_at: datetime
    answered_at: datetime | None
    who: str
    phone: str
    deadline: Deadline | None  # None when the outcome needed none (see judged_cases)
    outcome: str  # ON_TIME, LATE, LATE_OPEN or NOT_DUE


def judged_cases(
    session: Session, rng: ReportRange, today: date, *where: Any, deadlines: bool = False
) -> list[JudgedCase]:
    """The cases taken in within the range (and `where`), oldest first, each with its outcome as
    of the start of `today` (office time) and, with `deadlines`, its deadline.

    No deadline comes sooner than core.complaints.EARLIEST_DUE after intake, so a case answered
    within it is on time, and one unanswered for less is not due, without working the deadline
    out over the calendar (the report's own time is mostly that arithmetic)."""
    rows = session.execute(
        select(
            Complaint.id,
            Complaint.number,
            Complaint.nature,
            Complaint.level,
            Complaint.intake_at,
            Complaint.answered_at,
            Complaint.who,
            Complaint.contact_phone,
        )
        .where(within(Complaint.intake_at, rng), *where)
        .order_by(Complaint.intake_at, Complaint.id)
    ).all()
    if not rows:
        return []
    moment = midnight(today, rng.zone)

    def settled(intake_at: datetime, answered_at: datetime | None) -> str | None:
        if deadlines:
            return None
        if answered_at is not None:
            return ON_TIME if answered_at - intake_at <= EARLIEST_DUE else None
        return NOT_DUE if moment - intake_at < EARLIEST_DUE else None

    early = {row[0]: settled(row[4], row[5]) for row in rows}
    needed = [case_id for case_id, outcome in early.items() if outcome is None]
    calendar = office_calendar(session) if needed else None
    pauses = pauses_by_case(session, needed) if needed else {}
    cases = []
    for case_id, number, nature, level, intake_at, answered_at, who, phone in rows:
        deadline = None
        outcome = early[case_id]
        if outcome is None:
            assert calendar is not None
            deadline = case_deadline(
                level, intake_at, pauses.get(case_id, []), calendar, rng.zone, now=moment
            )
            if answered_at is not None:
                outcome = ON_TIME if answered_at <= deadline.due_at else LATE
            elif deadline.due_at <= moment and not deadline.paused:
                outcome = LATE_OPEN
            else:
                outcome = NOT_DUE
        cases.append(
            JudgedCase(
                case_id,
                number,
                Nature(nature),
                Level(level),
                intake_at,
                answered_at,
                who,
                phone,
                deadline,
                outcome,
            )
        )
    return cases


@dataclass
class _Tally:
    levels: dict[Level, int] = field(default_factory=lambda: dict.fromkeys(Level, 0))
    answered: int = 0
    on_time: int = 0
    late: int = 0  # answered late, or unanswered past due
    seconds: float = 0.0  # intake to first answer, over the answered cases

    def add(self, case: JudgedCase) -> None:
        self.levels[case.level] += 1
        if case.answered_at is not None:
            self.answered += 1
            self.seconds += (case.answered_at - case.intake_at).total_seconds()
        if case.outcome == ON_TIME:
            self.on_time += 1
        elif case.outcome in (LATE, LATE_OPEN):
            self.late += 1

    def cells(self, label: str) -> tuple[Cell, ...]:
        hours = None
        if self.answered:
            mean = Decimal(self.seconds) / Decimal(self.answered) / Decimal(3600)
            hours = mean.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        return (
            label,
            *(self.levels[level] for level in Level),
            sum(self.levels.values()),
            self.answered,
            self.on_time,
            Ratio(self.on_time, self.on_time + self.late),
            hours,
        )


def complaints(session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
    cases = judged_cases(session, rng, today)
    tallies = {nature: _Tally() for nature in Nature}
    total = _Tally()
    for case in cases:
        tallies[case.nature].add(case)
        total.add(case)
    keys = tuple(nature.value for nature in Nature)
    not_due = sum(1 for case in cases if case.outcome == NOT_DUE)
    late_open = sum(1 for case in cases if case.outcome == LATE_OPEN)
    return ReportTable(
        key="complaints",
        title="投诉统计",
        range_label=rng.label,
        columns=(
            Column("nature", "性质", ColumnKind.TEXT),
            *(Column(f"level:{level.value}", level.label) for level in Level),
            Column("total", "合计"),
            Column("answered", "已答复"),
            Column("on_time", "按时"),
            Column("rate", RATE_LABEL, ColumnKind.RATIO),
            Column("hours", "平均首次答复（小时）", ColumnKind.NUMBER),
        ),
        rows=tuple(tallies[nature].cells(nature.label) for nature in Nature),
        row_keys=keys,
        chart=Chart(
            ChartKind.STACKED,
            tuple(nature.label for nature in Nature),
            keys,
            tuple(
                Series(
                    level.value,
                    level.label,
                    tuple(float(tallies[nature].levels[level]) for nature in Nature),
                )
                for level in Level
            ),
            unit="件",
        ),
        drill_target=DrillTarget.COMPLAINT,
        total=total.cells("合计"),
        notes=(
            "按受理时间计入区间；按时 = 首次答复不晚于答复期限"
            "（按级别与办公日历计算，暂停计时补回）。",
            f"按时率的分母 = 已答复 + 已过期限仍未答复（本期 {late_open} 件）；"
            f"未答复且未到期限或计时暂停中的 {not_due} 件不计入。期限是否已过按今天 0 点判断。",
            "平均首次答复：已答复投诉从受理到首次答复的自然小时数的平均。",
        ),
        scope_label=scope.label,
    )


def complaints_drill(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    today: date,
    row_key: str,
    series_key: str | None,
) -> DrillList:
    """The cases of that nature (and level), oldest first, with their deadline and outcome."""
    try:
        nature = Nature(row_key)
        level = Level(series_key) if series_key is not None else None
    except ValueError:
        raise NotFound(f"没有这一类投诉：{row_key} {series_key or ''}".strip()) from None
    where = [Complaint.nature == nature.value]
    if level is not None:
        where.append(Complaint.level == level.value)
    cases = judged_cases(session, rng, today, *where, deadlines=True)
    shown = cases[:DRILL_LIMIT]
    zone = rng.zone
    what = nature.label + (f" · {level.label}" if level is not None else "")
    return DrillList(
        title=f"投诉：{what}（{rng.label}）",
        target=DrillTarget.COMPLAINT,
        columns=(
            Column("code", "编号", ColumnKind.TEXT),
            Column("intake", "受理时间", ColumnKind.TEXT),
            Column("level", "级别", ColumnKind.TEXT),
            Column("who", "投诉人", ColumnKind.TEXT),
            Column("phone", "电话", ColumnKind.TEXT),
            Column("due", "答复期限", ColumnKind.TEXT),
            Column("answered", "首次答复", ColumnKind.TEXT),
            Column("outcome", "结果", ColumnKind.TEXT),
        ),
        rows=tuple(
            (
                complaint_code(c.number),
                local_time(c.intake_at, zone),
                c.level.label,
                c.who,
                mask_phone(c.phone),
                local_time(c.deadline.due_at if c.deadline else None, zone),
                local_time(c.answered_at, zone),
                c.outcome,
            )
            for c in shown
        ),
        ids=tuple(c.id for c in shown),
        more=len(cases) - len(shown),
    )


SPECS: tuple[ReportSpec, ...] = (
    ReportSpec(
        "complaints", "投诉统计", "投诉", complaints, complaints_drill, whole_office_only=True
    ),
)
