"""The complaint window's money dialogs (issue 18): 申请赔偿/补偿 — the kind, who is liable, the
amount, why, and for a contractor's liability its proof — saying as the amount is typed who must
approve it (the customer-service manager, and the vice president above the settings' limit:
core.complaints.approvers), and the cashier's 支付赔付 against a numbered 赔付凭证. Each checks
its fields with core/complaint_money_forms.py's validator (messages beside the fields)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from anjia_desk.core.complaint_kinds import ProofKind
from anjia_desk.core.complaint_money_forms import (
    PayForm,
    PaymentForm,
    validate_pay,
    validate_payment,
)
from anjia_desk.core.complaints import Liable, Payment, approvers, needs_contractor_proof
from anjia_desk.core.errors import ValidationError
from anjia_desk.ui import ops, palette
from anjia_desk.ui.complaints.dialogs import CaseRef
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.dunning.dialogs import date_edit, day_of
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.forms import FormDialog, MoneyEdit, Saved, line_edit, yuan

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


@dataclass(frozen=True)
class Limits:
    """The settings' approval limits: a contractor's liability, the company's (and 补偿)."""

    contractor: Decimal
    company: Decimal


def read_limits(session: Session, _actor: Actor) -> Limits:
    from anjia_desk.services.complaint_base import limits

    contractor, company = limits(session)
    return Limits(contractor, company)


def approvers_text(payment: Payment, liable: Liable, amount: Decimal | None, lim: Limits) -> str:
    """Who must approve the amount typed: "审批：客服经理" / "…、分管副总（超过 … 元）"."""
    limit = (
        lim.contractor
        if payment is Payment.LIABILITY and liable is Liable.CONTRACTOR
        else lim.company
    )
    if amount is None:
        return f"不超过 {yuan(limit)} 由客服经理审批，超过的还须分管副总审批。"
    roles = approvers(
        payment, liable, amount, contractor_limit=lim.contractor, company_limit=lim.company
    )
    names = "、".join(role.label for role in roles)
    over = f"（超过 {yuan(limit)}）" if len(roles) > 1 else f"（不超过 {yuan(limit)}）"
    return f"审批：{names}{over}"


class PaymentDialog(FormDialog):
    """申请赔偿/补偿. `payment`, `liable`, `amount`, `reason`, `proof`, `proof_note`;
    `approvers_label` says who must approve the amount typed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, case: CaseRef) -> None:
        super().__init__(
            ctx,
            parent,
            f"申请赔偿/补偿 — {case.code}",
            "提交申请",
            "赔偿：因责任造成的损失；补偿：无责任时的善意补偿（按本公司额度审批）。施工单位"
            "责任的赔偿须有施工单位书面确认或监理确认。",
        )
        self.case = case
        self.limits = ops.read_now(ctx, read_limits)
        self.payment = QComboBox()
        for payment in Payment:
            self.payment.addItem(payment.label, payment.value)
        self.liable = QComboBox()
        for liable in Liable:
            self.liable.addItem(liable.label, liable.value)
        self.amount = MoneyEdit(self.errors, "amount")
        self.reason = line_edit(300, "如 地面返修期间无法入住的损失")
        self.proof = QComboBox()
        for proof in ProofKind:
            self.proof.addItem(proof.label, proof.value)
        self.proof_note = line_edit(200, "确认文件名称、日期")
        self.approvers_label = QLabel()
        self.approvers_label.setWordWrap(True)
        self.approvers_label.setStyleSheet(f"color:{palette.INFO};font-weight:bold;")
        self.add("类别：", self.payment, "payment")
        self.add("责任方：", self.liable, "liable")
        self.add("金额：", self.amount, "amount")
        self.add("", self.approvers_label, "approvers")
        self.add("事由：", self.reason, "reason")
        self.proof_row = self.add("责任确认：", self.proof, "proof")
        self.proof_note_row = self.add("确认文件：", self.proof_note, "proof_note")
        self.foot.addWidget(hint_label("审批后由出纳支付并开具赔付凭证，财务确认。"))
        for combo in (self.payment, self.liable):
            combo.currentIndexChanged.connect(self._changed)
        self.amount.textEdited.connect(self._changed)
        self._changed()
        self.amount.setFocus()

    def payment_value(self) -> Payment:
        return Payment(str(self.payment.currentData()))

    def liable_value(self) -> Liable:
        return Liable(str(self.liable.currentData()))

    def _changed(self, *_args: object) -> None:
        payment, liable = self.payment_value(), self.liable_value()
        proof = needs_contractor_proof(payment, liable)
        self.form.setRowVisible(self.proof_row, proof)
        self.form.setRowVisible(self.proof_note_row, proof)
        amount = None if self.amount.problem() else self.amount.value()
        self.approvers_label.setText(approvers_text(payment, liable, amount, self.limits))

    def values(self) -> PaymentForm:
        payment, liable = self.payment_value(), self.liable_value()
        proof = (
            ProofKind(str(self.proof.currentData()))
            if needs_contractor_proof(payment, liable)
            else ProofKind.NONE
        )
        return PaymentForm(
            payment,
            liable,
            self.amount.value(),
            self.reason.text().strip(),
            proof,
            self.proof_note.text().strip() if proof is not ProofKind.NONE else "",
        )

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.complaint_money import request_payment

        form = self.values()
        errors = validate_payment(form)
        if errors:
            raise ValidationError(errors)
        case, now = self.case, self.ctx.clock()
        who = approvers_text(form.payment, form.liable, form.amount, self.limits)

        def work(session: Session, actor: Actor) -> Saved:
            payment_id = request_payment(session, actor, case.id, form, now=now)
            return Saved(
                f"{case.code} 已申请{form.payment.label} {yuan(form.amount)}；{who}。", payment_id
            )

        return work


@dataclass(frozen=True)
class PaymentRef:
    """The request the cashier pays: its id, what it is, the amount."""

    id: int
    what: str  # 赔偿（施工单位责任） 25,000.00 元
    amount: Decimal


class PayDialog(FormDialog):
    """支付赔付: who receives it, how and on which day; a numbered 赔付凭证 is issued."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, case: CaseRef, payment: PaymentRef
    ) -> None:
        super().__init__(
            ctx,
            parent,
            f"支付赔付 — {case.code}",
            "付款并开凭证",
            f"{payment.what}，已审批。付款后打印赔付凭证（一式两联），由财务确认。",
        )
        self.case = case
        self.payment = payment
        self.payee = line_edit(40)
        self.payee.setText(case.who)
        self.method = QComboBox()
        self.method.setEditable(True)
        for method in ("转账", "现金", "支票"):
            self.method.addItem(method)
        self.paid_on = date_edit(case.today, maximum=case.today)
        self.note = line_edit(200)
        self.add("收款人：", self.payee, "payee")
        self.add("支付方式：", self.method, "method")
        self.add("付款日期：", self.paid_on, "paid_on")
        self.add("备注：", self.note, "note")

    def values(self) -> PayForm:
        return PayForm(
            self.payee.text().strip(),
            self.method.currentText().strip(),
            day_of(self.paid_on),
            self.note.text().strip(),
        )

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.core.complaint_kinds import payment_code
        from anjia_desk.services.complaint_money import pay_payment

        form = self.values()
        errors = validate_pay(form, today=self.case.today)
        if errors:
            raise ValidationError(errors)
        case, payment, now = self.case, self.payment, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            number = pay_payment(session, actor, payment.id, form, now=now)
            return Saved(
                f"{case.code} 已支付 {yuan(payment.amount)}，凭证 {payment_code(number)}，"
                "待财务确认。",
                number,
            )

        return work
