"""认购与退房 reports (issue 19): 认购未签约 by days left (a snapshot as of the range's last day
or today) and the refunds of the range — the rate, the reasons, the share within 72 hours, 退定
apart — against the hand-built office of tests/sales_report_data.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.errors import NotFound, PermissionDenied
from anjia_desk.core.report_values import ChartKind, DrillTarget, Ratio
from anjia_desk.services import reports
from anjia_desk.services.report_base import Scope, range_of
from anjia_desk.services.report_refunds import SPECS, refund_figures
from tests.sales_report_data import FIRST, LAST, NOW, Office, build


@pytest.fixture
def office(session: Session) -> Office:
    return build(session)


def _compute(session: Session, office: Office, key: str, actor: str = "manager", **days: date):
    first, last = days.get("first", FIRST), days.get("last", LAST)
    return reports.compute_report(session, getattr(office, actor), key, first, last, now=NOW)


def _drill(
    session: Session, office: Office, key: str, row: str, series: str | None = None, **days: date
):
    first, last = days.get("first", FIRST), days.get("last", LAST)
    return reports.drill_report(session, office.manager, key, first, last, row, series, now=NOW)


def test_the_module_registers_its_two_reports():
    assert [(s.key, s.title, s.group, s.snapshot) for s in SPECS] == [
        ("unsigned", "认购未签约", "认购与退房", True),
        ("refunds", "退房分析", "认购与退房", False),
    ]


def test_unsigned_by_days_left_as_of_the_last_day(session: Session, office: Office):
    table = _compute(session, office, "unsigned")
    assert table.range_label == "截至 2026-12-07"
    assert table.row_keys == ("overdue", "0-3", "4-7", "8-15", "16+")
    assert table.rows == (
        ("已逾期", 1, Decimal("1100000.00")),  # d6: deadline 12-05
        ("0–3 天", 1, Decimal("700000.00")),  # d7: 12-10, 3 days (signed only on 12-08)
        ("4–7 天", 1, Decimal("1200000.00")),  # d3: 12-14, 7 days (认购 at 23:30 on 12-07)
        ("8–15 天", 0, Decimal("0.00")),
        ("16 天以上", 0, Decimal("0.00")),
    )
    assert table.total == ("合计", 3, Decimal("3000000.00"))
    assert table.chart.kind is ChartKind.BAR
    assert table.chart.series[0].values == (1.0, 1.0, 1.0, 0.0, 0.0)
    assert table.notes[0].startswith("截至 2026-12-07 已认购、尚未签约")


def test_unsigned_is_a_snapshot_of_its_day(session: Session, office: Office):
    # As of 12-04: d1 (signed on 12-05) still unsigned, 5 days left; d6 1 day left; d2 signed
    # 12-04 14:00 and d5's 退定 that morning are out.
    earlier = _compute(session, office, "unsigned", last=date(2026, 12, 4))
    assert earlier.range_label == "截至 2026-12-04"
    assert [row[1] for row in earlier.rows] == [0, 1, 1, 0, 0]
    assert earlier.rows[2][2] == Decimal("1000000.00")
    # A range running past today is taken as of today (12-08): d7 signed that morning.
    today = _compute(session, office, "unsigned", last=date(2026, 12, 31))
    assert today.range_label == "截至 2026-12-08"
    assert [row[1] for row in today.rows] == [1, 0, 1, 0, 0]  # d6 overdue, d3 6 days left


def test_unsigned_drill(session: Session, office: Office):
    deals = {key: deal.id for key, deal in office.deals.items()}
    overdue = _drill(session, office, "unsigned", "overdue")
    assert overdue.target is DrillTarget.DEAL
    assert overdue.ids == (deals["d6"],)
    assert [c.label for c in overdue.columns] == [
        "房源", "买受人", "手机", "顾问", "成交价", "认购日", "签约截止", "剩余天数",
    ]  # fmt: skip
    assert overdue.rows == (
        ("1栋0302", "李二", "138****0002", "王顾问", Decimal("1100000.00"), "2026-11-25",
         "2026-12-05", -2),
    )  # fmt: skip
    assert _drill(session, office, "unsigned", "0-3").rows[0][-1] == 3
    week = _drill(session, office, "unsigned", "4-7")
    assert week.ids == (deals["d3"],)
    assert week.rows[0][1:3] == ("（已申请删除）", "")
    assert week.rows[0][5] == "2026-12-07"  # subscribed at 23:30 office time
    assert _drill(session, office, "unsigned", "16+").ids == ()
    assert _drill(session, office, "unsigned", "4-7", last=date(2026, 12, 4)).ids == (deals["d1"],)
    with pytest.raises(NotFound):
        _drill(session, office, "unsigned", "30+")


def test_refunds_by_reason_with_the_rate_and_the_72_hour_share(session: Session, office: Office):
    table = _compute(session, office, "refunds")
    assert [c.label for c in table.columns] == [
        "原因类型",
        "退房数",
        "占比（÷本期退房）",
        "签约后72小时内",
    ]
    # Most first; ties keep the reason types' own order; 未填写 only because d4 has none.
    assert table.row_keys == ("family", "none", "funds", "competitor", "regret", "statutory")
    assert table.rows == (
        ("家庭反对型", 1, Ratio(1, 2), 1),  # d2, within 72 hours of 签约
        ("未填写", 1, Ratio(1, 2), 0),  # d4's 解约
        ("资金压力型", 0, Ratio(0, 2), 0),  # d8's 退房 is on 12-08, after the range
        ("竞品对比型", 0, Ratio(0, 2), 0),
        ("纯粹后悔型", 0, Ratio(0, 2), 0),  # d5's 退定 is not a 退房
        ("法定解除", 0, Ratio(0, 2), 0),
    )
    assert table.total == ("合计", 2, Ratio(2, 2), 1)
    assert table.notes[:3] == (
        "退房率 100.0%（本期退房 2 ÷ 本期签约 2）",
        "签约后72小时内退房占 50.0%（72小时内 1 ÷ 本期退房 2）",
        "本期退定 1 宗（未签约，不计入退房）",
    )
    assert table.chart.kind is ChartKind.BAR
    assert [s.key for s in table.chart.series] == ["count", "within_72h"]
    assert table.chart.series[1].values == (1.0, 0.0, 0.0, 0.0, 0.0, 0.0)


def test_refund_figures_over_a_longer_range(session: Session, office: Office):
    # November to 12-08: 签约 d4 (11-05), d2, d1, d7 (12-08); 退房 d2, d4, d8 (资金压力型); 退定 d5.
    rng = range_of(session, date(2026, 11, 1), date(2026, 12, 8))
    figures = refund_figures(session, Scope(None), rng)
    assert figures.per_reason == {"family": (1, 1), "none": (1, 0), "funds": (1, 0)}
    assert (figures.refunded, figures.signed, figures.unsubscribed) == (3, 4, 1)
    assert figures.rate == Ratio(3, 4)
    assert figures.early_share == Ratio(1, 3)
    assert figures.early_share.text == "33.3%"


def test_refunds_drill(session: Session, office: Office):
    deals = {key: deal.id for key, deal in office.deals.items()}
    family = _drill(session, office, "refunds", "family")
    assert family.target is DrillTarget.DEAL
    assert family.ids == (deals["d2"],)
    assert family.rows[0][-3:] == ("2026-12-06 10:00", "家庭反对型", "是")
    assert _drill(session, office, "refunds", "family", "within_72h").ids == (deals["d2"],)
    assert _drill(session, office, "refunds", "none").ids == (deals["d4"],)
    assert _drill(session, office, "refunds", "none", "within_72h").ids == ()
    assert _drill(session, office, "refunds", "funds").ids == ()
    unsubscribed = _drill(session, office, "refunds", "unsubscribed")
    assert unsubscribed.ids == (deals["d5"],)
    assert unsubscribed.rows[0][-3:] == ("2026-12-04 10:00", "纯粹后悔型", "否")
    with pytest.raises(NotFound):
        _drill(session, office, "refunds", "price")


def test_a_consultant_sees_their_own_refunds_and_unsigned_deals(session: Session, office: Office):
    own = _compute(session, office, "refunds", "c1")
    assert own.scope_label == "仅本人"
    assert own.total == ("合计", 1, Ratio(1, 1), 1)  # d2 only
    assert own.notes[:3] == (
        "退房率 50.0%（本期退房 1 ÷ 本期签约 2）",
        "签约后72小时内退房占 100.0%（72小时内 1 ÷ 本期退房 1）",
        "本期退定 1 宗（未签约，不计入退房）",
    )
    other = _compute(session, office, "refunds", "c2")
    assert other.total == ("合计", 1, Ratio(1, 1), 0)  # d4
    assert other.notes[0] == "退房率 —（本期退房 1 ÷ 本期签约 0）"
    unsigned = _compute(session, office, "unsigned", "c2")
    assert [row[1] for row in unsigned.rows] == [0, 1, 1, 0, 0]
    drill = reports.drill_report(session, office.c1, "unsigned", FIRST, LAST, "4-7", now=NOW)
    assert drill.ids == ()  # d3 is c2's
    with pytest.raises(PermissionDenied, match="查看报表"):
        _compute(session, office, "unsigned", "front")
