"""连接服务器数据库… (issue 15): where this PC finds the office's PostgreSQL server.

Host, port, database, user, password and TLS (on by default; turning it off shows why that is
only for a trusted LAN). 测试连接 runs off the GUI thread and says beside the fields what it found
or why it failed; 保存 tests the same way and, once the server answered, remembers the connection
(db/server_config.py: the password in the system keyring when there is one) and closes with
`url` set. A failed test or save keeps everything typed; Esc cancels.

Reached from the login dialog (连接服务器数据库…) and from 设置 › 数据库连接.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QPushButton, QWidget

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.db import server_config
from anjia_desk.db.server_config import ServerConnection
from anjia_desk.ui import palette
from anjia_desk.ui.login import _Form

if TYPE_CHECKING:
    from anjia_desk.ui.tasks import TaskRunner

TITLE = "连接服务器数据库"
TESTING = "正在测试连接…"


def connection_from_url(url: str) -> ServerConnection | None:
    """The dialog's fields for a server URL (--db, $ANJIA_DESK_DB); None when it is not one."""
    from sqlalchemy.engine import make_url

    from anjia_desk.db.server import is_server_url

    if not is_server_url(url):
        return None
    parsed = make_url(url)
    return ServerConnection(
        host=parsed.host or "",
        database=parsed.database or "",
        user=parsed.username or "",
        port=parsed.port or server_config.DEFAULT_PORT,
        tls=parsed.query.get("sslmode", "require") not in ("disable", "allow", "prefer"),
    )


class ServerDialog(_Form):
    """The connection's fields, 测试连接, 保存 and 取消. After 保存: `url` (with the password) and
    `connection`; `password_kept` says whether the keyring holds the password."""

    def __init__(
        self,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        connection: ServerConnection | None = None,
        reason: str = "",
        check: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(TITLE, parent)
        self.tasks = tasks
        #: What 测试连接 and 保存 run on the reader thread (tests give their own).
        self.check = check or server_config.check_connection
        self.url: str | None = None
        self.connection: ServerConnection | None = None
        self.password_kept = False
        self.busy = False
        intro = QLabel(
            "多台电脑共用一个数据库时，填写办公室 PostgreSQL 服务器的地址和数据库账号"
            "（由管理员提供）。保存后，本机每次启动都打开这个数据库。"
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.host_edit = self.add_field("host", "服务器地址")
        self.host_edit.setPlaceholderText("如 192.168.1.10")
        self.port_edit = self.add_field("port", "端口")
        self.port_edit.setText(str(server_config.DEFAULT_PORT))
        self.database_edit = self.add_field("database", "数据库名")
        self.user_edit = self.add_field("user", "用户名")
        self.password_edit = self.add_field("password", "密码", secret=True)
        self.tls_box = QCheckBox("加密连接（TLS，推荐）")
        self.tls_box.setChecked(True)
        self.tls_warning = QLabel(f"⚠ {server_config.TLS_OFF_WARNING}")
        self.tls_warning.setWordWrap(True)
        self.tls_warning.setStyleSheet(f"color:{palette.WARNING};")
        self.tls_warning.hide()
        self.tls_box.toggled.connect(lambda on: self.tls_warning.setVisible(not on))
        self.form.addRow("", self.tls_box)
        self.form.addRow("", self.tls_warning)
        keyring = (
            "密码保存在本机的系统凭据库中（Windows：凭据管理器），下次启动不用再输入。"
            if server_config.keyring_usable()
            else "本机没有可用的系统凭据库：密码不会保存，每次启动时输入。"
        )
        self.keyring_label = QLabel(keyring)
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setProperty("role", "hint")
        self.form.addRow("", self.keyring_label)
        self.result_label = QLabel()
        self.result_label.setObjectName("serverTestResult")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.form.addRow("", self.result_label)
        self.add_buttons("保存", "取消")
        self.test_button = QPushButton("测试连接")
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test)
        self.setMinimumWidth(460)
        if connection is not None:
            self.host_edit.setText(connection.host)
            self.port_edit.setText(str(connection.port))
            self.database_edit.setText(connection.database)
            self.user_edit.setText(connection.user)
            self.tls_box.setChecked(connection.tls)
        if reason:
            self.message.show_error(reason)
        first_empty = next((e for e in self.fields.values() if not e.text()), self.password_edit)
        first_empty.setFocus()

    # -- what was typed

    def _connection(self) -> ServerConnection | None:
        try:
            return server_config.parse(
                self.host_edit.text(),
                self.port_edit.text(),
                self.database_edit.text(),
                self.user_edit.text(),
                tls=self.tls_box.isChecked(),
            )
        except ValidationError as exc:
            self.show_errors(exc.fields)
            return None

    def result_text(self) -> str:
        return self.result_label.text() if not self.result_label.isHidden() else ""

    def _show_result(self, text: str, *, ok: bool) -> None:
        self.result_label.setText(("✔ " if ok else "✘ ") + text)
        self.result_label.setStyleSheet(f"color:{palette.OK if ok else palette.ERROR};")
        self.result_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.test_button.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)

    # -- 测试连接 and 保存

    def test(self) -> None:
        self._run(save=False)

    def submit(self) -> None:
        self._run(save=True)

    def _run(self, *, save: bool) -> None:
        if self.busy:
            return
        self.errors.clear()
        self.message.clear_message()
        connection = self._connection()
        if connection is None:
            return
        password = self.password_edit.text()
        url = connection.url(password)
        self._show_result(TESTING, ok=True)
        self.result_label.setStyleSheet(f"color:{palette.HINT};")
        self.result_label.setText(TESTING)
        self._set_busy(True)
        check = self.check

        def done(found: str) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            self._show_result(found, ok=True)
            if save:
                self._save(connection, password, url)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            if not isinstance(exc, UserError):
                self.result_label.hide()
                self.tasks.report_error(exc)
                return
            self._show_result(exc.message, ok=False)
            if "密码" in exc.message:
                self.password_edit.setFocus()
                self.password_edit.selectAll()

        from anjia_desk.ui.tasks import READ

        self.tasks.run(
            lambda _progress, _cancelled: check(url),
            on_done=done,
            on_error=failed,
            lane=READ,
            show_progress=False,
        )

    def _save(self, connection: ServerConnection, password: str, url: str) -> None:
        try:
            server_config.save(connection)
        except UserError as exc:
            self.message.show_error(exc.message)
            return
        self.password_kept = bool(password) and server_config.store_password(connection, password)
        self.connection = connection
        self.url = url
        self.accept()

    def reject(self) -> None:
        """Esc and 取消: nothing saved (a test under way finishes unseen)."""
        super().reject()
