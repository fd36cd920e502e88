"""The 客户 list's table model: only the ids of the list, in order, each row fetched with the rest
of its page the first time the view asks for it; sorting asks for a new list of ids, sorted in
SQL. The columns follow services.customers.SORT_KEYS."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from anjia_desk.services.customers import SORT_KEYS, CustomerRow
from anjia_desk.ui import palette
from anjia_desk.ui.formatting import format_day

PAGE_SIZE = 200
OVERDUE_COLOR = QColor(palette.ERROR)
#: A pool customer's row: an info tint.
POOL_COLOR = QColor(palette.INFO_TINT)
DUE_TEXT = {"overdue": "（逾期）", "today": "（今天）"}

#: (sort key, header, text) in SORT_KEYS order: column i sorts by SORT_KEYS[i].
COLUMNS: list[tuple[str, str, Callable[[CustomerRow], str]]] = [
    ("name", "姓名", lambda r: r.name),
    (
        "phone",
        "手机号",
        lambda r: f"{r.shown_phone}（{r.phone_flag}）" if r.phone_flag else r.shown_phone,
    ),
    ("grade", "等级", lambda r: r.grade),
    ("owner", "归属顾问", lambda r: r.owner_name + ("（公客池）" if r.in_pool else "")),
    ("channel", "来源渠道", lambda r: r.channel),
    ("last_contact", "最近联系", lambda r: format_day(r.last_contact)),
    ("next_due", "下次跟进", lambda r: format_day(r.next_due) + DUE_TEXT.get(r.due_state, "")),
    ("visits", "来访次数", lambda r: str(r.visits)),
    ("risk", "风险指数", lambda r: "" if r.risk_index is None else str(r.risk_index)),
    ("created", "登记日期", lambda r: format_day(r.created)),
]
assert [key for key, _, _ in COLUMNS] == list(SORT_KEYS)
RIGHT = {"visits", "risk"}


class CustomerListModel(QAbstractTableModel):
    """Holds only the ids of the list, in order; a row is fetched (with the rest of its page of
    PAGE_SIZE ids) the first time the view asks for it (STYLE.md §6). Sorting asks the page for a
    new list of ids, sorted in SQL."""

    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(
        self, fetch: Callable[[Sequence[int]], list[CustomerRow]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._rows: dict[int, CustomerRow | None] = {}
        self.fetches = 0  # how many pages were fetched (tests check the laziness)

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {}
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Forget the fetched rows (after a change) and repaint; the ids stay."""
        self._rows = {}
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def customer(self, row: int) -> CustomerRow | None:
        """The row's data, fetching its page when needed (None: the customer is gone)."""
        customer_id = self._ids[row]
        if customer_id not in self._rows:
            start = row - row % PAGE_SIZE
            page = self._ids[start : start + PAGE_SIZE]
            found = {r.id: r for r in self._fetch(page)}
            self.fetches += 1
            for i in page:
                self._rows[i] = found.get(i)
        return self._rows[customer_id]

    # QAbstractTableModel.
    def rowCount(self, parent: QModelIndex | Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if not (0 <= index.column() < len(COLUMNS)):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        key, _title, text = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.customer(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and key == "name":
                return "（已不存在）"
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_COLOR if key == "next_due" and row.due_state == "overdue" else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return POOL_COLOR if row.in_pool else None
        value = text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return value or None
        return value

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1] if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def flags(self, index: QModelIndex | Any) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
