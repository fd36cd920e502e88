"""The tables of the 报表 section (issue 19): a report's table (core.report_values.ReportTable,
its 合计 row last and bold) and the records behind a row (DrillList). Every cell is written by
core.report_values.cell_text, as the PDF page and the Excel export write it; counts, money,
rates and numbers are right-aligned. Read-only, fixed row heights (ui/tables.configure_table)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from anjia_desk.core.report_values import (
    Cell,
    Column,
    ColumnKind,
    DrillList,
    ReportTable,
    cell_text,
)

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
TOTAL_LABEL = "合计"


def alignment(kind: ColumnKind) -> Qt.AlignmentFlag:
    """Figures right-aligned (their digits line up), labels left."""
    return LEFT if kind is ColumnKind.TEXT else RIGHT


class CellsModel(QAbstractTableModel):
    """Rows of report cells under typed columns; `total`, when given, is one more row in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[Column, ...] = ()
        self._rows: tuple[tuple[Cell, ...], ...] = ()
        self._total: tuple[Cell, ...] | None = None

    def _set(
        self,
        columns: Sequence[Column],
        rows: Sequence[tuple[Cell, ...]],
        total: tuple[Cell, ...] | None,
    ) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self._rows = tuple(rows)
        self._total = total
        self.endResetModel()

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    @property
    def data_rows(self) -> int:
        """How many rows are records (the 合计 row is not one)."""
        return len(self._rows)

    def is_total(self, row: int) -> bool:
        return self._total is not None and row == len(self._rows)

    def text(self, row: int, column: int) -> str:
        """The cell as shown."""
        value = self.data(self.index(row, column))
        return "" if value is None else str(value)

    def column_of(self, label: str) -> int:
        for index, column in enumerate(self._columns):
            if column.label == label or column.key == label:
                return index
        raise KeyError(label)

    def _cells(self, row: int) -> tuple[Cell, ...]:
        if self.is_total(row):
            assert self._total is not None
            return self._total
        return self._rows[row]

    # QAbstractTableModel.
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._total is not None else 0)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        if not (0 <= index.column() < len(self._columns)):
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._cells(index.row())
            cell = cells[index.column()] if index.column() < len(cells) else None
            text = cell_text(cell, column.kind)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text or None
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(alignment(column.kind))
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].label
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(alignment(self._columns[section].kind))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ReportModel(CellsModel):
    """A report's table; `row_key(row)` is what a double-click on that row drills into (None for
    the 合计 row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: ReportTable | None = None

    def set_table(self, table: ReportTable | None) -> None:
        self.table = table
        if table is None:
            self._set((), (), None)
            return
        total = table.total
        first_is_label = bool(table.columns) and table.columns[0].kind is ColumnKind.TEXT
        if total and total[0] is None and first_is_label:
            total = (TOTAL_LABEL, *total[1:])
        self._set(table.columns, table.rows, total)

    def row_key(self, row: int) -> str | None:
        if self.table is None or self.is_total(row) or not (0 <= row < self.data_rows):
            return None
        keys = self.table.row_keys
        return keys[row] if row < len(keys) else None


class DrillModel(CellsModel):
    """The records behind a row; `record_id(row)` is the customer, deal or case of that row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drill: DrillList | None = None

    def set_drill(self, drill: DrillList) -> None:
        self.drill = drill
        self._set(drill.columns, drill.rows, None)

    def record_id(self, row: int) -> int | None:
        if self.drill is None or not (0 <= row < len(self.drill.ids)):
            return None
        return self.drill.ids[row]
