"""The 交易 section: tabs by permission, the deal list with its filters opening a deal
window, 认筹排号 (认筹 through the dialog, 收认筹金, 退筹, 作废), 认购未签约 coloured by deadline,
应收款 with totals and filters, 收据 (作废, 财务确认, 打印); the workbench opening a
deal's to-do."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.deals import Nature, Stage, TicketStatus
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals import window as deal_window
from anjia_desk.ui.deals.format import ERROR_ROW
from anjia_desk.ui.deals.payment_dialogs import TicketPaymentDialog
from anjia_desk.ui.deals.section import DealsSection, may_see_deals, tabs_for
from anjia_desk.ui.deals.ticket_dialogs import TicketDialog
from anjia_desk.ui.forms import ReasonDialog
from tests.helpers import add_actor
from tests.ui.deals.test_deal_window import NOW, World, _pay, subscribe_deal

pytestmark = pytest.mark.usefixtures("close_windows")


def section(qtbot, ctx: AppContext, actor: Actor) -> DealsSection:
    ctx.set_actor(actor)
    page = DealsSection(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def tab_titles(page: DealsSection) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def show_tab(page: DealsSection, title: str) -> None:
    page.tabs.setCurrentIndex(tab_titles(page).index(title))


def test_tabs_follow_the_permissions(database: Database, world: World) -> None:
    with session_scope(database, Actor.system()) as s:
        desk = add_actor(s, "qiantai", "前台小李", Role.FRONT_DESK)
    assert not may_see_deals(desk)
    assert tabs_for(world.consultant) == ["deals", "tickets"]
    assert tabs_for(world.secretary) == ["deals", "tickets", "unsigned", "receivables"]
    assert tabs_for(world.cashier) == ["deals", "tickets", "receivables", "receipts"]
    assert tabs_for(world.finance) == ["deals", "receivables", "receipts"]
    assert may_see_deals(world.cashier)


def test_deal_list_filters_and_opens_the_deal(
    qtbot, qtmodeltester, ctx: AppContext, database: Database, world: World
) -> None:
    first = subscribe_deal(database, world, unit=0)
    subscribe_deal(database, world, unit=1)
    page = section(qtbot, ctx, world.secretary)
    assert tab_titles(page) == ["交易", "认筹排号", "认购未签约", "应收款"]
    qtmodeltester.check(page.deals_tab.deals_model)
    assert page.deals_tab.deals_model.rowCount() == 2
    assert "共 2 笔" in page.deals_tab.deals_count.text()
    assert page.deals_tab.deal_project.count() == 2  # 全部项目 + the project

    page.deals_tab.deal_text.setText("0102")
    qtbot.keyClick(page.deals_tab.deal_text, Qt.Key.Key_Return)
    assert [r.unit_label for r in page.deals_tab.deals_model.rows] == ["1栋0102"]
    page.deals_tab.deal_text.clear()
    qtbot.keyClick(page.deals_tab.deal_text, Qt.Key.Key_Return)
    page.deals_tab.deal_stage.setCurrentIndex(
        page.deals_tab.deal_stage.findData(Stage.SIGNED.value)
    )
    assert page.deals_tab.deals_model.rowCount() == 0
    page.deals_tab.deal_stage.setCurrentIndex(0)
    assert page.deals_tab.deals_model.rowCount() == 2

    row = next(i for i, r in enumerate(page.deals_tab.deals_model.rows) if r.id == first)
    rect = page.deals_tab.deals_table.visualRect(page.deals_tab.deals_model.index(row, 1))
    viewport = page.deals_tab.deals_table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert first in deal_window._OPEN and deal_window._OPEN[first].isVisible()
    deal_window._OPEN[first].close()
    # Enter on the selected row opens it too.
    page.deals_tab.deals_table.setFocus()
    page.deals_tab.deals_table.selectRow(row)
    qtbot.keyClick(page.deals_tab.deals_table, Qt.Key.Key_Return)
    assert first in deal_window._OPEN


def test_unsigned_tab_colours_the_deadline(
    qtbot, qtmodeltester, ctx: AppContext, database: Database, world: World
) -> None:
    subscribe_deal(database, world)
    ctx.clock = lambda: NOW + timedelta(days=30)  # past the 7-day signing deadline
    page = section(qtbot, ctx, world.secretary)
    show_tab(page, "认购未签约")
    model = page.unsigned_tab.unsigned_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    index = model.index(0, model.column_index("deadline"))
    assert "已过签约期限" in model.data(index)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == ERROR_ROW


def test_tickets_issue_collect_refund_and_void(
    qtbot, qtmodeltester, ctx: AppContext, database: Database, world: World
) -> None:
    page = section(qtbot, ctx, world.secretary)
    show_tab(page, "认筹排号")
    qtmodeltester.check(page.tickets_tab.tickets_model)
    assert (
        page.tickets_tab.issue_button.isVisible()
        and page.tickets_tab.void_ticket_button.isVisible()
    )
    assert not page.tickets_tab.collect_button.isVisible()

    # 认筹… : find the customer by phone, an amount (a bad one first).
    qtbot.mouseClick(page.tickets_tab.issue_button, Qt.MouseButton.LeftButton)
    dialog = page.sub_dialog
    assert isinstance(dialog, TicketDialog)
    qtbot.keyClicks(dialog.picker.search, "13800001111")
    qtbot.mouseClick(dialog.picker.find_button, Qt.MouseButton.LeftButton)
    assert dialog.picker.customer_id() == world.customer_id
    qtbot.keyClicks(dialog.amount, "abc")
    assert "不是金额" in dialog.errors.message("amount")
    dialog.amount.clear()
    dialog.amount.setText("2万")  # typed Chinese would abort keyClicks
    dialog.amount.check()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert page.message.text() == "已发放认筹号。"
    assert page.tickets_tab.tickets_model.rowCount() == 1
    ticket = page.tickets_tab.tickets_model.row_at(0)
    assert ticket.number == 1 and ticket.amount == Decimal("20000.00")

    # A second one, voided by the secretary.
    with session_scope(database, world.secretary) as s:
        from anjia_desk.services.tickets import issue_ticket

        issue_ticket(s, world.secretary, project_id=world.project_id,
                     customer_id=world.customer_id, amount=Decimal("10000"), now=NOW)  # fmt: skip
    page.reload()
    assert page.tickets_tab.tickets_model.rowCount() == 2
    page.tickets_tab.tickets_table.selectRow(1)
    void = page.ask_void_ticket()
    assert isinstance(void, ReasonDialog)
    void.reason.setText("重复登记")
    qtbot.keyClick(void.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert page.tickets_tab.tickets_model.row_at(1).status == TicketStatus.VOIDED.value

    # The cashier takes the 认筹金 of number 1 (over the amount refused), then refunds it.
    page.close()
    page = section(qtbot, ctx, world.cashier)
    show_tab(page, "认筹排号")
    assert (
        page.tickets_tab.collect_button.isVisible()
        and not page.tickets_tab.issue_button.isVisible()
    )
    page.tickets_tab.tickets_table.selectRow(0)
    qtbot.mouseClick(page.tickets_tab.collect_button, Qt.MouseButton.LeftButton)
    collect = page.sub_dialog
    assert isinstance(collect, TicketPaymentDialog)
    collect.amount.clear()
    qtbot.keyClicks(collect.amount, "30000")
    assert "上限 20,000.00 元" in collect.errors.message("amount")
    collect.amount.clear()
    qtbot.keyClicks(collect.amount, "20000")
    qtbot.keyClick(collect.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert "已收第 1 号认筹金 20,000.00 元" in page.message.text()
    page.tickets_tab.tickets_table.selectRow(0)
    refund = page.ask_refund()
    assert isinstance(refund, ReasonDialog)
    refund.reason.setText("客户放弃")
    qtbot.keyClick(refund.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert "20,000.00 元" in page.message.text()
    assert page.tickets_tab.tickets_model.row_at(0).status == TicketStatus.REFUNDED.value


def test_receivables_totals_and_overdue_filter(
    qtbot, qtmodeltester, ctx: AppContext, database: Database, world: World
) -> None:
    deal_id = subscribe_deal(database, world)
    # 50 days on: the 房款 (due 30 days after 认购) is 20 days overdue; the unpaid 定金 is
    # 定金未到, not an overdue debt.
    ctx.clock = lambda: NOW + timedelta(days=50)
    page = section(qtbot, ctx, world.cashier)
    show_tab(page, "应收款")
    qtmodeltester.check(page.receivables_tab.recv_model)
    assert page.receivables_tab.recv_model.rowCount() >= 2
    assert "未付合计" in page.receivables_tab.recv_totals.text()
    assert (
        "1,000,000.00" in page.receivables_tab.recv_totals.text()
        or page.receivables_tab.summary is not None
    )
    page.receivables_tab.recv_overdue.setChecked(True)
    rows = page.receivables_tab.recv_model.rows
    assert rows and all(r.days_overdue > 0 for r in rows)
    assert [(r.nature, r.days_overdue) for r in rows] == [(Nature.PRICE, 20)]
    index = page.receivables_tab.recv_model.index(0, 0)
    assert page.receivables_tab.recv_model.data(index, Qt.ItemDataRole.ForegroundRole) == ERROR_ROW
    page.receivables_tab.recv_table.activated.emit(index)
    assert deal_id in deal_window._OPEN


def test_receipts_void_confirm_and_print(
    qtbot, qtmodeltester, ctx: AppContext, database: Database, world: World, fake_dialogs
) -> None:
    from anjia_desk.services.payments import record_payment

    deal_id = subscribe_deal(database, world)
    with session_scope(database, world.cashier) as s:
        for amount in ("20000", "30000"):
            record_payment(s, world.cashier, amount=Decimal(amount), nature=Nature.DEPOSIT,
                           payer="王建国", method="转账", deal_id=deal_id, now=NOW)  # fmt: skip
    page = section(qtbot, ctx, world.cashier)
    show_tab(page, "收据")
    qtmodeltester.check(page.receipts_tab.rcpt_model)
    assert page.receipts_tab.rcpt_model.rowCount() == 2
    assert "有效金额合计 50,000.00 元" in page.receipts_tab.rcpt_totals.text()
    assert not page.receipts_tab.rcpt_confirm_button.isVisible()
    page.receipts_tab.rcpt_table.selectRow(0)
    dialog = page.ask_void_receipt()
    assert isinstance(dialog, ReasonDialog)
    dialog.reason.setText("金额有误")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert "已作废" in page.message.text()
    assert "有效 1 张" in page.receipts_tab.rcpt_totals.text()

    # A bad date in the filter is said, not a crash.
    page.receipts_tab.rcpt_from.setText("2026-02-30")
    qtbot.keyClick(page.receipts_tab.rcpt_from, Qt.Key.Key_Return)
    assert page.message.kind == "error"
    page.receipts_tab.rcpt_from.clear()

    page.close()
    page = section(qtbot, ctx, world.finance)
    show_tab(page, "收据")
    assert (
        page.receipts_tab.rcpt_confirm_button.isVisible()
        and not page.receipts_tab.rcpt_void_button.isVisible()
    )
    live = next(i for i, r in enumerate(page.receipts_tab.rcpt_model.rows) if r.voided_at is None)
    page.receipts_tab.rcpt_table.selectRow(live)
    qtbot.mouseClick(page.receipts_tab.rcpt_confirm_button, Qt.MouseButton.LeftButton)
    assert "已财务确认" in page.message.text()
    assert page.receipts_tab.rcpt_model.row_at(live).confirmed_at is not None

    page.receipts_tab.rcpt_table.selectRow(live)
    qtbot.mouseClick(page.receipts_tab.rcpt_print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.printer.preview is not None, timeout=15_000)
    preview = page.printer.preview
    assert preview is not None
    assert page.receipts_tab.rcpt_model.row_at(live).code in preview.pdf_path.name
    preview.close()


def test_nothing_selected_is_said(qtbot, ctx: AppContext, world: World) -> None:
    page = section(qtbot, ctx, world.cashier)
    show_tab(page, "收据")
    assert page.ask_void_receipt() is None
    assert page.message.text() == "请先在列表中选中一张收据。"
    show_tab(page, "认筹排号")
    assert page.ask_collect() is None
    assert page.message.text() == "请先在列表中选中一个排号。"


def test_workbench_opens_a_deal_to_do(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    from anjia_desk.services.workbench import TodoItem, TodoKind
    from anjia_desk.ui.pages.workbench_page import WorkbenchSection

    deal_id = subscribe_deal(database, world)
    ctx.set_actor(world.consultant)
    bench = WorkbenchSection(ctx)
    qtbot.addWidget(bench)
    item = TodoItem(
        kind=TodoKind["SIGN_DUE"],
        customer_id=world.customer_id,
        customer_name="王建国",
        shown_phone="",
        detail="认购待签约",
        due=NOW.date(),
        ref_id=deal_id,
    )
    assert bench.deal_of(item) == deal_id
    bench.open_item(item)
    assert deal_id in deal_window._OPEN
    opened: list[int] = []
    bench.open_customer = opened.append  # type: ignore[method-assign]
    other = TodoItem(
        kind=TodoKind.OVERDUE,
        customer_id=world.customer_id,
        customer_name="王建国",
        shown_phone="",
        detail="",
        due=NOW.date(),
    )
    bench.open_item(other)
    assert opened == [world.customer_id]


def test_workbench_care_to_do_opens_its_deal(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    from anjia_desk.services.care import due_touches
    from anjia_desk.services.deal_steps import sign_contract
    from anjia_desk.services.workbench import TodoItem, TodoKind
    from anjia_desk.ui.pages.workbench_page import WorkbenchSection

    deal_id = subscribe_deal(database, world)
    with session_scope(database, world.secretary) as s:
        sign_contract(s, world.secretary, deal_id, contract_no="HT1", netsign_no="WQ1", version=1,
                      now=NOW)  # fmt: skip
    later = NOW + timedelta(days=3)
    with session_scope(database, world.consultant) as s:
        touch = due_touches(s, world.consultant, now=later)[0]
    ctx.clock = lambda: later
    ctx.set_actor(world.consultant)
    bench = WorkbenchSection(ctx)
    qtbot.addWidget(bench)
    item = TodoItem(
        kind=TodoKind["CARE"],
        customer_id=world.customer_id,
        customer_name="王建国",
        shown_phone="",
        detail="签约关怀",
        due=later.date(),
        ref_id=touch.id,
    )
    assert bench.deal_of(item) == deal_id
    gone = TodoItem(
        kind=TodoKind["CARE"],
        customer_id=world.customer_id,
        customer_name="王建国",
        shown_phone="",
        detail="",
        due=None,
        ref_id=9999,
    )
    opened: list[int] = []
    bench.open_customer = opened.append  # type: ignore[method-assign]
    bench.open_item(gone)  # a touch no longer due: the customer opens instead
    assert opened == [world.customer_id]


def test_reloads_on_its_data_and_not_on_an_unrelated_write(
    qtbot, ctx: AppContext, database: Database, world: World, admin_actor: Actor, monkeypatch
) -> None:
    from anjia_desk.services.calendar import save_year

    deal_id = subscribe_deal(database, world)
    page = section(qtbot, ctx, world.cashier)
    show_tab(page, "收据")
    assert {Topic.DEALS, Topic.UNITS, Topic.RECEIPTS, Topic.SETTINGS} <= page.sources
    assert Topic.CALENDAR not in page.sources and Topic.AUDIT not in page.sources
    assert page.receipts_tab.rcpt_model.rowCount() == 0
    reloads: list[int] = []
    original = page.reload
    monkeypatch.setattr(page, "reload", lambda: (reloads.append(1), original()))

    with qtbot.waitSignal(ctx.changed) as changed:
        ops.write(ctx, _pay(deal_id, "20000"), parent=None)  # the deal window takes money
    assert Topic.RECEIPTS in changed.args[0].topics
    assert reloads == [1] and page.receipts_tab.rcpt_model.rowCount() == 1

    ctx.set_actor(admin_actor)
    with qtbot.waitSignal(ctx.changed) as changed:
        ops.write(ctx, lambda s, a: save_year(s, a, 2031, []), parent=None)
    assert changed.args[0].topics.isdisjoint(page.sources)
    assert reloads == [1]


def test_a_dialog_write_names_the_page_as_its_initiator(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    from anjia_desk.services.tickets import issue_ticket

    with session_scope(database, world.secretary) as s:
        issue_ticket(s, world.secretary, project_id=world.project_id,
                     customer_id=world.customer_id, amount=Decimal("10000"), now=NOW)  # fmt: skip
    page = section(qtbot, ctx, world.secretary)
    show_tab(page, "认筹排号")
    page.tickets_tab.tickets_table.selectRow(0)
    void = page.ask_void_ticket()
    assert isinstance(void, ReasonDialog)
    void.reason.setText("重复登记")
    with qtbot.waitSignal(ctx.changed) as changed:
        qtbot.keyClick(void.reason, Qt.Key.Key_Return)
    assert Topic.TICKETS in changed.args[0].topics and changed.args[0].initiator is page
    assert page.tickets_tab.tickets_model.row_at(0).status == TicketStatus.VOIDED.value
    assert page.message.text() == "第 1 号已作废（号码不再使用）。"
