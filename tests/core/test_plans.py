"""Payment-plan templates counting from 签约 as well as from 认购 (issue 13): the template text,
the plan built from it, and how an installment still waiting for 签约 reads and ages."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from anjia_desk.core.deals import Nature
from anjia_desk.core.money import (
    accrued_penalty,
    build_plan,
    days_overdue,
    deposit_missing,
    is_overdue,
    loan_late,
)
from anjia_desk.core.plans import (
    UNDATED,
    Anchor,
    PlanItem,
    awaits_signing,
    check_plan,
    due_from,
    due_text,
    parse_plan,
    signing_term,
)

DAY = date(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("首付款 30% 15天；按揭款 70% 60天", [(Anchor.SUBSCRIBE, 15), (Anchor.SUBSCRIBE, 60)]),
        ("首付款 30% 签约后0天；按揭款 70% 认购后60天", [(Anchor.SIGN, 0), (Anchor.SUBSCRIBE, 60)]),
        ("首付款30%签约后 7 天\n房款 70% 签约后30", [(Anchor.SIGN, 7), (Anchor.SIGN, 30)]),
    ],
)
def test_a_template_line_counts_from_subscription_or_signing(text, expected) -> None:
    assert [(item.anchor, item.days) for item in parse_plan(text)] == expected


@pytest.mark.parametrize("text", ["首付款 30% 交房后10天；按揭款 70% 60天", "首付款 30% 签约前5天"])
def test_an_unknown_anchor_is_refused_in_chinese(text) -> None:
    problem = check_plan(text)
    assert problem is not None and "签约后" in problem


def test_a_plan_counted_from_signing_has_no_date_before_it() -> None:
    items = parse_plan("首付款 30% 签约后10天；按揭款 70% 60天")
    plan = build_plan(price=D("1000000"), deposit=D("50000"), subscribed_on=DAY, items=items)
    assert [(p.name, p.anchor, p.days, p.due_on) for p in plan] == [
        ("定金", Anchor.SUBSCRIBE, None, DAY),
        ("首付款", Anchor.SIGN, 10, UNDATED),
        ("按揭款", Anchor.SUBSCRIBE, 60, DAY + timedelta(days=60)),
    ]
    signed = build_plan(
        price=D("1000000"), deposit=D("50000"), subscribed_on=DAY, items=items,
        signed_on=date(2026, 3, 9),
    )  # fmt: skip
    assert signed[1].due_on == date(2026, 3, 19)


def test_due_from_each_anchor() -> None:
    assert due_from(Anchor.SUBSCRIBE, 5, subscribed_on=DAY, signed_on=None) == date(2026, 3, 10)
    assert due_from(Anchor.SIGN, 5, subscribed_on=DAY, signed_on=None) == UNDATED
    assert due_from(Anchor.SIGN, 5, subscribed_on=DAY, signed_on=DAY) == date(2026, 3, 10)


def test_waiting_for_signing_reads_as_its_term_and_never_ages() -> None:
    assert awaits_signing(Anchor.SIGN, UNDATED) and awaits_signing("sign", UNDATED)
    assert not awaits_signing(Anchor.SIGN, DAY)
    assert not awaits_signing(Anchor.SUBSCRIBE, DAY)
    assert due_text(Anchor.SIGN, 15, UNDATED) == "签约后 15 天"
    assert due_text(Anchor.SIGN, None, UNDATED) == "签约后 0 天"
    assert due_text(Anchor.SIGN, 15, DAY) == ""  # dated once signed
    assert due_text(Anchor.SUBSCRIBE, 15, DAY) == ""
    assert signing_term(Anchor.SIGN, 15) == "签约后 15 天" and signing_term("subscribe", 3) == ""
    today = date(2040, 1, 1)  # however late the contract is signed
    for nature in (Nature.DOWN, Nature.PRICE, Nature.LOAN, Nature.DEPOSIT):
        kw = {"nature": nature, "outstanding": D("100"), "due_on": UNDATED, "today": today}
        assert not is_overdue(**kw) and not loan_late(**kw) and not deposit_missing(**kw)
    assert days_overdue(UNDATED, today) == 0
    assert accrued_penalty(amount=D("100"), due_on=UNDATED, payments=[], per_10k=D(5),
                           as_of=today) == D("0.00")  # fmt: skip


def test_plan_item_defaults_to_subscription() -> None:
    assert PlanItem("房款", Nature.PRICE, D(1), 30).anchor is Anchor.SUBSCRIBE
