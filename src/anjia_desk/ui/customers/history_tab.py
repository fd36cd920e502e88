"""历史: a customer's grade changes, phone changes and ownership changes, newest first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from anjia_desk.services.customer_detail import CustomerDetail, OwnershipRow, PhoneRow
from anjia_desk.services.followups import GradeChangeRow
from anjia_desk.ui.customers.common import history_table
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.tables import Column, ColumnTableModel


class HistoryTab(QWidget):
    """历史: grade changes, phone changes and ownership changes, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = default_zone()
        when: Callable[[Any], str] = lambda r: format_local(r.at, self.zone)  # noqa: E731
        self.grades: ColumnTableModel[GradeChangeRow] = ColumnTableModel(
            [
                Column("at", "时间", when),
                Column("from", "原等级", lambda r: r.from_grade or "—"),
                Column("to", "新等级", lambda r: r.to_grade),
                Column("by", "修改人", lambda r: r.user_name),
                Column("reason", "原因", lambda r: r.reason),
            ],
            self,
        )
        self.phones: ColumnTableModel[PhoneRow] = ColumnTableModel(
            [
                Column("at", "时间", when),
                Column("old", "原号码", lambda r: r.old_phone),
                Column("new", "新号码", lambda r: r.new_phone),
                Column("by", "修改人", lambda r: r.by_name),
                Column("reason", "原因", lambda r: r.reason),
            ],
            self,
        )
        self.owners: ColumnTableModel[OwnershipRow] = ColumnTableModel(
            [
                Column("at", "时间", when),
                Column("kind", "方式", lambda r: r.kind_label),
                Column("from", "原顾问", lambda r: r.from_name or "—"),
                Column("to", "新顾问", lambda r: r.to_name or "公客池"),
                Column("by", "操作人", lambda r: r.by_name),
                Column("reason", "原因", lambda r: r.reason),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        for title, model in (
            ("意向等级变更", self.grades),
            ("手机号变更", self.phones),
            ("归属变更", self.owners),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(history_table(model, box))
            layout.addWidget(box, 1)

    def load(self, detail: CustomerDetail, zone: ZoneInfo) -> None:
        self.zone = zone
        self.grades.set_rows(detail.grade_history)
        self.phones.set_rows(detail.phone_history)
        self.owners.set_rows(detail.ownership_history)
