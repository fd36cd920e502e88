"""Report periods in office days, and the values a report is made of."""

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from anjia_desk.core.report_periods import (
    MAX_DAYS,
    ReportRange,
    Span,
    check_custom,
    forecast_months,
    forecast_weeks,
    midnight,
    range_for,
    weeks_between,
)
from anjia_desk.core.report_values import ColumnKind, Ratio, cell_text

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_spans_on_a_wednesday():
    today = date(2026, 12, 9)
    assert range_for(Span.TODAY, today, SHANGHAI).days == [today]
    week = range_for(Span.WEEK, today, SHANGHAI)
    assert (week.first, week.last) == (date(2026, 12, 7), today)
    month = range_for(Span.MONTH, today, SHANGHAI)
    assert (month.first, month.last, month.label) == (
        date(2026, 12, 1),
        today,
        "2026-12-01 至 2026-12-09",
    )
    custom = range_for(Span.CUSTOM, today, SHANGHAI, first=date(2026, 1, 1), last=date(2026, 1, 31))
    assert len(custom.days) == 31
    with pytest.raises(ValueError):
        range_for(Span.CUSTOM, today, SHANGHAI)
    assert [s.label for s in Span] == ["今天", "本周", "本月", "自定义"]


def test_a_monday_week_is_only_today_and_bounds_are_office_midnights():
    monday = date(2026, 12, 7)
    week = range_for(Span.WEEK, monday, SHANGHAI)
    assert week.days == [monday]
    assert week.start == datetime(2026, 12, 6, 16, 0, tzinfo=UTC)
    assert week.end == datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
    assert midnight(monday, ZoneInfo("UTC")) == datetime(2026, 12, 7, tzinfo=UTC)
    assert week.as_of(date(2026, 12, 20)) == monday
    assert ReportRange(monday, date(2026, 12, 31), SHANGHAI).as_of(date(2026, 12, 9)) == date(
        2026, 12, 9
    )
    with pytest.raises(ValueError):
        ReportRange(monday, date(2026, 12, 1), SHANGHAI)


def test_custom_range_errors_by_field():
    assert check_custom(None, date(2026, 1, 1)) == {"first": "请选择开始日期"}
    assert check_custom(date(2026, 1, 1), None) == {"last": "请选择结束日期"}
    assert check_custom(date(2026, 1, 2), date(2026, 1, 1)) == {"last": "结束日期不能早于开始日期"}
    assert "最长" in check_custom(date(2025, 1, 1), date(2026, 12, 31))["last"]
    assert check_custom(date(2026, 1, 1), date(2026, 1, 1)) == {}
    assert MAX_DAYS >= 366


def test_weeks_and_forecast_windows():
    assert weeks_between(date(2026, 12, 1), date(2026, 12, 31)) == [
        date(2026, 11, 30),
        date(2026, 12, 7),
        date(2026, 12, 14),
        date(2026, 12, 21),
        date(2026, 12, 28),
    ]
    weeks = forecast_weeks(date(2026, 12, 9))
    assert weeks[0] == (date(2026, 12, 9), date(2026, 12, 15))
    assert weeks[-1] == (date(2026, 12, 30), date(2027, 1, 5))
    assert forecast_months(date(2026, 12, 9)) == [
        (date(2026, 12, 9), date(2026, 12, 31)),
        (date(2027, 1, 1), date(2027, 1, 31)),
        (date(2027, 2, 1), date(2027, 2, 28)),
    ]


def test_ratio_and_cells():
    assert Ratio(1, 3).value == Decimal("0.3333") and Ratio(1, 3).text == "33.3%"
    assert Ratio(2, 0).value is None and Ratio(2, 0).text == "—"
    assert Ratio(1, 8).text == "12.5%"
    assert cell_text(Decimal("1234567.5"), ColumnKind.MONEY) == "1,234,567.50"
    assert cell_text(Decimal("2.25"), ColumnKind.NUMBER) == "2.3"
    assert cell_text(None, ColumnKind.COUNT) == ""
    assert cell_text(Ratio(0, 4), ColumnKind.RATIO) == "0.0%"
    assert cell_text(12, ColumnKind.COUNT) == "12"
