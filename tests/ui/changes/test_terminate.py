"""解约 by the developer (issue 17): the site manager files it on a signed deal whose installment
is overdue past the contract's cancellation days (申请变更… offers 解约 to them), it is reviewed
and approved, the 解除合同通知书 is printed, its delivery is logged — the contract ends the day
it reached the buyer, recorded as the step 解除买卖合同 — the filing is revoked, and it executes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.core.changes import ChangeKind, ChangeStatus, Ground, OrderStep
from anjia_desk.core.dunning import Delivery
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Installment
from anjia_desk.services import printing
from anjia_desk.services.context import Actor
from anjia_desk.ui.changes import window as change_window
from anjia_desk.ui.changes.dialogs import NoticeDialog, StepDialog
from anjia_desk.ui.context import AppContext
from tests.ui.changes.conftest import Office
from tests.ui.changes.test_refund_flow import click, deal_window, order_window, press_ok, status
from tests.ui.changes.test_request_dialog import sign
from tests.ui.deals.test_deal_window import NOW

pytestmark = [
    pytest.mark.usefixtures("at_now"),
    pytest.mark.skipif(
        not hasattr(printing, "print_termination"), reason="the notice comes with the papers"
    ),
]


def overdue(database: Database, office: Office) -> None:
    """The price installment fell due 200 days ago and is still unpaid."""
    with session_scope(database, Actor.system()) as s:
        rows = s.scalars(select(Installment).where(Installment.deal_id == office.deal_id))
        late = next(row for row in rows if row.paid < row.amount)
        late.due_on = NOW.date() - timedelta(days=200)


def test_terminate_from_filing_to_execution(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    world = office.world
    sign(database, office)
    overdue(database, office)

    deal = deal_window(qtbot, ctx, office.deal_id, world.manager)
    deal.tabs.setCurrentWidget(deal.changes_tab)
    qtbot.waitUntil(lambda: deal.changes_tab.loaded)
    qtbot.mouseClick(deal.changes_tab.request_button, Qt.MouseButton.LeftButton)
    dialog = deal.changes_tab.request_dialog
    assert dialog is not None
    dialog.set_kind(ChangeKind.TERMINATE)
    dialog.ground.setCurrentIndex(dialog.ground.findData(Ground.CONTRACT_CLAUSE.value))
    dialog.ground_note.setText("合同第9条：逾期付款超过90日，出卖人有权解除合同")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: len(change_window._OPEN) == 1)
    [order_id] = change_window._OPEN

    window = order_window(qtbot, ctx, order_id, world.manager)
    assert status(window) is ChangeStatus.REVIEW  # no retention talk for 解约
    assert "符合" in window.request_panel.values["ground"].text()
    click(qtbot, window, ChangeAction.REVIEW)
    press_ok(qtbot, window.sub_dialog)
    qtbot.waitUntil(lambda: status(window) is ChangeStatus.APPROVAL)
    for approver in (office.marketing, world.finance):
        window = order_window(qtbot, ctx, order_id, approver)
        click(qtbot, window, ChangeAction.APPROVE)
        qtbot.waitUntil(lambda window=window: not window.buttons[ChangeAction.APPROVE].isEnabled())
    assert status(window) is ChangeStatus.APPROVED

    # The secretary prints the notice, then logs its delivery: the contract ends that day.
    window = order_window(qtbot, ctx, order_id, world.secretary)
    notice = window.buttons[ChangeAction.NOTICE]
    assert notice.isVisible() and not notice.isEnabled() and "先打印" in notice.toolTip()
    click(qtbot, window, ChangeAction.PRINT_NOTICE)
    qtbot.waitUntil(lambda: window.printer.preview is not None, timeout=15_000)
    assert window.printer.preview is not None
    window.printer.preview.close()
    qtbot.waitUntil(lambda: window.buttons[ChangeAction.NOTICE].isEnabled())
    click(qtbot, window, ChangeAction.NOTICE)
    delivery = window.sub_dialog
    assert isinstance(delivery, NoticeDialog)
    delivery.delivery.setCurrentIndex(delivery.delivery.findData(Delivery.COURIER.value))
    press_ok(qtbot, delivery)
    assert delivery.errors["number"].text() == "请填写快递单号"
    delivery.number.setText("SF1234567890")
    press_ok(qtbot, delivery)
    qtbot.waitUntil(
        lambda: window.detail is not None and window.detail.notice_reached_on is not None
    )
    done = {line.step for line in window.progress_panel.steps_model.rows if line.done_at}
    assert OrderStep.CANCEL_CONTRACT in done
    assert "送达买受人" in window.request_panel.values["notice"].text()

    # The other steps (the contract's cancellation is not offered: the notice did it).
    while window.buttons[ChangeAction.STEP].isEnabled():
        click(qtbot, window, ChangeAction.STEP)
        step = window.sub_dialog
        assert isinstance(step, StepDialog)
        offered = [step.step.itemData(i) for i in range(step.step.count())]
        assert OrderStep.CANCEL_CONTRACT.value not in offered
        press_ok(qtbot, step)
        qtbot.waitUntil(lambda: window.sub_dialog is None)

    window = order_window(qtbot, ctx, order_id, world.manager)
    click(qtbot, window, ChangeAction.EXECUTE)
    qtbot.waitUntil(lambda: status(window) is ChangeStatus.EXECUTED)
