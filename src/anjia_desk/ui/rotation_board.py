"""接待轮序 board: today's queue with the next consultant highlighted, counts per consultant,
and the front desk's actions (安排接待, 跳过, 标记无效) and the site manager's duty list."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
from anjia_desk.services.customer_state import Staff
from anjia_desk.services.rotation import BoardRow, RotationBoardData, TurnRow
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import (
    FieldErrors,
    MessageBar,
    add_field,
    dialog_buttons,
    hint_label,
    show_user_error,
)
from anjia_desk.ui.formatting import default_zone, format_local, who_may
from anjia_desk.ui.tables import (
    Column,
    ColumnTableModel,
    configure_table,
    selected_row,
    set_column_widths,
)
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: The consultant whose turn is next: an ok tint.
NEXT_BACKGROUND = QColor(palette.OK_TINT)
SKIPPED_FOREGROUND = QColor(palette.INACTIVE)
INVALID_FOREGROUND = QColor(palette.WARNING)


def read_rotation(
    session: Session, actor: Actor, *, now: datetime
) -> tuple[ZoneInfo, RotationBoardData]:
    """The office's time zone and today's rotation."""
    from anjia_desk.services.rotation import rotation_board
    from anjia_desk.services.settings import office_zone

    return office_zone(session), rotation_board(session, actor, now=now)


def invalid_reasons(session: Session, _actor: Actor) -> list[str]:
    """Why a reception may not count (the office's list)."""
    from anjia_desk.services.customer_state import options

    return list(options(session).invalid_reasons)


def read_duty(session: Session, actor: Actor, *, now: datetime) -> tuple[list[Staff], list[int]]:
    """Who may be on duty, and today's duty list in order."""
    from anjia_desk.services.rotation import duty_candidates, duty_list

    return duty_candidates(session, actor), duty_list(session, actor, now=now)


def status_text(row: BoardRow) -> str:
    if row.order == 1 and not row.skipped_now:
        return "下一位"
    return "已跳过（保留位置）" if row.skipped_now else "排队中"


class QueueModel(ColumnTableModel[BoardRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.next_id: int | None = None
        super().__init__(
            [
                Column("order", "顺序", lambda r: str(r.order), align=Qt.AlignmentFlag.AlignCenter),
                Column("name", "顾问", lambda r: r.name),
                Column("status", "状态", status_text),
                Column(
                    "served", "已接待", lambda r: str(r.served), align=Qt.AlignmentFlag.AlignRight
                ),
                Column(
                    "invalid", "无效", lambda r: str(r.invalid), align=Qt.AlignmentFlag.AlignRight
                ),
                Column("skips", "跳过", lambda r: str(r.skips), align=Qt.AlignmentFlag.AlignRight),
                Column("position", "值班表顺序", lambda r: str(r.position)),
            ],
            parent,
        )

    def row_background(self, row: BoardRow) -> QColor | None:
        return NEXT_BACKGROUND if row.user_id == self.next_id else None

    def row_foreground(self, row: BoardRow) -> QColor | None:
        return SKIPPED_FOREGROUND if row.skipped_now else None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and 0 <= index.row() < len(self._rows)
            and self._rows[index.row()].user_id == self.next_id
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class TurnsModel(ColumnTableModel[TurnRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column("at", "时间", lambda r: format_local(r.at, self.zone)[11:]),
                Column("user", "顾问", lambda r: r.user_name),
                Column("kind", "类型", lambda r: r.kind_label),
                Column(
                    "customer",
                    "客户",
                    lambda r: r.customer_name or ("（待登记）" if r.kind == "serve" else ""),
                ),
                Column("invalid", "无效原因", lambda r: r.invalid_reason or ""),
            ],
            parent,
        )

    def row_foreground(self, row: TurnRow) -> QColor | None:
        return INVALID_FOREGROUND if row.invalid_reason else None


class InvalidReasonDialog(QDialog):
    """标记无效: choose why a reception does not count."""

    chosen = Signal(str)

    def __init__(self, turn: TurnRow, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.turn = turn
        self.setWindowTitle("标记无效接待")
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        who = f"{turn.user_name} 的接待" + (
            f"（{turn.customer_name}）" if turn.customer_name else ""
        )
        layout.addWidget(QLabel(f"{who}标记为无效后不计入接待数，这位顾问会优先接待下一位。"))
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        for reason in reasons:
            self.reason.addItem(reason)
        if turn.invalid_reason:
            self.reason.setCurrentText(turn.invalid_reason)
        add_field(form, "无效原因：", self.reason, self.errors, "reason")
        layout.addLayout(form)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.ok_button = dialog_buttons(self, "标记无效", self._choose)
        self.submit_button = self.ok_button  # off while the write runs
        layout.addLayout(buttons)
        self.reason.setFocus()

    def _choose(self) -> None:
        self.chosen.emit(self.reason.currentText())


class DutyDialog(QDialog):
    """设置值班表: tick today's consultants and put them in order (the order breaks ties)."""

    submitted = Signal(list)

    def __init__(
        self, candidates: list[Staff], current: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("设置今天的值班表")
        self.setMinimumWidth(380)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                "勾选今天值班的顾问，用“上移/下移”（Ctrl+↑/↓）排列顺序：接待数相同时靠前者先接。"
            )
        )
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("duty")
        by_id = {person.id: person for person in candidates}
        ordered = [by_id[i] for i in current if i in by_id]
        ordered += [p for p in candidates if p.id not in current]
        for person in ordered:
            item = QListWidgetItem(person.name + ("（资深）" if person.senior else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in current else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.up_button = QPushButton("上移")
        self.up_button.clicked.connect(self.move_up)
        self.down_button = QPushButton("下移")
        self.down_button.clicked.connect(self.move_down)
        for button in (self.up_button, self.down_button):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row)
        layout.addWidget(self.errors.label_for("user_ids", self))
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.save_button = dialog_buttons(self, "保存", self._submit)
        self.submit_button = self.save_button  # off while the write runs
        layout.addLayout(buttons)
        self.list.installEventFilter(self)
        self.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+↑/↓ in the list moves the current consultant (Space ticks them).
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def move_up(self) -> None:
        self.move_current(-1)

    def move_down(self) -> None:
        self.move_current(1)

    def _submit(self) -> None:
        self.submitted.emit(self.chosen_ids())

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def chosen_ids(self) -> list[int]:
        ids: list[int] = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids


class RotationBoard(LazyPage):
    """Today's rotation. Loads when shown; refreshes on changes to what it read (the roster,
    the turns, visits, users, settings)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: RotationBoardData | None = None
        self.dialog: QDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)

        self.next_label = QLabel()
        self.next_label.setObjectName("next")
        font = self.next_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.next_label.setFont(font)
        outer.addWidget(self.next_label)

        bar = QHBoxLayout()
        self.serve_button = QPushButton("安排接待")
        self.serve_button.setToolTip("新来访客户交给“下一位”顾问")
        self.serve_button.clicked.connect(self.serve_next)
        self.skip_button = QPushButton("跳过")
        self.skip_button.setToolTip("选中的顾问不在：本轮跳过，接待数不变，之后仍排在前面")
        self.skip_button.clicked.connect(self.skip_selected)
        self.invalid_button = QPushButton("标记无效…")
        self.invalid_button.setToolTip("在下方记录中选中一次接待（同行踩盘、问路等）")
        self.invalid_button.clicked.connect(self.mark_invalid)
        self.duty_button = QPushButton("设置值班表…")
        self.duty_button.clicked.connect(self.edit_duty)
        for button in (self.serve_button, self.skip_button, self.invalid_button, self.duty_button):
            bar.addWidget(button)
        bar.addStretch(1)
        outer.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        queue_box = QWidget()
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(hint_label("今天的接待顺序（接待数少者优先；无效接待不计数）"))
        self.queue_model = QueueModel(self)
        self.queue = QTableView()
        self.queue.setObjectName("queue")
        self.queue.setModel(self.queue_model)
        configure_table(self.queue)
        set_column_widths(self.queue, {0: 48, 1: 110, 2: 140, 3: 64, 4: 56, 5: 56})
        self.queue.selectionModel().selectionChanged.connect(self._update_buttons)
        queue_layout.addWidget(self.queue)
        splitter.addWidget(queue_box)
        turns_box = QWidget()
        turns_layout = QVBoxLayout(turns_box)
        turns_layout.setContentsMargins(0, 0, 0, 0)
        turns_layout.addWidget(hint_label("今天的接待记录（选中一次接待可标记无效）"))
        self.turns_model = TurnsModel(self)
        self.turns = QTableView()
        self.turns.setObjectName("turns")
        self.turns.setModel(self.turns_model)
        configure_table(self.turns)
        set_column_widths(self.turns, {0: 60, 1: 100, 2: 60, 3: 120})
        self.turns.selectionModel().selectionChanged.connect(self._update_buttons)
        turns_layout.addWidget(self.turns)
        splitter.addWidget(turns_box)
        outer.addWidget(splitter, 1)

        self.message = MessageBar(self)
        outer.addWidget(self.message)
        self._update_buttons()

    # --- loading ---

    def reload(self) -> None:
        now = self.ctx.clock()
        self.load(
            lambda session, actor: read_rotation(session, actor, now=now),
            self._fill,
            message=self.message,
        )

    def _fill(self, loaded: tuple[ZoneInfo, RotationBoardData]) -> None:
        zone, data = loaded
        selected = self.selected_line()
        selected_turn = self.selected_turn()
        self.data = data
        self.turns_model.zone = zone
        self.queue_model.next_id = data.next_id
        self.queue_model.set_rows(data.lines)
        self.turns_model.set_rows(data.turns)
        day = cn_date(data.day)
        if not data.lines:
            self.next_label.setText(f"{day}：还没有值班表")
        elif data.next_id is None:
            self.next_label.setText(f"{day}：值班顾问都已跳过，等有人回来")
        else:
            self.next_label.setText(f"{day} 下一位：{data.next_name}")
        if selected is not None:
            self.select_consultant(selected.user_id)
        if selected_turn is not None:
            self.select_turn(selected_turn.id)
        self._update_buttons()

    # --- selection ---

    def selected_line(self) -> BoardRow | None:
        row = selected_row(self.queue)
        return self.queue_model.row_at(row) if row is not None else None

    def selected_turn(self) -> TurnRow | None:
        row = selected_row(self.turns)
        return self.turns_model.row_at(row) if row is not None else None

    def select_consultant(self, user_id: int) -> bool:
        for i, row in enumerate(self.queue_model.rows):
            if row.user_id == user_id:
                self.queue.selectRow(i)
                return True
        return False

    def select_turn(self, turn_id: int) -> bool:
        for i, row in enumerate(self.turns_model.rows):
            if row.id == turn_id:
                self.turns.selectRow(i)
                return True
        return False

    def _update_buttons(self, *_args: Any) -> None:
        actor = self.ctx.actor
        run = actor.can(Action.RUN_ROTATION)
        self.serve_button.setVisible(run)
        self.skip_button.setVisible(run)
        self.invalid_button.setVisible(run)
        self.duty_button.setVisible(actor.can(Action.MANAGE_DUTY))
        line = self.selected_line()
        turn = self.selected_turn()
        self.serve_button.setEnabled(self.data is not None and self.data.next_id is not None)
        self.skip_button.setEnabled(line is not None and not line.skipped_now)
        self.invalid_button.setEnabled(turn is not None and turn.kind == "serve")
        if not run:
            self.next_label.setToolTip(f"操作接待轮序：{who_may(Action.RUN_ROTATION)}")

    # --- actions ---

    def _run(self, work: ops.Work[object], done: str) -> None:
        """Run `work` as one operation; this board reloads on what it wrote and says `done`."""

        def said(_result: object) -> None:
            self.message.show_ok(done)

        self.message.clear_message()
        ops.write(self.ctx, work, parent=self, done=said, message=self.message)

    def serve_next(self) -> None:
        from anjia_desk.services.rotation import receive_walk_in

        data = self.data
        if data is None or data.next_id is None:
            return
        user_id, name, now = data.next_id, data.next_name, self.ctx.clock()
        self._run(
            lambda s, actor: receive_walk_in(s, actor, user_id, now=now),
            f"已安排 {name} 接待；登记来访时选这位顾问即可",
        )

    def skip_selected(self) -> None:
        from anjia_desk.services.rotation import skip_consultant

        line = self.selected_line()
        if line is None:
            return
        now = self.ctx.clock()
        self._run(
            lambda s, actor: skip_consultant(s, actor, line.user_id, now=now),
            f"已跳过 {line.name}：接待数不变，回来后仍优先",
        )

    def mark_invalid(self) -> None:
        turn = self.selected_turn()
        if turn is None:
            return

        def ask(read: ops.Read) -> None:
            dialog = InvalidReasonDialog(turn, read.value, self)
            dialog.chosen.connect(self._save_invalid)
            self._open(dialog)

        self.message.clear_message()
        ops.read(self.ctx, invalid_reasons, parent=self, done=ask, message=self.message)

    def _save_invalid(self, reason: str) -> None:
        from anjia_desk.services.rotation import mark_turn_invalid

        dialog = self.dialog
        assert isinstance(dialog, InvalidReasonDialog)
        turn, now = dialog.turn, self.ctx.clock()

        def saved(_result: None) -> None:
            self._accept(dialog)
            self.message.show_ok(
                f"已标记 {turn.user_name} 的接待无效（{reason}），下一位由其优先接待"
            )

        dialog.submit_button.setEnabled(False)
        ops.write(
            self.ctx,
            lambda s, actor: mark_turn_invalid(s, actor, turn.id, reason, now=now),
            parent=self,
            done=saved,
            failed=self._refused,
        )

    def edit_duty(self) -> None:
        now = self.ctx.clock()

        def ask(read: ops.Read) -> None:
            candidates, current = read.value
            dialog = DutyDialog(candidates, current, self)
            dialog.submitted.connect(self._save_duty)
            self._open(dialog)

        self.message.clear_message()
        ops.read(
            self.ctx,
            lambda s, actor: read_duty(s, actor, now=now),
            parent=self,
            done=ask,
            message=self.message,
        )

    def _save_duty(self, user_ids: list[int]) -> None:
        from anjia_desk.services.rotation import set_duty_list

        dialog = self.dialog
        assert isinstance(dialog, DutyDialog)
        now = self.ctx.clock()

        def saved(_result: None) -> None:
            self._accept(dialog)
            self.message.show_ok(f"今天的值班表已保存：{len(user_ids)} 位顾问")

        dialog.submit_button.setEnabled(False)
        ops.write(
            self.ctx,
            lambda s, actor: set_duty_list(s, actor, user_ids, now=now),
            parent=self,
            done=saved,
            failed=self._refused,
        )

    @staticmethod
    def _accept(dialog: QDialog) -> None:
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.accept()

    def _refused(self, exc: UserError) -> None:
        """Show a refusal beside the open dialog's fields (the board's bar once it is closed)."""
        dialog = self.dialog
        if isinstance(dialog, InvalidReasonDialog | DutyDialog) and dialog.isVisible():
            show_user_error(exc, dialog.message, dialog.errors)
            dialog.submit_button.setEnabled(True)
        else:
            self.message.show_error(exc.message)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
