"""The mailing address in the window (issue 16): typed in the 认购 dialog (Chinese through an
input-method commit, checked beside its field, in keyboard order), shown on the deal window's 概要
tab with the penalty clause, masked for the cashier, and changed through 修改… by the secretary
(a stale copy is refused, not overwritten)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Deal
from anjia_desk.services.deal_address import set_mailing_address
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals import window as deal_window
from anjia_desk.ui.deals.address_dialog import AddressDialog
from anjia_desk.ui.deals.subscribe import SubscribeDialog
from tests.ui.deals.test_deal_window import ID_NUMBER, World, open_window, subscribe_deal

pytestmark = pytest.mark.usefixtures("close_windows")

ADDRESS = "北京市朝阳区建国路88号3号楼1201室"


def type_chinese(widget: QWidget, text: str) -> None:
    """Chinese arrives as an input method's commit (qtbot.keyClicks aborts on it)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def deal_row(database: Database, deal_id: int) -> Deal:
    with session_scope(database) as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        return deal


def test_the_address_typed_at_subscribe_shows_on_the_deal_window(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    ctx.set_actor(world.secretary)
    dialog = SubscribeDialog(ctx, None, unit_id=world.unit_ids[0], customer_id=world.customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.buyer_name.hasFocus())  # the customer is known: the buyer
    qtbot.keyClicks(dialog.buyer_id, ID_NUMBER)
    # Keyboard order: the address follows the ID number, the postcode the address.
    dialog.buyer_id.setFocus()
    qtbot.waitUntil(lambda: dialog.buyer_id.hasFocus())
    qtbot.keyClick(dialog.buyer_id, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.address
    type_chinese(dialog.address, ADDRESS)
    assert dialog.address.text() == ADDRESS
    qtbot.keyClick(dialog.address, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.postcode
    qtbot.keyClicks(dialog.postcode, "10002")
    qtbot.keyClicks(dialog.deposit, "50000")

    # A short postcode is said beside it; nothing is written.
    qtbot.keyClick(dialog.deposit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.message("mailing_postcode") == "邮政编码应为 6 位数字"
    with session_scope(database) as s:
        assert s.query(Deal).count() == 0
    # A postcode without an address neither.
    dialog.address.clear()
    qtbot.keyClicks(dialog.postcode, "0")
    qtbot.keyClick(dialog.deposit, Qt.Key.Key_Return)
    assert dialog.errors.message("mailing_postcode") == "填写了邮政编码，请同时填写通讯地址"

    type_chinese(dialog.address, ADDRESS)
    with qtbot.waitSignal(ctx.changed):
        qtbot.keyClick(dialog.deposit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.deal_id is not None and dialog.deal_id in deal_window._OPEN)
    assert dialog.deal_id is not None
    deal = deal_row(database, dialog.deal_id)
    assert (deal.mailing_address, deal.mailing_postcode) == (ADDRESS, "100020")
    window = deal_window._OPEN[dialog.deal_id]
    qtbot.waitUntil(lambda: window.detail is not None and window.isVisible())
    summary = window.summary_tab
    assert summary.fields["address"].text() == f"{ADDRESS}（邮编 100020）"
    assert summary.address_button.isVisible()
    assert summary.fields["penalty"].text() == "每日万分之 5.00（合同第九条）"
    assert "万分之5的违约金" in summary.fields["penalty"].toolTip()


def test_the_cashier_reads_it_masked_and_the_secretary_changes_it(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    deal_id = subscribe_deal(database, world)
    with session_scope(database, world.secretary) as s:
        set_mailing_address(s, world.secretary, deal_id, ADDRESS, "100020")

    cashier_window = open_window(qtbot, ctx, deal_id, world.cashier)
    summary = cashier_window.summary_tab
    assert summary.fields["address"].text() == "北京市朝阳区****（邮编 100020）"
    assert not summary.address_button.isVisible()
    cashier_window.close()

    window = open_window(qtbot, ctx, deal_id, world.secretary)
    summary = window.summary_tab
    assert summary.address_button.isVisible()
    qtbot.mouseClick(summary.address_button, Qt.MouseButton.LeftButton)
    dialog = window.sub_dialog
    assert isinstance(dialog, AddressDialog)
    assert (dialog.address.text(), dialog.postcode.text()) == (ADDRESS, "100020")
    dialog.address.clear()
    dialog.postcode.clear()
    type_chinese(dialog.address, "上海市浦东新区世纪大道100号")
    qtbot.keyClicks(dialog.postcode, "200120")
    qtbot.keyClick(dialog.postcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    qtbot.waitUntil(
        lambda: summary.fields["address"].text() == "上海市浦东新区世纪大道100号（邮编 200120）"
    )
    assert window.message.text() == "已保存通讯地址。"

    # Changed on another PC meanwhile: the stale dialog is refused and says so.
    dialog = window.ask_address()
    assert isinstance(dialog, AddressDialog)
    with session_scope(database, world.manager) as s:
        set_mailing_address(s, world.manager, deal_id, ADDRESS, "100020")
    dialog.postcode.setText("200000")
    qtbot.keyClick(dialog.postcode, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.kind == "error"
    assert deal_row(database, deal_id).mailing_postcode == "100020"
    dialog.reject()
