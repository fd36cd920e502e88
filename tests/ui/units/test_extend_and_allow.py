"""The 房源 page's 锁定延期… (the holder up to the count, then only the site manager with a
reason; the counter on the panel) and 开盘选房's 认筹金 (a number without it is refused on the
bar, the site manager's 特许选房… lets it choose)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from anjia_desk.core.deals import UnitStatus
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import ReasonDialog
from anjia_desk.ui.units.page import UnitsSection
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.ui.units.test_units_page import Clock, click_unit, make_page, status_of, type_chinese

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 in the office


@pytest.fixture
def people(database: Database) -> dict[str, Actor]:
    with session_scope(database, Actor.system()) as s:
        return {
            "manager": add_actor(s, "lijingli", "李经理", Role.SITE_MANAGER),
            "consultant": add_actor(s, "zhangwei", "张伟", Role.CONSULTANT),
        }


@pytest.fixture
def units(database: Database) -> list[int]:
    with session_scope(database, Actor.system()) as s:
        project = make_project(s)
        made = make_building(s, project)
        make_customer(s)
        return [u.id for u in made]


def page_for(qtbot, database: Database, actor: Actor, fake_dialogs) -> UnitsSection:
    ctx = AppContext(database, actor, dialogs=fake_dialogs, clock=Clock(NOW))  # type: ignore[arg-type]
    return make_page(qtbot, ctx)


def texts(dialog: ReasonDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def extend(qtbot, page: UnitsSection, reason: str = "") -> ReasonDialog:
    qtbot.mouseClick(page.panel.extend_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    if reason:
        type_chinese(dialog.reason, reason)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def test_the_holder_extends_twice_then_the_site_manager(
    qtbot, database: Database, people, units, fake_dialogs
) -> None:
    from anjia_desk.services.holds import hold_unit

    consultant, manager = people["consultant"], people["manager"]
    with session_scope(database, consultant) as s:
        hold_unit(s, consultant, units[0], customer_id=1, now=NOW)
    page = page_for(qtbot, database, consultant, fake_dialogs)
    click_unit(qtbot, page, units[0])
    qtbot.waitUntil(lambda: page.panel.extend_button.isVisible())
    assert page.panel.extend_button.isEnabled()
    dialog = extend(qtbot, page)  # no reason needed within the count
    assert "延期 24 小时后至 2026-11-22 10:00（已延期 0/2 次）" in texts(dialog)
    assert page.dialog is None
    assert page.message.text() == "已将 1栋0101 的锁定延期至 2026-11-22 10:00（已延期 1 次）。"
    qtbot.waitUntil(lambda: "已延期 1/2 次" in page.panel.fields["hold"].text())
    assert "至 2026-11-22 10:00" in page.panel.fields["hold"].text()
    extend(qtbot, page)
    qtbot.waitUntil(lambda: "已延期 2/2 次" in page.panel.fields["hold"].text())
    assert "再延期需案场经理" in page.panel.fields["hold"].text()
    # the count is used up: the button stays, disabled, and says why
    button = page.panel.extend_button
    assert button.isVisible() and not button.isEnabled()
    assert button.toolTip() == "已延期 2 次，再延期需案场经理"

    boss = page_for(qtbot, database, manager, fake_dialogs)
    click_unit(qtbot, boss, units[0])
    qtbot.waitUntil(lambda: boss.panel.extend_button.isEnabled())
    dialog = extend(qtbot, boss)
    assert dialog.required and boss.dialog is dialog
    assert dialog.errors.message("reason") == "请填写原因"
    type_chinese(dialog.reason, "按揭材料在途")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert boss.dialog is None
    assert boss.message.text() == "已将 1栋0101 的锁定延期至 2026-11-24 10:00（已延期 3 次）。"
    assert status_of(boss, units[0]) is UnitStatus.HELD


def test_a_number_without_its_money_waits_for_the_site_manager(
    qtbot, database: Database, people, units, fake_dialogs, monkeypatch
) -> None:
    from anjia_desk.services.tickets import issue_ticket

    manager, consultant = people["manager"], people["consultant"]
    with session_scope(database, manager) as s:
        issue_ticket(s, manager, project_id=1, customer_id=1, amount=Decimal(20000), now=NOW)
    seller = page_for(qtbot, database, consultant, fake_dialogs)
    qtbot.mouseClick(seller.choice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seller.queue_label.text() != "")
    assert seller.queue_label.text() == "当前：第 1 号 王建国（认筹金未收）"
    assert not seller.allow_button.isVisible()  # not the consultant's to allow
    click_unit(qtbot, seller, units[0])
    assert seller.message.text().startswith("第 1 号认筹金未收（应收 20,000.00 元，已收 0.00 元）")
    assert fake_dialogs.names() == []  # refused before asking
    assert status_of(seller, units[0]) is UnitStatus.AVAILABLE

    page = page_for(qtbot, database, manager, fake_dialogs)
    qtbot.mouseClick(page.choice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.allow_button.isVisible())
    qtbot.mouseClick(page.allow_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    assert "应收 20,000.00 元，已收 0.00 元" in texts(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("reason") == "请填写原因"
    type_chinese(dialog.reason, "转账在途")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert page.message.text() == "第 1 号已特许选房，可以选房了。"
    qtbot.waitUntil(lambda: page.queue_label.text() == "当前：第 1 号 王建国（特许选房）")
    assert not page.allow_button.isVisible()
    # choose, but print nothing
    monkeypatch.setattr(fake_dialogs, "confirm", lambda parent, title, text: title == "确认选房")
    click_unit(qtbot, page, units[0])
    qtbot.waitUntil(lambda: status_of(page, units[0]) is UnitStatus.HELD)
