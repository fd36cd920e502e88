"""The main window: navigation over build_sections, menus, status bar, switching user, geometry,
the scheduled backup check."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from anjia_desk import __version__
from anjia_desk.core.errors import UserError
from anjia_desk.db.engine import session_scope
from anjia_desk.services import users
from anjia_desk.services.topics import Topic
from anjia_desk.ui import main_window as main_window_module
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.login import ChangePasswordDialog
from anjia_desk.ui.main_window import MainWindow
from anjia_desk.ui.pages import Section, build_sections
from anjia_desk.ui.style import SCREEN_SHARE


def add_user(ctx: AppContext, username: str, name: str, roles: list[str], password: str) -> None:
    """A colleague who has already chosen their own password (no forced change)."""
    with session_scope(ctx.database, ctx.actor) as session:
        users.add_user(
            session,
            ctx.actor,
            username=username,
            display_name=name,
            roles=roles,
            password="tmp-123",
        )
    with session_scope(ctx.database) as session:
        actor = users.login(session, username, "tmp-123")
        users.change_own_password(session, actor, "tmp-123", password)


@dataclass
class SectionLog:
    built_for: list[str]


@pytest.fixture
def section_log(monkeypatch) -> SectionLog:
    """build_sections replaced by two labelled pages that name the user they were built for."""
    log = SectionLog([])

    def fake_sections(ctx: AppContext) -> list[Section]:
        log.built_for.append(ctx.actor.username)
        return [
            Section("workbench", "工作台", QLabel(f"工作台：{ctx.actor.display_name}")),
            Section("settings", "设置", QLabel("设置页")),
        ]

    monkeypatch.setattr(main_window_module, "build_sections", fake_sections)
    return log


@pytest.fixture(autouse=True)
def own_ui_state(monkeypatch, tmp_path):
    """Each test starts with no remembered geometry."""
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))


@pytest.fixture
def window(qtbot, ctx, section_log) -> MainWindow:
    win = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def nav_titles(win: MainWindow) -> list[str]:
    return [win.nav.item(i).text() for i in range(win.nav.count())]


def test_navigation_shows_the_sections_and_switches_pages(qtbot, window):
    assert window.windowTitle() == "安家 Desk"
    assert nav_titles(window) == ["工作台", "设置"]
    assert window.pages.currentWidget().text() == "工作台：管理员"
    item = window.nav.item(1)
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section_key() == "settings"
    assert window.pages.currentWidget().text() == "设置页"


def test_real_sections_are_the_ones_build_sections_gives(qtbot, ctx):
    expected = [s.title for s in build_sections(ctx)]
    win = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(win)
    assert nav_titles(win) == expected
    assert win.pages.count() == max(len(expected), 1)


def test_no_sections_shows_a_plain_hint_not_placeholders(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(main_window_module, "build_sections", lambda ctx: [])
    win = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(win)
    assert win.nav.count() == 0
    assert win.pages.currentWidget() is win.empty_label


def test_status_bar_names_the_user_and_the_database(window, ctx):
    assert window.user_label.text() == "管理员（管理员）"
    assert str(ctx.database.path) in window.db_label.text()


def test_status_bar_names_several_roles_in_the_usual_order(window, ctx):
    add_user(ctx, "zhao", "赵敏", ["admin", "sales_secretary", "cashier"], "secret-33")
    with session_scope(ctx.database) as session:
        ctx.set_actor(users.login(session, "zhao", "secret-33"))
    assert window.user_label.text() == "赵敏（销售秘书、出纳、管理员）"


def test_default_size_then_geometry_is_remembered(qtbot, ctx, section_log):
    first = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    share = SCREEN_SHARE  # of the free area: the title bar and the taskbar stay visible
    expected = (
        min(1200, int(available.width() * share)),
        min(760, int(available.height() * share)),
    )
    assert (first.width(), first.height()) == expected
    first.show()
    first.resize(610, 430)
    qtbot.waitUntil(lambda: first.width() == 610)
    first.close()

    ctx.tasks = None  # the first window's runner was shut down with it: the next has its own
    second = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (610, 430)


def test_a_new_actor_rebuilds_the_sections_and_the_status_bar(window, ctx, section_log):
    add_user(ctx, "zhou", "周婷", ["sales_secretary"], "secret-22")
    window.nav.setCurrentRow(1)
    with session_scope(ctx.database) as session:
        other = users.login(session, "zhou", "secret-22")
    ctx.set_actor(other)
    assert section_log.built_for == ["admin", "zhou"]
    # Another person opens on their own start page (the secretary's 销控表 is not among these
    # fake sections: the first one), not on the page the previous person left open.
    assert window.pages.currentWidget().text() == "工作台：周婷"
    assert window.user_label.text() == "周婷（销售秘书）"


def test_menu_switch_user_logs_in_someone_else(qtbot, window, ctx):
    add_user(ctx, "zhou", "周婷", ["sales_secretary"], "secret-22")
    window.switch_user_action.trigger()
    dialog = window.lock.login_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "切换用户"
    qtbot.keyClicks(dialog.username_edit, "zhou")
    qtbot.keyClicks(dialog.password_edit, "secret-22")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.actor.username == "zhou")
    assert window.pages.currentWidget().text() == "工作台：周婷"
    assert not window.is_covered


def test_menu_switch_user_cancelled_changes_nothing(qtbot, window, ctx):
    window.switch_user_action.trigger()
    dialog = window.lock.login_dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert ctx.actor.username == "admin"
    assert not window.lock.is_locked and not window.is_covered


def test_about_names_the_version_data_folder_and_log(window, fake_dialogs):
    window.about_action.trigger()
    name, (title, text) = fake_dialogs.calls[-1]
    assert (name, title) == ("info", "关于安家 Desk")
    assert __version__ in text and "数据文件夹" in text and "日志文件" in text
    assert "anjia-desk.log" in text


def test_change_password_menu_opens_the_dialog(qtbot, window, fake_dialogs):
    window.change_password_action.trigger()
    dialogs = [w for w in window.findChildren(ChangePasswordDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.keyClicks(dialog.fields["old_password"], "admin-pass-1")
    qtbot.keyClicks(dialog.fields["password"], "new-pass-77")
    qtbot.keyClicks(dialog.fields["confirm"], "new-pass-77")
    qtbot.keyClick(dialog.fields["confirm"], Qt.Key.Key_Return)
    assert fake_dialogs.names() == ["info"]


def test_menus_hold_the_agreed_actions(window):
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts == [
        "来访登记…",
        "打印空白来访登记表…",
        "导入客户…",
        "导出 Excel…",
        "修改密码…",
        "切换用户…",
        "锁定屏幕",
        "退出",
    ]
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.print_visitor_action.isEnabled()


@dataclass
class FakeBackup:
    path: Path
    size_bytes: int = 1024


@pytest.fixture
def passphrase_set(monkeypatch):
    """The office has set its backup passphrase (nothing to warn about)."""
    monkeypatch.setattr("anjia_desk.services.backup.has_backup_passphrase", lambda session: True)


def test_scheduled_backup_result_shows_in_the_status_bar(
    qtbot, window, monkeypatch, ctx, passphrase_set
):
    calls = []

    def fake_backup(database, *, now):
        calls.append((database, now))
        return FakeBackup(Path("/backups/anjia-20260305-1230.ajbak"))

    monkeypatch.setattr("anjia_desk.services.backup.run_scheduled_backup", fake_backup)
    window.check_backup()
    qtbot.waitUntil(lambda: "已自动备份" in window.statusBar().currentMessage())
    assert "anjia-20260305-1230.ajbak" in window.statusBar().currentMessage()
    assert calls[0][0] is ctx.database
    assert not window.passphrase_label.isVisible()


def test_scheduled_backup_failure_warns_once(
    qtbot, window, monkeypatch, fake_dialogs, passphrase_set
):
    def failing(database, *, now):
        raise UserError("备份目录不可写")

    monkeypatch.setattr("anjia_desk.services.backup.run_scheduled_backup", failing)
    window.check_backup()
    qtbot.waitUntil(lambda: "自动备份失败" in window.statusBar().currentMessage())
    window.check_backup()
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert fake_dialogs.names() == ["warning"]


def test_closing_while_a_task_runs_asks_first(qtbot, window, fake_dialogs):
    release = threading.Event()
    window.tasks.run(lambda p, c: release.wait(10), on_done=lambda _r: None)
    fake_dialogs.confirm_answer = False
    window.close()
    assert window.isVisible() and fake_dialogs.names() == ["confirm"]
    release.set()
    qtbot.waitUntil(lambda: not window.tasks.busy)


def test_a_scheduled_backup_tells_the_views(qtbot, window, monkeypatch, ctx, passphrase_set):
    from anjia_desk.db.tracking import mark_written
    from anjia_desk.services import backup
    from anjia_desk.services.topics import BACKUP_FILES

    def fake_backup(database, *, now):
        mark_written(BACKUP_FILES)  # as the real backup does
        return FakeBackup(Path("/b/x.anjiabak"))

    monkeypatch.setattr(backup, "run_scheduled_backup", fake_backup)
    seen = []
    ctx.changed.connect(lambda changes: seen.append(changes))
    window.check_backup()
    qtbot.waitUntil(lambda: any(Topic.BACKUPS in c.topics for c in seen))


def test_a_restore_ends_the_session(qtbot, window, ctx):
    ctx.database_replaced.emit()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.restored and not window.backup_timer.isActive()


def test_after_a_restore_the_window_waits_for_the_message_to_be_read(
    qtbot, window, ctx, monkeypatch
):
    """Closing the last window quits the application, and a modal message with it: the window
    closes only once the restore's message is dismissed."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(main_window_module, "RESTORE_CLOSE_RETRY_MS", 5)
    message = QMessageBox(QMessageBox.Icon.Information, "恢复完成", "已恢复", parent=window)
    message.setWindowModality(Qt.WindowModality.ApplicationModal)
    message.show()
    ctx.database_replaced.emit()
    assert not window.backup_timer.isActive() and window.restored
    qtbot.wait(60)  # several retries: the window stays while the message is up
    assert window.isVisible() and message.isVisible()
    message.accept()
    qtbot.waitUntil(lambda: not window.isVisible())


