"""The 交易 section's 应收款 tab: what buyers still owe, installment by installment — overdue red,
mortgage loans not yet paid out amber — filtered by project, 只看逾期, aging and text, with the
totals and the aging buckets below; Enter or a double-click opens the deal."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.deals import Aging
from anjia_desk.services.deal_views import ReceivableQuery, ReceivableRow, ReceivableSummary
from anjia_desk.services.receivables import receivables
from anjia_desk.ui import ops
from anjia_desk.ui.deals.format import (
    DUE_SOON_ROW,
    ERROR_ROW,
    RIGHT,
    due_cell,
    due_order,
    make_table,
)
from anjia_desk.ui.deals.section_tab import SectionTab, project_combo
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.forms import money_text, yuan
from anjia_desk.ui.tables import Column, ColumnTableModel

TAB_RECEIVABLES = "receivables"


class ReceivablesModel(ColumnTableModel[ReceivableRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("unit", "房源", lambda r: r.unit_label),
                Column("buyer", "买受人", lambda r: r.buyer_name),
                Column("name", "节点", lambda r: r.name),
                Column("due", "应付日期", due_cell, sort_key=due_order),
                Column("outstanding", "未付", lambda r: money_text(r.outstanding), align=RIGHT),
                Column(
                    "days",
                    "逾期天数",
                    lambda r: str(r.days_overdue) if r.days_overdue else "",
                    sort_key=lambda r: r.days_overdue,
                    align=RIGHT,
                ),
                Column("penalty", "违约金", lambda r: money_text(r.penalty), align=RIGHT),
                Column("amount", "应付金额", lambda r: money_text(r.amount), align=RIGHT),
                Column("paid", "已付", lambda r: money_text(r.paid), align=RIGHT),
                Column("bucket", "账龄", lambda r: r.bucket.label if r.bucket else ""),
                Column("loan", "按揭催办", lambda r: "待放款" if r.loan_late else ""),
                Column("consultant", "置业顾问", lambda r: r.consultant_name),
                Column("nature", "款项性质", lambda r: r.nature.label),
            ],
            parent,
        )

    def row_foreground(self, row: ReceivableRow) -> QColor | None:
        if row.days_overdue:
            return ERROR_ROW
        return DUE_SOON_ROW if row.loan_late else None


class ReceivablesTab(SectionTab):
    """应收款: `recv_project`, `recv_overdue`, `recv_bucket`, `recv_text`; `recv_model` in
    `recv_table` (the section opens the deal activated); `recv_totals`; `summary`, the last
    read."""

    key = TAB_RECEIVABLES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: ReceivableSummary | None = None
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.recv_project = self.project_box = project_combo(True)
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
        self.recv_table = make_table(self.recv_model)
        layout.addWidget(self.recv_table, 1)
        self.recv_totals = QLabel()
        self.recv_totals.setWordWrap(True)
        layout.addWidget(self.recv_totals)
        self.recv_project.currentIndexChanged.connect(self.request_reload)
        self.recv_overdue.toggled.connect(self.request_reload)
        self.recv_bucket.currentIndexChanged.connect(self.request_reload)
        self.recv_text.returnPressed.connect(self.request_reload)

    def read(self, now: datetime) -> ops.Work[ReceivableSummary]:
        bucket = self.recv_bucket.currentData()
        query = ReceivableQuery(
            project_id=self.recv_project.currentData(),
            overdue_only=self.recv_overdue.isChecked(),
            bucket=Aging(bucket) if bucket else None,
            text=self.recv_text.text().strip(),
        )
        return lambda session, actor: receivables(session, actor, query, now=now)

    def show_result(self, value: ReceivableSummary, zone: ZoneInfo, today: date) -> None:
        self.summary = value
        self.recv_model.set_rows(value.rows)
        buckets = "，".join(
            f"{bucket.label} {money_text(amount)}"
            for bucket, amount in value.by_bucket.items()
            if amount
        )
        self.recv_totals.setText(
            f"截至 {format_day(value.as_of)}：未付合计 {yuan(value.total_outstanding)}，"
            f"其中逾期 {yuan(value.total_overdue)}，违约金 {yuan(value.total_penalty)}，"
            f"按揭待放款 {yuan(value.loan_late)}" + (f"。账龄：{buckets}" if buckets else "")
        )
