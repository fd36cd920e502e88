"""The risk rule (DOMAIN §4) over gaps and streaks, and the index formula."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from anjia_desk.core.risk import Dimension, Level, Streak, high_streaks, risk_index

D = date(2026, 3, 1)


def day(n: int) -> date:
    return D + timedelta(days=n)


def test_two_consecutive_days_with_two_highs_make_one_streak() -> None:
    assert high_streaks({day(0): 2, day(1): 3}) == [Streak(day(0), day(1))]


def test_one_hot_day_alone_is_no_streak() -> None:
    assert high_streaks({day(0): 4}) == []
    assert high_streaks({}) == []


def test_a_day_with_one_high_breaks_nothing_but_does_not_count() -> None:
    assert high_streaks({day(0): 2, day(1): 1}) == []
    assert high_streaks({day(0): 1, day(1): 2, day(2): 2}) == [Streak(day(1), day(2))]


def test_a_gap_starts_a_new_streak() -> None:
    counts = {day(0): 2, day(1): 2, day(3): 2, day(4): 2}
    assert high_streaks(counts) == [Streak(day(0), day(1)), Streak(day(3), day(4))]


def test_a_growing_streak_stays_one() -> None:
    counts = {day(i): 2 for i in range(5)}
    streaks = high_streaks(counts)
    assert streaks == [Streak(day(0), day(4))]
    assert streaks[0].days == 5


def test_month_and_year_boundaries_are_consecutive_days() -> None:
    counts = {date(2025, 12, 31): 2, date(2026, 1, 1): 2}
    assert high_streaks(counts) == [Streak(date(2025, 12, 31), date(2026, 1, 1))]


def test_the_thresholds_are_parameters() -> None:
    counts = {day(0): 3, day(1): 3, day(2): 2}
    assert high_streaks(counts, signals=3) == [Streak(day(0), day(1))]
    assert high_streaks(counts, days=3) == [Streak(day(0), day(2))]
    assert high_streaks(counts, signals=3, days=3) == []
    assert high_streaks({day(0): 1}, signals=1, days=1) == [Streak(day(0), day(0))]


def test_unsorted_input() -> None:
    counts = {day(4): 2, day(0): 2, day(3): 2, day(1): 2}
    assert high_streaks(counts) == [Streak(day(0), day(1)), Streak(day(3), day(4))]


def test_index_is_100_times_low_over_all_marks_of_the_last_seven_days() -> None:
    today = day(10)
    marks = [
        (today, Level.LOW),
        (today, Level.HIGH),
        (day(4), Level.LOW),  # the 7th day back, today included
        (day(3), Level.HIGH),  # 8 days back: outside
    ]
    assert risk_index(marks, today=today) == 67  # 2 of 3, half up
    assert risk_index([(today, "low")], today=today) == 100
    assert risk_index([(today, "high")], today=today) == 0


def test_index_is_blank_without_marks_in_the_window() -> None:
    today = day(10)
    assert risk_index([], today=today) is None
    assert risk_index([(day(0), Level.LOW)], today=today) is None
    assert risk_index([(day(11), Level.LOW)], today=today) is None  # future marks do not count


def test_index_rounds_half_up() -> None:
    today = day(10)
    marks = [(today, Level.LOW)] + [(today, Level.HIGH)] * 7  # 12.5
    assert risk_index(marks, today=today) == 13


def test_labels() -> None:
    assert Dimension.FUNDING.label == "资金准备"
    assert Dimension.COMMUNICATION.high_text.startswith("回复延迟")
    assert Dimension.COMPANIONS.low_text == "家人认可"
    assert Level.HIGH.label == "高风险"
    with pytest.raises(ValueError):
        Level("medium")
