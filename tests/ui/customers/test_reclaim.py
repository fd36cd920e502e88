"""The follow-up tab of a customer whose protection lapsed (issue 13): its former owner's follow-up
takes it back from the public pool, and the tab says so."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers.followups_tab import FollowUpsTab
from tests.helpers import add_actor
from tests.services.test_followups import NOW, TODAY, make_customer
from tests.ui.customers.test_tabs import shown, type_chinese

LATE = NOW + timedelta(days=45)  # the 30 days' protection lapsed 15 days ago


def test_the_former_owners_follow_up_takes_a_lapsed_customer_back(
    qtbot, database: Database, fake_dialogs
) -> None:
    with session_scope(database, Actor.system()) as s:
        wang = add_actor(s, "wang", "王芳", Role.CONSULTANT)
        customer_id = make_customer(s, wang, grade="C").id
    ctx = AppContext(database, wang, dialogs=fake_dialogs, clock=lambda: LATE)  # type: ignore[arg-type]
    tab = shown(qtbot, FollowUpsTab(ctx, customer_id))
    assert "已进入公客池" in tab.status.text()
    assert tab.form_box.isEnabled()

    tab.content.setFocus()
    type_chinese(tab.content, "电话回访，客户仍在看房")
    with qtbot.waitSignal(ctx.changed):
        qtbot.keyClick(tab.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.message.kind == "ok" and "重新归您跟进" in tab.message.text()
    assert "已进入公客池" not in tab.status.text()
    until = TODAY + timedelta(days=45 + 30)
    assert f"保护期至 {until.isoformat()}" in tab.status.text()
    with session_scope(database, Actor.system()) as s:
        customer = s.get(Customer, customer_id)
        assert customer is not None and customer.protected_until == until
