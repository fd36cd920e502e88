"""变更: the section of the main window where change orders are followed (issue 17, DOMAIN §8).
Two tabs: 等我处理 (services.change_views.waiting_for_me — the orders whose next step is this
person's: a talk to lead, a review, an approval, a step, a refund to pay or confirm) and 变更单
(services.change_views.list_changes, filtered by 进行中/全部, kind and a text search). Enter or a
double-click opens the order's window. Shown to those who may see change orders; it reads on the
reader and refreshes on a broadcast about change orders, deals or receipts (what it read)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.changes import ChangeKind
from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.ui.changes.list_model import ChangesModel, widen_to_fit
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button, make_table
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.change_views import ChangeRow

SEARCH_DELAY_MS = 250


def may_see_changes(actor: Actor) -> bool:
    """Whether the 变更 section belongs in this person's navigation."""
    return actor.can(Action.VIEW_CHANGES)


@dataclass(frozen=True)
class _Lists:
    waiting: list[ChangeRow]
    listed: list[ChangeRow]
    zone: ZoneInfo


class ChangesSection(LazyPage):
    """变更. `tabs` with `waiting_table` (`waiting_model`) and `list_table` (`list_model`);
    filters `scope_box` (进行中/全部), `kind_box`, `search_edit`; `count_label`; `loads`, how
    many reads have been shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded = False
        #: How many reads have been shown (a filter's reload has arrived once it grows).
        self.loads = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        header = QHBoxLayout()
        title = QLabel("变更（退定、退房、换房、更名、解约）")
        title.setStyleSheet("font-size:16px;font-weight:bold;")
        header.addWidget(title)
        header.addStretch(1)
        self.refresh_button = make_button("刷新", self.reload)
        header.addWidget(self.refresh_button)
        outer.addLayout(header)

        self.tabs = QTabWidget()
        self.waiting_model = ChangesModel(self)
        self.waiting_table = make_table(self.waiting_model)
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addWidget(self.waiting_table, 1)

        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        filters = QHBoxLayout()
        self.scope_box = QComboBox()
        self.scope_box.addItem("进行中", True)
        self.scope_box.addItem("全部", False)
        self.kind_box = QComboBox()
        self.kind_box.addItem("全部类型", None)
        for kind in ChangeKind:
            self.kind_box.addItem(kind.label, kind.value)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("单号或买受人姓名")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(260)
        for label, widget in (
            ("范围：", self.scope_box),
            ("类型：", self.kind_box),
            ("查找：", self.search_edit),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        list_layout.addLayout(filters)
        self.list_model = ChangesModel(self)
        self.list_table = make_table(self.list_model)
        list_layout.addWidget(self.list_table, 1)

        self.tabs.addTab(waiting, "等我处理")
        self.tabs.addTab(listing, "变更单")
        outer.addWidget(self.tabs, 1)
        self.count_label = QLabel()
        outer.addWidget(self.count_label)
        self.message = MessageBar(self)
        outer.addWidget(self.message)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.reload)
        self.search_edit.textEdited.connect(self._search_edited)
        self.search_edit.returnPressed.connect(self.reload)
        self.scope_box.currentIndexChanged.connect(self._filter_changed)
        self.kind_box.currentIndexChanged.connect(self._filter_changed)
        self.tabs.currentChanged.connect(self._update_count)
        self.waiting_table.activated.connect(self._open_waiting)
        self.list_table.activated.connect(self._open_listed)

    # --- loading

    def reload(self) -> None:
        from anjia_desk.services.change_views import list_changes, waiting_for_me
        from anjia_desk.services.settings import office_zone

        self.timer.stop()
        open_only = bool(self.scope_box.currentData())
        data = self.kind_box.currentData()
        kind = ChangeKind(str(data)) if data else None
        text = self.search_edit.text().strip()

        def work(session: Session, actor: Actor) -> _Lists:
            return _Lists(
                waiting_for_me(session, actor),
                list_changes(session, actor, open_only=open_only, kind=kind, text=text),
                office_zone(session),
            )

        self.load(work, self._show, message=self.message)

    def _show(self, lists: _Lists) -> None:
        self.loaded = True
        self.loads += 1
        for model in (self.waiting_model, self.list_model):
            model.zone = lists.zone
        self.waiting_model.set_rows(lists.waiting)
        self.list_model.set_rows(lists.listed)
        widen_to_fit(self.waiting_table, self.waiting_model)
        widen_to_fit(self.list_table, self.list_model)
        self.tabs.setTabText(0, f"等我处理（{len(lists.waiting)}）")
        self._update_count()

    def _search_edited(self, _text: str) -> None:
        self.timer.start()

    def _filter_changed(self, *_args: object) -> None:
        self.reload()

    def _update_count(self, *_args: object) -> None:
        if self.tabs.currentIndex() == 0:
            self.count_label.setText(f"等我处理 {self.waiting_model.rowCount()} 单")
        else:
            self.count_label.setText(f"共 {self.list_model.rowCount()} 单")

    # --- opening

    def _open_waiting(self, index: QModelIndex) -> None:
        self._open(self.waiting_table, self.waiting_model, index)

    def _open_listed(self, index: QModelIndex) -> None:
        self._open(self.list_table, self.list_model, index)

    def _open(self, _view: QTableView, model: ChangesModel, index: QModelIndex) -> None:
        if index.isValid():
            from anjia_desk.ui.changes.window import open_change

            open_change(self.ctx, model.row_at(index.row()).id, self)
