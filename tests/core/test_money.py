"""Money of a deal (DOMAIN §5, §7, §12): the payment plan adds up to the price, overdue is not
loan-late, aging buckets have exact edges, the penalty accrues day by day on what is still
owed, and typed amounts read the same however they are written."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjia_desk.core.deals import Aging, Nature
from anjia_desk.core.money import (
    PlannedInstallment,
    accrued_penalty,
    accrued_penalty_fen,
    aging_bucket,
    bears_penalty,
    build_plan,
    days_overdue,
    deposit_missing,
    fen,
    is_overdue,
    loan_late,
    parse_money,
)
from anjia_desk.core.plans import PlanItem, parse_plan

D = Decimal
DAY = date(2025, 3, 1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1.005", "1.01"),
        ("1.004", "1.00"),
        ("2.5", "2.50"),
        ("-1.005", "-1.01"),
        ("0", "0.00"),
        ("1234567.895", "1234567.90"),
    ],
)
def test_fen_rounds_half_up(value: str, expected: str) -> None:
    result = fen(D(value))
    assert result == D(expected)
    assert str(result) == expected


# -- build_plan --------------------------------------------------------------------------------


def test_plan_deposit_first_then_items_with_the_deposit_deducted() -> None:
    items = parse_plan("首付款 30% 15天；按揭款 70% 60天")
    plan = build_plan(price=D("1000000"), deposit=D("50000"), subscribed_on=DAY, items=items)
    assert plan == [
        PlannedInstallment(1, "定金", Nature.DEPOSIT, DAY, D("50000")),
        PlannedInstallment(
            2, "首付款", Nature.DOWN, DAY + timedelta(days=15), D("250000.00"), days=15
        ),
        PlannedInstallment(
            3, "按揭款", Nature.LOAN, DAY + timedelta(days=60), D("700000.00"), days=60
        ),
    ]


def test_plan_last_item_takes_the_rounding_remainder() -> None:
    items = [
        PlanItem("首付款", Nature.DOWN, D("0.333"), 10),
        PlanItem("房款", Nature.PRICE, D("0.333"), 20),
        PlanItem("尾款", Nature.PRICE, D("0.334"), 30),
    ]
    plan = build_plan(price=D("1000000.01"), deposit=D("1"), subscribed_on=DAY, items=items)
    # 333000.00333 → 333000.00 (minus the deposit), 333000.00, remainder 334000.01
    assert [p.amount for p in plan] == [D("1"), D("332999.00"), D("333000.00"), D("334000.01")]
    assert [p.seq for p in plan] == [1, 2, 3, 4]
    assert [p.due_on for p in plan] == [
        DAY,
        date(2025, 3, 11),
        date(2025, 3, 21),
        date(2025, 3, 31),
    ]
    assert sum(p.amount for p in plan) == D("1000000.01")


def test_plan_deposit_covering_an_item_drops_it_and_spills_into_the_next() -> None:
    items = [
        PlanItem("首付款", Nature.DOWN, D("0.10"), 15),
        PlanItem("按揭款", Nature.LOAN, D("0.90"), 60),
    ]
    plan = build_plan(price=D("1000000"), deposit=D("150000"), subscribed_on=DAY, items=items)
    assert [(p.seq, p.name, p.amount) for p in plan] == [
        (1, "定金", D("150000")),
        (2, "按揭款", D("850000")),
    ]


def test_plan_deposit_exactly_an_item_drops_it() -> None:
    items = [
        PlanItem("首付款", Nature.DOWN, D("0.20"), 15),
        PlanItem("按揭款", Nature.LOAN, D("0.80"), 60),
    ]
    plan = build_plan(price=D("500000"), deposit=D("100000"), subscribed_on=DAY, items=items)
    assert [(p.seq, p.name) for p in plan] == [(1, "定金"), (2, "按揭款")]


def test_plan_single_full_payment() -> None:
    plan = build_plan(
        price=D("888888.88"),
        deposit=D("20000"),
        subscribed_on=DAY,
        items=parse_plan("房款 100% 30天"),
    )
    assert [(p.nature, p.amount, p.due_on) for p in plan] == [
        (Nature.DEPOSIT, D("20000"), DAY),
        (Nature.PRICE, D("868888.88"), date(2025, 3, 31)),
    ]


ONE = [PlanItem("房款", Nature.PRICE, D(1), 30)]


@pytest.mark.parametrize(
    ("price", "deposit", "items", "message"),
    [
        (D("100"), D("10"), [], "至少要有一个节点"),
        (D("0"), D("10"), ONE, "成交价须大于0"),
        (D("-5"), D("10"), ONE, "成交价须大于0"),
        (D("100"), D("0"), ONE, "定金须大于0"),
        (D("100"), D("-1"), ONE, "定金须大于0"),
        (D("100"), D("100.01"), ONE, "定金不能超过成交价"),
        (
            D("0.01"),
            D("0.01"),
            [PlanItem("首付款", Nature.DOWN, D("0.5"), 1)] * 2
            + [PlanItem("尾款", Nature.PRICE, D("0.000001"), 2)],
            "成交价太小",
        ),
    ],
)
def test_plan_refuses(
    price: Decimal, deposit: Decimal, items: list[PlanItem], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        build_plan(price=price, deposit=deposit, subscribed_on=DAY, items=items)


@st.composite
def plan_items(draw: st.DrawFn) -> list[PlanItem]:
    """1–5 items whose shares (whole tenths of a percent) add up to 100%."""
    count = draw(st.integers(1, 5))
    cuts = sorted(draw(st.lists(st.integers(1, 999), min_size=count - 1, max_size=count - 1)))
    bounds = [0, *cuts, 1000]
    items = []
    for i in range(count):
        share = D(bounds[i + 1] - bounds[i]) / 1000
        nature = draw(st.sampled_from([Nature.DOWN, Nature.PRICE, Nature.LOAN]))
        items.append(PlanItem(f"节点{i}", nature, share, draw(st.integers(0, 365))))
    return items


prices = st.integers(10_000_00, 99_999_999_99).map(lambda cents: D(cents) / 100)


@given(prices, st.integers(1, 20), plan_items(), st.dates(max_value=date(2100, 1, 1)))
def test_plan_sums_to_the_price_without_negatives(
    price: Decimal, deposit_pct: int, items: list[PlanItem], subscribed_on: date
) -> None:
    deposit = fen(price * deposit_pct / 100)
    plan = build_plan(price=price, deposit=deposit, subscribed_on=subscribed_on, items=items)
    assert sum(p.amount for p in plan) == price
    assert all(p.amount > 0 for p in plan)
    assert all(p.amount == fen(p.amount) for p in plan)
    assert [p.seq for p in plan] == list(range(1, len(plan) + 1))
    assert plan[0] == PlannedInstallment(1, "定金", Nature.DEPOSIT, subscribed_on, deposit)
    assert all(p.due_on >= subscribed_on for p in plan)


# -- overdue, loan late, days, aging -----------------------------------------------------------


@pytest.mark.parametrize(
    ("nature", "outstanding", "today", "overdue", "late"),
    [
        (Nature.DOWN, D("1"), DAY + timedelta(days=1), True, False),
        (Nature.DOWN, D("1"), DAY, False, False),  # on the due date: not yet
        (Nature.DOWN, D("1"), DAY - timedelta(days=3), False, False),
        (Nature.DOWN, D("0"), DAY + timedelta(days=10), False, False),  # paid
        (Nature.PRICE, D("-0.01"), DAY + timedelta(days=10), False, False),
        # An unpaid 定金 binds nothing yet (Art. 586): 定金未到, never an overdue debt.
        (Nature.DEPOSIT, D("5"), DAY + timedelta(days=10), False, False),
        (Nature.AREA, D("5"), DAY + timedelta(days=10), True, False),
        (Nature.LOAN, D("700000"), DAY + timedelta(days=10), False, True),  # chased, not dunned
        (Nature.LOAN, D("700000"), DAY, False, False),
        (Nature.LOAN, D("0"), DAY + timedelta(days=10), False, False),
    ],
)
def test_overdue_and_loan_late(
    nature: Nature, outstanding: Decimal, today: date, overdue: bool, late: bool
) -> None:
    assert is_overdue(nature=nature, outstanding=outstanding, due_on=DAY, today=today) is overdue
    assert loan_late(nature=nature, outstanding=outstanding, due_on=DAY, today=today) is late


@pytest.mark.parametrize(
    ("nature", "outstanding", "today", "missing"),
    [
        (Nature.DEPOSIT, D("5"), DAY + timedelta(days=1), True),
        (Nature.DEPOSIT, D("5"), DAY, False),  # on its day: not yet
        (Nature.DEPOSIT, D("0"), DAY + timedelta(days=10), False),  # paid: the 认购 binds
        (Nature.DOWN, D("5"), DAY + timedelta(days=10), False),  # overdue, not a 定金
    ],
)
def test_deposit_missing(nature: Nature, outstanding: Decimal, today: date, missing: bool) -> None:
    assert deposit_missing(nature=nature, outstanding=outstanding, due_on=DAY, today=today) is (
        missing
    )


@pytest.mark.parametrize("nature", list(Nature))
def test_what_bears_a_late_penalty(nature: Nature) -> None:
    assert bears_penalty(nature) is (nature not in (Nature.LOAN, Nature.DEPOSIT))


@pytest.mark.parametrize(("offset", "days"), [(-5, 0), (0, 0), (1, 1), (31, 31), (400, 400)])
def test_days_overdue(offset: int, days: int) -> None:
    assert days_overdue(DAY, DAY + timedelta(days=offset)) == days


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (-3, None),
        (0, None),
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
        (5000, Aging.OVER_90),
    ],
)
def test_aging_bucket_edges(days: int, bucket: Aging | None) -> None:
    assert aging_bucket(days) is bucket


# -- penalty -----------------------------------------------------------------------------------


def per_day(amount: str, as_of: date, payments: list[tuple[date, Decimal]]) -> Decimal:
    """The rule written out slowly: each day, what is owed at its end × 5/10000."""
    total = D(0)
    day = DAY + timedelta(days=1)
    while day <= as_of:
        owed = D(amount) - sum((paid for on, paid in payments if on <= day), D(0))
        total += max(owed, D(0)) * 5 / 10000
        day += timedelta(days=1)
    return fen(total)


@pytest.mark.parametrize(
    ("as_of", "payments", "expected"),
    [
        (DAY - timedelta(days=1), [], "0.00"),  # before the due date
        (DAY, [], "0.00"),  # on the due date
        (DAY + timedelta(days=1), [], "50.00"),  # the day after: one day
        (DAY + timedelta(days=10), [], "500.00"),
        # paid half on day 5 (counts from that day): 4 days × 50 + 6 days × 25
        (DAY + timedelta(days=10), [(DAY + timedelta(days=5), D("50000"))], "350.00"),
        # paid in full on the due date: nothing
        (DAY + timedelta(days=10), [(DAY, D("100000"))], "0.00"),
        # paid in part before the due date: penalty on the rest only
        (DAY + timedelta(days=2), [(DAY - timedelta(days=3), D("60000"))], "40.00"),
        # paid in full on day 3, more than owed: days 1–2 only, never negative after
        (DAY + timedelta(days=10), [(DAY + timedelta(days=3), D("120000"))], "100.00"),
        # a payment after as_of does not count yet; unsorted payments are fine
        (
            DAY + timedelta(days=4),
            [(DAY + timedelta(days=9), D("100000")), (DAY + timedelta(days=2), D("10000"))],
            "185.00",
        ),
        # two payments on the same day
        (
            DAY + timedelta(days=3),
            [(DAY + timedelta(days=2), D("30000")), (DAY + timedelta(days=2), D("20000"))],
            "100.00",
        ),
    ],
)
def test_accrued_penalty(as_of: date, payments: list[tuple[date, Decimal]], expected: str) -> None:
    result = accrued_penalty(
        amount=D("100000"), due_on=DAY, payments=payments, per_10k=D("5"), as_of=as_of
    )
    assert result == D(expected)
    assert result == per_day("100000", as_of, payments)


def test_penalty_rounds_once_at_the_end() -> None:
    # 3 days × 333.33 × 5/10000 = 0.499995 → 0.50 (rounding each day would give 0.51)
    result = accrued_penalty(
        amount=D("333.33"), due_on=DAY, payments=[], per_10k=D(5), as_of=DAY + timedelta(days=3)
    )
    assert result == D("0.50")


payment_lists = st.lists(
    st.tuples(
        st.integers(-10, 200).map(lambda n: DAY + timedelta(days=n)),
        st.integers(1, 50_000_00).map(lambda cents: D(cents) / 100),
    ),
    max_size=6,
)


@given(
    st.integers(1, 200_000_00).map(lambda cents: D(cents) / 100),
    payment_lists,
    st.sampled_from([D("0"), D("1"), D("2.1"), D("5"), D("10")]),
    st.integers(-5, 200),
    st.integers(0, 60),
)
def test_penalty_is_monotone_in_as_of(
    amount: Decimal,
    payments: list[tuple[date, Decimal]],
    per_10k: Decimal,
    first: int,
    later: int,
) -> None:
    def at(offset: int) -> Decimal:
        return accrued_penalty(
            amount=amount,
            due_on=DAY,
            payments=payments,
            per_10k=per_10k,
            as_of=DAY + timedelta(days=offset),
        )

    early, late = at(first), at(first + later)
    assert D(0) <= early <= late
    unpaid = accrued_penalty(
        amount=amount, due_on=DAY, payments=[], per_10k=per_10k, as_of=DAY + timedelta(days=first)
    )
    assert early <= unpaid


@given(
    st.integers(1, 200_000_00),
    st.lists(st.tuples(st.integers(-10, 200), st.integers(1, 50_000_00)), max_size=6),
    st.sampled_from(["0", "0.5", "1", "2.1", "5", "10", "33.33"]),
    st.integers(-5, 400),
)
def test_penalty_in_fen_is_the_decimal_penalty_to_the_fen(
    amount: int, payments: list[tuple[int, int]], per_10k: str, as_of: int
) -> None:
    """The 应收款 view's whole-number penalty (fen, day ordinals, hundredths of ‱) is the same
    figure as accrued_penalty, rounding half-up included."""
    due = DAY.toordinal()
    expected = accrued_penalty(
        amount=D(amount) / 100,
        due_on=DAY,
        payments=[(DAY + timedelta(days=n), D(cents) / 100) for n, cents in payments],
        per_10k=D(per_10k),
        as_of=DAY + timedelta(days=as_of),
    )
    fen = accrued_penalty_fen(
        amount=amount,
        due=due,
        payments=[(due + n, cents) for n, cents in payments],
        per_10k=int(D(per_10k) * 100),
        as_of=due + as_of,
    )
    assert D(fen).scaleb(-2) == expected


def test_penalty_in_fen_rounds_half_up_once_and_refuses_a_negative_rate() -> None:
    due = DAY.toordinal()
    # 3 days × 333.33 × 5/10000 = 0.499995 → 0.50; 1 day × 1.00 × 5 ‱ = 0.0005 → 0.00;
    # 1 day × 10.00 × 5 ‱ = 0.005 → 0.01 (half up)
    assert accrued_penalty_fen(amount=33333, due=due, payments=[], per_10k=500, as_of=due + 3) == 50
    assert accrued_penalty_fen(amount=100, due=due, payments=[], per_10k=500, as_of=due + 1) == 0
    assert accrued_penalty_fen(amount=1000, due=due, payments=[], per_10k=500, as_of=due + 1) == 1
    with pytest.raises(ValueError, match="负"):
        accrued_penalty_fen(amount=1000, due=due, payments=[], per_10k=-1, as_of=due + 1)


# -- parse_money -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234.5", "1234.50"),
        ("¥1234.50", "1234.50"),
        ("￥1,234.50", "1234.50"),
        ("１２３４", "1234.00"),
        ("１，２３４．５", "1234.50"),
        (" 3000元 ", "3000.00"),
        ("120万", "1200000.00"),
        ("120.5万", "1205000.00"),
        ("１２０万元", "1200000.00"),
        ("0", "0.00"),
        ("-50", "-50.00"),
        ("1 234", "1234.00"),
        ("0.1", "0.10"),
    ],
)
def test_parse_money(text: str, expected: str) -> None:
    result = parse_money(text)
    assert result == D(expected)
    assert str(result) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "请填写金额"),
        ("  ", "请填写金额"),
        ("¥", "请填写金额"),
        ("万", "请填写金额"),
        ("十万", "不是金额"),
        ("12.3.4", "不是金额"),
        ("1e5", "不是金额"),
        ("abc", "不是金额"),
        (".5", "不是金额"),
        ("1.234", "只能精确到分"),
        ("0.0000001万", "只能精确到分"),
        ("100000000000000", "金额太大"),
    ],
)
def test_parse_money_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_money(text)


@given(st.integers(0, 10**12))
def test_parse_money_reads_what_it_formats(cents: int) -> None:
    value = D(cents) / 100
    assert parse_money(f"¥{value:,.2f}") == value
    assert parse_money(f"{value:.2f}") == value
