"""The inactivity lock (DOMAIN §13): after `security.lock_minutes` without mouse or keyboard input
the window hides its content and asks for the password; another person may log in instead.

Locking hides every other window too (dialogs, the print preview, a window that opens while
locked); the same person's unlock shows exactly those again, while another person's login closes
them (they were the previous user's). Menus, completion lists and tips are simply closed."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from anjia_desk.ui import ops
from anjia_desk.ui.login import ChangePasswordDialog, LoginDialog, UnlockDialog, continue_login
from anjia_desk.ui.modal import LOCK_DROPPED, LOCK_HIDDEN, LOCK_RELEASED, LOCK_STATE, RUN_MODAL

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.core.errors import UserError
    from anjia_desk.services.context import Actor
    from anjia_desk.ui.context import AppContext

log = logging.getLogger("anjia_desk.ui.lock")

DEFAULT_MINUTES = 10
#: What the cover says while locked, and while someone else logs in from the menu.
LOCKED = "窗口已锁定"
SWITCHING = "正在切换用户…"
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

#: Windows that are closed, not kept, while locked: they would make no sense shown again later.
TRANSIENT = frozenset({Qt.WindowType.Popup, Qt.WindowType.ToolTip})


def _read_minutes(session: Session, _actor: Actor) -> int:
    from anjia_desk.services.settings import get_setting

    try:
        return int(get_setting(session, LOCK_SETTING))
    except Exception:  # a broken value must not stop the window from locking
        log.exception("could not read %s", LOCK_SETTING)
        return DEFAULT_MINUTES


class InactivityLock(QObject):
    """Watches the application's input; `lock_now()` or the timer locks, the password unlocks."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, ctx: AppContext, *, minutes: int = DEFAULT_MINUTES) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.is_locked = False
        #: Locked by 切换用户 from the menu (not by the timer or 锁定屏幕): a cancel unlocks.
        self._from_menu = False
        self.unlock_dialog: UnlockDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.change_password: ChangePasswordDialog | None = None
        #: Windows hidden by the lock, in the order they were hidden.
        self.hidden: list[QWidget] = []
        self._shown_while_locked: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        #: How often the interval was set: a setting read before the last change is stale.
        self._interval_set = 0
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- the timer ---------------------------------------------------------------------------

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, int(minutes)) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """The idle time before locking (tests use a few milliseconds)."""
        self._interval_set += 1
        self.timer.setInterval(ms)
        if not self.is_locked:
            self.timer.start()

    def load_setting(self) -> None:
        """Read `security.lock_minutes` from the database (the default when unreadable). The
        timer keeps its interval until the answer arrives; an interval set meanwhile wins."""
        asked = self._interval_set

        def read(result: ops.Read) -> None:
            if self._interval_set == asked:
                self.set_minutes(result.value)

        def unreadable(exc: UserError) -> None:
            log.warning("could not read %s: %s", LOCK_SETTING, exc.message)
            if self._interval_set == asked:
                self.set_minutes(DEFAULT_MINUTES)

        ops.read(self.ctx, _read_minutes, parent=self.window, done=read, failed=unreadable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.is_locked:
            if kind in ACTIVITY:
                self.timer.start()
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            # A window opening while locked (a preview whose PDF was still being made, a
            # message): hidden at the next turn of the event loop (not inside its own show).
            if not self._shown_while_locked:
                QTimer.singleShot(0, self._hide_late)
            self._shown_while_locked.append(watched)
        return False

    def stop(self) -> None:
        """No more locking (the window is closing)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- locking -----------------------------------------------------------------------------

    def lock_now(self, message: str = "") -> None:
        """Lock (when not locked yet); `message` is shown in the unlock dialog."""
        if not self.is_locked:
            self.is_locked = True
            self.timer.stop()
            self._cover(True)
            for widget in self._other_windows():
                self._hide(widget)
            self.locked.emit()
            self._show_unlock()
        if message and self.unlock_dialog is not None:
            self.unlock_dialog.show_errors({"": message})

    # -- the other windows ----------------------------------------------------------------------

    def _is_ours(self, widget: QWidget) -> bool:
        """The main window, and the lock's own dialogs (with anything they open)."""
        if widget is self.window:
            return True
        own = [d for d in (self.unlock_dialog, self.login_dialog, self.change_password) if d]
        current: QWidget | None = widget
        while current is not None:
            if any(current is d for d in own):
                return True
            current = current.parentWidget()
        return False

    def _other_windows(self) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if w.isVisible() and not self._is_ours(w)]

    def _hide(self, widget: QWidget) -> None:
        if widget.windowType() in TRANSIENT:
            widget.close()
            return
        # The state first: hiding a dialog ends its exec(), and seams.run_modal reads it then.
        widget.setProperty(LOCK_STATE, LOCK_HIDDEN)
        if not any(widget is w for w in self.hidden):
            self.hidden.append(widget)
        widget.hide()

    def _hide_late(self) -> None:
        shown, self._shown_while_locked = self._shown_while_locked, []
        if not self.is_locked:
            return
        for widget in shown:
            if shiboken6.isValid(widget) and widget.isVisible() and not self._is_ours(widget):
                self._hide(widget)

    def _release_windows(self, *, same_person: bool) -> None:
        """After the lock: show the hidden windows again (the same person), or close them."""
        hidden, self.hidden = self.hidden, []
        for widget in hidden:
            if not shiboken6.isValid(widget) or widget.property(LOCK_STATE) != LOCK_HIDDEN:
                continue  # closed or deleted meanwhile
            if not same_person:
                self._discard(widget)
                continue
            widget.setProperty(LOCK_STATE, LOCK_RELEASED)
            if not widget.property(RUN_MODAL):  # run_modal shows its dialog itself
                widget.show()

    @staticmethod
    def _discard(widget: QWidget) -> None:
        """Close a window of the previous user (a question they were asked stays unanswered)."""
        widget.setProperty(LOCK_STATE, LOCK_DROPPED)
        if widget.property(RUN_MODAL) and not widget.isVisible():
            return  # run_modal returns "cancelled" and deletes it
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def _cover(self, covered: bool, text: str = LOCKED) -> None:
        # The window hides its content behind a cover (MainWindow.set_covered).
        cover = getattr(self.window, "set_covered", None)
        if cover is not None:
            cover(covered, text)

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
        self._from_menu = False
        self._shown_while_locked = []
        self._cover(False)
        self._release_windows(same_person=True)
        self.timer.start()
        self.unlocked.emit()

    # -- switching user ------------------------------------------------------------------------

    def switch_user(self) -> None:
        """Someone else logs in (from the lock, or from the menu). The previous user's data is
        hidden before the dialog shows: from the menu the window locks first (cover, other
        windows hidden). Cancelled: back where we were (the lock stays locked; from the menu,
        the window shows again)."""
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
        if not self.is_locked:
            self._from_menu = True
            self.is_locked = True
            self.timer.stop()
            self._cover(True, SWITCHING)
            for widget in self._other_windows():
                self._hide(widget)
            self.locked.emit()
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
        if self.ctx.actor.user_id != actor.user_id:
            # The previous user's windows are not the next user's business: close them.
            self._release_windows(same_person=False)
            for widget in self._other_windows():
                self._discard(widget)
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
        if self._from_menu:  # nobody else logged in: the same person's window shows again
            self._unlock()
        elif self.is_locked:
            self._show_unlock()
