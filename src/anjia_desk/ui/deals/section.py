"""交易: the section of the main window for deals — 交易 (the list), 认筹排号, 认购未签约, 应收款
and 收据, each tab for those who may use it (`tabs_for`) and in its own module. Every list loads
through `LazyPage.load` (the reader), the tab in front first and the others when shown; every
write goes through ui/ops.py and the section refreshes on the topics its lists read.
Double-clicking a deal, an unsigned deal or a receivable opens the deal's window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from anjia_desk.core.errors import ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import ReceiptLine
from anjia_desk.services.projects import list_projects
from anjia_desk.services.settings import office_zone
from anjia_desk.services.unit_views import ProjectRow, TicketRow
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.deals_tab import TAB_DEALS, DealsTab
from anjia_desk.ui.deals.format import make_button
from anjia_desk.ui.deals.payment_dialogs import (
    TicketPaymentDialog,
    confirm_receipt,
    reissue_receipt_dialog,
    void_receipt_dialog,
)
from anjia_desk.ui.deals.receipts_tab import TAB_RECEIPTS, ReceiptsTab
from anjia_desk.ui.deals.receivables_tab import TAB_RECEIVABLES, ReceivablesTab
from anjia_desk.ui.deals.section_tab import SectionTab
from anjia_desk.ui.deals.ticket_dialogs import (
    TicketDialog,
    refund_ticket_dialog,
    void_ticket_dialog,
)
from anjia_desk.ui.deals.tickets_tab import TAB_TICKETS, TicketsTab
from anjia_desk.ui.deals.unsigned_tab import TAB_UNSIGNED, UnsignedTab
from anjia_desk.ui.deals.window import open_deal
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.formatting import default_zone
from anjia_desk.ui.forms import FormDialog
from anjia_desk.ui.printing import PdfPrinter
from anjia_desk.ui.tables import selected_row
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def tabs_for(actor: Actor) -> list[str]:
    """The tabs this person may use, in order."""
    tabs: list[str] = []
    if actor.can(Action.VIEW_DEALS):
        tabs.append(TAB_DEALS)
    if (
        actor.can(Action.ISSUE_TICKETS)
        or actor.can(Action.VOID_TICKETS)
        or actor.can(Action.RECORD_PAYMENTS)
    ):
        tabs.append(TAB_TICKETS)
    if actor.can(Action.SIGN_CONTRACTS):
        tabs.append(TAB_UNSIGNED)
    if actor.can(Action.VIEW_RECEIVABLES):
        tabs.append(TAB_RECEIVABLES)
    if actor.can(Action.RECORD_PAYMENTS) or actor.can(Action.CONFIRM_RECEIPTS):
        tabs.append(TAB_RECEIPTS)
    return tabs


def may_see_deals(actor: Actor) -> bool:
    """Whether the 交易 section belongs in this person's navigation."""
    return bool(tabs_for(actor))


#: The tabs' titles.
TAB_TITLES = {
    TAB_DEALS: "交易",
    TAB_TICKETS: "认筹排号",
    TAB_UNSIGNED: "认购未签约",
    TAB_RECEIVABLES: "应收款",
    TAB_RECEIPTS: "收据",
}


@dataclass(frozen=True)
class _Projects:
    projects: list[ProjectRow]
    zone: ZoneInfo


def _read_projects(session: Session, actor: Actor) -> _Projects:
    return _Projects(list_projects(session, actor), office_zone(session))


