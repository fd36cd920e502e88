"""Start-up: the application object, then login (or the first administrator), then the window.

The login dialog appears before the database is open: opening it (SQLAlchemy, maybe a migration)
runs on the worker thread while the person types, so the window is quick to appear. Set
ANJIA_DESK_BENCH_EXIT_ON_LOGIN=1 to quit (exit code 0, nothing printed) as soon as the login
dialog is shown: benchmarks time exactly that.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from anjia_desk import APP_NAME, APP_TITLE
from anjia_desk.core.errors import UserError
from anjia_desk.exit_codes import EXIT_BUG, EXIT_OK, EXIT_REFUSED
from anjia_desk.ui import errors
from anjia_desk.ui.login import (
    ChangePasswordDialog,
    FirstAdminDialog,
    LoginDialog,
    continue_login,
)
from anjia_desk.ui.seams import Dialogs
from anjia_desk.ui.style import ORGANIZATION, apply_style
from anjia_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from anjia_desk.db.engine import Database
    from anjia_desk.db.server_config import ServerConnection
    from anjia_desk.services.context import Actor
    from anjia_desk.ui.context import AppContext
    from anjia_desk.ui.main_window import MainWindow
    from anjia_desk.ui.server_dialog import ServerDialog

log = logging.getLogger("anjia_desk.ui.app")

BENCH_ENV = "ANJIA_DESK_BENCH_EXIT_ON_LOGIN"
QT_TRANSLATION = "qtbase_zh_CN"
__all__ = ["EXIT_BUG", "EXIT_OK", "EXIT_REFUSED", "Startup", "run_app"]  # codes shared with cli


def _open(db: str | None) -> tuple[Database, bool]:
    """On the worker thread: the log file, the database, and whether it is a fresh one."""
    from anjia_desk.logs import setup_logging

    setup_logging()
    from datetime import UTC, datetime
    from functools import partial

    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services import users
    from anjia_desk.services.backup_copies import keep_upgrade_copy

    if db is None:  # no --db, no $ANJIA_DESK_DB: the server this PC was told to use, if any
        from anjia_desk.db.server_config import saved_url

        saved = saved_url()
        if saved is not None:
            connection, password = saved
            db = connection.url(password)
    # The copy taken before a schema upgrade is kept encrypted, like a backup (issue 14).
    database = open_database(
        db, keep_upgrade_copy=partial(keep_upgrade_copy, now=datetime.now(UTC))
    )
    try:
        _sweep_leftovers(database)
        with session_scope(database) as session:
            fresh = users.needs_first_admin(session)
    except BaseException:
        database.close()
        raise
    log.info("opened %s", database.display_name)
    return database, fresh


def _sweep_leftovers(database: Database) -> None:
    """Remove what a killed export, print, backup or restore left (on the worker thread)."""
    from datetime import UTC, datetime

    from anjia_desk.services.backup_copies import backup_folder
    from anjia_desk.services.backup_files import clean_leftovers

    try:
        with database.sessions() as session:
            folder = backup_folder(session) if database.path is not None else None
    except Exception:  # the window's own checks report a database it cannot read
        log.warning("no backup folder for the leftover sweep", exc_info=True)
        folder = None
    clean_leftovers(database.path, folder, now=datetime.now(UTC))


class Startup(QObject):
    """The way from start to the main window, one dialog after another, without blocking."""

    def __init__(
        self,
        db: str | None,
        *,
        dialogs: Dialogs | None = None,
        on_login_shown: Callable[[LoginDialog], None] | None = None,
        exit_app: Callable[[int], None] | None = None,
        auto_backup: bool = True,
    ) -> None:
        super().__init__()
        self.db = db
        self.dialogs = dialogs or Dialogs()
        self.on_login_shown = on_login_shown
        self._exit_app = exit_app or QApplication.exit
        self.auto_backup = auto_backup
        self.tasks = TaskRunner(self.dialogs)
        self.ctx: AppContext | None = None
        self.login: LoginDialog | None = None
        self.first_admin: FirstAdminDialog | None = None
        self.change_password: ChangePasswordDialog | None = None
        self.server_dialog: ServerDialog | None = None
        self.window: MainWindow | None = None
        self.exit_code: int | None = None
        #: The first administrator was created in this run: show them the first-run checklist.
        self.new_office = False

    def start(self) -> None:
        self.login = LoginDialog(None)
        self.login.server_requested.connect(self.choose_server)
        self.login.accepted.connect(self._logged_in)
        self.login.rejected.connect(self.quit)
        self.login.show()
        QTimer.singleShot(0, self._login_shown)

    def finish(self, code: int) -> None:
        """Leave the application with `code` (only the first call counts)."""
        if self.exit_code is None:
            self.exit_code = code
            self._exit_app(code)

    def quit(self) -> None:
        """The person chose not to go on (cancelled a dialog): a normal exit."""
        self.finish(EXIT_OK)

    def _quit_after_bug(self) -> None:
        self.finish(EXIT_BUG)

    def _login_shown(self) -> None:
        if self.on_login_shown is not None:
            self.on_login_shown(self.login)  # type: ignore[arg-type]
        if self.exit_code is not None:
            return
        self.tasks.parent_widget = self.login
        self._open_database()

    def _open_database(self) -> None:
        db = self.db
        self.tasks.run(
            lambda progress, cancelled: _open(db),
            on_done=self._opened,
            on_error=self._open_failed,
            label="正在打开数据库…",
        )

    def _opened(self, result: tuple[Database, bool]) -> None:
        from anjia_desk.ui.context import AppContext

        database, fresh = result
        if self.exit_code is not None:
            database.close()
            return
        self.ctx = AppContext(database, None, dialogs=self.dialogs)
        self.ctx.tasks = self.tasks
        errors.set_dialogs(self.dialogs)
        assert self.login is not None
        if fresh:
            self.login.hide()
            self.first_admin = FirstAdminDialog(self.ctx)
            self.first_admin.accepted.connect(self._admin_created)
            self.first_admin.rejected.connect(self.quit)
            self.first_admin.show()
            return
        self.login.attach(self.ctx)

    def _admin_created(self) -> None:
        assert self.login is not None and self.ctx is not None and self.first_admin is not None
        self.new_office = True  # the first-run checklist opens with the window
        self.login.set_username(self.first_admin.username)
        self.login.attach(self.ctx)
        self.login.show()
        self.first_admin.deleteLater()
        self.first_admin = None

    def _server_connection(self) -> ServerConnection | None:
        """The server this start-up opens (from --db, or the one saved on this PC); None for a
        database file."""
        from anjia_desk.db import server_config
        from anjia_desk.ui.server_dialog import connection_from_url

        if self.db is not None:
            return connection_from_url(self.db)
        if os.environ.get("ANJIA_DESK_DB"):
            return connection_from_url(os.environ["ANJIA_DESK_DB"])
        return server_config.load()

    def choose_server(self, reason: str = "") -> None:
        """连接服务器数据库…: the dialog, filled with the server in use; once saved, that server
        is opened instead (the login waits for it)."""
        from anjia_desk.ui.server_dialog import ServerDialog

        if self.login is None or self.server_dialog is not None:
            return
        dialog = ServerDialog(
            self.tasks, self.login, connection=self._server_connection(), reason=reason
        )
        self.server_dialog = dialog

        def closed(result: int) -> None:
            # Not deleted here: it may close from its own task's callback (it goes with the
            # login dialog, its parent).
            self.server_dialog = None
            if result and dialog.url is not None:
                self._reopen(dialog.url)

        dialog.finished.connect(closed)
        dialog.open()

    def _reopen(self, url: str) -> None:
        if self.exit_code is not None or self.login is None:
            return
        if self.ctx is not None:
            self.ctx.database.close()
            self.ctx = None
        self.login.detach()
        self.db = url
        self._open_database()

    def _open_failed(self, exc: BaseException) -> None:
        server = isinstance(exc, UserError) and self._server_connection() is not None
        if server and self.login is not None and isinstance(exc, UserError):
            self.login.detach("未打开数据库")  # a server: fix the connection rather than quit
            self.choose_server(exc.message)
            return
        if isinstance(exc, UserError):
            self.dialogs.warning(self.login, "无法打开数据库", exc.message)
            self.finish(EXIT_REFUSED)
            return
        dialog = errors.current_handler().report_bug(type(exc), exc, exc.__traceback__)
        if dialog is None:
            self.finish(EXIT_BUG)
        else:
            dialog.finished.connect(self._quit_after_bug)

    def _logged_in(self) -> None:
        assert self.login is not None and self.ctx is not None
        actor = self.login.actor
        assert actor is not None
        self.change_password = continue_login(
            self.ctx,
            actor,
            None,
            on_ready=self._show_main,
            on_cancel=self.quit,
        )

    def _show_main(self, actor: Actor) -> None:
        from anjia_desk.ui.main_window import MainWindow

        assert self.ctx is not None
        self.change_password = None
        self.ctx.set_actor(actor)
        self.window = MainWindow(self.ctx, auto_backup=self.auto_backup)
        self.window.show()
        if self.new_office:
            self.new_office = False
            self.window.help.open_checklist()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)
        if self.login is not None:
            self.login.deleteLater()
            self.login = None

    def shutdown(self) -> None:
        """The application is quitting: let the worker finish, close the database."""
        self.tasks.shutdown(timeout=15.0)
        if self.ctx is not None:
            self.ctx.database.close()


_translator: QTranslator | None = None
_locale_before: QLocale | None = None


def _translation_folders() -> list[str]:
    """Where Qt's own .qm files are: Qt's translations path, and beside PySide6 (frozen builds
    keep the wheel's layout: _internal/PySide6/Qt/translations)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        os.path.join(os.path.dirname(PySide6.__file__), "Qt", "translations"),
    ]


