"""换房 and 更名 through the window (issue 17): the request dialog with the new unit and its
live price, or the new buyer; no retention talk; review, two approvals, execution — the deal
moves to the new unit (the old one back to 可售 on the 销控表) or carries the new buyer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.core.changes import ChangeKind, ChangeStatus, RenameMode
from anjia_desk.core.deals import UnitStatus
from anjia_desk.core.identity import check_character
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Deal
from anjia_desk.ui.changes import window as change_window
from anjia_desk.ui.changes.request_dialog import RequestDialog
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.units.page import UnitsSection
from tests.ui.changes.conftest import Office
from tests.ui.changes.test_refund_flow import click, deal_window, order_window, press_ok, status

pytestmark = pytest.mark.usefixtures("at_now")


def request(qtbot, ctx: AppContext, office: Office) -> RequestDialog:
    deal = deal_window(qtbot, ctx, office.deal_id, office.world.secretary)
    deal.tabs.setCurrentWidget(deal.changes_tab)
    qtbot.waitUntil(lambda: deal.changes_tab.loaded)
    qtbot.mouseClick(deal.changes_tab.request_button, Qt.MouseButton.LeftButton)
    dialog = deal.changes_tab.request_dialog
    assert dialog is not None
    return dialog


def approve_and_execute(qtbot, ctx: AppContext, office: Office, order_id: int) -> None:
    world = office.world
    window = order_window(qtbot, ctx, order_id, world.manager)
    assert status(window) is ChangeStatus.REVIEW  # no retention talk for 换房/更名
    assert not window.buttons[ChangeAction.PAY].isVisible()
    click(qtbot, window, ChangeAction.REVIEW)
    press_ok(qtbot, window.sub_dialog)
    qtbot.waitUntil(lambda: status(window) is ChangeStatus.APPROVAL)
    for approver in (office.marketing, world.finance):
        window = order_window(qtbot, ctx, order_id, approver)
        click(qtbot, window, ChangeAction.APPROVE)
        qtbot.waitUntil(lambda window=window: not window.buttons[ChangeAction.APPROVE].isEnabled())
    window = order_window(qtbot, ctx, order_id, world.manager)
    click(qtbot, window, ChangeAction.EXECUTE)
    qtbot.waitUntil(lambda: status(window) in (ChangeStatus.EXECUTED, ChangeStatus.CLOSED))


def test_swap_moves_the_deal_to_the_new_unit(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    new_unit = office.world.unit_ids[1]
    dialog = request(qtbot, ctx, office)
    dialog.set_kind(ChangeKind.SWAP)
    dialog.new_unit.setCurrentIndex(dialog.new_unit.findData(new_unit))
    assert dialog.quote_value is not None and "新成交价" in dialog.quote_label.text()
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: len(change_window._OPEN) == 1)
    [order_id] = change_window._OPEN
    window = change_window._OPEN[order_id]
    qtbot.waitExposed(window)
    assert "→" in window.request_panel.values["swap"].text()
    approve_and_execute(qtbot, ctx, office, order_id)
    with session_scope(database) as s:
        deal = s.get(Deal, office.deal_id)
        assert deal is not None and deal.unit_id == new_unit
    board = UnitsSection(ctx)
    qtbot.addWidget(board)
    board.resize(1300, 900)
    board.show()
    qtbot.waitUntil(lambda: board.board.cell(office.unit_id) is not None)
    old, new = board.board.cell(office.unit_id), board.board.cell(new_unit)
    assert old is not None and old.status is UnitStatus.AVAILABLE
    assert new is not None and new.status is UnitStatus.SUBSCRIBED


def test_rename_puts_the_new_buyer_on_the_deal(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    first17 = "11010520000101001"
    dialog = request(qtbot, ctx, office)
    dialog.set_kind(ChangeKind.RENAME)
    dialog.rename_mode.setCurrentIndex(dialog.rename_mode.findData(RenameMode.REPLACE.value))
    dialog.new_name.setText("王小明")
    dialog.new_id.setText(first17 + check_character(first17))
    dialog.relation.setCurrentIndex(dialog.relation.findData("子女"))
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: len(change_window._OPEN) == 1)
    [order_id] = change_window._OPEN
    window = change_window._OPEN[order_id]
    qtbot.waitExposed(window)
    text = window.request_panel.values["rename"].text()
    assert "王建国 → 王小明" in text and "子女" in text and "书面同意" in text
    approve_and_execute(qtbot, ctx, office, order_id)
    with session_scope(database) as s:
        deal = s.get(Deal, office.deal_id)
        assert deal is not None and deal.buyer_name == "王小明"
