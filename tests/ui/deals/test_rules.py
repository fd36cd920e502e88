"""The rules the deal screens decide themselves until core has them (ui/deals/rules.py), table by
table: the 认购, 交付, 收款 and 认筹 checks, and which of the deal window's buttons show."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from anjia_desk.core.deals import DiscountStatus, Stage, Step
from anjia_desk.core.roles import Role
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


def _detail(**changes: Any) -> Any:
    fields: dict[str, Any] = {
        "stage": Stage.SIGNED,
        "next_step": Step.FILE,
        "discount_status": DiscountStatus.NONE.value,
        "outstanding": Decimal(100),
    }
    return SimpleNamespace(**{**fields, **changes})


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
    actions = deal_actions(_detail(**detail), _actor(*roles))
    assert {key: getattr(actions, key) for key in expected} == expected
