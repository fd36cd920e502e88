"""The cashier's dialogs: 收款… on a deal's installment (or 订金/诚意金 outside its plan),
收认筹金… on a queue ticket (认筹金, or 订金/诚意金 beside it), and what is done to a receipt
(作废…, 重开…, 财务确认) — shared by the deal window's 付款 tab and the 交易 section's 收据 tab.

Each dialog hands its write to the operation layer the one way (ui/forms.py `FormDialog.save`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from anjia_desk.core.deals import Nature
from anjia_desk.core.errors import ValidationError
from anjia_desk.services.deal_views import DealDetail, InstallmentLine, ReceiptLine
from anjia_desk.services.payments import (
    confirm_receipt as confirm_receipt_service,
)
from anjia_desk.services.payments import receipt_view, record_payment, reissue_receipt, void_receipt
from anjia_desk.services.receipt_lines import receipt_code
from anjia_desk.services.unit_views import TicketRow
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.rules import payment_problems
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.forms import (
    FormDialog,
    MoneyEdit,
    ReasonDialog,
    Saved,
    line_edit,
    money_text,
    parse_day,
    yuan,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

#: How money is paid at the cashier's desk (Receipt.method, at most 10 characters).
PAY_METHODS = ("转账", "刷卡", "现金", "支票")


#: The last choice of 付款节点: 订金/诚意金, received outside the plan (issue 17).
ADVANCE_CHOICE = "订金/诚意金（不计入付款计划，退还时全额）"


class PaymentDialog(FormDialog):
    """收款…: money on one of the deal's installments (the amount at most what is still owed),
    or 订金/诚意金 outside the plan (the last choice)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: DealDetail) -> None:
        super().__init__(
            ctx,
            parent,
            "收款",
            "收款开据",
            f"{detail.unit_label}，买受人{detail.buyer_name}：收款后开具收据。",
        )
        self.detail = detail
        self.receipt_id: int | None = None
        self.installment = QComboBox()
        self.lines: list[InstallmentLine] = [i for i in detail.installments if i.outstanding > 0]
        for line in self.lines:
            self.installment.addItem(
                f"{line.seq}. {line.name}（{line.nature.label}，"
                f"未付 {money_text(line.outstanding)}）",
                line.id,
            )
        self.installment.addItem(ADVANCE_CHOICE, None)
        self.nature = QLabel()
        self.amount = MoneyEdit(self.errors, "amount", cap_text="超过该节点未付金额")
        self.payer = line_edit(40)
        self.payer.setText(detail.buyer_name)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.addItems(PAY_METHODS)
        method_edit = self.method.lineEdit()
        if method_edit is not None:
            method_edit.setMaxLength(10)
        self.paid_on = line_edit(10, "留空为今天")
        self.note = line_edit(200, "可不填")
        self.add("付款节点：", self.installment, "installment")
        self.add("款项性质：", self.nature, "nature")
        self.add("金额：", self.amount, "amount")
        self.add("交款人：", self.payer, "payer")
        self.add("支付方式：", self.method, "method")
        self.add("交款日期：", self.paid_on, "paid_on")
        self.add("备注：", self.note, "note")
        self.installment.currentIndexChanged.connect(self._installment_changed)
        self._installment_changed()
        if not self.lines:
            self.message.show_info("这笔交易的各付款节点都已付清，只能收取订金/诚意金。")
        self.amount.setFocus()

    def current_line(self) -> InstallmentLine | None:
        index = self.installment.currentIndex()
        return self.lines[index] if 0 <= index < len(self.lines) else None

    def is_advance(self) -> bool:
        """订金/诚意金 chosen: outside the plan, no cap but the form's."""
        return self.installment.currentIndex() == len(self.lines)

    def _installment_changed(self) -> None:
        line = self.current_line()
        if line is None:
            advance = self.is_advance()
            self.nature.setText(Nature.ADVANCE.label if advance else "")
            self.amount.set_cap(None)
            self.amount.clear()
            self.amount.check()
            return
        self.nature.setText(line.nature.label)
        self.amount.set_cap(line.outstanding)
        self.amount.setText(str(line.outstanding))
        self.amount.check()

    def keep(self, made: Any) -> None:
        self.receipt_id = made

    def save(self) -> ops.Work[Saved]:
        line, advance = self.current_line(), self.is_advance()
        problems = payment_problems(line.id if line is not None else None, self.payer.text())
        if advance:
            problems.pop("installment", None)  # outside the plan: no installment
        elif line is None:
            raise ValidationError({"installment": problems["installment"]})
        errors: dict[str, str] = {}
        amount = Decimal(0)
        try:
            amount = self.amount.value()
        except ValidationError as exc:
            errors.update(exc.fields)
        paid_on: date | None = None
        try:
            paid_on = parse_day(self.paid_on.text(), "paid_on")
        except ValidationError as exc:
            errors.update(exc.fields)
        errors.update(problems)
        if errors:
            raise ValidationError(errors)
        payer, method, note = self.payer.text(), self.method.currentText(), self.note.text()
        deal_id, now = self.detail.id, self.ctx.clock()

        nature = Nature.ADVANCE if line is None else line.nature
        installment_id = None if line is None else line.id

        def work(session: Session, actor: Actor) -> Saved:
            receipt_id = record_payment(
                session,
                actor,
                amount=amount,
                nature=nature,
                payer=payer,
                method=method,
                paid_on=paid_on,
                deal_id=deal_id,
                installment_id=installment_id,
                note=note,
                now=now,
            )
            number = receipt_view(session, actor, receipt_id).number
            what = f"{nature.label} " if nature is Nature.ADVANCE else ""
            text = f"已收{what}款 {money_text(amount)} 元，收据号 {receipt_code(number)}。"
            return Saved(text, receipt_id)

        return work


