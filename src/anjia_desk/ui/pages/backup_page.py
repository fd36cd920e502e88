"""设置 › 备份与恢复: the backup passphrase, backing up now, the list of backups, restoring."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
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
from anjia_desk.ui.pages.server_tools import ServerTools, backup_pc_text
from anjia_desk.ui.tables import Column, ColumnTableModel, configure_table, set_column_widths
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

PASSPHRASE_NOTE = (
    "备份口令只用来加密备份，不会保存在电脑或数据库里，忘记后任何人都无法找回，"
    "用它加密的备份也就无法恢复。请把口令抄在纸上，放在安全的地方。"
    "更换口令后，以前的备份仍要用当时的口令恢复。"
)


def backup_extension() -> str:
    """The backup file's extension (db/backup_file.py; imported on use: it loads cryptography)."""
    from anjia_desk.db.backup_file import EXTENSION

    return EXTENSION


def file_filters() -> str:
    return f"安家 Desk 备份 (*{backup_extension()});;所有文件 (*)"


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


@dataclass(frozen=True)
class BackupState:
    """What the page shows, read in one go: the passphrase, the folder and its backups, the
    schedule's settings."""

    zone: ZoneInfo
    has_passphrase: bool
    folder: Path
    backups: list[Any]
    values: dict[str, Any]
    #: A server's database (issue 15): the PC named to make the daily backup, and this PC.
    server: bool = False
    backup_pc: str | None = None
    this_pc: str = ""


def read_state(session: Session, _actor: Actor) -> BackupState:
    from anjia_desk.services.backup import (
        backup_folder,
        database_identity,
        has_backup_passphrase,
        list_backups,
    )
    from anjia_desk.services.settings import get_settings, office_zone

    folder = backup_folder(session)
    # Only this database's backups: a demo or another PC may share the folder. A backup from
    # elsewhere can still be restored through 从备份恢复….
    backups = list_backups(folder, owner=database_identity(session))
    from anjia_desk.services.backup_pc import backup_pc, this_pc

    return BackupState(
        office_zone(session),
        has_backup_passphrase(session),
        folder,
        backups,
        get_settings(session),
        server=session.get_bind().dialect.name != "sqlite",
        backup_pc=backup_pc(session),
        this_pc=this_pc(),
    )


