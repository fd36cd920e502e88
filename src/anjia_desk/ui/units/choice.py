"""The 房源 page's 开盘选房 mode: the queue's next ticket, choosing a unit on the board for that
customer in turn, 过号 (the shared reason dialog) — and, when a 过号 customer comes back,
choosing for that number out of turn — and printing the 选房确认单. A number whose 认筹金 is not
in does not choose: the bar says so, and the site manager may allow it (特许选房…)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog

from anjia_desk.core.deals import UnitStatus
from anjia_desk.core.roles import Action
from anjia_desk.core.ticket_rules import choice_refusal
from anjia_desk.services.tickets import allow_choice, choose_unit, skip_ticket
from anjia_desk.services.unit_views import TicketRow
from anjia_desk.ui.units.board import area_text
from anjia_desk.ui.units.conflicts import UnitReasonDialog
from anjia_desk.ui.units.page_base import UnitsPageBase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class ChoiceMode(UnitsPageBase):
    """开盘选房 and the 选房确认单."""

    printer: Any  # ui.printing.PdfPrinter, made on the first print

    def _show_queue(self) -> None:
        on = self.choice_button.isChecked()
        self._fill_turns()
        self.queue_label.setVisible(on)
        self.turn_box.setVisible(on and bool(self.skipped_tickets))
        came_back = self._came_back()
        self.skip_button.setVisible(on and self.next_ticket is not None and came_back is None)
        ticket = came_back or self.next_ticket
        self.allow_button.setVisible(
            on
            and ticket is not None
            and not ticket.may_choose
            and self.ctx.actor.can(Action.ALLOW_UNPAID_CHOICE)
        )
        if ticket is None:
            self.queue_label.setText("当前：没有待选房的排号")
            return
        notes = ["过号"] if came_back is not None else []
        if not ticket.may_choose:
            notes.append("认筹金未收齐" if ticket.received > 0 else "认筹金未收")
        elif not ticket.money_in:
            notes.append("特许选房")
        note = f"（{'，'.join(notes)}）" if notes else ""
        self.queue_label.setText(f"当前：第 {ticket.number} 号 {ticket.customer_name}{note}")

    def _fill_turns(self) -> None:
        """The turn box: 按排号顺序, then each 过号 number still waiting (kept if still there)."""
        wanted = self.turn_box.currentData()
        self.turn_box.blockSignals(True)
        self.turn_box.clear()
        self.turn_box.addItem("按排号顺序", None)
        for ticket in self.skipped_tickets:
            self.turn_box.addItem(
                f"第 {ticket.number} 号 {ticket.customer_name}（过号）", ticket.id
            )
        index = self.turn_box.findData(wanted) if wanted is not None else 0
        self.turn_box.setCurrentIndex(max(index, 0))
        self.turn_box.blockSignals(False)

    def _came_back(self) -> TicketRow | None:
        """The 过号 number chosen in the turn box, if any."""
        wanted = self.turn_box.currentData()
        return next((t for t in self.skipped_tickets if t.id == wanted), None)

    def _turn_changed(self, _index: int) -> None:
        self._show_queue()

    # --- 开盘选房

    def _choice_toggled(self, on: bool) -> None:
        self.message.clear_message()
        self.reload()
        if on:
            self.message.show_info(
                "开盘选房：按排号顺序，点击可售房源为当前客户选定；客户未到可“过号”。"
            )

    def _unit_clicked(self, unit_id: int) -> None:
        if not self.choice_button.isChecked():
            return
        cell = self.board.cell(unit_id)
        ticket = self._came_back() or self.next_ticket
        if cell is None:
            return
        label = f"{self.board_data.building_name if self.board_data else ''}{cell.stairwell}"
        label += cell.room
        if ticket is None:
            self.message.show_warning("没有待选房的排号。")
            return
        refusal = choice_refusal(
            ticket.number,
            ticket.amount,
            ticket.received,
            allowed=ticket.choice_allowed_at is not None,
        )
        if refusal:
            self.message.show_warning(f"{refusal}。")
            return
        if cell.status is not UnitStatus.AVAILABLE:
            self.message.show_warning(f"{label} {cell.status.label}，不能选。")
            return
        question = (
            f"第 {ticket.number} 号 {ticket.customer_name} 选定 {label}"
            f"（{cell.layout} {area_text(cell.area)}，表价 {cell.list_price:,.2f} 元）吗？"
        )
        if not self.ctx.dialogs.confirm(self, "确认选房", question):
            return
        self._choose(unit_id, ticket, label)

    def _choose(self, unit_id: int, ticket: TicketRow, label: str) -> None:
        holds: list[int] = []
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> str:
            holds.append(choose_unit(session, actor, unit_id, ticket_id=ticket.id, now=now))
            return f"第 {ticket.number} 号 {ticket.customer_name} 已选定 {label}。"

        def offer_print() -> None:
            question = f"现在打印 {label} 的选房确认单吗？"
            if self.ctx.dialogs.confirm(self, "打印选房确认单", question):
                self.print_choice(holds[0], label)

        self._write(work, then=offer_print)

    def open_skip(self) -> None:
        ticket = self.next_ticket
        if ticket is None:
            return
        ticket_id, number = ticket.id, ticket.number

        def skip(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            skip_ticket(session, actor, ticket_id, reason=reason, now=now)
            return f"第 {number} 号已过号。"

        dialog = UnitReasonDialog(
            self.ctx,
            self,
            "过号",
            f"第 {number} 号 {ticket.customer_name} 过号：轮到下一位选房，"
            "他的排号仍然有效，可以之后再选。",
            skip,
            ok_text="过号",
            required=False,
            placeholder="如 叫号三次未到",
            max_length=100,
        )
        self._open(dialog)

    def open_allow(self) -> None:
        """特许选房: the site manager lets the current number choose without its 认筹金."""
        ticket = self._came_back() or self.next_ticket
        if ticket is None:
            return
        ticket_id, number = ticket.id, ticket.number

        def allow(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            allow_choice(session, actor, ticket_id, reason=reason, now=now)
            return f"第 {number} 号已特许选房，可以选房了。"

        dialog = UnitReasonDialog(
            self.ctx,
            self,
            "特许选房",
            f"第 {number} 号 {ticket.customer_name} 的认筹金应收 {ticket.amount:,.2f} 元，"
            f"已收 {ticket.received:,.2f} 元。特许后可以先选房；原因记入排号和审计日志。",
            allow,
            ok_text="特许选房",
            placeholder="如 转账在途，明日到账",
            max_length=200,
        )
        self._open(dialog)

    # --- printing the 选房确认单

    def print_selected_choice(self) -> None:
        detail = self.detail
        if detail is not None and detail.hold is not None:
            self.print_choice(detail.hold.id, detail.label)

    def print_choice(self, hold_id: int, label: str) -> None:
        """Make the 选房确认单 in the background, then open the print preview."""
        # Imported when used: the print flow and the papers (reportlab) are a start-up cost.
        from anjia_desk.services import printing
        from anjia_desk.ui.printing import PdfPrinter

        if self.printer is None:
            self.printer = PdfPrinter(self.ctx, self, self.message)
        now = self.ctx.clock()

        def produce(session: Session, actor: Actor, out: Path) -> Path:
            return printing.print_choice(session, actor, hold_id, out, now=now)

        self.printer.run(f"选房确认单-{label}", produce, "正在生成选房确认单…")

    @property
    def preview(self) -> QDialog | None:
        """The open print preview of a 选房确认单, if any."""
        preview: QDialog | None = self.printer.preview if self.printer is not None else None
        return preview
