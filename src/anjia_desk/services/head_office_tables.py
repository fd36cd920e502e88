"""月报's complaints by level (issue 19): the 投诉统计 report counts by nature; head office wants
the first answer's punctuality per level. Judged by that report's own judged_cases
(services.report_complaints): the deadline of complaint_base.case_deadline over the office
calendar with the pauses added back, as of the start of the office day; on time when answered by
it; late when answered after it or unanswered past it; a case unanswered and not yet due (or
paused) is 未到期, outside the rate's denominator."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from anjia_desk.core.complaints import Level
from anjia_desk.core.report_periods import ReportRange
from anjia_desk.core.report_values import Ratio
from anjia_desk.services.head_office_figures import Value, ratio_value
from anjia_desk.services.report_complaints import (
    LATE,
    LATE_OPEN,
    NOT_DUE,
    ON_TIME,
    judged_cases,
)


def complaint_table(session: Session, rng: ReportRange, today: date) -> list[list[Value]]:
    """Per level (一级 first) and in all: taken in, answered on time, late, 未到期, the on-time
    rate (on time ÷ (on time + late))."""
    column = {ON_TIME: 1, LATE: 2, LATE_OPEN: 2, NOT_DUE: 3}
    tally = {level: [0, 0, 0, 0] for level in Level}
    for case in judged_cases(session, rng, today):
        counts = tally[case.level]
        counts[0] += 1
        counts[column[case.outcome]] += 1
    rows: list[list[Value]] = []
    for level in Level:
        total, on_time, late, waiting = tally[level]
        rows.append([level.label, total, on_time, late, waiting, _rate(on_time, late)])
    sums = [sum(t[n] for t in tally.values()) for n in range(4)]
    rows.append(["合计", *sums, _rate(sums[1], sums[2])])
    return rows


def _rate(on_time: int, late: int) -> Value:
    return ratio_value(Ratio(on_time, on_time + late))
