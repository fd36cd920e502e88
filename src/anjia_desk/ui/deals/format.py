"""How the deal screens show things, in one place: the table colours, right-aligned money, the
receipt columns and state (the deal window's 付款 tab and the 交易 section's 收据 tab), an
installment's due date (a date, or 签约后 N 天), and the small widget makers every deal tab
uses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from anjia_desk.core.plans import UNDATED
from anjia_desk.services.deal_views import InstallmentLine, ReceiptLine, ReceivableRow
from anjia_desk.ui import palette
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.forms import money_text
from anjia_desk.ui.tables import Column, ColumnTableModel, configure_table, fit_columns_once

RIGHT = Qt.AlignmentFlag.AlignRight

#: Overdue money, a passed signing deadline.
ERROR_ROW = QColor(palette.ERROR)
#: A signing deadline today or within two days, a mortgage loan not yet paid out.
# (not palette.WARNING: the deal lists have always used this brighter amber)
DUE_SOON_ROW = QColor(palette.DUE_SOON)
#: Cancelled deals, voided receipts and tickets, steps not started yet.
INACTIVE_ROW = QColor(palette.INACTIVE)
#: The deal's next step in the 进度 table.
NEXT_STEP_BACKGROUND = QColor(palette.WARNING_TINT)


def due_cell(line: InstallmentLine | ReceivableRow) -> str:
    """应付日期 of an installment: the date, or "签约后 N 天" while 签约 is not recorded."""
    return format_day(line.due_on) if line.due_on is not None else line.due_text


def due_order(line: InstallmentLine | ReceivableRow) -> date:
    """Sort by due date, those still waiting for 签约 last."""
    return line.due_on if line.due_on is not None else UNDATED


def receipt_state(line: ReceiptLine) -> str:
    if line.voided_at is not None:
        return f"已作废（{line.void_reason}）" if line.void_reason else "已作废"
    if line.confirmed_at is not None:
        return f"财务已确认（{line.confirmed_by}）"
    return "待财务确认"


def receipt_columns() -> list[Column[ReceiptLine]]:
    return [
        Column("code", "收据号", lambda r: r.code, sort_key=lambda r: r.number),
        Column("paid_on", "交款日期", lambda r: format_day(r.paid_on)),
        Column("nature", "款项性质", lambda r: r.nature.label),
        Column("amount", "金额", lambda r: money_text(r.amount), align=RIGHT),
        Column("payer", "交款人", lambda r: r.payer),
        Column("method", "支付方式", lambda r: r.method),
        Column("installment", "付款节点", lambda r: r.installment_name),
        Column("cashier", "出纳", lambda r: r.cashier_name),
        Column("state", "状态", receipt_state),
    ]


class ReceiptsModel(ColumnTableModel[ReceiptLine]):
    """Receipts, voided ones greyed: a deal's (付款 tab) or the 收据 list's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(receipt_columns(), parent)

    def row_foreground(self, row: ReceiptLine) -> QColor | None:
        return INACTIVE_ROW if row.voided_at is not None else None


def make_table(model: ColumnTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    configure_table(view)
    fit_columns_once(view)
    return view


def value_label() -> QLabel:
    """A label showing a value the person may select and copy."""
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def make_button(
    text: str, slot: Callable[[], object] | None = None, visible: bool = True
) -> QPushButton:
    """A button that Enter does not press (the tables and forms own Enter)."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    if slot is not None:
        button.clicked.connect(slot)
    button.setVisible(visible)
    return button
