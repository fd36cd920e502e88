"""Each role opens on its own page after login: the front desk, consultants and the site
manager on 工作台, the cashier and finance on 交易 › 收据 (not the 销控表), the administrator on
设置 › 用户."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from anjia_desk.core.roles import START_PAGES, Role, start_page
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.main_window import MainWindow
from anjia_desk.ui.start_page import go_to
from tests.helpers import add_actor


def person(database: Database, role: Role, username: str | None = None) -> Actor:
    with session_scope(database, Actor.system()) as s:
        return add_actor(s, username or role.value, f"{role.label}甲", role)


def shown(window: MainWindow) -> str:
    """The address in front: "section" or "section/tab"."""
    key = window.current_section_key()
    widget = window.pages.currentWidget()
    tabs = widget if isinstance(widget, QTabWidget) else getattr(widget, "tabs", None)
    pages = getattr(widget, "tab_widgets", None) or getattr(widget, "pages", None)
    if isinstance(tabs, QTabWidget) and isinstance(pages, dict):
        current = tabs.currentWidget()
        tab = next(k for k, w in pages.items() if w is current)
        return f"{key}/{tab}"
    return str(key)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (Role.FRONT_DESK, "workbench"),
        (Role.CONSULTANT, "workbench"),
        (Role.SITE_MANAGER, "workbench"),
        (Role.SALES_SECRETARY, "units"),
        (Role.CASHIER, "deals/receipts"),
        (Role.FINANCE, "deals/receipts"),
        (Role.ADMIN, "settings/users"),
    ],
)
def test_each_role_opens_on_its_own_page(
    qtbot, database: Database, fake_dialogs, role: Role, expected: str
) -> None:
    ctx = AppContext(database, person(database, role), dialogs=fake_dialogs)
    window = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(window)
    assert shown(window) == expected
    assert (
        window.nav.currentItem().text()
        == {
            "workbench": "工作台",
            "units": "房源",
            "deals": "交易",
            "settings": "设置",
        }[expected.partition("/")[0]]
    )


def test_every_role_has_a_start_page_and_several_roles_pick_the_daily_work() -> None:
    assert set(START_PAGES) == set(Role)
    assert start_page([Role.ADMIN, Role.SITE_MANAGER]) == "workbench"
    assert start_page([Role.CASHIER, Role.FINANCE]) == "deals/receipts"
    assert start_page([]) is None


def test_a_new_person_starts_on_their_page_and_the_same_person_stays(
    qtbot, ctx: AppContext, database: Database
) -> None:
    window = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(window)
    assert shown(window) == "settings/users"  # the administrator
    assert go_to(window, "settings/general")
    ctx.set_actor(ctx.actor)  # the same person again (a refresh, an unlock): the page stays
    assert shown(window) == "settings/general"
    ctx.set_actor(person(database, Role.CASHIER))  # 切换用户 to the cashier
    assert shown(window) == "deals/receipts"
    assert not go_to(window, "settings/users")  # the cashier has no 用户 page…
    assert shown(window) == "deals/receipts"
