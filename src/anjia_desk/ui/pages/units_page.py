"""房源: projects and their buildings on the left, the selected building's 销控表 on the right
with the unit panel below it (details, hold or deal, actions by permission), and the 开盘选房
mode that lets the customers of the queue choose in turn."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.deals import HoldKind, UnitStatus
from anjia_desk.core.errors import ConflictError, UserError
from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import (
    Board,
    BuildingPlan,
    BuildingRow,
    ProjectRow,
    TicketRow,
    UnitDetail,
)
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.sales_board import BoardLegend, SalesBoard, area_text, price_wan
from anjia_desk.ui.unit_dialogs import (
    BuildingDialog,
    FormDialog,
    HoldDialog,
    HoldForm,
    ProjectDialog,
    ProjectForm,
    ReasonDialog,
    ReserveDialog,
    ReserveForm,
)
from anjia_desk.ui.widgets import (
    LazyPage,
    MessageBar,
    default_zone,
    format_day,
    format_local,
    hint_label,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

D = TypeVar("D", bound=QDialog)
REFRESH_MS = 60_000
PANEL_FIELDS: list[tuple[str, str]] = [
    ("unit", "房源"),
    ("status", "状态"),
    ("layout", "户型"),
    ("area", "建筑面积"),
    ("inner_area", "套内面积"),
    ("list_price", "表价"),
    ("filed_price", "备案价"),
    ("hold", "占用"),
    ("deal", "交易"),
]


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
    from anjia_desk.services.settings import office_zone
    from anjia_desk.services.units import board, list_buildings, list_projects, next_in_queue

    zone = office_zone(session)
    projects = list_projects(session, actor)
    if project_id not in [p.id for p in projects]:
        project_id = projects[0].id if projects else None
    buildings = list_buildings(session, actor, project_id) if project_id else []
    if building_id not in [b.id for b in buildings]:
        building_id = buildings[0].id if buildings else None
    board_data = board(session, actor, building_id, now=now) if building_id else None
    ticket = None
    if choosing and project_id is not None:
        ticket = next_in_queue(session, actor, project_id)
    return BoardView(zone, projects, buildings, project_id, building_id, board_data, ticket, now)


def hold_hours(session: Session, _actor: Actor) -> int:
    """How many hours a 锁定 lasts by default (the office's setting)."""
    from anjia_desk.services.settings import get_setting

    return int(str(get_setting(session, "deals.hold_hours")))


def _money(value: Any) -> str:
    return f"{value:,.2f} 元（{price_wan(value)}）"


class UnitPanel(QGroupBox):
    """The selected unit: its facts, its hold or deal, and the buttons the actor may use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("房源详情", parent)
        outer = QHBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(4)
        self.fields: dict[str, QLabel] = {}
        self.field_rows: dict[str, QLabel] = {}
        for key, title in PANEL_FIELDS:
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            label = QLabel(f"{title}：")
            form.addRow(label, value)
            self.fields[key] = value
            self.field_rows[key] = label
        self.empty = hint_label("点击销控表中的房源查看详情。")
        left = QVBoxLayout()
        left.addWidget(self.empty)
        left.addLayout(form)
        left.addStretch(1)
        outer.addLayout(left, 1)

        buttons = QVBoxLayout()
        self.hold_button = QPushButton("锁定…")
        self.release_button = QPushButton("释放…")
        self.reserve_button = QPushButton("保留…")
        self.block_button = QPushButton("设为不可售…")
        self.unblock_button = QPushButton("恢复可售")
        self.subscribe_button = QPushButton("认购…")
        self.deal_button = QPushButton("打开交易")
        self.print_choice_button = QPushButton("打印选房确认单")
        self.buttons = [
            self.subscribe_button,
            self.hold_button,
            self.release_button,
            self.reserve_button,
            self.block_button,
            self.unblock_button,
            self.deal_button,
            self.print_choice_button,
        ]
        for button in self.buttons:
            button.setAutoDefault(False)
            buttons.addWidget(button)
            button.hide()
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.show_detail(None, default_zone())

    def show_detail(
        self, detail: UnitDetail | None, zone: ZoneInfo, customer_name: str = ""
    ) -> None:
        self.empty.setVisible(detail is None)
        for key in self.fields:
            self.fields[key].setVisible(detail is not None)
            self.field_rows[key].setVisible(detail is not None)
        if detail is None:
            return
        f = self.fields
        f["unit"].setText(f"{detail.project_name} {detail.label}（{detail.floor} 层）")
        status = detail.status.label
        if detail.status is UnitStatus.UNSELLABLE and detail.blocked_reason:
            status += f"：{detail.blocked_reason}"
        f["status"].setText(status)
        f["layout"].setText(detail.layout or "—")
        area = f"{area_text(detail.area)}（预测）"
        if detail.measured_area is not None:
            area += f"，{area_text(detail.measured_area)}（实测）"
        f["area"].setText(area)
        inner = area_text(detail.inner_area) if detail.inner_area is not None else "—"
        if detail.measured_inner_area is not None:
            inner += f"，{area_text(detail.measured_inner_area)}（实测）"
        f["inner_area"].setText(inner)
        f["list_price"].setText(_money(detail.list_price))
        f["filed_price"].setText(_money(detail.filed_price))
        hold = detail.hold
        if hold is None:
            f["hold"].setText("—")
        else:
            kind = HoldKind(hold.kind).label
            parts = [kind]
            if hold.ticket_number is not None:
                parts.append(f"第 {hold.ticket_number} 号")
            if hold.customer_name:
                parts.append(f"客户 {hold.customer_name}")
            if hold.user_name:
                parts.append(f"经办 {hold.user_name}")
            if hold.approver_name:
                parts.append(f"批准 {hold.approver_name}")
            if hold.expires_at is not None:
                parts.append(f"至 {format_local(hold.expires_at, zone)}")
            if hold.reason:
                parts.append(f"原因：{hold.reason}")
            f["hold"].setText("，".join(parts))
        if detail.deal_id is None:
            f["deal"].setText("—")
        else:
            who = f"{customer_name}，" if customer_name else ""
            f["deal"].setText(f"{who}{detail.status.label}")


class UnitsSection(LazyPage):
    """The 房源 section."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.zone = default_zone()
        self.projects: list[ProjectRow] = []
        self.buildings: list[BuildingRow] = []
        self.board_data: Board | None = None
        self.detail: UnitDetail | None = None
        self.project_id: int | None = None
        self.building_id: int | None = None
        self.next_ticket: TicketRow | None = None
        self.dialog: QDialog | None = None
        self.wizard: Any = None
        self.printer: Any = None  # ui.deal_dialogs.PdfPrinter, made on the first print
        self._loading = False

        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)

        # Left: projects and buildings.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(QLabel("项目："))
        self.project_combo = QComboBox()
        self.project_combo.currentIndexChanged.connect(self._project_chosen)
        left_layout.addWidget(self.project_combo)
        row = QHBoxLayout()
        self.new_project_button = QPushButton("新建项目…")
        self.new_project_button.clicked.connect(self.open_new_project)
        self.edit_project_button = QPushButton("编辑项目…")
        self.edit_project_button.clicked.connect(self.open_edit_project)
        row.addWidget(self.new_project_button)
        row.addWidget(self.edit_project_button)
        left_layout.addLayout(row)
        self.project_info = hint_label("")
        left_layout.addWidget(self.project_info)
        left_layout.addWidget(QLabel("楼栋："))
        self.building_list = QListWidget()
        self.building_list.currentRowChanged.connect(self._building_chosen)
        left_layout.addWidget(self.building_list, 1)
        self.generate_button = QPushButton("生成楼栋…")
        self.generate_button.clicked.connect(self.open_generator)
        self.import_button = QPushButton("导入房源…")
        self.import_button.clicked.connect(self.open_import)
        left_layout.addWidget(self.generate_button)
        left_layout.addWidget(self.import_button)
        manage = actor.can(Action.MANAGE_UNITS)
        for button in (self.new_project_button, self.edit_project_button, self.generate_button):
            button.setVisible(manage)
        self.import_button.setVisible(manage and actor.can(Action.IMPORT_DATA))
        left.setMinimumWidth(220)
        left.setMaximumWidth(320)
        splitter.addWidget(left)

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
        self.queue_label.setStyleSheet("font-size:15px;font-weight:bold;color:#1f6f5c;")
        self.queue_label.hide()
        self.skip_button = QPushButton("过号…")
        self.skip_button.clicked.connect(self.open_skip)
        self.skip_button.hide()
        self.refresh_button = QPushButton("刷新")
        self.refresh_button.clicked.connect(self.reload)
        for widget in (self.queue_label, self.skip_button, self.choice_button):
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

    def project(self) -> ProjectRow | None:
        return next((p for p in self.projects if p.id == self.project_id), None)

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
        self._fill_lists()
        self.board.set_board(view.board, zone=view.zone, now=view.now)
        self.legend.set_counts(view.board.counts if view.board else {})
        self._show_title()
        self._show_queue()
        self._load_detail()

    def _fill_lists(self) -> None:
        self._loading = True
        try:
            self.project_combo.clear()
            for p in self.projects:
                self.project_combo.addItem(p.name, p.id)
            if self.project_id is not None:
                self.project_combo.setCurrentIndex(self.project_combo.findData(self.project_id))
            self.building_list.clear()
            for b in self.buildings:
                phase = f"（{b.phase}）" if b.phase else ""
                item = QListWidgetItem(f"{b.name}{phase}  {b.units} 套 · {b.floors} 层")
                item.setData(Qt.ItemDataRole.UserRole, b.id)
                self.building_list.addItem(item)
                if b.id == self.building_id:
                    self.building_list.setCurrentItem(item)
        finally:
            self._loading = False
        project = self.project()
        manage = self.ctx.actor.can(Action.MANAGE_UNITS)
        self.edit_project_button.setEnabled(project is not None)
        self.generate_button.setEnabled(project is not None)
        self.import_button.setEnabled(project is not None or manage)
        if project is None:
            self.project_info.setText(
                "还没有项目。" + ("请先点“新建项目…”。" if manage else "请联系销售秘书录入项目。")
            )
        else:
            permit = project.permit_no or "未填写"
            day = format_day(project.permit_date) or "未取得"
            text = f"预售许可证：{permit}\n许可日期：{day}"
            if project.opening_date is not None:
                text += f"\n开盘日期：{format_day(project.opening_date)}"
            text += f"\n{project.buildings} 栋，{project.units} 套"
            self.project_info.setText(text)

    def _show_title(self) -> None:
        data = self.board_data
        if data is None:
            self.title.setText("销控表")
        else:
            self.title.setText(f"{data.project_name} {data.building_name} 销控表")

    def _show_queue(self) -> None:
        on = self.choice_button.isChecked()
        self.queue_label.setVisible(on)
        self.skip_button.setVisible(on and self.next_ticket is not None)
        ticket = self.next_ticket
        if ticket is None:
            self.queue_label.setText("当前：没有待选房的排号")
        else:
            self.queue_label.setText(f"当前：第 {ticket.number} 号 {ticket.customer_name}")

    def _project_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self.project_id = self.project_combo.itemData(index)
        self.building_id = None
        self.board.select(None)
        self.reload()

    def _building_chosen(self, row: int) -> None:
        if self._loading or row < 0:
            return
        self.building_id = self.building_list.item(row).data(Qt.ItemDataRole.UserRole)
        self.board.select(None)
        self.reload()

    def select_building(self, name: str) -> None:
        for i, b in enumerate(self.buildings):
            if b.name == name:
                self.building_list.setCurrentRow(i)
                return
        raise KeyError(name)

    # --- the selected unit

    def _selection_changed(self, _unit_id: int) -> None:
        if not self._loading:
            self._load_detail()

    def _load_detail(self) -> None:
        from anjia_desk.services.units import unit_detail

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

    def _update_buttons(self) -> None:
        actor = self.ctx.actor
        p = self.panel
        for button in p.buttons:
            button.hide()
        detail = self.detail
        if detail is None:
            return
        available = detail.status is UnitStatus.AVAILABLE
        hold = detail.hold
        p.hold_button.setVisible(available and actor.can(Action.HOLD_UNITS))
        p.reserve_button.setVisible(available and actor.can(Action.RESERVE_UNITS))
        p.release_button.setVisible(
            hold is not None
            and any(
                actor.can(a) for a in (Action.HOLD_UNITS, Action.RESERVE_UNITS, Action.CHOOSE_UNITS)
            )
        )
        manage = actor.can(Action.MANAGE_UNITS)
        p.block_button.setVisible(available and manage)
        p.unblock_button.setVisible(detail.status is UnitStatus.UNSELLABLE and manage)
        own_hold = hold is not None and hold.kind in (HoldKind.HOLD, HoldKind.CHOICE)
        p.subscribe_button.setVisible(
            detail.deal_id is None and (available or own_hold) and actor.can(Action.SUBSCRIBE)
        )
        p.deal_button.setVisible(detail.deal_id is not None and actor.can(Action.VIEW_DEALS))
        p.print_choice_button.setVisible(
            hold is not None
            and hold.kind == HoldKind.CHOICE
            and (actor.can(Action.CHOOSE_UNITS) or actor.can(Action.VIEW_DEALS))
        )

    def select_unit(self, unit_id: int) -> None:
        self.board.select(unit_id)

    # --- writes

    def _write(
        self,
        work: Callable[[Session, Actor], str],
        dialog: FormDialog | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Run `work` as one operation: the page reloads on what it wrote and shows the text it
        returns, then `then()`. A refusal is shown in `dialog` (kept open) or in the page; a
        conflict (changed on another PC meanwhile) closes the dialog and reloads the board."""

        def done(text: str) -> None:
            self._close(dialog, accepted=True)
            self.message.show_ok(text)
            if then is not None:
                then()

        def failed(exc: UserError) -> None:
            if isinstance(exc, ConflictError):
                self._close(dialog, accepted=False)
                self.reload()
                self.message.show_error(f"{exc.message}。销控表已重新载入，请核对后再操作。")
            elif dialog is not None and self._is_open(dialog):
                dialog.show_error(exc)
            else:
                self.message.show_error(exc.message)

        self.message.clear_message()
        if dialog is not None:
            dialog.set_busy(True)
        ops.write(self.ctx, work, parent=self, done=done, failed=failed)

    @staticmethod
    def _is_open(dialog: QDialog) -> bool:
        return shiboken6.isValid(dialog) and dialog.isVisible()

    def _close(self, dialog: QDialog | None, *, accepted: bool) -> None:
        if dialog is None or not self._is_open(dialog):
            return
        if accepted:
            dialog.accept()
        else:
            dialog.reject()

    def _open(self, dialog: QDialog) -> QDialog:
        self.message.clear_message()
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        dialog = self.sender()
        if self.dialog is dialog:
            self.dialog = None
        if isinstance(dialog, QDialog):
            dialog.deleteLater()

    def _current(self, kind: type[D]) -> D | None:
        """The open dialog, when it is a `kind` (the one whose `submitted` is being handled)."""
        return self.dialog if isinstance(self.dialog, kind) else None

    # projects and buildings

    def open_new_project(self) -> None:
        dialog = ProjectDialog(self, None)
        dialog.submitted.connect(self._save_project)
        self._open(dialog)

    def open_edit_project(self) -> None:
        project = self.project()
        if project is None:
            return
        dialog = ProjectDialog(self, project)
        dialog.submitted.connect(self._save_project)
        self._open(dialog)

    def _save_project(self, form: ProjectForm) -> None:
        from anjia_desk.services.units import save_project

        dialog = self._current(ProjectDialog)
        if dialog is None:
            return
        row = dialog.row
        saved: list[int] = []

        def work(session: Session, actor: Actor) -> str:
            saved.append(
                save_project(
                    session,
                    actor,
                    project_id=row.id if row else None,
                    name=form.name,
                    permit_no=form.permit_no,
                    permit_date=form.permit_date,
                    address=form.address,
                    opening_date=form.opening_date,
                    version=row.version if row else None,
                )
            )
            return f"已保存项目 {form.name}。" if row else f"已新建项目 {form.name}。"

        def show_project() -> None:
            self.project_id = saved[0]
            self.building_id = None
            self.reload()

        self._write(work, dialog, show_project)

    def open_generator(self) -> None:
        project = self.project()
        if project is None:
            return
        dialog = BuildingDialog(self, project)
        dialog.submitted.connect(self._generate)
        self._open(dialog)

    def _generate(self, plan: BuildingPlan) -> None:
        from anjia_desk.services.units import generate_building, list_buildings

        dialog = self._current(BuildingDialog)
        if dialog is None:
            return
        made: list[int] = []

        def work(session: Session, actor: Actor) -> str:
            made.append(generate_building(session, actor, plan))
            rows = list_buildings(session, actor, plan.project_id)
            building = next(b for b in rows if b.id == made[0])
            return f"已生成 {building.name}，共 {building.units} 套。"

        def show_building() -> None:
            self.building_id = made[0]
            self.reload()

        self._write(work, dialog, show_building)

    def open_import(self) -> Any:
        from anjia_desk.ui.import_wizard import ImportWizard

        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = ImportWizard(self.ctx, self, kind="units")
        if not wizard.choose_file():
            wizard.deleteLater()
            return None
        self.wizard = wizard
        wizard.imported.connect(self._imported)
        wizard.finished.connect(self._wizard_closed)
        wizard.open()
        return wizard

    def _imported(self, result: Any) -> None:
        self.reload()  # the wizard broadcasts what its import wrote
        self.message.show_ok(f"导入房源：{result.summary()}。")

    def _wizard_closed(self, _result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()

    # unit actions

    def _label(self) -> str:
        return self.detail.label if self.detail else ""

    def open_hold(self) -> None:
        if self.detail is None:
            return
        hours = ops.read_now(self.ctx, hold_hours)
        dialog = HoldDialog(self.ctx, self, self._label(), hours)
        dialog.submitted.connect(self._hold)
        self._open(dialog)

    def _hold(self, form: HoldForm) -> None:
        from anjia_desk.services.units import hold_unit

        detail = self.detail
        if detail is None:
            return
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> str:
            hold_unit(
                session,
                actor,
                detail.id,
                customer_id=form.customer_id,
                hours=form.hours,
                now=now,
            )
            return f"已为 {form.customer_name} 锁定 {detail.label}，{form.hours} 小时后自动释放。"

        self._write(work, self._current(HoldDialog))

    def open_release(self) -> None:
        detail = self.detail
        if detail is None or detail.hold is None:
            return
        hold = detail.hold
        who = f"（{hold.customer_name}）" if hold.customer_name else ""
        dialog = ReasonDialog(
            self,
            f"释放 {detail.label}",
            f"释放{HoldKind(hold.kind).label}{who}后，{detail.label} 恢复可售。",
            ok_text="释放",
            required=False,
            placeholder="如 客户放弃（可不填）",
            subject=hold.id,
        )
        dialog.submitted.connect(self._release)
        self._open(dialog)

    def _release(self, reason: str) -> None:
        from anjia_desk.services.units import release_hold

        dialog = self._current(ReasonDialog)
        if dialog is None or not isinstance(dialog.subject, int):
            return
        hold_id = dialog.subject
        label = self._label()
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> str:
            release_hold(session, actor, hold_id, reason=reason, now=now)
            return f"已释放 {label}，恢复可售。"

        self._write(work, dialog)

    def _today(self) -> date:
        return self.ctx.clock().astimezone(self.zone).date()

    def open_reserve(self) -> None:
        if self.detail is None:
            return
        dialog = ReserveDialog(self, self._label(), self._today())
        dialog.submitted.connect(self._reserve)
        self._open(dialog)

    def _reserve(self, form: ReserveForm) -> None:
        from anjia_desk.services.units import reserve_unit

        detail = self.detail
        if detail is None:
            return
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> str:
            reserve_unit(session, actor, detail.id, until=form.until, reason=form.reason, now=now)
            return f"已保留 {detail.label} 至 {format_day(form.until)}。"

        self._write(work, self._current(ReserveDialog))

    def open_block(self) -> None:
        detail = self.detail
        if detail is None:
            return
        dialog = ReasonDialog(
            self,
            f"设为不可售 — {detail.label}",
            "不可售的房源不能锁定、保留或认购，以后可以恢复可售。",
            ok_text="设为不可售",
            placeholder="如 样板间、工程原因",
            subject=detail,
        )
        dialog.submitted.connect(self._block)
        self._open(dialog)

    def _block(self, reason: str) -> None:
        from anjia_desk.services.units import block_unit

        dialog = self._current(ReasonDialog)
        if dialog is None or not isinstance(dialog.subject, UnitDetail):
            return
        detail = dialog.subject

        def work(session: Session, actor: Actor) -> str:
            block_unit(session, actor, detail.id, reason=reason, version=detail.version)
            return f"已将 {detail.label} 设为不可售。"

        self._write(work, dialog)

    def unblock(self) -> None:
        from anjia_desk.services.units import unblock_unit

        detail = self.detail
        if detail is None:
            return
        if not self.ctx.dialogs.confirm(
            self, "恢复可售", f"把 {detail.label} 恢复为可售吗？恢复后即可锁定和认购。"
        ):
            return

        def work(session: Session, actor: Actor) -> str:
            unblock_unit(session, actor, detail.id, version=detail.version)
            return f"{detail.label} 已恢复可售。"

        self._write(work)

    def open_subscribe(self) -> None:
        from anjia_desk.ui import deal_dialogs

        detail = self.detail
        if detail is None:
            return
        hold = detail.hold
        hold_id = hold.id if hold is not None and hold.kind != HoldKind.RESERVE else None
        deal_dialogs.open_subscribe(self.ctx, self, unit_id=detail.id, hold_id=hold_id)

    def open_deal(self) -> None:
        from anjia_desk.ui.deal_window import open_deal

        if self.detail is not None and self.detail.deal_id is not None:
            open_deal(self.ctx, self.detail.deal_id, self)

    # --- 开盘选房

    def _choice_toggled(self, on: bool) -> None:
        self.message.clear_message()
        self.reload()
        if on:
            self.message.show_info(
                "开盘选房：按排号顺序，点击可售房源为当前客户选定；客户未到可“过号”。"
            )

    def _unit_clicked(self, unit_id: int) -> None:
        if not self.choice_button.isChecked():
            return
        cell = self.board.cell(unit_id)
        ticket = self.next_ticket
        if cell is None:
            return
        label = f"{self.board_data.building_name if self.board_data else ''}{cell.stairwell}"
        label += cell.room
        if ticket is None:
            self.message.show_warning("没有待选房的排号。")
            return
        if cell.status is not UnitStatus.AVAILABLE:
            self.message.show_warning(f"{label} {cell.status.label}，不能选。")
            return
        question = (
            f"第 {ticket.number} 号 {ticket.customer_name} 选定 {label}"
            f"（{cell.layout} {area_text(cell.area)}，表价 {cell.list_price:,.2f} 元）吗？"
        )
        if not self.ctx.dialogs.confirm(self, "确认选房", question):
            return
        self._choose(unit_id, ticket, label)

    def _choose(self, unit_id: int, ticket: TicketRow, label: str) -> None:
        from anjia_desk.services.units import choose_unit

        holds: list[int] = []
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> str:
            holds.append(choose_unit(session, actor, unit_id, ticket_id=ticket.id, now=now))
            return f"第 {ticket.number} 号 {ticket.customer_name} 已选定 {label}。"

        def offer_print() -> None:
            question = f"现在打印 {label} 的选房确认单吗？"
            if self.ctx.dialogs.confirm(self, "打印选房确认单", question):
                self.print_choice(holds[0], label)

        self._write(work, then=offer_print)

    def open_skip(self) -> None:
        ticket = self.next_ticket
        if ticket is None:
            return
        dialog = ReasonDialog(
            self,
            "过号",
            f"第 {ticket.number} 号 {ticket.customer_name} 过号：轮到下一位选房，"
            "他的排号仍然有效，可以之后再选。",
            ok_text="过号",
            required=False,
            placeholder="如 叫号三次未到",
            subject=ticket,
        )
        dialog.submitted.connect(self._skip)
        self._open(dialog)

    def _skip(self, reason: str) -> None:
        from anjia_desk.services.units import skip_ticket

        dialog = self._current(ReasonDialog)
        if dialog is None or not isinstance(dialog.subject, TicketRow):
            return
        ticket = dialog.subject

        def work(session: Session, actor: Actor) -> str:
            skip_ticket(session, actor, ticket.id, reason=reason)
            return f"第 {ticket.number} 号已过号。"

        self._write(work, dialog)

    # --- printing the 选房确认单

    def print_selected_choice(self) -> None:
        detail = self.detail
        if detail is not None and detail.hold is not None:
            self.print_choice(detail.hold.id, detail.label)

    def print_choice(self, hold_id: int, label: str) -> None:
        """Make the 选房确认单 in the background, then open the print preview."""
        from anjia_desk.ui.deal_dialogs import PdfPrinter

        if self.printer is None:
            self.printer = PdfPrinter(self.ctx, self, self.message)
        now = self.ctx.clock()

        def produce(session: Session, actor: Actor, out: Path) -> Path:
            from anjia_desk.services import printing

            return printing.print_choice(session, actor, hold_id, out, now=now)

        self.printer.run(f"选房确认单-{label}", produce, "正在生成选房确认单…")

    @property
    def preview(self) -> QDialog | None:
        """The open print preview of a 选房确认单, if any."""
        return self.printer.preview if self.printer is not None else None
