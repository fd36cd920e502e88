"""The office calendar (DOMAIN §10): working days, statutory holidays and make-up working days.

Pure: the holiday tables come in as plain data (services/calendar.py assembles them from the
chinese-calendar package and the administrator's edited years). A year known to neither falls back
to Monday–Friday, and `fallback_years` tells the UI which years those are so it can warn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

#: Intake on a rest day counts from this time of the next working day (DOMAIN §9).
WORKDAY_START = time(9, 0)


class YearSource(StrEnum):
    EDITED = "edited"  # the administrator's table
    PACKAGE = "package"  # the chinese-calendar package
    FALLBACK = "fallback"  # neither: Monday to Friday, with a warning

    @property
    def label(self) -> str:
        return {"edited": "手工维护", "package": "内置日历", "fallback": "未知（按周一至周五）"}[
            self.value
        ]


@dataclass(frozen=True)
class CalendarData:
    """Named rest days and make-up working days, and where each year's table came from."""

    holidays: Mapping[date, str] = field(default_factory=dict)
    workdays: Mapping[date, str] = field(default_factory=dict)
    sources: Mapping[int, YearSource] = field(default_factory=dict)


class OfficeCalendar:
    def __init__(self, data: CalendarData) -> None:
        self._data = data

    def year_source(self, year: int) -> YearSource:
        return self._data.sources.get(year, YearSource.FALLBACK)

    def fallback_years(self, years: Iterable[int]) -> list[int]:
        """Those of `years` for which the calendar only guesses Monday to Friday."""
        return sorted({y for y in years if self.year_source(y) is YearSource.FALLBACK})

    def is_working_day(self, day: date) -> bool:
        if day in self._data.workdays:
            return True
        if day in self._data.holidays:
            return False
        return day.weekday() < 5

    def day_name(self, day: date) -> str | None:
        """The holiday's or make-up day's name, if the day has one."""
        return self._data.holidays.get(day) or self._data.workdays.get(day)

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        day += timedelta(days=1)
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, day: date, n: int) -> date:
        """The Nth working day after `day` (n ≥ 0; n = 0 gives `day` itself)."""
        if n < 0:
            raise ValueError("n must not be negative")
        for _ in range(n):
            day = self.next_working_day(day)
        return day

    def working_deadline(self, start: datetime, n: int) -> datetime:
        """A deadline N working days after `start`, at the same clock time (DOMAIN §9).

        When `start` falls on a rest day, the count starts at 09:00 of the next working day.
        Works on naive or aware local times alike; the result keeps `start`'s tzinfo.
        """
        if not self.is_working_day(start.date()):
            first = self.next_working_day(start.date())
            start = datetime.combine(first, WORKDAY_START, tzinfo=start.tzinfo)
        end_day = self.add_working_days(start.date(), n)
        return datetime.combine(end_day, start.timetz())

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in the half-open range (start, end]."""
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count


def cn_date(day: date, today: date | None = None, *, year: bool = False) -> str:
    """A date as people write it: "8月8日"; with the year when `year` is asked for or the day is
    not in `today`'s year ("2025年8月8日")."""
    if year or (today is not None and day.year != today.year):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.month}月{day.day}日"
