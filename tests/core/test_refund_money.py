"""core.refund_money (DOMAIN §8, Civil Code Art. 586–588): every nature × fault × stage, the
20% cap of 定金, the double, the penalty after 签约 never with the 定金, statutory grounds with
interest from each payment date, and a table that always adds up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjia_desk.core.changes import Fault
from anjia_desk.core.deals import Nature
from anjia_desk.core.refund_money import (
    Breach,
    BreachBase,
    LineKind,
    Paid,
    RefundCase,
    compute_refund,
    interest,
)

PRICE = Decimal("1000000.00")
ON = date(2026, 3, 1)
REFUND = date(2027, 3, 1)  # 365 days later
NO_PENALTY = Breach(BreachBase.PRICE, Decimal(0))


def case(
    *paid: Paid,
    signed: bool = False,
    fault: Fault = Fault.BUYER,
    statutory: bool = False,
    breach: Breach = NO_PENALTY,
    due: str = "0",
    rate: str = "3.65",
) -> RefundCase:
    return RefundCase(
        paid=paid,
        signed=signed,
        fault=fault,
        statutory=statutory,
        price=PRICE,
        due_to_date=Decimal(due),
        breach=breach,
        rate=Decimal(rate),
        refund_on=REFUND,
    )


def paid(nature: Nature, amount: str, on: date = ON, ref: str = "") -> Paid:
    return Paid(nature, Decimal(amount), on, ref)


ADVANCES = (Nature.QUEUE, Nature.ADVANCE)
PRICE_NATURES = (Nature.DOWN, Nature.PRICE, Nature.LOAN, Nature.AREA, Nature.FEES)


@pytest.mark.parametrize("signed", [False, True])
@pytest.mark.parametrize("fault", list(Fault))
@pytest.mark.parametrize("nature", ADVANCES)
def test_advance_payments_are_returned_in_full_whatever_the_fault(
    nature: Nature, fault: Fault, signed: bool
) -> None:
    table = compute_refund(case(paid(nature, "20000"), signed=signed, fault=fault))
    [line] = [line for line in table.lines if line.kind is LineKind.RECEIVED]
    assert (line.returned, line.kept) == (Decimal("20000.00"), Decimal(0))
    assert "预付款而非定金" in line.rule


@pytest.mark.parametrize(
    ("fault", "returned", "kept", "rule"),
    [
        (Fault.BUYER, "0.00", "50000.00", "定金不予退还"),
        (Fault.NONE, "50000.00", "0.00", "定金全额退还"),
        (Fault.SELLER, "100000.00", "0.00", "双倍返还定金"),
    ],
)
def test_deposit_before_signing_follows_the_fault(
    fault: Fault, returned: str, kept: str, rule: str
) -> None:
    table = compute_refund(case(paid(Nature.DEPOSIT, "50000", ref="SJ-000001"), fault=fault))
    assert table.returned == Decimal(returned) and table.kept == Decimal(kept)
    assert rule in table.lines[0].rule and table.lines[0].label == "定金（SJ-000001）"
    doubles = [line for line in table.lines if line.kind is LineKind.DOUBLE]
    assert len(doubles) == (1 if fault is Fault.SELLER else 0)


@pytest.mark.parametrize("fault", list(Fault))
def test_deposit_above_20_percent_is_not_deposit_and_returned_once(fault: Fault) -> None:
    # 250,000 paid as 定金 on a price of 1,000,000: 200,000 is 定金, 50,000 is not.
    table = compute_refund(
        case(
            paid(Nature.DEPOSIT, "150000"),
            paid(Nature.DEPOSIT, "100000", date(2026, 3, 5)),
            fault=fault,
        )
    )
    excess = [line for line in table.lines if "20%" in line.label]
    assert [line.received for line in excess] == [Decimal("50000.00")]
    assert excess[0].returned == Decimal("50000.00") and "第586条" in excess[0].rule
    proper = sum(
        (
            line.received
            for line in table.lines
            if line.kind is LineKind.RECEIVED and line not in excess
        ),
        Decimal(0),
    )
    assert proper == Decimal("200000.00")
    expected = {
        Fault.BUYER: Decimal("50000.00"),
        Fault.NONE: Decimal("250000.00"),
        Fault.SELLER: Decimal("450000.00"),
    }
    assert table.returned == expected[fault]


@pytest.mark.parametrize("nature", PRICE_NATURES)
def test_other_money_before_signing_is_returned(nature: Nature) -> None:
    table = compute_refund(case(paid(nature, "30000")))
    assert table.returned == Decimal("30000.00") and table.kept == 0


@pytest.mark.parametrize("fault", [Fault.NONE, Fault.SELLER])
def test_after_signing_everything_is_returned_when_the_buyer_is_not_at_fault(fault: Fault) -> None:
    table = compute_refund(
        case(
            paid(Nature.DEPOSIT, "50000"),
            paid(Nature.DOWN, "250000"),
            signed=True,
            fault=fault,
            breach=Breach(BreachBase.PRICE, Decimal(5)),
        )
    )
    assert table.returned == Decimal("300000.00") and table.penalty == 0
    assert "抵作房款" in table.lines[0].rule
    assert not [
        line for line in table.lines if line.kind is LineKind.DOUBLE
    ]  # no double after 签约


@pytest.mark.parametrize(
    ("base", "due", "penalty"),
    [(BreachBase.PRICE, "0", "50000.00"), (BreachBase.DUE, "300000", "15000.00")],
)
def test_after_signing_the_buyer_pays_the_penalty_never_with_the_deposit(
    base: BreachBase, due: str, penalty: str
) -> None:
    table = compute_refund(
        case(
            paid(Nature.DEPOSIT, "50000"),
            paid(Nature.DOWN, "250000"),
            signed=True,
            breach=Breach(base, Decimal(5), "第十条"),
            due=due,
        )
    )
    assert table.penalty == Decimal(penalty)
    assert table.returned == Decimal("300000.00") - Decimal(penalty)
    assert table.kept == Decimal(penalty)  # the 定金 itself is not kept as well
    [line] = [line for line in table.lines if line.kind is LineKind.PENALTY]
    assert "合同第十条" in line.rule and "第588条" in line.rule


def test_a_penalty_above_what_was_paid_is_not_deducted_beyond_it() -> None:
    table = compute_refund(
        case(
            paid(Nature.DEPOSIT, "20000"), signed=True, breach=Breach(BreachBase.PRICE, Decimal(5))
        )
    )
    assert table.returned == 0 and table.penalty == Decimal("20000.00")
    assert table.penalty_open == Decimal("30000.00") and "另行协商" in table.notes[0]


def test_a_statutory_ground_deducts_nothing_and_pays_interest_from_each_payment() -> None:
    table = compute_refund(
        case(
            paid(Nature.DEPOSIT, "50000", date(2026, 3, 1)),
            paid(Nature.DOWN, "100000", date(2026, 9, 1)),
            signed=True,
            fault=Fault.SELLER,
            statutory=True,
            breach=Breach(BreachBase.PRICE, Decimal(5)),
            rate="3.65",
        )
    )
    # 3.65% a year = 0.01% a day: 365 days on 50,000 and 181 days on 100,000.
    assert [line.interest for line in table.lines] == [Decimal("1825.00"), Decimal("1810.00")]
    assert table.interest == Decimal("3635.00") and table.penalty == 0
    assert table.returned == Decimal("153635.00")
    assert "不适用逾期付款违约金利率" in table.notes[-1]
    assert "按年利率 3.65% 计息" in table.lines[0].rule


def test_interest_counts_actual_days_and_nothing_before_payment() -> None:
    assert interest(
        Decimal("36500"), Decimal("10"), date(2026, 1, 1), date(2026, 1, 11)
    ) == Decimal("100.00")
    assert interest(Decimal("36500"), Decimal("10"), date(2026, 1, 11), date(2026, 1, 1)) == 0


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(Nature)),
            st.decimals(min_value=Decimal("0.01"), max_value=Decimal("400000"), places=2),
            st.integers(min_value=0, max_value=700),
        ),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
    st.sampled_from(list(Fault)),
    st.booleans(),
    st.decimals(min_value=Decimal(0), max_value=Decimal(30), places=2),
)
def test_the_table_always_adds_up(
    rows: list[tuple[Nature, Decimal, int]],
    signed: bool,
    fault: Fault,
    statutory: bool,
    percent: Decimal,
) -> None:
    items = [
        Paid(n, a, date(2025, 1, 1).fromordinal(date(2025, 1, 1).toordinal() + d))
        for n, a, d in rows
    ]
    table = compute_refund(
        case(
            *items,
            signed=signed,
            fault=fault,
            statutory=statutory,
            breach=Breach(BreachBase.PRICE, percent),
        )
    )
    received = sum((i.amount for i in items), Decimal(0))
    assert table.received == received
    double = sum(
        (line.returned for line in table.lines if line.kind is LineKind.DOUBLE), Decimal(0)
    )
    assert table.returned + table.kept == received + double + table.interest
    assert table.returned >= 0 and table.kept >= 0
    if signed:
        assert not double
    if statutory:
        assert table.penalty == 0
