"""What the deal screens ask of the rules (ui/deals/rules.py), table by table: the 认购, 交付, 收款
and 认筹 checks (core's validators plus "choose one first"), and which of the deal window's
buttons show and why a shown one is disabled (from the actions core grants)."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from anjia_desk.core.deal_actions import DealAction, DealFacts, Who
from anjia_desk.core.deal_actions import deal_actions as core_deal_actions
from anjia_desk.core.deals import DiscountStatus, Stage, Step
from anjia_desk.core.roles import Action, Role
from anjia_desk.services.context import Actor
from anjia_desk.ui.deals.rules import (
    SubscribeValues,
    buyer_id_problem,
    deal_actions,
    delivery_problems,
    payment_problems,
    subscribe_problems,
    ticket_problems,
)
from tests.ui.deals.test_deal_window import ID_NUMBER


def _values(**changes: Any) -> SubscribeValues:
    fields: dict[str, Any] = {
        "customer_id": 1,
        "buyer_name": "王建国",
        "buyer_id_number": ID_NUMBER,
        "special_discount": Decimal(0),
        "discount_reason": "",
    }
    return SubscribeValues(**{**fields, **changes})


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, {}),
        ({"customer_id": None}, {"customer": "请先查找并选择客户"}),
        ({"buyer_name": "  "}, {"buyer_name": "请填写买受人姓名"}),
        ({"buyer_id_number": ""}, {"buyer_id_number": "请填写买受人证件号码"}),
        ({"special_discount": Decimal(5000)}, {"discount_reason": "有特批优惠时请填写理由"}),
        ({"special_discount": Decimal(5000), "discount_reason": "老业主"}, {}),
    ],
)
def test_subscribe_problems(changes: dict[str, Any], expected: dict[str, str]) -> None:
    assert subscribe_problems(_values(**changes)) == expected


def test_a_wrong_id_number_is_explained() -> None:
    assert buyer_id_problem(ID_NUMBER) == ""
    assert buyer_id_problem("123") != ""


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        ("98.76", {}),
        ("0", {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        ("-1", {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        ("10000", {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        ("NaN", {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        ("98.765", {"measured_area": "面积最多两位小数"}),
    ],
)
def test_delivery_problems(area: str, expected: dict[str, str]) -> None:
    assert delivery_problems(Decimal(area)) == expected


def test_payment_and_ticket_problems() -> None:
    assert payment_problems(3, "王建国") == {}
    assert payment_problems(None, " ") == {"installment": "请选择付款节点", "payer": "请填写交款人"}
    assert ticket_problems(7) == {}
    assert ticket_problems(None) == {"customer": "请先查找并选择客户"}


def _actor(*roles: Role) -> Actor:
    return Actor(user_id=1, username="x", display_name="x", roles=frozenset(roles))


def _detail(actor: Actor, **changes: Any) -> Any:
    """A deal page as the service gives it: the fields the window reads, and the actions core
    grants `actor` on it."""
    fields: dict[str, Any] = {
        "stage": Stage.SIGNED,
        "next_step": Step.FILE,
        "discount_status": DiscountStatus.NONE.value,
        "outstanding": Decimal(100),
    }
    fields.update(changes)
    facts = DealFacts(
        stage=fields["stage"],
        next_step=fields["next_step"],
        discount_status=DiscountStatus(fields["discount_status"]),
        special_discount=Decimal(5000),
        outstanding=fields["outstanding"],
        paid_beyond_deposit=False,
        live_receipts=1,
        unconfirmed_receipts=1,
        open_care=1,
    )
    who = Who(can=frozenset(a for a in Action if actor.can(a)), roles=actor.roles)
    granted = core_deal_actions(facts, who, discount_needs=Role.SITE_MANAGER, site_pct=Decimal(3))
    return SimpleNamespace(**fields, actions=granted)


@pytest.mark.parametrize(
    ("detail", "roles", "expected"),
    [
        # the secretary signs, completes the paperwork steps and delivers
        ({"next_step": Step.SIGN}, (Role.SALES_SECRETARY,), {"sign": True, "complete_step": False}),
        ({}, (Role.SALES_SECRETARY,), {"complete_step": True, "sign": False}),
        ({"next_step": Step.DELIVER}, (Role.SALES_SECRETARY,), {"deliver": True}),
        # a consultant takes no step and takes no money
        ({}, (Role.CONSULTANT,), {"complete_step": False, "pay_shown": False}),
        # the cashier takes money while some is owed on a live deal
        ({}, (Role.CASHIER,), {"pay_shown": True, "pay": True, "void_receipts": True}),
        ({"outstanding": Decimal(0)}, (Role.CASHIER,), {"pay": False}),
        ({"stage": Stage.CANCELLED}, (Role.CASHIER,), {"pay": False, "next_step": None}),
        # a pending special discount waits for those who approve
        (
            {"discount_status": DiscountStatus.PENDING.value},
            (Role.SITE_MANAGER,),
            {"approve_discount": True},
        ),
        (
            {"discount_status": DiscountStatus.PENDING.value},
            (Role.CASHIER,),
            {"approve_discount": False},
        ),
        ({}, (Role.FINANCE,), {"confirm_receipts": True}),
    ],
)
def test_deal_actions(
    detail: dict[str, Any], roles: tuple[Role, ...], expected: dict[str, object]
) -> None:
    actor = _actor(*roles)
    actions = deal_actions(_detail(actor, **detail), actor)
    assert {key: getattr(actions, key) for key in expected} == expected


def test_a_shown_button_says_why_it_is_disabled() -> None:
    actor = _actor(Role.SALES_SECRETARY)
    detail = _detail(
        actor,
        stage=Stage.SUBSCRIBED,
        next_step=Step.SIGN,
        discount_status=DiscountStatus.PENDING.value,
    )
    actions = deal_actions(detail, actor)
    assert actions.sign
    assert actions.why_not[DealAction.SIGN] == "特批折扣尚未审批，审批后才能签约"