# -- no backup passphrase yet ------------------------------------------------------------------


def _checked(qtbot, win: MainWindow) -> None:
    win.check_backup()
    qtbot.waitUntil(lambda: win.passphrase_missing is not None and not win.tasks.busy)


def test_no_passphrase_warns_in_the_status_bar_and_reminds_an_admin_once(
    qtbot, window, fake_dialogs, ctx
):
    from anjia_desk.services import backup

    assert not window.passphrase_label.isVisible()  # nothing known before the first check
    _checked(qtbot, window)
    label = window.passphrase_label
    assert label.isVisible() and "尚未设置备份口令，自动备份未启用" in label.text()
    assert "设置 → 备份与恢复" in label.toolTip()
    assert fake_dialogs.names() == ["info"]
    title, text = fake_dialogs.calls[0][1]
    assert "备份口令" in title and "设置 → 备份与恢复" in text

    _checked(qtbot, window)  # every 5 minutes: the warning stays, the reminder is not repeated
    assert label.isVisible() and fake_dialogs.names() == ["info"]

    # As the backup page sets it: the layer broadcasts the settings it wrote.
    ops.write(ctx, lambda s, a: backup.set_backup_passphrase(s, a, "correct horse 1"), parent=None)
    qtbot.waitUntil(lambda: not window.passphrase_missing)
    assert not label.isVisible()


