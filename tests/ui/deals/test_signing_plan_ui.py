"""An installment counted from 签约 (issue 13) on the deal screens: 付款 and 应收款 show
签约后 N 天 instead of a date until 签约 is recorded, and it is never in 只看逾期."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.deals import Nature
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import settings
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.section import DealsSection
from anjia_desk.ui.deals.window import open_deal
from anjia_desk.ui.tables import ColumnTableModel
from tests.ui.deals.test_deal_window import NOW, World, subscribe_deal

pytestmark = pytest.mark.usefixtures("close_windows")


def _signing_deal(database: Database, world: World) -> int:
    with session_scope(database, Actor.system()) as s:
        settings.update_settings(s, Actor.system(), {"deals.plan.full": "房款 100% 签约后15天"})
    return subscribe_deal(database, world)


def _due_cells(model: ColumnTableModel, nature: Nature) -> list[str]:
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    due = column.index("应付日期")
    return [
        str(model.data(model.index(row, due), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
        if model.row_at(row).nature is nature
    ]


def test_the_payment_plan_says_signing_plus_days(
    qtbot, qtmodeltester, ctx: AppContext, database: Database, world: World
) -> None:
    deal_id = _signing_deal(database, world)
    ctx.clock = lambda: NOW + timedelta(days=200)
    ctx.set_actor(world.consultant)
    window = open_deal(ctx, deal_id)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.detail is not None)
    model = window.payments_tab.installments_model
    qtmodeltester.check(model)
    assert _due_cells(model, Nature.PRICE) == ["签约后 15 天"]
    price = next(line for line in model.rows if line.nature is Nature.PRICE)
    assert price.days_overdue == 0 and model.row_foreground(price) is None


def test_receivables_say_signing_plus_days_and_it_is_never_overdue(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    _signing_deal(database, world)
    ctx.clock = lambda: NOW + timedelta(days=200)
    ctx.set_actor(world.cashier)
    page = DealsSection(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    page.tabs.setCurrentIndex(titles.index("应收款"))
    model = page.receivables_tab.recv_model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert _due_cells(model, Nature.PRICE) == ["签约后 15 天"]
    page.receivables_tab.recv_overdue.setChecked(True)  # 200 days after 认购, still not overdue
    qtbot.waitUntil(lambda: model.rowCount() == 0)
