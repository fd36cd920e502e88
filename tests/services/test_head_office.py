"""Head office's workbooks (issue 19): the figures of 日报, 周报 and 月报 against a hand-built
office (tests/head_office_fixtures.py: every figure worked out there by hand), on both engines;
events at 23:30 and 00:30 office time count on their office day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from anjia_desk.core.deals import Aging
from anjia_desk.core.head_office import WorkbookKind, table_widths, value_names
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import ReceivableQuery
from anjia_desk.services.head_office import workbook_figures
from anjia_desk.services.receivables import receivables
from tests.head_office_fixtures import DAY, NOW, build

D = Decimal


def test_daily_counts_the_day_and_the_month_to_date(session: Session) -> None:
    build(session)
    book = workbook_figures(session, WorkbookKind.DAILY, DAY, now=NOW)
    v = book.values
    assert set(v) == set(value_names(WorkbookKind.DAILY))
    assert v["period_label"] == "2026-12-09"
    assert v["office_name"] == "安家置业（杭州）有限公司"
    assert v["produced_at"] == "2026-12-09 23:50"
    # The day: 首访 A, B (23:30), C (00:30); 复访 C; the invalid visit is left out.
    assert (v["day_visits_first"], v["day_visits_return"], v["day_visits"]) == (3, 1, 4)
    assert (v["day_subscribed_units"], v["day_subscribed_amount"]) == (1, D("1000000.00"))
    assert (v["day_signed_units"], v["day_signed_amount"]) == (1, D("1200000.00"))
    assert (v["day_collected_count"], v["day_collected_amount"]) == (1, D("200000.00"))
    assert v["day_cancelled_units"] == 1  # the 退房 of D3 (the 退定 of D4 is not one)
    assert (v["day_complaints_opened"], v["day_complaints_closed"]) == (1, 1)
    # The month: + 复访 A 12-08, 首访 B 12-01 (11-30 23:30 is November's).
    assert (v["mtd_visits_first"], v["mtd_visits_return"], v["mtd_visits"]) == (4, 2, 6)
    assert (v["mtd_subscribed_units"], v["mtd_subscribed_amount"]) == (3, D("3000000.00"))
    assert (v["mtd_signed_units"], v["mtd_signed_amount"]) == (2, D("2100000.00"))
    assert (v["mtd_collected_count"], v["mtd_collected_amount"]) == (2, D("250000.00"))
    assert v["mtd_cancelled_units"] == 1
    assert (v["mtd_complaints_opened"], v["mtd_complaints_closed"]) == (3, 1)
    # Channels: every one has 2 visits this month (ties by name).
    assert book.tables["channel_table"] == [
        ["未填写", 1, 1, 2, 1, 1, 2],
        ["渠道分销", 1, 0, 1, 2, 0, 2],
        ["自然来访", 1, 0, 1, 1, 1, 2],
    ]


def test_weekly_per_day_funnel_consultants_and_aging(session: Session) -> None:
    office = build(session)
    book = workbook_figures(session, WorkbookKind.WEEKLY, DAY, now=NOW)
    v = book.values
    assert set(v) == set(value_names(WorkbookKind.WEEKLY))
    assert set(book.tables) == set(table_widths(WorkbookKind.WEEKLY))
    assert v["period_label"] == "2026-12-07 至 2026-12-09"
    assert (v["week_visits_first"], v["week_visits_return"]) == (3, 2)
    assert (v["week_signed_units"], v["week_signed_amount"]) == (2, D("2100000.00"))
    z = D("0.00")
    assert book.tables["day_table"] == [
        ["12-07 周一", 0, 0, 0, 0, z, 0, z, z, 0, 0, 0],
        ["12-08 周二", 0, 1, 1, 0, z, 1, D("900000.00"), z, 0, 0, 0],
        ["12-09 周三", 3, 1, 4, 1, D("1000000.00"), 1, D("1200000.00"), D("200000.00"), 1, 1, 1],
    ]
    # The funnel: 来访 5 → 认购 1 → 签约 2 → 退房 1, each ÷ the stage before.
    assert [v[f"funnel_{s}_count"] for s in ("visits", "subscribed", "signed", "cancelled")] == [
        5,
        1,
        2,
        1,
    ]
    assert v["funnel_visits_rate"] is None and v["funnel_visits_amount"] is None
    assert v["funnel_cancelled_amount"] == D("900000.00")  # the refunded deal's price
    assert v["funnel_subscribed_rate"] == D("0.2000")
    assert v["funnel_signed_rate"] == D("2.0000")
    assert v["funnel_cancelled_rate"] == D("0.5000")
    assert v["funnel_signed_amount"] == D("2100000.00")
    # 李娜 signed 1,200,000, 王浩 900,000: by 签约金额.
    assert book.tables["consultant_table"] == [
        ["李娜", 1, 0, 1, D("1200000.00"), 0],
        ["王浩", 4, 1, 1, D("900000.00"), 1],
    ]
    aging = {row[0]: row[1:] for row in book.tables["aging_table"]}
    assert aging[Aging.D61_90.label] == [1, 1, D("50000.00")]
    assert aging[Aging.D1_15.label] == [0, 0, z]
    # The 应收账龄 report's rows: 按揭 (the bank's) and 定金 are not aged.
    assert next(iter(aging)) == "未到期" and aging["未到期"] == [1, 1, D("600000.00")]
    assert aging["合计"] == [2, 1, D("650000.00")]
    # The same buckets as the 应收款 view on the same day.
    summary = receivables(session, Actor.system(), ReceivableQuery(), now=NOW)
    for bucket, amount in summary.by_bucket.items():
        assert aging[bucket.label][2] == amount
    assert office.deals


def test_monthly_weeks_channels_refunds_complaints_and_forecast(session: Session) -> None:
    build(session)
    book = workbook_figures(session, WorkbookKind.MONTHLY, DAY, now=NOW)
    v = book.values
    assert set(v) == set(value_names(WorkbookKind.MONTHLY))
    assert v["period_label"] == "2026-12-01 至 2026-12-09"
    assert (v["month_visits"], v["month_signed_units"], v["month_cancelled_units"]) == (6, 2, 1)
    z = D("0.00")
    assert book.tables["week_table"] == [
        ["第1周 12-01至12-06", 1, 0, 1, 2, D("2000000.00"), 0, z, D("50000.00"), 0, 2, 0],
        ["第2周 12-07至12-09", 3, 2, 5, 1, D("1000000.00"), 2, D("2100000.00"),
         D("200000.00"), 1, 1, 1],
    ]  # fmt: skip
    # Deals by their customer's channel; visits by the visit's (the 渠道转化 report's rows).
    assert book.tables["channel_table"] == [
        ["自然来访", 2, 2, 0, 0, D("1.0000"), D("0.0000")],
        ["渠道分销", 2, 1, 1, 0, D("0.5000"), D("1.0000")],
        ["未填写", 2, 0, 1, 1, D("0.0000"), "—"],
    ]
    refunds = book.tables["refund_table"]
    assert refunds[0] == ["资金压力型", 1, D("1.0000"), 1]
    assert all(row[1] == 0 for row in refunds[1:]) and len(refunds) == 5
    assert v["refund_rate"] == D("0.5000")  # 1 退房 ÷ 2 签约
    assert v["refund_72h_share"] == D("1.0000")
    assert v["unsubscribed_units"] == 1
    assert book.tables["complaint_table"] == [
        ["一级", 1, 0, 1, 0, D("0.0000")],
        ["二级", 1, 0, 0, 1, "—"],
        ["三级", 1, 1, 0, 0, D("1.0000")],
        ["合计", 3, 1, 1, 1, D("0.5000")],
    ]
    # The rate over all levels is the 投诉统计 report's, and the table's total agrees with it.
    assert v["complaints_on_time_rate"] == D("0.5000") == book.tables["complaint_table"][-1][5]
    forecast = {row[0]: row[1:] for row in book.tables["forecast_table"]}
    assert list(forecast) == [
        "第1周 12-09至12-15",
        "第2周 12-16至12-22",
        "第3周 12-23至12-29",
        "第4周 12-30至01-05",
        "12月",
        "2027年1月",
        "2027年2月",
        "已逾期未收",
    ]
    assert forecast["第2周 12-16至12-22"] == [1, D("600000.00"), z]
    assert forecast["12月"] == [1, D("600000.00"), z]
    assert forecast["2027年1月"] == [1, D("300000.00"), D("300000.00")]
    assert forecast["2027年2月"] == [0, z, z]
    assert forecast["已逾期未收"] == [1, D("50000.00"), z]


def test_a_past_day_counts_only_up_to_it(session: Session) -> None:
    build(session)
    book = workbook_figures(session, WorkbookKind.DAILY, date(2026, 12, 8), now=NOW)
    assert (book.values["day_visits"], book.values["mtd_visits"]) == (1, 2)
    assert book.values["day_signed_amount"] == D("900000.00")


def test_the_daily_counts_agree_with_the_reports_of_the_same_range(session: Session) -> None:
    """The workbooks' own per-day counts and the 报表 section's 成交漏斗 and 来访 reports count
    the same events."""
    from anjia_desk.core.report_periods import ReportRange
    from anjia_desk.services.head_office_figures import per_day, total
    from anjia_desk.services.reports import compute_report
    from anjia_desk.services.settings import office_zone

    build(session)
    first = date(2026, 12, 1)
    figures = total(per_day(session, ReportRange(first, DAY, office_zone(session))))
    funnel = compute_report(session, Actor.system(), "funnel", first, DAY, now=NOW)
    counts = {key: row[1] for key, row in zip(funnel.row_keys, funnel.rows, strict=True)}
    assert counts == {
        "visits": figures.visits,
        "subscribed": figures.subscribed_units,
        "signed": figures.signed_units,
        "refunded": figures.cancelled_units,
    }
    assert funnel.rows[2][2] == D(figures.signed_fen).scaleb(-2)
    visits = compute_report(session, Actor.system(), "visits", first, DAY, now=NOW)
    assert visits.total is not None
    assert visits.total[1:3] == (figures.visits_first, figures.visits_return)
