"""A refund from the written request to the unit back on the 销控表, through the real widgets
(issue 17): a subscribed deal → 申请变更 (退定, the buyer at fault) on the deal window's 变更 tab →
洽谈 led by the customer-service manager (the seller and the secretary see no button) → 审核 by
the site manager → 审批 by the marketing head and finance → 执行 → the unit shows 可售 on the
销控表 → 支付退款 by the cashier → 财务确认 → 已办结."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.core.changes import ChangeKind, ChangeStatus, Fault, ReasonType, TalkOutcome
from anjia_desk.core.deals import Stage, UnitStatus
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import ChangeOrder, Deal
from anjia_desk.services.context import Actor
from anjia_desk.ui.changes import window as change_window
from anjia_desk.ui.changes.dialogs import TalkDialog, VoucherDialog
from anjia_desk.ui.changes.request_dialog import RequestDialog
from anjia_desk.ui.changes.window import ChangeWindow, open_change
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.window import DealWindow, open_deal
from anjia_desk.ui.forms import ReasonDialog
from anjia_desk.ui.units.page import UnitsSection
from tests.ui.changes.conftest import Office

pytestmark = pytest.mark.usefixtures("at_now")


def deal_window(qtbot, ctx: AppContext, deal_id: int, actor: Actor) -> DealWindow:
    ctx.set_actor(actor)
    window = open_deal(ctx, deal_id)
    qtbot.waitExposed(window)
    return window


def order_window(qtbot, ctx: AppContext, order_id: int, actor: Actor) -> ChangeWindow:
    """The order as `actor` sees it on their own PC (the window opened afresh)."""
    old = change_window._OPEN.get(order_id)
    if old is not None:
        old.close()
    ctx.set_actor(actor)
    window = open_change(ctx, order_id)
    qtbot.waitExposed(window)
    return window


def click(qtbot, window: ChangeWindow, action: ChangeAction) -> None:
    button = window.buttons[action]
    assert button.isVisible() and button.isEnabled(), (action, button.toolTip())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def status(window: ChangeWindow) -> ChangeStatus:
    assert window.detail is not None
    return window.detail.row.status


def request_to_execution(
    qtbot, ctx: AppContext, database: Database, office: Office, fake_dialogs
) -> int:
    """From the written request to the executed order with the unit back on the board; the
    order's id."""
    world = office.world

    # 申请变更 on the deal window's 变更 tab, as the sales secretary.
    deal = deal_window(qtbot, ctx, office.deal_id, world.secretary)
    assert deal.request_change_button.isVisible()  # 申请变更… in the header too
    deal.tabs.setCurrentWidget(deal.changes_tab)
    tab = deal.changes_tab
    qtbot.waitUntil(lambda: tab.loaded)
    assert tab.changes_model.rowCount() == 0
    assert tab.request_button.isVisible() and tab.request_button.isEnabled()
    qtbot.mouseClick(tab.request_button, Qt.MouseButton.LeftButton)
    dialog = tab.request_dialog
    assert isinstance(dialog, RequestDialog)
    assert dialog.kind_value() is ChangeKind.UNSUBSCRIBE  # before 签约: 退定
    assert dialog.kind.findData(ChangeKind.TERMINATE.value) == -1  # 解约: not the secretary's
    assert not dialog.new_unit.isVisibleTo(dialog) and dialog.reason_type.isVisibleTo(dialog)
    dialog.reason_type.setCurrentIndex(dialog.reason_type.findData(ReasonType.FUNDS.value))
    assert dialog.handling_label.text() == ReasonType.FUNDS.handling  # shown as it is chosen
    dialog.tag_chips.chips["贷款"].setChecked(True)
    dialog.tag_chips.others.setText("月供")
    assert dialog.fault.currentData() == Fault.BUYER.value
    dialog.real_reason.setPlainText("月供压力大，家里不同意再加杠杆")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: len(change_window._OPEN) == 1)
    [order_id] = change_window._OPEN
    with session_scope(database) as s:
        order = s.get(ChangeOrder, order_id)
        assert order is not None
        assert order.kind == ChangeKind.UNSUBSCRIBE and order.fault == Fault.BUYER
        assert order.reason_type == ReasonType.FUNDS
        assert "贷款" in order.tags and "月供" in order.tags
        assert order.real_reason == "月供压力大，家里不同意再加杠杆"
    qtbot.waitUntil(lambda: tab.changes_model.rowCount() == 1)
    assert not tab.request_button.isEnabled()  # one open order per deal

    # The secretary's window: the money line by line, no talk button (not hers).
    window = change_window._OPEN[order_id]
    qtbot.waitExposed(window)
    assert status(window) is ChangeStatus.TALK
    assert not window.buttons[ChangeAction.TALK].isVisible()
    money = window.money_panel.money_model
    kept = {line.nature: (line.returned, line.kept) for line in money.rows}
    assert kept[next(n for n in kept if n is not None and n.value == "deposit")] == (
        Decimal(0),
        Decimal("50000.00"),
    )
    assert window.detail is not None and window.detail.row.due == Decimal("100000.00")
    assert "定金不予退还" in money.data(money.index(0, money.column_index("rule")))
    assert "100,000.00" in window.money_panel.summary_label.text()
    assert "定金不予退还" in window.money_panel.rules_label.text()  # the rule in full

    # The seller sees no talk button either: the talk is led by someone else.
    window = order_window(qtbot, ctx, order_id, world.consultant)
    assert not window.buttons[ChangeAction.TALK].isVisible()

    # 洽谈 by the customer-service manager: 坚持退.
    window = order_window(qtbot, ctx, order_id, office.cs_manager)
    click(qtbot, window, ChangeAction.TALK)
    talk = window.sub_dialog
    assert isinstance(talk, TalkDialog)
    talk.outcome.setCurrentIndex(talk.outcome.findData(TalkOutcome.LEAVE.value))
    talk.note.setPlainText("介绍了公积金组合贷，客户仍坚持退定")
    press_ok(qtbot, talk)
    qtbot.waitUntil(lambda: status(window) is ChangeStatus.REVIEW)
    assert "坚持退" in window.message.text() or window.message.text()

    # 审核 by the site manager.
    window = order_window(qtbot, ctx, order_id, world.manager)
    assert window.buttons[ChangeAction.REJECT].isVisible()
    click(qtbot, window, ChangeAction.REVIEW)
    review = window.sub_dialog
    assert isinstance(review, ReasonDialog)
    review.reason.setText("原因属实")
    press_ok(qtbot, review)
    qtbot.waitUntil(lambda: status(window) is ChangeStatus.APPROVAL)

    # 审批: the marketing head, then finance.
    window = order_window(qtbot, ctx, order_id, office.marketing)
    click(qtbot, window, ChangeAction.APPROVE)
    qtbot.waitUntil(lambda: not window.buttons[ChangeAction.APPROVE].isEnabled())
    assert status(window) is ChangeStatus.APPROVAL
    assert "另一方" in window.buttons[ChangeAction.APPROVE].toolTip()
    window = order_window(qtbot, ctx, order_id, world.finance)
    click(qtbot, window, ChangeAction.APPROVE)
    qtbot.waitUntil(lambda: status(window) is ChangeStatus.APPROVED)

    # 执行 by the site manager: the deal ends and the unit returns to 可售.
    window = order_window(qtbot, ctx, order_id, world.manager)
    click(qtbot, window, ChangeAction.EXECUTE)
    qtbot.waitUntil(lambda: status(window) is ChangeStatus.EXECUTED)
    assert "执行" in fake_dialogs.calls[-1][1][0]
    with session_scope(database) as s:
        row = s.get(Deal, office.deal_id)
        assert row is not None and row.stage == Stage.CANCELLED
    board = UnitsSection(ctx)
    qtbot.addWidget(board)
    board.resize(1300, 900)
    board.show()
    qtbot.waitUntil(lambda: board.board.cell(office.unit_id) is not None)
    cell = board.board.cell(office.unit_id)
    assert cell is not None and cell.status is UnitStatus.AVAILABLE
    return order_id