class DealsSection(LazyPage):
    """交易. Construct with `DealsSection(ctx)`; in the navigation for `may_see_deals(actor)`.
    Its tabs, by key, are `tab_keys`; those it has are `deals_tab`, `tickets_tab`,
    `unsigned_tab`, `receivables_tab` and `receipts_tab` (None when the person may not use it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.zone: ZoneInfo = default_zone()
        self.projects: list[ProjectRow] = []
        self.sub_dialog: FormDialog | None = None
        self.loaded: set[str] = set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        header = QHBoxLayout()
        title = QLabel("交易")
        title.setStyleSheet("font-size:16px;font-weight:bold;")
        header.addWidget(title)
        header.addStretch(1)
        self.refresh_button = make_button("刷新", self.reload)
        header.addWidget(self.refresh_button)
        outer.addLayout(header)
        keys = tabs_for(actor)
        self.deals_tab = DealsTab() if TAB_DEALS in keys else None
        self.tickets_tab = TicketsTab(actor) if TAB_TICKETS in keys else None
        self.unsigned_tab = UnsignedTab() if TAB_UNSIGNED in keys else None
        self.receivables_tab = ReceivablesTab() if TAB_RECEIVABLES in keys else None
        self.receipts_tab = ReceiptsTab(actor) if TAB_RECEIPTS in keys else None
        self.tabs = QTabWidget()
        self.tab_keys: list[str] = []
        self.tab_widgets: dict[str, SectionTab] = {}
        for tab in (
            self.deals_tab,
            self.tickets_tab,
            self.unsigned_tab,
            self.receivables_tab,
            self.receipts_tab,
        ):
            if tab is not None:
                self._add_tab(tab)
        self._connect_tabs()
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        self.printer = PdfPrinter(ctx, self, self.message)

    def _add_tab(self, tab: SectionTab) -> None:
        key = tab.key
        self.tabs.addTab(tab, TAB_TITLES[key])
        self.tab_keys.append(key)
        self.tab_widgets[key] = tab
        tab.reload_requested.connect(self._load)

    def _connect_tabs(self) -> None:
        if self.deals_tab is not None:
            self.deals_tab.deals_table.activated.connect(self._open_deal_index)
        if self.unsigned_tab is not None:
            self.unsigned_tab.unsigned_table.activated.connect(self._open_unsigned_index)
        if self.receivables_tab is not None:
            self.receivables_tab.recv_table.activated.connect(self._open_receivable_index)
        if self.tickets_tab is not None:
            tickets = self.tickets_tab
            tickets.issue_button.clicked.connect(self.ask_ticket)
            tickets.collect_button.clicked.connect(self.ask_collect)
            tickets.refund_button.clicked.connect(self.ask_refund)
            tickets.void_ticket_button.clicked.connect(self.ask_void_ticket)
        if self.receipts_tab is not None:
            receipts = self.receipts_tab
            receipts.rcpt_void_button.clicked.connect(self.ask_void_receipt)
            receipts.rcpt_reissue_button.clicked.connect(self.ask_reissue_receipt)
            receipts.rcpt_confirm_button.clicked.connect(self.confirm_selected_receipt)
            receipts.rcpt_print_button.clicked.connect(self.print_selected_receipt)

    # --- loading

    def current_key(self) -> str:
        index = self.tabs.currentIndex()
        return self.tab_keys[index] if 0 <= index < len(self.tab_keys) else ""

    def reload(self) -> None:
        """Read the projects, then the tab in front; the others reload when shown."""
        self.loaded.clear()
        self.load(_read_projects, self._projects_read, message=self.message)

    def _projects_read(self, read: _Projects) -> None:
        self.projects, self.zone = read.projects, read.zone
        for tab in self.tab_widgets.values():
            if tab.project_box is not None:
                self._fill_projects(tab.project_box)
        self._load(self.current_key())

    def _fill_projects(self, box: QComboBox) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        if box.property("with_all"):
            box.addItem("全部项目", None)
        for project in self.projects:
            box.addItem(project.name, project.id)
        index = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)

    def _tab_changed(self, _index: int) -> None:
        key = self.current_key()
        if key and key not in self.loaded:
            self._load(key)

    def _load(self, key: str) -> None:
        """Read the tab `key` with its filters as they are, then show what was read."""
        tab = self.tab_widgets.get(key)
        if tab is None:
            return
        try:
            work = tab.read(self.ctx.clock())
        except ValidationError as exc:
            self.message.show_error(next(iter(exc.fields.values())))
            return
        if work is None:
            self.loaded.add(key)
            tab.clear()
            return
        self.load(work, self._shower(key, tab), message=self.message)

    def _shower(self, key: str, tab: SectionTab) -> Callable[[Any], None]:
        def show(value: Any) -> None:
            self.loaded.add(key)
            tab.show_result(value, self.zone, self._today())

        return show

    def _today(self) -> date:
        return self.ctx.clock().astimezone(self.zone).date()

    # --- opening deals

    def open_deal(self, deal_id: int) -> None:
        open_deal(self.ctx, deal_id, self)

    def _open_deal_index(self, index: QModelIndex) -> None:
        if index.isValid() and self.deals_tab is not None:
            self.open_deal(self.deals_tab.deals_model.row_at(index.row()).id)

    def _open_unsigned_index(self, index: QModelIndex) -> None:
        if index.isValid() and self.unsigned_tab is not None:
            self.open_deal(self.unsigned_tab.unsigned_model.row_at(index.row()).id)

    def _open_receivable_index(self, index: QModelIndex) -> None:
        if index.isValid() and self.receivables_tab is not None:
            self.open_deal(self.receivables_tab.recv_model.row_at(index.row()).deal_id)

    # --- sub-dialogs

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.message.clear_message()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._done)
        dialog.destroyed.connect(self._forget_sub)
        self.sub_dialog = dialog
        dialog.open()
        return dialog

    def _forget_sub(self) -> None:
        self.sub_dialog = None

    def _done(self, text: str) -> None:
        """After a write (the page, its initiator, reloaded on the broadcast): say it is done."""
        self.message.show_ok(text)

    # --- tickets

    def selected_ticket(self) -> TicketRow | None:
        tab = self.tickets_tab
        row = selected_row(tab.tickets_table) if tab is not None else None
        if tab is None or row is None:
            self.message.show_info("请先在列表中选中一个排号。")
            return None
        return tab.tickets_model.row_at(row)

    def ask_ticket(self) -> FormDialog | None:
        tab = self.tickets_tab
        project_id = tab.ticket_project.currentData() if tab is not None else None
        if tab is None or project_id is None:
            self.message.show_info("请先选择项目。")
            return None
        project_name = tab.ticket_project.currentText()
        return self._open(TicketDialog(self.ctx, self, int(project_id), project_name))

    def ask_collect(self) -> FormDialog | None:
        ticket = self.selected_ticket()
        return self._open(TicketPaymentDialog(self.ctx, self, ticket)) if ticket else None

    def ask_refund(self) -> FormDialog | None:
        ticket = self.selected_ticket()
        return self._open(refund_ticket_dialog(self.ctx, self, ticket)) if ticket else None

    def ask_void_ticket(self) -> FormDialog | None:
        ticket = self.selected_ticket()
        return self._open(void_ticket_dialog(self.ctx, self, ticket)) if ticket else None

    # --- receipts

    def selected_receipt(self) -> ReceiptLine | None:
        tab = self.receipts_tab
        row = selected_row(tab.rcpt_table) if tab is not None else None
        if tab is None or row is None:
            self.message.show_info("请先在列表中选中一张收据。")
            return None
        return tab.rcpt_model.row_at(row)

    def ask_void_receipt(self) -> FormDialog | None:
        receipt = self.selected_receipt()
        return self._open(void_receipt_dialog(self.ctx, self, receipt)) if receipt else None

    def ask_reissue_receipt(self) -> FormDialog | None:
        receipt = self.selected_receipt()
        return self._open(reissue_receipt_dialog(self.ctx, self, receipt)) if receipt else None

    def confirm_selected_receipt(self) -> None:
        receipt = self.selected_receipt()
        if receipt is not None:
            confirm_receipt(self.ctx, self, receipt, done=self._done, message=self.message)

    def print_selected_receipt(self) -> None:
        receipt = self.selected_receipt()
        if receipt is not None:
            self.printer.receipt(receipt.id, receipt.code)
