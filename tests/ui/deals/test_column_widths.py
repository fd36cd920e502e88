"""On a 1366-px office screen the lists of 交易 show their key text and money whole: columns are
sized from their content, in order of importance, and a cell too long shows its text on hover."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from anjia_desk.ui.context import AppContext
from anjia_desk.ui.tables import ColumnTableModel
from tests.ui.deals.test_deal_window import NOW, World, subscribe_deal
from tests.ui.deals.test_section import section, show_tab

pytestmark = pytest.mark.usefixtures("close_windows")

#: The main window's content beside its section list on a 1366-px screen (1366 − 168 − margins).
CONTENT_WIDTH = 1150


def shown_whole(view: QTableView, keys: list[str]) -> None:
    """Each of `keys`' columns lies within the viewport and is wide enough for every cell."""
    model = view.model()
    assert isinstance(model, ColumnTableModel)
    right = view.viewport().width()
    metrics = view.fontMetrics()
    for key in keys:
        column = model.column_index(key)
        assert view.columnViewportPosition(column) + view.columnWidth(column) <= right, key
        for row in range(model.rowCount()):
            text = model.data(model.index(row, column))
            assert metrics.horizontalAdvance(text) < view.columnWidth(column), (key, text)


def test_deals_receivables_and_tickets_show_their_key_columns_at_1366(
    qtbot, ctx: AppContext, world: World, database
) -> None:
    subscribe_deal(database, world, unit=0)
    subscribe_deal(database, world, unit=1)
    ctx.clock = lambda: NOW + timedelta(days=50)
    page = section(qtbot, ctx, world.cashier)
    page.resize(CONTENT_WIDTH, 600)
    tab = page.deals_tab
    qtbot.waitUntil(lambda: tab.deals_model.rowCount() == 2)
    keys = ["unit", "buyer", "stage", "next", "next_due", "outstanding", "overdue", "price"]
    assert [c.key for c in tab.deals_model.columns][: len(keys)] == keys
    shown_whole(tab.deals_table, keys)

    show_tab(page, "应收款")
    recv = page.receivables_tab
    qtbot.waitUntil(lambda: recv.recv_model.rowCount() > 0)
    keys = ["unit", "buyer", "name", "due", "outstanding", "days", "penalty", "amount", "paid"]
    assert [c.key for c in recv.recv_model.columns][: len(keys)] == keys
    shown_whole(recv.recv_table, keys)

    show_tab(page, "认筹排号")
    tickets = page.tickets_tab
    keys = ["number", "customer", "status", "amount", "received", "unit", "reason"]
    assert [c.key for c in tickets.tickets_model.columns][: len(keys)] == keys


def test_a_cell_too_long_is_elided_with_its_text_on_hover(qtbot) -> None:
    from anjia_desk.ui.tables import COLUMN_CAP, Column, configure_table, fit_columns_once

    model: ColumnTableModel[str] = ColumnTableModel(
        [Column("short", "短", lambda r: "甲"), Column("long", "长", lambda r: r)]
    )
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    configure_table(view, stretch_last=False)
    fit_columns_once(view)
    long_text = "很长的说明" * 40
    model.set_rows([long_text])
    assert view.columnWidth(1) == COLUMN_CAP  # capped, elided
    assert view.columnWidth(0) < 80  # a short column stays narrow
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == long_text
    view.setColumnWidth(1, 200)  # the user drags it; a reload keeps the user's width
    model.set_rows([long_text, "短"])
    assert view.columnWidth(1) == 200
