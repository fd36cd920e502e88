"""The periods reports count over (DOMAIN §12), in office days: today, this week (Monday to
today), this month (the 1st to today) or a custom range. Each event counts on the office day it
happened in the office's zone (a 认购 at 23:30 counts that evening, not the next UTC day), so the
bounds of a range are the office's midnights turned into UTC instants."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


class Span(StrEnum):
    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return {"today": "今天", "week": "本周", "month": "本月", "custom": "自定义"}[self.value]


#: The longest custom range a report counts over (per-day charts stay readable; SQL stays cheap).
MAX_DAYS = 400


@dataclass(frozen=True)
class ReportRange:
    """Office days `first` to `last`, both included, in `zone`."""

    first: date
    last: date
    zone: ZoneInfo

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("a report range ends before it starts")

    @property
    def start(self) -> datetime:
        """The first day's office midnight, in UTC (included)."""
        return midnight(self.first, self.zone)

    @property
    def end(self) -> datetime:
        """The office midnight after the last day, in UTC (excluded)."""
        return midnight(self.last + timedelta(days=1), self.zone)

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    @property
    def label(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()} 至 {self.last.isoformat()}"

    def as_of(self, today: date) -> date:
        """The day a snapshot (receivables, 认购未签约, the forecast) is taken for this range:
        its last day, or today when the range runs into the future."""
        return min(self.last, today)


def midnight(day: date, zone: ZoneInfo) -> datetime:
    """The office's midnight starting `day`, as an aware UTC instant."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    return day.replace(day=1)


def range_for(
    span: Span,
    today: date,
    zone: ZoneInfo,
    *,
    first: date | None = None,
    last: date | None = None,
) -> ReportRange:
    """The range a span means on `today`; CUSTOM takes `first` and `last` (checked by
    check_custom first)."""
    if span is Span.TODAY:
        return ReportRange(today, today, zone)
    if span is Span.WEEK:
        return ReportRange(week_start(today), today, zone)
    if span is Span.MONTH:
        return ReportRange(month_start(today), today, zone)
    if first is None or last is None:
        raise ValueError("a custom range needs its first and last day")
    return ReportRange(first, last, zone)


def check_custom(first: date | None, last: date | None) -> dict[str, str]:
    """The custom range's errors by field (empty when usable)."""
    if first is None:
        return {"first": "请选择开始日期"}
    if last is None:
        return {"last": "请选择结束日期"}
    if last < first:
        return {"last": "结束日期不能早于开始日期"}
    if (last - first).days + 1 > MAX_DAYS:
        return {"last": f"统计区间最长 {MAX_DAYS} 天"}
    return {}


def weeks_between(first: date, last: date) -> list[date]:
    """The Mondays of the weeks that touch `first`..`last`, in order."""
    start = week_start(first)
    return [start + timedelta(weeks=n) for n in range((last - start).days // 7 + 1)]


def add_months(day: date, months: int) -> date:
    """The first of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def forecast_weeks(today: date, count: int = 4) -> list[tuple[date, date]]:
    """The next `count` weeks from `today`: (first, last) day of each, the first starting today
    (today..today+6), so 4 weeks cover the 28 days from today."""
    return [
        (today + timedelta(days=7 * n), today + timedelta(days=7 * n + 6)) for n in range(count)
    ]


def forecast_months(today: date, count: int = 3) -> list[tuple[date, date]]:
    """The next `count` months from `today`: the rest of this month, then whole calendar months
    (first, last day of each)."""
    spans = [(today, add_months(today, 1) - timedelta(days=1))]
    for n in range(1, count):
        start = add_months(today, n)
        spans.append((start, add_months(today, n + 1) - timedelta(days=1)))
    return spans
