"""When head office's workbooks are due (issue 19): the deadlines of each kind around `now`
that the 工作台 reminds of — from `lead` before each deadline, and, when missed, for
KEEP_MISSED after it. A workbook produced for a day of the deadline's period clears it: 日报 —
that day; 周报 — its Monday-to-Sunday week; 月报 — its calendar month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from anjia_desk.core.head_office import WorkbookKind
from anjia_desk.core.report_periods import add_months

#: A missed deadline stays on the list this long after it passed.
KEEP_MISSED = timedelta(days=7)


@dataclass(frozen=True)
class Schedule:
    daily: time
    weekly_day: int  # 1 Monday … 7 Sunday
    weekly: time
    monthly_day: int  # 1…31: a shorter month's last day
    monthly: time
    lead: timedelta


@dataclass(frozen=True)
class Deadline:
    kind: WorkbookKind
    day: date  # the deadline's day: the report date to produce
    due_at: datetime  # aware, the office's zone
    first: date  # the period a produced workbook clears it for
    last: date

    def missed(self, now: datetime) -> bool:
        return now >= self.due_at


def parse_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _month_last(day: date) -> date:
    return add_months(day, 1) - timedelta(days=1)


def _is_due_day(kind: WorkbookKind, day: date, schedule: Schedule) -> bool:
    if kind is WorkbookKind.DAILY:
        return True
    if kind is WorkbookKind.WEEKLY:
        return day.isoweekday() == schedule.weekly_day
    return day.day == min(schedule.monthly_day, _month_last(day).day)


def _period(kind: WorkbookKind, day: date) -> tuple[date, date]:
    if kind is WorkbookKind.DAILY:
        return day, day
    if kind is WorkbookKind.WEEKLY:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    return day.replace(day=1), _month_last(day)


def deadlines(kind: WorkbookKind, now: datetime, schedule: Schedule) -> list[Deadline]:
    """The deadlines of `kind` to remind of at `now` (aware, in the office's zone): those due
    within `schedule.lead` from now, and those missed less than KEEP_MISSED ago; oldest first."""
    at = {
        WorkbookKind.DAILY: schedule.daily,
        WorkbookKind.WEEKLY: schedule.weekly,
        WorkbookKind.MONTHLY: schedule.monthly,
    }[kind]
    zone = now.tzinfo
    today = now.date()
    ahead = schedule.lead.days + 2
    found: list[Deadline] = []
    for offset in range(-KEEP_MISSED.days - 1, ahead + 1):
        day = today + timedelta(days=offset)
        if not _is_due_day(kind, day, schedule):
            continue
        due_at = datetime.combine(day, at, tzinfo=zone)
        if due_at - schedule.lead <= now < due_at + KEEP_MISSED:
            first, last = _period(kind, day)
            found.append(Deadline(kind, day, due_at, first, last))
    return found
