"""设置 › 用户: the administrator's list of accounts, the add/edit dialog, disabling and resetting
passwords."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.roles import Role, roles_label
from anjia_desk.services.users import UserRow
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import FieldErrors, MessageBar, add_field, dialog_buttons, show_user_error
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.tables import (
    Column,
    ColumnTableModel,
    configure_table,
    selected_row,
    set_column_widths,
)
from anjia_desk.ui.widgets import LazyPage

NO_PASSWORD_HINT = (
    "可以不填：不设密码的人不能登录（例如只需要在名单里出现的顾问），以后可用“重置密码”设置。"
    "设了密码的人，第一次登录时必须改成自己的密码。"
)


def status_text(row: UserRow) -> str:
    if not row.is_active:
        return "已停用"
    if row.paused_until is not None:
        return "在用（多次登录失败，登录已暂停）"
    return "在用" if row.has_password else "在用（未设密码，不能登录）"


class UsersModel(ColumnTableModel[UserRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column("username", "登录名", lambda r: r.username),
                Column("display_name", "姓名", lambda r: r.display_name),
                Column("roles", "角色", lambda r: roles_label(r.roles)),
                Column("status", "状态", status_text, sort_key=lambda r: not r.is_active),
                Column(
                    "last_login",
                    "最近登录",
                    lambda r: format_local(r.last_login_at, self.zone) or "从未登录",
                    sort_key=lambda r: r.last_login_at.timestamp() if r.last_login_at else 0.0,
                ),
            ],
            parent,
        )

    def row_foreground(self, row: UserRow) -> QColor | None:
        return None if row.is_active else QColor(palette.INACTIVE)

    def index_of(self, user_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == user_id:
                return i
        return None


@dataclass(frozen=True)
class UserForm:
    username: str
    display_name: str
    roles: list[str]
    password: str | None


class UserDialog(QDialog):
    """新增 / 编辑用户. The page does the saving: `submitted` carries the form, and the page either
    closes the dialog or shows the service's messages in it with `show_error`."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None, row: UserRow | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle("编辑用户" if row else "新增用户")
        self.setMinimumWidth(560)
        self.errors = FieldErrors()

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.username = QLineEdit()
        self.username.setMaxLength(30)
        self.username.setPlaceholderText("字母开头，如 zhangwei")
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(40)
        self.display_name.setPlaceholderText("如 张伟")
        add_field(form, "登录名：", self.username, self.errors, "username")
        add_field(form, "姓名：", self.display_name, self.errors, "display_name")

        roles_box = QWidget()
        grid = QGridLayout(roles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for i, role in enumerate(Role):
            box = QCheckBox(role.label)
            box.setObjectName(f"role:{role.value}")
            self.role_boxes[role] = box
            grid.addWidget(box, i // 4, i % 4, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(4, 1)  # keep each box as wide as its label: clicks land on it
        add_field(form, "角色：", roles_box, self.errors, "roles")

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        if row is None:
            add_field(form, "初始密码：", self.password, self.errors, "password", NO_PASSWORD_HINT)
            add_field(form, "再输入一次：", self.password_again, self.errors, "password_again")
        else:
            self.username.setText(row.username)
            self.username.setReadOnly(True)
            self.username.setToolTip("登录名创建后不能修改")
            self.display_name.setText(row.display_name)
            for role, box in self.role_boxes.items():
                box.setChecked(role in row.roles)
            self.password.hide()
            self.password_again.hide()
        layout.addLayout(form)

        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.save_button = dialog_buttons(self, "保存", self._submit)
        layout.addLayout(buttons)
        (self.display_name if row else self.username).setFocus()

    def values(self) -> UserForm:
        password = self.password.text() if self.row is None else ""
        return UserForm(
            username=self.username.text().strip(),
            display_name=self.display_name.text(),
            roles=[role.value for role, box in self.role_boxes.items() if box.isChecked()],
            password=password or None,
        )

    def _submit(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        if self.row is None and self.password.text() != self.password_again.text():
            self.errors.show({"password_again": "两次输入的密码不一致"})
            return
        self.submitted.emit(self.values())

    def show_error(self, exc: UserError) -> None:
        show_user_error(exc, self.message, self.errors)


class UsersPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: UserDialog | None = None
        #: The user to select once the list has been loaded again (after a save).
        self._select_after: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)

        bar = QHBoxLayout()
        self.add_button = QPushButton("新增用户…")
        self.add_button.clicked.connect(self.open_add)
        self.edit_button = QPushButton("编辑…")
        self.edit_button.clicked.connect(self.open_edit)
        self.toggle_button = QPushButton("停用")
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton("重置密码…")
        self.reset_button.clicked.connect(self.reset_password)
        self.lift_button = QPushButton("解除锁定")
        self.lift_button.setToolTip("多次登录失败后登录被暂停：让他现在就可以再试")
        self.lift_button.clicked.connect(self.lift_pause)
        for button in (
            self.add_button,
            self.edit_button,
            self.toggle_button,
            self.reset_button,
            self.lift_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        outer.addLayout(bar)

        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        set_column_widths(self.table, {0: 130, 1: 120, 2: 300, 3: 200})
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        outer.addWidget(self.table, 1)

        self.message = MessageBar(self)
        outer.addWidget(self.message)
        self._update_buttons()

    # --- loading ---

    def reload(self) -> None:
        now = self.ctx.clock()

        def read(session: Any, actor: Any) -> tuple[ZoneInfo, Sequence[UserRow]]:
            from anjia_desk.services.settings import office_zone as zone_of
            from anjia_desk.services.users import list_users

            return zone_of(session), list_users(session, actor, now=now)

        self.load(read, self._fill)

    def _fill(self, loaded: tuple[ZoneInfo, Sequence[UserRow]]) -> None:
        zone, rows = loaded
        selected = self.selected()
        wanted = self._select_after
        self._select_after = None
        self.model.zone = zone
        self.model.set_rows(rows)
        if wanted is not None:
            self.select_user(wanted)
        elif selected is not None:
            row = self.model.index_of(selected.id)
            if row is not None:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def select_user(self, username: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.username == username:
                self.table.selectRow(i)
                return
        raise KeyError(username)

    def _update_buttons(self, *_args: Any) -> None:
        row = self.selected()
        for button in (self.edit_button, self.toggle_button, self.reset_button):
            button.setEnabled(row is not None)
        self.toggle_button.setText("启用" if row is not None and not row.is_active else "停用")
        self.lift_button.setEnabled(row is not None and row.paused_until is not None)

    def _on_double_click(self, _index: QModelIndex) -> None:
        self.open_edit()

    # --- the dialog ---

    def open_add(self) -> None:
        self._open_dialog(UserDialog(self, None))

    def open_edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._open_dialog(UserDialog(self, row))

    def _open_dialog(self, dialog: UserDialog) -> None:
        self.message.clear_message()
        self.dialog = dialog
        dialog.submitted.connect(lambda form: self._save(dialog, form))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: UserDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _save(self, dialog: UserDialog, form: UserForm) -> None:
        from anjia_desk.services.users import add_user, update_user

        row = dialog.row

        def work(session: Any, actor: Any) -> UserRow:
            if row is None:
                return add_user(
                    session,
                    actor,
                    username=form.username,
                    display_name=form.display_name,
                    roles=form.roles,
                    password=form.password,
                )
            return update_user(
                session,
                actor,
                row.id,
                display_name=form.display_name,
                roles=form.roles,
                expected_version=row.version,
            )

        def failed(exc: UserError) -> None:
            dialog.save_button.setEnabled(True)
            if isinstance(exc, ConflictError):
                dialog.reject()
                self._conflict(exc)
            else:
                dialog.show_error(exc)

        def saved(user: UserRow) -> None:
            dialog.accept()
            self._saved(user, edited=row is not None)

        dialog.save_button.setEnabled(False)
        ops.write(self.ctx, work, parent=dialog, done=saved, failed=failed, initiator=self)

    def _saved(self, saved: UserRow, *, edited: bool) -> None:
        try:  # the list may already have been reloaded (without a task runner it has)
            self.select_user(saved.username)
        except KeyError:
            self._select_after = saved.username
        if edited:
            self.message.show_ok(f"已保存 {saved.display_name}（{saved.username}）的修改。")
        elif saved.has_password:
            self.message.show_ok(
                f"已新增 {saved.display_name}（{saved.username}），第一次登录时须修改密码。"
            )
        else:
            self.message.show_ok(
                f"已新增 {saved.display_name}（{saved.username}）。未设密码，暂时不能登录。"
            )

    def _conflict(self, exc: ConflictError) -> None:
        self.reload()
        self.message.show_error(f"{exc.message}。列表已重新载入，请核对后再操作。")

    # --- disable, enable, reset ---

    def toggle_active(self) -> None:
        from anjia_desk.services.users import set_active

        row = self.selected()
        if row is None:
            return
        who = f"{row.display_name}（{row.username}）"
        if row.is_active:
            title = "停用用户"
            question = (
                f"停用 {who} 吗？停用后他不能再登录，他的客户和历史记录都会保留，以后可以重新启用。"
            )
        else:
            title = "启用用户"
            question = f"重新启用 {who} 吗？启用后他可以用原来的密码登录。"
        if not self.ctx.dialogs.confirm(self, title, question):
            return
        row_id, active, version = row.id, not row.is_active, row.version
        done_text = f"已{'停用' if row.is_active else '启用'} {who}。"
        ops.write(
            self.ctx,
            lambda session, actor: set_active(
                session, actor, row_id, active, expected_version=version
            ),
            parent=self,
            done=lambda _saved: self.message.show_ok(done_text),
            failed=self._write_failed,
        )

    def _write_failed(self, exc: UserError) -> None:
        if isinstance(exc, ConflictError):
            self._conflict(exc)
        else:
            self.message.show_error(exc.message)

    def reset_password(self) -> None:
        from anjia_desk.services.users import reset_password

        row = self.selected()
        if row is None:
            return
        who = f"{row.display_name}（{row.username}）"
        first = self.ctx.dialogs.ask_secret(
            self, "重置密码", f"为 {who} 设置新的临时密码（至少 6 位）："
        )
        if first is None:
            return
        again = self.ctx.dialogs.ask_secret(self, "重置密码", "再输入一次临时密码：")
        if again is None:
            return
        if first != again:
            self.message.show_error("两次输入的密码不一致，密码没有修改。")
            return
        row_id, version = row.id, row.version
        ops.write(
            self.ctx,
            lambda session, actor: reset_password(
                session, actor, row_id, first, expected_version=version
            ),
            parent=self,
            done=lambda saved: self._password_reset(saved, who),
            failed=self._reset_failed,
        )

    def _reset_failed(self, exc: UserError) -> None:
        if isinstance(exc, ValidationError):
            self.message.show_error("密码没有修改：" + "；".join(exc.fields.values()))
        else:
            self._write_failed(exc)

    def _password_reset(self, saved: UserRow, who: str) -> None:
        if saved.id == self.ctx.actor.user_id:
            self.message.show_ok("已修改您自己的密码。")
        else:
            self.message.show_ok(
                f"已为 {who} 设置临时密码。请当面告诉他；他下次登录时必须改成自己的密码。"
            )

    def lift_pause(self) -> None:
        """解除锁定: the selected user may try to log in again at once (audited)."""
        from anjia_desk.services.users import lift_login_pause

        row = self.selected()
        if row is None or row.paused_until is None:
            return
        who = f"{row.display_name}（{row.username}）"
        row_id, now = row.id, self.ctx.clock()
        ops.write(
            self.ctx,
            lambda session, actor: lift_login_pause(session, actor, row_id, now=now),
            parent=self,
            done=lambda _saved: self._pause_lifted(who),
            failed=self._write_failed,
        )

    def _pause_lifted(self, who: str) -> None:
        self.message.show_ok(f"已解除 {who} 的登录暂停，他现在可以再次登录。")
