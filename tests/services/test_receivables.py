"""应收款: outstanding installments of live deals, overdue days and aging buckets, the 按揭
exception, the penalty with partial payments before and after the due date, filters, totals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Aging, Nature, PaymentMethod
from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.roles import PERMISSIONS, Action, Role
from anjia_desk.db.models import Deal, Project, Unit
from anjia_desk.services import payments
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import ReceivableQuery, ReceivableSummary
from anjia_desk.services.receivables import BUCKET_DAYS, receivables
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.test_payments import installments, make_deal

# 2026-03-10 10:00 in Shanghai.
NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
TODAY = date(2026, 3, 10)


@dataclass
class Office:
    project: Project
    other_project: Project
    units: list[Unit]
    consultant: Actor
    cashier: Actor
    finance: Actor
    a: Deal  # full payment, 首付款 partly paid before and after its due date
    b: Deal  # commercial loan: 首付款 99 days overdue, 按揭款 late with the bank


def pay(session: Session, cashier: Actor, deal: Deal, seq: int, amount: str, paid_on: date) -> int:
    installment = installments(session, deal)[seq - 1]
    return payments.record_payment(
        session,
        cashier,
        amount=Decimal(amount),
        nature=Nature(installment.nature),
        payer=deal.buyer_name,
        method="转账",
        paid_on=paid_on,
        deal_id=deal.id,
        installment_id=installment.id,
        now=NOW,
    )


@pytest.fixture
def office(session: Session) -> Office:
    project = make_project(session)
    other = make_project(session, "安家·二期")
    units = make_building(session, project)
    other_units = make_building(session, other, "9栋")
    consultant = add_actor(session, "guwen", "顾问甲", Role.CONSULTANT)
    cashier = add_actor(session, "chuna", "出纳甲", Role.CASHIER)
    finance = add_actor(session, "caiwu", "财务乙", Role.FINANCE)
    wang = make_customer(session, "王建国", "13800001111")
    li = make_customer(session, "李小龙", "13800002222")
    a = make_deal(
        session, project, units[0], wang,
        (
            (Nature.DEPOSIT, "定金", date(2026, 2, 1), Decimal("50000.00")),
            (Nature.DOWN, "首付款", date(2026, 2, 8), Decimal("300000.00")),
            (Nature.PRICE, "房款", date(2026, 3, 31), Decimal("400000.00")),
            (Nature.PRICE, "尾款", date(2026, 3, 10), Decimal("10000.00")),  # due today
        ),
        consultant=consultant,
    )  # fmt: skip
    pay(session, cashier, a, 1, "50000", date(2026, 2, 1))
    pay(session, cashier, a, 2, "100000", date(2026, 2, 5))  # before the due date
    wrong = pay(session, cashier, a, 2, "10000", date(2026, 2, 10))
    payments.void_receipt(session, cashier, wrong, reason="重复", now=NOW)  # never counts
    pay(session, cashier, a, 2, "50000", date(2026, 2, 20))  # late
    b = make_deal(
        session, project, units[1], li,
        (
            (Nature.DEPOSIT, "定金", date(2025, 11, 1), Decimal("50000.00")),
            (Nature.DOWN, "首付款", date(2025, 12, 1), Decimal("100000.00")),
            (Nature.LOAN, "按揭款", date(2026, 2, 20), Decimal("600000.00")),
        ),
        method=PaymentMethod.COMMERCIAL,
        buyer_name="李四",
        paid=(Decimal("50000.00"),),
    )  # fmt: skip
    # Cancelled: owes nothing any more.
    gone = make_deal(
        session, project, units[2], make_customer(session, "退房客", "13800003333"),
        ((Nature.DEPOSIT, "定金", date(2026, 1, 1), Decimal("50000.00")),),
    )  # fmt: skip
    gone.cancelled_at = datetime(2026, 2, 1, tzinfo=UTC)
    # Another project, a 万分之三 contract, 9 days overdue.
    make_deal(
        session, other, other_units[0], make_customer(session, "赵六", "13800004444"),
        ((Nature.DEPOSIT, "定金", date(2026, 3, 1), Decimal("20000.00")),),
        buyer_name="赵六",
        penalty_per_10k=Decimal("3"),
    )  # fmt: skip
    session.flush()
    return Office(project, other, units, consultant, cashier, finance, a, b)


def view(session: Session, actor: Actor, **query: object) -> ReceivableSummary:
    return receivables(session, actor, ReceivableQuery(**query), now=NOW)  # type: ignore[arg-type]


def brief(summary: ReceivableSummary) -> list[tuple[object, ...]]:
    return [
        (r.buyer_name, r.name, r.outstanding, r.days_overdue, r.bucket, r.loan_late, r.penalty)
        for r in summary.rows
    ]


def test_the_whole_view(session: Session, office: Office):
    summary = view(session, office.finance)
    assert brief(summary) == [
        # 100,000 × 99 days × 5/10000
        ("李四", "首付款", Decimal("100000.00"), 99, Aging.OVER_90, False, Decimal("4950.00")),
        # 200,000 owed 02-09…02-19 (11 days), 150,000 from the late payment on 02-20 (19 days):
        # (200,000 × 11 + 150,000 × 19) × 5/10000
        ("王建国", "首付款", Decimal("150000.00"), 30, Aging.D16_30, False, Decimal("2525.00")),
        # Past due but a 按揭: a loan chase, not an overdue, no penalty.
        ("李四", "按揭款", Decimal("600000.00"), 0, None, True, Decimal(0)),
        # A 定金 9 days past its day and not in: 定金未到 — it binds only once paid (Civil Code
        # Art. 586), so it is no overdue debt: no aging, no penalty.
        ("赵六", "定金", Decimal("20000.00"), 0, None, False, Decimal(0)),
        ("王建国", "尾款", Decimal("10000.00"), 0, None, False, Decimal(0)),  # due today
        ("王建国", "房款", Decimal("400000.00"), 0, None, False, Decimal(0)),
    ]
    assert summary.as_of == TODAY
    assert summary.total_outstanding == Decimal("1280000.00")
    assert summary.total_overdue == Decimal("250000.00")
    assert summary.total_penalty == Decimal("7475.00")
    assert summary.loan_late == Decimal("600000.00")
    assert summary.by_bucket == {
        Aging.D1_15: Decimal(0),
        Aging.D16_30: Decimal("150000.00"),
        Aging.D31_45: Decimal(0),
        Aging.D46_60: Decimal(0),
        Aging.D61_90: Decimal(0),
        Aging.OVER_90: Decimal("100000.00"),
    }
    row = summary.rows[1]
    assert (row.deal_id, row.unit_label, row.consultant_name, row.nature, row.due_on) == (
        office.a.id,
        "1栋0101",
        "顾问甲",
        Nature.DOWN,
        date(2026, 2, 8),
    )
    assert (row.amount, row.paid) == (Decimal("300000.00"), Decimal("150000.00"))
    assert row.installment_id == installments(session, office.a)[1].id
    assert summary.rows[0].consultant_name == ""  # no consultant


def test_a_penalty_grows_with_each_day_and_stops_when_paid(session: Session, office: Office):
    later = receivables(session, office.finance, ReceivableQuery(), now=NOW + timedelta(days=1))
    assert later.rows[1].penalty == Decimal("2600.00")  # + 150,000 × 5/10000
    pay(session, office.cashier, office.a, 2, "150000", TODAY)
    assert [r.name for r in view(session, office.finance).rows if r.buyer_name == "王建国"] == [
        "尾款",
        "房款",
    ]


def test_filters(session: Session, office: Office):
    def names(**query: object) -> list[tuple[str, str]]:
        return [(r.buyer_name, r.name) for r in view(session, office.finance, **query).rows]

    overdue = [("李四", "首付款"), ("王建国", "首付款")]  # an unpaid 定金 is not overdue
    assert names(overdue_only=True) == overdue
    assert names(project_id=office.other_project.id) == [("赵六", "定金")]
    assert names(project_id=office.other_project.id, overdue_only=True) == []
    assert names(project_id=office.project.id, overdue_only=True) == overdue
    assert names(bucket=Aging.D16_30) == [("王建国", "首付款")]
    assert names(bucket=Aging.OVER_90) == [("李四", "首付款")]
    assert names(bucket=Aging.D31_45) == []
    assert ("李四", "按揭款") not in names(include_loans=False)
    assert len(names(include_loans=False)) == 5
    assert names(text="李四") == [("李四", "首付款"), ("李四", "按揭款")]  # the buyer
    assert names(text="小龙") == [("李四", "首付款"), ("李四", "按揭款")]  # the customer
    assert names(text="1栋0101") == [("王建国", "首付款"), ("王建国", "尾款"), ("王建国", "房款")]
    assert names(text=" 0102 ", overdue_only=True) == [("李四", "首付款")]
    assert names(text="%") == []
    totals = view(session, office.finance, bucket=Aging.D16_30)
    assert totals.total_outstanding == totals.total_overdue == Decimal("150000.00")
    assert totals.total_penalty == Decimal("2525.00") and totals.loan_late == 0


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (1, Aging.D1_15),
        (15, Aging.D1_15),
        (16, Aging.D16_30),
        (30, Aging.D16_30),
        (31, Aging.D31_45),
        (45, Aging.D31_45),
        (46, Aging.D46_60),
        (60, Aging.D46_60),
        (61, Aging.D61_90),
        (90, Aging.D61_90),
        (91, Aging.OVER_90),
        (400, Aging.OVER_90),
    ],
)
def test_aging_buckets_at_their_edges(session: Session, days: int, bucket: Aging):
    project = make_project(session)
    (unit,) = make_building(session, project, floors=1, rooms=("01",))
    due = TODAY - timedelta(days=days)
    make_deal(
        session, project, unit, make_customer(session),
        ((Nature.PRICE, "房款", due, Decimal("10000.00")),),
    )  # fmt: skip
    finance = add_actor(session, "caiwu", "财务乙", Role.FINANCE)
    (row,) = view(session, finance).rows
    assert (row.days_overdue, row.bucket) == (days, bucket)
    assert row.penalty == Decimal(10000 * days * 5) / 10000
    assert [r.bucket for r in view(session, finance, bucket=bucket).rows] == [bucket]
    for other in Aging:
        if other is not bucket:
            assert view(session, finance, bucket=other).rows == []
    low, high = BUCKET_DAYS[bucket]
    assert low <= days and (high is None or days <= high)


def test_an_empty_office(session: Session):
    finance = add_actor(session, "caiwu", "财务乙", Role.FINANCE)
    summary = view(session, finance)
    assert summary.rows == [] and summary.total_outstanding == 0 and summary.as_of == TODAY
    assert set(summary.by_bucket) == set(Aging)


@pytest.mark.parametrize("role", [r for r in Role if r not in PERMISSIONS[Action.VIEW_RECEIVABLES]])
def test_who_may_not_see_receivables(session: Session, role: Role):
    actor = add_actor(session, "someone", "某人", role)
    with pytest.raises(PermissionDenied, match="查看应收款"):
        view(session, actor)


def test_the_view_takes_two_queries(session: Session, office: Office):
    """One for the rows, one for the receipts of the overdue installments already partly paid."""
    from sqlalchemy import event

    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    engine = session.get_bind()
    session.flush()
    event.listen(engine, "before_cursor_execute", count)
    try:
        view(session, office.finance)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    selects = [s for s in statements if "installments" in s or "receipts" in s]
    assert len(selects) == 2


def test_every_figure_is_core_money_s(session: Session, office: Office):
    """The view adds and compares whole fen and day numbers for speed: each row's days, bucket,
    按揭 flag and penalty are still exactly core.money's from the installment and its receipts
    (voided ones left out), and the totals are the rows' sums."""
    from sqlalchemy import select

    from anjia_desk.core.money import (
        accrued_penalty,
        aging_bucket,
        days_overdue,
        is_overdue,
        loan_late,
    )
    from anjia_desk.db.models import Installment, Receipt

    for now in (NOW, NOW + timedelta(days=40), NOW + timedelta(days=400)):
        today = now.date()
        summary = receivables(session, office.finance, ReceivableQuery(), now=now)
        assert summary.rows
        for row in summary.rows:
            item = session.get(Installment, row.installment_id)
            assert item is not None and item.due_on == row.due_on
            receipts = session.execute(
                select(Receipt.paid_on, Receipt.amount).where(
                    Receipt.installment_id == item.id, Receipt.voided_at.is_(None)
                )
            ).all()
            deal = session.get(Deal, item.deal_id)
            assert deal is not None
            outstanding = item.amount - item.paid
            kind = Nature(item.nature)
            overdue = is_overdue(
                nature=kind, outstanding=outstanding, due_on=item.due_on, today=today
            )
            days = days_overdue(item.due_on, today) if overdue else 0
            assert (row.amount, row.paid, row.outstanding) == (item.amount, item.paid, outstanding)
            assert (row.days_overdue, row.bucket) == (days, aging_bucket(days))
            assert row.loan_late == loan_late(
                nature=kind, outstanding=outstanding, due_on=item.due_on, today=today
            )
            expected = (
                accrued_penalty(
                    amount=item.amount,
                    due_on=item.due_on,
                    payments=[(paid_on, amount) for paid_on, amount in receipts],
                    per_10k=deal.penalty_per_10k,
                    as_of=today,
                )
                if overdue
                else Decimal(0)
            )
            assert row.penalty == expected and str(row.penalty) == str(expected)
        assert summary.total_outstanding == sum(r.outstanding for r in summary.rows)
        overdue_rows = [r for r in summary.rows if r.bucket is not None]
        assert summary.total_overdue == sum(r.outstanding for r in overdue_rows)
        assert summary.total_penalty == sum(r.penalty for r in overdue_rows)
        assert summary.loan_late == sum(r.outstanding for r in summary.rows if r.loan_late)
        for bucket, amount in summary.by_bucket.items():
            assert amount == sum(r.outstanding for r in summary.rows if r.bucket is bucket)
