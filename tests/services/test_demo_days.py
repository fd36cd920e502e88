"""Issue 19: whatever day the demo runs — a Monday, the 1st of a month just after midnight, an
ordinary Thursday — it has visits, 认购, 签约, receipts and complaints on that office day, more
in the week and the month, and this month's 退房 (one within 72 hours of 签约). Counted in the
tables, as the reports' own definitions say (reports_design.md), not through the reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core import passwords
from anjia_desk.core.changes import ChangeKind
from anjia_desk.core.customers import VisitKind
from anjia_desk.core.deals import Stage
from anjia_desk.db.engine import open_database
from anjia_desk.db.models import ChangeOrder, Complaint, Customer, Deal, Receipt, Visit
from anjia_desk.services.demo import create_demo
from anjia_desk.services.demo_days import complaints_on_report_days, report_days

ZONE = ZoneInfo("Asia/Shanghai")
CUSTOMERS = 60
#: The demo's `now` (UTC) and that office day.
RUNS = {
    # A Monday, 14:00: the week is today only.
    "monday": (datetime(2026, 11, 23, 6, 0, tzinfo=UTC), date(2026, 11, 23)),
    # Tuesday 1 December at 00:20: the month is today only, and today has just begun.
    "first": (datetime(2026, 11, 30, 16, 20, tzinfo=UTC), date(2026, 12, 1)),
    # An ordinary Thursday afternoon.
    "ordinary": (datetime(2026, 12, 10, 8, 0, tzinfo=UTC), date(2026, 12, 10)),
}


@dataclass(frozen=True)
class Figures:
    first_visits: int
    return_visits: int
    channels: int
    subscribed: int
    signed: int
    receipts: int
    complaints: int

    def each(self) -> dict[str, int]:
        return {k: v for k, v in vars(self).items() if k != "channels"}


def _utc(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=ZONE).astimezone(UTC)


def _figures(s: Session, first: date, last: date) -> Figures:
    lo, hi = _utc(first), _utc(last + timedelta(days=1))
    valid = (Visit.visited_at >= lo, Visit.visited_at < hi, Visit.invalid_reason.is_(None))
    kinds = dict(
        s.execute(select(Visit.kind, func.count()).where(*valid).group_by(Visit.kind)).all()
    )
    return Figures(
        first_visits=kinds.get(VisitKind.FIRST.value, 0),
        return_visits=kinds.get(VisitKind.RETURN.value, 0),
        channels=s.scalar(select(func.count(func.distinct(Visit.channel))).where(*valid)) or 0,
        subscribed=s.scalar(
            select(func.count()).where(Deal.subscribed_at >= lo, Deal.subscribed_at < hi)
        )
        or 0,
        signed=s.scalar(select(func.count()).where(Deal.signed_at >= lo, Deal.signed_at < hi)) or 0,
        receipts=s.scalar(
            select(func.count()).where(
                Receipt.paid_on >= first, Receipt.paid_on <= last, Receipt.voided_at.is_(None)
            )
        )
        or 0,
        complaints=s.scalar(
            select(func.count()).where(Complaint.intake_at >= lo, Complaint.intake_at < hi)
        )
        or 0,
    )


@pytest.fixture(scope="module", params=sorted(RUNS))
def run(request, tmp_path_factory):
    saved, passwords._N = passwords._N, 2**10
    try:
        now, today = RUNS[request.param]
        database = open_database(str(tmp_path_factory.mktemp(request.param) / "demo.db"))
        create_demo(database, seed=2, customers=CUSTOMERS, now=now)
        yield database, now, today
        database.close()
    finally:
        passwords._N = saved


def test_the_report_days():
    assert report_days(date(2026, 12, 10)) == [
        date(2026, 12, 1),
        date(2026, 12, 7),
        date(2026, 12, 10),
    ]
    assert report_days(date(2026, 11, 23)) == [date(2026, 11, 1), date(2026, 11, 23)]
    assert report_days(date(2026, 12, 1)) == [date(2026, 11, 30), date(2026, 12, 1)]
    assert report_days(date(2027, 3, 1)) == [date(2027, 3, 1)]  # a Monday and the 1st
    assert complaints_on_report_days(date(2027, 3, 1)) == 2
    assert complaints_on_report_days(date(2026, 12, 10)) == 4


def test_today_has_every_figure(run):
    database, _now, today = run
    with database.sessions() as s:
        day = _figures(s, today, today)
    assert all(n >= 1 for n in day.each().values()), day
    assert day.channels >= 2, day


def test_the_week_and_the_month_have_more(run):
    database, _now, today = run
    week_start = today - timedelta(days=today.weekday())
    with database.sessions() as s:
        day = _figures(s, today, today).each()
        for first in (week_start, today.replace(day=1)):
            span = _figures(s, first, today).each()
            for key, n in span.items():
                assert n >= day[key], (first, key)
                if first < today:  # the week (the month) began before today: more than today
                    assert n > day[key], (first, key)


def test_nothing_after_now(run):
    database, now, _today = run
    with database.sessions() as s:
        for column in (Visit.visited_at, Deal.subscribed_at, Deal.signed_at,
                       Complaint.intake_at, Complaint.answered_at,
                       ChangeOrder.executed_at):  # fmt: skip
            assert s.scalar(select(func.max(column))).replace(tzinfo=UTC) <= now, column


def test_this_months_refunds_and_complaints(run):
    database, _now, today = run
    lo, hi = _utc(today.replace(day=1)), _utc(today + timedelta(days=1))
    with database.sessions() as s:
        refunds = s.execute(
            select(ChangeOrder.within_72h, Deal.cancelled_at)
            .join(Deal, Deal.id == ChangeOrder.deal_id)
            .where(
                ChangeOrder.kind.in_([ChangeKind.CANCEL, ChangeKind.TERMINATE]),
                ChangeOrder.stage_at_request != Stage.SUBSCRIBED,
                ChangeOrder.executed_at >= lo,
                ChangeOrder.executed_at < hi,
            )
        ).all()
        assert len(refunds) >= 2 and any(early for early, _ in refunds)
        assert all(cancelled is not None for _, cancelled in refunds)  # the deals ended
        cases = s.execute(
            select(Complaint.nature, Complaint.level, Complaint.answered_at).where(
                Complaint.intake_at >= lo, Complaint.intake_at < hi
            )
        ).all()
    assert len({c.nature for c in cases}) >= 2 and len({c.level for c in cases}) >= 2
    answered = [c for c in cases if c.answered_at is not None]
    assert answered and len(answered) < len(cases)  # some answered, one still waiting


def test_the_visitors_are_counted_on_their_customers(run):
    database, _now, _today = run
    with database.sessions() as s:
        counted = dict(s.execute(select(Customer.id, Customer.visit_count)).all())
        visits = dict(
            s.execute(select(Visit.customer_id, func.count()).group_by(Visit.customer_id)).all()
        )
        last = dict(s.execute(select(Customer.id, Customer.last_visit_at)).all())
        latest = dict(
            s.execute(
                select(Visit.customer_id, func.max(Visit.visited_at)).group_by(Visit.customer_id)
            ).all()
        )
    assert counted == {cid: visits.get(cid, 0) for cid in counted}
    assert {cid: at for cid, at in last.items() if at is not None} == latest
