"""The inactivity lock (DOMAIN §13): after `security.lock_minutes` without mouse or keyboard input
the window hides its content and asks for the password; another person may log in instead."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from anjia_desk.ui.login import ChangePasswordDialog, LoginDialog, UnlockDialog, continue_login

if TYPE_CHECKING:
    from anjia_desk.services.context import Actor
    from anjia_desk.ui.context import AppContext

log = logging.getLogger("anjia_desk.ui.lock")

DEFAULT_MINUTES = 10
LOCK_SETTING = "security.lock_minutes"

#: Input that counts as someone at the keyboard.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class InactivityLock(QObject):
    """Watches the application's input; `lock_now()` or the timer locks, the password unlocks."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, ctx: AppContext, *, minutes: int = DEFAULT_MINUTES) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.is_locked = False
        self.unlock_dialog: UnlockDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.change_password: ChangePasswordDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- the timer ---------------------------------------------------------------------------

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, int(minutes)) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """The idle time before locking (tests use a few milliseconds)."""
        self.timer.setInterval(ms)
        if not self.is_locked:
            self.timer.start()

    def load_setting(self) -> None:
        """Read `security.lock_minutes` from the database (the default when unreadable)."""
        from anjia_desk.services.settings import get_setting

        try:
            with self.ctx.session() as session:
                minutes = int(get_setting(session, LOCK_SETTING))
        except Exception:  # a broken value must not stop the window from locking
            log.exception("could not read %s", LOCK_SETTING)
            minutes = DEFAULT_MINUTES
        self.set_minutes(minutes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.is_locked and event.type() in ACTIVITY:
            self.timer.start()
        return False

    def stop(self) -> None:
        """No more locking (the window is closing)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- locking -----------------------------------------------------------------------------

    def lock_now(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        self.timer.stop()
        self._cover(True)
        self.locked.emit()
        self._show_unlock()

    def _cover(self, covered: bool) -> None:
        # The window hides its content behind a cover (MainWindow.set_covered).
        cover = getattr(self.window, "set_covered", None)
        if cover is not None:
            cover(covered)

    def _show_unlock(self) -> None:
        if self.unlock_dialog is None:
            self.unlock_dialog = UnlockDialog(self.ctx, self.window)
            self.unlock_dialog.accepted.connect(self._unlock)
            self.unlock_dialog.switch_requested.connect(self.switch_user)
        self.unlock_dialog.open()

    def _drop_unlock_dialog(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None

    def _unlock(self) -> None:
        self._drop_unlock_dialog()
        self.is_locked = False
        self._cover(False)
        self.timer.start()
        self.unlocked.emit()

    # -- switching user ------------------------------------------------------------------------

    def switch_user(self) -> None:
        """Someone else logs in (from the lock, or from the menu). Cancelled: back where we were
        (the lock stays locked)."""
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
        dialog = LoginDialog(self.ctx, self.window, username="", title="切换用户")
        dialog.accepted.connect(self._logged_in)
        dialog.rejected.connect(self._switch_cancelled)
        self.login_dialog = dialog
        dialog.open()

    def _logged_in(self) -> None:
        dialog = self.login_dialog
        assert dialog is not None
        self.login_dialog = None
        dialog.deleteLater()
        actor = dialog.actor
        assert actor is not None
        self.change_password = continue_login(
            self.ctx, actor, self.window, on_ready=self._switched, on_cancel=self._switch_cancelled
        )

    def _switched(self, actor: Actor) -> None:
        self.change_password = None
        self._drop_unlock_dialog()
        self.ctx.set_actor(actor)
        if self.is_locked:
            self._unlock()
        else:
            self.timer.start()

    def _switch_cancelled(self) -> None:
        self.change_password = None
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
            self.login_dialog = None
        if self.is_locked:
            self._show_unlock()
