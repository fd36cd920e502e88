"""工作台: today's to-dos of the logged-in user (counts per kind as chips, a list that opens each
customer), the site manager's team and the rotation board; for the front desk, the board."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.calendar import cn_date
from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import oversees
from anjia_desk.services.workbench import (
    TODO_LABELS,
    TeamLine,
    Todo,
    TodoItem,
    TodoKind,
    is_front_desk_only,
)
from anjia_desk.services.workbench_base import TODO_TARGETS
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar, hint_label
from anjia_desk.ui.flow import FlowLayout
from anjia_desk.ui.tables import (
    COLUMN_CAP,
    Column,
    ColumnTableModel,
    configure_table,
    fit_columns_once,
)
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: To-dos about a deal (services.workbench, issue 5): their ref_id is the deal's id; a care
#: touch's ref_id is the touch's id. By name, so the page does not depend on their values.
DEAL_KINDS = frozenset(
    {
        "SIGN_DUE",
        "DEPOSIT_MISSING",
        "STEP_DUE",
        "DISCOUNT",
        "DUNNING_CALL",
        "LOAN_CHASE",
        "DEMAND_DATES",
        "INSPECTION_INVITE",  # 预验房 (issue 18)
        "INSPECTION_ISSUE",
    }
)
CARE_KIND = "CARE"
#: Issue 17: to-dos about a change order (waiting for me, in progress, a refund due): their
#: ref_id is the order's id, and they open the order's window.
CHANGE_KINDS = frozenset({"CHANGE_WAITING", "CHANGE_OPEN", "REFUND_DUE"})
WEEKDAYS = "一二三四五六日"
ALL = "all"
URGENT = {TodoKind.OVERDUE, TodoKind.WARNING}


def read_workbench(
    session: Session, actor: Actor, *, team: bool, now: datetime
) -> tuple[Todo, list[TeamLine]]:
    """The actor's to-dos, and (for whoever oversees others) the team's day."""
    from anjia_desk.services.workbench import team_summary, todo_for

    try:
        todo = todo_for(session, actor, now=now)
        return todo, team_summary(session, actor, now=now) if team else []
    except UserError as exc:
        raise UserError(f"待办没有载入：{exc.message}") from exc


def deal_of_touch(session: Session, actor: Actor, touch_id: int, *, now: datetime) -> int | None:
    """The deal a due care touch is about (None when it is no longer due)."""
    from anjia_desk.services.care import due_touches

    touches = due_touches(session, actor, now=now)
    return next((t.deal_id for t in touches if t.id == touch_id), None)


class TodoModel(ColumnTableModel[TodoItem]):
    def __init__(self, team: bool, parent: QWidget | None = None) -> None:
        self.today: date | None = None  # the office date of the to-dos shown
        # What to do, for whom, by when and by whom first: on a 1366-px screen the rest scrolls.
        columns: list[Column[TodoItem]] = [
            Column("detail", "事项", lambda i: i.detail),
            Column("customer", "客户", lambda i: i.customer_name),
            Column(
                "due", "到期", self._date_text, sort_key=lambda i: i.due.toordinal() if i.due else 0
            ),
            Column("phone", "电话", lambda i: i.shown_phone),
            Column("kind", "类型", lambda i: i.kind.label),
        ]
        if team:
            columns.insert(3, Column("owner", "负责人", lambda i: i.owner_name))
        super().__init__(columns, parent)

    def _date_text(self, item: TodoItem) -> str:
        return cn_date(item.due, self.today) if item.due else ""

    def row_foreground(self, row: TodoItem) -> QColor | None:
        """Red: an overdue follow-up, a warning, and any deal to-do whose day has passed (an
        overdue 下一步, a passed signing deadline, a 定金 not in) — like overdue follow-ups."""
        late = row.due is not None and self.today is not None and row.due < self.today
        dated = row.kind.name in DEAL_KINDS or row.kind in TODO_TARGETS  # 退款到期 (issue 17)
        urgent = row.kind in URGENT or (dated and late)
        return QColor(palette.ERROR) if urgent else None


class TeamModel(ColumnTableModel[TeamLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        right = Qt.AlignmentFlag.AlignRight
        super().__init__(
            [
                Column(
                    "name", "顾问", lambda r: r.name if r.active else f"{r.name}（不在顾问名单）"
                ),
                Column("overdue", "逾期", lambda r: str(r.overdue), align=right),
                Column("due_today", "今日应跟进", lambda r: str(r.due_today), align=right),
                Column("customers", "名下客户", lambda r: str(r.customers), align=right),
                Column("visits", "今日来访", lambda r: str(r.visits_today), align=right),
                Column("turns", "轮序接待", lambda r: str(r.turns_today), align=right),
            ],
            parent,
        )

    def row_foreground(self, row: TeamLine) -> QColor | None:
        return QColor(palette.ERROR) if row.overdue else None


class WorkbenchSection(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.todo: Todo | None = None
        self.kind_filter: str = ALL
        self.front_desk = is_front_desk_only(actor)
        self.team = actor.can(Action.VIEW_CUSTOMERS) and oversees(actor)
        self.has_todos = actor.can(Action.VIEW_CUSTOMERS) and not self.front_desk
        self.board: QWidget | None = None
        self.team_model: TeamModel | None = None
        self.team_table: QTableView | None = None
        self.chips: dict[str, QPushButton] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)
        header = QHBoxLayout()
        self.title = QLabel("工作台")
        self.title.setObjectName("workbenchTitle")
        self.title.setStyleSheet("font-size:16px;font-weight:bold;")
        header.addWidget(self.title)
        header.addStretch(1)
        self.register_button = QPushButton("来访登记 (F2)")
        self.register_button.setToolTip("登记到访或来电的客户（快捷键 F2）")
        self.register_button.clicked.connect(self.open_registration)
        self.register_button.setVisible(actor.can(Action.REGISTER_VISIT))
        header.addWidget(self.register_button)
        self.refresh_button = QPushButton("刷新")
        self.refresh_button.clicked.connect(self.reload)
        header.addWidget(self.refresh_button)
        outer.addLayout(header)

        self.message = MessageBar(self)
        self.chip_group = QButtonGroup(self)
        self.chip_group.setExclusive(True)
        self.model = TodoModel(self.team, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        fit_columns_once(self.table, cap=COLUMN_CAP + 160)  # 事项 is the point of the list
        self.table.activated.connect(self._open_index)
        self.empty_hint = hint_label("今天没有待办事项。")
        self.empty_hint.hide()

        show_board = actor.can(Action.REGISTER_VISIT) or actor.can(Action.MANAGE_DUTY)
        if self.front_desk:
            self.board = self._make_board() if show_board else None
            if self.board is not None:
                outer.addWidget(self.board, 1)
            outer.addWidget(self.message)
            self.table.hide()
            return

        chips = FlowLayout(spacing=6)  # wraps: one chip per kind of to-do, more to come
        for key, label in [(ALL, "全部"), *((k.value, v) for k, v in TODO_LABELS.items())]:
            chip = QPushButton(label)
            chip.setObjectName(f"chip:{key}")
            chip.setCheckable(True)
            chip.setProperty("kind", key)
            self.chip_group.addButton(chip)
            self.chips[key] = chip
            chip.setVisible(key == ALL)  # a kind's chip shows once it has to-dos (_fill)
            chips.addWidget(chip)
        self.chips[ALL].setChecked(True)
        self.chip_group.buttonClicked.connect(self._chip_clicked)
        outer.addLayout(chips)
        outer.addWidget(self.message)

        todo_box = QWidget()
        todo_layout = QVBoxLayout(todo_box)
        todo_layout.setContentsMargins(0, 0, 0, 0)
        todo_layout.addWidget(self.table, 1)
        todo_layout.addWidget(self.empty_hint)
        if not self.team:
            outer.addWidget(todo_box, 1)
            return

        self.team_model = TeamModel(self)
        self.team_table = QTableView()
        self.team_table.setModel(self.team_model)
        configure_table(self.team_table)
        fit_columns_once(self.team_table)
        lower = QSplitter(Qt.Orientation.Horizontal)
        team_box = QWidget()
        team_layout = QVBoxLayout(team_box)
        team_layout.setContentsMargins(0, 0, 0, 0)
        team_layout.addWidget(QLabel("团队今日概况"))
        team_layout.addWidget(self.team_table, 1)
        lower.addWidget(team_box)
        if show_board:
            self.board = self._make_board()
            lower.addWidget(self.board)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(todo_box)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)

    def _make_board(self) -> QWidget:
        from anjia_desk.ui.rotation_board import RotationBoard

        board: QWidget = RotationBoard(self.ctx)
        return board

    # --- loading ---

    def reload(self) -> None:
        if not self.has_todos:
            return
        now = self.ctx.clock()
        team = self.team

        def work(session: Session, actor: Actor) -> tuple[Todo, list[TeamLine]]:
            return read_workbench(session, actor, team=team, now=now)

        self.load(work, self._fill, message=self.message)

    def _fill(self, loaded: tuple[Todo, list[TeamLine]]) -> None:
        todo, team = loaded
        self.todo = todo
        today = todo.today
        self.title.setText(f"工作台 · {cn_date(today)} 星期{WEEKDAYS[today.weekday()]}")
        for key, chip in self.chips.items():
            label = "全部" if key == ALL else TodoKind(key).label
            count = todo.total if key == ALL else todo.counts[TodoKind(key)]
            chip.setText(f"{label} {count}")
            chip.setVisible(key == ALL or count > 0 or key == self.kind_filter)
        if self.team_model is not None:
            self.team_model.set_rows(team)
        self._apply_filter()

    def _chip_clicked(self, chip: QPushButton) -> None:
        self.set_filter(str(chip.property("kind")))

    def set_filter(self, key: str) -> None:
        self.kind_filter = key
        self.chips[key].setChecked(True)
        self._apply_filter()

    def _apply_filter(self) -> None:
        todo = self.todo
        if todo is None:
            return
        kind = None if self.kind_filter == ALL else TodoKind(self.kind_filter)
        items = todo.items if kind is None else todo.items_of(kind)
        self.model.today = todo.today
        self.model.set_rows(items)
        self.empty_hint.setVisible(not items)
        self.table.setVisible(bool(items))
        notes = list(todo.notes)
        kinds = list(TodoKind) if kind is None else [kind]
        cut = [
            f"{k.label}共 {todo.counts[k]} 条，只列出前 {len(todo.items_of(k))} 条"
            for k in kinds
            if todo.truncated(k)
        ]
        if cut:
            notes.append("；".join(cut))
        if notes:
            self.message.show_info("；".join(notes) + "。")
        else:
            self.message.clear_message()

    def shown_items(self) -> list[TodoItem]:
        return self.model.rows

    # --- actions ---

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_item(self.model.row_at(index.row()))

    def open_item(self, item: TodoItem) -> None:
        """A deal's to-do opens the deal window, a change order's the order's window, a
        complaint's the case's window (TODO_TARGETS "complaint"), a 删除复核
        the note to review, one about a person of the staff (判客查询频繁) shows its text; every
        other one the customer's page."""
        if item.kind is TodoKind.ERASURE_REVIEW and item.ref_id is not None:
            self.open_review(item.ref_id)
            return
        if item.kind.name in CHANGE_KINDS and item.ref_id is not None:
            self.open_change(item.ref_id)
            return
        if TODO_TARGETS.get(item.kind) == "complaint" and item.ref_id is not None:
            self.open_complaint(item.ref_id)  # issue 18: the case's window
            return
        if TODO_TARGETS.get(item.kind) == "head_office_report":
            self.open_head_office(item)  # issue 19: 报表 › 总部报表, that workbook chosen
            return
        if item.customer_id <= 0:  # about a person of the staff (issue 14: 判客查询频繁)
            self.message.show_info(f"{item.detail}。")
            return
        deal_id = self.deal_of(item)
        if deal_id is None:
            self.open_customer(item.customer_id)
            return
        # Imported when used: the deal window loads with the first deal opened (start-up cost).
        from anjia_desk.ui.deals.window import open_deal

        open_deal(self.ctx, deal_id, self)

    def open_head_office(self, item: TodoItem) -> None:
        """报表 › 总部报表 in the main window, the reminder's workbook and report date chosen."""
        from anjia_desk.core.head_office import WorkbookKind

        window = self.window()
        sections = getattr(window, "sections", None) or ()
        section = next((s.widget for s in sections if s.key == "reports"), None)
        tab = getattr(section, "head_office", None)
        show = getattr(window, "show_section", None)
        if section is None or tab is None or show is None:
            self.message.show_info(f"{item.detail}。")
            return
        show("reports")
        section.tabs.setCurrentWidget(tab)
        tab.choose(WorkbookKind(item.kind.value.removeprefix("report_")), item.due)

    def deal_of(self, item: TodoItem) -> int | None:
        if item.ref_id is None:
            return None
        if item.kind.name in DEAL_KINDS:
            return item.ref_id
        if item.kind.name != CARE_KIND:
            return None
        now = self.ctx.clock()
        touch_id = item.ref_id

        def work(session: Session, actor: Actor) -> int | None:
            return deal_of_touch(session, actor, touch_id, now=now)

        try:
            return ops.read_now(self.ctx, work)
        except UserError as exc:
            self.message.show_error(exc.message)
            return None

    def open_change(self, order_id: int) -> None:
        # Imported when used, as the deal window is.
        from anjia_desk.ui.changes.window import open_change

        open_change(self.ctx, order_id, self)

    def open_complaint(self, complaint_id: int) -> None:
        # Imported when used, as the deal window is.
        from anjia_desk.ui.complaints.window import open_complaint

        open_complaint(self.ctx, complaint_id, self)

    def open_review(self, review_id: int) -> None:
        """删除复核 (issue 14): the site manager reads the note and clears or keeps it."""
        from anjia_desk.ui.customers.erasure_review import ErasureReviewDialog

        dialog = ErasureReviewDialog(self.ctx, self, review_id)
        dialog.accepted.connect(self._reviewed)
        self.review_dialog = dialog
        dialog.show()

    def _reviewed(self) -> None:
        dialog = getattr(self, "review_dialog", None)
        if dialog is not None:
            self.message.show_ok(dialog.done_text)

    def open_customer(self, customer_id: int) -> None:
        # Imported when used, as above: the customer window loads on its first open.
        from anjia_desk.ui.customers.window import open_customer

        open_customer(self.ctx, customer_id, self)

    def open_registration(self) -> None:
        from anjia_desk.ui.registration import open_registration

        open_registration(self.ctx, self, tell=self.message.show_ok)
