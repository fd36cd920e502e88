"""The 退房 sheet of the Excel export (issue 17): every change order one row, its kind a column —
real dates, the money by nature as numbers (the live table before execution, the frozen one
after), the adjusted figure with its reason, phones as masked text, typed text never a formula,
and the range on the day the written request arrived. On both engines."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from anjia_desk.core.changes import ChangeKind, ChangeStatus, Fault, ReasonType, TalkOutcome
from anjia_desk.core.deals import Nature, Stage
from anjia_desk.core.refund_money import Breach, BreachBase, Paid, RefundCase, compute_refund
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer, Deal, RefundVoucher
from anjia_desk.services.change_money import table_json
from anjia_desk.services.context import Actor
from anjia_desk.services.export_refunds_sheet import REFUND_COLUMNS
from anjia_desk.services.exporting import ExportRequest, export_kinds
from tests.change_fixtures import add_order
from tests.helpers import add_actor
from tests.services.test_exporting import (
    INJECTED,
    MONEY_FORMAT,
    deal_office,
    export,
    records,
    sheet_rows,
)

HEADERS = [header for header, _kind in REFUND_COLUMNS]
KINDS = dict(REFUND_COLUMNS)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "out"
    path.mkdir()
    return path


def changes(database: Database) -> dict[str, int]:
    """Three orders: a 退房 on the signed deal awaiting approval (adjusted, with a reason that
    looks like a formula), a 退定 on the loan deal retained by the talk, and a 退定 closed on
    the cancelled deal with its frozen table (定金 returned double) and two vouchers, one voided;
    and a 更名 requested later, outside the range asked."""
    ids = deal_office(database)
    with session_scope(database, Actor.system()) as s:
        lead = add_actor(s, "kf", "客服经理", Role.CS_MANAGER)
        signed, loan, gone = (s.get(Deal, ids[key]) for key in ("signed", "loan", "gone"))
        assert signed is not None and loan is not None and gone is not None
        cancel = add_order(
            s, signed, ChangeKind.CANCEL, ChangeStatus.APPROVAL,
            requested_at=datetime(2026, 3, 6, 2, 0, tzinfo=UTC),  # 10:00, 9 h after 签约
            stage_at_request=Stage.SIGNED, within_72h=True, reason_type=ReasonType.FUNDS,
            tags=json.dumps(["价格", "贷款"], ensure_ascii=False), fault=Fault.BUYER,
            leader_id=lead.user_id, talk_outcome=TalkOutcome.LEAVE,
            talk_at=datetime(2026, 3, 6, 6, 0, tzinfo=UTC),
            reviewed_at=datetime(2026, 3, 7, 1, 0, tzinfo=UTC),
            marketing_at=datetime(2026, 3, 7, 17, 0, tzinfo=UTC),  # 03-08 01:00 local
            override_amount=Decimal("120000.00"), override_reason=INJECTED,
        )  # fmt: skip
        retained = add_order(
            s, loan, ChangeKind.UNSUBSCRIBE, ChangeStatus.RETAINED,
            requested_at=datetime(2026, 3, 7, 2, 0, tzinfo=UTC), reason_type=ReasonType.FAMILY,
            leader_id=lead.user_id, talk_outcome=TalkOutcome.KEEP,
            closed_at=datetime(2026, 3, 7, 8, 0, tzinfo=UTC),
        )  # fmt: skip
        frozen = compute_refund(
            RefundCase(
                paid=(Paid(Nature.DEPOSIT, Decimal("50000.00"), date(2026, 3, 1), "SJ-000009"),),
                signed=False, fault=Fault.SELLER, statutory=False, price=Decimal("950000.00"),
                due_to_date=Decimal(0), breach=Breach(BreachBase.PRICE, Decimal(0)),
                rate=Decimal("3.45"), refund_on=date(2026, 3, 2),
            )
        )  # fmt: skip
        closed = add_order(
            s, gone, ChangeKind.UNSUBSCRIBE, ChangeStatus.CLOSED,
            requested_at=datetime(2026, 3, 1, 6, 0, tzinfo=UTC),
            stage_at_request=Stage.SUBSCRIBED, fault=Fault.SELLER,
            executed_at=datetime(2026, 3, 2, 2, 0, tzinfo=UTC),
            closed_at=datetime(2026, 3, 3, 2, 0, tzinfo=UTC),
            computed=frozen.returned, facts=table_json(frozen),
        )  # fmt: skip
        for number, amount, voided in ((1, "100000.00", None), (2, "5000.00", datetime.now(UTC))):
            s.add(
                RefundVoucher(
                    project_id=gone.project_id, number=number, order_id=closed.id,
                    deal_id=gone.id, payee="退房客", amount=Decimal(amount),
                    paid_on=date(2026, 3, 3), voided_at=voided,
                )
            )  # fmt: skip
        later = add_order(
            s, loan, ChangeKind.RENAME, ChangeStatus.REVIEW,
            requested_at=datetime(2026, 3, 20, 2, 0, tzinfo=UTC),
        )  # fmt: skip
        return {
            **ids,
            "cancel": cancel.id,
            "retained": retained.id,
            "closed": closed.id,
            "later": later.id,
        }


def test_the_refunds_kind_is_offered_to_whoever_sees_change_orders() -> None:
    assert ("refunds", "退房") in export_kinds()
    finance = Actor(None, "cw", "财务", frozenset({Role.FINANCE}))
    front = Actor(None, "qt", "前台", frozenset({Role.FRONT_DESK}))
    assert "refunds" in dict(export_kinds(finance))
    assert "refunds" not in dict(export_kinds(front))


def test_every_change_order_is_one_row_with_its_types(database: Database, folder: Path) -> None:
    changes(database)
    out = folder / "退房.xlsx"
    request = ExportRequest(("refunds",), date_to=date(2026, 3, 15))
    result = export(database, Actor.system(), out, request)
    assert result.rows == {"退房": 3}  # the 更名 of 03-20 is after the range
    closed, cancel, retained = records(sheet_rows(out, "退房"), HEADERS)

    assert closed["单号"] == "BG-000002" and closed["类型"] == "退定"  # numbered per project
    assert (closed["状态"], closed["结果"]) == ("已办结", "已退定，已办结")
    assert closed["房源"] == "3栋0102" and closed["过错方"] == "卖方"
    # The frozen table: the deal has no receipts left, the order keeps what was computed.
    assert (closed["已收定金"], closed["已收合计"]) == (50000, 50000)
    assert (closed["退还"], closed["不予退还"], closed["利息"], closed["违约金"]) == (
        100000, 0, 0, 0,
    )  # fmt: skip
    assert (closed["计算应退"], closed["应退金额"], closed["已退金额"]) == (100000, 100000, 100000)
    assert (closed["执行日期"], closed["办结日期"]) == (datetime(2026, 3, 2), datetime(2026, 3, 3))

    assert (cancel["单号"], cancel["类型"], cancel["状态"]) == ("BG-000001", "退房", "待审批")
    assert cancel["收到申请时间"] == datetime(2026, 3, 6, 10, 0)
    assert (cancel["申请时阶段"], cancel["签约后72小时内"]) == ("已签约", "是")
    assert (cancel["原因类型"], cancel["原因标签"]) == ("资金压力型", "价格、贷款")
    assert (cancel["洽谈主导人"], cancel["洽谈结果"]) == ("客服经理", "坚持退")
    assert (cancel["审核日期"], cancel["营销审批日期"], cancel["财务审批日期"]) == (
        datetime(2026, 3, 7), datetime(2026, 3, 8), None,
    )  # fmt: skip
    assert cancel["买受人"] == "王建国、李梅" and cancel["置业顾问"] == "顾问甲"
    # The live table: the 定金 and 首付款 received on the deal, by nature.
    assert (cancel["已收定金"], cancel["已收首付款"], cancel["已收房款"]) == (50000, 100000, None)
    assert cancel["已收合计"] == 150000
    assert cancel["计算应退"] == cancel["退还"] + cancel["利息"] - cancel["违约金"]
    assert (cancel["应退金额"], cancel["调整原因"]) == (120000, INJECTED)
    assert cancel["已退金额"] == 0 and cancel["结果"] == "办理中"

    assert retained["结果"] == "挽留成功，客户留下" and retained["洽谈结果"] == "留住"
    assert retained["已收合计"] is None and retained["应退金额"] is None  # no money moved

    sheet = load_workbook(out)["退房"]
    for row in sheet.iter_rows(min_row=2):
        for header, cell in zip(HEADERS, row, strict=True):
            if cell.value is None:
                continue
            kind = KINDS[header]
            if kind == "money":
                assert cell.data_type == "n" and cell.number_format == MONEY_FORMAT, header
            elif kind in ("date", "datetime"):
                assert cell.is_date, header
            else:
                assert cell.data_type == "s", header
    reason = sheet.cell(row=3, column=HEADERS.index("调整原因") + 1)
    assert reason.value == INJECTED and reason.data_type == "s" and reason.quotePrefix


def test_phones_are_masked_text_unless_asked(database: Database, folder: Path) -> None:
    changes(database)
    masked, plain = folder / "m.xlsx", folder / "p.xlsx"
    export(database, Actor.system(), masked, ExportRequest(("refunds",)))
    export(database, Actor.system(), plain, ExportRequest(("refunds",), mask_phones=False))
    phones = [row["客户手机"] for row in records(sheet_rows(masked, "退房"), HEADERS)]
    assert phones == ["137****3333", "138****1111", "139****2222", "139****2222"]
    phones = [row["客户手机"] for row in records(sheet_rows(plain, "退房"), HEADERS)]
    assert phones[1] == "13800001111"
    assert (
        load_workbook(plain)["退房"].cell(row=3, column=HEADERS.index("客户手机") + 1).data_type
        == "s"
    )


def test_from_filters_on_the_request_day(database: Database, folder: Path) -> None:
    changes(database)
    out = folder / "x.xlsx"
    request = ExportRequest(("refunds",), date_from=date(2026, 3, 7), date_to=date(2026, 3, 20))
    export(database, Actor.system(), out, request)
    kinds = [row["类型"] for row in records(sheet_rows(out, "退房"), HEADERS)]
    assert kinds == ["退定", "更名"]  # 03-07 and 03-20, both days included


def test_a_kept_customers_orders_are_left_out_but_for_finance(
    database: Database, folder: Path
) -> None:
    """已申请删除 (issue 14): the deals of a person erased but kept for the accounts leave the
    exports of everyone but finance (the command line); so do their change orders."""
    ids = changes(database)
    with session_scope(database, Actor.system()) as s:
        secretary = add_actor(s, "ms", "秘书丙", Role.SALES_SECRETARY)
        gone = s.get(Deal, ids["gone"])
        assert gone is not None
        customer = s.get(Customer, gone.customer_id)
        assert customer is not None
        customer.erasure_requested_at = datetime(2026, 3, 9, tzinfo=UTC)
    out = folder / "s.xlsx"
    assert export(database, secretary, out, ExportRequest(("refunds",))).rows == {"退房": 3}
    out = folder / "a.xlsx"
    assert export(database, Actor.system(), out, ExportRequest(("refunds",))).rows == {"退房": 4}
