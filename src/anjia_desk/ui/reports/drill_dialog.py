"""The records behind a bar or a row of a report (issue 19): the customers, deals or cases it
counts (core.report_values.DrillList), in a window of their own that does not block the report.
Enter or a double-click opens the record with the window the rest of the app opens it with (a
customer's page, a deal's window, a complaint's case window); the windows are imported when a
record is first opened."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from anjia_desk.core.report_values import DrillList, DrillTarget
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.reports.table_model import DrillModel
from anjia_desk.ui.style import fit_on_screen
from anjia_desk.ui.tables import configure_table, fit_columns

OPENS = {
    DrillTarget.CUSTOMER: "双击打开客户",
    DrillTarget.DEAL: "双击打开交易",
    DrillTarget.COMPLAINT: "双击打开投诉",
}


def open_record(ctx: AppContext, target: DrillTarget, record_id: int, parent: QWidget) -> None:
    """The record's own window, as the customers, deals and complaints sections open it."""
    if target is DrillTarget.CUSTOMER:
        from anjia_desk.ui.customers.window import open_customer

        open_customer(ctx, record_id, parent)
    elif target is DrillTarget.DEAL:
        from anjia_desk.ui.deals.window import open_deal

        open_deal(ctx, record_id, parent)
    else:
        from anjia_desk.ui.complaints.opening import open_case

        open_case(ctx, record_id, parent)


def count_text(drill: DrillList) -> str:
    shown = len(drill.rows)
    text = f"共 {shown + drill.more} 条"
    if drill.more:
        text += f"，只列出前 {shown} 条（另有 {drill.more} 条未列出，请缩小统计区间）"
    return text


class DrillDialog(QDialog):
    """`table` over `model` (DrillModel), `count_label`, `notes_label`."""

    def __init__(self, ctx: AppContext, drill: DrillList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drill = drill
        self.setWindowTitle(drill.title)
        layout = QVBoxLayout(self)
        title = QLabel(drill.title)
        title.setStyleSheet("font-size:15px;font-weight:bold;")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.model = DrillModel(self)
        self.model.set_drill(drill)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        fit_columns(self.table)
        layout.addWidget(self.table, 1)
        self.notes_label = hint_label("\n".join(drill.notes))
        self.notes_label.setVisible(bool(drill.notes))
        layout.addWidget(self.notes_label)
        bottom = QHBoxLayout()
        self.count_label = QLabel(f"{count_text(drill)}。{OPENS[drill.target]}")
        bottom.addWidget(self.count_label, 1)
        close = make_button("关闭", self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.table.activated.connect(self._open)
        fit_on_screen(self, 860, 520)

    def open_row(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id is not None:
            open_record(self.ctx, self.drill.target, record_id, self)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(index.row())
