"""The first administrator, login and change-password dialogs, and the start-up that chains them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import users
from anjia_desk.ui.app import BENCH_ENV, EXIT_OK, EXIT_REFUSED, Startup
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.login import (
    CONFIRM_MISMATCH,
    ChangePasswordDialog,
    FirstAdminDialog,
    LoginDialog,
)
from anjia_desk.ui.main_window import MainWindow

from .conftest import ADMIN_PASSWORD


# The offscreen platform cannot size windows from hints and says so for every dialog shown.
@pytest.fixture
def fresh_ctx(database: Database, fake_dialogs) -> AppContext:
    """A database nobody can log in to yet, and nobody logged in."""
    return AppContext(database, None, dialogs=fake_dialogs)


def _show(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill_first_admin(qtbot, dialog: FirstAdminDialog, password: str, confirm: str) -> None:
    qtbot.keyClicks(dialog.fields["username"], "boss")
    dialog.fields["display_name"].setText("王老板")
    qtbot.keyClicks(dialog.fields["password"], password)
    qtbot.keyClicks(dialog.fields["confirm"], confirm)


def _no_admin_yet(database: Database) -> bool:
    with session_scope(database) as session:
        return users.needs_first_admin(session)


def test_first_admin_short_password_is_shown_beside_the_field(qtbot, fresh_ctx):
    dialog = _show(qtbot, FirstAdminDialog(fresh_ctx))
    _fill_first_admin(qtbot, dialog, "abc", "abc")
    qtbot.keyClick(dialog.fields["confirm"], Qt.Key.Key_Return)

    assert dialog.error_text("password") == "密码至少 6 位"
    assert dialog.errors["password"].isVisible()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert _no_admin_yet(fresh_ctx.database)


def test_a_message_under_a_field_never_squeezes_or_covers_it(qtbot, fresh_ctx):
    dialog = _show(qtbot, FirstAdminDialog(fresh_ctx))
    password, error = dialog.fields["password"], dialog.errors["password"]
    height = password.height()
    _fill_first_admin(qtbot, dialog, "abc", "abc")
    qtbot.keyClick(dialog.fields["confirm"], Qt.Key.Key_Return)
    qtbot.waitUntil(error.isVisible)
    assert password.height() == height  # it squeezed to half its height
    field_bottom = password.mapTo(dialog, password.rect().bottomLeft()).y()
    assert error.mapTo(dialog, error.rect().topLeft()).y() > field_bottom  # not over the field
    confirm = dialog.fields["confirm"]
    assert (
        confirm.mapTo(dialog, confirm.rect().topLeft()).y()
        > error.mapTo(dialog, error.rect().bottomLeft()).y()
    )


def test_first_admin_mismatched_confirmation_and_bad_username(qtbot, fresh_ctx):
    dialog = _show(qtbot, FirstAdminDialog(fresh_ctx))
    qtbot.keyClicks(dialog.fields["username"], "9x")
    qtbot.keyClicks(dialog.fields["password"], "secret12")
    qtbot.keyClicks(dialog.fields["confirm"], "secret13")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.error_text("confirm") == CONFIRM_MISMATCH
    assert dialog.error_text("username").startswith("登录名")
    assert dialog.error_text("display_name") == "请填写姓名"
    assert _no_admin_yet(fresh_ctx.database)
    # Typing in a field clears its message.
    qtbot.keyClicks(dialog.fields["confirm"], "x")
    assert dialog.error_text("confirm") == ""


def test_first_admin_valid_creates_the_administrator(qtbot, fresh_ctx):
    dialog = _show(qtbot, FirstAdminDialog(fresh_ctx))
    _fill_first_admin(qtbot, dialog, "secret12", "secret12")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.fields["confirm"], Qt.Key.Key_Return)

    assert dialog.username == "boss"
    with session_scope(fresh_ctx.database) as session:
        actor = users.login(session, "boss", "secret12")
    assert actor.display_name == "王老板"
    assert {r.value for r in actor.roles} == {"admin"}


def test_login_wrong_password_then_right(qtbot, ctx):
    dialog = _show(qtbot, LoginDialog(ctx, username=""))
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.username_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, "wrong-pass")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    assert dialog.error_text("password") == users.BAD_LOGIN
    assert dialog.password_edit.text() == ""
    assert dialog.isVisible() and dialog.actor is None

    qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert dialog.actor.os_user  # the audit names the PC's user


def test_login_remembers_the_last_username_and_names_the_database(qtbot, ctx):
    first = _show(qtbot, LoginDialog(ctx, username="admin"))
    qtbot.keyClicks(first.password_edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(first.accepted):
        qtbot.mouseClick(first.ok_button, Qt.MouseButton.LeftButton)

    again = _show(qtbot, LoginDialog(ctx))
    assert again.username_edit.text() == "admin"
    assert str(ctx.database.path) in again.database_label.text()


def test_login_asks_for_missing_fields_and_esc_cancels(qtbot, ctx):
    dialog = _show(qtbot, LoginDialog(ctx, username=""))
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Return)
    assert dialog.error_text("username") == "请输入登录名"
    qtbot.keyClicks(dialog.username_edit, "admin")
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Return)
    assert dialog.error_text("password") == "请输入密码"
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_login_waits_for_the_database(qtbot, ctx):
    dialog = _show(qtbot, LoginDialog(None, username="admin"))
    assert not dialog.ok_button.isEnabled()
    assert "正在打开数据库" in dialog.database_label.text()
    dialog.attach(ctx)
    assert dialog.ok_button.isEnabled()
    assert dialog.database_label.text() == f"数据库：{ctx.database.display_name}"


def test_change_password_checks_the_old_one_then_changes(qtbot, ctx):
    dialog = _show(qtbot, ChangePasswordDialog(ctx))
    qtbot.keyClicks(dialog.fields["old_password"], "not-it-1")
    qtbot.keyClicks(dialog.fields["password"], "brand-new-1")
    qtbot.keyClicks(dialog.fields["confirm"], "brand-new-1")
    qtbot.keyClick(dialog.fields["confirm"], Qt.Key.Key_Return)
    assert dialog.error_text("old_password") == "原密码不正确"

    dialog.fields["old_password"].clear()
    qtbot.keyClicks(dialog.fields["old_password"], ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.fields["confirm"], Qt.Key.Key_Return)
    with session_scope(ctx.database) as session:
        assert users.login(session, "admin", "brand-new-1").username == "admin"


def test_change_password_rules_shown_beside_the_fields(qtbot, ctx):
    dialog = _show(qtbot, ChangePasswordDialog(ctx))
    qtbot.keyClicks(dialog.fields["password"], "123")
    qtbot.keyClick(dialog.fields["password"], Qt.Key.Key_Return)
    assert dialog.error_text("old_password") == "请输入原密码"
    assert dialog.error_text("password") == "密码至少 6 位"


# -- start-up -----------------------------------------------------------------------------------


class _Exit:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def __call__(self, code: int) -> None:
        self.codes.append(code)


@pytest.fixture(autouse=True)
def _no_pages(monkeypatch):
    """Start-up tests are about the way to the window, not the pages inside it."""
    monkeypatch.setattr("anjia_desk.ui.main_window.build_sections", lambda ctx: [])


def _startup(qtbot, db: Path | str, fake_dialogs) -> tuple[Startup, _Exit]:
    exit_ = _Exit()
    startup = Startup(str(db), dialogs=fake_dialogs, exit_app=exit_, auto_backup=False)
    startup.start()
    qtbot.addWidget(startup.login)
    return startup, exit_


def _close(qtbot, startup: Startup) -> None:
    if startup.window is not None:
        startup.window.close()
    startup.shutdown()


def test_startup_fresh_database_first_admin_then_login_then_window(qtbot, tmp_path, fake_dialogs):
    startup, exit_ = _startup(qtbot, tmp_path / "new.db", fake_dialogs)
    try:
        qtbot.waitUntil(lambda: startup.first_admin is not None and startup.first_admin.isVisible())
        assert not startup.login.isVisible()
        first = startup.first_admin
        _fill_first_admin(qtbot, first, "secret12", "secret12")
        qtbot.keyClick(first.fields["confirm"], Qt.Key.Key_Return)

        login = startup.login
        qtbot.waitUntil(login.isVisible)
        assert login.username_edit.text() == "boss"
        qtbot.keyClicks(login.password_edit, "secret12")
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)

        qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible())
        assert isinstance(startup.window, MainWindow)
        assert startup.ctx.actor.username == "boss"
        assert exit_.codes == []
    finally:
        _close(qtbot, startup)


def test_startup_forces_a_password_change_set_by_the_admin(qtbot, database, ctx, fake_dialogs):
    with session_scope(database, ctx.actor) as session:
        users.add_user(
            session,
            ctx.actor,
            username="lin",
            display_name="林前台",
            roles=["front_desk"],
            password="temp-pass-1",
        )
    startup, exit_ = _startup(qtbot, database.path, fake_dialogs)
    try:
        qtbot.waitUntil(lambda: startup.login.ok_button.isEnabled())
        assert exit_.codes == []
        startup.login.set_username("lin")
        qtbot.keyClicks(startup.login.password_edit, "temp-pass-1")
        qtbot.keyClick(startup.login.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: _visible_change_dialog() is not None)
        dialog = _visible_change_dialog()
        assert dialog is not None
        assert startup.window is None  # not before the temporary password is replaced
        qtbot.keyClicks(dialog.fields["old_password"], "temp-pass-1")
        qtbot.keyClicks(dialog.fields["password"], "mine-only-1")
        qtbot.keyClicks(dialog.fields["confirm"], "mine-only-1")
        qtbot.keyClick(dialog.fields["confirm"], Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: startup.window is not None)
        assert startup.ctx.actor.username == "lin"
    finally:
        _close(qtbot, startup)


def _visible_change_dialog() -> ChangePasswordDialog | None:
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ChangePasswordDialog) and widget.isVisible():
            return widget
    return None


def test_startup_refuses_a_broken_database_with_exit_code_2(qtbot, tmp_path, fake_dialogs):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database at all" * 10)
    startup, exit_ = _startup(qtbot, broken, fake_dialogs)
    try:
        qtbot.waitUntil(lambda: exit_.codes == [EXIT_REFUSED])
        (name, (title, text)) = fake_dialogs.calls[-1]
        assert (name, title) == ("warning", "无法打开数据库") and "损坏" in text
    finally:
        _close(qtbot, startup)


def test_startup_cancelling_login_exits_cleanly(qtbot, database, ctx, fake_dialogs):
    startup, exit_ = _startup(qtbot, database.path, fake_dialogs)
    try:
        qtbot.waitUntil(lambda: startup.login.ok_button.isEnabled())
        qtbot.keyClick(startup.login, Qt.Key.Key_Escape)
        assert exit_.codes == [EXIT_OK]
    finally:
        _close(qtbot, startup)


def test_benchmark_hook_exits_as_soon_as_the_login_is_shown(database, ctx):
    env = dict(os.environ, **{BENCH_ENV: "1", "QT_QPA_PLATFORM": "offscreen"})
    result = subprocess.run(
        [sys.executable, "-m", "anjia_desk", "--db", str(database.path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout == ""


def test_login_records_the_pc_user_and_host_from_services_context(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(
        "anjia_desk.services.context.os_identity", lambda: ("desk-user-7", "front-pc")
    )
    dialog = _show(qtbot, LoginDialog(ctx, username="admin"))
    qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert (dialog.actor.os_user, dialog.actor.host) == ("desk-user-7", "front-pc")


def test_an_unexpected_startup_error_exits_with_the_command_lines_code(
    qtbot, fake_dialogs, monkeypatch
):
    from anjia_desk import cli
    from anjia_desk.ui import errors

    monkeypatch.setattr(errors, "_handler", errors.ErrorHandler(fake_dialogs))
    exit_ = _Exit()
    startup = Startup(None, dialogs=fake_dialogs, exit_app=exit_, auto_backup=False)
    try:
        raise RuntimeError("start-up bug")
    except RuntimeError as exc:
        startup._open_failed(exc)
    dialog = errors.current_handler().dialog
    assert dialog is not None and exit_.codes == []  # the report first
    dialog.reject()  # deletes itself on close
    assert exit_.codes == [cli.EXIT_BUG] == [cli.EXIT_REFUSED]
    assert (EXIT_OK, EXIT_REFUSED) == (cli.EXIT_OK, cli.EXIT_REFUSED)


def test_qt_own_buttons_speak_chinese_after_startup_setup(qapp, monkeypatch):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from anjia_desk.ui import app as app_module

    monkeypatch.setattr(app_module, "apply_style", lambda app: None)  # the suite keeps its style
    saved = (
        qapp.organizationName(),
        qapp.applicationName(),
        qapp.applicationDisplayName(),
        qapp.quitOnLastWindowClosed(),
    )
    yes_no = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    try:
        assert app_module._application() is qapp
        box = QMessageBox(QMessageBox.Icon.Question, "退出", "确定退出吗？", yes_no)
        assert [b.text() for b in box.buttons()] == ["是(&Y)", "否(&N)"]
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        button_box = QDialogButtonBox(ok_cancel)
        assert {b.text() for b in button_box.buttons()} == {"确定", "取消"}
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    finally:
        app_module.remove_translations(qapp)
        qapp.setOrganizationName(saved[0])
        qapp.setApplicationName(saved[1])
        qapp.setApplicationDisplayName(saved[2])
        qapp.setQuitOnLastWindowClosed(saved[3])
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", yes_no)
    assert box.buttons()[0].text() == "&Yes"  # removed again: later tests see plain Qt
