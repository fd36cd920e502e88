"""The forms of money paid because of a complaint (issue 18): the request (amount, reason, a
contractor's liability only with its proof) and the cashier's payment."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from anjia_desk.core.complaint_kinds import ProofKind
from anjia_desk.core.complaint_money_forms import (
    PayForm,
    PaymentForm,
    validate_pay,
    validate_payment,
)
from anjia_desk.core.complaints import Liable, Payment

TODAY = date(2026, 11, 20)


def form(**changes: object) -> PaymentForm:
    values: dict[str, object] = {
        "payment": Payment.LIABILITY,
        "liable": Liable.COMPANY,
        "amount": Decimal("5000"),
        "reason": "卫生间渗水，赔偿地板",
    }
    values.update(changes)
    return PaymentForm(**values)  # type: ignore[arg-type]


def test_a_plain_request_passes():
    assert validate_payment(form()) == {}
    assert validate_payment(form(payment=Payment.GOODWILL, liable=Liable.CONTRACTOR)) == {}


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (Decimal("0"), "大于0"),
        (Decimal("-5"), "大于0"),
        (Decimal("1.005"), "两位小数"),
        (Decimal("10000000.01"), "过大"),
    ],
)
def test_the_amount(amount: Decimal, message: str):
    assert message in validate_payment(form(amount=amount))["amount"]


def test_the_reason_is_required_and_short():
    assert validate_payment(form(reason="  "))["reason"] == "请填写赔付事由"
    assert "300" in validate_payment(form(reason="字" * 301))["reason"]


def test_a_contractors_liability_needs_its_proof():
    bare = form(liable=Liable.CONTRACTOR)
    assert "监理确认" in validate_payment(bare)["proof"]
    written = form(liable=Liable.CONTRACTOR, proof=ProofKind.CONTRACTOR)
    assert "proof_note" in validate_payment(written)
    for kind in (ProofKind.CONTRACTOR, ProofKind.SUPERVISOR):
        ok = form(liable=Liable.CONTRACTOR, proof=kind, proof_note="确认函 2026-11-18")
        assert validate_payment(ok) == {}
    # 补偿 (goodwill) and the company's liability need none
    assert validate_payment(form(payment=Payment.GOODWILL, liable=Liable.CONTRACTOR)) == {}


def test_the_payment():
    assert validate_pay(PayForm("王建国", "转账", TODAY), today=TODAY) == {}
    errors = validate_pay(PayForm(" ", "", date(2026, 11, 21), "备" * 201), today=TODAY)
    assert errors == {
        "payee": "请填写收款人",
        "method": "请填写支付方式",
        "note": "不能超过200个字",
        "paid_on": "付款日期不能晚于今天",
    }
