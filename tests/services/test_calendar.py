"""The office calendar as the app assembles it: the package, edited years, the fallback."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from anjia_desk.core.calendar import YearSource
from anjia_desk.core.errors import PermissionDenied, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry
from anjia_desk.services.calendar import (
    DayEntry,
    forget_year,
    office_calendar,
    package_data,
    save_year,
    year_entries,
)
from anjia_desk.services.context import Actor

SH = ZoneInfo("Asia/Shanghai")


def test_package_year_knows_holidays_and_make_up_saturday(session):
    cal = office_calendar(session)
    assert cal.year_source(2026) is YearSource.PACKAGE
    assert not cal.is_working_day(date(2026, 10, 7))  # National Day holiday, a Wednesday
    assert cal.day_name(date(2026, 10, 7)) == "国庆节"
    assert cal.is_working_day(date(2026, 10, 10))  # make-up Saturday
    assert cal.day_name(date(2026, 2, 14)) == "春节"
    # A level-2 complaint taken on 30 Sep 2026 at 16:00 is due 3 working days later.
    start = datetime(2026, 9, 30, 16, 0, tzinfo=SH)
    assert cal.working_deadline(start, 3) == datetime(2026, 10, 10, 16, 0, tzinfo=SH)  # make-up Sat


def test_unknown_year_falls_back_and_says_so(session):
    cal = office_calendar(session)
    assert cal.year_source(2027) is YearSource.FALLBACK
    assert cal.fallback_years([2026, 2027]) == [2027]
    assert cal.is_working_day(date(2027, 10, 1))  # a Friday: no holiday known yet
    source, entries = year_entries(session, 2027)
    assert source is YearSource.FALLBACK and entries == []


def test_edited_year_overrides_and_is_audited(session, system):
    days = [
        DayEntry(date(2027, 10, 1), False, "国庆节"),
        DayEntry(date(2027, 10, 4), False, "国庆节"),
        DayEntry(date(2027, 9, 26), True, "国庆节调休"),  # a Sunday worked
    ]
    save_year(session, system, 2027, days, note="按国务院通知录入")
    cal = office_calendar(session)
    assert cal.year_source(2027) is YearSource.EDITED
    assert not cal.is_working_day(date(2027, 10, 1))
    assert cal.is_working_day(date(2027, 9, 26))
    source, entries = year_entries(session, 2027)
    assert source is YearSource.EDITED
    assert [e.day for e in entries] == [date(2027, 9, 26), date(2027, 10, 1), date(2027, 10, 4)]
    # Saving again replaces the year's days.
    save_year(session, system, 2027, days[:1], note="改过")
    assert [e.day for e in year_entries(session, 2027)[1]] == [date(2027, 10, 1)]
    created = session.scalars(
        select(AuditEntry).where(
            AuditEntry.entity == "calendar_days", AuditEntry.action == "create"
        )
    ).all()
    assert len(created) == 4 and created[0].actor == "system"


def test_an_edited_package_year_replaces_the_package(session, system):
    save_year(session, system, 2026, [DayEntry(date(2026, 6, 1), False, "公司假日")])
    cal = office_calendar(session)
    assert cal.is_working_day(date(2026, 10, 7))  # the package's holiday no longer applies
    assert not cal.is_working_day(date(2026, 6, 1))
    forget_year(session, system, 2026)
    cal = office_calendar(session)
    assert cal.year_source(2026) is YearSource.PACKAGE
    assert not cal.is_working_day(date(2026, 10, 7))
    assert cal.is_working_day(date(2026, 6, 1))


def test_package_year_entries_are_listed(session):
    source, entries = year_entries(session, 2026)
    assert source is YearSource.PACKAGE
    assert DayEntry(date(2026, 10, 10), True, "国庆节") in entries
    assert entries == sorted(entries, key=lambda e: e.day)
    assert min(package_data().sources) == 2004


@pytest.mark.parametrize(
    ("year", "entry", "message"),
    [
        (1999, None, "年份应在"),
        (2027, DayEntry(date(2028, 1, 1), False, "元旦"), "不在 2027 年"),
        (2027, DayEntry(date(2027, 10, 6), True, "调休"), "本来就是工作日"),
        (2027, DayEntry(date(2027, 10, 9), False, "名" * 41), "名称太长"),
    ],
)
def test_bad_entries_are_refused(session, system, year, entry, message):
    entries = [entry] if entry else []
    with pytest.raises(ValidationError) as info:
        save_year(session, system, year, entries)
    assert message in info.value.message
    assert office_calendar(session).year_source(2027) is YearSource.FALLBACK


def test_duplicate_days_are_refused(session, system):
    entry = DayEntry(date(2027, 10, 1), False, "国庆节")
    with pytest.raises(ValidationError, match="重复"):
        save_year(session, system, 2027, [entry, entry])


def test_only_admin_and_site_manager_edit(session, system):
    from anjia_desk.services import users

    consultant = users.add_user(
        session,
        system,
        username="guwen",
        display_name="王浩",
        roles=[Role.CONSULTANT],
        password=None,
    )
    manager = users.add_user(
        session,
        system,
        username="jingli",
        display_name="黄经理",
        roles=[Role.SITE_MANAGER],
        password=None,
    )
    as_consultant = Actor(consultant.id, "guwen", "王浩", consultant.roles)
    with pytest.raises(PermissionDenied):
        save_year(session, as_consultant, 2027, [])
    with pytest.raises(PermissionDenied):
        forget_year(session, as_consultant, 2027)
    as_manager = Actor(manager.id, "jingli", "黄经理", manager.roles)
    session.info["actor"] = as_manager
    save_year(session, as_manager, 2027, [])
    assert office_calendar(session).year_source(2027) is YearSource.EDITED
    entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "calendar_years")).one()
    assert entry.actor == "黄经理" and entry.entity_id is not None
