"""撞单裁定: the site manager's list of 撞单 claims (a consultant says a customer is theirs), and
below it the ruling of the selected one — to whom the customer goes, and why."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.roles import Action
from anjia_desk.services.customers import DisputeRow, list_disputes, rule_dispute
from anjia_desk.services.settings import office_zone
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import FieldErrors, MessageBar, add_field
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.tables import (
    Column,
    ColumnTableModel,
    configure_table,
    selected_row,
    set_column_widths,
)
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class DisputesModel(ColumnTableModel[DisputeRow]):
    """The claims; a ruled one is shown in the secondary grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column("customer", "客户", lambda r: r.customer_name),
                Column("claimant", "申请顾问", lambda r: r.claimant_name),
                Column("holder", "原归属顾问", lambda r: r.holder_name),
                Column("reason", "申请理由", lambda r: r.claim_reason),
                Column("raised", "申请时间", lambda r: format_local(r.raised_at, self.zone)),
                Column("status", "状态", lambda r: "待裁定" if r.is_open else "已裁定"),
                Column("winner", "裁定归属", lambda r: r.winner_name),
                Column("ruling", "裁定理由", lambda r: r.ruling_reason),
            ],
            parent,
        )

    def row_foreground(self, row: DisputeRow) -> QColor | None:
        return None if row.is_open else QColor(palette.INACTIVE)


class DisputesPage(LazyPage):
    """撞单裁定: the claims, and below them the ruling of the selected one (winner and reason)."""

    def _open_only_toggled(self, _on: bool) -> None:
        self.reload()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        self.open_only = QCheckBox("只看待裁定")
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self._open_only_toggled)
        outer.addWidget(self.open_only)
        self.model = DisputesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        set_column_widths(self.table, {0: 100, 1: 90, 2: 90, 3: 220, 4: 130, 5: 70, 6: 90})
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._open_customer)
        outer.addWidget(self.table, 1)

        self.errors = FieldErrors()
        form = QFormLayout()
        self.winner_box = QComboBox()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("裁定理由（会保留在记录中）")
        add_field(form, "裁定归属：", self.winner_box, self.errors, "winner_id")
        add_field(form, "裁定理由：", self.reason, self.errors, "reason")
        outer.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.rule_button = QPushButton("裁定")
        self.rule_button.clicked.connect(self.rule_selected)
        buttons.addWidget(self.rule_button)
        outer.addLayout(buttons)
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        self._selection_changed()

    def reload(self) -> None:
        selected = self.selected()
        open_only = self.open_only.isChecked()

        def work(session: Session, actor: Actor) -> tuple[list[DisputeRow], ZoneInfo]:
            return list_disputes(session, actor, open_only=open_only), office_zone(session)

        def done(loaded: tuple[list[DisputeRow], ZoneInfo]) -> None:
            self._fill(*loaded, selected)

        self.load(work, done, message=self.message)

    def _fill(self, rows: list[DisputeRow], zone: ZoneInfo, selected: DisputeRow | None) -> None:
        self.model.zone = zone
        self.model.set_rows(rows)
        if selected is not None:
            for i, row in enumerate(rows):
                if row.id == selected.id:
                    self.table.selectRow(i)
        self._selection_changed()

    def selected(self) -> DisputeRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _selection_changed(self, *_args: Any) -> None:
        row = self.selected()
        self.winner_box.clear()
        self.errors.clear()
        can_rule = row is not None and row.is_open and self.ctx.actor.can(Action.RULE_DISPUTES)
        if row is not None and row.is_open:
            if row.claimant_id is not None:
                self.winner_box.addItem(f"申请顾问 {row.claimant_name}", row.claimant_id)
            if row.holder_id is not None:
                self.winner_box.addItem(f"原归属顾问 {row.holder_name}", row.holder_id)
        for widget in (self.winner_box, self.reason, self.rule_button):
            widget.setEnabled(can_rule)

    def _open_customer(self, index: QModelIndex) -> None:
        # Imported on the first open: the window, its tabs and their services (~100 ms) would
        # otherwise load with the main window at login.
        from anjia_desk.ui.customers import window

        if index.isValid():
            window.open_customer(self.ctx, self.model.row_at(index.row()).customer_id, self)

    def rule_selected(self) -> None:
        row = self.selected()
        if row is None or self.winner_box.currentData() is None:
            return
        self.errors.clear()
        self.message.clear_message()
        winner = self.winner_box.currentText()
        winner_id, reason, now = (
            int(self.winner_box.currentData()),
            self.reason.text(),
            self.ctx.clock(),
        )

        def work(session: Session, actor: Actor) -> None:
            rule_dispute(
                session,
                actor,
                row.id,
                winner_id=winner_id,
                reason=reason,
                version=row.version,
                now=now,
            )

        def ruled(_result: None) -> None:
            self.reason.clear()
            self.message.show_ok(f"已裁定：客户 {row.customer_name} 归{winner}。")

        ops.write(self.ctx, work, parent=self, done=ruled, message=self.message, errors=self.errors)
