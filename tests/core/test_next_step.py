"""A deal's next step and its due date (core.deal_rules.next_step_due): the one rule the deal
lists, the deal page and the 工作台 share — every payment method, every point on its path, and a
step recorded later with an earlier date (补录)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from anjia_desk.core.deal_rules import next_step_due, steps_for
from anjia_desk.core.deals import PaymentMethod, Step

SUBSCRIBED = date(2026, 3, 2)
DEADLINE = date(2026, 3, 9)  # the deal's own 签约期限
LOANS = (PaymentMethod.COMMERCIAL, PaymentMethod.FUND, PaymentMethod.COMBO)


def days(n: int) -> date:
    return SUBSCRIBED + timedelta(days=n)


def done_through(method: PaymentMethod, last: Step, *, spacing: int = 1) -> dict[Step, date]:
    """Every step of `method` up to `last` done, one every `spacing` days from the 认购."""
    order = steps_for(method)
    return {step: days(i * spacing) for i, step in enumerate(order[: order.index(last) + 1])}


# (method, last step done, expected next step, expected due as days after the 认购 or "deadline")
CASES: list[tuple[PaymentMethod, Step, Step | None, int | str | None]] = [
    # 全款: 认购 → 签约 → 备案 → 交付 → 办证
    (PaymentMethod.FULL, Step.SUBSCRIBE, Step.SIGN, "deadline"),
    (PaymentMethod.FULL, Step.SIGN, Step.FILE, 1 + 30),
    (PaymentMethod.FULL, Step.FILE, Step.DELIVER, None),
    (PaymentMethod.FULL, Step.DELIVER, Step.CERTIFICATE, None),
    (PaymentMethod.FULL, Step.CERTIFICATE, None, None),
]
for loan in LOANS:  # the three loans share one path: 备案 → 按揭 steps → 交付 → 办证
    CASES += [
        (loan, Step.SUBSCRIBE, Step.SIGN, "deadline"),
        (loan, Step.SIGN, Step.FILE, 1 + 30),
        (loan, Step.FILE, Step.DOCUMENTS, 2 + 7),
        (loan, Step.DOCUMENTS, Step.INTERVIEW, 3 + 7),
        (loan, Step.INTERVIEW, Step.APPROVAL, 4 + 15),
        (loan, Step.APPROVAL, Step.PRE_REGISTRATION, 5 + 15),
        (loan, Step.PRE_REGISTRATION, Step.RELEASE, 6 + 15),
        (loan, Step.RELEASE, Step.DELIVER, None),
        (loan, Step.DELIVER, Step.CERTIFICATE, None),
        (loan, Step.CERTIFICATE, None, None),
    ]


@pytest.mark.parametrize(("method", "last", "expected", "due"), CASES)
def test_every_method_along_its_path(
    method: PaymentMethod, last: Step, expected: Step | None, due: int | str | None
) -> None:
    found = next_step_due(
        method, done_through(method, last), subscribed_on=SUBSCRIBED, sign_deadline=DEADLINE
    )
    wanted = DEADLINE if due == "deadline" else days(due) if isinstance(due, int) else None
    assert found == (expected, wanted)


@pytest.mark.parametrize("method", list(PaymentMethod))
def test_a_cancelled_deal_has_no_next_step(method: PaymentMethod) -> None:
    done = done_through(method, Step.SIGN)
    assert next_step_due(
        method, done, subscribed_on=SUBSCRIBED, sign_deadline=DEADLINE, cancelled=True
    ) == (None, None)


# A step recorded later with an earlier date (补录) counts from that date: the next step falls
# due from the step just before it in the order, not from the latest step done nor from today.
BACK_DATED: list[tuple[PaymentMethod, dict[Step, date], Step, date]] = [
    # 签约 on day 10, 备案 recorded with day 4 (before the 签约 was typed in): 按揭资料 from day 4.
    (
        PaymentMethod.COMMERCIAL,
        {Step.SUBSCRIBE: days(0), Step.SIGN: days(10), Step.FILE: days(4)},
        Step.DOCUMENTS,
        days(4 + 7),
    ),
    # 面签 back-dated to day 20 after 按揭资料 on day 25: 银行审批 from day 20.
    (
        PaymentMethod.FUND,
        {
            Step.SUBSCRIBE: days(0),
            Step.SIGN: days(1),
            Step.FILE: days(2),
            Step.DOCUMENTS: days(25),
            Step.INTERVIEW: days(20),
        },
        Step.APPROVAL,
        days(20 + 15),
    ),
    # 全款: 签约 back-dated to before the 认购 day is still the base of 备案.
    (
        PaymentMethod.FULL,
        {Step.SUBSCRIBE: days(5), Step.SIGN: days(3)},
        Step.FILE,
        days(3 + 30),
    ),
    # 组合贷款: 放款 back-dated; 交付 has no due date whatever the dates.
    (
        PaymentMethod.COMBO,
        {step: days(40 - i) for i, step in enumerate(steps_for(PaymentMethod.COMBO)[:8])},
        Step.DELIVER,
        date.max,  # stands for "no due date"
    ),
]


@pytest.mark.parametrize(("method", "done", "expected", "due"), BACK_DATED)
def test_back_dated_steps_count_from_their_done_date(
    method: PaymentMethod, done: dict[Step, date], expected: Step, due: date
) -> None:
    found = next_step_due(method, done, subscribed_on=SUBSCRIBED, sign_deadline=DEADLINE)
    assert found == (expected, None if due == date.max else due)


def test_the_first_step_counts_from_the_subscription() -> None:
    # Never seen in practice (认购 is always done): due on the 认购 day itself.
    assert next_step_due(
        PaymentMethod.FULL, {}, subscribed_on=SUBSCRIBED, sign_deadline=DEADLINE
    ) == (Step.SUBSCRIBE, SUBSCRIBED)


def test_a_gap_is_the_next_step_whatever_was_done_after_it() -> None:
    # 备案 missing while 按揭资料 was recorded (old data): 备案 is next, due 30 days after 签约.
    done = {Step.SUBSCRIBE: days(0), Step.SIGN: days(2), Step.DOCUMENTS: days(9)}
    assert next_step_due(
        PaymentMethod.COMMERCIAL, done, subscribed_on=SUBSCRIBED, sign_deadline=DEADLINE
    ) == (Step.FILE, days(2 + 30))
