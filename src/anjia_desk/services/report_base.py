"""What every report shares (issue 19, DOMAIN §12): who sees which figures, the range in the
office's zone, and the SQL that puts each event on its office day or week on both engines.

Counting by office day in SQL: the range's office midnights are computed here (zoneinfo), and
`bucket_of` turns a timestamp (or date) column into the index of the day, week or month it falls
in with one CASE over those bounds — the same SQL on SQLite and PostgreSQL, correct for any zone
(a 认购 at 23:30 Beijing time counts on its own office day, not on the next UTC day).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, literal, true
from sqlalchemy.orm import Session

from anjia_desk.core.report_periods import ReportRange, midnight
from anjia_desk.core.report_values import DrillList, ReportTable
from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import office_today, office_zone


@dataclass(frozen=True)
class Scope:
    """Whose figures a report counts: everyone's, or one consultant's own (`user_id`)."""

    user_id: int | None  # None: the whole office

    @property
    def own(self) -> bool:
        return self.user_id is not None

    @property
    def label(self) -> str:
        return "仅本人" if self.own else ""

    def only(self, column: Any) -> ColumnElement[bool]:
        """A filter keeping the rows whose consultant (`column`) is this scope's user; always
        true for the whole office."""
        if self.user_id is None:
            return true()
        return column == self.user_id  # type: ignore[no-any-return]


#: compute(session, scope, rng, today) → the table; `today` is the office's date at `now`.
Compute = Callable[[Session, Scope, ReportRange, date], ReportTable]
#: drill(session, scope, rng, today, row_key, series_key) → the records behind that row (and
#: series: a bar's segment), series_key None for the whole row.
Drill = Callable[[Session, Scope, ReportRange, date, str, str | None], DrillList]


@dataclass(frozen=True)
class ReportSpec:
    """One report of the 报表 section: its registry key, title, group in the section's list,
    and the two functions that compute it and open the list behind a row."""

    key: str
    title: str
    group: str  # "来访与成交", "退房", "回款", "投诉"
    compute: Compute
    drill: Drill
    snapshot: bool = False  # taken as of rng.as_of(today) rather than counted over the range
    whole_office_only: bool = False  # not shown to a consultant's own scope


def report_scope(actor: Actor, *, whole_office_only: bool = False) -> Scope:
    """The scope `actor` sees: the office's figures with 查看报表, their own with 查看本人报表
    (refused for a report of the whole office only, such as complaints)."""
    if actor.can(Action.VIEW_REPORTS):
        return Scope(None)
    if whole_office_only:
        actor.require(Action.VIEW_REPORTS)
    actor.require_any(Action.VIEW_REPORTS, Action.VIEW_OWN_REPORTS, label="查看报表")
    return Scope(actor.user_id)


def may_see_reports(actor: Actor) -> bool:
    return actor.can(Action.VIEW_REPORTS) or actor.can(Action.VIEW_OWN_REPORTS)


def range_of(session: Session, first: date, last: date) -> ReportRange:
    """`first`..`last` in the office's zone from the settings."""
    return ReportRange(first, last, office_zone(session))


def today_of(session: Session, now: datetime) -> date:
    return office_today(session, now)


def within(column: Any, rng: ReportRange) -> ColumnElement[bool]:
    """`column` (an aware UTC timestamp) falls on one of the range's office days."""
    return and_(column >= rng.start, column < rng.end)


def within_days(column: Any, first: date, last: date) -> ColumnElement[bool]:
    """`column` (a business date) is `first`..`last`, both included."""
    return and_(column >= first, column <= last)


def bucket_of(column: Any, starts: Sequence[datetime | date]) -> ColumnElement[int]:
    """The index of the bucket `column` falls in: `starts` are the buckets' first instants (or
    first days, for a date column) in order; a value past the last start counts in the last
    bucket, and one before the first start in bucket 0 — filter the rows to the range first."""
    bucket: ColumnElement[int] = _bisect(column, starts, 0, len(starts))
    return bucket


def _bisect(column: Any, starts: Sequence[datetime | date], low: int, high: int) -> Any:
    """The bucket among starts[low:high], as CASEs nested like a binary search: a 400-day range
    compares each row about 9 times instead of up to 400 (a flat CASE of one WHEN per day)."""
    if high - low <= 1:
        return literal(low)
    if high - low <= 4:
        whens = [(column < starts[index], index - 1) for index in range(low + 1, high)]
        return case(*whens, else_=high - 1)
    middle = (low + high) // 2
    return case(
        (column < starts[middle], _bisect(column, starts, low, middle)),
        else_=_bisect(column, starts, middle, high),
    )


def day_starts(rng: ReportRange) -> list[datetime]:
    """Each office day's midnight, in UTC: the starts for bucket_of over a timestamp."""
    return [midnight(day, rng.zone) for day in rng.days]


def week_starts(rng: ReportRange, mondays: Sequence[date]) -> list[datetime]:
    """Each week's Monday midnight in the office's zone, in UTC."""
    return [midnight(monday, rng.zone) for monday in mondays]
