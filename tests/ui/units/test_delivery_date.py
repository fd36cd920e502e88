"""房源: a building's 预计交付 date (issue 18, 预验房) through 预计交付…, shown beside the
building; a bad date refused beside the field; only those who maintain units see the button."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Building
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.units.delivery_dialog import DeliveryDialog
from anjia_desk.ui.units.page import UnitsSection
from tests.helpers import add_actor
from tests.ui.units.test_units_page import (  # noqa: F401 - the fixtures
    DATE_FORMAT,
    clock,
    make_page,
    manager,
    mctx,
    page,
    units,
)


def test_the_expected_delivery_date_is_set_and_shown(
    qtbot,
    page: UnitsSection,  # noqa: F811 - the fixture imported above
    database: Database,
) -> None:
    page.select_building("1栋")
    assert page.delivery_button.isVisible() and page.delivery_button.isEnabled()
    qtbot.mouseClick(page.delivery_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, DeliveryDialog) and dialog.day.text() == ""
    dialog.day.setText("2027-02-30")
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    assert dialog.errors.message("delivery_on") == DATE_FORMAT
    dialog.day.setText("2027-02-28")
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.message.text() == "1栋：预计交付 2027-02-28。"
    qtbot.waitUntil(lambda: "交付 2027-02-28" in page.building_list.item(0).text())
    with session_scope(database, Actor.system()) as s:
        [day] = s.query(Building.delivery_on).all()
        assert day == (date(2027, 2, 28),)


def test_a_consultant_has_no_such_button(
    qtbot,
    database: Database,
    units,  # noqa: F811 - the fixture imported above
    fake_dialogs,
) -> None:
    with session_scope(database, Actor.system()) as s:
        consultant = add_actor(s, "gw", "顾问", Role.CONSULTANT)
    ctx = AppContext(database, consultant, dialogs=fake_dialogs)  # type: ignore[arg-type]
    section = make_page(qtbot, ctx)
    assert not section.delivery_button.isVisible()
