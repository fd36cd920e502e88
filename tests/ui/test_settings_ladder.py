"""设置 › 办公设置 › 催款 (issue 16): the ladder's field has 默认阶梯 and 快速阶梯 beside it; a
click fills the field, 保存 saves it; who may not edit the group (a consultant, the
administrator: the office's rules are the site manager's) cannot click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from anjia_desk.core.dunning import DEFAULT_LADDER, FAST_LADDER
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_setting
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.settings_page import SettingsPage
from tests.ui.test_settings_page import make_actor

LADDER = "dunning.ladder"


def _page(qtbot, ctx: AppContext) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    page.show_topic("催款")
    return page


def _buttons(page: SettingsPage) -> dict[str, QPushButton]:
    return {button.text(): button for button in page.editors[LADDER].preset_buttons}


def test_the_fast_ladder_is_one_click_away(
    qtbot, ctx: AppContext, database: Database, admin_actor: Actor
) -> None:
    ctx.set_actor(make_actor(database, admin_actor, "jingli", Role.SITE_MANAGER))
    page = _page(qtbot, ctx)
    line = page.editors[LADDER].widget
    assert isinstance(line, QLineEdit)
    assert line.text() == "1、30、45、60、75、90"
    buttons = _buttons(page)
    assert set(buttons) == {"默认阶梯", "快速阶梯"}
    assert all(button.isVisible() and button.isEnabled() for button in buttons.values())

    qtbot.mouseClick(buttons["快速阶梯"], Qt.MouseButton.LeftButton)
    assert line.text() == "1、3、5、30、35、60"
    assert page.dirty_keys() == [LADDER]
    page.save()
    assert page.message.kind == "ok"
    with session_scope(database) as s:
        assert get_setting(s, LADDER) == FAST_LADDER

    qtbot.mouseClick(buttons["默认阶梯"], Qt.MouseButton.LeftButton)
    assert line.text() == "1、30、45、60、75、90"
    page.save()
    with session_scope(database) as s:
        assert get_setting(s, LADDER) == DEFAULT_LADDER


def test_a_consultant_cannot_change_the_ladder(
    qtbot, ctx: AppContext, database: Database, admin_actor: Actor
) -> None:
    ctx.set_actor(make_actor(database, admin_actor, "guwen", Role.CONSULTANT))
    page = _page(qtbot, ctx)
    assert not any(button.isEnabled() for button in _buttons(page).values())
