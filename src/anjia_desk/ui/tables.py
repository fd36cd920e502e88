"""Read-only table models with named columns, and the look every table view shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex

#: Model role carrying a column's sort key (a plain Python value).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 26

# --- table models


@dataclass(frozen=True)
class Column(Generic[T]):
    """A named column: its header, how to show a row, and (optionally) tooltip, sort key and
    alignment."""

    key: str
    title: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    sort_key: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag | None = None


class ColumnTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of plain rows, with named columns.

    Subclasses (or callers) give the columns; `set_rows` replaces the rows inside a model reset.
    Override `row_foreground` / `row_background` to colour whole rows.
    """

    def __init__(self, columns: Sequence[Column[T]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    # The list and its columns.
    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    @property
    def columns(self) -> list[Column[T]]:
        return list(self._columns)

    def column_index(self, key: str) -> int:
        for i, column in enumerate(self._columns):
            if column.key == key:
                return i
        raise KeyError(key)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_foreground(self, row: T) -> QColor | None:
        return None

    def row_background(self, row: T) -> QColor | None:
        return None

    # QAbstractTableModel.
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self._columns)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip(row) if column.tooltip is not None else column.text(row)
            return tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align is None:
                return None
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.row_foreground(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.row_background(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key is not None else column.text(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].title
            return None
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def configure_table(view: QTableView, *, stretch_last: bool = True) -> None:
    """The house style for lists: whole-row single selection, fixed row heights, no edits."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    horizontal = view.horizontalHeader()
    horizontal.setStretchLastSection(stretch_last)
    horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    horizontal.setHighlightSections(False)


#: The widest a column grows to fit its content; longer text is elided, its whole in the tooltip.
COLUMN_CAP = 320
#: Room beside a cell's text (the cell's margins and the sort arrow of its header).
COLUMN_PAD = 18


def fit_columns(view: QTableView, *, cap: int = COLUMN_CAP) -> None:
    """Size each column to its header and the rows laid out now, at most `cap` pixels.

    Columns come in order of importance, so on a narrow (1366-px) screen the ones that matter
    show whole and the rest scroll; a cell too long for its column is elided and shows its whole
    text on hover (`ColumnTableModel` gives every cell its text as tooltip). The last column
    keeps stretching to the edge.
    """
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        view.setColumnWidth(column, min(wanted + COLUMN_PAD, cap))


def fit_columns_once(view: QTableView, *, cap: int = COLUMN_CAP) -> None:
    """Fit the columns (`fit_columns`) the first time the view's model has rows; after that the
    widths are the user's to drag and stay as they are across reloads."""
    model = view.model()
    if model is None:
        return

    def fit() -> None:
        if view.property("columnsFitted") or model.rowCount() == 0:
            return
        fit_columns(view, cap=cap)
        view.setProperty("columnsFitted", True)

    model.modelReset.connect(fit)
    model.layoutChanged.connect(fit)
    fit()


def set_column_widths(view: QTableView, widths: Mapping[int, int]) -> None:
    for column, width in widths.items():
        view.setColumnWidth(column, width)


def selected_row(view: QTableView) -> int | None:
    """The model row of the (single) selected row, or None."""
    selection = view.selectionModel()
    if selection is None:
        return None
    rows = selection.selectedRows()
    return rows[0].row() if rows else None
