"""客户列表: the filters above, the list (sorted in SQL, rows fetched a page at a time), the count,
and the actions below — 打开, 认领 from the public pool, and the site manager's 批量转移."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.services.customers import (
    SORT_KEYS,
    CustomerQuery,
    CustomerRow,
    FilterChoices,
    claim_customer,
    customer_rows,
    filter_choices,
    search_customer_ids,
)
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers.filters import CustomerFilters
from anjia_desk.ui.customers.list_model import CustomerListModel
from anjia_desk.ui.customers.reassign_dialog import ReassignDialog
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.search_settle import SettledSearch
from anjia_desk.ui.tables import configure_table, set_column_widths
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


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

        self.filters = CustomerFilters(mine=ctx.actor.can(Action.CLAIM_CUSTOMERS))
        self.filters.query_changed.connect(self.refresh_list)
        self.search, self.owner_box = self.filters.search, self.filters.owner_box
        self.pool_check, self.mine_check = self.filters.pool_check, self.filters.mine_check
        outer.addWidget(self.filters)

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
        # Issue 14: one audit line per settled search that shows full phones, not per key.
        self.settled = SettledSearch(ctx, self._shown_query, self, message=self.message)
        self.settle_timer = self.settled.timer
        self.filters.edited.connect(self.settled.edited)
        self._listed = False
        self._update_buttons()

    # --- loading ---

    def reload(self) -> None:
        self.load(filter_choices, self._choices_loaded, message=self.message)

    def _choices_loaded(self, choices: FilterChoices) -> None:
        self.choices = choices
        self.filters.set_choices(choices)
        self.refresh_list()

    def query(self) -> CustomerQuery:
        return self.filters.query(sort=self.sort_key, descending=self.descending)

    def refresh_list(self) -> None:
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
        if not self._listed:  # the list as first shown is a search too
            self._listed = True
            self.settled.edited()
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

    def _fetch_rows(self, ids: Sequence[int]) -> list[CustomerRow]:
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

    def _shown_query(self) -> CustomerQuery:
        searching = self.filters.search_timer.isActive()
        query = self.query()
        if searching:  # reading the query stopped the list's own search: it still runs
            self.filters.search_timer.start()
        return query

    def audit_search(self) -> None:
        """Audit the search shown now, once (a line only when it shows someone's full phone)."""
        self.settled.settle()

    def open_customer(self, customer_id: int) -> None:
        if self.settled.pending():  # opening a row settles the search
            self.settled.settle(customer_id)
        # Imported on the first open: the window, its tabs and their services (~100 ms) would
        # otherwise load with the main window at login.
        from anjia_desk.ui.customers import window

        window.open_customer(self.ctx, customer_id, self)

    def claim_selected(self) -> None:
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

    def open_reassign(self) -> ReassignDialog | None:
        if self.choices is None:
            return None
        selected = self.selected_ids()
        owners = set()
        for row in self.selected_rows():
            customer = self.model.customer(row)
            owners.add(customer.owner_id if customer is not None else None)
        from_id = next(iter(owners)) if len(owners) == 1 else self.owner_box.currentData()
        if len(owners) > 1:
            selected = []  # the selection spans several consultants: only "all" makes sense
        dialog = ReassignDialog(self.ctx, self, self.choices, selected=selected, from_id=from_id)
        self.reassign_dialog = dialog
        dialog.saved.connect(self.message.show_ok)
        dialog.finished.connect(self._reassign_closed)
        dialog.open()
        return dialog

    def _reassign_closed(self, _result: int) -> None:
        dialog = self.reassign_dialog
        self.reassign_dialog = None
        if dialog is not None:
            dialog.deleteLater()
