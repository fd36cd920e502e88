"""The 交易 section's 认筹排号 tab: a project's queue tickets by status, with 认筹…, 收认筹金…,
退筹… and 作废… for those who may (the section opens their dialogs)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from anjia_desk.core.deals import TicketStatus
from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.tickets import list_tickets
from anjia_desk.services.unit_views import TicketRow
from anjia_desk.ui import ops
from anjia_desk.ui.deals.format import INACTIVE_ROW, RIGHT, make_button, make_table
from anjia_desk.ui.deals.section_tab import SectionTab, project_combo
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.forms import money_text
from anjia_desk.ui.tables import Column, ColumnTableModel

TAB_TICKETS = "tickets"


def status_text(ticket: TicketRow) -> str:
    """ "有效", or "有效（过号）" for a number passed over at 开盘选房 (it may still choose)."""
    status = TicketStatus(ticket.status)
    skipped = status is TicketStatus.ACTIVE and ticket.skipped_at is not None
    return f"{status.label}（过号）" if skipped else status.label


def note_text(ticket: TicketRow) -> str:
    """The 说明 column: why it was voided or refunded, or passed over, a 特许选房 with its
    reason and who allowed it, and 订金/诚意金 taken beside the 认筹金 (issue 17)."""
    advance = f"另收订金/诚意金 {money_text(ticket.advance)} 元" if ticket.advance else ""
    parts = [ticket.void_reason or ticket.skip_reason, ticket.allowance_text, advance]
    return "；".join(p for p in parts if p)


def totals_text(tickets: list[TicketRow]) -> str:
    """The line under the list: how many numbers in each state, the 认筹金 not voided and the
    money actually held (what the cashier received, less refunds)."""
    if not tickets:
        return ""
    counts = Counter(TicketStatus(t.status) for t in tickets)
    skipped = sum(
        1 for t in tickets if t.skipped_at is not None and t.status == TicketStatus.ACTIVE
    )
    parts = []
    for status in TicketStatus:
        if counts[status]:
            extra = f"（其中过号 {skipped}）" if skipped and status is TicketStatus.ACTIVE else ""
            parts.append(f"{status.label} {counts[status]}{extra}")
    money = sum((t.amount for t in tickets if t.status != TicketStatus.VOIDED), Decimal(0))
    received = sum((t.received for t in tickets), Decimal(0))
    return (
        f"共 {len(tickets)} 个排号：{'，'.join(parts)}；认筹金（不含作废）{money_text(money)} 元，"
        f"实收 {money_text(received)} 元"
    )


class TicketsModel(ColumnTableModel[TicketRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column(
                    "number", "排号", lambda t: f"第 {t.number} 号", sort_key=lambda t: t.number
                ),
                Column("customer", "客户", lambda t: t.customer_name),
                Column("status", "状态", status_text),
                Column("amount", "认筹金", lambda t: money_text(t.amount), align=RIGHT),
                Column("received", "已收", lambda t: money_text(t.received), align=RIGHT),
                Column("unit", "已选房源", lambda t: t.chosen_unit),
                Column("reason", "说明", note_text),
                Column("phone", "电话", lambda t: t.shown_phone),
                Column("issued", "发放时间", lambda t: format_local(t.issued_at, self.zone)),
                Column("by", "经办人", lambda t: t.issued_by),
            ],
            parent,
        )

    def row_foreground(self, row: TicketRow) -> QColor | None:
        return None if row.status == TicketStatus.ACTIVE.value else INACTIVE_ROW


class TicketsTab(SectionTab):
    """认筹排号: `ticket_project` (no 全部项目: one project's queue), `ticket_status`;
    `tickets_model` in `tickets_table`; `issue_button`, `collect_button`, `refund_button` and
    `void_ticket_button`, shown by permission (the section connects them)."""

    key = TAB_TICKETS

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.ticket_project = self.project_box = project_combo(False)
        self.ticket_status = QComboBox()
        self.ticket_status.addItem("全部状态", None)
        for status in TicketStatus:
            self.ticket_status.addItem(status.label, status.value)
        top.addWidget(QLabel("项目："))
        top.addWidget(self.ticket_project)
        top.addWidget(QLabel("状态："))
        top.addWidget(self.ticket_status)
        top.addStretch(1)
        layout.addLayout(top)
        self.tickets_model = TicketsModel(self)
        self.tickets_table = make_table(self.tickets_model)
        layout.addWidget(self.tickets_table, 1)
        self.ticket_totals = QLabel()
        layout.addWidget(self.ticket_totals)
        buttons = QHBoxLayout()
        cashier = actor.can(Action.RECORD_PAYMENTS)
        self.issue_button = make_button("认筹…", visible=actor.can(Action.ISSUE_TICKETS))
        self.collect_button = make_button("收认筹金…", visible=cashier)
        self.refund_button = make_button("退筹…", visible=cashier)
        self.void_ticket_button = make_button("作废…", visible=actor.can(Action.VOID_TICKETS))
        for button in (
            self.issue_button,
            self.collect_button,
            self.refund_button,
            self.void_ticket_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.ticket_project.currentIndexChanged.connect(self.request_reload)
        self.ticket_status.currentIndexChanged.connect(self.request_reload)

    def read(self, now: datetime) -> ops.Work[list[TicketRow]] | None:
        project_id = self.ticket_project.currentData()
        if project_id is None:
            return None
        status = self.ticket_status.currentData()
        return lambda session, actor: list_tickets(
            session, actor, int(project_id), status=status, now=now
        )

    def clear(self) -> None:
        self.tickets_model.set_rows([])
        self.ticket_totals.clear()

    def show_result(self, value: list[TicketRow], zone: ZoneInfo, today: date) -> None:
        self.tickets_model.zone = zone
        self.tickets_model.set_rows(value)
        self.ticket_totals.setText(totals_text(value))
