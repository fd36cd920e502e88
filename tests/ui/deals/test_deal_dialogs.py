"""The deal dialogs: 认购 from a hold (customer fixed, ID and deposit checked beside their fields,
the live price, the customer's 认筹 ticket, Enter saves and opens the deal), 认购 with a phone
search, Esc cancels; the money field; dates; the 交付 preview."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from anjia_desk.core.deals import PaymentMethod, Stage, UnitStatus
from anjia_desk.core.errors import ValidationError
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Deal, Unit
from anjia_desk.services.topics import Topic
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals import window as deal_window
from anjia_desk.ui.deals.progress_dialogs import DeliverDialog
from anjia_desk.ui.deals.subscribe import SubscribeDialog, open_subscribe
from anjia_desk.ui.fields import FieldErrors
from anjia_desk.ui.forms import MoneyEdit, money_text, parse_day, yuan
from tests.ui.deals.test_deal_window import ID_NUMBER, NOW, World, subscribe_deal

pytestmark = pytest.mark.usefixtures("close_windows")


def deals_of(database: Database) -> list[Deal]:
    with session_scope(database) as s:
        return list(s.scalars(select(Deal)))


def test_subscribe_from_a_hold_with_its_ticket_opens_the_deal(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    from anjia_desk.services.holds import hold_unit
    from anjia_desk.services.tickets import issue_ticket

    with session_scope(database, world.consultant) as s:
        hold_id = hold_unit(s, world.consultant, world.unit_ids[0],
                            customer_id=world.customer_id, now=NOW)  # fmt: skip
        ticket_id = issue_ticket(s, world.consultant, project_id=world.project_id,
                                 customer_id=world.customer_id, amount=Decimal("20000"),
                                 now=NOW)  # fmt: skip
    ctx.set_actor(world.consultant)
    dialog = open_subscribe(ctx, None, unit_id=world.unit_ids[0], hold_id=hold_id)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert "1栋0101" in dialog.unit_label.text() and "锁定" in dialog.unit_label.text()
    assert dialog.customer_label.text() == "王建国" and not dialog.picker.isVisible()
    assert dialog.buyer_name.text() == "王建国"
    assert dialog.ticket.currentData() == ticket_id and dialog.ticket.count() == 2
    assert "表价 1,000,000.00 元" in dialog.quote_label.text()

    # A wrong ID number is said beside its field when leaving it.
    qtbot.keyClicks(dialog.buyer_id, "110105194912310021")
    dialog.buyer_id.editingFinished.emit()
    assert dialog.errors.message("buyer_id_number")
    dialog.buyer_id.clear()
    qtbot.keyClicks(dialog.buyer_id, ID_NUMBER)
    dialog.buyer_id.editingFinished.emit()
    assert dialog.errors.message("buyer_id_number") == ""

    # The deposit's cap follows the price; over it, or not a number, is said beside the field.
    cap = dialog.quote_value.deposit_cap if dialog.quote_value else None
    assert cap is not None and cap > 0
    qtbot.keyClicks(dialog.deposit, "900000")
    assert f"上限 {money_text(cap)} 元" in dialog.errors.message("deposit")
    dialog.deposit.clear()
    qtbot.keyClicks(dialog.deposit, "5..0")
    assert "不是金额" in dialog.errors.message("deposit")
    qtbot.keyClick(dialog.deposit, Qt.Key.Key_Return)
    assert dialog.isVisible() and deals_of(database) == []
    dialog.deposit.clear()
    qtbot.keyClicks(dialog.deposit, "50000")
    assert dialog.errors.message("deposit") == ""

    # A special discount needs a reason and tells who approves it.
    qtbot.keyClicks(dialog.special, "3000")
    assert "案场经理" in dialog.quote_label.text()
    qtbot.keyClick(dialog.deposit, Qt.Key.Key_Return)
    assert dialog.errors.message("discount_reason") == "有特批优惠时请填写理由"
    dialog.reason.setText("老客户介绍")
    with qtbot.waitSignal(ctx.changed) as changed:
        qtbot.keyClick(dialog.deposit, Qt.Key.Key_Return)
    assert {Topic.DEALS, Topic.UNITS, Topic.TICKETS} <= changed.args[0].topics
    qtbot.waitUntil(lambda: bool(deal_window._OPEN))
    deals = deals_of(database)
    assert len(deals) == 1
    deal = deals[0]
    assert deal.ticket_id == ticket_id and deal.deposit == Decimal("50000.00")
    assert deal.special_discount == Decimal("3000.00") and deal.discount_status == "pending"
    window = deal_window._OPEN[deal.id]
    assert window.isVisible() and window.detail is not None
    assert window.detail.stage is Stage.SUBSCRIBED
    with session_scope(database) as s:
        unit = s.get(Unit, world.unit_ids[0])
        assert unit is not None and unit.status == UnitStatus.SUBSCRIBED.value


def test_subscribe_finds_the_customer_by_phone_and_esc_cancels(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    ctx.set_actor(world.secretary)
    dialog = SubscribeDialog(ctx, None, unit_id=world.unit_ids[1])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.picker.isVisible() and not dialog.customer_label.isVisible()
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)  # nothing typed: nothing found
    qtbot.keyClicks(dialog.picker.search, "13900000000")
    qtbot.mouseClick(dialog.picker.find_button, Qt.MouseButton.LeftButton)
    assert "没有找到" in dialog.errors.message("customer")
    dialog.picker.search.clear()
    qtbot.keyClicks(dialog.picker.search, "13800001111")
    qtbot.mouseClick(dialog.picker.find_button, Qt.MouseButton.LeftButton)
    assert dialog.customer_id() == world.customer_id
    assert dialog.buyer_name.text() == "王建国"

    # Saving with nothing else filled says what is missing, beside each field.
    qtbot.keyClick(dialog.buyer_name, Qt.Key.Key_Return)
    assert dialog.errors.message("buyer_id_number")
    assert dialog.errors.message("deposit") == "请填写金额"
    assert dialog.message.kind == "error"

    # A loan: the quote changes with the payment method.
    # The quote follows the payment method: 全款 2% off by default, 商业贷款 1%.
    assert "付款方式优惠 20,000.00 元" in dialog.quote_label.text()
    dialog.method.setCurrentIndex(dialog.method.findData(PaymentMethod.COMMERCIAL.value))
    assert dialog.method_value() is PaymentMethod.COMMERCIAL
    assert "付款方式优惠 10,000.00 元" in dialog.quote_label.text()
    assert "成交价 990,000.00 元" in dialog.quote_label.text()

    qtbot.keyClick(dialog.buyer_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert deals_of(database) == []


def test_subscribe_refused_by_the_service_stays_in_the_dialog(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    subscribe_deal(database, world, unit=2)  # someone else got there first
    ctx.set_actor(world.consultant)
    dialog = SubscribeDialog(ctx, None, unit_id=world.unit_ids[2], customer_id=world.customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.customer_label.text() == "王建国"
    dialog.buyer_id.setText(ID_NUMBER)
    dialog.deposit.setText("10000")
    heard: list[object] = []
    ctx.changed.connect(heard.append)
    qtbot.keyClick(dialog.deposit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.message.kind == "error" and "已认购" in dialog.message.text()
    assert dialog.deal_id is None and len(deals_of(database)) == 1
    assert heard == []  # a refused write broadcasts nothing


def test_money_edit_reads_decimals_and_checks_beside_the_field(qtbot) -> None:
    errors = FieldErrors()
    edit = MoneyEdit(errors, "amount", cap=Decimal("1000"), cap_text="超过未付金额")
    qtbot.addWidget(edit)
    for text, value in (("1,000", "1000.00"), ("¥12.5", "12.50"), ("0.01", "0.01")):
        edit.setText(text)
        assert edit.check() and edit.value() == Decimal(value)
    edit.setText("0.1万")
    assert edit.value() == Decimal("1000.00")
    for text, problem in (
        ("", "请填写金额"),
        ("abc", "不是金额"),
        ("0", "金额须大于 0"),
        ("-5", "金额须大于 0"),
        ("1.234", "精确到分"),
        ("1000.01", "超过未付金额（上限 1,000.00 元）"),
    ):
        edit.setText(text)
        assert not edit.check()
        assert problem in errors.message("amount"), text
        with pytest.raises(ValidationError):
            edit.value()
    optional = MoneyEdit(errors, "fees", allow_zero=True, required=False)
    qtbot.addWidget(optional)
    assert optional.value() == Decimal(0) and optional.check()
    optional.setText("0")
    assert optional.value() == Decimal(0)
    optional.setText("-1")
    assert optional.problem() == "金额不能为负"
    edit.set_cap(None)
    edit.setText("5000")
    assert edit.check()


def test_dates_and_money_text() -> None:
    assert parse_day("2026/3/5", "on") == date(2026, 3, 5)
    assert parse_day(" ", "on", blank=date(2026, 1, 1)) == date(2026, 1, 1)
    for bad in ("2026-02-30", "5 March", "2026-3"):
        with pytest.raises(ValidationError) as info:
            parse_day(bad, "on")
        assert info.value.fields == {"on": "日期请按 2026-03-05 的格式填写"}
    assert money_text(Decimal("1234567.5")) == "1,234,567.50"
    assert money_text(None) == "" and yuan(None) == "—"


def test_deliver_preview_within_and_beyond_three_percent(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    from anjia_desk.services.deal_queries import deal_detail

    deal_id = subscribe_deal(database, world)
    with session_scope(database, world.secretary) as s:
        detail = deal_detail(s, world.secretary, deal_id, now=NOW)
    ctx.set_actor(world.secretary)
    dialog = DeliverDialog(ctx, None, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.measured, "101")
    assert dialog.settlement.isVisible() and "解除合同" not in dialog.settlement.text()
    dialog.measured.clear()
    qtbot.keyClicks(dialog.measured, "90")
    assert "买受人有权解除合同" in dialog.settlement.text()
    dialog.measured.clear()
    qtbot.keyClicks(dialog.measured, "x")
    assert dialog.errors.message("measured_area") and not dialog.settlement.isVisible()
    qtbot.keyClicks(dialog.fees, "-3")
    qtbot.keyClick(dialog.measured, Qt.Key.Key_Return)
    assert dialog.errors.message("measured_area") and dialog.errors.message("fees")
    assert dialog.isVisible()
