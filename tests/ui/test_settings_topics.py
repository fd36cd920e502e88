"""设置 › 办公设置 by topic (issue 13): one page per topic, each fitting a 1366×768 screen; a topic
its role may not change is read-only with who may; unsaved changes are asked about (保存 / 放弃 /
取消) before moving to another topic or closing the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QScrollArea

from anjia_desk.core.roles import Role
from anjia_desk.core.settings import GROUPS, SPECS
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_setting
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.settings_page import BoundedSpinBox, SettingsPage, ZoneBox
from anjia_desk.ui.style import SCREEN_SHARE
from tests.services.test_settings_rights import OWNERS
from tests.ui.test_settings_page import make_actor


@pytest.fixture
def page(qtbot, ctx: AppContext) -> SettingsPage:
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.reload()
    return widget


def _read_only(widget: object) -> bool:
    if isinstance(widget, QCheckBox | ZoneBox):
        return not widget.isEnabled()
    assert isinstance(widget, QLineEdit | BoundedSpinBox)
    return widget.isReadOnly()


@pytest.mark.parametrize(
    "role", [Role.ADMIN, Role.SITE_MANAGER, Role.MARKETING_HEAD, Role.CONSULTANT]
)
def test_each_topic_is_editable_only_by_the_roles_that_own_it(
    qtbot, database: Database, admin_actor: Actor, fake_dialogs, role: Role
) -> None:
    actor = admin_actor if role is Role.ADMIN else make_actor(database, admin_actor, "who", role)
    page = SettingsPage(AppContext(database, actor, dialogs=fake_dialogs))
    qtbot.addWidget(page)
    page.show()
    assert page.topics == GROUPS
    owned = {group for group, roles in OWNERS.items() if role in roles}
    assert page.editable_topics == owned
    for group in page.topics:
        page.show_topic(group)
        assert page.current_topic == group
        for key in (k for k, spec in SPECS.items() if spec.group == group):
            assert _read_only(page.editors[key].widget) == (group not in owned), key
        assert page.save_button.isVisible() == (group in owned)
        if group in owned:
            assert not page.note.isVisible()
        else:
            owners = "、".join(r.label for r in Role if r in OWNERS[group])
            assert page.note.isVisible() and f"只有{owners}可以修改" in page.note.text()
            row = page.topics.index(group)
            assert page.topic_list.item(row).text() == f"{group}（只读）"


def _type_company(page: SettingsPage, text: str) -> QLineEdit:
    line = page.editors["letterhead.company"].widget
    assert isinstance(line, QLineEdit)
    line.setText(text)
    return line


def test_moving_to_another_topic_with_nothing_unsaved_asks_nothing(page, fake_dialogs) -> None:
    page.show_topic("备份")
    assert page.current_topic == "备份"
    assert page.stack.currentIndex() == page.topics.index("备份")
    assert "save_discard_cancel" not in fake_dialogs.names()


def test_cancel_stays_on_the_topic_with_the_changes(page, fake_dialogs) -> None:
    line = _type_company(page, "安家置业")
    fake_dialogs.unsaved_answer = "cancel"
    page.topic_list.setCurrentRow(page.topics.index("备份"))  # a click on 备份
    assert fake_dialogs.names()[-1] == "save_discard_cancel"
    assert "公司名称" in fake_dialogs.calls[-1][1][1]
    assert page.current_topic == "信头"
    assert page.topic_list.currentRow() == page.topics.index("信头")
    assert line.text() == "安家置业" and page.is_dirty()


def test_discard_moves_on_and_forgets_the_changes(page, fake_dialogs, database) -> None:
    line = _type_company(page, "安家置业")
    fake_dialogs.unsaved_answer = "discard"
    page.show_topic("备份")
    assert page.current_topic == "备份"
    assert line.text() == "" and not page.is_dirty()
    with session_scope(database) as s:
        assert get_setting(s, "letterhead.company") == ""


def test_save_saves_then_moves_on(qtbot, page, fake_dialogs, database) -> None:
    _type_company(page, "安家置业")
    fake_dialogs.unsaved_answer = "save"
    page.show_topic("备份")
    qtbot.waitUntil(lambda: page.current_topic == "备份")
    assert not page.is_dirty()
    with session_scope(database) as s:
        assert get_setting(s, "letterhead.company") == "安家置业"


def test_a_refused_save_stays_to_show_why(qtbot, page, fake_dialogs, database) -> None:
    page.show_topic("系统与安全")
    spin = page.editors["security.lock_minutes"].widget
    assert isinstance(spin, BoundedSpinBox)
    spin.lineEdit().setText("0")
    fake_dialogs.unsaved_answer = "save"
    page.show_topic("备份")
    qtbot.waitUntil(lambda: page.errors.any_shown())
    assert page.current_topic == "系统与安全"
    assert "不能小于 1" in page.errors.message("security.lock_minutes")
    # Later, with the value corrected and saved, moving on asks nothing more.
    spin.lineEdit().setText("12")
    page.show_topic("备份")
    qtbot.waitUntil(lambda: page.current_topic == "备份")
    with session_scope(database) as s:
        assert get_setting(s, "security.lock_minutes") == 12


@pytest.fixture
def window(qtbot, ctx: AppContext, monkeypatch, tmp_path) -> Iterator:
    from anjia_desk.ui.main_window import MainWindow

    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))
    win = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(win)
    win.show()
    win.show_section("settings")
    yield win


def _settings_page(win) -> SettingsPage:
    section = next(s.widget for s in win.sections if s.key == "settings")
    page = section.pages["general"]
    assert isinstance(page, SettingsPage)
    section.setCurrentWidget(page)
    return page


def test_closing_the_window_asks_about_unsaved_settings(qtbot, window, fake_dialogs) -> None:
    page = _settings_page(window)
    page.reload()
    qtbot.waitUntil(lambda: page.editors["letterhead.company"].read() == "" and page._saved != {})
    _type_company(page, "安家置业")
    fake_dialogs.unsaved_answer = "cancel"
    window.close()
    assert fake_dialogs.names()[-1] == "save_discard_cancel"
    assert window.isVisible() and page.is_dirty()

    fake_dialogs.unsaved_answer = "discard"
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_no_topic_is_taller_than_a_1366_by_768_screen_shows(qtbot, window) -> None:
    """The window at its size on a 1366×768 screen with a 40-px taskbar (as MainWindow picks
    it): every topic's page shows whole, without a scroll bar."""
    free_height = 768 - 40
    window.resize(1200, min(760, int(free_height * SCREEN_SHARE)))
    page = _settings_page(window)
    page.reload()
    for group in page.topics:
        page.show_topic(group)
        scroll = page.stack.currentWidget()
        assert isinstance(scroll, QScrollArea)
        qtbot.waitUntil(lambda s=scroll: s.viewport().height() > 100)
        content = scroll.widget()
        assert content is not None
        needed = content.minimumSizeHint().height()
        assert needed <= scroll.viewport().height(), (group, needed, scroll.viewport().height())
        assert scroll.verticalScrollBar().maximum() == 0, group


def test_switching_user_asks_about_unsaved_settings(qtbot, window, fake_dialogs) -> None:
    page = _settings_page(window)
    page.reload()
    qtbot.waitUntil(lambda: page.editors["letterhead.company"].read() == "" and page._saved != {})
    _type_company(page, "安家置业")
    fake_dialogs.unsaved_answer = "cancel"
    window.switch_user()
    assert fake_dialogs.names()[-1] == "save_discard_cancel"
    assert window.lock.login_dialog is None and page.is_dirty()  # stays, the edit kept

    fake_dialogs.unsaved_answer = "discard"
    window.switch_user()
    assert window.lock.login_dialog is not None and not page.is_dirty()
    window.lock.login_dialog.reject()
