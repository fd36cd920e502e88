"""The 工作台's reminders of head office's workbooks (issue 19): shown to the reporter role only
(销售秘书 by default, a setting), from 2 hours before each deadline (日报 20:00, 周报 Friday
17:30, 月报 the 24th at 17:00), cleared by producing that report, a missed one kept 7 days;
the time is passed in."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from anjia_desk.core.roles import Role
from anjia_desk.db.models import ReportRun
from anjia_desk.services.context import Actor
from anjia_desk.services.head_office import produce_report
from anjia_desk.services.settings import update_settings
from anjia_desk.services.workbench import todo_for
from anjia_desk.services.workbench_base import TODO_LABELS, TodoKind
from tests.helpers import add_actor

SYSTEM = Actor.system()


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """Office time (UTC+8) as a UTC instant."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


def reminders(session: Session, actor: Actor, kind: TodoKind, now: datetime) -> list[str]:
    todo = todo_for(session, actor, now=now)
    assert todo.counts[kind] == len(todo.items_of(kind))
    return [f"{item.due} {item.detail}" for item in todo.items_of(kind)]


def _ran(session: Session, kind: str, *days: date) -> None:
    for day in days:
        session.add(ReportRun(kind=kind, period_on=day, produced_at=local(day, 19), via="window"))
    session.flush()


WED = date(2026, 12, 9)
LAST_WEEK = [WED - timedelta(days=n) for n in range(1, 9)]


def test_the_daily_reminder_shows_two_hours_before_to_the_secretary_only(
    session: Session, tmp_path: Path
) -> None:
    secretary = add_actor(session, "mishu", "陈秘书", Role.SALES_SECRETARY)
    manager = add_actor(session, "jingli", "黄经理", Role.SITE_MANAGER)
    consultant = add_actor(session, "guwen", "王浩", Role.CONSULTANT)
    _ran(session, "daily", *LAST_WEEK)
    daily = TodoKind.REPORT_DAILY
    assert reminders(session, secretary, daily, local(WED, 17, 59)) == []
    shown = reminders(session, secretary, daily, local(WED, 18, 0))
    assert shown == ["2026-12-09 请在 12-09 20:00 前生成并报送销售日报（2026-12-09）"]
    assert TODO_LABELS[daily] == "日报待报送"
    assert reminders(session, manager, daily, local(WED, 19)) == []
    assert reminders(session, consultant, daily, local(WED, 19)) == []
    # Producing it clears it.
    produce_report(
        session, secretary, "daily", WED, now=local(WED, 19, 30), out=tmp_path / "日报.xlsx"
    )
    assert reminders(session, secretary, daily, local(WED, 19, 31)) == []


def test_a_missed_daily_stays_seven_days(session: Session) -> None:
    secretary = add_actor(session, "mishu", "陈秘书", Role.SALES_SECRETARY)
    _ran(session, "daily", *LAST_WEEK)
    daily = TodoKind.REPORT_DAILY
    assert reminders(session, secretary, daily, local(WED, 20, 1)) == [
        "2026-12-09 销售日报（2026-12-09）已过报送时间 12-09 20:00，尚未生成"
    ]
    _ran(session, "daily", *(WED + timedelta(days=n) for n in range(1, 9)))
    assert len(reminders(session, secretary, daily, local(date(2026, 12, 16), 19, 59))) == 1
    assert reminders(session, secretary, daily, local(date(2026, 12, 16), 20, 0)) == []


def test_weekly_and_monthly_deadlines_cleared_by_a_report_of_their_period(
    session: Session,
) -> None:
    secretary = add_actor(session, "mishu", "陈秘书", Role.SALES_SECRETARY)
    weekly, monthly = TodoKind.REPORT_WEEKLY, TodoKind.REPORT_MONTHLY
    friday = date(2026, 12, 11)
    _ran(session, "weekly", date(2026, 12, 4))  # last week's was sent
    _ran(session, "monthly", date(2026, 11, 24))
    assert reminders(session, secretary, weekly, local(friday, 15, 29)) == []
    assert reminders(session, secretary, weekly, local(friday, 15, 30)) == [
        "2026-12-11 请在 12-11 17:30 前生成并报送销售周报（2026-12-11）"
    ]
    _ran(session, "weekly", date(2026, 12, 10))  # a 周报 of this week, produced on Thursday
    assert reminders(session, secretary, weekly, local(friday, 16)) == []
    the_24th = date(2026, 12, 24)
    assert reminders(session, secretary, monthly, local(the_24th, 14, 59)) == []
    assert reminders(session, secretary, monthly, local(the_24th, 15)) == [
        "2026-12-24 请在 12-24 17:00 前生成并报送销售月报（2026-12-24）"
    ]
    _ran(session, "monthly", date(2026, 12, 23))
    assert reminders(session, secretary, monthly, local(the_24th, 16)) == []


def test_the_reporter_role_and_the_times_are_settings(session: Session) -> None:
    secretary = add_actor(session, "mishu", "陈秘书", Role.SALES_SECRETARY)
    manager = add_actor(session, "jingli", "黄经理", Role.SITE_MANAGER)
    _ran(session, "daily", *LAST_WEEK)
    update_settings(
        session,
        SYSTEM,
        {"reports.reporter_role": "案场经理", "reports.daily_time": "18:00",
         "reports.remind_hours": 1},
    )  # fmt: skip
    daily = TodoKind.REPORT_DAILY
    assert reminders(session, secretary, daily, local(WED, 17, 30)) == []
    assert reminders(session, manager, daily, local(WED, 16, 59)) == []
    assert reminders(session, manager, daily, local(WED, 17, 30)) == [
        "2026-12-09 请在 12-09 18:00 前生成并报送销售日报（2026-12-09）"
    ]
    # The command line's administrator is never reminded.
    assert reminders(session, SYSTEM, daily, local(WED, 17, 30)) == []


def test_a_new_office_sees_only_the_latest_missed_daily(session: Session) -> None:
    """No workbook produced yet: not a week of missed 日报, only the last one (and the next)."""
    secretary = add_actor(session, "mishu", "陈秘书", Role.SALES_SECRETARY)
    daily = TodoKind.REPORT_DAILY
    assert reminders(session, secretary, daily, local(WED, 12)) == [
        "2026-12-08 销售日报（2026-12-08）已过报送时间 12-08 20:00，尚未生成"
    ]
    assert reminders(session, secretary, daily, local(WED, 18, 30)) == [
        "2026-12-08 销售日报（2026-12-08）已过报送时间 12-08 20:00，尚未生成",
        "2026-12-09 请在 12-09 20:00 前生成并报送销售日报（2026-12-09）",
    ]
    # Once the office has sent one, what it missed after that stays for 7 days.
    _ran(session, "daily", WED - timedelta(days=5))
    shown = reminders(session, secretary, daily, local(WED, 12))
    assert [line[:10] for line in shown] == [str(WED - timedelta(days=n)) for n in (4, 3, 2, 1)]
