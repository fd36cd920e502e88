"""The dialogs around an account: the first administrator, logging in, changing one's password,
and unlocking a locked window. Validation is shown under each field; services do the work.

This module is on the start-up path: it imports SQLAlchemy (through services) only when a
button is pressed, so the login dialog can appear before the database is open.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjia_desk import APP_TITLE
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.passwords import password_problem
from anjia_desk.core.roles import Role
from anjia_desk.core.users import validate_user
from anjia_desk.ui import ops
from anjia_desk.ui.fields import FieldErrors, MessageBar, add_field, grow_to_fit, show_user_error
from anjia_desk.ui.style import ui_state

if TYPE_CHECKING:
    from anjia_desk.services.context import Actor
    from anjia_desk.ui.context import AppContext

#: Before issue 14 one name was remembered for every database; it is removed when next written.
LAST_USERNAME_KEY = "login/last_username"
CONFIRM_MISMATCH = "两次输入的密码不一致"
WRONG_PASSWORD = "密码不正确"


def _last_username_key(ctx: AppContext) -> str:
    """Where the last login name of this database is remembered: each database (by its URL) its
    own, so a demo's or another office's login name is not offered for this one."""
    digest = hashlib.sha256(ctx.database.url.encode()).hexdigest()[:16]
    return f"login/last_username_of/{digest}"


def remember_username(ctx: AppContext, username: str) -> None:
    state = ui_state()
    state.remove(LAST_USERNAME_KEY)  # the old one-for-all name (issue 14)
    state.setValue(_last_username_key(ctx), username)


def last_username(ctx: AppContext) -> str:
    return str(ui_state().value(_last_username_key(ctx), "") or "")


class _Form(QDialog):
    """A dialog of labelled fields, each with its message shown right under it (widgets.py's
    FieldErrors), and a message line for what belongs to no field."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields: dict[str, QLineEdit] = {}
        self.errors = FieldErrors()
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.addLayout(self.form)
        self.message = MessageBar(self)
        self.layout_.addWidget(self.message)

    def add_field(self, name: str, label: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        add_field(self.form, label, edit, self.errors, name)
        error = self.errors[name]
        error.setObjectName(f"{name}_error")
        edit.textEdited.connect(error.hide)  # typing clears the field's message
        self.fields[name] = edit
        return edit

    def add_buttons(self, ok_text: str, cancel_text: str | None = "取消") -> QPushButton:
        buttons = QDialogButtonBox()
        ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        ok.setAutoDefault(True)
        if cancel_text:
            buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.ok_button = ok
        self.layout_.addWidget(buttons)
        return ok

    def show_errors(self, problems: dict[str, str]) -> None:
        """Each message under its field; the others on the message line. Focus the first."""
        unplaced = self.errors.show(problems)
        if unplaced:
            self.message.show_error("；".join(unplaced.values()))
        else:
            self.message.clear_message()
        grow_to_fit(self)  # taller when messages appeared: none overlaps a field
        self._focus_first(problems)

    def show_user_error(self, exc: UserError) -> None:
        """A service's refusal: field messages under their fields, the rest on the message line."""
        self.message.clear_message()
        show_user_error(exc, self.message, self.errors)
        if isinstance(exc, ValidationError):
            self._focus_first(exc.fields)

    def _focus_first(self, problems: Mapping[str, str]) -> None:
        for name, edit in self.fields.items():
            if name in problems:
                edit.setFocus()
                edit.selectAll()
                break

    def error_text(self, name: str | None = None) -> str:
        """The message currently shown for `name` (or the message line); "" when none."""
        if name:
            return self.errors.message(name)
        return self.message.text() if not self.message.isHidden() else ""

    def submit(self) -> None:
        raise NotImplementedError


class FirstAdminDialog(_Form):
    """First start on a fresh database: create the administrator (登录名, 姓名, 密码, 确认密码)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(f"首次使用 — {APP_TITLE}", parent)
        self.ctx = ctx
        self.username = ""
        intro = QLabel(
            "欢迎使用安家 Desk。请先创建管理员账号：管理员负责添加同事的账号、修改设置和备份数据。"
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.add_field("username", "登录名").setPlaceholderText("字母开头，如 admin2")
        self.add_field("display_name", "姓名")
        self.add_field("password", "密码", secret=True)
        self.add_field("confirm", "确认密码", secret=True)
        self.add_buttons("创建管理员", "退出")
        self.setMinimumWidth(460)

    def submit(self) -> None:
        values = {name: edit.text() for name, edit in self.fields.items()}
        problems = validate_user(
            username=values["username"].strip(),
            display_name=values["display_name"],
            roles=[Role.ADMIN.value],
            password=values["password"],
        )
        if "password" not in problems and values["confirm"] != values["password"]:
            problems["confirm"] = CONFIRM_MISMATCH
        if problems:
            self.show_errors(problems)
            return
        from anjia_desk.db.engine import session_scope
        from anjia_desk.services import users

        try:
            with session_scope(self.ctx.database) as session:  # nobody is logged in yet
                users.create_first_admin(
                    session,
                    username=values["username"].strip(),
                    display_name=values["display_name"],
                    password=values["password"],
                )
        except UserError as exc:
            self.show_user_error(exc)
            return
        self.username = values["username"].strip()
        remember_username(self.ctx, self.username)
        self.accept()


class LoginDialog(_Form):
    """登录名 + 密码. Enter logs in, Esc cancels; the database is named small at the bottom.

    Created before the database is open (`ctx=None`): the 登录 button waits for `attach(ctx)`.
    连接服务器数据库… (issue 15) asks the start-up to choose the office's server instead."""

    server_requested = Signal()

    def __init__(
        self,
        ctx: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        username: str | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(title or f"登录 — {APP_TITLE}", parent)
        self.ctx: AppContext | None = None
        self.actor: Actor | None = None
        heading = QLabel(APP_TITLE)
        heading.setProperty("role", "title")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = QLabel("售楼处前台与案场管理")
        subtitle.setProperty("role", "hint")
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.insertWidget(0, heading)
        self.layout_.insertWidget(1, subtitle)
        self.layout_.insertSpacing(2, 8)
        self.username_edit = self.add_field("username", "登录名")
        self.password_edit = self.add_field("password", "密码", secret=True)
        self.add_buttons("登录", "取消")
        self.database_label = QLabel("正在打开数据库…")
        self.database_label.setProperty("role", "hint")
        self.database_label.setWordWrap(True)
        font = self.database_label.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        self.database_label.setFont(font)
        self.layout_.addWidget(self.database_label)
        self.server_button = QPushButton("连接服务器数据库…")
        self.server_button.setObjectName("serverButton")
        self.server_button.setFlat(True)
        self.server_button.setAutoDefault(False)
        self.server_button.setToolTip("多台电脑共用办公室的 PostgreSQL 数据库时，在这里填写服务器")
        self.server_button.clicked.connect(self.server_requested)
        self.layout_.addWidget(self.server_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(380)
        #: The name to offer was given: the database's remembered one is not looked up.
        self._name_given = username is not None
        self.username_edit.setText(username or "")
        (self.password_edit if self.username_edit.text() else self.username_edit).setFocus()
        self.ok_button.setEnabled(False)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The database is open: show where it is, offer the name last used to log in to it
        (unless one was given or typed meanwhile) and allow logging in."""
        self.ctx = ctx
        self.database_label.setText(f"数据库：{ctx.database.display_name}")
        self.database_label.setToolTip(ctx.database.display_name)
        if not self._name_given and not self.username_edit.text():
            remembered = last_username(ctx)
            if remembered:
                self.username_edit.setText(remembered)
                if not self.password_edit.text():
                    self.password_edit.setFocus()
        self.ok_button.setEnabled(True)

    def detach(self, text: str = "正在打开数据库…") -> None:
        """The database is being changed (another server chosen): no logging in until the next
        `attach`. What was typed stays."""
        self.ctx = None
        self.ok_button.setEnabled(False)
        self.database_label.setText(text)
        self.database_label.setToolTip("")

    def set_username(self, username: str) -> None:
        self._name_given = True
        self.username_edit.setText(username)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def submit(self) -> None:
        if self.ctx is None:
            return
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self.show_errors({"username": "请输入登录名"})
            return
        if not password:
            self.show_errors({"password": "请输入密码"})
            return
        from anjia_desk.db.engine import session_scope
        from anjia_desk.services import users
        from anjia_desk.services.context import os_identity

        os_user, host = os_identity()
        try:
            # Not as the user logged in now (switching away from a disabled account must work).
            with session_scope(self.ctx.database) as session:
                actor = users.login(
                    session, username, password, os_user=os_user, host=host, now=self.ctx.clock()
                )
        except UserError as exc:
            self.show_errors({"password": exc.message})
            self.password_edit.clear()
            return
        self.actor = actor
        remember_username(self.ctx, actor.username)
        self.accept()


class ChangePasswordDialog(_Form):
    """原密码, 新密码, 确认新密码. `forced` after an administrator set a temporary password."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor | None = None,
        parent: QWidget | None = None,
        *,
        forced: bool = False,
    ) -> None:
        super().__init__("修改密码", parent)
        self.ctx = ctx
        self.actor = actor or ctx.actor
        intro = QLabel(
            "管理员为您设置的是临时密码，请先改成只有您自己知道的密码。"
            if forced
            else f"修改 {self.actor.display_name}（{self.actor.username}）的登录密码。"
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.add_field("old_password", "原密码", secret=True)
        self.add_field("password", "新密码", secret=True)
        self.add_field("confirm", "确认新密码", secret=True)
        self.add_buttons("修改密码", "退出" if forced else "取消")
        self.setMinimumWidth(420)

    def submit(self) -> None:
        old = self.fields["old_password"].text()
        new = self.fields["password"].text()
        problems: dict[str, str] = {}
        if not old:
            problems["old_password"] = "请输入原密码"
        problem = password_problem(new)
        if problem:
            problems["password"] = problem
        elif self.fields["confirm"].text() != new:
            problems["confirm"] = CONFIRM_MISMATCH
        if problems:
            self.show_errors(problems)
            return
        from anjia_desk.db.engine import session_scope
        from anjia_desk.services import users

        try:
            with session_scope(self.ctx.database, self.actor) as session:
                users.change_own_password(session, self.actor, old, new)
        except UserError as exc:
            self.show_user_error(exc)
            return
        self.accept()


class UnlockDialog(_Form):
    """The window is locked: who is locked, their password, 解锁; or 切换用户.

    Esc and the close button do nothing: the only ways out are the password or another login."""

    switch_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(f"已锁定 — {APP_TITLE}", parent)
        self.ctx = ctx
        actor = ctx.actor
        who = QLabel(f"窗口已锁定。当前用户：{actor.display_name}（{actor.username}）")
        who.setWordWrap(True)
        self.layout_.insertWidget(0, who)
        self.password_edit = self.add_field("password", "密码", secret=True)
        self.add_buttons("解锁", None)
        self.switch_button = self.buttons.addButton(
            "切换用户", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_requested.emit)
        self.setMinimumWidth(400)
        self.password_edit.setFocus()

    def submit(self) -> None:
        password = self.password_edit.text()
        if not password:
            self.show_errors({"password": "请输入密码"})
            return
        from anjia_desk.services import users

        now = self.ctx.clock()
        try:
            ok = ops.read_now(
                self.ctx,
                lambda session, actor: users.check_password(session, actor, password, now=now),
            )
        except UserError as exc:  # disabled (only 切换用户 is left), or paused after failures
            self.show_errors({"password": exc.message})
            self.password_edit.clear()
            return
        if not ok:
            self.show_errors({"password": WRONG_PASSWORD})
            self.password_edit.clear()
            return
        self.accept()

    def reject(self) -> None:
        """Esc does not unlock."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()


def continue_login(
    ctx: AppContext,
    actor: Actor,
    parent: QWidget | None,
    *,
    on_ready: Callable[[Actor], None],
    on_cancel: Callable[[], None],
) -> ChangePasswordDialog | None:
    """After a password was accepted: force a password change when the admin asked for one,
    then `on_ready(actor)`; `on_cancel()` when the person gives up. Returns the open dialog."""
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services import users

    with session_scope(ctx.database, actor) as session:  # as the one logging in, not ctx.actor
        must_change = users.must_change_password(session, actor)
    if not must_change:
        on_ready(actor)
        return None
    dialog = ChangePasswordDialog(ctx, actor, parent, forced=True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_ready(actor))
    dialog.rejected.connect(on_cancel)
    dialog.open()
    return dialog
