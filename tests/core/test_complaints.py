"""core.complaints (DOMAIN §9, issue 18): first-answer deadlines computed by hand over a holiday,
a make-up Saturday, rest-day intake, a pause over a weekend, a level change, a year the admin
entered and years only guessed; the response clocks; satisfaction; who approves money."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anjia_desk.core.calendar import CalendarData, OfficeCalendar, YearSource
from anjia_desk.core.complaints import (
    EARLIEST_DUE,
    Channel,
    Level,
    Liable,
    Nature,
    Pause,
    Payment,
    add_working_time,
    approvers,
    first_answer_due,
    needs_contractor_proof,
    response_due,
    return_visit_due,
    satisfaction,
    time_left,
    working_time,
)
from anjia_desk.core.roles import Role

# An office calendar written out by hand: National Day 10-01..10-07 off, the Sunday before and
# the Saturday after worked (调休); 2026 and 2027 entered, every other year guessed Mon–Fri.
HOLIDAYS = {date(2026, 10, d): "国庆节" for d in range(1, 8)} | {date(2027, 1, 1): "元旦"}
WORKDAYS = {date(2026, 9, 27): "国庆节调休", date(2026, 10, 10): "国庆节调休"}
CAL = OfficeCalendar(
    CalendarData(HOLIDAYS, WORKDAYS, {2026: YearSource.EDITED, 2027: YearSource.EDITED})
)
UNKNOWN_2027 = OfficeCalendar(
    CalendarData(
        {day: name for day, name in HOLIDAYS.items() if day.year == 2026},
        WORKDAYS,
        {2026: YearSource.EDITED},
    )
)


def at(month: int, day: int, hour: int = 10, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute)


def due(level: Level, intake: datetime, *pauses: Pause, cal: OfficeCalendar = CAL) -> datetime:
    return first_answer_due(
        level, intake, cal, pauses=pauses, now=intake + timedelta(days=60)
    ).due_at


def test_minor_across_the_national_day_holiday() -> None:
    # Wednesday 09-30 15:00: the next working day is Thursday 10-08.
    assert due(Level.MINOR, at(9, 30, 15)) == at(10, 8, 15)


def test_general_on_a_make_up_saturday_counts_it_as_a_working_day() -> None:
    # Saturday 10-10 is worked: it is the intake day; then Mon 12, Tue 13, Wed 14.
    assert due(Level.GENERAL, at(10, 10, 11)) == at(10, 14, 11)


def test_rest_day_intake_counts_from_nine_of_the_next_working_day() -> None:
    # Sunday 10-04 (holiday) 20:00 → from Thu 10-08 09:00: Fri 9, Sat 10 (调休), Mon 12.
    assert due(Level.GENERAL, at(10, 4, 20)) == at(10, 12, 9)
    # An ordinary weekend: Saturday 11-07 → Monday 11-09 09:00, one working day → Tue 09:00.
    assert due(Level.MINOR, at(11, 7, 16)) == at(11, 10, 9)


def test_major_is_24_clock_hours_holidays_included() -> None:
    assert due(Level.MAJOR, at(10, 1, 10)) == at(10, 2, 10)
    assert due(Level.MAJOR, at(10, 3, 22, 30)) == at(10, 4, 22, 30)


def test_a_pause_over_a_weekend_adds_only_its_working_day_time() -> None:
    # 二级 taken Thursday 11-05 10:00: due Tue 11-10 10:00 (Fri 6, Mon 9, Tue 10).
    assert due(Level.GENERAL, at(11, 5)) == at(11, 10)
    # Paused Friday 17:00 to Monday 10:00: 7 + 10 = 17 hours of working-day time.
    pause = Pause(at(11, 6, 17), at(11, 9, 10))
    assert working_time(CAL, pause.start, pause.end or pause.start) == timedelta(hours=17)
    # Tue 11-10 10:00 + 17 h: 14 h to Tuesday's midnight, 3 h into Wednesday.
    assert due(Level.GENERAL, at(11, 5), pause) == at(11, 11, 3)


def test_time_added_back_skips_rest_days() -> None:
    assert add_working_time(CAL, at(11, 6, 20), timedelta(hours=17)) == at(11, 9, 13)
    assert add_working_time(CAL, at(11, 7, 12), timedelta(hours=1)) == at(11, 9, 1)
    assert add_working_time(CAL, at(11, 6, 20), timedelta(0)) == at(11, 6, 20)


def test_a_major_pause_adds_back_its_clock_time() -> None:
    pause = Pause(at(10, 1, 12), at(10, 1, 15))
    assert due(Level.MAJOR, at(10, 1, 10), pause) == at(10, 2, 13)


def test_a_running_pause_moves_the_deadline_as_far_as_now() -> None:
    intake = at(11, 5)
    running = first_answer_due(
        Level.GENERAL, intake, CAL, pauses=[Pause(at(11, 6, 9))], now=at(11, 6, 12)
    )
    assert running.paused and running.due_at == at(11, 10, 13)


def test_a_level_change_recomputes_from_intake() -> None:
    intake = at(11, 5)
    assert due(Level.MINOR, intake) == at(11, 6)
    assert due(Level.GENERAL, intake) == at(11, 10)  # the same intake, the new level's days


def test_a_deadline_in_a_guessed_year_says_so() -> None:
    # Into 2027, entered by the admin: 01-01 is off; no warning.
    entered = first_answer_due(Level.MINOR, at(12, 31, 10), CAL, now=at(12, 31, 10))
    assert entered.due_at == at(1, 4, 10, year=2027) and entered.note == ""
    # Not entered: Monday–Friday (01-01 a Friday worked), and a note beside the date.
    guessed = first_answer_due(Level.MINOR, at(12, 31, 10), UNKNOWN_2027, now=at(12, 31, 10))
    assert guessed.due_at == at(1, 1, 10, year=2027)
    assert guessed.guessed == (2027,) and "2027 年节假日未录入" in guessed.note
    far = first_answer_due(Level.GENERAL, at(3, 1, 10, year=2099), CAL, now=at(3, 1, 10, year=2099))
    assert far.guessed == (2099,)


def test_response_clocks() -> None:
    assert response_due(Channel.ON_SITE, at(10, 1, 10), CAL) == at(10, 1, 10, 10)
    assert response_due(Channel.PHONE, at(11, 5, 14, 30), CAL) == at(11, 5, 15, 30)
    # After 21:00 on a Friday, or on a rest day: from 09:00 of the next working day.
    assert response_due(Channel.ONLINE, at(11, 6, 21, 30), CAL) == at(11, 9, 10)
    assert response_due(Channel.PHONE, at(10, 3, 11), CAL) == at(10, 8, 10)
    # Before 09:00 on a working day: from 09:00; the make-up Saturday is a working day.
    assert response_due(Channel.PHONE, at(11, 5, 7), CAL) == at(11, 5, 10)
    assert response_due(Channel.PHONE, at(10, 10, 14), CAL) == at(10, 10, 15)
    assert response_due(Channel.REFERRED, at(11, 5), CAL) is None


def test_time_left_words() -> None:
    now = at(11, 5, 10)
    assert time_left(at(11, 5, 13, 20), now) == "还剩 3 小时 20 分"
    assert time_left(at(11, 4, 8), now) == "已超时 1 天 2 小时"
    assert time_left(now, now) == "还剩 不到 1 分"


def test_levels_and_owners() -> None:
    assert [level.owner for level in Level] == [
        Role.VICE_PRESIDENT,
        Role.SITE_MANAGER,
        Role.CS_MANAGER,
    ]
    assert Level.MAJOR.label == "一级" and "24 小时" in Level.MAJOR.rule_text
    assert Channel.REFERRED.label == "外部转办"
    assert [nature.label for nature in Nature] == ["质量", "服务", "承诺"]


def test_satisfaction_and_the_return_visit() -> None:
    assert satisfaction([4, 4, 5]) == Decimal("0.87")
    assert satisfaction([4, 4, 3]) == Decimal("0.73")
    with pytest.raises(ValueError):
        satisfaction([])
    with pytest.raises(ValueError):
        satisfaction([6])
    # Executed on Wednesday 09-30: 10-08, 10-09, 10-10 (调休) are the three working days.
    assert return_visit_due(date(2026, 9, 30), CAL) == date(2026, 10, 10)


@pytest.mark.parametrize(
    ("payment", "liable", "amount", "expected"),
    [
        (Payment.LIABILITY, Liable.CONTRACTOR, "20000", (Role.CS_MANAGER,)),
        (Payment.LIABILITY, Liable.CONTRACTOR, "20000.01", (Role.CS_MANAGER, Role.VICE_PRESIDENT)),
        (Payment.LIABILITY, Liable.COMPANY, "10000", (Role.CS_MANAGER,)),
        (Payment.LIABILITY, Liable.COMPANY, "15000", (Role.CS_MANAGER, Role.VICE_PRESIDENT)),
        (Payment.GOODWILL, Liable.CONTRACTOR, "15000", (Role.CS_MANAGER, Role.VICE_PRESIDENT)),
        (Payment.GOODWILL, Liable.COMPANY, "800", (Role.CS_MANAGER,)),
    ],
)
def test_who_approves_money(
    payment: Payment, liable: Liable, amount: str, expected: tuple[Role, ...]
) -> None:
    assert approvers(payment, liable, Decimal(amount)) == expected


def test_thresholds_come_from_settings_and_the_contractors_proof() -> None:
    assert approvers(
        Payment.LIABILITY, Liable.COMPANY, Decimal("15000"), company_limit=Decimal(20000)
    ) == (Role.CS_MANAGER,)
    assert needs_contractor_proof(Payment.LIABILITY, Liable.CONTRACTOR)
    assert not needs_contractor_proof(Payment.GOODWILL, Liable.CONTRACTOR)
    assert Payment.GOODWILL.label == "补偿" and Liable.COMPANY.label == "本公司"


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)),
    st.sampled_from(list(Level)),
    st.sampled_from([None, "Asia/Shanghai", "America/New_York"]),
)
def test_no_deadline_comes_sooner_than_earliest_due(
    intake: datetime, level: Level, zone: str | None
) -> None:
    """Reports judge a case answered within EARLIEST_DUE on time without the calendar."""
    if zone is not None:
        intake = intake.replace(tzinfo=ZoneInfo(zone))
    for cal in (CAL, UNKNOWN_2027):
        deadline = first_answer_due(level, intake, cal, now=intake).due_at
        assert deadline.astimezone(UTC) - intake.astimezone(UTC) >= EARLIEST_DUE