def test_a_refund_from_the_written_request_to_the_unit_back_on_the_board(
    qtbot, ctx: AppContext, database: Database, office: Office, fake_dialogs
) -> None:
    order_id = request_to_execution(qtbot, ctx, database, office, fake_dialogs)
    window = order_window(qtbot, ctx, order_id, office.world.cashier)
    assert window.buttons[ChangeAction.PAY].isVisible()
    assert window.buttons[ChangeAction.PAY].isEnabled()
    assert window.detail is not None and window.detail.row.waiting == "待出纳退款"


def test_then_the_cashier_pays_finance_confirms_and_the_order_closes(
    qtbot, ctx: AppContext, database: Database, office: Office, fake_dialogs
) -> None:
    pytest.importorskip("anjia_desk.services.refund_vouchers")  # the money helper's, at merge
    order_id = request_to_execution(qtbot, ctx, database, office, fake_dialogs)
    world = office.world

    # 支付退款 by the cashier against a numbered voucher.
    window = order_window(qtbot, ctx, order_id, world.cashier)
    click(qtbot, window, ChangeAction.PAY)
    pay = window.sub_dialog
    assert isinstance(pay, VoucherDialog)
    assert pay.amount.text() == "100000.00" and pay.payee.text() == "王建国"
    press_ok(qtbot, pay)
    qtbot.waitUntil(lambda: window.money_panel.vouchers_model.rowCount() == 1)
    voucher = window.money_panel.vouchers_model.rows[0]
    assert voucher.code.startswith("TK-") and voucher.amount == Decimal("100000.00")
    assert status(window) is ChangeStatus.EXECUTED
    assert not window.buttons[ChangeAction.PAY].isEnabled()  # nothing left to pay

    # 财务确认: the order closes.
    window = order_window(qtbot, ctx, order_id, world.finance)
    click(qtbot, window, ChangeAction.CONFIRM_VOUCHER)
    qtbot.waitUntil(lambda: status(window) is ChangeStatus.CLOSED)
    assert window.detail is not None and window.detail.row.refunded == Decimal("100000.00")
