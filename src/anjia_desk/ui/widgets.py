"""Small pieces the pages share: fields with their error label, a message line, table models
with named columns, times in the office zone, and running a service call in the background."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.roles import PERMISSIONS, Action, Role
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.ops import Changed

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex

#: Model role carrying a column's sort key (a plain Python value).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

ERROR_COLOR = palette.ERROR
HINT_COLOR = palette.HINT
ROW_HEIGHT = 26
QWIDGETSIZE_MAX = (1 << 24) - 1

_BAR_STYLES = {
    "ok": "background:#e8f5e9;color:#1b5e20;border:1px solid #a5d6a7;",
    "error": "background:#fdecea;color:#8e1c12;border:1px solid #f5b7b1;",
    "warning": "background:#fff8e1;color:#7a4f01;border:1px solid #ffe082;",
    "info": "background:#eef4fb;color:#1f3b57;border:1px solid #c5d9ee;",
}


# --- text helpers


def who_may(action: Action) -> str:
    """The labels of the roles allowed `action`, administrator first: "管理员、案场经理"."""
    order = [Role.ADMIN, *(r for r in Role if r is not Role.ADMIN)]
    roles = [r for r in order if r in PERMISSIONS[action]]
    return "、".join(r.label for r in roles)


def format_local(moment: datetime | None, zone: ZoneInfo, *, seconds: bool = False) -> str:
    """An aware timestamp as office-zone text ("2026-03-05 14:30"); blank for None."""
    if moment is None:
        return ""
    pattern = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    return moment.astimezone(zone).strftime(pattern)


def format_day(day: date | None) -> str:
    """A business date as "2026-03-05"; blank for None."""
    return day.isoformat() if day is not None else ""


def default_zone() -> ZoneInfo:
    """The office zone before the settings are read: the default of `office.timezone`."""
    from anjia_desk.core.settings import SPECS

    return ZoneInfo(str(SPECS["office.timezone"].default))


def office_zone(ctx: AppContext) -> ZoneInfo:
    """The office's time zone from the settings (read through the settings service)."""
    from anjia_desk.services.settings import office_zone as zone_of

    return ops.read_now(ctx, lambda session, _actor: zone_of(session))


# --- messages and field errors


class MessageBar(QLabel):
    """One line (or a few) of feedback inside a page: success, error, warning or information."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setStyleSheet(f"QLabel{{{_BAR_STYLES[kind]}border-radius:4px;padding:6px 10px;}}")
        self.setText(text)
        self.show()

    def show_ok(self, text: str) -> None:
        self.show_message("ok", text)

    def show_error(self, text: str) -> None:
        self.show_message("error", text)

    def show_warning(self, text: str) -> None:
        self.show_message("warning", text)

    def show_info(self, text: str) -> None:
        self.show_message("info", text)

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color:{ERROR_COLOR};")
    label.hide()
    return label


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color:{HINT_COLOR};")
    return label


class FieldErrors:
    """The error labels of a form, by field name: shown beside (below) their field."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def __getitem__(self, key: str) -> QLabel:
        """The error label of field `key` (KeyError when the form has no such field)."""
        return self._labels[key]

    def __contains__(self, key: object) -> bool:
        return key in self._labels

    def label_for(self, key: str, parent: QWidget | None = None) -> QLabel:
        if key not in self._labels:
            self._labels[key] = error_label(parent)
        return self._labels[key]

    def message(self, key: str) -> str:
        label = self._labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def show(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Show each message beside its field; return those that have no field here."""
        self.clear()
        unplaced: dict[str, str] = {}
        for key, text in errors.items():
            label = self._labels.get(key)
            if label is None:
                unplaced[key] = text
            else:
                label.setText(text)
                label.show()
        return unplaced

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def any_shown(self) -> bool:
        return any(not label.isHidden() for label in self._labels.values())


def dialog_buttons(
    dialog: QDialog, ok_text: str, on_ok: Callable[[], object], *, hint: str = ""
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """The foot of a dialog: an optional grey hint, then 取消 (Esc) and the default button (Enter)
    on the right. Returns the row and the two buttons."""
    row = QHBoxLayout()
    if hint:
        row.addWidget(hint_label(hint))
    row.addStretch(1)
    cancel = QPushButton("取消")
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    ok = QPushButton(ok_text)
    ok.setDefault(True)
    ok.clicked.connect(on_ok)
    row.addWidget(cancel)
    row.addWidget(ok)
    return row, cancel, ok


def field_box(
    widget: QWidget,
    errors: FieldErrors,
    key: str,
    hint: str = "",
    parent: QWidget | None = None,
) -> QWidget:
    """`widget` with its error label (and an optional grey hint) directly below it."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    # A narrow field (or a check box, clickable only on its label) keeps its own width; its hint
    # and error may still use the whole row.
    if isinstance(widget, QCheckBox) or widget.maximumWidth() < QWIDGETSIZE_MAX:
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
    else:
        layout.addWidget(widget)
    if hint:
        layout.addWidget(hint_label(hint, box))
    layout.addWidget(errors.label_for(key, box))
    return box


def add_field(
    form: QFormLayout,
    label: str | QLabel,
    widget: QWidget,
    errors: FieldErrors,
    key: str,
    hint: str = "",
) -> QWidget:
    """Add a form row: the label, the widget, its hint and its error label below it."""
    box = field_box(widget, errors, key, hint)
    if isinstance(label, QLabel):
        label.setBuddy(widget)
        form.addRow(label, box)
    else:
        form.addRow(label, box)
    return box


def show_user_error(
    exc: UserError, bar: MessageBar, errors: FieldErrors | None = None, *, prefix: str = ""
) -> None:
    """Show a service's refusal: field messages beside their fields, the rest in `bar`."""
    if isinstance(exc, ValidationError) and errors is not None:
        unplaced = errors.show(exc.fields)
        if unplaced:
            bar.show_error(prefix + "；".join(unplaced.values()))
        else:
            bar.show_error(prefix + "有填写不正确的项，请按红字提示修改，未保存任何内容。")
    else:
        bar.show_error(prefix + exc.message)


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


# --- pages that load when first shown


class LazyPage(QWidget):
    """A page that loads its data when first shown, and again when shown after a change.

    Subclasses implement `reload()`, which reads through `self.load(work, done)`: the topics of
    the tables that work read become the page's `sources`, and a broadcast touching any of them
    reloads the page (at once when it is visible, else when it is next shown). The page that ran
    an operation (its initiator) reloads even when hidden, so it shows the result.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        #: The topics this page's data came from, learnt from what its loads read.
        self.sources: frozenset[Topic] = frozenset()
        ctx.changed.connect(self._on_changed)

    def concerns(self, changes: Changed) -> bool:
        return changes.touches(self.sources)

    def reload(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def load(
        self,
        work: Callable[[Session, Actor], T],
        done: Callable[[T], None],
        *,
        message: MessageBar | None = None,
    ) -> None:
        """Read through the operation layer's reader, then `done(value)`; remembers the topics
        read, so the page refreshes on exactly what its data comes from."""

        def loaded(result: ops.Read) -> None:
            self.sources = self.sources | result.topics
            done(result.value)

        ops.read(self.ctx, work, parent=self, done=loaded, message=message)

    def ensure_loaded(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def _on_changed(self, changes: Changed) -> None:
        mine = changes.initiator is self
        if not mine and not self.concerns(changes):
            return
        if mine or self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True
