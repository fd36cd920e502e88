"""来访与成交 reports (issue 19): visits per day, the funnel, channels and the consultants'
leaderboard, every figure against the hand-built office of tests/sales_report_data.py, the lists
behind rows, a consultant's own scope and the refusal without a report right."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.errors import NotFound, PermissionDenied
from anjia_desk.core.report_values import ChartKind, DrillTarget, Ratio
from anjia_desk.services import report_drills, reports
from anjia_desk.services.report_base import Scope, range_of
from anjia_desk.services.report_sales import SPECS, visits
from tests.sales_report_data import FIRST, LAST, NOW, Office, build

TODAY = date(2026, 12, 8)


@pytest.fixture
def office(session: Session) -> Office:
    return build(session)


def _compute(session: Session, office: Office, key: str, actor: str = "manager"):
    return reports.compute_report(session, getattr(office, actor), key, FIRST, LAST, now=NOW)


def _drill(session: Session, office: Office, key: str, row: str, series: str | None = None):
    return reports.drill_report(session, office.manager, key, FIRST, LAST, row, series, now=NOW)


def test_the_module_registers_four_reports_in_order():
    assert [spec.key for spec in SPECS] == ["visits", "funnel", "channels", "consultants"]
    assert {spec.group for spec in SPECS} == {"来访与成交"}
    assert [spec.key for spec in reports.REPORTS][:4] == [spec.key for spec in SPECS]


def test_visits_per_day_by_kind_and_channel(session: Session, office: Office):
    table = _compute(session, office, "visits")
    assert table.title == "来访（按日）"
    assert table.range_label == "2026-12-01 至 2026-12-07"
    assert table.scope_label == ""
    assert table.drill_target is DrillTarget.CUSTOMER
    # Channels by visits (most first), ties by name: 房产门户 2, then 未填写, 老带新, 自然到访 1.
    assert [c.label for c in table.columns] == [
        "日期", "首访", "复访", "合计", "房产门户", "未填写", "老带新", "自然到访",
    ]  # fmt: skip
    assert table.row_keys == tuple(f"2026-12-0{n}" for n in range(1, 8))
    assert table.rows == (
        ("12-01 周二", 1, 0, 1, 1, 0, 0, 0),
        ("12-02 周三", 0, 0, 0, 0, 0, 0, 0),
        # v3 自然到访, v4 blank channel, v2 复访 房产门户; the invalid visit of 12-04 left out
        ("12-03 周四", 2, 1, 3, 1, 1, 0, 1),
        ("12-04 周五", 0, 0, 0, 0, 0, 0, 0),
        ("12-05 周六", 0, 0, 0, 0, 0, 0, 0),
        ("12-06 周日", 0, 0, 0, 0, 0, 0, 0),
        # 23:30 office time on the last day counts on that day (15:30 UTC)
        ("12-07 周一", 1, 0, 1, 0, 0, 1, 0),
    )
    assert table.total == ("合计", 4, 1, 5, 2, 1, 1, 1)
    chart = table.chart
    assert chart.kind is ChartKind.STACKED
    assert chart.category_keys == table.row_keys
    assert chart.categories[0] == "12-01 周二"
    assert [s.key for s in chart.series] == ["房产门户", "未填写", "老带新", "自然到访"]
    assert chart.series[0].values == (1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0)
    assert chart.series[2].values == (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    assert chart.unit == "人次"
    assert any("无效" in note for note in table.notes)
    assert any("未填写" in note for note in table.notes)


def test_visits_drill_lists_the_days_customers(session: Session, office: Office):
    a, b, c, d = (office.customers[k].id for k in "ABCD")
    day = _drill(session, office, "visits", "2026-12-03")
    assert day.target is DrillTarget.CUSTOMER
    assert day.ids == (b, c, a)  # by time: 11:00, 12:00, 15:00
    assert [col.label for col in day.columns] == [
        "客户", "手机", "首访/复访", "来访渠道", "接待顾问", "来访时间",
    ]  # fmt: skip
    assert day.rows[0] == ("李二", "138****0002", "首访", "自然到访", "王顾问", "2026-12-03 11:00")
    # C asked for erasure: counted, not named.
    assert day.rows[1] == ("（已申请删除）", "", "首访", "未填写", "李顾问", "2026-12-03 12:00")
    assert day.rows[2][2] == "复访"
    assert day.more == 0
    assert _drill(session, office, "visits", "2026-12-03", "未填写").ids == (c,)
    assert _drill(session, office, "visits", "2026-12-03", "房产门户").ids == (a,)
    late = _drill(session, office, "visits", "2026-12-07")
    assert late.ids == (d,)
    assert late.rows[0][5] == "2026-12-07 23:30"
    assert _drill(session, office, "visits", "2026-12-04").ids == ()  # the invalid visit
    with pytest.raises(NotFound):
        _drill(session, office, "visits", "2026-12-08")  # outside the range
    with pytest.raises(NotFound):
        _drill(session, office, "visits", "yesterday")


def test_funnel_counts_each_stage_in_its_own_range(session: Session, office: Office):
    table = _compute(session, office, "funnel")
    assert table.row_keys == ("visits", "subscribed", "signed", "refunded")
    assert table.columns[3].label == "转化率（本阶段÷上一阶段）"
    assert table.rows == (
        ("来访", 5, None, None),
        # d1, d5 (退定 later: still a 认购), d7, d3 (23:30 on the last day)
        ("认购", 4, Decimal("3850000.00"), Ratio(4, 5)),
        # d1 and d2 (subscribed in November)
        ("签约", 2, Decimal("1900000.00"), Ratio(2, 4)),
        # d2 退房 and d4 解约 (signed in November); d5's 退定 and d8 (12-08) are not
        ("退房", 2, Decimal("1700000.00"), Ratio(2, 2)),
    )
    assert [r[3].text for r in table.rows[1:]] == ["80.0%", "50.0%", "100.0%"]  # type: ignore[union-attr]
    assert table.total is None
    assert table.chart.kind is ChartKind.HBAR
    assert table.chart.series[0].values == (5.0, 4.0, 2.0, 2.0)
    assert any("签约÷认购" in note and "退房÷签约" in note for note in table.notes)


def test_funnel_drills_customers_for_visits_and_deals_for_the_rest(
    session: Session, office: Office
):
    a, b, c, d = (office.customers[k].id for k in "ABCD")
    deals = {key: deal.id for key, deal in office.deals.items()}
    visits_list = _drill(session, office, "funnel", "visits")
    assert visits_list.target is DrillTarget.CUSTOMER
    assert visits_list.ids == (a, b, c, a, d)
    subscribed = _drill(session, office, "funnel", "subscribed")
    assert subscribed.target is DrillTarget.DEAL
    assert subscribed.ids == (deals["d1"], deals["d5"], deals["d7"], deals["d3"])
    assert subscribed.rows[0][:6] == (
        "1栋0101", "张一", "138****0001", "王顾问", "房产门户", Decimal("1000000.00"),
    )  # fmt: skip
    assert subscribed.rows[3][1:3] == ("（已申请删除）", "")
    assert subscribed.rows[3][6] == "2026-12-07 23:30"
    assert _drill(session, office, "funnel", "signed").ids == (deals["d2"], deals["d1"])
    refunded = _drill(session, office, "funnel", "refunded")
    assert refunded.ids == (deals["d4"], deals["d2"])
    assert [col.label for col in refunded.columns][-3:] == [
        "执行时间",
        "原因类型",
        "签约后72小时内",
    ]
    assert refunded.rows[0][-3:] == ("2026-12-02 10:00", "未填写", "否")
    assert refunded.rows[1][-3:] == ("2026-12-06 10:00", "家庭反对型", "是")
    with pytest.raises(NotFound):
        _drill(session, office, "funnel", "delivered")


def test_channels_convert_visits_by_visit_channel_and_deals_by_customer_channel(
    session: Session, office: Office
):
    table = _compute(session, office, "channels")
    labels = [c.label for c in table.columns]
    assert labels[5:] == ["认购率（认购÷来访）", "签约率（签约÷认购）"]
    assert table.row_keys == ("房产门户", "未填写", "老带新", "自然到访")
    assert table.rows == (
        ("房产门户", 2, 2, 1, 0, Ratio(2, 2), Ratio(1, 2)),
        ("未填写", 1, 1, 0, 0, Ratio(1, 1), Ratio(0, 1)),
        ("老带新", 1, 1, 0, 1, Ratio(1, 1), Ratio(0, 1)),
        ("自然到访", 1, 0, 1, 1, Ratio(0, 1), Ratio(1, 0)),
    )
    assert table.rows[3][6].text == "—"  # type: ignore[union-attr]  # signed, none subscribed
    assert table.total == ("合计", 5, 4, 2, 2, Ratio(4, 5), Ratio(2, 4))
    assert table.chart.kind is ChartKind.BAR
    assert [s.label for s in table.chart.series] == ["来访", "认购", "签约"]
    assert table.chart.series[1].values == (2.0, 1.0, 1.0, 0.0)
    assert any("客户档案的来源渠道" in note for note in table.notes)


def test_channels_drill(session: Session, office: Office):
    deals = {key: deal.id for key, deal in office.deals.items()}
    every = _drill(session, office, "channels", "房产门户")
    assert every.ids == (deals["d1"], deals["d5"])
    assert [row[-1] for row in every.rows] == ["认购、签约", "认购"]
    assert [row[-2] for row in every.rows] == ["已签约", "已取消"]
    assert _drill(session, office, "channels", "房产门户", "signed").ids == (deals["d1"],)
    assert _drill(session, office, "channels", "老带新", "refunded").ids == (deals["d4"],)
    assert _drill(session, office, "channels", "未填写", "subscribed").ids == (deals["d3"],)
    visits_list = _drill(session, office, "channels", "未填写", "visits")
    assert visits_list.target is DrillTarget.CUSTOMER
    assert visits_list.ids == (office.customers["C"].id,)


def test_consultants_leaderboard(session: Session, office: Office):
    table = _compute(session, office, "consultants")
    c1, c2 = office.c1.user_id, office.c2.user_id
    assert table.row_keys == (str(c1), str(c2))  # by 签约金额
    assert [c.label for c in table.columns] == [
        "顾问",
        "接待来访",
        "认购",
        "签约",
        "签约金额",
        "退房",
    ]
    assert table.rows == (
        ("王顾问", 3, 2, 2, Decimal("1900000.00"), 1),
        ("李顾问", 2, 2, 0, Decimal("0.00"), 1),
    )
    assert table.total == ("合计", 5, 4, 2, Decimal("1900000.00"), 2)
    assert table.chart.kind is ChartKind.HBAR
    assert table.chart.unit == "万元"
    assert table.chart.series[0].values == (190.0, 0.0)
    assert table.chart.category_keys == table.row_keys


def test_consultants_drill(session: Session, office: Office):
    deals = {key: deal.id for key, deal in office.deals.items()}
    c1, c2 = str(office.c1.user_id), str(office.c2.user_id)
    every = _drill(session, office, "consultants", c1)
    assert every.title == "王顾问 本期认购、签约或退房"
    assert every.ids == (deals["d2"], deals["d1"], deals["d5"])
    assert every.rows[0][-1] == "签约、退房"
    signed = _drill(session, office, "consultants", c1, "signed_amount")
    assert signed.ids == (deals["d2"], deals["d1"])
    assert _drill(session, office, "consultants", c2, "refunded").ids == (deals["d4"],)
    received = _drill(session, office, "consultants", c2, "visits")
    assert received.ids == (office.customers["C"].id, office.customers["D"].id)
    assert _drill(session, office, "consultants", "none").ids == ()
    with pytest.raises(NotFound):
        _drill(session, office, "consultants", "王顾问")


def test_a_consultant_sees_only_their_own_figures(session: Session, office: Office):
    own = _compute(session, office, "visits", "c1")
    assert own.scope_label == "仅本人"
    assert [c.label for c in own.columns][4:] == ["房产门户", "自然到访"]
    assert own.total == ("合计", 2, 1, 3, 2, 1)
    funnel = _compute(session, office, "funnel", "c1")
    assert [row[1] for row in funnel.rows] == [3, 2, 2, 1]  # d1, d5; d1, d2; d2
    assert funnel.rows[1][2] == Decimal("1950000.00")
    leaders = _compute(session, office, "consultants", "c2")
    assert leaders.rows == (("李顾问", 2, 2, 0, Decimal("0.00"), 1),)
    channels = _compute(session, office, "channels", "c2")
    assert channels.row_keys == ("未填写", "老带新")
    # The drill keeps to the scope as well.
    c2_deals = reports.drill_report(
        session, office.c2, "funnel", FIRST, LAST, "subscribed", now=NOW
    )
    assert c2_deals.ids == (office.deals["d7"].id, office.deals["d3"].id)
    mine = reports.drill_report(session, office.c1, "visits", FIRST, LAST, "2026-12-03", now=NOW)
    assert mine.ids == (office.customers["B"].id, office.customers["A"].id)
    # Only the four report keys of this module are offered to a consultant as well.
    assert {"visits", "funnel"} <= {spec.key for spec in reports.report_specs(office.c1)}


def test_without_a_report_right_nothing_is_computed(session: Session, office: Office):
    with pytest.raises(PermissionDenied, match="查看报表"):
        _compute(session, office, "visits", "front")
    with pytest.raises(PermissionDenied, match="查看报表"):
        reports.drill_report(session, office.front, "funnel", FIRST, LAST, "visits", now=NOW)
    assert reports.report_specs(office.front) == []


def test_drills_stop_at_the_limit_and_say_how_many_more(
    session: Session, office: Office, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(report_drills, "DRILL_LIMIT", 2)
    listed = _drill(session, office, "funnel", "visits")
    assert len(listed.rows) == len(listed.ids) == 2
    assert listed.more == 3
    assert _drill(session, office, "funnel", "signed").more == 0


def test_an_empty_range_gives_zeros_and_dashes(session: Session, office: Office):
    rng = range_of(session, date(2026, 6, 1), date(2026, 6, 2))
    table = visits(session, Scope(None), rng, TODAY)
    assert table.rows == (("06-01 周一", 0, 0, 0), ("06-02 周二", 0, 0, 0))
    assert table.total == ("合计", 0, 0, 0)
    assert [s.label for s in table.chart.series] == ["来访"]
    funnel = reports.compute_report(
        session, office.manager, "funnel", date(2026, 6, 1), date(2026, 6, 2), now=NOW
    )
    assert [row[3].text if row[3] else None for row in funnel.rows] == [None, "—", "—", "—"]  # type: ignore[union-attr]
    assert (
        reports.compute_report(
            session, office.manager, "consultants", date(2026, 6, 1), date(2026, 6, 2), now=NOW
        ).rows
        == ()
    )
