"""The 变更 section (issue 17): 等我处理 holds what the person can move on now, the list filters
by 进行中/全部, kind and text, Enter opens the order's window, the page refreshes on a change
order written elsewhere; who sees the section and where; a change order's to-do on the 工作台
opens the order's window."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.change_forms import RequestForm
from anjia_desk.core.changes import ChangeKind, Fault, ReasonType
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.change_orders import file_change, withdraw
from anjia_desk.services.context import Actor
from anjia_desk.ui import ops
from anjia_desk.ui.changes import window as change_window
from anjia_desk.ui.changes.page import ChangesSection, may_see_changes
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages import build_sections
from tests.ui.changes.conftest import Office
from tests.ui.deals.test_deal_window import NOW

pytestmark = pytest.mark.usefixtures("at_now")


def file_refund(database: Database, office: Office) -> int:
    form = RequestForm(
        ChangeKind.UNSUBSCRIBE,
        requested_at=NOW - timedelta(hours=2),
        reason_type=ReasonType.REGRET,
        tags=("价格",),
        fault=Fault.BUYER,
    )
    secretary = office.world.secretary
    with session_scope(database, secretary) as s:
        return file_change(s, secretary, office.deal_id, form, now=NOW)


def open_page(qtbot, ctx: AppContext, actor: Actor) -> ChangesSection:
    ctx.set_actor(actor)
    page = ChangesSection(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    return page


def cell(model, row: int, key: str) -> str:
    return model.data(model.index(row, model.column_index(key)))


def test_waiting_for_me_the_list_its_filters_and_opening(
    qtbot, qtmodeltester, ctx: AppContext, database: Database, office: Office
) -> None:
    order_id = file_refund(database, office)
    page = open_page(qtbot, ctx, office.cs_manager)  # leads the talk: waiting for her
    qtmodeltester.check(page.waiting_model)
    assert page.tabs.tabText(0) == "等我处理（1）"
    waiting = page.waiting_model
    assert cell(waiting, 0, "code").startswith("BG-")
    assert cell(waiting, 0, "kind") == "退定"
    assert cell(waiting, 0, "status") == "待挽留洽谈"
    assert cell(waiting, 0, "buyer") == "王建国"
    assert cell(waiting, 0, "reason") == "纯粹后悔型"
    assert cell(waiting, 0, "fault") == "买方"
    assert cell(waiting, 0, "requested") == "2026-11-20 08:00"  # the time, not only the date
    assert cell(waiting, 0, "next") == "待挽留洽谈"
    headers = [
        waiting.headerData(i, Qt.Orientation.Horizontal) for i in range(waiting.columnCount())
    ]
    assert headers == [
        "单号", "类型", "状态", "房源", "买受人", "收到申请", "72小时内", "原因类型", "过错方",
        "应退金额", "已退", "下一步/等待谁",
    ]  # fmt: skip

    page.tabs.setCurrentIndex(1)
    assert page.list_model.rowCount() == 1 and "共 1 单" in page.count_label.text()
    page.kind_box.setCurrentIndex(page.kind_box.findData(ChangeKind.SWAP.value))
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 0)
    page.kind_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1)
    page.search_edit.setText("李")
    page.search_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 0)
    page.search_edit.setText("王建")
    page.search_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1)

    # Enter on the row opens the order's window.
    page.list_table.setFocus()
    page.list_table.setCurrentIndex(page.list_model.index(0, 0))
    qtbot.keyClick(page.list_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: order_id in change_window._OPEN)
    window = change_window._OPEN[order_id]
    qtbot.waitExposed(window)
    assert window.code_label.text().endswith("退定")

    # Withdrawn elsewhere: the page refreshes — gone from 进行中, still under 全部.
    def work(session, actor):
        withdraw(session, actor, order_id, reason="买受人收回申请", version=1, now=NOW)

    ctx.set_actor(office.world.manager)
    ops.write(ctx, work, parent=None)
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 0)
    assert page.tabs.tabText(0) == "等我处理（0）"
    page.scope_box.setCurrentIndex(page.scope_box.findData(False))
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1)
    assert cell(page.list_model, 0, "status") == "已撤回"


def test_the_secretary_waits_for_nothing_and_who_sees_the_section(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    file_refund(database, office)
    page = open_page(qtbot, ctx, office.world.secretary)
    assert page.waiting_model.rowCount() == 0  # the talk is not hers to lead
    page.tabs.setCurrentIndex(1)
    assert page.list_model.rowCount() == 1
    for actor in (office.world.manager, office.marketing, office.world.consultant):
        assert may_see_changes(actor)
        ctx.set_actor(actor)
        titles = [section.title for section in build_sections(ctx)]
        assert "变更" in titles
        assert titles.index("变更") > titles.index("交易")


def test_a_change_orders_to_do_on_the_workbench_opens_the_order(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    from anjia_desk.services.workbench_base import TodoKind
    from anjia_desk.ui.pages.workbench_page import WorkbenchSection

    order_id = file_refund(database, office)
    ctx.set_actor(office.cs_manager)
    workbench = WorkbenchSection(ctx)
    qtbot.addWidget(workbench)
    # The to-do's kind comes with the sheets helper's to-do sources; by name until then.
    kind = getattr(TodoKind, "CHANGE_WAITING", SimpleNamespace(name="CHANGE_WAITING"))
    item = SimpleNamespace(
        kind=kind, customer_id=1, detail="退定待洽谈", ref_id=order_id, due=NOW.date()
    )
    workbench.open_item(item)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: order_id in change_window._OPEN)
    assert change_window._OPEN[order_id].detail is not None


def test_the_talk_waiting_on_the_workbench_opens_with_enter(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    """With the to-do sources (the sheets helper's): the customer-service manager's 工作台 lists
    the talk to lead; Enter on it opens the order's window."""
    from anjia_desk.services.workbench_base import TodoKind
    from anjia_desk.ui.pages.workbench_page import WorkbenchSection

    if not hasattr(TodoKind, "CHANGE_WAITING"):
        pytest.skip("the change-order to-dos come with their branch")
    order_id = file_refund(database, office)
    ctx.set_actor(office.cs_manager)
    workbench = WorkbenchSection(ctx)
    qtbot.addWidget(workbench)
    workbench.resize(1366, 700)
    workbench.show()
    qtbot.waitUntil(lambda: any(i.ref_id == order_id for i in workbench.shown_items()))
    row = next(i for i, item in enumerate(workbench.shown_items()) if item.ref_id == order_id)
    assert workbench.shown_items()[row].kind.name in {"CHANGE_WAITING", "CHANGE_OPEN"}
    workbench.table.selectRow(row)
    workbench.table.setFocus()
    qtbot.keyClick(workbench.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: order_id in change_window._OPEN)
