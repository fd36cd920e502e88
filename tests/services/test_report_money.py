"""The money reports (issue 19): 回款（按周）, 应收账龄, 催款阶段 and 回款预测 against a hand-built
office — receipts in and out of the range (a voided one, one on its last day, one with no deal),
installments overdue by each bucket's edge days, a 定金 and a 按揭 past due, a cancelled deal, an
undated installment, dunning letters at each stage (a voided one, one after the snapshot), and
installments due in each forecast window and beyond — on both engines; a consultant's own scope;
the aging buckets agree with services.receivables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Aging, Nature, PaymentMethod, Stage
from anjia_desk.core.errors import NotFound, PermissionDenied
from anjia_desk.core.plans import UNDATED
from anjia_desk.core.report_values import DrillTarget, ReportTable
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Deal, DunningLetter, Project, Receipt
from anjia_desk.services import report_drills
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import ReceivableQuery
from anjia_desk.services.receivables import receivables
from anjia_desk.services.reports import compute_report, drill_report
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.test_payments import PlanRow, make_deal

# Monday 2026-12-07 10:00 in Shanghai.
NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
TODAY = date(2026, 12, 7)
D = Decimal


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@dataclass
class Office:
    project: Project
    a: Actor  # consultant 甲: D1, D2, D5, D7, D9
    b: Actor  # consultant 乙: D3, D4, D6, D8
    finance: Actor
    deals: dict[str, Deal]


def _plan(*rows: tuple[Nature, date, str]) -> tuple[PlanRow, ...]:
    return tuple(
        (nature, f"第{n}期", due, D(amount)) for n, (nature, due, amount) in enumerate(rows, 1)
    )


def _receipt(
    session: Session, office_project: Project, number: int, deal: Deal | None, nature: Nature,
    amount: str, paid_on: date, *, voided: bool = False,
) -> None:  # fmt: skip
    session.add(
        Receipt(
            project_id=office_project.id,
            number=number,
            deal_id=deal.id if deal else None,
            customer_id=deal.customer_id if deal else None,
            payer="交款人",
            nature=nature,
            amount=D(amount),
            paid_on=paid_on,
            voided_at=NOW if voided else None,
            void_reason="录错" if voided else "",
        )
    )


def _letter(
    session: Session, deal: Deal, number: int, stage: int, on: date, *, voided: bool = False
) -> None:
    session.add(
        DunningLetter(
            project_id=deal.project_id,
            deal_id=deal.id,
            number=number,
            stage=stage,
            letter_on=on,
            issued_at=NOW,
            voided_at=NOW if voided else None,
        )
    )


@pytest.fixture
def office(session: Session) -> Office:
    project = make_project(session)
    units = make_building(session, project, floors=5)
    a = add_actor(session, "guwen_a", "顾问甲", Role.CONSULTANT)
    b = add_actor(session, "guwen_b", "顾问乙", Role.CONSULTANT)
    finance = add_actor(session, "caiwu", "财务乙", Role.FINANCE)
    P, DOWN, DEP, LOAN = Nature.PRICE, Nature.DOWN, Nature.DEPOSIT, Nature.LOAN
    specs: dict[str, tuple[Actor, tuple[PlanRow, ...], tuple[Decimal, ...]]] = {
        "D1": (a, _plan((P, ago(1), "1000"), (P, ago(15), "1500")), ()),
        "D2": (a, _plan((DOWN, ago(16), "1600"), (P, ago(30), "3000")), (D(600),)),
        "D3": (b, _plan((P, ago(31), "3100"), (P, ago(45), "4500")), ()),
        "D4": (b, _plan((P, ago(46), "4600"), (P, ago(60), "6000")), ()),
        "D5": (a, _plan((P, ago(61), "6100"), (P, ago(90), "9000")), ()),
        "D6": (
            b,
            _plan(
                (P, ago(91), "9100"),
            ),
            (),
        ),
        "D7": (
            a,
            _plan(
                (DEP, ago(40), "500"),  # 定金未到: never overdue
                (LOAN, ago(20), "20000"),  # the bank is late: not aging
                (P, TODAY, "700"),  # due today: not yet overdue
                (P, UNDATED, "800"),  # counted from a 签约 not yet recorded
            ),
            (),
        ),
        "D8": (
            b,
            _plan(
                (P, ago(10), "5000"),
            ),
            (),
        ),  # cancelled below
        "D9": (
            a,
            _plan(
                (P, date(2026, 12, 10), "50"),  # paid in full below
                (P, date(2026, 12, 13), "200"),
                (P, date(2026, 12, 14), "300"),
                (LOAN, date(2026, 12, 20), "10000"),
                (P, date(2026, 12, 27), "400"),
                (P, date(2026, 12, 31), "500"),
                (P, date(2027, 1, 3), "600"),
                (P, date(2027, 1, 4), "700"),
                (P, date(2027, 2, 28), "800"),
                (P, date(2027, 3, 1), "900"),  # beyond every window
            ),
            (D(50),),
        ),
    }
    deals: dict[str, Deal] = {}
    for n, (name, (who, plan, paid)) in enumerate(specs.items()):
        customer = make_customer(session, f"客户{name}", f"1380000{n:04d}")
        method = PaymentMethod.COMMERCIAL if name in ("D7", "D9") else PaymentMethod.FULL
        deals[name] = make_deal(
            session, project, units[n], customer, plan, consultant=who, buyer_name=f"买方{name}",
            paid=paid, method=method,
        )  # fmt: skip
    deals["D8"].stage = Stage.CANCELLED
    deals["D8"].cancelled_at = datetime(2026, 12, 1, tzinfo=UTC)
    d1, d3 = deals["D1"], deals["D3"]
    for number, (deal, nature, amount, paid_on, voided) in enumerate(
        [
            (d1, P, "100", date(2026, 11, 17), False),  # the day before the range
            (d1, P, "200", date(2026, 11, 18), False),  # its first day
            (d3, DOWN, "300", date(2026, 11, 22), False),  # Sunday: the first week
            (None, Nature.QUEUE, "50", date(2026, 11, 24), False),  # 认筹金, no deal
            (d1, DEP, "400", date(2026, 11, 25), False),
            (d3, P, "999", date(2026, 11, 26), True),  # voided: never counts
            (d3, P, "500", date(2026, 11, 29), False),
            (d1, P, "600", date(2026, 12, 2), False),  # the range's last day
            (d3, P, "700", date(2026, 12, 3), False),  # the day after
        ],
        start=1,
    ):
        _receipt(session, project, number, deal, nature, amount, paid_on, voided=voided)
    _letter(session, deals["D1"], 1, 1, ago(1))
    _letter(session, deals["D2"], 2, 1, ago(10))
    _letter(session, deals["D2"], 3, 2, ago(1), voided=True)  # logged in error
    _letter(session, deals["D3"], 4, 1, ago(30))
    _letter(session, deals["D3"], 5, 3, ago(1))
    _letter(session, deals["D4"], 6, 1, TODAY + timedelta(days=1))  # after the snapshot
    _letter(session, deals["D5"], 7, 0, ago(110))  # the pre-notice only
    _letter(session, deals["D6"], 8, 6, ago(2))
    _letter(session, deals["D8"], 9, 2, ago(3))  # a cancelled deal
    session.flush()
    return Office(project, a, b, finance, deals)


def table(session: Session, actor: Actor, key: str, first: date, last: date) -> ReportTable:
    return compute_report(session, actor, key, first, last, now=NOW)


def rows(report: ReportTable) -> list[tuple[object, ...]]:
    return [tuple(row) for row in report.rows]


# -- 回款（按周） -------------------------------------------------------------------------------

FIRST, LAST = date(2026, 11, 18), date(2026, 12, 2)


def test_collected_by_week_and_nature(session: Session, office: Office) -> None:
    report = table(session, office.finance, "collected", FIRST, LAST)
    assert [c.label for c in report.columns] == [
        "周", "笔数", "金额", "认筹金", "定金", "首付款", "房款",
    ]  # fmt: skip
    assert rows(report) == [
        ("11-18 至 11-22", 2, D("500.00"), D("0.00"), D("0.00"), D("300.00"), D("200.00")),
        ("11-23 至 11-29", 3, D("950.00"), D("50.00"), D("400.00"), D("0.00"), D("500.00")),
        ("11-30 至 12-02", 1, D("600.00"), D("0.00"), D("0.00"), D("0.00"), D("600.00")),
    ]
    assert report.total == (
        "合计",
        6,
        D("2050.00"),
        D("50.00"),
        D("400.00"),
        D("300.00"),
        D("1300.00"),
    )
    assert report.row_keys == ("2026-11-16", "2026-11-23", "2026-11-30")
    assert report.chart.category_keys == report.row_keys
    assert report.chart.series[0].values == (500.0, 950.0, 600.0)
    assert report.drill_target is DrillTarget.DEAL
    assert report.scope_label == ""


def test_collected_drill_lists_the_deals_and_the_receipts_without_one(
    session: Session, office: Office
) -> None:
    d1, d3 = office.deals["D1"].id, office.deals["D3"].id
    week = drill_report(session, office.finance, "collected", FIRST, LAST, "2026-11-23", now=NOW)
    assert week.ids == (d3, d1)  # most money first
    assert [row[1:] for row in week.rows] == [
        ("买方D3", "顾问乙", 1, D("500.00")),
        ("买方D1", "顾问甲", 1, D("400.00")),
    ]
    assert week.notes == ("另有未关联交易的收据 1 笔（如认筹金），合计 50.00 元。",)
    assert week.more == 0
    price = drill_report(
        session, office.finance, "collected", FIRST, LAST, "2026-11-23", "nature:price", now=NOW
    )
    assert price.ids == (d3,) and price.notes == ()
    first = drill_report(session, office.finance, "collected", FIRST, LAST, "2026-11-16", now=NOW)
    assert first.ids == (d3, d1)  # 300 首付款, then 200 (the 17th is outside the range)
    assert [row[-1] for row in first.rows] == [D("300.00"), D("200.00")]
    with pytest.raises(NotFound):
        drill_report(session, office.finance, "collected", FIRST, LAST, "someday", now=NOW)


def test_a_consultant_sees_the_receipts_of_their_own_deals(
    session: Session, office: Office
) -> None:
    report = table(session, office.a, "collected", FIRST, LAST)
    assert report.scope_label == "仅本人"
    assert [c.label for c in report.columns][3:] == ["定金", "房款"]
    assert rows(report) == [
        ("11-18 至 11-22", 1, D("200.00"), D("0.00"), D("200.00")),
        ("11-23 至 11-29", 1, D("400.00"), D("400.00"), D("0.00")),
        ("11-30 至 12-02", 1, D("600.00"), D("0.00"), D("600.00")),
    ]
    assert report.total == ("合计", 3, D("1200.00"), D("400.00"), D("800.00"))
    week = drill_report(session, office.a, "collected", FIRST, LAST, "2026-11-23", now=NOW)
    assert week.ids == (office.deals["D1"].id,) and week.notes == ()


# -- 应收账龄 -----------------------------------------------------------------------------------

AGING_ROWS = [
    ("未到期", 9, 2, D("5100.00")),
    ("1–15天", 2, 1, D("2500.00")),
    ("16–30天", 2, 1, D("4000.00")),
    ("31–45天", 2, 1, D("7600.00")),
    ("46–60天", 2, 1, D("10600.00")),
    ("61–90天", 2, 1, D("15100.00")),
    ("90天以上", 1, 1, D("9100.00")),
]


def test_aging_buckets_at_their_edges(session: Session, office: Office) -> None:
    report = table(session, office.finance, "aging", date(2026, 12, 1), TODAY)
    assert report.range_label == "截至 2026-12-07"
    assert rows(report) == AGING_ROWS
    assert report.total == ("合计", 20, 8, D("54000.00"))
    assert report.row_keys == ("not_due", "1-15", "16-30", "31-45", "46-60", "61-90", ">90")
    assert report.chart.series[0].values == (
        5100.0,
        2500.0,
        4000.0,
        7600.0,
        10600.0,
        15100.0,
        9100.0,
    )
    assert report.notes[0].startswith("截至 2026-12-07：逾期 11 期，合计 48,900.00 元")


def test_aging_agrees_with_the_receivables_view(session: Session, office: Office) -> None:
    report = table(session, office.finance, "aging", TODAY, TODAY)
    summary = receivables(session, office.finance, ReceivableQuery(), now=NOW)
    by_key = dict(zip(report.row_keys, report.rows, strict=True))
    for bucket in Aging:
        assert by_key[bucket.value][3] == summary.by_bucket[bucket], bucket
    assert sum(summary.by_bucket.values()) == summary.total_overdue == D("48900.00")


def test_aging_of_a_past_day_and_of_a_consultant(session: Session, office: Office) -> None:
    # A week earlier, every installment 7 days less overdue (paid amounts as today's).
    past = table(session, office.finance, "aging", date(2026, 11, 1), date(2026, 11, 30))
    assert past.range_label == "截至 2026-11-30"
    assert rows(past) == [
        ("未到期", 10, 3, D("6100.00")),  # D1's 1000 due 12-06, D7's 700, D9's 4400
        ("1–15天", 2, 2, D("2500.00")),  # D1 8 days, D2 9 days
        ("16–30天", 2, 2, D("6100.00")),  # D2 23, D3 24
        ("31–45天", 2, 2, D("9100.00")),  # D3 38, D4 39
        ("46–60天", 2, 2, D("12100.00")),  # D4 53, D5 54
        ("61–90天", 2, 2, D("18100.00")),  # D5 83, D6 84
        ("90天以上", 0, 0, D("0.00")),
    ]
    assert past.total == ("合计", 20, 8, D("54000.00"))
    assert past.notes[-1] == "未付金额按今天的已收情况计算。"
    mine = table(session, office.a, "aging", TODAY, TODAY)
    assert mine.scope_label == "仅本人"
    assert rows(mine) == [
        ("未到期", 9, 2, D("5100.00")),
        ("1–15天", 2, 1, D("2500.00")),
        ("16–30天", 2, 1, D("4000.00")),
        ("31–45天", 0, 0, D("0.00")),
        ("46–60天", 0, 0, D("0.00")),
        ("61–90天", 2, 1, D("15100.00")),
        ("90天以上", 0, 0, D("0.00")),
    ]
    assert mine.total == ("合计", 15, 5, D("26700.00"))


def test_aging_drill_lists_the_installments(session: Session, office: Office) -> None:
    d = office.deals
    edge = drill_report(session, office.finance, "aging", TODAY, TODAY, "61-90", now=NOW)
    assert edge.ids == (d["D5"].id, d["D5"].id)
    assert [(row[3], row[4], row[5], row[6]) for row in edge.rows] == [
        ("第2期", ago(90).isoformat(), 90, D("9000.00")),
        ("第1期", ago(61).isoformat(), 61, D("6100.00")),
    ]
    assert edge.rows[0][:3] == ("1栋0301", "买方D5", "顾问甲")
    old = drill_report(session, office.finance, "aging", TODAY, TODAY, ">90", now=NOW)
    assert old.ids == (d["D6"].id,) and old.rows[0][5] == 91
    not_due = drill_report(session, office.finance, "aging", TODAY, TODAY, "not_due", now=NOW)
    assert not_due.ids == (d["D7"].id, *[d["D9"].id] * 8)
    assert [row[5] for row in not_due.rows] == [0] * 9
    mine = drill_report(session, office.a, "aging", TODAY, TODAY, ">90", now=NOW)
    assert mine.ids == ()
    with pytest.raises(NotFound):
        drill_report(session, office.finance, "aging", TODAY, TODAY, "1-99", now=NOW)


# -- 催款阶段 -----------------------------------------------------------------------------------


def test_dunning_stages_by_the_highest_letter_issued(session: Session, office: Office) -> None:
    report = table(session, office.finance, "dunning", TODAY, TODAY)
    assert rows(report) == [
        ("未发函", 1, D("10600.00")),  # D4: its letter is dated after the snapshot
        ("预通知", 1, D("15100.00")),  # D5
        ("第1阶段", 2, D("6500.00")),  # D1, and D2 (its 第2阶段 letter voided)
        ("第2阶段", 0, D("0.00")),
        ("第3阶段", 1, D("7600.00")),  # D3
        ("第4阶段", 0, D("0.00")),
        ("第5阶段", 0, D("0.00")),
        ("付款催告函", 1, D("9100.00")),  # D6
    ]
    assert report.total == ("合计", 6, D("48900.00"))
    assert report.row_keys == ("-1", "0", "1", "2", "3", "4", "5", "6")
    assert report.chart.series[0].values == (1.0, 1.0, 2.0, 0.0, 1.0, 0.0, 0.0, 1.0)
    first = drill_report(session, office.finance, "dunning", TODAY, TODAY, "1", now=NOW)
    assert first.ids == (office.deals["D2"].id, office.deals["D1"].id)  # most owed first
    assert [row[3:] for row in first.rows] == [
        (ago(30).isoformat(), 30, D("4000.00")),
        (ago(15).isoformat(), 15, D("2500.00")),
    ]
    none = drill_report(session, office.finance, "dunning", TODAY, TODAY, "-1", now=NOW)
    assert none.ids == (office.deals["D4"].id,)
    with pytest.raises(NotFound):
        drill_report(session, office.finance, "dunning", TODAY, TODAY, "7", now=NOW)


def test_dunning_of_a_consultant(session: Session, office: Office) -> None:
    report = table(session, office.a, "dunning", TODAY, TODAY)
    assert [(row[0], row[1], row[2]) for row in report.rows if row[1]] == [
        ("预通知", 1, D("15100.00")),
        ("第1阶段", 2, D("6500.00")),
    ]
    assert report.total == ("合计", 3, D("21600.00"))


# -- 回款预测 -----------------------------------------------------------------------------------


def test_forecast_windows(session: Session, office: Office) -> None:
    report = table(session, office.finance, "forecast", date(2026, 12, 1), date(2026, 12, 31))
    assert report.range_label == "2026-12-07 起"
    assert rows(report) == [
        ("第1周 12-07至12-13", 2, D("900.00"), D("0.00")),
        ("第2周 12-14至12-20", 2, D("10300.00"), D("10000.00")),
        ("第3周 12-21至12-27", 1, D("400.00"), D("0.00")),
        ("第4周 12-28至01-03", 2, D("1100.00"), D("0.00")),
        ("12月", 6, D("12100.00"), D("10000.00")),
        ("2027年1月", 2, D("1300.00"), D("0.00")),
        ("2027年2月", 1, D("800.00"), D("0.00")),
        ("已逾期未收", 13, D("69400.00"), D("20000.00")),
    ]
    assert report.total is None  # weeks and months overlap
    assert report.row_keys == ("w1", "w2", "w3", "w4", "m1", "m2", "m3", "overdue")
    assert report.chart.category_keys == ("w1", "w2", "w3", "w4", "m1", "m2", "m3")
    assert report.chart.series[0].values == (900.0, 10300.0, 400.0, 1100.0, 12100.0, 1300.0, 800.0)


def test_forecast_drill_and_scope(session: Session, office: Office) -> None:
    d7, d9 = office.deals["D7"].id, office.deals["D9"].id
    first = drill_report(session, office.finance, "forecast", TODAY, TODAY, "w1", now=NOW)
    assert first.ids == (d7, d9)
    assert [(row[4], row[5], row[6]) for row in first.rows] == [
        ("2026-12-07", D("700.00"), ""),
        ("2026-12-13", D("200.00"), ""),
    ]
    loans = drill_report(session, office.finance, "forecast", TODAY, TODAY, "m1", "loans", now=NOW)
    assert loans.ids == (d9,) and loans.rows[0][5:] == (D("10000.00"), "是")
    late = drill_report(session, office.finance, "forecast", TODAY, TODAY, "overdue", now=NOW)
    assert len(late.ids) == 13 and late.ids[0] == office.deals["D6"].id
    with pytest.raises(NotFound):
        drill_report(session, office.finance, "forecast", TODAY, TODAY, "w9", now=NOW)
    theirs = table(session, office.b, "forecast", TODAY, TODAY)
    assert theirs.scope_label == "仅本人"
    assert [row[1:] for row in theirs.rows][-1] == (5, D("27300.00"), D("0.00"))  # D3, D4, D6
    assert [row[1] for row in theirs.rows[:-1]] == [0] * 7


def test_money_reports_need_a_report_right(session: Session, office: Office) -> None:
    cashier = add_actor(session, "chuna", "出纳甲", Role.CASHIER)
    with pytest.raises(PermissionDenied):
        table(session, cashier, "aging", TODAY, TODAY)


def test_a_long_drill_is_cut_and_says_how_many_were_left_out(
    session: Session, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_drills, "DRILL_LIMIT", 3)
    cut = drill_report(session, office.finance, "aging", TODAY, TODAY, "not_due", now=NOW)
    assert cut.ids == (office.deals["D7"].id, office.deals["D9"].id, office.deals["D9"].id)
    assert [row[4] for row in cut.rows] == ["2026-12-07", "2026-12-13", "2026-12-14"]
    assert cut.more == 6
