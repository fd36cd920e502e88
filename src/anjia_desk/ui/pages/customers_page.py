"""客户: the customer list (search as you type, filters, sorting in SQL, rows fetched a page at a
time), claims from the public pool, the site manager's bulk transfer, and the 撞单 rulings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.services.customers import (
    SORT_KEYS,
    CustomerQuery,
    CustomerRow,
    DisputeRow,
    FilterChoices,
)
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.widgets import (
    Column,
    ColumnTableModel,
    FieldErrors,
    LazyPage,
    MessageBar,
    add_field,
    configure_table,
    default_zone,
    dialog_buttons,
    format_day,
    format_local,
    selected_row,
    set_column_widths,
    show_user_error,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

PAGE_SIZE = 200
SEARCH_DELAY_MS = 150
OVERDUE_COLOR = QColor("#c0392b")
POOL_COLOR = QColor("#eef4fb")
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


class ReassignDialog(QDialog):
    """批量转移: from one consultant to another, all their customers or the selected ones, with a
    reason. The page saves; errors come back through `show_error`."""

    submitted = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        choices: FilterChoices,
        *,
        selected: list[int],
        from_id: int | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("批量转移客户")
        self.setMinimumWidth(460)
        self.selected_ids = selected
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.from_box = QComboBox()
        for staff in choices.consultants:
            self.from_box.addItem(staff.name, staff.id)
        if from_id is not None and self.from_box.findData(from_id) >= 0:
            self.from_box.setCurrentIndex(self.from_box.findData(from_id))
        self.to_box = QComboBox()
        for staff in choices.consultants:
            if staff.id in choices.active_ids:
                self.to_box.addItem(staff.name, staff.id)
        scope = QWidget()
        scope_layout = QVBoxLayout(scope)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        self.all_radio = QRadioButton("转出顾问名下的全部客户")
        self.selected_radio = QRadioButton(f"列表中选中的 {len(selected)} 位客户")
        self.selected_radio.setEnabled(bool(selected))
        (self.selected_radio if selected else self.all_radio).setChecked(True)
        scope_layout.addWidget(self.all_radio)
        scope_layout.addWidget(self.selected_radio)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("如：顾问离职交接、客户要求更换顾问")
        add_field(form, "转出顾问：", self.from_box, self.errors, "from_user_id")
        add_field(form, "转入顾问：", self.to_box, self.errors, "to_user_id")
        add_field(form, "转移范围：", scope, self.errors, "customer_ids")
        add_field(form, "转移原因：", self.reason, self.errors, "reason")
        layout.addLayout(form)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, _cancel, self.save_button = dialog_buttons(self, "转移", self._submit)
        layout.addLayout(buttons)

    def from_user_id(self) -> int | None:
        data = self.from_box.currentData()
        return int(data) if data is not None else None

    def to_user_id(self) -> int | None:
        data = self.to_box.currentData()
        return int(data) if data is not None else None

    def customer_ids(self) -> list[int] | None:
        return list(self.selected_ids) if self.selected_radio.isChecked() else None

    def _submit(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        missing = {}
        if self.from_user_id() is None:
            missing["from_user_id"] = "请选择转出顾问"
        if self.to_user_id() is None:
            missing["to_user_id"] = "请选择转入顾问"
        if missing:
            self.errors.show(missing)
            return
        self.submitted.emit()

    def show_error(self, exc: UserError) -> None:
        show_user_error(exc, self.message, self.errors)


def _filter_choices(session: Session, actor: Actor) -> FilterChoices:
    from anjia_desk.services.customers import filter_choices

    return filter_choices(session, actor)


class CustomersPage(LazyPage):
    """The list: search box and filters above, the table, the count and the actions below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choices: FilterChoices | None = None
        self.reassign_dialog: ReassignDialog | None = None
        #: Counts the list's loads: a search answered after a newer one was asked is dropped.
        self._list_load = 0
        self.sort_key = "last_contact"
        self.descending = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("搜索：姓名、手机号任意几位（尾号）、拼音首字母（如 zs）")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh_list)
        self.search.textChanged.connect(self._text_changed)
        self.search.returnPressed.connect(self._search_now)
        bar.addWidget(self.search, 2)
        self.grade_box = QComboBox()
        self.grade_box.addItem("全部等级", None)
        self.owner_box = QComboBox()
        self.owner_box.addItem("全部顾问", None)
        self.owner_box.setMinimumWidth(120)
        self.channel_box = QComboBox()
        self.channel_box.addItem("全部渠道", None)
        self.overdue_check = QCheckBox("逾期")
        self.pool_check = QCheckBox("公客池")
        self.mine_check = QCheckBox("我的客户")
        self.mine_check.setVisible(ctx.actor.can(Action.CLAIM_CUSTOMERS))
        for box in (self.grade_box, self.owner_box, self.channel_box):
            box.currentIndexChanged.connect(self._filter_changed)
            bar.addWidget(box)
        for check in (self.overdue_check, self.pool_check, self.mine_check):
            check.toggled.connect(self._filter_changed)
            bar.addWidget(check)
        outer.addLayout(bar)

        self.model = CustomerListModel(self._fetch_rows, self)
        self.model.sort_requested.connect(self._sort)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        set_column_widths(
            self.table, {0: 110, 1: 170, 2: 50, 3: 130, 4: 100, 5: 95, 6: 150, 7: 70, 8: 70}
        )
        header = self.table.horizontalHeader()
        header.setSortIndicator(SORT_KEYS.index(self.sort_key), Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        outer.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.count_label = QLabel("")
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        self.open_button = QPushButton("打开")
        self.open_button.clicked.connect(self.open_selected)
        self.claim_button = QPushButton("认领")
        self.claim_button.setToolTip("把公客池中的客户认领为自己的客户")
        self.claim_button.clicked.connect(self.claim_selected)
        self.claim_button.setVisible(ctx.actor.can(Action.CLAIM_CUSTOMERS))
        self.reassign_button = QPushButton("批量转移…")
        self.reassign_button.clicked.connect(self.open_reassign)
        self.reassign_button.setVisible(ctx.actor.can(Action.REASSIGN_CUSTOMERS))
        for button in (self.open_button, self.claim_button, self.reassign_button):
            actions.addWidget(button)
        outer.addLayout(actions)
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        self._update_buttons()

    # --- loading ---

    def reload(self) -> None:
        self.load(_filter_choices, self._choices_loaded, message=self.message)

    def _choices_loaded(self, choices: FilterChoices) -> None:
        self.choices = choices
        self._fill(self.owner_box, [(s.name, s.id) for s in choices.consultants])
        self._fill(self.channel_box, [(c, c) for c in choices.channels])
        self._fill(self.grade_box, [(g, g) for g in choices.grades])
        self.refresh_list()

    def _fill(self, box: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for text, data in items:
            box.addItem(text, data)
        index = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)

    def query(self) -> CustomerQuery:
        return CustomerQuery(
            text=self.search.text(),
            grade=self.grade_box.currentData(),
            owner_id=self.owner_box.currentData(),
            channel=self.channel_box.currentData(),
            overdue=self.overdue_check.isChecked(),
            pool=self.pool_check.isChecked(),
            mine=self.mine_check.isChecked() and self.mine_check.isVisibleTo(self),
            sort=self.sort_key,
            descending=self.descending,
        )

    def refresh_list(self) -> None:
        from anjia_desk.services.customers import search_customer_ids

        self.search_timer.stop()
        selected = self.selected_ids()
        query, now = self.query(), self.ctx.clock()
        self._list_load += 1
        number = self._list_load

        def work(session: Session, actor: Actor) -> list[int]:
            return search_customer_ids(session, actor, query, now=now)

        def done(ids: list[int]) -> None:
            if number == self._list_load:  # else a newer search is on its way
                self._ids_loaded(ids, selected)

        self.load(work, done, message=self.message)

    def _ids_loaded(self, ids: list[int], selected: list[int]) -> None:
        self.model.set_ids(ids)
        self.count_label.setText(f"共 {len(ids):,} 位客户")
        for customer_id in selected:
            row = self.model.row_of(customer_id)
            if row is not None:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows,
                )
        self._update_buttons()

    # Bound methods, not lambdas capturing self: a lambda on a child's signal that holds a
    # Python-owned parent makes Qt delete the child twice at teardown (a crash).
    def _text_changed(self, _text: str) -> None:
        self.search_timer.start()

    def _filter_changed(self, *_args: object) -> None:
        self.refresh_list()

    def _search_now(self) -> None:
        if self.search_timer.isActive():
            self.refresh_list()

    def _fetch_rows(self, ids: Sequence[int]) -> list[CustomerRow]:
        from anjia_desk.services.customers import customer_rows

        now = self.ctx.clock()
        try:
            return ops.read_now(
                self.ctx, lambda session, actor: customer_rows(session, actor, ids, now=now)
            )
        except UserError as exc:
            self.message.show_error(exc.message)
            return []

    def _header_clicked(self, section: int) -> None:
        key = SORT_KEYS[section]
        descending = not self.descending if key == self.sort_key else key != "name"
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(section, order)
        self._sort(key, descending)

    def _sort(self, key: str, descending: bool) -> None:
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.refresh_list()

    # --- selection and actions ---

    def selected_rows(self) -> list[int]:
        selection = self.table.selectionModel()
        return sorted(index.row() for index in selection.selectedRows()) if selection else []

    def selected_ids(self) -> list[int]:
        return [self.model.id_at(row) for row in self.selected_rows()]

    def select_customer(self, customer_id: int) -> None:
        row = self.model.row_of(customer_id)
        if row is None:
            raise KeyError(customer_id)
        self.table.selectRow(row)

    def _update_buttons(self, *_args: Any) -> None:
        rows = self.selected_rows()
        self.open_button.setEnabled(len(rows) == 1)
        claimable = False
        if len(rows) == 1:
            row = self.model.customer(rows[0])
            claimable = row is not None and row.in_pool
        self.claim_button.setEnabled(claimable)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_customer(self.model.id_at(index.row()))

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_customer(ids[0])

    def open_customer(self, customer_id: int) -> None:
        from anjia_desk.ui.customer_dialog import open_customer

        open_customer(self.ctx, customer_id, self)

    def claim_selected(self) -> None:
        from anjia_desk.services.customers import claim_customer

        rows = self.selected_rows()
        if len(rows) != 1:
            return
        customer_id = self.model.id_at(rows[0])
        row = self.model.customer(rows[0])
        name = row.name if row is not None else str(customer_id)
        now = self.ctx.clock()

        def claimed(until: date) -> None:
            self.message.show_ok(f"已认领 {name}，保护期至 {until.isoformat()}。")

        ops.write(
            self.ctx,
            lambda session, actor: claim_customer(session, actor, customer_id, now=now),
            parent=self,
            done=claimed,
            failed=self._claim_failed,
        )

    def _claim_failed(self, exc: UserError) -> None:
        self.message.show_error(exc.message)
        self.model.refresh_rows()

    def open_reassign(self) -> None:
        if self.choices is None:
            return
        selected = self.selected_ids()
        owners = set()
        for row in self.selected_rows():
            customer = self.model.customer(row)
            owners.add(customer.owner_id if customer is not None else None)
        from_id = next(iter(owners)) if len(owners) == 1 else self.owner_box.currentData()
        if len(owners) > 1:
            selected = []  # the selection spans several consultants: only "all" makes sense
        dialog = ReassignDialog(self, self.choices, selected=selected, from_id=from_id)
        self.reassign_dialog = dialog
        dialog.submitted.connect(self._reassign)
        dialog.finished.connect(self._reassign_closed)
        dialog.open()

    def _reassign_closed(self, _result: int) -> None:
        dialog = self.reassign_dialog
        self.reassign_dialog = None
        if dialog is not None:
            dialog.deleteLater()

    def _reassign(self) -> None:
        from anjia_desk.services.customers import reassign_customers

        dialog = self.reassign_dialog
        assert dialog is not None

        from_id, to_id = dialog.from_user_id(), dialog.to_user_id()
        assert from_id is not None and to_id is not None
        ids = dialog.customer_ids()
        who, whom = dialog.from_box.currentText(), dialog.to_box.currentText()
        if ids is None and not self.ctx.dialogs.confirm(
            self, "批量转移客户", f"把 {who} 名下的全部客户转给 {whom} 吗？历史记录会保留。"
        ):
            return
        reason, now = dialog.reason.text(), self.ctx.clock()

        def work(session: Session, actor: Actor) -> int:
            return reassign_customers(
                session,
                actor,
                from_user_id=from_id,
                to_user_id=to_id,
                customer_ids=ids,
                reason=reason,
                now=now,
            )

        def moved(count: int) -> None:
            if self.reassign_dialog is not None:
                self.reassign_dialog.accept()
            self.message.show_ok(f"已把 {count} 位客户从 {who} 转给 {whom}。")

        dialog.save_button.setEnabled(False)
        ops.write(self.ctx, work, parent=self, done=moved, failed=self._reassign_failed)

    def _reassign_failed(self, exc: UserError) -> None:
        dialog = self.reassign_dialog
        if dialog is None:
            self.message.show_error(exc.message)
            return
        dialog.save_button.setEnabled(True)
        dialog.show_error(exc)


class DisputesModel(ColumnTableModel[DisputeRow]):
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
        return None if row.is_open else QColor("#8a8a8a")


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
        from anjia_desk.services.customers import list_disputes
        from anjia_desk.services.settings import office_zone

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
        from anjia_desk.ui.customer_dialog import open_customer

        if index.isValid():
            open_customer(self.ctx, self.model.row_at(index.row()).customer_id, self)

    def rule_selected(self) -> None:
        from anjia_desk.services.customers import rule_dispute

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


class CustomersSection(QTabWidget):
    """客户: the list, and for the site manager the 撞单 rulings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setDocumentMode(True)
        self.list_page = CustomersPage(ctx)
        self.addTab(self.list_page, "客户列表")
        self.disputes_page: DisputesPage | None = None
        if ctx.actor.can(Action.RULE_DISPUTES):
            self.disputes_page = DisputesPage(ctx)
            self.addTab(self.disputes_page, "撞单裁定")

    def tab_titles(self) -> list[str]:
        return [self.tabText(i) for i in range(self.count())]
