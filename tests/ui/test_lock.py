"""The inactivity lock: the content hides, the password unlocks, someone else may log in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QMessageBox, QWidget

from anjia_desk.db.engine import session_scope
from anjia_desk.services import settings as settings_service
from anjia_desk.services import users
from anjia_desk.ui import main_window as main_window_module
from anjia_desk.ui import modal, ops, seams
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.login import WRONG_PASSWORD, ChangePasswordDialog
from anjia_desk.ui.main_window import MainWindow
from anjia_desk.ui.pages import Section

from .conftest import ADMIN_PASSWORD

YES = QMessageBox.StandardButton.Yes


@pytest.fixture
def window(qtbot, ctx, monkeypatch, tmp_path) -> MainWindow:
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(
        main_window_module,
        "build_sections",
        lambda c: [Section("workbench", "工作台", QLabel(f"客户资料：{c.actor.display_name}"))],
    )
    win = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _add_user(ctx: AppContext, username: str, password: str, *, keep_temporary: bool) -> None:
    with session_scope(ctx.database, ctx.actor) as session:
        users.add_user(
            session,
            ctx.actor,
            username=username,
            display_name="陈思雨",
            roles=["consultant"],
            password=password,
        )
    if not keep_temporary:  # the colleague already chose their own password
        with session_scope(ctx.database) as session:
            actor = users.login(session, username, password)
            users.change_own_password(session, actor, password, password + "x")


def _unlock_with(qtbot, window: MainWindow, password: str) -> None:
    dialog = window.lock.unlock_dialog
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_lock_now_hides_the_content_wrong_then_right_password(qtbot, window):
    window.lock.lock_now()
    assert window.lock.is_locked and window.is_covered
    assert not window.content.isVisible()
    assert not window.menuBar().isEnabled()
    dialog = window.lock.unlock_dialog
    assert dialog is not None and dialog.isVisible()

    _unlock_with(qtbot, window, "not-my-password")
    assert dialog.error_text("password") == WRONG_PASSWORD
    assert window.lock.is_locked and window.is_covered

    _unlock_with(qtbot, window, ADMIN_PASSWORD)
    assert not window.lock.is_locked and not window.is_covered
    assert window.content.isVisible() and window.menuBar().isEnabled()
    assert window.lock.timer.isActive()


def test_escape_does_not_unlock(qtbot, window):
    window.lock.lock_now()
    dialog = window.lock.unlock_dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and window.lock.is_locked


def test_idle_timer_locks_the_window(qtbot, window):
    window.lock.set_interval_ms(20)
    qtbot.waitUntil(lambda: window.lock.is_locked)
    assert window.is_covered


def test_input_restarts_the_idle_timer(qtbot, window):
    window.lock.timer.stop()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.lock.timer.isActive()
    window.lock.timer.stop()
    qtbot.mouseMove(window.nav)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton)
    assert window.lock.timer.isActive()


def test_ctrl_l_locks(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.is_locked


def test_switch_user_from_the_lock(qtbot, window, ctx):
    _add_user(ctx, "chen", "chen-pass-1", keep_temporary=False)
    window.lock.lock_now()
    unlock = window.lock.unlock_dialog
    qtbot.mouseClick(unlock.switch_button, Qt.MouseButton.LeftButton)
    login = window.lock.login_dialog
    assert login is not None and login.isVisible() and not unlock.isVisible()

    qtbot.keyClicks(login.username_edit, "chen")
    qtbot.keyClicks(login.password_edit, "chen-pass-1x")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not window.lock.is_locked)
    assert ctx.actor.username == "chen"
    assert window.pages.currentWidget().text() == "客户资料：陈思雨"
    assert window.user_label.text() == "陈思雨（置业顾问）"
    assert not window.is_covered


def test_switch_user_cancelled_returns_to_the_lock(qtbot, window, ctx):
    window.lock.lock_now()
    qtbot.mouseClick(window.lock.unlock_dialog.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.lock.login_dialog, Qt.Key.Key_Escape)
    assert window.lock.is_locked and window.is_covered
    assert window.lock.unlock_dialog.isVisible()
    assert ctx.actor.username == "admin"


def test_switch_to_a_user_with_a_temporary_password_forces_a_change(qtbot, window, ctx):
    _add_user(ctx, "chen", "temp-pass-9", keep_temporary=True)
    window.lock.lock_now()
    qtbot.mouseClick(window.lock.unlock_dialog.switch_button, Qt.MouseButton.LeftButton)
    login = window.lock.login_dialog
    qtbot.keyClicks(login.username_edit, "chen")
    qtbot.keyClicks(login.password_edit, "temp-pass-9")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)

    change = [w for w in window.findChildren(ChangePasswordDialog) if w.isVisible()]
    assert len(change) == 1 and ctx.actor.username == "admin"
    qtbot.keyClicks(change[0].fields["old_password"], "temp-pass-9")
    qtbot.keyClicks(change[0].fields["password"], "own-pass-9")
    qtbot.keyClicks(change[0].fields["confirm"], "own-pass-9")
    qtbot.keyClick(change[0].fields["confirm"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.actor.username == "chen")
    assert not window.lock.is_locked


def test_lock_minutes_come_from_the_settings(qtbot, window, ctx):
    assert window.lock.timer.interval() == 10 * 60_000  # the default
    ops.write(
        ctx,
        lambda s, a: settings_service.update_settings(s, a, {"security.lock_minutes": 3}),
        parent=None,
    )
    qtbot.waitUntil(lambda: window.lock.timer.interval() == 3 * 60_000)


# -- every other window hides with the lock ----------------------------------------------------


def _preview(window: MainWindow, tmp_path) -> QWidget:
    from .test_print_flow import _two_page_pdf

    window.open_preview(_two_page_pdf(tmp_path / "客户资料.pdf"))
    assert window.preview is not None
    return window.preview


def _visible_windows(window: MainWindow) -> set[QWidget]:
    lock = window.lock
    own = (window, lock.unlock_dialog, lock.login_dialog, lock.change_password)
    return {
        w for w in QApplication.topLevelWidgets() if w.isVisible() and not any(w is o for o in own)
    }


# A popup menu grabs the keyboard; the offscreen platform cannot, and says so.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_lock_hides_every_other_window_and_unlock_shows_exactly_those(qtbot, window, tmp_path):
    from anjia_desk.ui.pages.users_page import UserDialog

    add_user = UserDialog(window)  # 新增用户, window-modal like the users page opens it
    add_user.open()
    preview = _preview(window, tmp_path)
    loose = QWidget()  # a top-level window with no parent at all
    qtbot.addWidget(loose)
    loose.show()
    closed_before = QDialog(window)  # not on screen when the lock came: stays hidden
    menu = QMenu(window)
    menu.addAction("复制")
    menu.popup(window.geometry().center())
    qtbot.waitUntil(menu.isVisible)
    assert {add_user, preview, loose} <= _visible_windows(window)

    window.lock.lock_now()
    assert _visible_windows(window) == set()
    assert window.lock.unlock_dialog.isVisible()

    _unlock_with(qtbot, window, ADMIN_PASSWORD)
    assert not window.lock.is_locked
    assert _visible_windows(window) == {add_user, preview, loose}
    assert not closed_before.isVisible() and not menu.isVisible()
    assert add_user.isModal() or add_user.windowModality() == Qt.WindowModality.WindowModal


def test_a_window_that_opens_while_locked_waits_for_the_unlock(qtbot, window, tmp_path):
    window.lock.lock_now()
    preview = _preview(window, tmp_path)  # e.g. a long print job finished meanwhile
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert window.lock.unlock_dialog.isVisible()
    _unlock_with(qtbot, window, ADMIN_PASSWORD)
    assert preview.isVisible()


def test_another_login_closes_the_previous_users_windows(qtbot, window, ctx, tmp_path):
    _add_user(ctx, "chen", "chen-pass-1", keep_temporary=False)
    preview = _preview(window, tmp_path)
    closed: list[int] = []
    preview.finished.connect(closed.append)  # its temporary PDF folder goes with it
    window.lock.lock_now()
    qtbot.mouseClick(window.lock.unlock_dialog.switch_button, Qt.MouseButton.LeftButton)
    login = window.lock.login_dialog
    qtbot.keyClicks(login.username_edit, "chen")
    qtbot.keyClicks(login.password_edit, "chen-pass-1x")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock.is_locked)
    assert ctx.actor.username == "chen"
    assert closed == [QDialog.DialogCode.Rejected.value]
    assert _visible_windows(window) == set()


def test_switch_user_from_the_menu_closes_the_previous_users_windows(qtbot, window, ctx):
    _add_user(ctx, "chen", "chen-pass-1", keep_temporary=False)
    report = QWidget()
    qtbot.addWidget(report)
    report.show()
    window.switch_user_action.trigger()
    login = window.lock.login_dialog
    qtbot.keyClicks(login.username_edit, "chen")
    qtbot.keyClicks(login.password_edit, "chen-pass-1x")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.actor.username == "chen")
    assert not report.isVisible()


# -- a question asked through the dialog seam survives the lock --------------------------------


class _Script(QObject):
    """Runs steps from the event loop while a real modal dialog waits; each step returns True
    when done. After `limit_ms` (long after a passing test has ended, which deletes the script)
    every open question is dropped, so a failing test cannot hang."""

    def __init__(self, *steps, limit_ms: int = 10_000) -> None:
        super().__init__()
        self.steps = list(steps)
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        QTimer.singleShot(limit_ms, self._give_up)

    def _tick(self) -> None:
        if self.steps and self.steps[0]():
            self.steps.pop(0)
        if not self.steps:
            self.timer.stop()

    def _give_up(self) -> None:
        self.timer.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox):
                widget.reject()  # a question on screen
                widget.setProperty(modal.LOCK_STATE, modal.LOCK_DROPPED)  # one waiting for it


def _question() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


def _when(condition, action):
    def step() -> bool:
        if not condition():
            return False
        action()
        return True

    return step


def test_a_question_hidden_by_the_lock_is_asked_again_after_the_unlock(qtbot, window):
    lock = window.lock

    def unlock() -> None:
        lock.unlock_dialog.password_edit.setText(ADMIN_PASSWORD)
        lock.unlock_dialog.ok_button.click()

    script = _Script(
        _when(lambda: _question() is not None, lock.lock_now),
        _when(lambda: _question() is None and lock.unlock_dialog.isVisible(), unlock),
        _when(lambda: _question() is not None, lambda: _question().button(YES).click()),
    )
    answer = seams.Dialogs().confirm(window, "删除客户", "确定删除张伟（138****5678）吗？")
    assert script.steps == []
    assert answer is True and not lock.is_locked


def test_a_question_left_by_the_previous_user_counts_as_cancelled(qtbot, window, ctx):
    _add_user(ctx, "chen", "chen-pass-1", keep_temporary=False)
    lock = window.lock

    def log_in_as_chen() -> None:
        lock.login_dialog.username_edit.setText("chen")
        lock.login_dialog.password_edit.setText("chen-pass-1x")
        lock.login_dialog.ok_button.click()

    script = _Script(
        _when(lambda: _question() is not None, lock.lock_now),
        _when(
            lambda: lock.unlock_dialog is not None and lock.unlock_dialog.isVisible(),
            lambda: lock.unlock_dialog.switch_button.click(),
        ),
        _when(lambda: lock.login_dialog is not None, log_in_as_chen),
    )
    answer = seams.Dialogs().confirm(window, "删除客户", "确定删除张伟吗？")
    assert script.steps == []
    assert answer is False and ctx.actor.username == "chen"
    qtbot.waitUntil(lambda: _question() is None)


# -- an account disabled while logged in -----------------------------------------------------


def _disable_admin(ctx: AppContext) -> None:
    """Another administrator (boss) disables the logged-in admin."""
    with session_scope(ctx.database, ctx.actor) as session:
        users.add_user(
            session,
            ctx.actor,
            username="boss",
            display_name="王总",
            roles=["admin"],
            password="boss-pass-1",
        )
    with session_scope(ctx.database) as session:
        boss = users.login(session, "boss", "boss-pass-1")
        users.change_own_password(session, boss, "boss-pass-1", "boss-pass-2")
    with session_scope(ctx.database, boss) as session:
        users.set_active(session, boss, ctx.actor.user_id, False)


def test_a_disabled_account_locks_the_window_and_only_switching_user_is_left(qtbot, window, ctx):
    _disable_admin(ctx)
    with pytest.raises(users.AccountDisabled):
        ops.read_now(ctx, lambda _s, _a: None)
    assert window.lock.is_locked and window.is_covered
    dialog = window.lock.unlock_dialog
    assert dialog.error_text() == main_window_module.ACCOUNT_DISABLED

    _unlock_with(qtbot, window, ADMIN_PASSWORD)  # the right password no longer opens it
    assert window.lock.is_locked
    assert dialog.error_text("password") == "您的账号已被停用，请联系管理员"

    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    login = window.lock.login_dialog
    qtbot.keyClicks(login.username_edit, "boss")
    qtbot.keyClicks(login.password_edit, "boss-pass-2")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock.is_locked)
    assert ctx.actor.username == "boss" and window.user_label.text() == "王总（管理员）"


def test_a_disabled_account_found_by_background_work_locks_the_window(qtbot, window, ctx):
    _disable_admin(ctx)
    failures: list[BaseException] = []
    # On the reader thread.
    ops.read(ctx, lambda _s, _a: None, parent=None, done=lambda _r: None, failed=failures.append)
    qtbot.waitUntil(lambda: window.lock.is_locked)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], users.AccountDisabled)
    assert window.lock.unlock_dialog.isVisible()
