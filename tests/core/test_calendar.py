"""The office calendar's rules on plain data (no package, no database)."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from anjia_desk.core.calendar import CalendarData, OfficeCalendar, YearSource

SH = ZoneInfo("Asia/Shanghai")
# A made-up year 2030: 1–3 Oct off (Tue–Thu), Sat 28 Sep a make-up working day.
DATA = CalendarData(
    holidays={
        date(2030, 10, 1): "国庆节",
        date(2030, 10, 2): "国庆节",
        date(2030, 10, 3): "国庆节",
    },
    workdays={date(2030, 9, 28): "国庆节"},
    sources={2030: YearSource.EDITED, 2029: YearSource.PACKAGE},
)
CAL = OfficeCalendar(DATA)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2030, 9, 27), True),  # Friday
        (date(2030, 9, 28), True),  # make-up Saturday
        (date(2030, 9, 29), False),  # Sunday
        (date(2030, 10, 1), False),  # holiday on a Tuesday
        (date(2030, 10, 4), True),  # Friday after
        (date(2030, 10, 5), False),  # ordinary Saturday
    ],
)
def test_is_working_day(day, working):
    assert CAL.is_working_day(day) is working


def test_day_names_and_sources():
    assert CAL.day_name(date(2030, 10, 2)) == "国庆节"
    assert CAL.day_name(date(2030, 9, 28)) == "国庆节"
    assert CAL.day_name(date(2030, 9, 27)) is None
    assert CAL.year_source(2030) is YearSource.EDITED
    assert CAL.year_source(2031) is YearSource.FALLBACK
    assert CAL.fallback_years([2029, 2030, 2031, 2031, 2032]) == [2031, 2032]
    assert YearSource.FALLBACK.label == "未知（按周一至周五）"


def test_add_working_days_skips_holidays_and_counts_make_up_days():
    assert CAL.add_working_days(date(2030, 9, 27), 0) == date(2030, 9, 27)
    assert CAL.add_working_days(date(2030, 9, 27), 1) == date(2030, 9, 28)
    assert CAL.add_working_days(date(2030, 9, 28), 1) == date(2030, 9, 30)
    assert CAL.add_working_days(date(2030, 9, 30), 1) == date(2030, 10, 4)
    assert CAL.add_working_days(date(2030, 9, 30), 3) == date(2030, 10, 8)
    with pytest.raises(ValueError, match="negative"):
        CAL.add_working_days(date(2030, 9, 30), -1)


def test_deadline_keeps_the_clock_time_on_a_working_day():
    start = datetime(2030, 9, 30, 15, 20, tzinfo=SH)
    assert CAL.working_deadline(start, 1) == datetime(2030, 10, 4, 15, 20, tzinfo=SH)
    assert CAL.working_deadline(start, 3) == datetime(2030, 10, 8, 15, 20, tzinfo=SH)


def test_deadline_from_a_rest_day_counts_from_nine_next_working_day():
    start = datetime(2030, 10, 2, 22, 5, tzinfo=SH)  # during the holiday
    assert CAL.working_deadline(start, 1) == datetime(2030, 10, 7, 9, 0, tzinfo=SH)
    naive = datetime(2030, 10, 5, 11, 0)  # a Saturday, naive local time
    deadline = CAL.working_deadline(naive, 1)
    assert deadline == datetime(2030, 10, 8, 9, 0) and deadline.tzinfo is None
    assert deadline.time() == time(9, 0)


def test_working_days_between():
    assert CAL.working_days_between(date(2030, 9, 27), date(2030, 10, 4)) == 3
    assert CAL.working_days_between(date(2030, 10, 4), date(2030, 10, 4)) == 0


def test_empty_calendar_is_monday_to_friday():
    plain = OfficeCalendar(CalendarData())
    assert plain.is_working_day(date(2031, 1, 1))  # a Wednesday, no holiday known
    assert not plain.is_working_day(date(2031, 1, 4))
    assert plain.year_source(2031) is YearSource.FALLBACK


def test_cn_date_says_the_year_only_when_it_is_needed():
    from anjia_desk.core.calendar import cn_date

    assert cn_date(date(2026, 8, 8)) == "8月8日"
    assert cn_date(date(2026, 8, 8), date(2026, 11, 23)) == "8月8日"
    assert cn_date(date(2025, 8, 8), date(2026, 11, 23)) == "2025年8月8日"
    assert cn_date(date(2026, 8, 8), year=True) == "2026年8月8日"
