"""The forms of money paid because of a complaint (issue 18, DOMAIN §9): the request for a 赔偿
(liability) or 补偿 (goodwill) and the cashier's payment against a numbered 赔付凭证. Each a plain
dataclass and a pure validator returning `{field: message}`; the dialogs show the messages beside
their fields (the keys are the dialogs' field keys) and the services call the same validators
first. Who approves (by amount and liability) is core.complaints.approvers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from anjia_desk.core.complaint_kinds import ProofKind
from anjia_desk.core.complaints import Liable, Payment, needs_contractor_proof
from anjia_desk.core.deals import FEN

REASON_MAX = 300
PROOF_NOTE_MAX = 200
PAYEE_MAX = 40
METHOD_MAX = 10
NOTE_MAX = 200
#: The most one request may ask for (a typo guard: ten million yuan).
AMOUNT_MAX = Decimal(10_000_000)


@dataclass(frozen=True)
class PaymentForm:
    """What 申请赔偿/补偿 sends. `liable`: whose fault it is (a 补偿 is goodwill, approved on the
    company's limit whoever it names). A contractor's liability needs its proof: the
    contractor's written acknowledgement or the supervising engineer's (监理) confirmation,
    with what and when in `proof_note`; for anything else the proof is not kept."""

    payment: Payment
    liable: Liable
    amount: Decimal
    reason: str
    proof: ProofKind = ProofKind.NONE
    proof_note: str = ""


def _long(errors: dict[str, str], key: str, text: str, most: int) -> None:
    if len(text.strip()) > most:
        errors[key] = f"不能超过{most}个字"


def _required(errors: dict[str, str], key: str, text: str, what: str, most: int) -> None:
    if not text.strip():
        errors[key] = f"请填写{what}"
    else:
        _long(errors, key, text, most)


def validate_payment(form: PaymentForm) -> dict[str, str]:
    """The request's refusals, field by field."""
    errors: dict[str, str] = {}
    if not form.amount.is_finite() or form.amount.quantize(FEN) != form.amount:
        errors["amount"] = "金额最多两位小数"
    elif form.amount <= 0:
        errors["amount"] = "金额须大于0"
    elif form.amount > AMOUNT_MAX:
        errors["amount"] = "金额过大，请核对"
    _required(errors, "reason", form.reason, "赔付事由", REASON_MAX)
    if needs_contractor_proof(form.payment, form.liable):
        if form.proof is ProofKind.NONE:
            errors["proof"] = "施工单位责任的赔偿须有施工单位书面确认或监理确认"
        else:
            _required(
                errors, "proof_note", form.proof_note, "确认文件（名称、日期）", PROOF_NOTE_MAX
            )
    return errors


@dataclass(frozen=True)
class PayForm:
    """What the cashier's 支付赔付 sends: who receives the money, how and on which day."""

    payee: str
    method: str
    paid_on: date
    note: str = ""


def validate_pay(form: PayForm, *, today: date) -> dict[str, str]:
    """The payment's refusals, field by field (`today`: the office's day)."""
    errors: dict[str, str] = {}
    _required(errors, "payee", form.payee, "收款人", PAYEE_MAX)
    _required(errors, "method", form.method, "支付方式", METHOD_MAX)
    _long(errors, "note", form.note, NOTE_MAX)
    if form.paid_on > today:
        errors["paid_on"] = "付款日期不能晚于今天"
    return errors


__all__ = ["PayForm", "PaymentForm", "validate_pay", "validate_payment"]
