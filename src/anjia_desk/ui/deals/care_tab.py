"""A deal window's 关怀 tab: the three care touches after 签约, with 复制话术 and 标记已完成."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from anjia_desk.services.deal_views import CareLine, DealDetail
from anjia_desk.ui.deals.format import make_table
from anjia_desk.ui.deals.rules import DealActions
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.tables import Column, ColumnTableModel


class CareModel(ColumnTableModel[CareLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column("seq", "次序", lambda c: f"第 {c.seq} 次"),
                Column("due", "计划时间", lambda c: format_local(c.due_at, self.zone)),
                Column(
                    "done",
                    "完成",
                    lambda c: (
                        f"{format_local(c.done_at, self.zone)} {c.done_by}".strip()
                        if c.done_at
                        else "未完成"
                    ),
                ),
                Column("text", "话术", lambda c: c.text),
            ],
            parent,
        )


class CareTab(QWidget):
    """关怀: `care_model` in `care_table`, `copy_button` and `care_done_button` (the window
    connects them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label("签约后三次关怀：复制话术发给客户后，标记已完成。勿扰客户没有关怀任务。")
        )
        self.care_model = CareModel(self)
        self.care_table = make_table(self.care_model)
        self.care_table.setWordWrap(True)
        layout.addWidget(self.care_table, 1)
        row = QHBoxLayout()
        self.copy_button = QPushButton("复制话术")
        self.care_done_button = QPushButton("标记已完成")
        for button in (self.copy_button, self.care_done_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_deal(self, d: DealDetail, zone: ZoneInfo, actions: DealActions) -> None:
        self.care_model.zone = zone
        self.care_model.set_rows(d.care)
        self.care_done_button.setVisible(actions.care)
