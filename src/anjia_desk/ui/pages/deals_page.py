"""交易: the deals (filters, double-click opens the deal window), 认筹排号 (queue tickets of
a project: 认筹, 收认筹金, 退筹, 作废), 认购未签约 (deadline coloured), 应收款 (overdue, aging,
totals) and 收据 (作废, 重开, 财务确认, 打印) — each tab for those who may use it. Every list loads
through `LazyPage.load` (the reader) and every write goes through ui/ops.py: the page refreshes on
the topics its lists read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.deals import Aging, Stage, TicketStatus
from anjia_desk.core.errors import ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import (
    DealRow,
    ProjectRow,
    ReceiptLine,
    ReceivableRow,
    ReceivableSummary,
    TicketRow,
)
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deal_dialogs import PdfPrinter, TicketDialog, TicketPaymentDialog
from anjia_desk.ui.deal_window import (
    confirm_receipt,
    receipt_columns,
    reissue_receipt_dialog,
    void_receipt_dialog,
)
from anjia_desk.ui.forms import FormDialog, ReasonDialog, money_text, parse_day, yuan
from anjia_desk.ui.widgets import (
    Column,
    ColumnTableModel,
    LazyPage,
    MessageBar,
    configure_table,
    default_zone,
    format_day,
    format_local,
    hint_label,
    selected_row,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

RIGHT = Qt.AlignmentFlag.AlignRight
RED = QColor("#b42318")
AMBER = QColor("#b45309")
GREY = QColor("#8a8a8a")

TAB_DEALS, TAB_TICKETS, TAB_UNSIGNED, TAB_RECEIVABLES, TAB_RECEIPTS = (
    "deals",
    "tickets",
    "unsigned",
    "receivables",
    "receipts",
)


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


# --- models


def deadline_state(row: DealRow, today: date) -> str:
    """认购未签约: "passed", "today", "soon" (within 2 days) or ""."""
    days = (row.sign_deadline - today).days
    if days < 0:
        return "passed"
    if days == 0:
        return "today"
    return "soon" if days <= 2 else ""


DEADLINE_TEXT = {"passed": "已过签约期限", "today": "今天到期", "soon": "即将到期", "": ""}


class DealsModel(ColumnTableModel[DealRow]):
    def __init__(self, parent: QWidget | None = None, *, deadlines: bool = False) -> None:
        self.zone = default_zone()
        self.today = date.today()
        self.deadlines = deadlines
        columns: list[Column[DealRow]] = [
            Column("project", "项目", lambda r: r.project_name),
            Column("unit", "房源", lambda r: r.unit_label),
            Column("buyer", "买受人", lambda r: r.buyer_name),
            Column("consultant", "置业顾问", lambda r: r.consultant_name),
            Column("method", "付款方式", lambda r: r.payment_method.label),
            Column("stage", "阶段", lambda r: r.stage.label),
            Column("price", "成交价", lambda r: money_text(r.price), align=RIGHT),
            Column(
                "subscribed",
                "认购时间",
                lambda r: format_local(r.subscribed_at, self.zone),
                sort_key=lambda r: r.subscribed_at.timestamp(),
            ),
            Column("deadline", "签约期限", self._deadline),
            Column("next", "下一步", lambda r: r.next_step.label if r.next_step else ""),
            Column("next_due", "下一步到期", lambda r: format_day(r.next_due)),
            Column("outstanding", "未付", lambda r: money_text(r.outstanding), align=RIGHT),
            Column(
                "overdue", "逾期", lambda r: money_text(r.overdue) if r.overdue else "", align=RIGHT
            ),
        ]
        super().__init__(columns, parent)

    def _deadline(self, row: DealRow) -> str:
        if row.stage is not Stage.SUBSCRIBED:
            return format_day(row.sign_deadline) if self.deadlines else ""
        state = DEADLINE_TEXT[deadline_state(row, self.today)]
        return format_day(row.sign_deadline) + (f"（{state}）" if state else "")

    def row_foreground(self, row: DealRow) -> QColor | None:
        if self.deadlines and row.stage is Stage.SUBSCRIBED:
            state = deadline_state(row, self.today)
            if state == "passed":
                return RED
            if state in ("today", "soon"):
                return AMBER
        if row.stage is Stage.CANCELLED:
            return GREY
        return RED if row.overdue else None


class TicketsModel(ColumnTableModel[TicketRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column(
                    "number", "排号", lambda t: f"第 {t.number} 号", sort_key=lambda t: t.number
                ),
                Column("customer", "客户", lambda t: t.customer_name),
                Column("phone", "电话", lambda t: t.shown_phone),
                Column("amount", "认筹金", lambda t: money_text(t.amount), align=RIGHT),
                Column("status", "状态", lambda t: TicketStatus(t.status).label),
                Column("issued", "发放时间", lambda t: format_local(t.issued_at, self.zone)),
                Column("by", "经办人", lambda t: t.issued_by),
                Column("unit", "已选房源", lambda t: t.chosen_unit),
                Column("reason", "说明", lambda t: t.void_reason),
            ],
            parent,
        )

    def row_foreground(self, row: TicketRow) -> QColor | None:
        return None if row.status == TicketStatus.ACTIVE.value else GREY


class ReceivablesModel(ColumnTableModel[ReceivableRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("unit", "房源", lambda r: r.unit_label),
                Column("buyer", "买受人", lambda r: r.buyer_name),
                Column("consultant", "置业顾问", lambda r: r.consultant_name),
                Column("name", "节点", lambda r: r.name),
                Column("nature", "款项性质", lambda r: r.nature.label),
                Column("due", "应付日期", lambda r: format_day(r.due_on)),
                Column("amount", "应付金额", lambda r: money_text(r.amount), align=RIGHT),
                Column("paid", "已付", lambda r: money_text(r.paid), align=RIGHT),
                Column("outstanding", "未付", lambda r: money_text(r.outstanding), align=RIGHT),
                Column(
                    "days",
                    "逾期天数",
                    lambda r: str(r.days_overdue) if r.days_overdue else "",
                    sort_key=lambda r: r.days_overdue,
                    align=RIGHT,
                ),
                Column("bucket", "账龄", lambda r: r.bucket.label if r.bucket else ""),
                Column("penalty", "违约金", lambda r: money_text(r.penalty), align=RIGHT),
                Column("loan", "按揭催办", lambda r: "待放款" if r.loan_late else ""),
            ],
            parent,
        )

    def row_foreground(self, row: ReceivableRow) -> QColor | None:
        if row.days_overdue:
            return RED
        return AMBER if row.loan_late else None


class ReceiptsListModel(ColumnTableModel[ReceiptLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(receipt_columns(), parent)

    def row_foreground(self, row: ReceiptLine) -> QColor | None:
        return GREY if row.voided_at is not None else None


def _table(model: ColumnTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    configure_table(view)
    return view


def _button(text: str, slot: Callable[[], object], visible: bool = True) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    button.setVisible(visible)
    return button


# --- what the section reads


@dataclass(frozen=True)
class _Projects:
    projects: list[ProjectRow]
    zone: ZoneInfo


def _read_projects(session: Session, actor: Actor) -> _Projects:
    from anjia_desk.services.settings import office_zone
    from anjia_desk.services.units import list_projects

    return _Projects(list_projects(session, actor), office_zone(session))


# --- the section


class DealsSection(LazyPage):
    """交易. Construct with `DealsSection(ctx)`; in the navigation for `may_see_deals(actor)`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.zone: ZoneInfo = default_zone()
        self.projects: list[ProjectRow] = []
        self.summary: ReceivableSummary | None = None
        self.sub_dialog: FormDialog | None = None
        self.loaded: set[str] = set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        header = QHBoxLayout()
        title = QLabel("交易")
        title.setStyleSheet("font-size:16px;font-weight:bold;")
        header.addWidget(title)
        header.addStretch(1)
        self.refresh_button = _button("刷新", self.reload)
        header.addWidget(self.refresh_button)
        outer.addLayout(header)
        self.tabs = QTabWidget()
        self.tab_keys: list[str] = []
        builders = {
            TAB_DEALS: (self._deals_tab, "交易"),
            TAB_TICKETS: (self._tickets_tab, "认筹排号"),
            TAB_UNSIGNED: (self._unsigned_tab, "认购未签约"),
            TAB_RECEIVABLES: (self._receivables_tab, "应收款"),
            TAB_RECEIPTS: (self._receipts_tab, "收据"),
        }
        for key in tabs_for(actor):
            build, label = builders[key]
            self.tabs.addTab(build(), label)
            self.tab_keys.append(key)
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        self.printer = PdfPrinter(ctx, self, self.message)

    # --- tab builders

    def _project_combo(self, with_all: bool) -> QComboBox:
        box = QComboBox()
        box.setMinimumWidth(160)
        box.setProperty("with_all", with_all)
        return box

    def _deals_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.deal_project = self._project_combo(True)
        self.deal_stage = QComboBox()
        self.deal_stage.addItem("全部阶段", None)
        for stage in Stage:
            self.deal_stage.addItem(stage.label, stage.value)
        self.deal_text = QLineEdit()
        self.deal_text.setPlaceholderText("买受人、客户、房号或合同编号")
        self.deal_text.setClearButtonEnabled(True)
        for label, widget in (
            ("项目：", self.deal_project),
            ("阶段：", self.deal_stage),
            ("查找：", self.deal_text),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.deals_model = DealsModel(self)
        self.deals_table = _table(self.deals_model)
        self.deals_table.activated.connect(self._open_deal_index)
        layout.addWidget(self.deals_table, 1)
        self.deals_count = hint_label("")
        layout.addWidget(self.deals_count)
        self.deal_project.currentIndexChanged.connect(self.load_deals)
        self.deal_stage.currentIndexChanged.connect(self.load_deals)
        self.deal_text.returnPressed.connect(self.load_deals)
        return page

    def _tickets_tab(self) -> QWidget:
        actor = self.ctx.actor
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.ticket_project = self._project_combo(False)
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
        self.tickets_table = _table(self.tickets_model)
        layout.addWidget(self.tickets_table, 1)
        buttons = QHBoxLayout()
        cashier = actor.can(Action.RECORD_PAYMENTS)
        self.issue_button = _button("认筹…", self.ask_ticket, actor.can(Action.ISSUE_TICKETS))
        self.collect_button = _button("收认筹金…", self.ask_collect, cashier)
        self.refund_button = _button("退筹…", self.ask_refund, cashier)
        self.void_ticket_button = _button(
            "作废…", self.ask_void_ticket, actor.can(Action.VOID_TICKETS)
        )
        for button in (
            self.issue_button,
            self.collect_button,
            self.refund_button,
            self.void_ticket_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.ticket_project.currentIndexChanged.connect(self.load_tickets)
        self.ticket_status.currentIndexChanged.connect(self.load_tickets)
        return page

    def _unsigned_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            hint_label("已认购尚未签约的交易，签约期限近的在前；红色为已过期限，橙色为两天内到期。")
        )
        self.unsigned_model = DealsModel(self, deadlines=True)
        self.unsigned_table = _table(self.unsigned_model)
        self.unsigned_table.activated.connect(self._open_unsigned_index)
        layout.addWidget(self.unsigned_table, 1)
        return page

    def _receivables_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.recv_project = self._project_combo(True)
        self.recv_overdue = QCheckBox("只看逾期")
        self.recv_bucket = QComboBox()
        self.recv_bucket.addItem("全部账龄", None)
        for bucket in Aging:
            self.recv_bucket.addItem(bucket.label, bucket.value)
        self.recv_text = QLineEdit()
        self.recv_text.setPlaceholderText("买受人、客户或房号")
        self.recv_text.setClearButtonEnabled(True)
        filters.addWidget(QLabel("项目："))
        filters.addWidget(self.recv_project)
        filters.addWidget(self.recv_overdue)
        filters.addWidget(QLabel("账龄："))
        filters.addWidget(self.recv_bucket)
        filters.addWidget(QLabel("查找："))
        filters.addWidget(self.recv_text)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.recv_model = ReceivablesModel(self)
        self.recv_table = _table(self.recv_model)
        self.recv_table.activated.connect(self._open_receivable_index)
        layout.addWidget(self.recv_table, 1)
        self.recv_totals = QLabel()
        self.recv_totals.setWordWrap(True)
        layout.addWidget(self.recv_totals)
        self.recv_project.currentIndexChanged.connect(self.load_receivables)
        self.recv_overdue.toggled.connect(self.load_receivables)
        self.recv_bucket.currentIndexChanged.connect(self.load_receivables)
        self.recv_text.returnPressed.connect(self.load_receivables)
        return page

    def _receipts_tab(self) -> QWidget:
        actor = self.ctx.actor
        page = QWidget()
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.rcpt_project = self._project_combo(True)
        self.rcpt_text = QLineEdit()
        self.rcpt_text.setPlaceholderText("交款人或收据号")
        self.rcpt_text.setClearButtonEnabled(True)
        self.rcpt_from = QLineEdit()
        self.rcpt_from.setPlaceholderText("起 2026-01-01")
        self.rcpt_from.setMaximumWidth(120)
        self.rcpt_to = QLineEdit()
        self.rcpt_to.setPlaceholderText("止 2026-12-31")
        self.rcpt_to.setMaximumWidth(120)
        filters.addWidget(QLabel("项目："))
        filters.addWidget(self.rcpt_project)
        filters.addWidget(QLabel("交款日期："))
        filters.addWidget(self.rcpt_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.rcpt_to)
        filters.addWidget(QLabel("查找："))
        filters.addWidget(self.rcpt_text)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.rcpt_model = ReceiptsListModel(self)
        self.rcpt_table = _table(self.rcpt_model)
        layout.addWidget(self.rcpt_table, 1)
        self.rcpt_totals = hint_label("")
        layout.addWidget(self.rcpt_totals)
        buttons = QHBoxLayout()
        cashier = actor.can(Action.RECORD_PAYMENTS)
        self.rcpt_void_button = _button("作废…", self.ask_void_receipt, cashier)
        self.rcpt_reissue_button = _button("重开…", self.ask_reissue_receipt, cashier)
        self.rcpt_confirm_button = _button(
            "财务确认", self.confirm_selected_receipt, actor.can(Action.CONFIRM_RECEIPTS)
        )
        self.rcpt_print_button = _button("打印…", self.print_selected_receipt)
        for button in (
            self.rcpt_void_button,
            self.rcpt_reissue_button,
            self.rcpt_confirm_button,
            self.rcpt_print_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.rcpt_project.currentIndexChanged.connect(self.load_receipts)
        for edit in (self.rcpt_text, self.rcpt_from, self.rcpt_to):
            edit.returnPressed.connect(self.load_receipts)
        return page

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
        for box in self._project_boxes():
            self._fill_projects(box)
        self._load(self.current_key())

    def _project_boxes(self) -> list[QComboBox]:
        names = ("deal_project", "ticket_project", "recv_project", "rcpt_project")
        return [getattr(self, n) for n in names if hasattr(self, n)]

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
        loaders: dict[str, Callable[[], None]] = {
            TAB_DEALS: self.load_deals,
            TAB_TICKETS: self.load_tickets,
            TAB_UNSIGNED: self.load_unsigned,
            TAB_RECEIVABLES: self.load_receivables,
            TAB_RECEIPTS: self.load_receipts,
        }
        if key in loaders:
            loaders[key]()

    def _today(self) -> date:
        return self.ctx.clock().astimezone(self.zone).date()

    def load_deals(self) -> None:
        from anjia_desk.services.deals import list_deals

        stage = self.deal_stage.currentData()
        project_id, text, now = (
            self.deal_project.currentData(),
            self.deal_text.text(),
            self.ctx.clock(),
        )
        self.load(
            lambda session, actor: list_deals(
                session,
                actor,
                project_id=project_id,
                stage=Stage(stage) if stage else None,
                text=text,
                now=now,
            ),
            self._show_deals,
            message=self.message,
        )

    def _show_deals(self, rows: list[DealRow]) -> None:
        self.loaded.add(TAB_DEALS)
        self.deals_model.zone = self.zone
        self.deals_model.today = self._today()
        self.deals_model.set_rows(rows)
        total = sum((r.price for r in rows), start=Decimal(0))
        self.deals_count.setText(f"共 {len(rows)} 笔，成交金额合计 {yuan(total)}")

    def load_tickets(self) -> None:
        from anjia_desk.services.deals import list_tickets

        project_id = self.ticket_project.currentData()
        self.loaded.add(TAB_TICKETS)
        if project_id is None:
            self.tickets_model.set_rows([])
            return
        status = self.ticket_status.currentData()
        self.load(
            lambda session, actor: list_tickets(session, actor, int(project_id), status=status),
            self._show_tickets,
            message=self.message,
        )

    def _show_tickets(self, rows: list[TicketRow]) -> None:
        self.tickets_model.zone = self.zone
        self.tickets_model.set_rows(rows)

    def load_unsigned(self) -> None:
        from anjia_desk.services.deals import unsigned

        now = self.ctx.clock()
        self.load(
            lambda session, actor: unsigned(session, actor, now=now),
            self._show_unsigned,
            message=self.message,
        )

    def _show_unsigned(self, rows: list[DealRow]) -> None:
        self.loaded.add(TAB_UNSIGNED)
        self.unsigned_model.zone = self.zone
        self.unsigned_model.today = self._today()
        self.unsigned_model.set_rows(rows)

    def load_receivables(self) -> None:
        from anjia_desk.services.deal_views import ReceivableQuery
        from anjia_desk.services.receivables import receivables

        bucket = self.recv_bucket.currentData()
        query = ReceivableQuery(
            project_id=self.recv_project.currentData(),
            overdue_only=self.recv_overdue.isChecked(),
            bucket=Aging(bucket) if bucket else None,
            text=self.recv_text.text().strip(),
        )
        now = self.ctx.clock()
        self.load(
            lambda session, actor: receivables(session, actor, query, now=now),
            self._show_receivables,
            message=self.message,
        )

    def _show_receivables(self, summary: ReceivableSummary) -> None:
        self.loaded.add(TAB_RECEIVABLES)
        self.summary = summary
        self.recv_model.set_rows(summary.rows)
        buckets = "，".join(
            f"{bucket.label} {money_text(amount)}"
            for bucket, amount in summary.by_bucket.items()
            if amount
        )
        self.recv_totals.setText(
            f"截至 {format_day(summary.as_of)}：未付合计 {yuan(summary.total_outstanding)}，"
            f"其中逾期 {yuan(summary.total_overdue)}，违约金 {yuan(summary.total_penalty)}，"
            f"按揭待放款 {yuan(summary.loan_late)}" + (f"。账龄：{buckets}" if buckets else "")
        )

    def load_receipts(self) -> None:
        from anjia_desk.services.payments import list_receipts

        try:
            day_from = parse_day(self.rcpt_from.text(), "from")
            day_to = parse_day(self.rcpt_to.text(), "to")
        except ValidationError as exc:
            self.message.show_error(next(iter(exc.fields.values())))
            return
        project_id, text = self.rcpt_project.currentData(), self.rcpt_text.text()
        self.load(
            lambda session, actor: list_receipts(
                session, actor, project_id=project_id, text=text, day_from=day_from, day_to=day_to
            ),
            self._show_receipts,
            message=self.message,
        )

    def _show_receipts(self, rows: list[ReceiptLine]) -> None:
        self.loaded.add(TAB_RECEIPTS)
        self.rcpt_model.set_rows(rows)
        live = [r for r in rows if r.voided_at is None]
        total = sum((r.amount for r in live), start=Decimal(0))
        self.rcpt_totals.setText(
            f"共 {len(rows)} 张（有效 {len(live)} 张），有效金额合计 {yuan(total)}"
        )

    # --- opening deals

    def open_deal(self, deal_id: int) -> None:
        from anjia_desk.ui.deal_window import open_deal

        open_deal(self.ctx, deal_id, self)

    def _open_deal_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_deal(self.deals_model.row_at(index.row()).id)

    def _open_unsigned_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_deal(self.unsigned_model.row_at(index.row()).id)

    def _open_receivable_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_deal(self.recv_model.row_at(index.row()).deal_id)

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
        row = selected_row(self.tickets_table)
        if row is None:
            self.message.show_info("请先在列表中选中一个排号。")
            return None
        return self.tickets_model.row_at(row)

    def ask_ticket(self) -> FormDialog | None:
        project_id = self.ticket_project.currentData()
        if project_id is None:
            self.message.show_info("请先选择项目。")
            return None
        return self._open(
            TicketDialog(self.ctx, self, int(project_id), self.ticket_project.currentText())
        )

    def ask_collect(self) -> FormDialog | None:
        ticket = self.selected_ticket()
        return self._open(TicketPaymentDialog(self.ctx, self, ticket)) if ticket else None

    def ask_refund(self) -> FormDialog | None:
        from anjia_desk.services.payments import refund_ticket

        ticket = self.selected_ticket()
        if ticket is None:
            return None

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            amount = refund_ticket(session, actor, ticket.id, reason=reason, now=now)
            return f"第 {ticket.number} 号已退筹，应退还认筹金 {yuan(amount)}。"

        return self._open(
            ReasonDialog(
                self.ctx,
                self,
                "退筹",
                f"第 {ticket.number} 号（{ticket.customer_name}）退筹：已收的认筹金全额退还，"
                "收据保留作记录。",
                act,
                ok_text="退筹",
                reason_label="退筹原因：",
            )
        )

    def ask_void_ticket(self) -> FormDialog | None:
        from anjia_desk.services.deals import void_ticket

        ticket = self.selected_ticket()
        if ticket is None:
            return None

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            void_ticket(session, actor, ticket.id, reason=reason, now=now)
            return f"第 {ticket.number} 号已作废（号码不再使用）。"

        return self._open(
            ReasonDialog(
                self.ctx,
                self,
                "作废排号",
                f"作废第 {ticket.number} 号（{ticket.customer_name}）：号码不再使用。"
                "已收认筹金的排号请由出纳办理退筹。",
                act,
                ok_text="作废",
                reason_label="作废原因：",
            )
        )

    # --- receipts

    def selected_receipt(self) -> ReceiptLine | None:
        row = selected_row(self.rcpt_table)
        if row is None:
            self.message.show_info("请先在列表中选中一张收据。")
            return None
        return self.rcpt_model.row_at(row)

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
