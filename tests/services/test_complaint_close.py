"""services.complaint_close (issue 18): the return visit's day over a holiday of an edited
calendar; satisfaction and the second round; the closing guard (never before the round's visit,
below 80% only the site manager with a reason); reopening with a reason, the history kept; the
确认单's signature and the lesson."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_flow_forms import VisitForm
from anjia_desk.core.complaint_kinds import ComplaintStatus, EventKind, VisitWay
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import ComplaintEvent, ComplaintVisit
from anjia_desk.services import calendar
from anjia_desk.services import complaint_close as cc
from anjia_desk.services import complaint_solution as cs
from anjia_desk.services.complaint_base import actions_of
from anjia_desk.services.context import Actor
from tests.services.complaint_flow_helpers import (
    NOW,
    complaint,
    events,
    person,
    project,
    ratings,
    visit_row,
    waiting_visit,
)

GOOD = VisitForm(VisitWay.PHONE, ratings(5, 4, 4, 4), "满意")  # 17/20 = 85%
POOR = VisitForm(VisitWay.PHONE, ratings(3, 3, 4, 4), "还有水印")  # 14/20 = 70%


def test_the_return_visit_falls_after_a_holiday_of_the_edited_calendar(
    session: Session, system: Actor
) -> None:
    # National Day 10-01..10-07 off, Saturday 10-10 worked (调休) — entered by hand.
    days = [calendar.DayEntry(date(2026, 10, d), False, "国庆节") for d in range(1, 8)]
    days.append(calendar.DayEntry(date(2026, 10, 10), True, "国庆节调休"))
    calendar.save_year(session, system, 2026, days)
    manager = person(session, "jingli", Role.SITE_MANAGER)
    c = complaint(
        session,
        project(session).id,
        status=ComplaintStatus.EXECUTING,
        executor="李工",
        execute_due_on=date(2026, 9, 30),
        acceptance="无渗漏",
    )
    # Wednesday 09-30 23:30 office time (15:30 UTC): the office date is 09-30.
    cs.mark_executed(
        session, manager, c.id, version=c.version, now=datetime(2026, 9, 30, 15, 30, tzinfo=UTC)
    )
    # 10-08, 10-09 and the make-up Saturday 10-10 are the three working days.
    assert c.visit_due_on == date(2026, 10, 10)
    # Without the make-up Saturday the visit would be due on Monday 10-12.
    calendar.save_year(session, system, 2026, days[:-1])
    c2 = complaint(
        session,
        c.project_id,
        2,
        status=ComplaintStatus.EXECUTING,
        executor="李工",
        execute_due_on=date(2026, 9, 30),
        acceptance="无渗漏",
    )
    cs.mark_executed(
        session, manager, c2.id, version=c2.version, now=datetime(2026, 9, 30, 2, tzinfo=UTC)
    )
    assert c2.visit_due_on == date(2026, 10, 12)


def test_no_close_before_the_return_visit(session: Session) -> None:
    manager = person(session, "jingli", Role.SITE_MANAGER)
    c = waiting_visit(session, project(session).id)
    with pytest.raises(UserError, match="回访之后才能办结"):
        cc.close(session, manager, c.id, version=c.version, now=NOW)
    with pytest.raises(UserError, match="回访之后才能办结"):
        cc.close_unsatisfied(session, manager, c.id, reason="客户失联", version=c.version, now=NOW)
    assert c.status is ComplaintStatus.VISIT


def test_a_visit_at_80_percent_or_more_lets_the_case_close(session: Session) -> None:
    manager = person(session, "jingli", Role.SITE_MANAGER)
    service = person(session, "kefu", Role.CS_MANAGER)
    c = waiting_visit(session, project(session).id)
    visit_id = cc.record_visit(session, service, c.id, GOOD, version=c.version, now=NOW)
    visit = session.get(ComplaintVisit, visit_id)
    assert visit is not None
    assert (str(visit.score), visit.round, visit.user_id) == ("0.85", 1, service.user_id)
    assert c.status is ComplaintStatus.VISIT
    with pytest.raises(UserError, match="本轮已回访"):
        cc.record_visit(session, service, c.id, GOOD, version=c.version, now=NOW)
    with pytest.raises(UserError, match="满意度已达标"):
        cc.close_unsatisfied(session, manager, c.id, reason="无", version=c.version, now=NOW)
    cc.close(session, service, c.id, version=c.version, now=NOW)
    assert c.status is ComplaintStatus.CLOSED and c.closed_by_id == service.user_id


def test_below_80_percent_only_the_site_manager_closes_with_a_reason(session: Session) -> None:
    manager = person(session, "jingli", Role.SITE_MANAGER)
    service = person(session, "kefu", Role.CS_MANAGER)
    c = waiting_visit(session, project(session).id)
    cc.record_visit(session, service, c.id, POOR, version=c.version, now=NOW)
    assert (c.status, c.round) == (ComplaintStatus.EXECUTING, 2)
    assert events(session, c.id) == [EventKind.VISITED, EventKind.NEW_ROUND]
    permits = actions_of(session, c, service)
    assert not permits[ComplaintAction.CLOSE].allowed
    assert "未达 80%" in permits[ComplaintAction.CLOSE].why_not
    with pytest.raises(UserError, match="未达 80%"):
        cc.close(session, manager, c.id, version=c.version, now=NOW)
    with pytest.raises(PermissionDenied, match="未达满意度办结"):
        cc.close_unsatisfied(session, service, c.id, reason="客户诉求超出合同", version=c.version,
                             now=NOW)  # fmt: skip
    with pytest.raises(ValidationError):
        cc.close_unsatisfied(session, manager, c.id, reason=" ", version=c.version, now=NOW)
    cc.close_unsatisfied(
        session, manager, c.id, reason="客户诉求超出合同约定", version=c.version, now=NOW
    )
    assert (c.status, c.close_reason, c.closed_by_id) == (
        ComplaintStatus.CLOSED,
        "客户诉求超出合同约定",
        manager.user_id,
    )


def test_reopen_keeps_the_history_and_starts_a_new_round(session: Session) -> None:
    manager = person(session, "jingli", Role.SITE_MANAGER)
    c = waiting_visit(session, project(session).id)
    visit_row(session, c, "0.90")
    with pytest.raises(UserError, match="投诉未办结"):
        cc.reopen(session, manager, c.id, reason="复发", version=c.version, now=NOW)
    cc.close(session, manager, c.id, note="已修复", version=c.version, now=NOW)
    later = NOW + timedelta(days=20)
    with pytest.raises(ValidationError):
        cc.reopen(session, manager, c.id, reason="", version=c.version, now=later)
    cc.reopen(session, manager, c.id, reason="雨季再次渗水", version=c.version, now=later)
    assert (c.status, c.round, c.closed_at, c.close_reason, c.executed_at) == (
        ComplaintStatus.OPEN,
        2,
        None,
        "",
        None,
    )
    lines = list(
        session.scalars(
            select(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == c.id)
            .order_by(ComplaintEvent.at, ComplaintEvent.id)
        )
    )
    assert [(e.kind, e.text) for e in lines] == [
        (EventKind.CLOSED, "已修复"),
        (EventKind.REOPENED, "雨季再次渗水"),
    ]
    # The earlier visit stays, but it was the last round's: this round needs its own.
    assert session.scalar(select(ComplaintVisit.round).where(ComplaintVisit.complaint_id == c.id))
    c.status = ComplaintStatus.VISIT
    session.flush()
    with pytest.raises(UserError, match="回访之后才能办结"):
        cc.close(session, manager, c.id, version=c.version, now=later)


def test_visit_ratings_are_checked_and_not_before_the_execution(session: Session) -> None:
    service = person(session, "kefu", Role.CS_MANAGER)
    c = waiting_visit(session, project(session).id)
    missing = VisitForm(VisitWay.PHONE, {"speed": 5, "attitude": 6})
    with pytest.raises(ValidationError) as caught:
        cc.record_visit(session, service, c.id, missing, version=c.version, now=NOW)
    assert set(caught.value.fields) == {"attitude", "result", "overall"}
    early = VisitForm(VisitWay.PHONE, ratings(5, 5, 5, 5), visited_at=NOW - timedelta(hours=1))
    with pytest.raises(ValidationError) as caught:
        cc.record_visit(session, service, c.id, early, version=c.version, now=NOW)
    assert "visited_at" in caught.value.fields
    consultant = person(session, "guwen", Role.CONSULTANT)
    with pytest.raises(PermissionDenied, match="投诉回访"):
        cc.record_visit(session, consultant, c.id, GOOD, version=c.version, now=NOW)


def test_the_confirmation_signed_and_the_lesson(session: Session) -> None:
    manager = person(session, "jingli", Role.SITE_MANAGER)
    c = waiting_visit(session, project(session).id)
    today = NOW.date()
    with pytest.raises(ValidationError):
        cc.record_signed(session, manager, c.id, signed_on=today + timedelta(days=1),
                         version=c.version, now=NOW)  # fmt: skip
    with pytest.raises(ValidationError):
        cc.record_signed(session, manager, c.id, signed_on=today - timedelta(days=1),
                         version=c.version, now=NOW)  # fmt: skip
    cc.record_signed(session, manager, c.id, signed_on=today, version=c.version, now=NOW)
    assert c.confirmation_signed_on == today
    with pytest.raises(UserError, match="办结后填写案例总结"):
        cc.save_lesson(session, manager, c.id, "教训", version=c.version, now=NOW)
    visit_row(session, c, "0.80")  # exactly 80% is reached
    cc.close(session, manager, c.id, version=c.version, now=NOW)
    with pytest.raises(ValidationError):
        cc.save_lesson(session, manager, c.id, "  ", version=c.version, now=NOW)
    cc.save_lesson(session, manager, c.id, "飘窗打胶须淋水验收", version=c.version, now=NOW)
    assert c.lesson == "飘窗打胶须淋水验收"
    assert events(session, c.id) == [EventKind.SIGNED, EventKind.CLOSED, EventKind.LESSON]


def test_a_stale_version_is_refused(session: Session) -> None:
    from anjia_desk.core.errors import ConflictError

    manager = person(session, "jingli", Role.SITE_MANAGER)
    c = waiting_visit(session, project(session).id)
    visit_row(session, c, "0.90")
    with pytest.raises(ConflictError):
        cc.close(session, manager, c.id, version=c.version + 1, now=NOW)
