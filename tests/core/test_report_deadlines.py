"""When head office's workbooks are due (issue 19): deadlines around a moment, the lead before
them, a missed one kept 7 days, a monthly day past a short month's end."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from anjia_desk.core.head_office import WorkbookKind, period_of
from anjia_desk.core.report_deadlines import Schedule, deadlines, parse_time
from anjia_desk.core.settings_reports import SPECS, check_reporter

ZONE = ZoneInfo("Asia/Shanghai")
SCHEDULE = Schedule(
    daily=time(20), weekly_day=5, weekly=time(17, 30), monthly_day=24, monthly=time(17),
    lead=timedelta(hours=2),
)  # fmt: skip


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE)


def test_daily_deadlines_from_the_lead_to_seven_days_after() -> None:
    wed = date(2026, 12, 9)
    days = [d.day for d in deadlines(WorkbookKind.DAILY, at(wed, 18), SCHEDULE)]
    assert days == [date(2026, 12, n) for n in range(2, 10)]
    early = deadlines(WorkbookKind.DAILY, at(wed, 17, 59), SCHEDULE)
    assert early[-1].day == date(2026, 12, 8) and early[0].day == date(2026, 12, 2)
    last = deadlines(WorkbookKind.DAILY, at(wed, 18), SCHEDULE)[-1]
    assert (last.first, last.last, last.missed(at(wed, 19, 59)), last.missed(at(wed, 20))) == (
        wed, wed, False, True,
    )  # fmt: skip


def test_weekly_is_the_setting_weekday_and_clears_for_its_whole_week() -> None:
    # Friday 16:00: this Friday's (from 15:30) and last Friday's, missed less than 7 days ago.
    last, this = deadlines(WorkbookKind.WEEKLY, at(date(2026, 12, 11), 16), SCHEDULE)
    assert (this.day, this.first, this.last) == (
        date(2026, 12, 11), date(2026, 12, 7), date(2026, 12, 13),
    )  # fmt: skip
    assert last.day == date(2026, 12, 4) and last.missed(at(date(2026, 12, 11), 16))
    (only,) = deadlines(WorkbookKind.WEEKLY, at(date(2026, 12, 11), 17, 30), SCHEDULE)
    assert only.day == date(2026, 12, 11)
    (next_week,) = deadlines(WorkbookKind.WEEKLY, at(date(2026, 12, 18), 17, 30), SCHEDULE)
    assert next_week.day == date(2026, 12, 18)  # the 11th's dropped out after 7 days


@pytest.mark.parametrize(
    ("monthly_day", "month", "expected"),
    [(24, date(2026, 11, 1), date(2026, 11, 24)), (31, date(2026, 11, 1), date(2026, 11, 30)),
     (30, date(2027, 2, 1), date(2027, 2, 28))],
)  # fmt: skip
def test_monthly_on_its_day_or_a_short_months_last(
    monthly_day: int, month: date, expected: date
) -> None:
    schedule = Schedule(
        daily=time(20), weekly_day=5, weekly=time(17, 30), monthly_day=monthly_day,
        monthly=time(17), lead=timedelta(hours=2),
    )  # fmt: skip
    (found,) = deadlines(WorkbookKind.MONTHLY, at(expected, 16), schedule)
    assert (found.day, found.first) == (expected, month)
    assert found.due_at == at(expected, 17)


def test_periods_and_settings() -> None:
    assert period_of(WorkbookKind.WEEKLY, date(2026, 12, 9)) == (
        date(2026, 12, 7), date(2026, 12, 9),
    )  # fmt: skip
    assert period_of(WorkbookKind.MONTHLY, date(2026, 12, 9))[0] == date(2026, 12, 1)
    assert parse_time("7:05") == time(7, 5)
    assert check_reporter("销售秘书") is None and check_reporter("案场经理") is None
    assert (
        check_reporter("置业顾问") == "请填写能生成总部报表的角色：销售秘书、案场经理、营销负责人"
    )
    defaults = {spec.key: spec.default for spec in SPECS}
    assert defaults["reports.daily_time"] == "20:00" and defaults["reports.weekly_day"] == 5
    assert defaults["reports.monthly_day"] == 24 and defaults["reports.remind_hours"] == 2