def test_the_warning_opens_the_backup_page(qtbot, ctx, fake_dialogs):
    win = MainWindow(ctx, auto_backup=False)  # the real sections
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    _checked(qtbot, win)
    label = win.passphrase_label
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
    assert win.current_section_key() == "settings"
    settings = win.pages.currentWidget()
    assert settings.currentWidget() is settings.pages["backup"]


def test_someone_who_cannot_set_it_sees_the_warning_but_gets_no_reminder(
    qtbot, window, ctx, fake_dialogs
):
    add_user(ctx, "lin", "林前台", ["front_desk"], "secret-44")
    with session_scope(ctx.database) as session:
        ctx.set_actor(users.login(session, "lin", "secret-44"))
    _checked(qtbot, window)
    label = window.passphrase_label
    assert label.isVisible() and "请管理员" in label.text() and "<a " not in label.text()
    assert fake_dialogs.names() == []


def test_each_administrator_is_reminded_once(qtbot, window, ctx, fake_dialogs):
    add_user(ctx, "boss", "王总", ["admin"], "secret-55")
    _checked(qtbot, window)
    assert fake_dialogs.names() == ["info"]
    with session_scope(ctx.database) as session:
        ctx.set_actor(users.login(session, "boss", "secret-55"))
    assert fake_dialogs.names() == ["info", "info"]  # at once, from what the check found


def test_no_reminder_over_the_lock(qtbot, window, fake_dialogs):
    window.lock.lock_now()
    _checked(qtbot, window)
    assert fake_dialogs.names() == [] and window.passphrase_missing
    window.lock.unlock_dialog.password_edit.setText("admin-pass-1")
    window.lock.unlock_dialog.ok_button.click()
    assert not window.lock.is_locked
    assert fake_dialogs.names() == ["info"]


def test_file_menu_opens_import_and_export(qtbot, ctx, fake_dialogs, database):
    """文件 › 导入客户… / 导出 Excel… open the 导入导出 section's wizard and dialog; a consultant
    finds both greyed out."""
    from anjia_desk.core.roles import Role
    from tests.helpers import add_actor

    win = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(win)
    assert win.import_action.isEnabled() and win.export_action.isEnabled()
    win.export_action.trigger()
    exchange = next(s.widget for s in win.sections if s.key == "exchange")
    assert win.pages.currentWidget() is exchange and exchange.export_dialog is not None
    exchange.export_dialog.close()
    fake_dialogs.open_path = None  # the person cancels the file dialog
    win.import_action.trigger()
    assert "open_file" in fake_dialogs.names()

    with session_scope(database, ctx.actor) as s:
        consultant = add_actor(s, "gw", "顾问", Role.CONSULTANT)
    ctx.set_actor(consultant)
    assert not win.import_action.isEnabled() and not win.export_action.isEnabled()
    win.open_import()
    win.open_export()  # nothing happens: no section, no dialog
    assert all(s.key != "exchange" for s in win.sections)


def test_a_settings_write_reloads_the_lock_setting_and_an_unrelated_one_does_not(
    qtbot, window, ctx, monkeypatch
):
    from anjia_desk.services.calendar import save_year
    from anjia_desk.services.settings import update_settings

    loads = []
    monkeypatch.setattr(window.lock, "load_setting", lambda: loads.append(1))
    ops.write(ctx, lambda s, a: update_settings(s, a, {"security.lock_minutes": 15}), parent=None)
    qtbot.waitUntil(lambda: loads == [1])
    done = []
    ops.write(ctx, lambda s, a: save_year(s, a, 2031, []), parent=None, done=done.append)
    qtbot.waitUntil(lambda: done == [None])
    assert loads == [1]
