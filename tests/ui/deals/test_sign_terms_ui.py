"""签约… asks for the contract's terms (issue 17), prefilled from the deal (the office's breach
penalty from 认购), and 概要 shows them: the breach penalty, refund rate, area clause, 办证期限
and where a dispute goes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.deal_forms import ContractTerms
from anjia_desk.core.refund_money import BreachBase
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Deal
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.progress_dialogs import SignDialog
from anjia_desk.ui.deals.window import open_deal
from tests.ui.deals.test_deal_window import World, subscribe_deal

pytestmark = pytest.mark.usefixtures("close_windows")


def test_signing_records_the_terms_and_the_summary_shows_them(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    deal_id = subscribe_deal(database, world)
    ctx.set_actor(world.secretary)
    window = open_deal(ctx, deal_id)
    qtbot.waitExposed(window)
    summary = window.summary_tab.fields
    assert summary["breach"].text() == "总价款的 5%（合同第十条）"
    assert summary["refund_rate"].text() == "按案场设置（一年期LPR）"
    assert summary["area_clause"].text() == "±3%（未另行约定）"
    assert summary["title_due"].text() == "未录入"
    assert summary["forum"].text() == "诉讼（法院）"

    window.tabs.setCurrentIndex(1)
    qtbot.mouseClick(window.progress_tab.sign_button, Qt.MouseButton.LeftButton)
    dialog = window.sub_dialog
    assert isinstance(dialog, SignDialog)
    # Prefilled from the deal.
    assert dialog.breach_pct.text() == "5"
    assert dialog.breach_clause_no.text() == "第十条"
    assert dialog.breach_base.currentData() == BreachBase.PRICE
    assert dialog.refund_rate.text() == "" and dialog.area_clause_pct.text() == ""
    qtbot.keyClicks(dialog.contract_no, "HT2026-0001")
    qtbot.keyClicks(dialog.netsign_no, "WQ88001")
    dialog.breach_base.setCurrentIndex(list(BreachBase).index(BreachBase.DUE))
    dialog.breach_pct.setText("abc")
    dialog.submit()
    assert dialog.errors.label_for("breach_pct").isVisibleTo(dialog)
    dialog.breach_pct.setText("10")
    dialog.breach_clause_no.setText("第十一条")
    dialog.refund_rate.setText("3.45")
    dialog.area_clause_pct.setText("2")
    dialog.title_due_on.setText("2028-06-30")
    dialog.arbitration.setChecked(True)
    qtbot.keyClick(dialog.netsign_no, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sub_dialog is None)

    with session_scope(database, world.secretary) as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        assert (deal.breach_base, deal.breach_pct, deal.breach_clause_no) == (
            BreachBase.DUE,
            Decimal("10"),
            "第十一条",
        )
        assert (deal.refund_rate, deal.area_clause_pct) == (Decimal("3.45"), Decimal("2"))
        assert deal.title_due_on is not None and deal.title_due_on.isoformat() == "2028-06-30"
        assert deal.arbitration is True
    assert window.detail is not None
    assert window.detail.terms == ContractTerms(
        BreachBase.DUE,
        Decimal("10.00"),
        "第十一条",
        Decimal("3.45"),
        Decimal("2.00"),
        deal.title_due_on,
        True,
    )
    assert summary["breach"].text() == "已到期应付款的 10%（合同第十一条）"
    assert summary["refund_rate"].text() == "年 3.45%（合同约定）"
    assert summary["area_clause"].text() == "±2%（合同约定）"
    assert summary["title_due"].text() == "2028-06-30"
    assert summary["forum"].text() == "仲裁"
