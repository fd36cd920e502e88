"""The deal window's 催款 tab (issue 16): the block shown prominently, set and lifted by the site
manager through its dialogs (letters stop, the 催款 page drops the deal); a call logged with a
promised date (shown, and the deal leaves the page until then); the letters with their
delivery; a formal demand's three dates with the buyer's written request and 继续履行."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from anjia_desk.core.dunning import CallOutcome, Delivery, DeliveryForm
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import DunningBlock, DunningCall, DunningLetter
from anjia_desk.services import dunning_actions as actions
from anjia_desk.services.context import Actor
from anjia_desk.services.dunning import due_board, issue_letters
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.window import DealWindow, open_deal
from anjia_desk.ui.dunning.deal_tab import DealDunningTab
from anjia_desk.ui.dunning.dialogs import (
    BlockDialog,
    BuyerRequestDialog,
    CallDialog,
    DeliveryDialog,
)
from anjia_desk.ui.forms import ReasonDialog
from tests.ui.dunning.conftest import NOW, TODAY, Dunning

pytestmark = pytest.mark.usefixtures("at_now")


def open_tab(
    qtbot, ctx: AppContext, deal_id: int, actor: Actor
) -> tuple[DealWindow, DealDunningTab]:
    ctx.set_actor(actor)
    window = open_deal(ctx, deal_id)
    qtbot.waitExposed(window)
    tab = window.dunning_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.data is not None)
    return window, tab


def due_deals(database: Database, actor: Actor) -> set[int]:
    with session_scope(database, actor) as s:
        return {row.deal_id for row in due_board(s, actor, now=NOW).rows}


def test_the_site_manager_pauses_and_lifts_dunning(
    qtbot, qtmodeltester, ctx: AppContext, database: Database, dunning: Dunning
) -> None:
    window, tab = open_tab(qtbot, ctx, dunning.stage4, dunning.manager)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "催款"
    qtmodeltester.check(tab.letters_model)
    qtmodeltester.check(tab.calls_model)
    assert "未暂停催款" in tab.block_label.text()
    assert tab.block_button.isVisible() and not tab.lift_button.isVisible()

    qtbot.mouseClick(tab.block_button, Qt.MouseButton.LeftButton)
    dialog = tab.sub_dialog
    assert isinstance(dialog, BlockDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("reason") == "请填写暂停催款的原因"
    dialog.reason.setText("与买受人协商分期补缴")
    dialog.ends_on.setDate(TODAY + timedelta(days=20))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.blocked is not None)
    assert "暂停催款中" in tab.block_label.text()
    assert "与买受人协商分期补缴" in tab.block_label.text()
    assert str(TODAY + timedelta(days=20)) in tab.block_label.text()
    assert tab.lift_button.isVisible() and not tab.block_button.isVisible()
    assert dunning.stage4 not in due_deals(database, dunning.secretary)

    qtbot.mouseClick(tab.lift_button, Qt.MouseButton.LeftButton)
    lift = tab.sub_dialog
    assert isinstance(lift, ReasonDialog)
    lift.reason.setText("协商未达成")
    qtbot.mouseClick(lift.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.blocked is None)
    assert "已于" in tab.block_label.text() and "协商未达成" in tab.block_label.text()
    assert dunning.stage4 in due_deals(database, dunning.secretary)
    with session_scope(database) as s:
        (block,) = s.scalars(select(DunningBlock)).all()
        assert block.lifted_on == TODAY and block.lift_reason == "协商未达成"


def test_a_secretary_may_not_pause(qtbot, ctx: AppContext, dunning: Dunning) -> None:
    _window, tab = open_tab(qtbot, ctx, dunning.stage4, dunning.secretary)
    assert not tab.block_button.isVisible() and not tab.lift_button.isVisible()
    assert tab.delivery_button.isVisible()


def test_the_consultant_logs_a_promised_date(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning
) -> None:
    _window, tab = open_tab(qtbot, ctx, dunning.stage4, dunning.consultant)
    assert tab.call_button.isVisible()
    assert "第4阶段" in tab.call_stage_label.text()
    assert not tab.delivery_button.isVisible()  # letters are the secretary's

    qtbot.mouseClick(tab.call_button, Qt.MouseButton.LeftButton)
    dialog = tab.sub_dialog
    assert isinstance(dialog, CallDialog)
    assert dialog.chosen() is CallOutcome.PROMISED and dialog.promised_on.isEnabled()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(CallOutcome.DISPUTED.value))
    assert not dialog.promised_on.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("note") == "请简要记录客户的异议"
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(CallOutcome.PROMISED.value))
    promised = TODAY + timedelta(days=10)
    dialog.promised_on.setDate(promised)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.calls_model.rowCount() == 1)
    line = tab.calls_model.row_at(0)
    assert (line.outcome, line.promised_on, line.by) == ("承诺付款日期", promised, "顾问丙")
    assert tab.promised_label.isVisible() and str(promised) in tab.promised_label.text()
    with session_scope(database) as s:
        (call,) = s.scalars(select(DunningCall)).all()
        assert call.stage == 4 and call.outcome is CallOutcome.PROMISED
    assert dunning.stage4 not in due_deals(database, dunning.secretary)


def test_copy_puts_the_message_on_the_clipboard(qtbot, ctx: AppContext, dunning: Dunning) -> None:
    from PySide6.QtGui import QGuiApplication

    _window, tab = open_tab(qtbot, ctx, dunning.stage4, dunning.consultant)
    text = tab.sms_text.toPlainText()
    assert "张伟" in text and tab.copy_button.isEnabled()  # the buyer, by name
    assert tab.script_text.toPlainText()
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    assert tab.message.kind == "ok"


def test_the_letters_and_their_delivery(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning
) -> None:
    with session_scope(database, dunning.secretary) as s:
        (letter_id,) = issue_letters(s, dunning.secretary, [dunning.stage4], day=TODAY, now=NOW)
    _window, tab = open_tab(qtbot, ctx, dunning.stage4, dunning.secretary)
    assert tab.letters_model.rowCount() == 1
    line = tab.letters_model.row_at(0)
    assert (line.code, line.stage_label, line.delivery) == ("CK-000001", "第4阶段", "未登记")

    qtbot.mouseClick(tab.delivery_button, Qt.MouseButton.LeftButton)  # the only letter
    dialog = tab.sub_dialog
    assert isinstance(dialog, DeliveryDialog)
    assert dialog.kind() is Delivery.IN_PERSON and dialog.signed.isChecked()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.letters_model.row_at(0).delivery == "当面签收")
    assert tab.letters_model.row_at(0).signed_on == TODAY
    with session_scope(database) as s:
        letter = s.get(DunningLetter, letter_id)
        assert letter is not None and letter.delivery is Delivery.IN_PERSON


def test_a_formal_demand_shows_its_dates_and_takes_the_buyers_request(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning
) -> None:
    with session_scope(database, dunning.secretary) as s:
        (letter_id,) = issue_letters(s, dunning.secretary, [dunning.demand], day=TODAY, now=NOW)
        actions.record_delivery(
            s, dunning.secretary, letter_id, DeliveryForm(Delivery.IN_PERSON), now=NOW
        )
    _window, tab = open_tab(qtbot, ctx, dunning.demand, dunning.manager)
    assert tab.demand_box.isVisible()
    text = tab.demand_label.text()
    assert "付款期限届满 2026-09-01" in text  # signed for today + three months
    assert "解除权产生" in text and "最晚决定日" in text
    assert tab.request_button.isVisible() and tab.continue_button.isVisible()

    qtbot.mouseClick(tab.request_button, Qt.MouseButton.LeftButton)
    dialog = tab.sub_dialog
    assert isinstance(dialog, BuyerRequestDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "书面催告" in tab.demand_label.text())

    qtbot.mouseClick(tab.continue_button, Qt.MouseButton.LeftButton)
    go_on = tab.sub_dialog
    assert isinstance(go_on, ReasonDialog)
    go_on.reason.setText("买受人已补缴大部分")
    qtbot.mouseClick(go_on.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "继续履行" in tab.demand_label.text())
    assert not tab.continue_button.isVisible()
    with session_scope(database) as s:
        letter = s.get(DunningLetter, letter_id)
        assert letter is not None
        assert letter.buyer_asked_on == TODAY and letter.continued_at is not None


def test_reprint_then_void_from_the_deal(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning, fake_dialogs
) -> None:
    with session_scope(database, dunning.secretary) as s:
        (letter_id,) = issue_letters(s, dunning.secretary, [dunning.stage1], day=TODAY, now=NOW)
    _window, tab = open_tab(qtbot, ctx, dunning.stage1, dunning.secretary)
    assert "未登记通讯地址" in tab.address_label.text()  # handed over in person

    qtbot.mouseClick(tab.reprint_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names()[-1] == "confirm"
    qtbot.waitUntil(lambda: tab.printer.preview is not None)
    assert tab.printer.preview is not None and tab.printer.preview.page_count == 1
    tab.printer.preview.close()
    qtbot.waitUntil(lambda: tab.letters_model.row_at(0).reprints == 1)

    tab.letters_table.selectRow(0)
    qtbot.mouseClick(tab.void_button, Qt.MouseButton.LeftButton)
    void = tab.sub_dialog
    assert isinstance(void, ReasonDialog)
    void.reason.setText("当天上午已到账")
    qtbot.mouseClick(void.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.letters_model.row_at(0).voided)
    assert "当天上午已到账" in tab.letters_model.data(
        tab.letters_model.index(0, tab.letters_model.column_index("state"))
    )
    qtbot.mouseClick(tab.reprint_button, Qt.MouseButton.LeftButton)
    assert tab.message.kind == "info"  # a voided letter is not reprinted
    with session_scope(database) as s:
        letter = s.get(DunningLetter, letter_id)
        assert letter is not None and letter.reprints == 1 and letter.voided_at is not None