#: What the cashier may take on a queue ticket (issue 17: 订金/诚意金 beside the 认筹金).
TICKET_NATURES = (Nature.QUEUE, Nature.ADVANCE)


class TicketPaymentDialog(FormDialog):
    """收认筹金…: the 认筹金 of one queue ticket (at most what is still owed of it), or
    订金/诚意金 taken beside it — not counted into the 认筹金, returned in full at 退筹."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, ticket: TicketRow) -> None:
        super().__init__(
            ctx,
            parent,
            "收认筹金",
            "收款开据",
            f"第 {ticket.number} 号认筹，客户{ticket.customer_name}，"
            f"认筹金 {yuan(ticket.amount)}。",
        )
        self.ticket = ticket
        self.receipt_id: int | None = None
        self.nature = QComboBox()
        for nature in TICKET_NATURES:
            self.nature.addItem(nature.label, nature.value)
        self.queue_left = max(ticket.amount - ticket.received, Decimal(0))
        self.amount = MoneyEdit(
            self.errors, "amount", cap=self.queue_left, cap_text="超过未收的认筹金"
        )
        self.amount.setText(str(self.queue_left))
        self.payer = line_edit(40)
        self.payer.setText(ticket.customer_name)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.addItems(PAY_METHODS)
        self.paid_on = line_edit(10, "留空为今天")
        self.add("款项性质：", self.nature, "nature")
        self.add("金额：", self.amount, "amount")
        self.add("交款人：", self.payer, "payer")
        self.add("支付方式：", self.method, "method")
        self.add("交款日期：", self.paid_on, "paid_on")
        self.nature.currentIndexChanged.connect(self._nature_changed)
        if self.queue_left == 0:  # the 认筹金 is all in: what is left to take is an advance
            self.nature.setCurrentIndex(TICKET_NATURES.index(Nature.ADVANCE))
        self.amount.setFocus()

    def chosen(self) -> Nature:
        return Nature(self.nature.currentData())

    def _nature_changed(self) -> None:
        if self.chosen() is Nature.ADVANCE:
            self.amount.set_cap(None)
            self.amount.clear()
        else:
            self.amount.set_cap(self.queue_left, "超过未收的认筹金")
            self.amount.setText(str(self.queue_left))
        self.amount.check()

    def keep(self, made: Any) -> None:
        self.receipt_id = made

    def save(self) -> ops.Work[Saved]:
        amount = self.amount.value()
        paid_on = parse_day(self.paid_on.text(), "paid_on")
        payer, method, now = self.payer.text(), self.method.currentText(), self.ctx.clock()
        ticket, nature = self.ticket, self.chosen()

        def work(session: Session, actor: Actor) -> Saved:
            receipt_id = record_payment(
                session,
                actor,
                amount=amount,
                nature=nature,
                payer=payer,
                method=method,
                paid_on=paid_on,
                ticket_id=ticket.id,
                now=now,
            )
            text = f"已收第 {ticket.number} 号{nature.label} {money_text(amount)} 元。"
            return Saved(text, receipt_id)

        return work


# --- what is done to a receipt (the deal window's 付款 tab and the 收据 tab)


def void_receipt_dialog(ctx: AppContext, parent: QWidget, receipt: ReceiptLine) -> ReasonDialog:
    def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
        void_receipt(session, actor, receipt.id, reason=reason, now=now)
        return f"收据 {receipt.code} 已作废（号码保留）。"

    return ReasonDialog(
        ctx,
        parent,
        "作废收据",
        f"作废收据 {receipt.code}（{receipt.nature.label} {yuan(receipt.amount)}）：号码不再使用，"
        "已付金额相应减少。",
        act,
        ok_text="作废",
        reason_label="作废原因：",
    )


def reissue_receipt_dialog(ctx: AppContext, parent: QWidget, receipt: ReceiptLine) -> ReasonDialog:
    def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
        new_id = reissue_receipt(session, actor, receipt.id, reason=reason, now=now)
        number = receipt_view(session, actor, new_id).number
        return f"收据 {receipt.code} 已作废，重开为 {receipt_code(number)}。"

    return ReasonDialog(
        ctx,
        parent,
        "重开收据",
        f"重开收据 {receipt.code}：原收据作废，按同样的金额和款项开一张新号码的收据。",
        act,
        ok_text="重开",
        reason_label="重开原因：",
    )


def confirm_receipt(
    ctx: AppContext,
    parent: QWidget,
    receipt: ReceiptLine,
    *,
    done: Callable[[str], None],
    message: MessageBar,
) -> None:
    """财务确认 through the operation layer: `done(text)` once committed, a refusal on `message`."""
    receipt_id, now = receipt.id, ctx.clock()
    text = f"收据 {receipt.code} 已财务确认。"

    def confirmed(_result: object) -> None:
        done(text)

    ops.write(
        ctx,
        lambda session, actor: confirm_receipt_service(session, actor, receipt_id, now=now),
        parent=parent,
        done=confirmed,
        message=message,
    )
