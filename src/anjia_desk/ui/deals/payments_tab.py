"""A deal window's 付款 tab: the installments (overdue ones red, with their penalty), the money
paid and owed (and paid back by refund voucher), the receipts, and the cashier's buttons —
收款…, 打印收据…, 作废…, 重开…, 财务确认."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from anjia_desk.core.deal_actions import DealAction
from anjia_desk.services.deal_views import DealDetail, InstallmentLine
from anjia_desk.ui.deals.format import (
    ERROR_ROW,
    RIGHT,
    ReceiptsModel,
    due_cell,
    due_order,
    make_table,
)
from anjia_desk.ui.deals.rules import DealActions
from anjia_desk.ui.forms import money_text, yuan
from anjia_desk.ui.tables import Column, ColumnTableModel


class InstallmentsModel(ColumnTableModel[InstallmentLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("seq", "序号", lambda i: str(i.seq), sort_key=lambda i: i.seq),
                Column("name", "节点", lambda i: i.name),
                Column("nature", "款项性质", lambda i: i.nature.label),
                Column("due", "应付日期", due_cell, sort_key=due_order),
                Column("amount", "应付金额", lambda i: money_text(i.amount), align=RIGHT),
                Column("paid", "已付", lambda i: money_text(i.paid), align=RIGHT),
                Column("outstanding", "未付", lambda i: money_text(i.outstanding), align=RIGHT),
                Column("overdue", "逾期", self._overdue),
                Column("penalty", "违约金", lambda i: money_text(i.penalty), align=RIGHT),
            ],
            parent,
        )

    @staticmethod
    def _overdue(line: InstallmentLine) -> str:
        if line.days_overdue:
            return f"逾期 {line.days_overdue} 天"
        return "按揭待放款" if line.loan_late else ""

    def row_foreground(self, row: InstallmentLine) -> QColor | None:
        return ERROR_ROW if row.days_overdue else None


def money_text_of(d: DealDetail, overdue: Decimal, penalty: Decimal) -> str:
    """The line under the plan: paid and owed (with what is overdue), 订金/诚意金 taken outside
    the plan, and — issue 17 — what refund vouchers paid back, beside 已付, with how much of it
    finance confirmed."""
    text = f"已付 {yuan(d.paid)}，未付 {yuan(d.outstanding)}"
    if overdue:
        text += f"，其中逾期 {yuan(overdue)}，违约金 {yuan(penalty)}"
    if d.advance:
        text += f"；另收订金/诚意金 {yuan(d.advance)}"
    if d.refunded:
        confirmed = (
            "财务已确认"
            if d.refund_confirmed == d.refunded
            else f"其中财务已确认 {yuan(d.refund_confirmed)}"
        )
        text += f"；已退款 {yuan(d.refunded)}（{confirmed}）"
    return text


class PaymentsTab(QWidget):
    """付款: `installments_model`, `money_label`, `receipts_model` in `receipts_table`, and the
    buttons (the window connects them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.installments_model = InstallmentsModel(self)
        self.installments_table = make_table(self.installments_model)
        self.receipts_model = ReceiptsModel(self)
        self.receipts_table = make_table(self.receipts_model)
        self.money_label = QLabel()
        layout.addWidget(QLabel("付款计划"))
        layout.addWidget(self.installments_table, 3)
        layout.addWidget(self.money_label)
        layout.addWidget(QLabel("收据"))
        layout.addWidget(self.receipts_table, 2)
        row = QHBoxLayout()
        self.pay_button = QPushButton("收款…")
        self.print_receipt_button = QPushButton("打印收据…")
        self.void_button = QPushButton("作废…")
        self.reissue_button = QPushButton("重开…")
        self.confirm_button = QPushButton("财务确认")
        for button in (
            self.pay_button,
            self.print_receipt_button,
            self.void_button,
            self.reissue_button,
            self.confirm_button,
        ):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_deal(self, d: DealDetail, actions: DealActions) -> None:
        self.installments_model.set_rows(d.installments)
        self.receipts_model.set_rows(d.receipts)
        overdue = sum((i.outstanding for i in d.installments if i.days_overdue), Decimal(0))
        penalty = sum((i.penalty for i in d.installments), Decimal(0))
        self.money_label.setText(money_text_of(d, overdue, penalty))
        self.pay_button.setVisible(actions.pay_shown)
        self.pay_button.setEnabled(actions.pay)
        self.pay_button.setToolTip(actions.why_not.get(DealAction.RECORD_PAYMENT, ""))
        self.void_button.setVisible(actions.void_receipts)
        self.reissue_button.setVisible(actions.void_receipts)
        self.confirm_button.setVisible(actions.confirm_receipts)
