"""亲属: the relatives who buy with the customer (spouse, parents, children…), and the form to add
one; the window does the writing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.customers import Relation
from anjia_desk.services.customer_detail import CustomerDetail, RelativeRow
from anjia_desk.ui.fields import FieldErrors, add_field
from anjia_desk.ui.tables import Column, ColumnTableModel, configure_table, selected_row


class RelativesTab(QWidget):
    """The relatives and the form to add one; `add_requested`/`remove_requested` ask the window."""

    add_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        self.model: ColumnTableModel[RelativeRow] = ColumnTableModel(
            [
                Column("relation", "关系", lambda r: r.relation_label),
                Column("name", "姓名", lambda r: r.name),
                Column("phone", "手机号", lambda r: r.shown_phone),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        layout.addWidget(self.table, 1)
        self.add_box = QGroupBox("添加亲属（一起购房的配偶、父母、子女等）")
        form = QFormLayout(self.add_box)
        self.relation = QComboBox()
        for relation in Relation:
            self.relation.addItem(relation.label, relation.value)
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("可不填")
        add_field(form, "关系：", self.relation, self.errors, "relation")
        add_field(form, "姓名：", self.name, self.errors, "name")
        add_field(form, "手机号：", self.phone, self.errors, "phone")
        buttons = QHBoxLayout()
        self.remove_button = QPushButton("移除所选亲属")
        self.add_button = QPushButton("添加")
        for button in (self.remove_button, self.add_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self.remove_requested)
        for edit in (self.name, self.phone):
            edit.returnPressed.connect(self.add_requested)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)
        layout.addWidget(self.add_box)

    def load(self, detail: CustomerDetail) -> None:
        self.model.set_rows(detail.relatives)
        self.add_box.setEnabled(detail.can_edit)

    def selected(self) -> RelativeRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def clear_form(self) -> None:
        self.errors.clear()
        self.name.clear()
        self.phone.clear()
