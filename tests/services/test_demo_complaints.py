"""The demo's complaints (issue 18): every level, nature and channel; one across National Day and
one on a 调休 Saturday (dates the office calendar holds); one paused, one in its second round,
one with a contractor's compensation above ¥20,000 approved by both the CS manager and the vice
president with proof, one that opened the demo's change order; id 1 closed after its visit —
each row as the rules leave it (deadlines from core, the visit's day from return_visit_due, a
history line per step); the papers and the 投诉 sheet read them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core import passwords
from anjia_desk.core.complaint_kinds import ComplaintStatus, EventKind, Solution
from anjia_desk.core.complaints import (
    SATISFIED,
    Channel,
    Level,
    Liable,
    Nature,
    return_visit_due,
    satisfaction,
)
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, open_database
from anjia_desk.db.models import (
    ChangeOrder,
    Complaint,
    ComplaintEvent,
    ComplaintPause,
    ComplaintPayment,
    ComplaintVisit,
    Deal,
)
from anjia_desk.services import printing
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.complaint_base import first_answer_due, limits, payment_state
from anjia_desk.services.context import Actor
from anjia_desk.services.demo import DemoResult, create_demo
from anjia_desk.services.demo_days import complaints_on_report_days
from anjia_desk.services.exporting import ExportRequest, export_workbook
from anjia_desk.services.settings import office_zone
from tests.pdf.pdfcheck import read_pdf
from tests.services.test_demo_dunning import NOW, TODAY

COUNT = 300
#: The seven cases of services.demo_complaints, then the report days' (services.demo_days).
STORIES = 7 + complaints_on_report_days(TODAY)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoResult]]:
    saved, passwords._N = passwords._N, 2**10
    try:
        database = open_database(str(tmp_path_factory.mktemp("complaints") / "demo.db"))
        result = create_demo(database, seed=4, customers=COUNT, now=NOW)
        yield database, result
        database.close()
    finally:
        passwords._N = saved


def events(s: Session, complaint_id: int) -> list[ComplaintEvent]:
    return list(
        s.scalars(
            select(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == complaint_id)
            .order_by(ComplaintEvent.at, ComplaintEvent.id)
        )
    )


def test_complaint_1_is_closed_with_its_return_visit(demo: tuple[Database, DemoResult]) -> None:
    database, result = demo
    assert result.complaints is not None and result.complaints.complaints == STORIES
    with database.sessions() as s:
        c = s.get(Complaint, 1)
        assert c is not None and c.status == ComplaintStatus.CLOSED and c.closed_at is not None
        visits = list(s.scalars(select(ComplaintVisit).where(ComplaintVisit.complaint_id == 1)))
        assert len(visits) == 1 and visits[0].score >= SATISFIED
        assert visits[0].score == satisfaction(json.loads(visits[0].ratings).values())
        assert visits[0].visited_at < c.closed_at
        zone = office_zone(s)
        executed = c.executed_at.astimezone(zone).date() if c.executed_at else None
        assert executed is not None
        assert c.visit_due_on == return_visit_due(executed, office_calendar(s))
        kinds = [e.kind for e in events(s, 1)]
        assert kinds[0] == EventKind.FILED and kinds[-1] == EventKind.CLOSED
        assert {EventKind.LEGAL_OK, EventKind.FINANCE_OK, EventKind.EXECUTED,
                EventKind.VISITED} <= set(kinds)  # fmt: skip
        assert c.legal_at and c.finance_at and c.legal_at < c.executed_at  # type: ignore[operator]


def test_every_level_nature_and_channel(demo: tuple[Database, DemoResult]) -> None:
    database, _result = demo
    with database.sessions() as s:
        rows = list(s.scalars(select(Complaint).order_by(Complaint.id)))
        assert {c.level for c in rows} == set(Level)
        assert {c.nature for c in rows} == set(Nature)
        assert {c.channel for c in rows} == set(Channel)
        for c in rows:  # a deal's complaint comes after its 认购 (after 签约 but for the 换房's)
            deal = s.get(Deal, c.deal_id) if c.deal_id else None
            assert deal is None or deal.subscribed_at < c.intake_at
            if deal is not None and c.change_order_id is None:
                assert deal.signed_at is not None and deal.signed_at < c.intake_at
        for c in rows:  # an answer, when there is one, is within the deadline from core
            due = first_answer_due(s, c, now=NOW)
            if c.answered_at is not None:
                assert c.answered_at <= due.due_at, c.id


def test_national_day_and_the_make_up_saturday(demo: tuple[Database, DemoResult]) -> None:
    database, _result = demo
    with database.sessions() as s:
        zone, cal = office_zone(s), office_calendar(s)
        days = {c.id: c.intake_at.astimezone(zone).date() for c in s.scalars(select(Complaint))}
        holiday = next(c for c, d in days.items() if d == date(2026, 9, 30))
        c = s.get(Complaint, holiday)
        assert c is not None
        due = first_answer_due(s, c, now=NOW).due_at
        rest = [date(2026, 10, d) for d in range(1, 8)]
        assert not any(cal.is_working_day(d) for d in rest)  # 国庆 2026 in the package
        assert due.date() > rest[-1]  # the deadline runs over the holiday
        saturday = next(c for c, d in days.items() if d == date(2026, 10, 10))
        assert cal.is_working_day(date(2026, 10, 10)) and date(2026, 10, 10).weekday() == 5
        c = s.get(Complaint, saturday)
        assert c is not None and c.level == Level.MINOR
        # a working day: one working day later at the same clock time, on Monday
        assert first_answer_due(s, c, now=NOW).due_at.date() == date(2026, 10, 12)


def test_paused_second_round_money_and_change_order(demo: tuple[Database, DemoResult]) -> None:
    database, _result = demo
    with database.sessions() as s:
        paused = s.scalars(select(ComplaintPause).where(ComplaintPause.ended_at.is_(None))).one()
        c = s.get(Complaint, paused.complaint_id)
        assert c is not None and c.level == Level.MAJOR and c.channel == Channel.REFERRED
        kinds = [e.kind for e in events(s, c.id)]
        assert EventKind.LEVEL in kinds and EventKind.PAUSED in kinds
        assert first_answer_due(s, c, now=NOW).paused

        second = s.scalars(select(Complaint).where(Complaint.round == 2)).one()
        assert second.status == ComplaintStatus.EXECUTING and second.visit_due_on is None
        first = s.scalars(
            select(ComplaintVisit).where(ComplaintVisit.complaint_id == second.id)
        ).one()
        assert first.round == 1 and first.score < SATISFIED
        assert EventKind.NEW_ROUND in [e.kind for e in events(s, second.id)]

        payment = s.scalars(select(ComplaintPayment)).one()
        assert payment.liable == Liable.CONTRACTOR and payment.amount > Decimal("20000")
        assert payment.proof != "none" and payment.number == 1
        state = payment_state(payment, *limits(s))
        assert state.needs == (Role.CS_MANAGER, Role.VICE_PRESIDENT)
        assert state.approved and state.confirmed
        paid = s.get(Complaint, payment.complaint_id)
        assert paid is not None and paid.status == ComplaintStatus.VISIT

        changed = s.scalars(select(Complaint).where(Complaint.change_order_id.is_not(None))).one()
        order = s.get(ChangeOrder, changed.change_order_id)
        assert order is not None
        assert changed.solution == (Solution.SWAP if order.kind == "swap" else Solution.CANCEL)
        assert changed.deal_id == order.deal_id and changed.intake_at < order.requested_at
        assert EventKind.CHANGE_OPENED in [e.kind for e in events(s, changed.id)]
        assert changed.finance_at is not None and changed.finance_at < order.requested_at


def test_the_papers_and_the_sheet_read_the_demo(
    demo: tuple[Database, DemoResult], tmp_path: Path
) -> None:
    database, _result = demo
    with database.sessions() as s:
        for fn in (printing.print_complaint_form, printing.print_satisfaction,
                   printing.print_feedback):  # fmt: skip
            out = fn(s, Actor.system(), 1, tmp_path / f"{fn.__name__}.pdf")
            assert "TS-000001" in read_pdf(out).text.replace(" ", "")
        s.rollback()
        out = tmp_path / "投诉.xlsx"
        export_workbook(s, Actor.system(), ExportRequest(("complaints",)), out, now=NOW)
    rows = list(load_workbook(out)["投诉"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == STORIES and "TS-000001" in [row[0] for row in rows]
    assert NOW - timedelta(days=400) < NOW  # the demo's clock is the test's
