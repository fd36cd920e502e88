"""房源: projects and their buildings on the left, the selected building's 销控表 on the right
with the unit panel below it (details, hold or deal, actions by permission), and the 开盘选房
mode that lets the customers of the queue choose in turn.

The page is put together here (its widgets, loading, the selected unit); each mode's work lives
in its own module: ui.units.projects, ui.units.unit_actions, ui.units.choice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.projects import list_buildings, list_projects
from anjia_desk.services.settings import office_zone
from anjia_desk.services.tickets import next_in_queue, skipped_waiting
from anjia_desk.services.unit_views import Board, BuildingRow, ProjectRow, TicketRow, UnitDetail
from anjia_desk.services.units import board, unit_detail
from anjia_desk.ui import palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.formatting import default_zone
from anjia_desk.ui.units.board import BoardLegend, SalesBoard
from anjia_desk.ui.units.choice import ChoiceMode
from anjia_desk.ui.units.panel import UnitPanel
from anjia_desk.ui.units.projects import ProjectsMode
from anjia_desk.ui.units.unit_actions import UnitActionsMode

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

REFRESH_MS = 60_000


def may_see_units(actor: Actor) -> bool:
    """Who sees 房源 in the navigation: whoever may view the 销控表."""
    return actor.can(Action.VIEW_UNITS)


@dataclass(frozen=True)
class BoardView:
    """What the section shows: the projects, the chosen project's buildings, the chosen
    building's board and (in 开盘选房) the next ticket of the queue."""

    zone: ZoneInfo
    projects: list[ProjectRow]
    buildings: list[BuildingRow]
    project_id: int | None
    building_id: int | None
    board: Board | None
    ticket: TicketRow | None
    now: datetime
    #: 过号 numbers that may still choose (only while choosing).
    skipped: list[TicketRow]


def read_board(
    session: Session,
    actor: Actor,
    *,
    project_id: int | None,
    building_id: int | None,
    choosing: bool,
    now: datetime,
) -> BoardView:
    """The section's data: the wanted project and building while they still exist, else the
    first ones."""
    zone = office_zone(session)
    projects = list_projects(session, actor)
    if project_id not in [p.id for p in projects]:
        project_id = projects[0].id if projects else None
    buildings = list_buildings(session, actor, project_id) if project_id else []
    if building_id not in [b.id for b in buildings]:
        building_id = buildings[0].id if buildings else None
    board_data = board(session, actor, building_id, now=now) if building_id else None
    ticket, skipped = None, []
    if choosing and project_id is not None:
        ticket = next_in_queue(session, actor, project_id)
        skipped = skipped_waiting(session, actor, project_id)
    return BoardView(
        zone, projects, buildings, project_id, building_id, board_data, ticket, now, skipped
    )


