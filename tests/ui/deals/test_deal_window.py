"""The deal window: one per deal, the header and 概要 (ID masked), 进度 with 签约 through its
dialog, 付款 with the cashier's 收款 dialog and the printed receipt read back, 作废/重开,
discount approval, 关怀 after 签约, and permissions deciding the buttons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from anjia_desk.core.deals import PaymentMethod, Stage, Step
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import SubscribeRequest
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals import window as module
from anjia_desk.ui.deals.payment_dialogs import PaymentDialog
from anjia_desk.ui.deals.progress_dialogs import SignDialog
from anjia_desk.ui.deals.window import DealWindow, open_deal
from anjia_desk.ui.forms import ReasonDialog
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

#: 2026-11-20 10:00 in Beijing.
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
ID_NUMBER = "11010519491231002X"


@dataclass
class World:
    project_id: int
    unit_ids: list[int]
    customer_id: int
    consultant: Actor
    secretary: Actor
    cashier: Actor
    manager: Actor
    finance: Actor


def build_world(database: Database) -> World:
    with session_scope(database, Actor.system()) as s:
        consultant = add_actor(s, "wangfang", "王芳", Role.CONSULTANT)
        secretary = add_actor(s, "zhaomin", "赵敏", Role.SALES_SECRETARY)
        cashier = add_actor(s, "qianli", "钱丽", Role.CASHIER)
        manager = add_actor(s, "sunqiang", "孙强", Role.SITE_MANAGER)
        finance = add_actor(s, "zhouhua", "周华", Role.FINANCE)
        project = make_project(s, "安家·测试苑")
        units = make_building(s, project, "1栋")
        customer = make_customer(s, "王建国", "13800001111", owner=consultant)
        return World(
            project.id,
            [u.id for u in units],
            customer.id,
            consultant,
            secretary,
            cashier,
            manager,
            finance,
        )


def subscribe_deal(
    database: Database,
    world: World,
    *,
    unit: int = 0,
    special: Decimal = Decimal(0),
    method: PaymentMethod = PaymentMethod.FULL,
) -> int:
    from anjia_desk.services.deals import subscribe

    with session_scope(database, world.consultant) as s:
        return subscribe(
            s,
            world.consultant,
            SubscribeRequest(
                unit_id=world.unit_ids[unit],
                customer_id=world.customer_id,
                buyer_name="王建国",
                buyer_id_number=ID_NUMBER,
                payment_method=method,
                deposit=Decimal("50000.00"),
                special_discount=special,
                discount_reason="老客户" if special else "",
            ),
            now=NOW,
        )


pytestmark = pytest.mark.usefixtures("close_windows")


def open_window(qtbot, ctx: AppContext, deal_id: int, actor: Actor) -> DealWindow:
    ctx.set_actor(actor)
    window = open_deal(ctx, deal_id)
    qtbot.waitExposed(window)
    return window


def check_models(qtmodeltester, window: DealWindow) -> None:
    for model in (
        window.progress_tab.steps_model,
        window.payments_tab.installments_model,
        window.payments_tab.receipts_model,
        window.care_tab.care_model,
    ):
        qtmodeltester.check(model)


def test_sign_then_pay_as_cashier_and_print_the_receipt(
    qtbot, qtmodeltester, ctx: AppContext, database: Database, world: World, fake_dialogs
) -> None:
    """The issue's "done means": 签约 through the dialog, 收款 as the cashier, the receipt printed
    through the preview and read back."""
    from anjia_desk.pdf.fonts import find_cjk_font
    from tests.pdf.pdfcheck import assert_sound, read_pdf

    deal_id = subscribe_deal(database, world)
    window = open_window(qtbot, ctx, deal_id, world.secretary)
    assert window.detail is not None and window.detail.stage is Stage.SUBSCRIBED
    assert window.unit_label.text() == "安家·测试苑 1栋0101"
    assert "王建国" in window.buyer_label.text()
    assert window.summary_tab.fields["buyer_id"].text() in (ID_NUMBER, "110105********002X")
    check_models(qtmodeltester, window)

    # 进度: the next step is 签约; the secretary signs through the dialog (Enter saves).
    window.tabs.setCurrentIndex(1)
    assert (
        window.progress_tab.sign_button.isVisible()
        and not window.progress_tab.deliver_button.isVisible()
    )
    assert (
        window.progress_tab.steps_model.row_at(1).is_next
        and window.progress_tab.steps_model.row_at(1).step is Step.SIGN
    )
    qtbot.mouseClick(window.progress_tab.sign_button, Qt.MouseButton.LeftButton)
    dialog = window.sub_dialog
    assert isinstance(dialog, SignDialog)
    qtbot.keyClicks(dialog.contract_no, "HT2026-0001")
    qtbot.keyClicks(dialog.netsign_no, "WQ88001")
    qtbot.keyClick(dialog.netsign_no, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert window.detail.stage is Stage.SIGNED
    assert window.stage_label.text() == "阶段：已签约"
    assert "HT2026-0001" in window.summary_tab.fields["contract"].text()
    assert window.message.text() == "已签约。"
    assert not window.progress_tab.sign_button.isVisible()
    assert window.care_tab.care_model.rowCount() == 3  # the three care touches

    # 付款 as the cashier: 收款… with the 定金 installment, amount over the cap refused first.
    ctx.set_actor(world.cashier)
    window.reload()
    window.tabs.setCurrentIndex(2)
    assert (
        window.payments_tab.pay_button.isVisible()
        and not window.payments_tab.confirm_button.isVisible()
    )
    qtbot.mouseClick(window.payments_tab.pay_button, Qt.MouseButton.LeftButton)
    pay = window.sub_dialog
    assert isinstance(pay, PaymentDialog)
    assert pay.nature.text() == "定金"
    assert pay.amount.text() == "50000.00"
    pay.amount.clear()
    qtbot.keyClicks(pay.amount, "60000")
    assert "上限 50,000.00 元" in pay.errors.message("amount")
    pay.amount.clear()
    qtbot.keyClicks(pay.amount, "12x")
    assert "不是金额" in pay.errors.message("amount")
    qtbot.keyClick(pay.amount, Qt.Key.Key_Return)
    assert pay.isVisible()  # refused beside the field, nothing saved
    pay.amount.clear()
    qtbot.keyClicks(pay.amount, "50000")
    assert pay.errors.message("amount") == ""
    qtbot.keyClick(pay.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert "收据号 SJ-" in window.message.text()
    assert window.payments_tab.receipts_model.rowCount() == 1
    receipt = window.payments_tab.receipts_model.row_at(0)
    assert receipt.amount == Decimal("50000.00") and receipt.payer == "王建国"
    assert window.payments_tab.installments_model.row_at(0).outstanding == Decimal(0)
    check_models(qtmodeltester, window)

    # Print the receipt through the preview, then read the PDF back.
    window.payments_tab.receipts_table.selectRow(0)
    qtbot.mouseClick(window.payments_tab.print_receipt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.printer.preview is not None, timeout=15_000)
    preview = window.printer.preview
    assert preview is not None and preview.isVisible()
    pdf: Path = preview.pdf_path
    assert receipt.code in pdf.name
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.calls[-1] == ("print_pdf", (pdf,))
    facts = read_pdf(pdf)
    assert receipt.code in facts.text
    assert "50,000.00" in facts.text or "50000.00" in facts.text
    assert "伍万元整" in facts.text
    assert "王建国" in facts.text
    assert_sound(facts, find_cjk_font())
    preview.close()
    qtbot.waitUntil(lambda: not pdf.exists())


def test_one_window_per_deal_and_a_missing_deal_is_said(
    qtbot, ctx: AppContext, database: Database, world: World, fake_dialogs
) -> None:
    deal_id = subscribe_deal(database, world)
    first = open_window(qtbot, ctx, deal_id, world.secretary)
    assert open_deal(ctx, deal_id) is first
    gone = open_deal(ctx, 4242)
    assert gone.detail is None and not gone.isVisible()
    assert fake_dialogs.names() == ["warning"]
    assert 4242 not in module._OPEN


def test_a_consultant_sees_no_paperwork_or_money_buttons(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    deal_id = subscribe_deal(database, world)
    window = open_window(qtbot, ctx, deal_id, world.consultant)
    window.tabs.setCurrentIndex(1)
    assert (
        not window.progress_tab.sign_button.isVisible()
        and not window.progress_tab.step_button.isVisible()
    )
    window.tabs.setCurrentIndex(2)
    assert (
        not window.payments_tab.pay_button.isVisible()
        and not window.payments_tab.void_button.isVisible()
    )
    assert window.payments_tab.print_receipt_button.isVisible()
    assert not window.summary_tab.discount_box.isVisible()


def test_sign_refusal_stays_beside_the_field(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    deal_id = subscribe_deal(database, world)
    window = open_window(qtbot, ctx, deal_id, world.secretary)
    window.tabs.setCurrentIndex(1)
    dialog = window.ask_sign()
    assert isinstance(dialog, SignDialog)
    qtbot.keyClicks(dialog.contract_no, "HT1")
    qtbot.keyClick(dialog.contract_no, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.message("netsign_no")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert window.detail is not None and window.detail.stage is Stage.SUBSCRIBED


def test_pending_discount_is_approved_by_the_site_manager_before_signing(
    qtbot, ctx: AppContext, database: Database, world: World, fake_dialogs
) -> None:
    deal_id = subscribe_deal(database, world, special=Decimal("5000"))
    window = open_window(qtbot, ctx, deal_id, world.manager)
    assert window.summary_tab.fields["discount_status"].text().startswith("待审批")
    assert window.summary_tab.discount_box.isVisible()
    qtbot.mouseClick(window.summary_tab.approve_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names()[-1] == "confirm"
    assert window.summary_tab.fields["discount_status"].text().startswith("已批准")
    assert not window.summary_tab.discount_box.isVisible()


def test_rejecting_a_discount_needs_a_reason(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    deal_id = subscribe_deal(database, world, special=Decimal("5000"))
    window = open_window(qtbot, ctx, deal_id, world.manager)
    price_before = window.detail.price if window.detail else None
    dialog = window.reject_discount()
    assert isinstance(dialog, ReasonDialog)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.errors.message("reason") == "请填写原因"
    dialog.reason.setText("超出权限")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert window.detail is not None
    assert window.summary_tab.fields["discount_status"].text().startswith("已驳回")
    assert price_before is not None and window.detail.price == price_before + Decimal("5000")


def test_steps_after_signing_deliver_and_care(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    from anjia_desk.services.deal_steps import sign_contract

    deal_id = subscribe_deal(database, world)
    with session_scope(database, world.secretary) as s:
        sign_contract(s, world.secretary, deal_id, contract_no="HT1", netsign_no="WQ1", version=1,
                      now=NOW)  # fmt: skip
    window = open_window(qtbot, ctx, deal_id, world.secretary)
    window.tabs.setCurrentIndex(1)
    # 备案 next: 完成此步… with a bad date, then blank (now).
    assert (
        window.progress_tab.step_button.isVisible()
        and "备案" in window.progress_tab.step_button.text()
    )
    dialog = window.ask_step()
    assert dialog is not None
    qtbot.keyClicks(dialog.on, "2026-13-40")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.on, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert "格式" in dialog.errors.message("on")
    dialog.on.clear()  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.on, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert window.detail is not None and window.detail.next_step is Step.DELIVER
    assert window.progress_tab.deliver_button.isVisible()

    # 交付: 6% over the predicted area shows in red that the buyer may cancel.
    deliver = window.ask_deliver()
    assert deliver is not None
    qtbot.keyClicks(deliver.measured, "106")  # type: ignore[attr-defined]
    assert "解除合同" in deliver.settlement.text()  # type: ignore[attr-defined]
    qtbot.keyClick(deliver.measured, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert window.detail.stage is Stage.DELIVERED
    assert "买受人有权解除合同" in window.message.text()
    names = [i.name for i in window.payments_tab.installments_model.rows]
    assert "补差款" in names

    # 关怀: copy the first text, mark it done (the consultant owns the touches).
    ctx.set_actor(world.consultant)
    window.reload()
    window.tabs.setCurrentIndex(3)
    qtbot.mouseClick(window.care_tab.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == window.care_tab.care_model.row_at(0).text
    qtbot.mouseClick(window.care_tab.care_done_button, Qt.MouseButton.LeftButton)
    assert window.care_tab.care_model.row_at(0).done_at is not None
    assert "已标记完成" in window.message.text()


def test_void_and_reissue_a_receipt(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    from anjia_desk.core.deals import Nature
    from anjia_desk.services.payments import record_payment

    deal_id = subscribe_deal(database, world)
    with session_scope(database, world.cashier) as s:
        record_payment(s, world.cashier, amount=Decimal("20000"), nature=Nature.DEPOSIT,
                       payer="王建国", method="转账", deal_id=deal_id, now=NOW)  # fmt: skip
    window = open_window(qtbot, ctx, deal_id, world.cashier)
    window.tabs.setCurrentIndex(2)
    dialog = window.ask_reissue()
    assert dialog is not None
    dialog.reason.setText("抬头写错")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert "重开为" in window.message.text()
    assert window.payments_tab.receipts_model.rowCount() == 2
    window.payments_tab.receipts_table.selectRow(
        next(
            i for i, r in enumerate(window.payments_tab.receipts_model.rows) if r.voided_at is None
        )
    )
    dialog = window.ask_void()
    assert dialog is not None
    dialog.reason.setText("客户退款")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert all(r.voided_at is not None for r in window.payments_tab.receipts_model.rows)
    assert window.detail is not None and window.detail.paid == Decimal(0)

    # Finance confirms (a voided receipt cannot be: the refusal is shown).
    ctx.set_actor(world.finance)
    window.reload()
    assert (
        window.payments_tab.confirm_button.isVisible()
        and not window.payments_tab.pay_button.isVisible()
    )
    window.payments_tab.receipts_table.selectRow(0)
    qtbot.mouseClick(window.payments_tab.confirm_button, Qt.MouseButton.LeftButton)
    assert window.message.kind == "error" and "已作废" in window.message.text()


def test_print_the_subscription_agreement(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    from tests.pdf.pdfcheck import assert_fonts_embedded, read_pdf

    deal_id = subscribe_deal(database, world)
    window = open_window(qtbot, ctx, deal_id, world.consultant)
    qtbot.mouseClick(window.print_subscription_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.printer.preview is not None, timeout=15_000)
    preview = window.printer.preview
    assert preview is not None
    facts = read_pdf(preview.pdf_path)
    assert "认购书" in facts.text and "王建国" in facts.text
    assert ID_NUMBER not in facts.text  # the ID is printed masked
    assert_fonts_embedded(facts)
    preview.close()


def test_mortgage_steps_belong_to_the_mortgage_officer(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    from anjia_desk.services.deal_steps import complete_step, sign_contract

    with session_scope(database, Actor.system()) as s:
        officer = add_actor(s, "wuming", "吴明", Role.MORTGAGE_OFFICER)
    deal_id = subscribe_deal(database, world, method=PaymentMethod.COMMERCIAL)
    with session_scope(database, world.secretary) as s:
        sign_contract(s, world.secretary, deal_id, contract_no="HT1", netsign_no="WQ1", version=1,
                      now=NOW)  # fmt: skip
    with session_scope(database, world.secretary) as s:
        complete_step(s, world.secretary, deal_id, Step.FILE, version=2, now=NOW)
    window = open_window(qtbot, ctx, deal_id, world.secretary)
    window.tabs.setCurrentIndex(1)
    assert window.detail is not None and window.detail.next_step is Step.DOCUMENTS
    assert "按揭资料" in window.progress_tab.next_label.text()
    assert (
        not window.progress_tab.step_button.isVisible()
    )  # the secretary does not do the loan steps
    window.close()
    window = open_window(qtbot, ctx, deal_id, officer)
    window.tabs.setCurrentIndex(1)
    assert (
        window.progress_tab.step_button.isVisible()
        and "按揭资料" in window.progress_tab.step_button.text()
    )
    dialog = window.ask_step()
    assert dialog is not None
    dialog.note.setText("资料齐全")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    assert window.detail.next_step is Step.INTERVIEW
    assert window.progress_tab.steps_model.row_at(3).note == "资料齐全"


def _pay(deal_id: int, amount: str):
    from anjia_desk.core.deals import Nature
    from anjia_desk.services.payments import record_payment

    def work(session, actor):
        return record_payment(session, actor, amount=Decimal(amount), nature=Nature.DEPOSIT,
                              payer="王建国", method="转账", deal_id=deal_id, now=NOW)  # fmt: skip

    return work


def test_reloads_on_its_deal_and_not_on_an_unrelated_write(
    qtbot, ctx: AppContext, database: Database, world: World, admin_actor: Actor, monkeypatch
) -> None:
    from anjia_desk.services.calendar import save_year

    deal_id = subscribe_deal(database, world)
    window = open_window(qtbot, ctx, deal_id, world.cashier)
    assert {Topic.DEALS, Topic.RECEIPTS, Topic.CARE, Topic.SETTINGS} <= window.sources
    assert Topic.CALENDAR not in window.sources and Topic.AUDIT not in window.sources
    reloads: list[int] = []
    original = window.reload
    monkeypatch.setattr(window, "reload", lambda: (reloads.append(1), original()))

    with qtbot.waitSignal(ctx.changed) as changed:
        ops.write(ctx, _pay(deal_id, "20000"), parent=None)  # another view takes money
    assert Topic.RECEIPTS in changed.args[0].topics
    assert reloads == [1] and window.payments_tab.receipts_model.rowCount() == 1

    ctx.set_actor(admin_actor)
    with qtbot.waitSignal(ctx.changed) as changed:
        ops.write(ctx, lambda s, a: save_year(s, a, 2031, []), parent=None)
    assert changed.args[0].topics.isdisjoint(window.sources)
    assert reloads == [1]


def test_its_own_writes_broadcast_what_they_wrote(
    qtbot, ctx: AppContext, database: Database, world: World, fake_dialogs
) -> None:
    deal_id = subscribe_deal(database, world, special=Decimal("5000"))
    window = open_window(qtbot, ctx, deal_id, world.manager)
    with qtbot.waitSignal(ctx.changed) as changed:
        window.approve_discount()
    assert Topic.DEALS in changed.args[0].topics and changed.args[0].initiator is window
    assert window.message.text() == "已批准特批优惠。"


def test_with_a_task_runner_the_window_shows_once_read_and_a_dialog_writes_on_the_writer(
    qtbot, ctx: AppContext, database: Database, world: World, runner, fake_dialogs
) -> None:
    deal_id = subscribe_deal(database, world)
    ctx.set_actor(world.secretary)
    window = open_deal(ctx, deal_id)
    qtbot.waitUntil(lambda: window.isVisible())
    assert window.detail is not None and open_deal(ctx, deal_id) is window
    window.tabs.setCurrentIndex(1)
    dialog = window.ask_sign()
    assert isinstance(dialog, SignDialog)
    dialog.contract_no.setText("HT2026-0009")
    dialog.netsign_no.setText("WQ9")
    qtbot.keyClick(dialog.netsign_no, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sub_dialog is None)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.stage is Stage.SIGNED)
    assert window.message.text() == "已签约。"

    gone = open_deal(ctx, 4242)
    qtbot.waitUntil(lambda: "warning" in fake_dialogs.names())
    assert 4242 not in module._OPEN and gone.detail is None
