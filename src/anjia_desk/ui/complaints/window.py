"""A complaint's window, one per case and non-modal (like a change order's): the header
(编号, level, status, owner, the customer and unit) over the clocks — the first answer's
deadline with the words of the 工作台 ("还剩 3 小时 20 分" / "已超时 1 天 2 小时"), the note
beside the date when a year of the calendar is only guessed, 暂停中 while paused, and the
response clock while it runs — and the tabs 受理信息, 调查, 方案与审核, 执行, 赔付, 回访,
附件, 处理记录; on the right one button per action of ComplaintDetail.actions
(ui/complaints/actions.py), grouped two to a row, the papers below.

It reads services.complaint_views.complaint_detail on the operation layer's reader, refreshes
when a broadcast touches complaints (or what else the read touched), and every write goes
through ui/ops.py with the case's version: when someone saved the case on another PC since,
the dialog closes, the window reads the case again and says so."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.errors import ConflictError, UserError
from anjia_desk.services.topics import Topic
from anjia_desk.ui import palette
from anjia_desk.ui.complaints.actions import GROUPS, LABELS
from anjia_desk.ui.complaints.detail_view import (
    LEVEL_COLOURS,
    CaseDetail,
    ExecutionPanel,
    HistoryPanel,
    IntakePanel,
    InvestigationPanel,
    MoneyPanel,
    SolutionPanel,
    VisitsPanel,
    case_detail,
    clock_style,
    clock_text,
    response_late,
    response_text,
)
from anjia_desk.ui.complaints.files_panel import FilesPanel
from anjia_desk.ui.complaints.flow_actions import FlowActions
from anjia_desk.ui.complaints.money_actions import MoneyActions
from anjia_desk.ui.complaints.paper_actions import PaperActions
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button, value_label
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.forms import FormDialog
from anjia_desk.ui.printing import PdfPrinter
from anjia_desk.ui.record_window import Loaded, RecordWindow, open_record
from anjia_desk.ui.style import fit_on_screen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class ComplaintActions(PaperActions, MoneyActions, FlowActions):
    """Every button's work: intake and the clocks (CaseActions), the solution's way to closing
    (FlowActions), the money and its voucher (MoneyActions), the papers (PaperActions)."""


#: Topics a complaint's window always follows (its read touches them too).
FOLLOWS = frozenset({Topic.COMPLAINTS})
#: The side's width: two buttons to a row.
SIDE_WIDTH = 268


def _load(session: Session, actor: Actor, complaint_id: int, now: datetime) -> Loaded:
    from anjia_desk.services.complaint_money import payment_lines
    from anjia_desk.services.complaint_views import complaint_detail
    from anjia_desk.services.settings import office_zone

    detail = complaint_detail(session, actor, complaint_id, now=now)
    return Loaded(case_detail(detail, payment_lines(session, complaint_id)), office_zone(session))


class ComplaintWindow(RecordWindow):
    """One complaint. `code_label`, `level_label`, `status_label`, `owner_label`,
    `clock_label`, `response_label`; `tabs` with `intake_panel`, `investigation_panel`,
    `solution_panel`, `execution_panel`, `money_panel`, `visits_panel`, `files_panel`,
    `history_panel`; `buttons[ComplaintAction]`; `message`; `detail`, the last read."""

    load = _load
    follows = FOLLOWS
    open_title = "打开投诉"
    registry: ClassVar[dict[int, ComplaintWindow]] = {}  # the open windows, by case id
    detail: CaseDetail | None

    def __init__(self, ctx: AppContext, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, complaint_id, parent)
        self.complaint_id = complaint_id
        self.setWindowTitle("投诉")
        fit_on_screen(self, 1200, 690)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)

        header = QHBoxLayout()
        self.code_label = QLabel()
        self.code_label.setStyleSheet("font-size:18px;font-weight:bold;")
        self.level_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setStyleSheet("font-weight:bold;")
        self.owner_label = value_label()
        self.who_label = value_label()
        for widget in (
            self.code_label,
            self.level_label,
            self.status_label,
            self.owner_label,
            self.who_label,
        ):
            header.addWidget(widget)
            header.addSpacing(12)
        header.addStretch(1)
        layout.addLayout(header)
        clocks = QHBoxLayout()
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        self.response_label = QLabel()
        self.response_label.setWordWrap(True)
        clocks.addWidget(self.clock_label, 3)
        clocks.addWidget(self.response_label, 2)
        layout.addLayout(clocks)

        body = QHBoxLayout()
        self.intake_panel = IntakePanel()
        self.investigation_panel = InvestigationPanel(self.zone)
        self.solution_panel = SolutionPanel()
        self.solution_panel.change_button.clicked.connect(self.open_change_order)
        self.execution_panel = ExecutionPanel(self.zone)
        self.money_panel = MoneyPanel()
        self.visits_panel = VisitsPanel(self.zone)
        self.files_panel = FilesPanel(ctx, complaint_id)
        self.history_panel = HistoryPanel(self.zone)
        self.tabs = QTabWidget()
        for panel, title in (
            (self.intake_panel, "受理信息"),
            (self.investigation_panel, "调查"),
            (self.solution_panel, "方案与审核"),
            (self.execution_panel, "执行"),
            (self.money_panel, "赔付"),
            (self.visits_panel, "回访"),
            (self.files_panel, "附件"),
            (self.history_panel, "处理记录"),
        ):
            self.tabs.addTab(panel, title)
        body.addWidget(self.tabs, 1)

        self.case_actions = ComplaintActions(self)
        self.buttons: dict[ComplaintAction, QPushButton] = {}
        self.groups: list[tuple[QGroupBox, QGridLayout, list[ComplaintAction]]] = []
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        for title, actions in GROUPS:
            box = QGroupBox(title)
            grid = QGridLayout(box)
            grid.setSpacing(4)
            grid.setContentsMargins(6, 6, 6, 6)
            mine = []
            for action in actions:
                slot = self.case_actions.handler(action)
                if slot is None:
                    continue  # no work for it in this window
                button = make_button(LABELS[action][0], slot, visible=False)
                self.buttons[action] = button
                mine.append(action)
            self.groups.append((box, grid, mine))
            side.addWidget(box)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(side_widget)
        scroll.setFixedWidth(SIDE_WIDTH)
        body.addWidget(scroll)
        layout.addLayout(body, 1)
        message = MessageBar(self)
        layout.addWidget(message)
        self.printer = PdfPrinter(ctx, self, message)
        self.follow_changes(message)

    def today(self) -> date:
        return self.ctx.clock().astimezone(self.zone).date()

    def show_detail(self, d: CaseDetail) -> None:
        now = self.ctx.clock()
        self.setWindowTitle(f"投诉 {d.code} — {d.who} {d.unit}".strip())
        self.code_label.setText(d.code)
        colour = LEVEL_COLOURS[d.level]
        self.level_label.setText(f"{d.level.label}·{d.nature.label}")
        self.level_label.setStyleSheet(
            f"color:{colour};font-weight:bold;border:1px solid {colour};"
            "border-radius:4px;padding:1px 6px;"
        )
        self.status_label.setText(
            f"状态：{d.status.label}" + (f"（第 {d.round} 轮）" if d.round > 1 else "")
        )
        self.owner_label.setText(f"负责人：{d.owner or '未指定'}")
        self.who_label.setText(f"投诉人：{d.who}" + (f"  {d.unit}" if d.unit else ""))
        self.clock_label.setText(clock_text(d))
        self.clock_label.setStyleSheet(clock_style(d))
        response = response_text(d, now)
        self.response_label.setText(response)
        self.response_label.setVisible(bool(response))
        late = response_late(d, now)
        self.response_label.setStyleSheet(
            f"color:{palette.ERROR if late else palette.HINT};padding:4px 8px;"
        )
        self.intake_panel.show_detail(d, self.zone)
        self.investigation_panel.show_detail(d, self.zone)
        self.solution_panel.show_detail(d)
        self.execution_panel.show_detail(d, self.zone)
        self.money_panel.show_detail(d)
        self.visits_panel.show_detail(d, self.zone)
        self.history_panel.show_detail(d, self.zone)
        self.show_buttons(d)

    def show_buttons(self, d: CaseDetail) -> None:
        """A button per shown permit, enabled when allowed, why not as its tooltip; the shown
        ones two to a row in their box, a box with none hidden."""
        visible: set[ComplaintAction] = set()
        for action, button in self.buttons.items():
            permit = d.actions.get(action)
            shown = permit is not None and permit.shown
            if shown:
                visible.add(action)
            button.setVisible(shown)
            button.setEnabled(permit is not None and permit.allowed)
            button.setToolTip(
                permit.why_not if permit is not None and permit.why_not else LABELS[action][1]
            )
        for box, grid, actions in self.groups:
            in_box = [a for a in actions if a in visible]
            for action in actions:
                grid.removeWidget(self.buttons[action])
            for i, action in enumerate(in_box):
                grid.addWidget(self.buttons[action], i // 2, i % 2)
            box.setVisible(bool(in_box))

    # --- someone else saved the case meanwhile

    def open_dialog(self, dialog: FormDialog) -> FormDialog:
        """A sub-dialog that closes on a ConflictError (the case changed on another PC since
        it was read): the window reads the case again and says why."""
        dialog.closes_on_conflict = True
        dialog.conflicted.connect(self.conflicted)
        return super().open_dialog(dialog)

    def conflicted(self, message: str) -> None:
        self.reload()
        self.message.show_error(message)

    def refused(self, exc: UserError) -> None:
        """A button's write was refused: a conflict reloads the case; the reason is said."""
        if isinstance(exc, ConflictError):
            self.conflicted(exc.message)
        else:
            self.message.show_error(exc.message)

    def open_change_order(self) -> None:
        d = self.detail
        if d is None or d.change_order_id is None:
            return
        from anjia_desk.ui.changes.window import open_change

        open_change(self.ctx, d.change_order_id, self)


#: Open complaint windows by case id: opening one again raises it.
_OPEN = ComplaintWindow.registry


def open_complaint(
    ctx: AppContext, complaint_id: int, parent: QWidget | None = None
) -> ComplaintWindow:
    """Show the case's window (non-blocking); an already open one comes to the front."""
    return open_record(ComplaintWindow, ctx, complaint_id, parent)
