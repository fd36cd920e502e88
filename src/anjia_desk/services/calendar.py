"""The office calendar: the chinese-calendar package for the years it knows, the administrator's
table for the others (and for any year the administrator chooses to maintain by hand)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.calendar import CalendarData, OfficeCalendar, YearSource
from anjia_desk.core.errors import ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.db.models import CalendarDay, CalendarYear
from anjia_desk.services.context import Actor


@cache
def package_data() -> CalendarData:
    """The statutory holidays and make-up working days the chinese-calendar package knows."""
    from chinese_calendar import constants

    holidays = {d: _holiday_label(str(name)) for d, name in constants.holidays.items()}
    workdays = {d: _holiday_label(str(name)) for d, name in constants.workdays.items()}
    years = {d.year for d in holidays} | {d.year for d in workdays}
    return CalendarData(holidays, workdays, {y: YearSource.PACKAGE for y in years})


_HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}


def _holiday_label(name: str) -> str:
    return _HOLIDAY_NAMES.get(name, name)


def office_calendar(session: Session) -> OfficeCalendar:
    """The calendar in force: edited years override the package; other years fall back."""
    base = package_data()
    edited_years = set(session.scalars(select(CalendarYear.year)))
    holidays = {d: n for d, n in base.holidays.items() if d.year not in edited_years}
    workdays = {d: n for d, n in base.workdays.items() if d.year not in edited_years}
    sources = {y: s for y, s in base.sources.items() if y not in edited_years}
    for row in session.scalars(select(CalendarDay)):
        if row.day.year in edited_years:
            (workdays if row.is_workday else holidays)[row.day] = row.name
    sources.update({y: YearSource.EDITED for y in edited_years})
    return OfficeCalendar(CalendarData(holidays, workdays, sources))


@dataclass(frozen=True)
class DayEntry:
    day: date
    is_workday: bool
    name: str


def year_entries(session: Session, year: int) -> tuple[YearSource, list[DayEntry]]:
    """What the calendar says about `year`: its source and the special days (holidays and
    make-up working days), for the settings page to show and edit."""
    calendar = office_calendar(session)
    source = calendar.year_source(year)
    if source is YearSource.EDITED:
        rows = session.scalars(
            select(CalendarDay)
            .where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
            .order_by(CalendarDay.day)
        )
        return source, [DayEntry(r.day, r.is_workday, r.name) for r in rows]
    if source is YearSource.PACKAGE:
        data = package_data()
        entries = [DayEntry(d, False, n) for d, n in data.holidays.items() if d.year == year]
        entries += [DayEntry(d, True, n) for d, n in data.workdays.items() if d.year == year]
        return source, sorted(entries, key=lambda e: e.day)
    return source, []


def _validate(year: int, entries: Sequence[DayEntry]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not 2000 <= year <= 2100:
        errors["year"] = "年份应在 2000 到 2100 之间"
    seen: set[date] = set()
    for entry in entries:
        label = entry.day.isoformat()
        if entry.day.year != year:
            errors[label] = f"{label} 不在 {year} 年"
        elif entry.day in seen:
            errors[label] = f"{label} 重复"
        elif entry.is_workday and entry.day.weekday() < 5:
            errors[label] = f"{label} 是周一至周五，本来就是工作日，不必标为调休上班"
        elif len(entry.name) > 40:
            errors[label] = f"{label} 的名称太长"
        seen.add(entry.day)
    return errors


def save_year(
    session: Session, actor: Actor, year: int, entries: Iterable[DayEntry], note: str = ""
) -> None:
    """Maintain `year` by hand: replace its special days with `entries` (audited)."""
    actor.require(Action.EDIT_CALENDAR)
    items = sorted(entries, key=lambda e: e.day)
    errors = _validate(year, items)
    if errors:
        raise ValidationError(errors)
    record = session.scalar(select(CalendarYear).where(CalendarYear.year == year))
    if record is None:
        session.add(CalendarYear(year=year, note=note))
    elif record.note != note:
        record.note = note
    _delete_days(session, year)
    session.flush()
    session.add_all(CalendarDay(day=e.day, is_workday=e.is_workday, name=e.name) for e in items)
    session.flush()


def _delete_days(session: Session, year: int) -> None:
    for old in session.scalars(
        select(CalendarDay).where(
            CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
        )
    ):
        session.delete(old)


def forget_year(session: Session, actor: Actor, year: int) -> None:
    """Stop maintaining `year` by hand: the package (or the Mon–Fri fallback) applies again."""
    actor.require(Action.EDIT_CALENDAR)
    _delete_days(session, year)
    for record in session.scalars(select(CalendarYear).where(CalendarYear.year == year)):
        session.delete(record)
    session.flush()
