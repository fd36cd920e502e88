"""The 交易 section's 交易 tab: every deal the person may see, filtered by project, stage and text;
Enter or a double-click opens the deal's window. `DealsModel` also lists 认购未签约."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from anjia_desk.core.deals import Stage
from anjia_desk.services.deal_queries import list_deals
from anjia_desk.services.deal_views import DealRow
from anjia_desk.ui import ops
from anjia_desk.ui.deals.format import DUE_SOON_ROW, ERROR_ROW, INACTIVE_ROW, RIGHT, make_table
from anjia_desk.ui.deals.section_tab import SectionTab, project_combo
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.formatting import default_zone, format_day, format_local
from anjia_desk.ui.forms import money_text, yuan
from anjia_desk.ui.tables import Column, ColumnTableModel

TAB_DEALS = "deals"


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
    """Deals; with `deadlines` (认购未签约) the signing deadline is coloured by how near it is."""

    def __init__(self, parent: QWidget | None = None, *, deadlines: bool = False) -> None:
        self.zone = default_zone()
        self.today = date.today()
        self.deadlines = deadlines
        # The columns a consultant reads first come first (1366-px screens scroll the rest).
        columns: list[Column[DealRow]] = [
            Column("unit", "房源", lambda r: r.unit_label),
            Column("buyer", "买受人", lambda r: r.buyer_name),
            Column("stage", "阶段", lambda r: r.stage.label),
            Column("next", "下一步", lambda r: r.next_step.label if r.next_step else ""),
            Column("next_due", "下一步到期", lambda r: format_day(r.next_due)),
            Column("outstanding", "未付", lambda r: money_text(r.outstanding), align=RIGHT),
            Column(
                "overdue", "逾期", lambda r: money_text(r.overdue) if r.overdue else "", align=RIGHT
            ),
            Column("price", "成交价", lambda r: money_text(r.price), align=RIGHT),
            Column("deadline", "签约期限", self._deadline),
            Column("consultant", "置业顾问", lambda r: r.consultant_name),
            Column(
                "subscribed",
                "认购时间",
                lambda r: format_local(r.subscribed_at, self.zone),
                sort_key=lambda r: r.subscribed_at.timestamp(),
            ),
            Column("method", "付款方式", lambda r: r.payment_method.label),
            Column("project", "项目", lambda r: r.project_name),
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
                return ERROR_ROW
            if state in ("today", "soon"):
                return DUE_SOON_ROW
        if row.stage is Stage.CANCELLED:
            return INACTIVE_ROW
        return ERROR_ROW if row.overdue else None


class DealsTab(SectionTab):
    """交易: `deal_project`, `deal_stage`, `deal_text`; `deals_model` in `deals_table` (the section
    opens the deal activated); `deals_count`."""

    key = TAB_DEALS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.deal_project = self.project_box = project_combo(True)
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
        self.deals_table = make_table(self.deals_model)
        layout.addWidget(self.deals_table, 1)
        self.deals_count = hint_label("")
        layout.addWidget(self.deals_count)
        self.deal_project.currentIndexChanged.connect(self.request_reload)
        self.deal_stage.currentIndexChanged.connect(self.request_reload)
        self.deal_text.returnPressed.connect(self.request_reload)

    def read(self, now: datetime) -> ops.Work[list[DealRow]]:
        stage = self.deal_stage.currentData()
        project_id, text = self.deal_project.currentData(), self.deal_text.text()
        return lambda session, actor: list_deals(
            session,
            actor,
            project_id=project_id,
            stage=Stage(stage) if stage else None,
            text=text,
            now=now,
        )

    def show_result(self, value: list[DealRow], zone: ZoneInfo, today: date) -> None:
        self.deals_model.zone = zone
        self.deals_model.today = today
        self.deals_model.set_rows(value)
        total = sum((r.price for r in value), start=Decimal(0))
        self.deals_count.setText(f"共 {len(value)} 笔，成交金额合计 {yuan(total)}")
