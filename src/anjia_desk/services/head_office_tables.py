"""The tables of head office's 周报 and 月报 beyond the daily counts and the 报表 section's
reports (issue 19): receivables aging (services.receivables' own rows, so the two always
agree), complaints by level with the first answer's on-time rate (the deadline over the office
calendar with the pauses added back, as the complaint list judges it), and the collection
forecast from the installments still owed."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.complaints import Level, Pause
from anjia_desk.core.complaints import first_answer_due as core_due
from anjia_desk.core.deals import Aging, Nature, Stage
from anjia_desk.core.report_periods import ReportRange, forecast_months, forecast_weeks
from anjia_desk.core.report_values import Ratio
from anjia_desk.db.models import Complaint, ComplaintPause, Deal, Installment
from anjia_desk.db.types import aware_utc, from_fen, in_fen
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import ReceivableQuery
from anjia_desk.services.head_office_figures import Value, ratio_value
from anjia_desk.services.receivables import receivables
from anjia_desk.services.report_base import within
from anjia_desk.services.settings import office_zone

NOT_DUE = "未逾期（含未到期及按揭）"


def aging_table(session: Session, as_of: date) -> list[list[Value]]:
    """Outstanding installments of live deals as of `as_of` by days overdue (the 应收款 view's
    buckets), then those not overdue, then the total: 期数, 交易数, 未收金额."""
    at = aware_utc(datetime.combine(as_of, time(12), tzinfo=office_zone(session)))
    summary = receivables(session, Actor.system(), ReceivableQuery(), now=at)
    groups: dict[Aging | None, tuple[int, set[int], int]] = {}
    for row in summary.rows:
        count, deals, fen = groups.get(row.bucket, (0, set(), 0))
        deals.add(row.deal_id)
        groups[row.bucket] = (count + 1, deals, fen + int(row.outstanding.scaleb(2)))
    rows: list[list[Value]] = []
    every: set[int] = set()
    for bucket in (*Aging, None):
        count, deals, fen = groups.get(bucket, (0, set(), 0))
        every |= deals
        label = bucket.label if bucket is not None else NOT_DUE
        rows.append([label, count, len(deals), from_fen(fen)])
    rows.append(
        [
            "合计",
            len(summary.rows),
            len(every),
            from_fen(sum(int(r.outstanding.scaleb(2)) for r in summary.rows)),
        ]
    )
    return rows


def complaint_table(
    session: Session, rng: ReportRange, now: datetime
) -> tuple[list[list[Value]], Value]:
    """Complaints taken in during the period by level: taken in, answered on time, late
    (answered after the deadline, or unanswered past it at `now`), not yet due, the on-time
    rate (÷ late or on time); and the rate over every level."""
    zone = office_zone(session)
    calendar = office_calendar(session)
    local_now = aware_utc(now).astimezone(zone)
    cases = session.execute(
        select(Complaint.id, Complaint.level, Complaint.intake_at, Complaint.answered_at).where(
            within(Complaint.intake_at, rng)
        )
    ).all()
    pauses: dict[int, list[Pause]] = {}
    if cases:
        for complaint_id, started, ended in session.execute(
            select(ComplaintPause.complaint_id, ComplaintPause.started_at, ComplaintPause.ended_at)
            .where(ComplaintPause.complaint_id.in_([c.id for c in cases]))
            .order_by(ComplaintPause.started_at, ComplaintPause.id)
        ):
            pauses.setdefault(complaint_id, []).append(
                Pause(started.astimezone(zone), ended.astimezone(zone) if ended else None)
            )
    tally = {level: [0, 0, 0, 0] for level in Level}
    for case_row in cases:
        level = Level(case_row.level)
        due = core_due(
            level,
            case_row.intake_at.astimezone(zone),
            calendar,
            pauses=pauses.get(case_row.id, []),
            now=local_now,
        ).due_at
        counts = tally[level]
        counts[0] += 1
        if case_row.answered_at is not None:
            counts[1 if case_row.answered_at <= due else 2] += 1
        elif due <= local_now:
            counts[2] += 1
        else:
            counts[3] += 1
    rows: list[list[Value]] = []
    for level in Level:
        total, on_time, late, waiting = tally[level]
        rows.append([level.label, total, on_time, late, waiting, _rate(on_time, late)])
    on_time = sum(t[1] for t in tally.values())
    late = sum(t[2] for t in tally.values())
    rows.append(
        ["合计", len(cases), on_time, late, sum(t[3] for t in tally.values()), _rate(on_time, late)]
    )
    return rows, _rate(on_time, late)


def _rate(on_time: int, late: int) -> Value:
    return ratio_value(Ratio(on_time, on_time + late))


def _owed() -> list[ColumnElement[bool]]:
    """Installments still owed on a live deal."""
    return [
        Installment.amount > Installment.paid,
        Deal.cancelled_at.is_(None),
        Deal.stage != Stage.CANCELLED.value,
    ]


def forecast_table(session: Session, as_of: date) -> list[list[Value]]:
    """What is due from `as_of`: the next 4 weeks (第1周 starts that day), the rest of this
    month and the next two, and what fell due before and is still owed. 期数, amount owed
    (amount − paid), of which 按揭. Installments counted from a 签约 not yet recorded have no
    date and are in no window."""
    windows = [
        (f"第{n}周 {first:%m-%d}至{last:%m-%d}", first, last)
        for n, (first, last) in enumerate(forecast_weeks(as_of), 1)
    ]
    windows += [
        (
            f"{first.month}月" if first.year == as_of.year else f"{first.year}年{first.month}月",
            first,
            last,
        )
        for first, last in forecast_months(as_of)
    ]
    loan = Installment.nature == Nature.LOAN.value

    def window_columns(condition: Any) -> list[Any]:
        owed = and_(condition)
        return [
            func.count(case((owed, Installment.id))),
            func.sum(case((owed, in_fen(Installment.amount)), else_=0)),
            func.sum(case((owed, in_fen(Installment.paid)), else_=0)),
            func.sum(case((and_(owed, loan), in_fen(Installment.amount)), else_=0)),
            func.sum(case((and_(owed, loan), in_fen(Installment.paid)), else_=0)),
        ]

    conditions = [
        and_(Installment.due_on >= first, Installment.due_on <= last) for _, first, last in windows
    ]
    conditions.append(Installment.due_on < as_of)
    columns = [column for condition in conditions for column in window_columns(condition)]
    values = session.execute(
        select(*columns).join(Deal, Deal.id == Installment.deal_id).where(*_owed())
    ).one()
    labels = [label for label, _, _ in windows] + ["已逾期未收"]
    rows: list[list[Value]] = []
    for n, label in enumerate(labels):
        count, amount, paid, loan_amount, loan_paid = (
            int(v or 0) for v in values[5 * n : 5 * n + 5]
        )
        rows.append([label, count, from_fen(amount - paid), from_fen(loan_amount - loan_paid)])
    return rows