class BackupModel(ColumnTableModel[Any]):
    """Backups in the folder (services.backup.BackupInfo rows), newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column(
                    "created_at",
                    "备份时间",
                    lambda b: format_local(b.created_at, self.zone, seconds=True),
                    sort_key=lambda b: b.created_at.timestamp(),
                ),
                Column(
                    "size",
                    "大小",
                    lambda b: size_text(b.size_bytes),
                    sort_key=lambda b: b.size_bytes,
                    align=Qt.AlignmentFlag.AlignRight,
                ),
                Column("kind", "方式", lambda b: "自动" if b.scheduled else "手动"),
                Column("name", "文件名", lambda b: b.path.name, tooltip=lambda b: str(b.path)),
            ],
            parent,
        )


class PassphraseDialog(QDialog):
    """设置 / 更换备份口令: the new passphrase twice, the old one when changing it."""

    submitted = Signal(object)  # (passphrase, old passphrase or None)

    def __init__(self, parent: QWidget | None, *, changing: bool) -> None:
        super().__init__(parent)
        self.changing = changing
        self.setWindowTitle("更换备份口令" if changing else "设置备份口令")
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        note = hint_label(PASSPHRASE_NOTE)
        layout.addWidget(note)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.old = self._secret_field()
        self.new = self._secret_field()
        self.again = self._secret_field()
        if changing:
            add_field(form, "原口令：", self.old, self.errors, "old_passphrase")
        else:
            self.old.hide()
        add_field(form, "新口令：", self.new, self.errors, "passphrase", "至少 8 个字符")
        add_field(form, "再输入一次：", self.again, self.errors, "again")
        layout.addLayout(form)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.save_button = dialog_buttons(
            self, "保存口令", self._submit
        )
        layout.addLayout(buttons)
        (self.old if changing else self.new).setFocus()

    @staticmethod
    def _secret_field() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(200)
        return field

    def _submit(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        if self.new.text() != self.again.text():
            self.errors.show({"again": "两次输入的口令不一致"})
            return
        old = self.old.text() if self.changing else None
        self.save_button.setEnabled(False)
        self.submitted.emit((self.new.text(), old))

    def show_error(self, exc: UserError) -> None:
        self.save_button.setEnabled(True)
        show_user_error(exc, self.message, self.errors)


class BackupPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.can_backup = actor.can(Action.BACKUP)
        self.can_restore = actor.can(Action.RESTORE)
        self.can_set_passphrase = actor.can(Action.SET_BACKUP_PASSPHRASE)
        self.has_passphrase = False
        self.folder = Path()
        self.zone = default_zone()
        self.busy = False
        self.restored = False
        #: A restore is running: the page reads nothing more (the database is being replaced).
        self.restoring = False
        self.dialog: PassphraseDialog | None = None
        #: The office's database is on a server (issue 15): no file of its own.
        self.server = ctx.database.path is None
        self.message = MessageBar(self)
        self.tools = ServerTools(self, ctx, self.message, self._set_busy, self._bug)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        self.banner = MessageBar(self)
        outer.addWidget(self.banner)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self._passphrase_box(), 1)
        if self.can_restore:
            top.addWidget(self._restore_box(), 1)
        outer.addLayout(top)
        outer.addWidget(self._backups_box(), 1)
        outer.addWidget(self.message)

    def _passphrase_box(self) -> QGroupBox:
        box = QGroupBox("备份口令")
        layout = QVBoxLayout(box)
        self.passphrase_status = QLabel()
        self.passphrase_status.setWordWrap(True)
        layout.addWidget(self.passphrase_status)
        note = PASSPHRASE_NOTE
        if not self.can_set_passphrase:
            note += f"只有{who_may(Action.SET_BACKUP_PASSPHRASE)}可以设置或更换口令。"
        layout.addWidget(hint_label(note))
        self.passphrase_button = QPushButton("设置备份口令…")
        self.passphrase_button.clicked.connect(self.open_passphrase_dialog)
        self.passphrase_button.setVisible(self.can_set_passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return box

    def _restore_box(self) -> QGroupBox:
        box = QGroupBox("恢复" if self.server else "恢复与迁移")
        layout = QVBoxLayout(box)
        layout.addWidget(
            hint_label(
                "用一个备份替换当前的全部数据：备份之后录入的内容会丢失。"
                + (
                    "服务器上的数据库恢复到一个新建的空数据库，之后各电脑改连到它。"
                    if self.server
                    else "当前的数据库会先另存一份；恢复后需要重新启动安家 Desk。"
                )
                + "需要输入该备份当时的备份口令。"
            )
        )
        self.restore_button = QPushButton("从备份恢复…")
        self.restore_button.clicked.connect(self.restore)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        # Moving the office's file to a server (issue 15): administrators, on a PC's file.
        self.migrate_button = QPushButton("迁移到服务器数据库…")
        self.migrate_button.setToolTip("把本机的数据库复制到服务器上的空 PostgreSQL 数据库")
        self.migrate_button.clicked.connect(self.migrate)
        self.migrate_button.setVisible(not self.server)
        row.addWidget(self.migrate_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return box

    def _backups_box(self) -> QGroupBox:
        box = QGroupBox("备份")
        layout = QVBoxLayout(box)
        self.schedule_label = QLabel()
        self.schedule_label.setWordWrap(True)
        layout.addWidget(self.schedule_label)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        # The backup PC of a server's database (issue 15).
        pc_row, self.backup_pc_label, self.backup_pc_button = self.tools.backup_pc_row(
            self.server, self.can_set_passphrase, self.make_this_the_backup_pc
        )
        layout.addLayout(pc_row)
        row = QHBoxLayout()
        self.backup_button = QPushButton("立即备份")
        self.backup_button.setToolTip("备份到上面的备份文件夹")
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_to_button = QPushButton("备份到…")
        self.backup_to_button.setToolTip("选择备份文件的位置，例如 U 盘")
        self.backup_to_button.clicked.connect(self.backup_to)
        self.refresh_button = QPushButton("刷新列表")
        self.refresh_button.clicked.connect(self.reload)
        for button in (self.backup_button, self.backup_to_button):
            button.setVisible(self.can_backup)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        self.model = BackupModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        set_column_widths(self.table, {0: 170, 1: 90, 2: 70})
        layout.addWidget(self.table, 1)
        self.empty_label = hint_label("这个文件夹里还没有备份。")
        layout.addWidget(self.empty_label)
        return box

    # --- loading ---

    def reload(self) -> None:
        if self.restored or self.restoring:
            return  # the data under the window changed: nothing more until a restart
        self.load(read_state, self._fill)

    def _fill(self, state: BackupState) -> None:
        if self.restored or self.restoring:
            return
        self.zone = state.zone
        self.has_passphrase = state.has_passphrase
        self.folder = state.folder
        values = state.values
        backups = state.backups
        self.model.zone = self.zone
        self.model.set_rows(backups)
        self.empty_label.setVisible(not backups)
        self.folder_label.setText(f"备份文件夹：{self.folder}")
        if state.server:
            self.backup_pc_label.setText(backup_pc_text(state.backup_pc, state.this_pc))
            self.backup_pc_button.setEnabled(state.backup_pc != state.this_pc)
        if values["backup.enabled"]:
            schedule = (
                f"每天 {values['backup.time']} 自动备份到备份文件夹，"
                f"保留 {values['backup.retention_days']} 天（可在“办公设置 › 备份”中修改）。"
            )
        else:
            schedule = "每日自动备份已关闭（可在“办公设置 › 备份”中打开）。"
        if self.has_passphrase:
            self.passphrase_status.setText("✔ 已设置备份口令。")
            self.passphrase_status.setStyleSheet(f"color:{palette.OK};font-weight:bold;")
            self.passphrase_button.setText("更换备份口令…")
            self.banner.clear_message()
        else:
            self.passphrase_status.setText("尚未设置备份口令。")
            self.passphrase_status.setStyleSheet(f"color:{palette.ERROR};font-weight:bold;")
            self.passphrase_button.setText("设置备份口令…")
            who = (
                "请先设置备份口令。"
                if self.can_set_passphrase
                else f"请{who_may(Action.SET_BACKUP_PASSPHRASE)}先设置备份口令。"
            )
            self.banner.show_warning(f"还没有设置备份口令：不能备份，自动备份也不会进行。{who}")
            schedule += "设置备份口令之前不会自动备份。"
        self.schedule_label.setText(schedule)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.busy and not self.restored
        self.backup_button.setEnabled(idle and self.has_passphrase)
        self.backup_to_button.setEnabled(idle and self.has_passphrase)
        self.passphrase_button.setEnabled(idle)
        self.refresh_button.setEnabled(idle)
        if self.can_restore:
            self.restore_button.setEnabled(idle)
            self.migrate_button.setEnabled(idle)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    # --- the passphrase ---

    def open_passphrase_dialog(self) -> None:
        if not self.can_set_passphrase:
            return
        dialog = PassphraseDialog(self, changing=self.has_passphrase)
        self.dialog = dialog
        dialog.submitted.connect(lambda values: self._set_passphrase(dialog, *values))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.message.clear_message()
        dialog.open()

    def _dialog_closed(self, dialog: PassphraseDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _set_passphrase(self, dialog: PassphraseDialog, passphrase: str, old: str | None) -> None:
        from anjia_desk.services.backup import set_backup_passphrase

        changing = self.has_passphrase

        def done(_result: None) -> None:
            dialog.accept()
            if changing:
                self.message.show_ok(
                    "备份口令已更换。以后的备份用新口令；以前的备份仍要用当时的口令恢复。"
                )
            else:
                self.message.show_ok("备份口令已设置。请把它抄在纸上，放在安全的地方。")

        ops.write(
            self.ctx,
            lambda session, actor: set_backup_passphrase(
                session, actor, passphrase, old_passphrase=old
            ),
            parent=dialog,
            done=done,
            failed=dialog.show_error,
            label="正在设置备份口令…",
            initiator=self,
        )

    def _bug(self, exc: BaseException) -> None:
        """A failure that is not the person's: the report dialog (raised without a runner)."""
        self.message.clear_message()
        if self.ctx.tasks is None:
            raise exc
        self.ctx.tasks.report_error(exc)

    def _cancelled(self) -> None:
        self.restoring = False
        self._set_busy(False)
        self.message.show_info("已取消。")

    # --- a server (issue 15) ---

    def migrate(self) -> None:
        if self.busy or self.restored or not self.can_restore or self.server:
            return
        self.tools.open_migrate_dialog()

    def make_this_the_backup_pc(self) -> None:
        if self.busy or not self.can_set_passphrase:
            return

        def done(name: str) -> None:
            self.message.show_ok(f"每日自动备份已改由本机（{name}）负责。")
            self.reload()

        self.tools.make_this_the_backup_pc(done)

    # --- backing up ---

    def backup_now(self) -> None:
        self._backup(None)

    def backup_to(self) -> None:
        from datetime import datetime

        extension = backup_extension()
        moment: datetime = self.ctx.clock().astimezone(self.zone)
        suggested = self.folder / f"anjia-desk-{moment:%Y%m%d-%H%M%S}{extension}"
        target = self.ctx.dialogs.save_file(self, "备份到", suggested, file_filters())
        if target is None:
            return
        if target.suffix.lower() != extension:
            target = target.with_name(target.name + extension)
        self._backup(target)

    def _backup(self, target: Path | None) -> None:
        from anjia_desk.services.backup import backup_database

        if self.busy or not self.can_backup:
            return
        database, now = self.ctx.database, self.ctx.clock()
        self.message.show_info("正在备份…")
        self._set_busy(True)

        def work(_session: Session, actor: Actor, _progress: Any, _cancelled: Any) -> Any:
            return backup_database(database, actor, target, now=now)

        def done(info: Any) -> None:
            self._set_busy(False)
            self.message.show_ok(f"已备份到：{info.path}（{size_text(info.size_bytes)}）")

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if not isinstance(exc, UserError):
                self._bug(exc)
                return
            self.message.show_error(f"备份失败：{exc.message}")

        ops.job(
            self.ctx,
            work,
            parent=self,
            done=done,
            failed=failed,
            cancelled=self._cancelled,
            label="正在备份…",
            cancellable=False,
        )

    # --- restoring ---

    def restore(self) -> None:
        from anjia_desk.services.backup import read_backup_header

        if self.busy or self.restored or not self.can_restore:
            return
        source = self.ctx.dialogs.open_file(self, "选择要恢复的备份", self.folder, file_filters())
        if source is None:
            return
        try:
            info = read_backup_header(source)
        except UserError as exc:
            self.message.show_error(f"不能用这个文件恢复：{exc.message}")
            return
        made = format_local(info.created_at, self.zone)
        kind = "自动备份" if info.scheduled else "手动备份"
        question = (
            f"将用这个备份替换当前的全部数据：\n{source}\n（{made} 的{kind}）\n\n"
            "这个备份之后录入或修改的内容都会丢失。当前的数据库会先另存一份，需要时可以找回。"
            "恢复完成后必须重新启动安家 Desk。\n\n确定要恢复吗？"
        )
        if self.server:
            question = (
                f"将把这个备份恢复到服务器上一个新的空数据库：\n{source}\n（{made} 的{kind}）\n\n"
                "这个备份之后录入或修改的内容不在其中。现在的数据库不会被改动；"
                "恢复完成后，各电脑改连到新数据库。\n\n确定要恢复吗？"
            )
        if not self.ctx.dialogs.confirm(self, "从备份恢复", question):
            return
        if self.server:  # into a new, empty database on the server (issue 15)
            self.tools.ask_restore_target(lambda url: self._restore(source, made, url))
            return
        self._restore(source, made, self.ctx.database.url)

    def _restore(self, source: Path, made: str, url: str) -> None:
        from anjia_desk.services.backup import restore_database

        passphrase = self.ctx.dialogs.ask_secret(
            self, "备份口令", f"请输入这个备份（{made}）当时使用的备份口令："
        )
        if not passphrase:
            return
        self.message.show_info("正在恢复…")
        current = self.ctx.database.url if self.server else None
        self.restoring = True
        self._set_busy(True)

        def work(_session: Session, actor: Actor, _progress: Any, _cancelled: Any) -> Any:
            return restore_database(url, actor, source, passphrase=passphrase, replacing=current)

        def done(result: Any) -> None:
            self.busy = False
            self.restoring = False
            self.restored = True
            self._update_buttons()
            text = f"已从 {made} 的备份恢复。安家 Desk 现在会关闭，请重新打开后再继续工作。"
            if result.switch_to is not None:
                text = (
                    f"已从 {made} 的备份恢复到新数据库：{result.switch_to}。"
                    "安家 Desk 现在会关闭：各电脑改连到新数据库后再继续工作。"
                )
            if result.replaced_copy is not None:
                text += f"\n原来的数据库已另存为：{result.replaced_copy}"
            self.message.clear_message()
            self.banner.show_ok(text)
            # First the window stops its timers and the lock (it closes once this message is
            # dismissed), then the person reads what happened.
            self.ctx.database_replaced.emit()
            self.ctx.dialogs.info(self, "恢复完成", text)

        def failed(exc: BaseException) -> None:
            self.restoring = False
            self._set_busy(False)
            if not isinstance(exc, UserError):
                self._bug(exc)
                return
            self.message.show_error(f"没有恢复，当前数据未做任何改动：{exc.message}")

        ops.job(
            self.ctx,
            work,
            parent=self,
            done=done,
            failed=failed,
            cancelled=self._cancelled,
            label="正在恢复…",
            cancellable=False,
        )