def install_translations(app: QCoreApplication) -> bool:
    """Qt's own words in Chinese: the Yes/No and OK/Cancel buttons, the file and print dialogs,
    the text fields' context menus; calendars and numbers in the Chinese locale. False (and
    logged) when the translation file is missing."""
    global _translator, _locale_before
    if _translator is not None:
        return True
    folders = _translation_folders()
    translator = QTranslator(app)
    for folder in folders:
        if translator.load(QT_TRANSLATION, folder):
            break
    else:
        log.warning("Qt's Chinese translation %s is in none of %s", QT_TRANSLATION, folders)
        return False
    app.installTranslator(translator)
    _translator = translator
    _locale_before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return True


def remove_translations(app: QCoreApplication) -> None:
    """Undo install_translations (tests and the screenshots script share one application)."""
    global _translator, _locale_before
    if _translator is None:
        return
    app.removeTranslator(_translator)
    _translator = None
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setQuitOnLastWindowClosed(False)  # between dialogs no window is visible for a moment
    install_translations(app)
    apply_style(app)
    return app


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()


def run_app(
    db: str | None = None, *, on_login_shown: Callable[[LoginDialog], Any] | None = None
) -> int:
    """Run the window until it closes; the exit code (EXIT_REFUSED, 2, when the database cannot be
    used; EXIT_BUG after an unexpected start-up error)."""
    app = _application()
    errors.install(parent=_active_window)
    startup: Startup
    if on_login_shown is None and os.environ.get(BENCH_ENV) == "1":

        def on_login_shown(_dialog: LoginDialog) -> None:
            startup.finish(EXIT_OK)

    startup = Startup(db, on_login_shown=on_login_shown)
    app.aboutToQuit.connect(startup.shutdown)
    startup.start()
    code = app.exec()
    return startup.exit_code if startup.exit_code is not None else code
