"""申请变更… (issue 17): the kind preselected from the deal's stage (退定 before 签约, 退房 after,
解约 only for the site manager), the reason type's handling shown live, the ground's condition as
the placeholder and its fault taken over, the checks of core.change_forms beside their fields;
换房 with the project's available units and the live price; 更名 with the office's relations."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.changes import DEFAULT_RELATIONS, ChangeKind, Fault, Ground, ReasonType
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import ChangeOrder
from anjia_desk.ui.changes import window as change_window
from anjia_desk.ui.changes.deal_tab import deal_ref
from anjia_desk.ui.changes.request_dialog import RequestDialog
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.window import open_deal
from tests.ui.changes.conftest import Office
from tests.ui.deals.test_deal_window import NOW

pytestmark = pytest.mark.usefixtures("at_now")


def dialog_for(qtbot, ctx: AppContext, office: Office, actor) -> RequestDialog:
    ctx.set_actor(actor)
    window = open_deal(ctx, office.deal_id)
    qtbot.waitExposed(window)
    assert window.detail is not None
    dialog = RequestDialog(ctx, window, deal_ref(window.detail))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sign(database: Database, office: Office) -> None:
    from anjia_desk.db.models import Deal
    from anjia_desk.services.deal_steps import sign_contract

    secretary = office.world.secretary
    with session_scope(database, secretary) as s:
        deal = s.get(Deal, office.deal_id)
        assert deal is not None
        sign_contract(
            s, secretary, office.deal_id, contract_no="HT-001", netsign_no="WQ-001",
            version=deal.version, now=NOW,
        )  # fmt: skip


def error(dialog: RequestDialog, key: str) -> str:
    label = dialog.errors[key]
    return label.text() if label.isVisibleTo(dialog) else ""


def test_a_statutory_refund_needs_its_ground_and_condition(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    dialog = dialog_for(qtbot, ctx, office, office.world.secretary)
    dialog.reason_type.setCurrentIndex(dialog.reason_type.findData(ReasonType.STATUTORY.value))
    assert "不扣任何款项" in dialog.handling_label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert error(dialog, "ground") == "法定解除请选择所依据的法定情形"
    dialog.ground.setCurrentIndex(dialog.ground.findData(Ground.LATE_DELIVERY.value))
    assert dialog.ground_note.placeholderText() == Ground.LATE_DELIVERY.condition
    assert dialog.fault.currentData() == Fault.SELLER.value  # the ground decides the fault
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert error(dialog, "ground_note") == "请写明满足的条件（条款或法条、日期）"
    assert error(dialog, "ground") == ""
    dialog.ground_note.setText("合同第8条约定2026-06-30交付，2026-07-05书面催告")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.order_id is not None)
    with session_scope(database) as s:
        order = s.get(ChangeOrder, dialog.order_id)
        assert order is not None
        assert order.ground == Ground.LATE_DELIVERY and order.fault == Fault.SELLER
    assert change_window._OPEN == {}  # a dialog opened by hand opens nothing more


def test_swap_lists_the_available_units_with_the_live_price(
    qtbot, ctx: AppContext, office: Office
) -> None:
    dialog = dialog_for(qtbot, ctx, office, office.world.secretary)
    dialog.set_kind(ChangeKind.SWAP)
    assert dialog.new_unit.isVisibleTo(dialog) and not dialog.reason_type.isVisibleTo(dialog)
    offered = [dialog.new_unit.itemData(i) for i in range(1, dialog.new_unit.count())]
    assert office.unit_id not in offered  # not the deal's own unit
    assert set(offered) == set(office.world.unit_ids) - {office.unit_id}
    assert "选择新房源" in dialog.quote_label.text()
    dialog.new_unit.setCurrentIndex(dialog.new_unit.findData(office.world.unit_ids[1]))
    assert "新成交价" in dialog.quote_label.text()
    assert dialog.quote_value is not None and dialog.quote_value.price > Decimal(0)
    dialog.new_unit.setCurrentIndex(0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert error(dialog, "new_unit") == "请选择要换的新房源"


def test_rename_asks_for_the_new_buyer_within_the_offices_relations(
    qtbot, ctx: AppContext, office: Office
) -> None:
    dialog = dialog_for(qtbot, ctx, office, office.world.secretary)
    dialog.set_kind(ChangeKind.RENAME)
    relations = [dialog.relation.itemText(i) for i in range(1, dialog.relation.count())]
    assert tuple(relations) == DEFAULT_RELATIONS
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert error(dialog, "new_buyer_name") == "请填写买受人姓名"
    assert error(dialog, "relation") == "请选择与原买受人的关系"
    assert error(dialog, "new_buyer_id_number") != ""


def test_after_signing_the_kind_is_cancel_and_the_site_manager_may_terminate(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    sign(database, office)
    dialog = dialog_for(qtbot, ctx, office, office.world.manager)
    assert dialog.kind_value() is ChangeKind.CANCEL
    assert dialog.kind.findData(ChangeKind.UNSUBSCRIBE.value) == -1
    dialog.set_kind(ChangeKind.TERMINATE)
    grounds = {dialog.ground.itemData(i) for i in range(dialog.ground.count())}
    assert grounds == {Ground.DEMAND_EXPIRED.value, Ground.CONTRACT_CLAUSE.value}
    assert not dialog.reason_type.isVisibleTo(dialog)
    assert dialog.ground_note.placeholderText() == Ground(dialog.ground.currentData()).condition
