"""帮助: 使用指南 (a guide per role, opening on the user's own) and 开办清单 (the first-run
checklist, shown after the first administrator logs in and reopened from the menu)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import update_settings
from anjia_desk.ui import ops
from anjia_desk.ui.app import Startup
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.first_run_checklist import DONE_MARK, TODO_MARK, ChecklistDialog
from anjia_desk.ui.help import GuideDialog
from anjia_desk.ui.main_window import MainWindow
from anjia_desk.ui.role_guides import GUIDES
from tests.helpers import add_actor

# A reopened dialog is raised above the window; the offscreen platform cannot, and says so.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")


def make_window(qtbot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    return window


def help_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.help_menu.actions() if a.isVisible() and a.text()]


def open_checklist(qtbot, window: MainWindow) -> ChecklistDialog:
    window.help.checklist_action.trigger()
    dialog = window.help.checklist
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.items) == 4)
    return dialog


def test_the_help_menu_has_the_guide_and_the_checklist(qtbot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    window.help.update_actions()
    assert help_titles(window) == ["使用指南…", "开办清单…", f"关于{window.windowTitle()}"]


def test_the_guide_opens_on_the_users_own_role(qtbot, ctx: AppContext, database: Database):
    window = make_window(qtbot, ctx)
    window.help.guide_action.trigger()
    guide = window.help.guide
    assert isinstance(guide, GuideDialog) and guide.isVisible()
    assert guide.current_role() is Role.ADMIN
    assert "开办清单" in guide.browser.toPlainText()

    with session_scope(database, Actor.system()) as s:
        cashier = add_actor(s, "k1", "钱出纳", Role.CASHIER)
    ctx.set_actor(cashier)
    window.help.guide_action.trigger()
    assert window.help.guide is guide and guide.current_role() is Role.CASHIER
    text = guide.browser.toPlainText()
    assert "出纳" in text and "收认筹金" in text
    # Another role's guide is one click away.
    guide.role_list.setCurrentRow(list(Role).index(Role.FRONT_DESK))
    assert "F2" in guide.browser.toPlainText()


def test_every_role_has_a_guide_in_chinese() -> None:
    assert set(GUIDES) == set(Role)
    for role, html in GUIDES.items():
        assert f"<h3>{role.label}</h3>" in html
        assert "<p>" in html and len(html) > 100


def test_the_checklist_ticks_from_the_database_and_goes_to_the_page(qtbot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    dialog = open_checklist(qtbot, window)
    assert dialog.isVisible() and not dialog.isModal()
    assert [i.key for i in dialog.items] == ["letterhead", "project", "users", "passphrase"]
    assert {k: m.text() for k, m in dialog.marks.items()} == dict.fromkeys(
        ("letterhead", "project", "users", "passphrase"), TODO_MARK
    )
    assert dialog.progress.text() == "已完成 0 / 4 项"

    qtbot.mouseClick(dialog.buttons["letterhead"], Qt.MouseButton.LeftButton)
    assert window.current_section_key() == "settings"
    settings = window.pages.currentWidget()
    assert settings.currentWidget() is settings.pages["general"]
    qtbot.mouseClick(dialog.buttons["passphrase"], Qt.MouseButton.LeftButton)
    assert settings.currentWidget() is settings.pages["backup"]
    qtbot.mouseClick(dialog.buttons["project"], Qt.MouseButton.LeftButton)
    assert window.current_section_key() == "units"

    # The letterhead is filled in (here by a write of the operation layer): the list reads again.
    ops.write(
        ctx,
        lambda s, a: update_settings(
            s, a, {"letterhead.company": "安家置业", "letterhead.project": "春江苑"}
        ),
        parent=None,
    )
    qtbot.waitUntil(lambda: dialog.marks["letterhead"].text() == DONE_MARK)
    assert dialog.progress.text() == "已完成 1 / 4 项"

    dialog.close()
    assert not dialog.isVisible()
    reopened = open_checklist(qtbot, window)  # 帮助 → 开办清单 again
    assert reopened.isVisible() and reopened.marks["letterhead"].text() == DONE_MARK


def test_the_checklist_is_not_in_others_menus(qtbot, ctx: AppContext, database: Database):
    with session_scope(database, Actor.system()) as s:
        consultant = add_actor(s, "c1", "李娜", Role.CONSULTANT)
    ctx.set_actor(consultant)
    window = make_window(qtbot, ctx)
    window.help.update_actions()
    assert help_titles(window) == ["使用指南…", f"关于{window.windowTitle()}"]
    assert window.help.open_checklist() is None


@pytest.fixture
def startup(qtbot, tmp_path: Path, fake_dialogs):
    codes: list[int] = []
    run = Startup(str(tmp_path / "new.db"), dialogs=fake_dialogs, exit_app=codes.append,
                  auto_backup=False)  # fmt: skip
    run.start()
    qtbot.addWidget(run.login)
    yield run
    if run.window is not None:
        run.window.close()
    run.shutdown()


def test_the_checklist_opens_after_the_first_administrator_logs_in(qtbot, startup) -> None:
    qtbot.waitUntil(lambda: startup.first_admin is not None and startup.first_admin.isVisible())
    first = startup.first_admin
    qtbot.keyClicks(first.fields["username"], "boss")
    first.fields["display_name"].setText("王老板")
    qtbot.keyClicks(first.fields["password"], "secret12")
    qtbot.keyClicks(first.fields["confirm"], "secret12")
    qtbot.keyClick(first.fields["confirm"], Qt.Key.Key_Return)
    login = startup.login
    qtbot.waitUntil(login.isVisible)
    qtbot.keyClicks(login.password_edit, "secret12")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible())
    window = startup.window
    qtbot.waitUntil(
        lambda: window.help.checklist is not None and len(window.help.checklist.items) == 4
    )
    assert window.help.checklist.isVisible()
    assert window.current_section_key() == "settings"  # the administrator's own page


def test_the_checklist_says_automatic_anonymisation_is_on(qtbot, ctx: AppContext) -> None:
    """Issue 14: anonymisation at the end of the retention period is on by default, and the
    first-run checklist says so."""
    window = make_window(qtbot, ctx)
    dialog = open_checklist(qtbot, window)
    qtbot.waitUntil(lambda: bool(dialog.privacy_note.text()))
    assert "自动匿名化已开启" in dialog.privacy_note.text()
    assert "24 个月" in dialog.privacy_note.text()
