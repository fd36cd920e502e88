"""设置 › 备份与恢复, for an office on a server (issue 15): moving the office's database to a
PostgreSQL server (迁移到服务器数据库…, with progress and 取消), choosing where a server's backup is
restored to (a new, empty database), and the backup PC (由本机负责每日自动备份).

The page (ui/pages/backup_page.py) owns the buttons; the flows are here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import (
    FieldErrors,
    MessageBar,
    add_field,
    dialog_buttons,
    hint_label,
    show_user_error,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

MIGRATE_NOTE = (
    "把本机的数据库完整复制到服务器上的一个空 PostgreSQL 数据库：每张表逐行复制，"
    "复制后逐表核对行数和金额合计。本机的数据库不会有任何改动。"
    "目标数据库必须是新建的空数据库；完成后，各电脑改连到服务器数据库。"
)
RESTORE_NOTE = (
    "服务器上的数据库只能恢复到一个新的空数据库：请先在服务器上新建一个空数据库，在这里填写它。"
    "恢复完成后，各电脑改连到新数据库；原来的数据库不会被改动。"
)


def server_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """The SQLAlchemy URL of a PostgreSQL database (the password escaped, never shown)."""
    from sqlalchemy.engine import URL

    return URL.create(
        "postgresql",
        username=user or None,
        password=password or None,
        host=host,
        port=port,
        database=database,
    ).render_as_string(hide_password=False)


class ServerDatabaseDialog(QDialog):
    """The address of a PostgreSQL database on the office's server: host, port, database,
    user and password. `submitted` carries the URL."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None, *, title: str, note: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(note))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        add_field(form, "服务器：", self.host, self.errors, "host", "服务器的名称或 IP 地址")
        add_field(form, "端口：", self.port, self.errors, "port")
        add_field(form, "数据库名：", self.database, self.errors, "database", "新建的空数据库")
        add_field(form, "用户名：", self.user, self.errors, "user")
        add_field(form, "密码：", self.password, self.errors, "password", "不会被保存")
        layout.addLayout(form)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.ok_button = dialog_buttons(self, ok_text, self._submit)
        layout.addLayout(buttons)
        self.host.setFocus()

    def _submit(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        missing = {
            key: "请填写"
            for key, field in (
                ("host", self.host),
                ("database", self.database),
                ("user", self.user),
            )
            if not field.text().strip()
        }
        if missing:
            self.errors.show(missing)
            return
        url = server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )
        self.ok_button.setEnabled(False)
        self.submitted.emit(url)

    def show_error(self, exc: UserError) -> None:
        self.ok_button.setEnabled(True)
        show_user_error(exc, self.message, self.errors)


class ServerTools:
    """The page's server flows. `set_busy(True/False)` greys the page's buttons meanwhile."""

    def __init__(
        self,
        page: QWidget,
        ctx: AppContext,
        message: MessageBar,
        set_busy: Callable[[bool], None],
        bug: Callable[[BaseException], None],
    ) -> None:
        self.page = page
        self.ctx = ctx
        self.message = message
        self.set_busy = set_busy
        self.bug = bug
        self.dialog: ServerDatabaseDialog | None = None

    # --- moving to a server ---

    def open_migrate_dialog(self) -> ServerDatabaseDialog:
        dialog = ServerDatabaseDialog(
            self.page, title="迁移到服务器数据库", note=MIGRATE_NOTE, ok_text="开始迁移"
        )
        self._open(dialog, self._migrate)
        return dialog

    def _open(
        self, dialog: ServerDatabaseDialog, then: Callable[[ServerDatabaseDialog, str], None]
    ) -> None:
        self.dialog = dialog
        dialog.submitted.connect(lambda url: then(dialog, url))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.message.clear_message()
        dialog.open()

    def _closed(self, dialog: ServerDatabaseDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _migrate(self, dialog: ServerDatabaseDialog, url: str) -> None:
        from anjia_desk.services.migrate_to import migrate_to

        source = self.ctx.database.url
        self.set_busy(True)

        def work(_session: Session, actor: Actor, progress: Any, cancelled: Any) -> Any:
            return migrate_to(source, url, actor, progress=progress, cancelled=cancelled)

        def done(result: Any) -> None:
            self.set_busy(False)
            dialog.accept()
            self.message.show_ok(result.summary())
            self.ctx.dialogs.info(self.page, "迁移完成", result.summary())

        def failed(exc: BaseException) -> None:
            self.set_busy(False)
            if not isinstance(exc, UserError):
                dialog.reject()
                self.bug(exc)
                return
            dialog.show_error(exc)

        def cancelled() -> None:
            self.set_busy(False)
            dialog.show_error(UserError("已取消：目标数据库中没有写入任何数据"))

        ops.job(
            self.ctx,
            work,
            parent=self.page,
            done=done,
            failed=failed,
            cancelled=cancelled,
            label="正在迁移到服务器数据库…",
        )

    # --- where a server's backup is restored to ---

    def ask_restore_target(self, then: Callable[[str], None]) -> ServerDatabaseDialog:
        dialog = ServerDatabaseDialog(
            self.page, title="恢复到新的空数据库", note=RESTORE_NOTE, ok_text="下一步"
        )

        def chosen(chosen_dialog: ServerDatabaseDialog, url: str) -> None:
            chosen_dialog.accept()
            then(url)

        self._open(dialog, chosen)
        return dialog

    # --- the backup PC ---

    @staticmethod
    def backup_pc_row(
        server: bool, may_choose: bool, choose: Callable[[], None]
    ) -> tuple[QHBoxLayout, QLabel, QPushButton]:
        """Who makes the daily backup, and 由本机负责每日自动备份 (shown for a server only)."""
        row = QHBoxLayout()
        label = QLabel()
        label.setWordWrap(True)
        button = QPushButton("由本机负责每日自动备份")
        button.clicked.connect(choose)
        row.addWidget(label, 1)
        row.addWidget(button)
        label.setVisible(server)
        button.setVisible(server and may_choose)
        return row, label, button

    def make_this_the_backup_pc(self, done: Callable[[str], None]) -> None:
        from anjia_desk.services.backup_pc import set_backup_pc

        ops.write(
            self.ctx,
            lambda session, actor: set_backup_pc(session, actor),
            parent=self.page,
            done=done,
            message=self.message,
            label="正在保存…",
            initiator=self.page,
        )


def backup_pc_text(named: str | None, here: str) -> str:
    """What the page says about the backup PC of a server's database."""
    if named is None:
        return (
            f"多台电脑共用服务器数据库时，只有一台电脑做每日自动备份。尚未指定："
            f"第一台做自动备份检查的电脑会自动承担（本机：{here}）。"
        )
    if named == here:
        return f"每日自动备份由本机（{here}）负责。"
    return f"每日自动备份由电脑 {named} 负责，本机（{here}）不做自动备份。"


__all__ = [
    "ServerDatabaseDialog",
    "ServerTools",
    "backup_pc_text",
    "server_url",
]
