"""投诉: the section of the main window where complaints are followed (issue 18, DOMAIN §9).
Its first tab, 投诉列表, is services.complaint_views.list_complaints: every case the person sees
with its first-answer clock, filtered by 进行中/全部, level, nature, 我负责的, 只看超时 and a text
(typing waits a moment before it searches). 受理投诉… (for those who take complaints in) opens the
intake dialog. Enter or a double-click opens the case's window. The section reads on the reader
and refreshes on a broadcast about complaints (what it read), and once a minute while shown, so
the clocks' words keep up with the time. Then 案例库 (ui/complaints/library_tab.py: closed cases as
nature → handling → feedback) and 月度复盘 (ui/complaints/review_tab.py: a month's points,
natures and on-time rates), each read when first shown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.complaints import Level, Nature
from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.ui.complaints.library_tab import LibraryTab
from anjia_desk.ui.complaints.list_model import ComplaintsModel, widen_to_fit
from anjia_desk.ui.complaints.opening import open_case
from anjia_desk.ui.complaints.review_tab import ReviewTab
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button, make_table
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.complaint_list import ComplaintRow

SEARCH_DELAY_MS = 250
#: The clocks' words ("还剩 3 小时 20 分") are read again this often while the list is shown.
CLOCK_REFRESH_MS = 60_000


def may_see_complaints(actor: Actor) -> bool:
    """Whether the 投诉 section belongs in this person's navigation."""
    return actor.can(Action.VIEW_COMPLAINTS)


@dataclass(frozen=True)
class _Listed:
    rows: list[ComplaintRow]
    zone: ZoneInfo


class ComplaintsSection(LazyPage):
    """投诉. `tabs`: 投诉列表 with `list_table` (`list_model`), 案例库 `library`, 月度复盘
    `review`; the list's filters `scope_box` (进行中/全部),
    `level_box`, `nature_box`, `mine_box`, `overdue_box`, `search_edit`; `file_button`
    (受理投诉…, shown to those who take complaints in); `count_label`; `loads`, how many
    reads have been shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded = False
        #: How many reads have been shown (a filter's reload has arrived once it grows).
        self.loads = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        header = QHBoxLayout()
        title = QLabel("投诉（受理、答复时限、处理与回访）")
        title.setStyleSheet("font-size:16px;font-weight:bold;")
        header.addWidget(title)
        header.addStretch(1)
        self.file_button = make_button(
            "受理投诉…", self.file_complaint, visible=ctx.actor.can(Action.FILE_COMPLAINTS)
        )
        header.addWidget(self.file_button)
        self.refresh_button = make_button("刷新", self.reload)
        header.addWidget(self.refresh_button)
        outer.addLayout(header)

        self.tabs = QTabWidget()
        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        filters = QHBoxLayout()
        self.scope_box = QComboBox()
        self.scope_box.addItem("进行中", True)
        self.scope_box.addItem("全部", False)
        self.level_box = QComboBox()
        self.level_box.addItem("全部等级", None)
        for level in Level:
            self.level_box.addItem(level.label, level.value)
        self.nature_box = QComboBox()
        self.nature_box.addItem("全部性质", None)
        for nature in Nature:
            self.nature_box.addItem(nature.label, nature.value)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("编号、投诉人、电话、内容或投诉点")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(240)
        self.search_edit.setMaximumWidth(300)
        for label, widget in (
            ("范围：", self.scope_box),
            ("等级：", self.level_box),
            ("性质：", self.nature_box),
            ("查找：", self.search_edit),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        self.mine_box = QCheckBox("我负责的")
        self.overdue_box = QCheckBox("只看超时")
        filters.addWidget(self.mine_box)
        filters.addWidget(self.overdue_box)
        filters.addStretch(1)
        list_layout.addLayout(filters)
        self.list_model = ComplaintsModel(self)
        self.list_table = make_table(self.list_model)
        list_layout.addWidget(self.list_table, 1)
        self.count_label = QLabel()
        list_layout.addWidget(self.count_label)
        self.tabs.addTab(listing, "投诉列表")
        self.library = LibraryTab(ctx)
        self.tabs.addTab(self.library, "案例库")
        self.review = ReviewTab(ctx)
        self.tabs.addTab(self.review, "月度复盘")
        outer.addWidget(self.tabs, 1)
        self.message = MessageBar(self)
        outer.addWidget(self.message)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.reload)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_REFRESH_MS)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        self.search_edit.textEdited.connect(self._search_edited)
        self.search_edit.returnPressed.connect(self.reload)
        for box in (self.scope_box, self.level_box, self.nature_box):
            box.currentIndexChanged.connect(self._filter_changed)
        for check in (self.mine_box, self.overdue_box):
            check.toggled.connect(self._filter_changed)
        self.list_table.activated.connect(self._open_listed)

    # --- loading

    def reload(self) -> None:
        from anjia_desk.services.complaint_views import list_complaints
        from anjia_desk.services.settings import office_zone

        self.timer.stop()
        open_only = bool(self.scope_box.currentData())
        level_data = self.level_box.currentData()
        level = Level(str(level_data)) if level_data else None
        nature_data = self.nature_box.currentData()
        nature = Nature(str(nature_data)) if nature_data else None
        mine = self.mine_box.isChecked()
        overdue_only = self.overdue_box.isChecked()
        text = self.search_edit.text().strip()
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> _Listed:
            rows = list_complaints(
                session,
                actor,
                now=now,
                open_only=open_only,
                level=level,
                nature=nature,
                text=text,
                mine=mine,
                overdue_only=overdue_only,
            )
            return _Listed(rows, office_zone(session))

        self.load(work, self._show, message=self.message)

    def _show(self, listed: _Listed) -> None:
        self.loaded = True
        self.loads += 1
        self.list_model.zone = listed.zone
        self.list_model.set_rows(listed.rows)
        widen_to_fit(self.list_table, self.list_model)
        late = sum(1 for row in listed.rows if row.clock.overdue)
        text = f"共 {len(listed.rows)} 件"
        self.count_label.setText(f"{text}，其中 {late} 件已超过首次答复时限" if late else text)

    def _tick(self) -> None:
        if self.isVisible() and self.loaded:
            self.reload()

    def _search_edited(self, _text: str) -> None:
        self.timer.start()

    def _filter_changed(self, *_args: object) -> None:
        self.reload()

    # --- filing and opening

    def file_complaint(self) -> None:
        from anjia_desk.ui.complaints.intake_dialog import open_intake

        open_intake(self.ctx, self, lambda cid: open_case(self.ctx, cid, self))

    def _open_listed(self, index: QModelIndex) -> None:
        if index.isValid():
            open_case(self.ctx, self.list_model.row_at(index.row()).id, self)
