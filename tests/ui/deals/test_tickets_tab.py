"""The 认筹排号 list: a number passed over at 开盘选房 says so in its state and its reason, and the
line under the list counts the numbers by state with the 认筹金 not voided."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.deals import TicketStatus
from anjia_desk.services.unit_views import TicketRow
from anjia_desk.ui.deals.tickets_tab import TicketsModel, status_text, totals_text

AT = datetime(2026, 6, 19, 2, 0, tzinfo=UTC)


def ticket(number: int, status: TicketStatus, amount: str = "20000", **more: object) -> TicketRow:
    return TicketRow(
        id=number, project_id=1, number=number, customer_id=number, customer_name="客户",
        shown_phone="138****0000", amount=Decimal(amount), status=status.value, issued_at=AT,
        issued_by="周婷", void_reason="", closed_at=None, deal_id=None, **more,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("row", "text"),
    [
        (ticket(1, TicketStatus.ACTIVE), "有效"),
        (ticket(2, TicketStatus.ACTIVE, skipped_at=AT, skip_reason="未到场"), "有效（过号）"),
        (ticket(3, TicketStatus.CONVERTED, skipped_at=AT), "已转定金"),  # chose later, bought
        (ticket(4, TicketStatus.VOIDED), "作废"),
    ],
)
def test_status_text(row: TicketRow, text: str) -> None:
    assert status_text(row) == text


def test_totals_under_the_list() -> None:
    rows = [
        ticket(1, TicketStatus.ACTIVE),
        ticket(2, TicketStatus.ACTIVE, skipped_at=AT, skip_reason="未到场"),
        ticket(3, TicketStatus.CONVERTED, received=Decimal(20000)),
        ticket(4, TicketStatus.REFUNDED, "10000"),
        ticket(5, TicketStatus.VOIDED, "50000"),
    ]
    assert totals_text(rows) == (
        "共 5 个排号：有效 2（其中过号 1），作废 1，已退筹 1，已转定金 1；"
        "认筹金（不含作废）70,000.00 元，实收 20,000.00 元"
    )
    assert totals_text([]) == ""


def test_a_skip_reason_shows_in_the_list(qtbot) -> None:
    model = TicketsModel()
    model.set_rows([ticket(2, TicketStatus.ACTIVE, skipped_at=AT, skip_reason="未到场")])
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert "有效（过号）" in texts and "未到场" in texts


def test_the_money_received_and_an_allowance_show_in_the_list(qtbot) -> None:
    model = TicketsModel()
    allowed = ticket(
        3, TicketStatus.ACTIVE, received=Decimal(5000), choice_allowed_at=AT,
        choice_allowed_by="周经理", choice_allowed_reason="转账在途",
    )  # fmt: skip
    model.set_rows([allowed, ticket(4, TicketStatus.ACTIVE)])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    received = headers.index("已收")
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert texts[received] == "5,000.00"
    assert "特许选房：转账在途（周经理）" in texts
    assert model.data(model.index(1, received)) == "0.00"
