"""The forms of a deal (core.deal_forms): 认购, 签约, 完成此步, 交付 and 收款, each validator
table-driven with the field keys the dialogs show their messages under; and core.money.yuan,
the one way an amount is written in those messages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from anjia_desk.core.deal_forms import (
    DeliverForm,
    PaymentForm,
    SignForm,
    StepForm,
    SubscribeForm,
    parse_area,
    validate_deliver,
    validate_payment,
    validate_sign,
    validate_step,
    validate_subscribe,
)
from anjia_desk.core.deals import PaymentMethod, Step
from anjia_desk.core.money import yuan

D = Decimal
TODAY = date(2026, 3, 5)
BUYER_ID = "11010519491231002X"
SUBSCRIBE = SubscribeForm(
    unit_id=1,
    customer_id=2,
    buyer_name="王建国",
    buyer_id_number=BUYER_ID,
    payment_method=PaymentMethod.FULL,
    deposit=D("50000"),
)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, {}),
        ({"buyer_name": "  "}, {"buyer_name": "请填写买受人姓名"}),
        ({"buyer_id_number": ""}, {"buyer_id_number": "请填写证件号码"}),
        ({"special_discount": D("-1")}, {"special_discount": "特批优惠不能为负"}),
        ({"special_discount": D("5000")}, {"discount_reason": "有特批优惠时请填写理由"}),
        ({"special_discount": D("5000"), "discount_reason": " \t"}, {
            "discount_reason": "有特批优惠时请填写理由"}),
        ({"special_discount": D("5000"), "discount_reason": "老业主推荐"}, {}),
        ({"discount_reason": "无特批时理由可有可无"}, {}),
        ({"buyer_name": "", "special_discount": D("1")}, {
            "buyer_name": "请填写买受人姓名", "discount_reason": "有特批优惠时请填写理由"}),
    ],
)  # fmt: skip
def test_validate_subscribe(changes: dict[str, object], expected: dict[str, str]) -> None:
    assert validate_subscribe(replace(SUBSCRIBE, **changes)) == expected  # type: ignore[arg-type]


def test_validate_subscribe_checks_the_id_number() -> None:
    errors = validate_subscribe(replace(SUBSCRIBE, buyer_id_number="110101199003071234"))
    assert set(errors) == {"buyer_id_number"} and "校验位" in errors["buyer_id_number"]


@pytest.mark.parametrize(
    ("contract_no", "netsign_no", "expected"),
    [
        ("YS2026-0001", "WQ1", {}),
        ("", "WQ1", {"contract_no": "请填写合同编号"}),
        ("YS2026-0001", "  ", {"netsign_no": "请填写网签编号"}),
        (" ", "", {"contract_no": "请填写合同编号", "netsign_no": "请填写网签编号"}),
    ],
)
def test_validate_sign(contract_no: str, netsign_no: str, expected: dict[str, str]) -> None:
    assert validate_sign(SignForm(contract_no, netsign_no)) == expected


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (None, {}),
        (TODAY, {}),
        (TODAY - timedelta(days=40), {}),  # 补录
        (TODAY + timedelta(days=1), {"on": "完成日期不能晚于今天"}),
    ],
)
def test_validate_step(on: date | None, expected: dict[str, str]) -> None:
    assert validate_step(StepForm(Step.FILE, on=on, note="补录"), today=TODAY) == expected


@pytest.mark.parametrize(
    ("area", "fees", "expected"),
    [
        ("98.76", "0", {}),
        ("9999.99", "15000", {}),
        ("0", "0", {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        ("-1", "0", {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        ("10000", "0", {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        ("NaN", "0", {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        ("Infinity", "0", {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        ("98.765", "0", {"measured_area": "面积最多两位小数"}),
        ("98", "-0.01", {"fees": "代收费用不能为负"}),
        ("0", "-1", {"measured_area": "实测面积须大于 0 且小于 10000 ㎡",
                     "fees": "代收费用不能为负"}),
    ],
)  # fmt: skip
def test_validate_deliver(area: str, fees: str, expected: dict[str, str]) -> None:
    assert validate_deliver(DeliverForm(D(area), D(fees))) == expected


@pytest.mark.parametrize(("text", "value"), [("98.76", D("98.76")), (" 120 ", D("120"))])
def test_parse_area(text: str, value: Decimal) -> None:
    assert parse_area(text) == value


@pytest.mark.parametrize("text", ["", "九十八", "98㎡", "1,000"])
def test_parse_area_refuses_what_is_not_a_number(text: str) -> None:
    with pytest.raises(ValueError, match="请填写实测面积"):
        parse_area(text)


PAYMENT = PaymentForm(amount=D("10000"), payer="王建国", method="转账", paid_on=TODAY, note="")


@pytest.mark.parametrize(
    ("changes", "left", "expected"),
    [
        ({}, None, {}),
        ({"paid_on": None}, None, {}),
        ({"amount": D("0")}, None, {"amount": "金额须大于0"}),
        ({"amount": D("-5")}, None, {"amount": "金额须大于0"}),
        ({"amount": D("1.005")}, None, {"amount": "金额最多两位小数"}),
        ({"payer": "  "}, None, {"payer": "请填写交款人"}),
        ({"payer": "名" * 41}, None, {"payer": "交款人不能超过40个字"}),
        ({"method": "银行转账加支票加现金"}, None, {}),  # 10 characters
        ({"method": "银行转账加支票加现金啊"}, None, {"method": "支付方式不能超过10个字"}),
        ({"note": "备" * 201}, None, {"note": "备注不能超过200个字"}),
        ({"paid_on": TODAY + timedelta(days=1)}, None, {"paid_on": "交款日期不能晚于今天"}),
        ({}, D("10000"), {}),
        ({}, D("9999.99"), {"amount": "超过该节点未付金额 9,999.99元"}),
        ({}, D("0"), {"amount": "超过该节点未付金额 0.00元"}),
        ({"amount": D("0")}, D("0"), {"amount": "金额须大于0"}),
    ],
)  # fmt: skip
def test_validate_payment(
    changes: dict[str, object], left: Decimal | None, expected: dict[str, str]
) -> None:
    form = replace(PAYMENT, **changes)  # type: ignore[arg-type]
    assert validate_payment(form, today=TODAY, left=left) == expected


def test_validate_payment_names_what_is_left() -> None:
    errors = validate_payment(PAYMENT, today=TODAY, left=D("5000"), left_label="该认筹号未收认筹金")
    assert errors == {"amount": "超过该认筹号未收认筹金 5,000.00元"}


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D("0"), "0.00"),
        (D("1234567.8"), "1,234,567.80"),
        (D("0.005"), "0.01"),  # half-up to the fen
        (D("-30000"), "-30,000.00"),
        (D("999.994"), "999.99"),
    ],
)
def test_yuan(value: Decimal, text: str) -> None:
    assert yuan(value) == text
