"""The import wizard's 核对各列 step: the sheet, a preview of the first rows under the header with a
combo box on each column for the field it is imported as (or （忽略）), and how to import — the
mode and strict mode. It says what the mapping is and why it cannot be checked yet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.excel.cells import cell_text
from anjia_desk.services.importing import FieldChoice, Mode, Preview
from anjia_desk.ui import palette
from anjia_desk.ui.fields import error_label, hint_label
from anjia_desk.ui.tables import configure_table

IGNORE = "（忽略）"
REQUIRED_KEY = "phone"  # a file needs a phone column: the phone is the customer's identity
SAMPLE_COLUMN_WIDTH = 132
MAPPING_ROW_HEIGHT = 34

#: What each mode does, under its radio buttons (the labels are Mode.label).
MODE_HINTS = {
    "new": "只添加文件里的新客户；手机号已在系统中的行记为“重复”，原客户不做任何改动。",
    "update": "按手机号找到已有客户，用文件中有的列补充或覆盖其资料（记入历史）；"
    "系统中没有的手机号记为“跳过”。",
    "both": "新客户添加，已有客户按文件中有的列更新。",
}


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column's name in Excel."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class SampleModel(QAbstractTableModel):
    """The first data rows under the sheet's header. Row 0 is left blank for the mapping combo
    boxes (the view puts one on each column there); the column titles are the file's headers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._texts: list[list[str]] = []
        self._width = 0

    def set_sample(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._texts = [[cell_text(value) for value in row] for row in rows]  # type: ignore[arg-type]
        self._width = max([len(self._headers), *(len(row) for row in self._texts)])
        self.endResetModel()

    @property
    def width(self) -> int:
        return self._width

    def header(self, column: int) -> str:
        return self._headers[column] if 0 <= column < len(self._headers) else ""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._width:
            return 0
        return 1 + len(self._texts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 1 <= index.row() <= len(self._texts):
            return None
        if not 0 <= index.column() < self._width:
            return None
        row = self._texts[index.row() - 1]
        text = row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self._width:
                return None
            header = self.header(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{column_letter(section)}  {header}" if header else column_letter(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"第 {column_letter(section)} 列：{header or '（没有表头）'}"
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
            return "导入为" if section == 0 else ""
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class MappingCombo(QComboBox):
    """The field one column of the file is imported as, or （忽略）."""

    chosen = Signal(int)  # the column, after the user picked another field

    def __init__(self, column: int, fields: Sequence[FieldChoice], key: str | None) -> None:
        super().__init__()
        self.column = column
        self.addItem(IGNORE, "")
        for choice in fields:
            self.addItem(choice.label, choice.key)
        self.set_key(key)
        self.currentIndexChanged.connect(self._changed)

    def key(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_key(self, key: str | None) -> None:
        index = self.findData(key) if key else 0
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def _changed(self, _index: int) -> None:
        self.chosen.emit(self.column)


class MappingPage(QWidget):
    """核对各列: the sheet, the preview with a field chooser on each column, the mode.
    `sheet_chosen` asks for another sheet of the file; `mapping_changed` and `options_changed`
    say the checks may run differently now; `notice` is a remark for the wizard's message line."""

    sheet_chosen = Signal(str)
    mapping_changed = Signal()
    options_changed = Signal()
    notice = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: list[FieldChoice] = []  # of the preview shown
        self.shown_sheet: str | None = None
        self.combos: list[MappingCombo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel("工作表："))
        self.sheet_box = QComboBox()
        self.sheet_box.setMinimumWidth(180)
        self.sheet_box.currentIndexChanged.connect(self._sheet_changed)
        row.addWidget(self.sheet_box)
        self.header_label = QLabel()
        row.addSpacing(12)
        row.addWidget(self.header_label, 1)
        layout.addLayout(row)
        self.remembered_label = hint_label(
            "这种表头的文件以前导入过：各列已按上次确认的对应关系设置，请再核对一遍。"
        )
        self.remembered_label.setStyleSheet(f"color:{palette.OK};")
        layout.addWidget(self.remembered_label)
        layout.addWidget(
            hint_label(
                "在表格第一行为每一列选择要导入成的字段，不需要的列选“（忽略）”。"
                "必须有一列是手机号：系统按手机号识别客户。"
            )
        )
        self.unknown_label = hint_label("")
        layout.addWidget(self.unknown_label)
        self.sample_model = SampleModel(self)
        self.sample_table = QTableView()
        self.sample_table.setModel(self.sample_model)
        configure_table(self.sample_table, stretch_last=False)
        self.sample_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sample_table.verticalHeader().setVisible(True)
        self.sample_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.sample_table.horizontalHeader().setDefaultSectionSize(SAMPLE_COLUMN_WIDTH)
        layout.addWidget(self.sample_table, 1)
        self.mapping_error = error_label()
        layout.addWidget(self.mapping_error)

        mode_box = QGroupBox("导入方式")
        mode_layout = QVBoxLayout(mode_box)
        radios = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for mode in Mode:
            button = QRadioButton(mode.label)
            button.setToolTip(MODE_HINTS[mode.value])
            self.mode_buttons[mode.value] = button
            self.mode_group.addButton(button)
            radios.addWidget(button)
            button.toggled.connect(self._mode_toggled)
        radios.addStretch(1)
        mode_layout.addLayout(radios)
        self.mode_hint = hint_label("")
        mode_layout.addWidget(self.mode_hint)
        self.strict_check = QCheckBox("严格模式：只要有一行出错，整个文件都不导入")
        self.strict_check.toggled.connect(self._options_changed)
        mode_layout.addWidget(self.strict_check)
        self.mode_buttons[Mode.NEW.value].setChecked(True)
        layout.addWidget(mode_box)

    # --- what it says

    def mode(self) -> Mode:
        for key, button in self.mode_buttons.items():
            if button.isChecked():
                return Mode(key)
        return Mode.NEW  # pragma: no cover - one radio button is always checked

    def mapping(self) -> dict[int, str]:
        """Column → field key as the combo boxes say now."""
        return {combo.column: key for combo in self.combos if (key := combo.key()) is not None}

    def mapping_problem(self) -> str:
        """Why the mapping cannot be checked yet ('' when it can, or nothing is shown)."""
        labels = {choice.key: choice.label for choice in self.fields}
        if REQUIRED_KEY in labels and REQUIRED_KEY not in self.mapping().values():
            return f"请在表格第一行选出哪一列是“{labels[REQUIRED_KEY]}”：没有它就无法导入。"
        return ""

    # --- showing a preview

    def show_preview(self, preview: Preview) -> None:
        self.fields = list(preview.fields)
        self.shown_sheet = preview.sheet
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for info in preview.sheets:
            self.sheet_box.addItem(info.name + ("" if info.visible else "（隐藏）"), info.name)
        self.sheet_box.setCurrentIndex(max(self.sheet_box.findData(preview.sheet), 0))
        self.sheet_box.blockSignals(False)
        self.header_label.setText(
            f"表头在第 {preview.header_row + 1} 行；下面是表头下的前 {len(preview.sample)} 行。"
        )
        self.remembered_label.setVisible(preview.remembered)
        self.unknown_label.setText(
            "没有认出的列，将不导入（需要时可在第一行为它们选择字段）："
            + "、".join(preview.unknown)
            if preview.unknown
            else ""
        )
        self.unknown_label.setVisible(bool(preview.unknown))
        self.combos = []  # the view deletes the old ones on the model's reset
        self.sample_model.set_sample(preview.headers, preview.sample)
        for column in range(self.sample_model.width):
            combo = MappingCombo(column, preview.fields, preview.mapping.get(column))
            header = self.sample_model.header(column)
            if header and column not in preview.mapping:
                combo.setToolTip(f"没有认出“{header}”这一列；需要导入时请选择对应的字段")
            combo.chosen.connect(self._mapping_chosen)
            self.sample_table.setIndexWidget(self.sample_model.index(0, column), combo)
            self.combos.append(combo)
        self.sample_table.verticalHeader().resizeSection(0, MAPPING_ROW_HEIGHT)
        self.show_mapping_problem()

    def clear(self) -> None:
        """Show no file (its preview could not be read)."""
        self.fields = []
        self.shown_sheet = None
        self.combos = []
        self.sample_model.set_sample([], [])
        self.sheet_box.clear()
        self.header_label.clear()
        self.remembered_label.hide()
        self.unknown_label.hide()
        self.mapping_error.hide()

    def restore_sheet(self) -> None:
        """Back to the sheet shown (another one could not be read)."""
        self.sheet_box.blockSignals(True)
        self.sheet_box.setCurrentIndex(max(self.sheet_box.findData(self.shown_sheet), 0))
        self.sheet_box.blockSignals(False)

    def show_mapping_problem(self, problem: str | None = None) -> None:
        """The mapping's problem (by default, as it is now) under the preview."""
        problem = self.mapping_problem() if problem is None else problem
        self.mapping_error.setText(problem)
        self.mapping_error.setVisible(bool(problem))

    def set_busy(self, busy: bool) -> None:
        self.sheet_box.setEnabled(not busy and self.sheet_box.count() > 1)
        for widget in [*self.combos, *self.mode_buttons.values(), self.strict_check]:
            widget.setEnabled(not busy)

    # --- what the person does

    def _sheet_changed(self, _index: int) -> None:
        name = self.sheet_box.currentData()
        if name is not None and name != self.shown_sheet:
            self.sheet_chosen.emit(str(name))

    def _mapping_chosen(self, column: int) -> None:
        combo = self.combos[column]
        key = combo.key()
        if key is not None:
            for other in self.combos:
                if other is not combo and other.key() == key:
                    other.set_key(None)
                    self.notice.emit(
                        f"“{combo.currentText()}”只能对应一列：第 {column_letter(other.column)} "
                        f"列已改为“{IGNORE}”。"
                    )
        self.show_mapping_problem()
        self.mapping_changed.emit()

    def _mode_toggled(self, on: bool) -> None:
        if on:
            self.mode_hint.setText(MODE_HINTS[self.mode().value])

    def _options_changed(self, _on: bool) -> None:
        self.options_changed.emit()