class UnitsSection(ProjectsMode, UnitActionsMode, ChoiceMode):
    """The 房源 section."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.zone = default_zone()
        self.projects = []
        self.buildings = []
        self.board_data = None
        self.detail = None
        self.project_id = None
        self.building_id = None
        self.next_ticket = None
        self.skipped_tickets = []
        self.dialog = None
        self.wizard = None
        self.printer = None
        self._loading = False

        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)
        splitter.addWidget(self._projects_pane())

        # Right: title, legend, choice mode, the board, the unit panel.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "title")
        top.addWidget(self.title)
        top.addStretch(1)
        self.choice_button = QPushButton("开盘选房")
        self.choice_button.setCheckable(True)
        self.choice_button.toggled.connect(self._choice_toggled)
        self.choice_button.setVisible(actor.can(Action.CHOOSE_UNITS))
        self.queue_label = QLabel()
        self.queue_label.setStyleSheet(f"font-size:15px;font-weight:bold;color:{palette.ACCENT};")
        self.queue_label.hide()
        self.skip_button = QPushButton("过号…")
        self.skip_button.clicked.connect(self.open_skip)
        self.skip_button.hide()
        # The site manager lets a number whose 认筹金 is not in choose (特许选房).
        self.allow_button = QPushButton("特许选房…")
        self.allow_button.clicked.connect(self.open_allow)
        self.allow_button.hide()
        # Who chooses on the next click: the queue's turn, or a 过号 number come back.
        self.turn_box = QComboBox()
        self.turn_box.setToolTip("过号的客户回来了：选他的排号，再点房源为他选房")
        self.turn_box.currentIndexChanged.connect(self._turn_changed)
        self.turn_box.hide()
        self.refresh_button = QPushButton("刷新")
        self.refresh_button.clicked.connect(self.reload)
        for widget in (
            self.queue_label,
            self.turn_box,
            self.allow_button,
            self.skip_button,
            self.choice_button,
        ):
            top.addWidget(widget)
        top.addWidget(self.refresh_button)
        right_layout.addLayout(top)
        self.legend = BoardLegend()
        right_layout.addWidget(self.legend)

        self.board = SalesBoard()
        self.board.selection_changed.connect(self._selection_changed)
        self.board.unit_clicked.connect(self._unit_clicked)
        self.board_scroll = QScrollArea()
        self.board_scroll.setWidget(self.board)
        self.board_scroll.setWidgetResizable(False)
        self.board_scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        right_layout.addWidget(self.board_scroll, 1)

        self.panel = UnitPanel()
        p = self.panel
        p.hold_button.clicked.connect(self.open_hold)
        p.release_button.clicked.connect(self.open_release)
        p.extend_button.clicked.connect(self.open_extend)
        p.reserve_button.clicked.connect(self.open_reserve)
        p.block_button.clicked.connect(self.open_block)
        p.unblock_button.clicked.connect(self.unblock)
        p.subscribe_button.clicked.connect(self.open_subscribe)
        p.deal_button.clicked.connect(self.open_deal)
        p.print_choice_button.clicked.connect(self.print_selected_choice)
        right_layout.addWidget(self.panel)
        self.message = MessageBar(self)
        right_layout.addWidget(self.message)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)

        # Holds run out while the board is on screen: a minute later it shows them released.
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._tick)
        self.refresh_timer.start()

    # --- loading

    def _tick(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        project_id, building_id = self.project_id, self.building_id
        choosing = self.choice_button.isChecked()
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> BoardView:
            return read_board(
                session,
                actor,
                project_id=project_id,
                building_id=building_id,
                choosing=choosing,
                now=now,
            )

        self.load(work, self._fill, message=self.message)

    def _fill(self, view: BoardView) -> None:
        self.zone = view.zone
        self.projects, self.buildings = view.projects, view.buildings
        self.project_id, self.building_id = view.project_id, view.building_id
        self.board_data = view.board
        self.next_ticket = view.ticket
        self.skipped_tickets = view.skipped
        self._fill_lists()
        self.board.set_board(view.board, zone=view.zone, now=view.now)
        self.legend.set_counts(view.board.counts if view.board else {})
        self._show_title()
        self._show_queue()
        self._load_detail()

    def _show_title(self) -> None:
        data = self.board_data
        if data is None:
            self.title.setText("销控表")
        else:
            self.title.setText(f"{data.project_name} {data.building_name} 销控表")

    # --- the selected unit

    def _selection_changed(self, _unit_id: int) -> None:
        if not self._loading:
            self._load_detail()

    def _load_detail(self) -> None:

        unit_id = self.board.selected_id
        if unit_id is None:
            self._show_detail(None)
            return
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> UnitDetail:
            return unit_detail(session, actor, unit_id, now=now)

        self.load(work, self._show_detail, message=self.message)

    def _show_detail(self, detail: UnitDetail | None) -> None:
        unit_id = self.board.selected_id
        if detail is not None and detail.id != unit_id:
            return  # another unit was clicked meanwhile: its detail is on the way
        self.detail = detail
        cell = self.board.cell(unit_id) if unit_id is not None else None
        self.panel.show_detail(detail, self.zone, cell.customer_name if cell else "")
        self._update_buttons()

    def select_unit(self, unit_id: int) -> None:
        self.board.select(unit_id)
