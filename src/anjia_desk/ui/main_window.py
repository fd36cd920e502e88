"""The main window: the left navigation over the sections that work for the logged-in user, the
menus, the status bar, the inactivity lock and the daily backup check."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk import APP_TITLE, __version__
from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action, roles_label
from anjia_desk.scratch import scratch_folder
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops, palette
from anjia_desk.ui.change_feed import ChangeFeed
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.daily import DailyJobs
from anjia_desk.ui.help import HelpMenu
from anjia_desk.ui.integrity import IntegrityCheck
from anjia_desk.ui.lock import InactivityLock
from anjia_desk.ui.login import ChangePasswordDialog
from anjia_desk.ui.ops import Changed
from anjia_desk.ui.pages import Section, build_sections
from anjia_desk.ui.start_page import open_start_page
from anjia_desk.ui.style import size_on_screen, ui_state
from anjia_desk.ui.tasks import TaskRunner

log = logging.getLogger("anjia_desk.ui.main_window")

GEOMETRY_KEY = "window/geometry"
DEFAULT_SIZE = (1200, 760)
BACKUP_FIRST_CHECK_MS = 20_000  # after start-up, when the office has settled in
BACKUP_CHECK_EVERY_MS = 5 * 60_000
SHUTDOWN_WAIT_S = 15.0
RESTORE_CLOSE_RETRY_MS = 200
ACCOUNT_DISABLED = "您的账号已被管理员停用，不能再解锁。请点“切换用户”，用其他账号登录。"
NO_PASSPHRASE = "尚未设置备份口令，自动备份未启用"
NO_PASSPHRASE_WHERE = "设置 → 备份与恢复"
NO_PASSPHRASE_REMINDER = (
    "还没有设置备份口令，所以每天的自动备份没有进行，数据一旦损坏将无法找回。\n\n"
    f"请在“{NO_PASSPHRASE_WHERE}”中设置备份口令，并把口令抄在纸上，放在安全的地方。"
)
#: Who sees 设置 › 备份与恢复 (as pages.SettingsSection builds it).
BACKUP_PAGE_ACTIONS = (Action.BACKUP, Action.RESTORE, Action.SET_BACKUP_PASSPHRASE)


@dataclass(frozen=True)
class BackupCheck:
    """What the scheduled check found: whether a passphrase is set, the backup it made (if one
    was due), or why the backup failed."""

    passphrase_set: bool
    backup: Any = None
    problem: UserError | None = None
    #: Customers anonymised by the retention job this time (None: not due or switched off).
    anonymised: int | None = None
    anonymise_problem: UserError | None = None


class MainWindow(QMainWindow):
    def __init__(
        self, ctx: AppContext, *, auto_backup: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(APP_TITLE)
        tasks: Any = ctx.tasks
        if not isinstance(tasks, TaskRunner):
            tasks = TaskRunner(ctx.dialogs, self)
            ctx.tasks = tasks
        self.tasks: TaskRunner = tasks
        self.tasks.parent_widget = self
        self.sections: list[Section] = []
        self.preview: QWidget | None = None
        self._backup_warned = False
        #: None until the first check; then whether the backup passphrase is missing.
        self.passphrase_missing: bool | None = None
        self._reminded: set[str] = set()  # users told about the missing passphrase this session
        self.restored = False
        self._built_for: int | None = None  # whose sections are shown (a new person: start page)

        self._build_body()
        self._build_menus()
        self._build_status_bar()
        self.rebuild_sections()

        self.lock = InactivityLock(self, ctx)
        self.lock.load_setting()
        self.lock.unlocked.connect(self._remind_passphrase)
        ctx.actor_changed.connect(self._actor_changed)
        ctx.account_disabled.connect(self._account_disabled)  # may come from the worker thread
        ctx.changed.connect(self._on_changes)
        ctx.database_replaced.connect(self._database_replaced)

        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.check_backup)
        if auto_backup:
            self.backup_timer.start(BACKUP_FIRST_CHECK_MS)
        self.daily = DailyJobs(ctx, self)  # the risk index as of today (issue 13)
        self.integrity = IntegrityCheck(ctx, self)  # a damaged file is told at start (issue 14)
        self.feed = ChangeFeed(ctx, self)  # what the other PCs changed (issue 15)
        if auto_backup:
            self.daily.start()
            self.integrity.start()
            self.feed.start()
        self._restore_geometry()

    # -- layout --------------------------------------------------------------------------------

    def _build_body(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(168)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = QStackedWidget()
        self.nav.currentRowChanged.connect(self._show_row)
        self.empty_label = QLabel("当前账号还没有可用的功能，请联系管理员分配角色。")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setProperty("role", "hint")

        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)

        self.cover = QWidget()
        self.cover.setObjectName("lockCover")
        self.cover.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        cover_text = QLabel("窗口已锁定")
        cover_text.setObjectName("lockText")
        cover_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self.cover).addWidget(cover_text)
        self.cover_text = cover_text

        self.root = QStackedWidget()
        self.content = content
        self.root.addWidget(content)
        self.root.addWidget(self.cover)
        self.setCentralWidget(self.root)

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.register_action = self._action("来访登记…", self.open_registration, "F2")
        self.print_visitor_action = self._action("打印空白来访登记表…", self.print_visitor_form)
        self.import_action = self._action("导入客户…", self.open_import)
        self.export_action = self._action("导出 Excel…", self.open_export)
        self.change_password_action = self._action("修改密码…", self.change_password)
        self.switch_user_action = self._action("切换用户…", self.switch_user)
        self.lock_action = self._action("锁定屏幕", self.lock_screen, "Ctrl+L")
        self.quit_action = self._action("退出", self.close, QKeySequence.StandardKey.Quit)
        self.about_action = self._action(f"关于{APP_TITLE}", self.show_about)

        file_menu = self.menuBar().addMenu("文件(&F)")
        file_menu.addAction(self.register_action)
        file_menu.addAction(self.print_visitor_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self.switch_user_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu("帮助(&H)")
        self.help = HelpMenu(self.ctx, self, help_menu)  # 使用指南, 开办清单
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.file_menu, self.help_menu = file_menu, help_menu

    def _build_status_bar(self) -> None:
        self.user_label = QLabel()
        self.db_label = QLabel()
        self.db_label.setProperty("role", "hint")
        self.db_label.setToolTip(self.ctx.database.display_name)
        self.db_label.setText(f"数据库：{self.ctx.database.display_name}")
        self.passphrase_label = QLabel()
        self.passphrase_label.setObjectName("noPassphrase")
        self.passphrase_label.setTextFormat(Qt.TextFormat.RichText)
        self.passphrase_label.linkActivated.connect(self.show_backup_settings)
        self.passphrase_label.hide()
        bar = self.statusBar()
        bar.addPermanentWidget(self.passphrase_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.db_label)

    # -- sections ------------------------------------------------------------------------------

    def rebuild_sections(self) -> None:
        """Build the sections for the current user (again after a switch of user)."""
        current = self.current_section_key()
        for section in self.sections:
            self.pages.removeWidget(section.widget)
            section.widget.deleteLater()
        self.pages.removeWidget(self.empty_label)
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        self.sections = build_sections(self.ctx)
        for section in self.sections:
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.nav.addItem(item)
            self.pages.addWidget(section.widget)
        if not self.sections:
            self.pages.addWidget(self.empty_label)
        keys = [s.key for s in self.sections]
        same_person = self._built_for == self.ctx.actor.user_id
        self._built_for = self.ctx.actor.user_id
        if same_person and current in keys:
            self.nav.setCurrentRow(keys.index(current))
        else:
            open_start_page(self)  # each role opens on its own page
        self._show_row(self.nav.currentRow())
        self._update_user()

    def current_section_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.sections[row].key if 0 <= row < len(self.sections) else None

    def show_section(self, key: str) -> None:
        keys = [s.key for s in self.sections]
        self.nav.setCurrentRow(keys.index(key))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.pages.setCurrentWidget(self.sections[row].widget)
        elif not self.sections:
            self.pages.setCurrentWidget(self.empty_label)

    def _update_user(self) -> None:
        actor = self.ctx.actor
        self.user_label.setText(f"{actor.display_name}（{roles_label(actor.roles) or '无角色'}）")
        self.print_visitor_action.setEnabled(actor.can(Action.PRINT_BLANK_FORMS))
        self.register_action.setEnabled(actor.can(Action.REGISTER_VISIT))
        self.import_action.setEnabled(actor.can(Action.IMPORT_DATA))
        self.export_action.setEnabled(actor.can(Action.EXPORT_DATA))
        self._update_passphrase_label()

    def _actor_changed(self, actor: Actor | None) -> None:
        if actor is not None:
            self.rebuild_sections()
            self._remind_passphrase()

    def show_backup_settings(self) -> None:
        """设置 › 备份与恢复, when this user has it."""
        keys = [s.key for s in self.sections]
        if "settings" not in keys:
            return
        self.show_section("settings")
        section = self.sections[keys.index("settings")].widget
        page = getattr(section, "pages", {}).get("backup")
        if isinstance(section, QTabWidget) and page is not None:
            section.setCurrentWidget(page)

    def _on_changes(self, changes: Changed) -> None:
        if self.restored:
            return
        if changes.touches(Topic.SETTINGS):
            self.lock.load_setting()
        if changes.touches(Topic.SETTINGS, Topic.BACKUPS) and self.passphrase_missing:
            self._recheck_passphrase()  # set on the backup page just now?

    def _database_replaced(self) -> None:
        """A restore replaced the data under the window (the user may not even exist in it):
        end this session; the next start opens the restored database afresh."""
        self.backup_timer.stop()
        self.lock.stop()
        self.restored = True
        QTimer.singleShot(0, self._close_after_restore)

    def _close_after_restore(self) -> None:
        """Close once the person has read the restore's message (a modal dialog): closing the
        last window quits the application, and every dialog with it."""
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(RESTORE_CLOSE_RETRY_MS, self._close_after_restore)
            return
        self.close()

    # -- lock ----------------------------------------------------------------------------------

    def set_covered(self, covered: bool, text: str = "窗口已锁定") -> None:
        """Hide the content behind the lock cover (or show it again); `text` on the cover."""
        self.cover_text.setText(text)
        self.root.setCurrentWidget(self.cover if covered else self.content)
        self.menuBar().setEnabled(not covered)
        self.statusBar().setVisible(not covered)

    @property
    def is_covered(self) -> bool:
        return self.root.currentWidget() is self.cover

    def lock_screen(self) -> None:
        self.lock.lock_now()

    def _account_disabled(self) -> None:
        """An administrator disabled this account: lock; only 切换用户 leads on."""
        if not self.restored:
            self.lock.lock_now(ACCOUNT_DISABLED)

    def switch_user(self) -> None:
        """切换用户 rebuilds the pages: unsaved settings are asked about first (保存/放弃/取消)."""
        page = self._unsaved_settings()
        if page is not None:
            page.ask_then(self.lock.switch_user)
            return
        self.lock.switch_user()

    def _unsaved_settings(self) -> Any:
        """The settings page when it holds unsaved changes, else None."""
        settings = next((s.widget for s in self.sections if s.key == "settings"), None)
        page = getattr(settings, "pages", {}).get("general")
        return page if page is not None and page.is_dirty() else None

    # -- menu actions --------------------------------------------------------------------------

    def open_registration(self) -> None:
        """来访登记 (F2), from anywhere in the window."""
        if not self.ctx.actor.can(Action.REGISTER_VISIT):
            return
        from anjia_desk.ui.registration import open_registration

        open_registration(self.ctx, self, tell=self._tell_registered)

    def _tell_registered(self, text: str) -> None:
        """Who receives the visitor, on the status line for a while."""
        self.statusBar().showMessage(text, 30_000)

    def _exchange(self) -> Any:
        """The 导入导出 section (shown first), or None for a user without it."""
        for section in self.sections:
            if section.key == "exchange":
                self.show_section("exchange")
                return section.widget
        return None

    def open_import(self) -> None:
        """文件 › 导入客户…: the 导入导出 section's wizard."""
        section = self._exchange()
        if section is not None and self.ctx.actor.can(Action.IMPORT_DATA):
            section.open_import("customers")

    def open_export(self) -> None:
        """文件 › 导出 Excel…: the 导入导出 section's dialog."""
        section = self._exchange()
        if section is not None and self.ctx.actor.can(Action.EXPORT_DATA):
            section.open_export()

    def print_visitor_form(self) -> None:
        """Generate the blank visitor form in the background, then open the preview."""
        folder = scratch_folder("print")  # in the data folder, swept if killed
        out = folder / "来访登记表.pdf"

        def work(session: Any, actor: Actor, _progress: Any, _cancelled: Any) -> Path:
            from anjia_desk.services.printing import print_visitor_form

            return Path(print_visitor_form(session, actor, out))

        def failed(exc: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.tasks.report_error(exc)

        ops.job(
            self.ctx,
            work,
            parent=self,
            done=lambda path: self.open_preview(path, cleanup=folder),
            failed=failed,
            cancelled=lambda: shutil.rmtree(folder, ignore_errors=True),
            label="正在生成来访登记表…",
            cancellable=False,  # a page or two: nothing to stop half-way
        )

    def open_preview(self, pdf_path: Path, *, cleanup: Path | None = None) -> None:
        """The print preview of `pdf_path`; `cleanup` (a temp folder) goes when it closes."""
        from anjia_desk.ui.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(pdf_path, self.ctx.dialogs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if cleanup is not None:
            dialog.finished.connect(lambda _code: shutil.rmtree(cleanup, ignore_errors=True))
        self.preview = dialog
        dialog.destroyed.connect(self._forget_preview)
        dialog.open()

    def _forget_preview(self) -> None:
        self.preview = None

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.ctx, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._password_changed)
        dialog.open()

    def _password_changed(self) -> None:
        self.ctx.dialogs.info(self, "修改密码", "密码已修改，下次登录请使用新密码。")

    def show_about(self) -> None:
        from anjia_desk.db.engine import data_dir
        from anjia_desk.logs import log_path

        text = (
            f"{APP_TITLE} {__version__}\n售楼处前台与案场管理（离线桌面版）\n\n"
            f"数据文件夹：{data_dir()}\n"
            f"数据库：{self.ctx.database.display_name}\n"
            f"日志文件：{log_path()}"
        )
        self.ctx.dialogs.info(self, f"关于{APP_TITLE}", text)

    # -- the daily backup ------------------------------------------------------------------------

    def check_backup(self) -> None:
        """Run the scheduled backup when it is due (the service decides; None when not due), and
        see whether a backup passphrase is set at all."""
        self.backup_timer.setInterval(BACKUP_CHECK_EVERY_MS)
        if self.tasks.busy:
            return  # something else is writing: try at the next check
        database, now = self.ctx.database, self.ctx.clock()

        def work(session: Any, _actor: Actor, _progress: Any, _cancelled: Any) -> BackupCheck:
            from anjia_desk.services.backup import has_backup_passphrase, run_scheduled_backup
            from anjia_desk.services.privacy import run_scheduled_anonymisation

            passphrase_set = has_backup_passphrase(session)
            try:
                info = run_scheduled_backup(database, now=now)
            except UserError as exc:
                return BackupCheck(passphrase_set, problem=exc)
            # The retention job runs after the day's backup, so the backup still holds the data.
            try:
                anonymised = run_scheduled_anonymisation(database, now=now)
            except UserError as exc:
                return BackupCheck(passphrase_set, info, anonymise_problem=exc)
            return BackupCheck(passphrase_set, info, anonymised=anonymised)

        # What it wrote (backup files, anonymised customers) is broadcast by the layer.
        ops.job(
            self.ctx,
            work,
            parent=self,
            done=self._backup_done,
            failed=self._backup_failed,
            cancelled=self._backup_cancelled,
            label="正在自动备份…",
            cancellable=False,
        )

    def _backup_cancelled(self) -> None:
        log.info("scheduled backup cancelled; the next check tries again")

    def _backup_done(self, check: BackupCheck) -> None:
        self._set_passphrase_missing(not check.passphrase_set)
        if check.problem is not None:
            self._backup_failed(check.problem)
            return
        info = check.backup
        if info is not None:
            name = Path(str(getattr(info, "path", ""))).name
            self.statusBar().showMessage(f"已自动备份：{name}", 15_000)
        if check.anonymise_problem is not None:
            log.warning("scheduled anonymisation failed: %s", check.anonymise_problem.message)
            self.statusBar().showMessage(
                f"自动匿名化未完成：{check.anonymise_problem.message}", 30_000
            )
        elif check.anonymised:
            self.statusBar().showMessage(
                f"已按保留期匿名化 {check.anonymised} 位客户的个人信息", 15_000
            )

    # -- no backup passphrase yet ----------------------------------------------------------------

    def _set_passphrase_missing(self, missing: bool) -> None:
        self.passphrase_missing = missing
        self._update_passphrase_label()
        self._remind_passphrase()

    def _update_passphrase_label(self) -> None:
        """A permanent warning in the status bar: a link to the backup page for those who have
        it, else a hint where an administrator sets the passphrase."""
        label = self.passphrase_label
        if not self.passphrase_missing:
            label.hide()
            return
        if any(self.ctx.actor.can(a) for a in BACKUP_PAGE_ACTIONS):
            label.setText(
                f'<a href="backup" style="color:{palette.ERROR};font-weight:bold;">'
                f"{NO_PASSPHRASE}</a>"
            )
            label.setToolTip(f"点击打开“{NO_PASSPHRASE_WHERE}”设置备份口令")
        else:
            label.setText(
                f'<span style="color:{palette.ERROR};font-weight:bold;">{NO_PASSPHRASE}</span>'
                f"（请管理员在“{NO_PASSPHRASE_WHERE}”中设置）"
            )
            label.setToolTip("")
        label.show()

    def _remind_passphrase(self) -> None:
        """Once per user and session, tell those who may set the passphrase that it is missing."""
        actor = self.ctx.actor
        if (
            not self.passphrase_missing
            or not actor.can(Action.SET_BACKUP_PASSPHRASE)
            or actor.username in self._reminded
            or self.lock.is_locked
            or self.restored
        ):
            return
        self._reminded.add(actor.username)
        self.ctx.dialogs.info(self, NO_PASSPHRASE, NO_PASSPHRASE_REMINDER)

    def _recheck_passphrase(self) -> None:
        from anjia_desk.services.backup import has_backup_passphrase

        ops.read(
            self.ctx,
            lambda session, _actor: has_backup_passphrase(session),
            parent=self,
            done=self._passphrase_read,
            failed=self._passphrase_unread,
        )

    def _passphrase_read(self, result: ops.Read) -> None:
        self._set_passphrase_missing(not result.value)

    @staticmethod
    def _passphrase_unread(exc: UserError) -> None:
        # The database is busy: the next scheduled check will tell.
        log.warning("could not re-read the backup passphrase state: %s", exc.message)

    def _backup_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            self.tasks.report_error(exc)
            return
        self.statusBar().showMessage(f"自动备份失败：{exc.message}")
        if not self._backup_warned:  # say it once a session; the status bar keeps saying it
            self._backup_warned = True
            self.ctx.dialogs.warning(self, "自动备份失败", exc.message)

    # -- geometry and closing ----------------------------------------------------------------

    def default_size(self) -> tuple[int, int]:
        """1200×760, or less on a small screen (a 1366×768 laptop keeps its taskbar)."""
        return size_on_screen(self, *DEFAULT_SIZE)

    def _restore_geometry(self) -> None:
        self.resize(*self.default_size())
        saved = ui_state().value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray | bytes) and saved:
            self.restoreGeometry(QByteArray(saved))

    def closeEvent(self, event: QCloseEvent) -> None:
        page = self._unsaved_settings()
        if page is not None:  # unsaved settings: 保存 / 放弃 / 取消 first
            event.ignore()
            page.ask_then(lambda: QTimer.singleShot(0, self.close))
            return
        if self.tasks.busy and not self.ctx.dialogs.confirm(
            self, "退出", "还有任务正在进行。退出前会等它完成，确定退出吗？"
        ):
            event.ignore()
            return
        ui_state().setValue(GEOMETRY_KEY, self.saveGeometry())
        self.backup_timer.stop()
        self.lock.stop()
        self.tasks.shutdown(timeout=SHUTDOWN_WAIT_S)
        super().closeEvent(event)
