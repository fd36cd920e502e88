"""Issue 17 on the deal screens: the cashier takes 订金/诚意金 on a deal (outside its plan) and on
a 认筹 ticket (beside its 认筹金), and 退筹 names it; the 付款 tab shows 已退款 beside 已付, and
how much of it finance confirmed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.change_forms import RequestForm, TalkForm, VoucherForm
from anjia_desk.core.changes import ChangeKind, Fault, ReasonType, TalkOutcome
from anjia_desk.core.deals import Nature
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import ChangeOrder
from anjia_desk.services import change_execute, change_orders, payments, refund_vouchers, tickets
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.payment_dialogs import ADVANCE_CHOICE, PaymentDialog, TicketPaymentDialog
from anjia_desk.ui.deals.tickets_tab import note_text
from anjia_desk.ui.forms import ReasonDialog
from tests.helpers import add_actor
from tests.ui.deals.test_deal_window import NOW, World, open_window, subscribe_deal
from tests.ui.deals.test_section import section, show_tab

pytestmark = pytest.mark.usefixtures("close_windows")


def test_an_advance_on_a_deal_outside_its_plan(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    deal_id = subscribe_deal(database, world)
    window = open_window(qtbot, ctx, deal_id, world.cashier)
    window.tabs.setCurrentIndex(2)
    owed = window.payments_tab.installments_model.row_at(0).outstanding
    qtbot.mouseClick(window.payments_tab.pay_button, Qt.MouseButton.LeftButton)
    pay = window.sub_dialog
    assert isinstance(pay, PaymentDialog)
    last = pay.installment.count() - 1
    assert pay.installment.itemText(last) == ADVANCE_CHOICE
    pay.installment.setCurrentIndex(last)
    assert pay.nature.text() == "订金/诚意金" and pay.amount.text() == ""
    qtbot.keyClicks(pay.amount, "20000")  # no cap from the plan
    assert pay.errors.message("amount") == ""
    qtbot.keyClick(pay.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert "已收订金/诚意金 款 20,000.00 元" in window.message.text()
    receipt = window.payments_tab.receipts_model.row_at(0)
    assert receipt.nature is Nature.ADVANCE and receipt.amount == Decimal("20000.00")
    # The plan owes what it owed; the money line names the advance apart.
    assert window.payments_tab.installments_model.row_at(0).outstanding == owed
    assert "另收订金/诚意金 20,000.00" in window.payments_tab.money_label.text()


def test_an_advance_on_a_ticket_and_its_refund(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    with session_scope(database, world.consultant) as s:
        tickets.issue_ticket(
            s, world.consultant, project_id=world.project_id, customer_id=world.customer_id,
            amount=Decimal("20000"), now=NOW,
        )  # fmt: skip
    page = section(qtbot, ctx, world.cashier)
    show_tab(page, "认筹排号")
    page.tickets_tab.tickets_table.selectRow(0)
    qtbot.mouseClick(page.tickets_tab.collect_button, Qt.MouseButton.LeftButton)
    collect = page.sub_dialog
    assert isinstance(collect, TicketPaymentDialog)
    assert collect.chosen() is Nature.QUEUE and collect.amount.text() == "20000.00"
    collect.nature.setCurrentIndex(1)
    assert collect.chosen() is Nature.ADVANCE and collect.amount.text() == ""
    qtbot.keyClicks(collect.amount, "30000")  # above the 认筹金: an advance is not capped by it
    assert collect.errors.message("amount") == ""
    qtbot.keyClick(collect.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert "已收第 1 号订金/诚意金 30,000.00 元" in page.message.text()
    row = page.tickets_tab.tickets_model.row_at(0)
    assert (row.received, row.advance) == (Decimal(0), Decimal("30000.00"))
    assert "另收订金/诚意金 30,000.00 元" in note_text(row)  # the 说明 column
    page.tickets_tab.tickets_table.selectRow(0)
    refund = page.ask_refund()
    assert isinstance(refund, ReasonDialog)
    refund.reason.setText("客户放弃")
    qtbot.keyClick(refund.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert "应退还认筹金及订金/诚意金 30,000.00 元" in page.message.text()


def test_the_payments_tab_shows_what_went_back(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    deal_id = subscribe_deal(database, world)
    with session_scope(database, world.cashier) as s:
        payments.record_payment(
            s, world.cashier, amount=Decimal("50000"), nature=Nature.DEPOSIT, payer="王建国",
            method="转账", deal_id=deal_id, now=NOW,
        )  # fmt: skip
    with session_scope(database, Actor.system()) as s:
        head = add_actor(s, "wuzong", "吴总", Role.MARKETING_HEAD)
        cs = add_actor(s, "liujl", "刘经理", Role.CS_MANAGER)
    with session_scope(database, world.manager) as s:
        form = RequestForm(kind=ChangeKind.UNSUBSCRIBE, reason_type=ReasonType.REGRET,
                           fault=Fault.NONE)  # fmt: skip
        order_id = change_orders.file_change(s, world.manager, deal_id, form, now=NOW)

        def version() -> int:
            row = s.get(ChangeOrder, order_id)
            assert row is not None
            return row.version

        talk = TalkForm(TalkOutcome.LEAVE, "客户坚持退")
        change_orders.record_talk(s, cs, order_id, talk, version=version(), now=NOW)
        change_orders.review(s, world.manager, order_id, version=version(), now=NOW)
        change_orders.approve(s, head, order_id, version=version(), now=NOW)
        change_orders.approve(s, world.finance, order_id, version=version(), now=NOW)
        change_execute.execute(s, world.manager, order_id, version=version(), now=NOW)
        pay = VoucherForm(amount=Decimal("30000"), payee="王建国")
        first = refund_vouchers.pay_refund(s, world.cashier, order_id, pay, now=NOW)
        refund_vouchers.confirm_voucher(s, world.finance, first, now=NOW)
        pay = VoucherForm(amount=Decimal("20000"), payee="王建国")
        refund_vouchers.pay_refund(s, world.cashier, order_id, pay, now=NOW)
    window = open_window(qtbot, ctx, deal_id, world.cashier)
    window.tabs.setCurrentIndex(2)
    text = window.payments_tab.money_label.text()
    assert "已付 50,000.00" in text and "未付 0.00" in text
    assert "已退款 50,000.00 元（其中财务已确认 30,000.00 元）" in text
