"""The dialogs of 认筹排号: 认筹… (a queue number for a customer), 退筹… and 作废… of a ticket.
收认筹金… is the cashier's, in payment_dialogs.

Each hands its write to the operation layer the one way (ui/forms.py `FormDialog.save`)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from anjia_desk.core.errors import ValidationError
from anjia_desk.services.payments import refund_ticket
from anjia_desk.services.tickets import issue_ticket, void_ticket
from anjia_desk.services.unit_views import TicketRow
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.rules import ticket_problems
from anjia_desk.ui.forms import CustomerPicker, FormDialog, MoneyEdit, ReasonDialog, Saved, yuan

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class TicketDialog(FormDialog):
    """认筹…: a queue number of the project for a customer, with the amount of 认筹金."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, project_id: int, project_name: str
    ) -> None:
        super().__init__(
            ctx,
            parent,
            "认筹",
            "认筹排号",
            f"{project_name}：为客户发放认筹号。认筹金由出纳另行收款开据。",
        )
        self.project_id = project_id
        self.ticket_id: int | None = None
        self.picker = CustomerPicker(ctx, self.errors)
        self.amount = MoneyEdit(self.errors, "amount")
        self.add("客户：", self.picker, "customer")
        self.add("认筹金：", self.amount, "amount")
        self.picker.search.setFocus()

    def keep(self, made: Any) -> None:
        self.ticket_id = made

    def save(self) -> ops.Work[Saved]:
        customer_id = self.picker.customer_id()
        errors = ticket_problems(customer_id)
        amount = Decimal(0)
        try:
            amount = self.amount.value()
        except ValidationError as exc:
            errors.update(exc.fields)
        if errors or customer_id is None:
            raise ValidationError(errors)
        project_id, now = self.project_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            ticket_id = issue_ticket(
                session,
                actor,
                project_id=project_id,
                customer_id=customer_id,
                amount=amount,
                now=now,
            )
            return Saved("已发放认筹号。", ticket_id)

        return work


def refund_ticket_dialog(ctx: AppContext, parent: QWidget, ticket: TicketRow) -> ReasonDialog:
    """退筹…: the 认筹金 received — and any 订金/诚意金 taken with it — goes back in full; its
    receipts stay as a record."""
    advance = f"及订金/诚意金 {yuan(ticket.advance)}" if ticket.advance else ""

    def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
        amount = refund_ticket(session, actor, ticket.id, reason=reason, now=now)
        what = "认筹金及订金/诚意金" if ticket.advance else "认筹金"
        return f"第 {ticket.number} 号已退筹，应退还{what} {yuan(amount)}。"

    return ReasonDialog(
        ctx,
        parent,
        "退筹",
        f"第 {ticket.number} 号（{ticket.customer_name}）退筹：已收的认筹金{advance}全额退还，"
        "收据保留作记录。",
        act,
        ok_text="退筹",
        reason_label="退筹原因：",
    )


def void_ticket_dialog(ctx: AppContext, parent: QWidget, ticket: TicketRow) -> ReasonDialog:
    """作废…: the number is not used again."""

    def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
        void_ticket(session, actor, ticket.id, reason=reason, now=now)
        return f"第 {ticket.number} 号已作废（号码不再使用）。"

    return ReasonDialog(
        ctx,
        parent,
        "作废排号",
        f"作废第 {ticket.number} 号（{ticket.customer_name}）：号码不再使用。"
        "已收认筹金或订金/诚意金的排号请由出纳办理退筹。",
        act,
        ok_text="作废",
        reason_label="作废原因：",
    )
