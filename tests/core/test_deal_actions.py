"""What a user may do on a deal's page, and why not (core.deal_actions): table-driven over the
deal's stage and next step, the special discount, the money owed, the receipts and the roles."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from anjia_desk.core.deal_actions import (
    DealAction,
    DealFacts,
    Permit,
    Who,
    deal_actions,
    receipt_why_not,
)
from anjia_desk.core.deals import DiscountStatus, Stage, Step
from anjia_desk.core.roles import PERMISSIONS, Action, Role

D = Decimal
A = DealAction

SUBSCRIBED = DealFacts(
    stage=Stage.SUBSCRIBED,
    next_step=Step.SIGN,
    discount_status=DiscountStatus.NONE,
    special_discount=D(0),
    outstanding=D("980000"),
    paid_beyond_deposit=False,
    live_receipts=1,
    unconfirmed_receipts=1,
    open_care=0,
)


def who(*roles: Role) -> Who:
    held = frozenset(roles)
    return Who(
        can=frozenset(a for a in Action if held & PERMISSIONS.get(a, frozenset())),
        roles=held,
    )


SYSTEM = Who(can=frozenset(Action), roles=frozenset({Role.ADMIN}), is_system=True)
SECRETARY = who(Role.SALES_SECRETARY)
CASHIER = who(Role.CASHIER)
MORTGAGE = who(Role.MORTGAGE_OFFICER)
SITE = who(Role.SITE_MANAGER)
HEAD = who(Role.MARKETING_HEAD)


def actions(facts: DealFacts, user: Who = SYSTEM, needs: Role | None = None) -> dict[A, Permit]:
    return deal_actions(facts, user, discount_needs=needs, site_pct=D("1"))


STEP_CASES: list[tuple[dict[str, object], A, str]] = [
    # (changes to a subscribed deal, action, why not — "" when allowed)
    ({}, A.SIGN, ""),
    ({}, A.DELIVER, "“签约/网签”尚未完成，请先办理“签约/网签”"),
    ({}, A.COMPLETE_STEP, "“签约/网签”请在对应的窗口办理"),
    ({"discount_status": DiscountStatus.PENDING}, A.SIGN, "特批折扣尚未审批，审批后才能签约"),
    ({"discount_status": DiscountStatus.APPROVED}, A.SIGN, ""),
    ({"stage": Stage.SIGNED, "next_step": Step.FILE}, A.SIGN, "这笔交易已签约，不能再签约"),
    ({"stage": Stage.SIGNED, "next_step": Step.FILE}, A.COMPLETE_STEP, ""),
    ({"stage": Stage.SIGNED, "next_step": Step.DOCUMENTS}, A.COMPLETE_STEP, ""),
    ({"stage": Stage.SIGNED, "next_step": Step.FILE}, A.DELIVER,
     "“备案”尚未完成，请先办理“备案”"),
    ({"stage": Stage.SIGNED, "next_step": Step.DELIVER}, A.DELIVER, ""),
    ({"stage": Stage.SIGNED, "next_step": Step.DELIVER}, A.COMPLETE_STEP,
     "“交付”请在对应的窗口办理"),
    ({"stage": Stage.DELIVERED, "next_step": Step.CERTIFICATE}, A.COMPLETE_STEP, ""),
    ({"stage": Stage.CERTIFIED, "next_step": None}, A.COMPLETE_STEP, "所有步骤已完成"),
    ({"stage": Stage.CERTIFIED, "next_step": None}, A.DELIVER, "所有步骤已完成"),
    ({"stage": Stage.CANCELLED, "next_step": None}, A.SIGN, "这笔交易已取消"),
    ({"stage": Stage.CANCELLED, "next_step": None}, A.COMPLETE_STEP, "这笔交易已取消"),
    ({"stage": Stage.CANCELLED, "next_step": None}, A.RECORD_PAYMENT, "这笔交易已取消"),
    ({}, A.RECORD_PAYMENT, ""),
    ({"outstanding": D(0)}, A.RECORD_PAYMENT, "这笔交易的各付款节点都已付清"),
    ({}, A.VOID_RECEIPT, ""),
    ({"live_receipts": 0, "unconfirmed_receipts": 0}, A.VOID_RECEIPT, "没有可作废的收据"),
    ({"live_receipts": 0, "unconfirmed_receipts": 0}, A.REISSUE_RECEIPT, "没有可重开的收据"),
    ({"unconfirmed_receipts": 0}, A.CONFIRM_RECEIPT, "没有待确认的收据"),
    ({"stage": Stage.CANCELLED, "next_step": None}, A.VOID_RECEIPT, ""),  # money goes back
    ({}, A.CARE_DONE, "没有未完成的关怀任务"),
    ({"open_care": 2}, A.CARE_DONE, ""),
    ({"stage": Stage.CANCELLED, "next_step": None}, A.PRINT_SUBSCRIPTION, ""),
    ({}, A.APPROVE_DISCOUNT, "这笔交易没有待审批的特批优惠"),
]  # fmt: skip


@pytest.mark.parametrize(("changes", "action", "why_not"), STEP_CASES)
def test_why_not(changes: dict[str, object], action: A, why_not: str) -> None:
    facts = replace(SUBSCRIBED, **changes)  # type: ignore[arg-type]
    permit = actions(facts)[action]
    assert permit.why_not == why_not and permit.shown
    assert permit.allowed == (not why_not)


def test_every_action_is_decided() -> None:
    assert set(actions(SUBSCRIBED)) == set(DealAction)


ROLE_CASES: list[tuple[Who, dict[str, object], A, bool]] = [
    # (who, changes, action, shown)
    (SECRETARY, {}, A.SIGN, True),
    (CASHIER, {}, A.SIGN, False),
    (CASHIER, {}, A.RECORD_PAYMENT, True),
    (SECRETARY, {}, A.RECORD_PAYMENT, False),
    (CASHIER, {}, A.VOID_RECEIPT, True),
    (who(Role.FINANCE), {}, A.CONFIRM_RECEIPT, True),
    (CASHIER, {}, A.CONFIRM_RECEIPT, False),
    # a 按揭 step is the mortgage officer's, the others the secretary's
    (MORTGAGE, {"stage": Stage.SIGNED, "next_step": Step.DOCUMENTS}, A.COMPLETE_STEP, True),
    (SECRETARY, {"stage": Stage.SIGNED, "next_step": Step.DOCUMENTS}, A.COMPLETE_STEP, False),
    (SECRETARY, {"stage": Stage.SIGNED, "next_step": Step.FILE}, A.COMPLETE_STEP, True),
    (MORTGAGE, {"stage": Stage.SIGNED, "next_step": Step.FILE}, A.COMPLETE_STEP, False),
    (SITE, {}, A.APPROVE_DISCOUNT, True),
    (SECRETARY, {}, A.APPROVE_DISCOUNT, False),
]


@pytest.mark.parametrize(("user", "changes", "action", "shown"), ROLE_CASES)
def test_shown_by_role(user: Who, changes: dict[str, object], action: A, shown: bool) -> None:
    facts = replace(SUBSCRIBED, **changes)  # type: ignore[arg-type]
    assert actions(facts, user)[action].shown is shown


PENDING = replace(SUBSCRIBED, discount_status=DiscountStatus.PENDING, special_discount=D("20000"))

DISCOUNT_CASES: list[tuple[Who, Role, DealFacts, A, str]] = [
    (SITE, Role.SITE_MANAGER, PENDING, A.APPROVE_DISCOUNT, ""),
    (SITE, Role.SITE_MANAGER, PENDING, A.REJECT_DISCOUNT, ""),
    (SITE, Role.MARKETING_HEAD, PENDING, A.APPROVE_DISCOUNT,
     "特批优惠 20,000.00元 超过表价的 1%，须由营销负责人审批"),
    (HEAD, Role.MARKETING_HEAD, PENDING, A.APPROVE_DISCOUNT, ""),
    (HEAD, Role.SITE_MANAGER, PENDING, A.APPROVE_DISCOUNT, ""),  # the head may approve anything
    (SYSTEM, Role.MARKETING_HEAD, PENDING, A.APPROVE_DISCOUNT, ""),
    (HEAD, Role.MARKETING_HEAD, replace(PENDING, paid_beyond_deposit=True), A.REJECT_DISCOUNT,
     "已收到定金以外的房款，不能驳回特批优惠，请走变更流程"),
    (HEAD, Role.MARKETING_HEAD, replace(PENDING, paid_beyond_deposit=True), A.APPROVE_DISCOUNT,
     ""),
    (HEAD, Role.MARKETING_HEAD, replace(PENDING, discount_status=DiscountStatus.APPROVED),
     A.REJECT_DISCOUNT, "这笔交易没有待审批的特批优惠"),
    (HEAD, Role.MARKETING_HEAD, replace(PENDING, stage=Stage.CANCELLED, next_step=None),
     A.APPROVE_DISCOUNT, "这笔交易已取消"),
]  # fmt: skip


@pytest.mark.parametrize(("user", "needs", "facts", "action", "why_not"), DISCOUNT_CASES)
def test_discount_approval(
    user: Who, needs: Role, facts: DealFacts, action: A, why_not: str
) -> None:
    assert actions(facts, user, needs)[action].why_not == why_not


@pytest.mark.parametrize(
    ("action", "voided", "confirmed", "why_not"),
    [
        (A.VOID_RECEIPT, False, False, ""),
        (A.VOID_RECEIPT, False, True, ""),  # a confirmed receipt may be voided too
        (A.VOID_RECEIPT, True, False, "收据 SJ-000007 已作废"),
        (A.REISSUE_RECEIPT, True, True, "收据 SJ-000007 已作废"),
        (A.CONFIRM_RECEIPT, False, False, ""),
        (A.CONFIRM_RECEIPT, False, True, "收据 SJ-000007 已经确认过"),
        (A.CONFIRM_RECEIPT, True, False, "收据 SJ-000007 已作废，不能确认"),
    ],
)
def test_receipt_why_not(action: A, voided: bool, confirmed: bool, why_not: str) -> None:
    assert receipt_why_not(action, code="SJ-000007", voided=voided, confirmed=confirmed) == why_not


def test_receipt_why_not_is_only_for_receipts() -> None:
    with pytest.raises(ValueError):
        receipt_why_not(A.SIGN, code="SJ-000007", voided=False, confirmed=False)
