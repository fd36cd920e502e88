"""Issue 14 in the window: login throttling in the login and unlock dialogs, 解除锁定 on the users
page, 切换用户 hiding the previous user's data before the dialog shows, the last login name
remembered per database, and a refusal in the window leaving its audit line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from sqlalchemy import select

from anjia_desk.core.errors import PermissionDenied, UserError
from anjia_desk.core.roles import Action, Role
from anjia_desk.db.engine import Database, open_database, session_scope
from anjia_desk.db.models import AuditEntry, User
from anjia_desk.services import users
from anjia_desk.ui import main_window as main_window_module
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.login import LoginDialog
from anjia_desk.ui.main_window import MainWindow
from anjia_desk.ui.pages import Section
from anjia_desk.ui.pages.users_page import UsersPage

from .conftest import ADMIN_PASSWORD

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
PREVIOUS_USERS_DATA = "客户资料：管理员的客户"


@pytest.fixture(autouse=True)
def own_ui_state(monkeypatch, tmp_path):
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))


@pytest.fixture
def clock(ctx: AppContext) -> list[datetime]:
    """The window's clock, moved by the test."""
    now = [T0]
    ctx.clock = lambda: now[0]
    return now


def _show(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _add_consultant(ctx: AppContext, username: str = "chen") -> int:
    with session_scope(ctx.database, ctx.actor) as s:
        row = users.add_user(
            s, ctx.actor, username=username, display_name="陈思雨", roles=["consultant"],
            password="chen-pass-1",
        )  # fmt: skip
        s.get_one(User, row.id).must_change_password = False
    return row.id


def _sections(ctx: AppContext) -> list[Section]:
    """One page showing whose data it is."""
    return [Section("workbench", "工作台", QLabel(f"客户资料：{ctx.actor.display_name}的客户"))]


def _try_login(qtbot, dialog: LoginDialog, name: str, password: str) -> None:
    dialog.username_edit.setText(name)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_the_login_dialog_pauses_a_name_after_five_failures(qtbot, ctx, clock):
    _add_consultant(ctx)
    dialog = _show(qtbot, LoginDialog(ctx, username=""))
    for _ in range(4):
        _try_login(qtbot, dialog, "chen", "wrong-pass")
        assert dialog.error_text("password") == users.BAD_LOGIN
    _try_login(qtbot, dialog, "chen", "wrong-pass")
    assert "登录失败次数过多，请 30 秒后再试" in dialog.error_text("password")

    clock[0] = T0 + timedelta(seconds=12)
    _try_login(qtbot, dialog, "chen", "chen-pass-1")  # the right password, during the pause
    assert dialog.error_text("password") == "登录失败次数过多，请 18 秒后再试"
    assert dialog.actor is None and dialog.isVisible()

    clock[0] = T0 + timedelta(seconds=31)
    with qtbot.waitSignal(dialog.accepted):
        _try_login(qtbot, dialog, "chen", "chen-pass-1")
    assert dialog.actor is not None and dialog.actor.username == "chen"


def test_the_unlock_dialog_is_paused_too(qtbot, ctx, clock, monkeypatch):
    monkeypatch.setattr(
        main_window_module,
        "build_sections",
        lambda c: [Section("workbench", "工作台", QLabel("x"))],
    )
    window = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(window)
    window.show()
    window.lock_screen()
    dialog = window.lock.unlock_dialog
    assert dialog is not None
    for _ in range(5):
        dialog.password_edit.clear()
        qtbot.keyClicks(dialog.password_edit, "wrong-pass")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.error_text("password") == "登录失败次数过多，请 30 秒后再试"
    assert window.lock.is_locked and window.is_covered
    clock[0] = T0 + timedelta(seconds=30)
    with qtbot.waitSignal(window.lock.unlocked):
        dialog.password_edit.clear()
        qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert not window.is_covered


def test_lifting_a_pause_on_the_users_page(qtbot, ctx, clock, database):
    user_id = _add_consultant(ctx)
    for i in range(5):
        with pytest.raises(UserError), session_scope(database) as s:
            users.login(s, "chen", "wrong-pass", now=T0 + timedelta(seconds=i))
    clock[0] = T0 + timedelta(seconds=10)
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(lambda: "chen" in [r.username for r in page.model.rows])
    page.select_user("admin")
    assert not page.lift_button.isEnabled()
    page.select_user("chen")
    assert page.lift_button.isEnabled()
    assert "登录已暂停" in page.model.data(page.model.index(page.table.currentIndex().row(), 3))
    qtbot.mouseClick(page.lift_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已解除" in page.message.text())
    qtbot.waitUntil(lambda: not page.lift_button.isEnabled())
    with session_scope(database) as s:
        assert users.login(s, "chen", "chen-pass-1", now=clock[0]).user_id == user_id
        lifted = s.scalars(select(AuditEntry).where(AuditEntry.action == "lift")).one()
    assert lifted.actor == "管理员" and lifted.entity_id == user_id


# -- 切换用户 hides the previous user's data before the dialog shows ------------------------------


@pytest.fixture
def window(qtbot, ctx, monkeypatch) -> MainWindow:
    monkeypatch.setattr(
        main_window_module,
        "build_sections",
        lambda c: [
            Section("workbench", "工作台", QLabel(f"客户资料：{c.actor.display_name}的客户"))
        ],
    )
    win = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _visible_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_switch_user_hides_the_previous_users_data_before_the_dialog_shows(qtbot, window, ctx):
    report = QWidget()  # another window of the previous user (a preview, a report)
    qtbot.addWidget(report)
    report.show()
    assert PREVIOUS_USERS_DATA in _visible_texts(window)

    shown_over: list[list[str]] = []
    original = LoginDialog.showEvent

    def on_show(dialog, event):  # what the window shows at the moment the dialog appears
        shown_over.append(_visible_texts(window.centralWidget()))
        original(dialog, event)

    LoginDialog.showEvent = on_show  # type: ignore[method-assign]
    try:
        window.switch_user_action.trigger()
        qtbot.waitExposed(window.lock.login_dialog)
    finally:
        LoginDialog.showEvent = original  # type: ignore[method-assign]
    assert shown_over and all(PREVIOUS_USERS_DATA not in texts for texts in shown_over)
    assert window.is_covered and not window.content.isVisible()
    assert window.cover_text.text() == "正在切换用户…"
    assert not report.isVisible()
    assert not window.menuBar().isEnabled()

    # Cancelled: the same person goes on where they were.
    with qtbot.waitSignal(window.lock.login_dialog.rejected):
        window.lock.login_dialog.reject()
    assert not window.is_covered and PREVIOUS_USERS_DATA in _visible_texts(window)
    assert report.isVisible() and not window.lock.is_locked
    assert ctx.actor.username == "admin"


def test_switch_user_from_the_menu_to_another_person(qtbot, window, ctx):
    _add_consultant(ctx)
    window.switch_user_action.trigger()
    login = window.lock.login_dialog
    assert window.is_covered
    qtbot.keyClicks(login.username_edit, "chen")
    qtbot.keyClicks(login.password_edit, "chen-pass-1")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.actor.username == "chen")
    assert not window.is_covered and not window.lock.is_locked
    texts = _visible_texts(window)
    assert "客户资料：陈思雨的客户" in texts and PREVIOUS_USERS_DATA not in texts


# -- the last login name, per database --------------------------------------------------------


def _other_database(tmp_path: Path, name: str) -> Database:
    database = open_database(str(tmp_path / f"{name}.db"))
    with session_scope(database) as s:
        users.create_first_admin(s, username=name, display_name="别处", password="other-pass-1")
    return database


def test_the_last_login_name_is_remembered_per_database(qtbot, ctx, fake_dialogs, tmp_path):
    other = _other_database(tmp_path, "demoboss")
    try:
        other_ctx = AppContext(other, None, dialogs=fake_dialogs)
        first = _show(qtbot, LoginDialog(ctx, username=""))
        with qtbot.waitSignal(first.accepted):
            _try_login(qtbot, first, "admin", ADMIN_PASSWORD)
        second = _show(qtbot, LoginDialog(other_ctx, username=""))
        with qtbot.waitSignal(second.accepted):
            _try_login(qtbot, second, "demoboss", "other-pass-1")

        assert _show(qtbot, LoginDialog(ctx)).username_edit.text() == "admin"
        assert _show(qtbot, LoginDialog(other_ctx)).username_edit.text() == "demoboss"
        # At start-up the dialog shows before the database is open: the name comes with it.
        waiting = _show(qtbot, LoginDialog(None))
        assert waiting.username_edit.text() == ""
        waiting.attach(other_ctx)
        assert waiting.username_edit.text() == "demoboss"
        third = _other_database(tmp_path, "third")
        try:
            fresh = _show(qtbot, LoginDialog(AppContext(third, None, dialogs=fake_dialogs)))
            assert fresh.username_edit.text() == ""
        finally:
            third.close()
    finally:
        other.close()


# -- a refusal in the window ------------------------------------------------------------------


def test_a_refusal_in_the_window_leaves_its_audit_line(ctx, database):
    _add_consultant(ctx)
    with session_scope(database) as s:
        consultant = users.login(s, "chen", "chen-pass-1", os_user="desk", host="pc-2")
    consultant_ctx = AppContext(database, consultant, dialogs=ctx.dialogs)
    refused: list[UserError] = []
    ops.write(
        consultant_ctx,
        lambda s, a: users.add_user(
            s, a, username="x1", display_name="某", roles=[Role.ADMIN.value], password=None
        ),
        parent=None,
        failed=refused.append,
    )
    assert len(refused) == 1 and isinstance(refused[0], PermissionDenied)
    with database.sessions() as s:
        [line] = s.scalars(select(AuditEntry).where(AuditEntry.action == "refused")).all()
    assert (line.actor, line.user_id, line.host) == ("陈思雨", consultant.user_id, "pc-2")
    assert Action.MANAGE_USERS.label in line.summary
