"""The inactivity lock: the content hides, the password unlocks, someone else may log in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from anjia_desk.db.engine import session_scope
from anjia_desk.services import settings as settings_service
from anjia_desk.services import users
from anjia_desk.services.changes import Changes
from anjia_desk.ui import main_window as main_window_module
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.login import WRONG_PASSWORD, ChangePasswordDialog
from anjia_desk.ui.main_window import MainWindow
from anjia_desk.ui.pages import Section

from .conftest import ADMIN_PASSWORD


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


def test_lock_minutes_come_from_the_settings(window, ctx):
    assert window.lock.timer.interval() == 10 * 60_000  # the default
    with session_scope(ctx.database, ctx.actor) as session:
        settings_service.update_settings(session, ctx.actor, {"security.lock_minutes": 3})
    ctx.notify(Changes.of("settings"))
    assert window.lock.timer.interval() == 3 * 60_000
