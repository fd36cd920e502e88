"""The change-order window's other dialogs (issue 17), on a 退房 after 签约: the adjusted figure
(checked beside its field, then back to the marketing head), the steps after 签约 by the
secretary, execution only once they are done, the contract recovered and archived, the brief's
checklist with its score, the gift, a dispute; and 驳回 and 撤回 with their reasons."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.core.change_forms import RequestForm, TalkForm
from anjia_desk.core.changes import (
    CHECKLIST,
    ChangeKind,
    ChangeStatus,
    Fault,
    OrderStep,
    ReasonType,
    TalkOutcome,
)
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import ChangeOrder
from anjia_desk.services.change_orders import file_change, record_talk
from anjia_desk.ui.changes.dialogs import (
    AdjustDialog,
    ArchiveDialog,
    BriefDialog,
    GiftDialog,
    StepDialog,
)
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import ReasonDialog
from tests.ui.changes.conftest import Office
from tests.ui.changes.test_refund_flow import click, order_window, press_ok, status
from tests.ui.changes.test_request_dialog import sign
from tests.ui.deals.test_deal_window import NOW

pytestmark = pytest.mark.usefixtures("at_now")


def filed(database: Database, office: Office, kind: ChangeKind, *, talk: bool = True) -> int:
    secretary, leader = office.world.secretary, office.cs_manager
    form = RequestForm(
        kind,
        requested_at=NOW - timedelta(hours=1),
        reason_type=ReasonType.COMPETITOR,
        fault=Fault.BUYER,
    )
    with session_scope(database, secretary) as s:
        order_id = file_change(s, secretary, office.deal_id, form, now=NOW)
    if talk:
        with session_scope(database, leader) as s:
            record_talk(
                s, leader, order_id, TalkForm(TalkOutcome.LEAVE, "坚持退房"), version=1, now=NOW
            )
    return order_id


def test_adjust_steps_execute_archive_brief_gift_and_dispute(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    world = office.world
    sign(database, office)
    order_id = filed(database, office, ChangeKind.CANCEL)

    window = order_window(qtbot, ctx, order_id, world.manager)
    assert status(window) is ChangeStatus.REVIEW
    steps = {line.step for line in window.progress_panel.steps_model.rows}
    assert {OrderStep.CANCEL_CONTRACT, OrderStep.REVOKE_FILING} <= steps
    computed = window.detail.computed if window.detail else Decimal(0)
    click(qtbot, window, ChangeAction.ADJUST)
    adjust = window.sub_dialog
    assert isinstance(adjust, AdjustDialog)
    adjust.amount.setText(f"{computed:.2f}")
    adjust.reason.setText("协商")
    press_ok(qtbot, adjust)
    assert "无需调整" in adjust.errors["amount"].text()  # beside the field, nothing written
    adjust.amount.setText(f"{computed + Decimal('1000'):.2f}")
    press_ok(qtbot, adjust)
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert window.detail is not None and window.detail.override_amount == computed + 1000
    assert "调整后应退" in window.money_panel.summary_label.text()
    click(qtbot, window, ChangeAction.REVIEW)
    press_ok(qtbot, window.sub_dialog)
    qtbot.waitUntil(lambda: status(window) is ChangeStatus.APPROVAL)
    for approver in (office.marketing, world.finance):
        window = order_window(qtbot, ctx, order_id, approver)
        click(qtbot, window, ChangeAction.APPROVE)
        qtbot.waitUntil(lambda window=window: not window.buttons[ChangeAction.APPROVE].isEnabled())
    assert status(window) is ChangeStatus.APPROVED

    # 执行 waits for the steps after 签约, which the secretary does.
    window = order_window(qtbot, ctx, order_id, world.manager)
    execute = window.buttons[ChangeAction.EXECUTE]
    assert execute.isVisible() and not execute.isEnabled()
    assert "请先完成" in execute.toolTip()
    window = order_window(qtbot, ctx, order_id, world.secretary)
    needed = [line.step for line in window.progress_panel.steps_model.rows]
    for _ in needed:
        click(qtbot, window, ChangeAction.STEP)
        step = window.sub_dialog
        assert isinstance(step, StepDialog)
        step.note.setText("已办")
        press_ok(qtbot, step)
        qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert all(line.done_at for line in window.progress_panel.steps_model.rows)
    window = order_window(qtbot, ctx, order_id, world.manager)
    click(qtbot, window, ChangeAction.EXECUTE)
    qtbot.waitUntil(lambda: status(window) is ChangeStatus.EXECUTED)

    # After execution: the brief's score, the gift, a dispute (the site manager) …
    click(qtbot, window, ChangeAction.SCORE_BRIEF)
    brief = window.sub_dialog
    assert isinstance(brief, BriefDialog)
    for item in CHECKLIST[:5]:
        brief.boxes[item.key].setChecked(True)
    assert brief.score_label.text() == "处理评分：50 分"
    press_ok(qtbot, brief)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.score == 50)
    click(qtbot, window, ChangeAction.GIFT)
    gift = window.sub_dialog
    assert isinstance(gift, GiftDialog)
    press_ok(qtbot, gift)
    assert gift.errors["gift"].text() == "请填写礼品"
    gift.gift.setText("绿植一盆")
    press_ok(qtbot, gift)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.gift == "绿植一盆")
    click(qtbot, window, ChangeAction.DISPUTE)
    qtbot.waitUntil(lambda: window.detail is not None and bool(window.detail.forum_label))
    assert "已标记争议" in window.progress_panel.brief_label.text()

    # … and the paper contract recovered (the secretary).
    window = order_window(qtbot, ctx, order_id, world.secretary)
    click(qtbot, window, ChangeAction.ARCHIVE)
    archive = window.sub_dialog
    assert isinstance(archive, ArchiveDialog)
    archive.archive_no.setText("DA-2026-017")
    press_ok(qtbot, archive)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.archive_no != "")
    assert "DA-2026-017" in window.progress_panel.brief_label.text()
    assert not window.buttons[ChangeAction.ARCHIVE].isEnabled()


@pytest.mark.parametrize("action", [ChangeAction.REJECT, ChangeAction.WITHDRAW])
def test_reject_and_withdraw_need_a_reason(
    qtbot, ctx: AppContext, database: Database, office: Office, action: ChangeAction
) -> None:
    order_id = filed(database, office, ChangeKind.UNSUBSCRIBE)
    window = order_window(qtbot, ctx, order_id, office.world.manager)
    click(qtbot, window, action)
    dialog = window.sub_dialog
    assert isinstance(dialog, ReasonDialog)
    press_ok(qtbot, dialog)
    assert dialog.errors["reason"].text() == "请填写原因"
    dialog.reason.setText("买受人改变主意" if action is ChangeAction.WITHDRAW else "材料不全")
    press_ok(qtbot, dialog)
    wanted = ChangeStatus.WITHDRAWN if action is ChangeAction.WITHDRAW else ChangeStatus.REJECTED
    qtbot.waitUntil(lambda: status(window) is wanted)
    with session_scope(database) as s:
        order = s.get(ChangeOrder, order_id)
        assert order is not None and order.status == wanted
    assert not window.buttons[action].isEnabled()


def test_the_step_dialog_records_a_rename_qualification_with_its_result(qtbot, ctx) -> None:
    """更名 after 签约: the step 新买受人购房资格审核 asks for the result, and a note is needed."""
    from datetime import date

    from anjia_desk.core.changes import OrderStep
    from anjia_desk.ui.changes.dialogs import OrderRef

    order = OrderRef(id=1, version=1, code="BG-000001", title="更名", today=date(2026, 12, 1))
    dialog = StepDialog(ctx, None, order, (OrderStep.QUALIFICATION, OrderStep.REVOKE_FILING))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passed.isVisibleTo(dialog) and "必填" in dialog.note.placeholderText()
    dialog.step.setCurrentIndex(1)
    assert not dialog.passed.isVisibleTo(dialog)
