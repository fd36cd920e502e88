"""A deal's window, one per deal and non-modal (like the customer window): the header (unit,
buyer, stage, price, 打印认购书…) over five tabs — 概要 (summary_tab), 进度 (progress_tab), 付款
(payments_tab), 关怀 (care_tab), 催款 (ui/dunning/deal_tab.py, which reads its own data) and
变更 (ui/changes/deal_tab.py: the deal's change orders and 申请变更…, reading its own data too)
and 预防 (ui/deals/prevention_tab.py, issue 18: 风险告知书 and 预验房, reading its own data).
Every other load goes through services.deals.deal_detail (an audited
view) on the operation layer's reader; the window refreshes when a broadcast touches what that
read, and every write goes through ui/ops.py. Which buttons show comes from
`rules.deal_actions`."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.deals import Stage
from anjia_desk.services.care import complete_touch
from anjia_desk.services.deal_queries import deal_detail
from anjia_desk.services.deal_views import CareLine, DealDetail, ReceiptLine
from anjia_desk.services.deals import decide_discount
from anjia_desk.services.settings import office_zone
from anjia_desk.ui import ops, palette
from anjia_desk.ui.changes.deal_tab import DealChangesTab, may_request
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.address_dialog import AddressDialog
from anjia_desk.ui.deals.care_tab import CareTab
from anjia_desk.ui.deals.format import value_label
from anjia_desk.ui.deals.payment_dialogs import (
    PaymentDialog,
    confirm_receipt,
    reissue_receipt_dialog,
    void_receipt_dialog,
)
from anjia_desk.ui.deals.payments_tab import PaymentsTab
from anjia_desk.ui.deals.prevention_tab import PreventionTab
from anjia_desk.ui.deals.progress_dialogs import DeliverDialog, SignDialog, StepDialog
from anjia_desk.ui.deals.progress_tab import ProgressTab
from anjia_desk.ui.deals.rules import deal_actions
from anjia_desk.ui.deals.summary_tab import SummaryTab
from anjia_desk.ui.dunning.deal_tab import DealDunningTab
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.forms import FormDialog, ReasonDialog, yuan
from anjia_desk.ui.printing import PdfPrinter
from anjia_desk.ui.record_window import Loaded, RecordWindow, open_record
from anjia_desk.ui.style import fit_on_screen
from anjia_desk.ui.tables import selected_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


def _load_deal(session: Session, actor: Actor, deal_id: int, now: datetime) -> Loaded:
    return Loaded(deal_detail(session, actor, deal_id, now=now), office_zone(session))


class DealWindow(RecordWindow):
    """One deal, non-modal; `open_deal` shows it once its first load arrives. It reloads on a
    broadcast touching its `sources` (the topics its load read), or on its own writes
    (ui.record_window)."""

    load = _load_deal
    open_title = "打开交易"
    registry: ClassVar[dict[int, DealWindow]] = {}  # the open windows, by deal id
    detail: DealDetail | None

    def __init__(self, ctx: AppContext, deal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, deal_id, parent)
        self.deal_id = deal_id
        fit_on_screen(self, 1000, 680)
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        self.unit_label = QLabel()
        self.unit_label.setStyleSheet("font-size:18px;font-weight:bold;")
        self.buyer_label = value_label()
        self.stage_label = QLabel()
        self.price_label = QLabel()
        for widget in (self.unit_label, self.buyer_label, self.stage_label, self.price_label):
            header.addWidget(widget)
            header.addSpacing(14)
        header.addStretch(1)
        self.print_subscription_button = QPushButton("打印认购书…")
        self.print_subscription_button.setAutoDefault(False)
        self.print_subscription_button.clicked.connect(self.print_subscription)
        header.addWidget(self.print_subscription_button)
        self.request_change_button = QPushButton("申请变更…")  # issue 17: on the 变更 tab
        self.request_change_button.setAutoDefault(False)
        self.request_change_button.clicked.connect(self.ask_change)
        header.addWidget(self.request_change_button)
        layout.addLayout(header)

        self.summary_tab = SummaryTab()
        self.progress_tab = ProgressTab()
        self.payments_tab = PaymentsTab()
        self.care_tab = CareTab()
        self.dunning_tab = DealDunningTab(ctx, deal_id)  # issue 16: loads itself when shown
        self.changes_tab = DealChangesTab(ctx, deal_id)  # issue 17: loads itself when shown
        self.prevention_tab = PreventionTab(ctx, deal_id)  # issue 18: loads itself when shown
        self.tabs = QTabWidget()
        self.tabs.addTab(self.summary_tab, "概要")
        self.tabs.addTab(self.progress_tab, "进度")
        self.tabs.addTab(self.payments_tab, "付款")
        self.tabs.addTab(self.care_tab, "关怀")
        self.tabs.addTab(self.dunning_tab, "催款")
        self.tabs.addTab(self.changes_tab, "变更")
        self.tabs.addTab(self.prevention_tab, "预防")
        layout.addWidget(self.tabs, 1)
        message = MessageBar(self)
        layout.addWidget(message)
        self.printer = PdfPrinter(ctx, self, message)
        self.follow_changes(message)
        self._connect_buttons()

    def _connect_buttons(self) -> None:
        summary, progress = self.summary_tab, self.progress_tab
        payments, care = self.payments_tab, self.care_tab
        summary.approve_button.clicked.connect(self.approve_discount)
        summary.reject_button.clicked.connect(self.reject_discount)
        summary.address_button.clicked.connect(self.ask_address)
        progress.sign_button.clicked.connect(self.ask_sign)
        progress.step_button.clicked.connect(self.ask_step)
        progress.deliver_button.clicked.connect(self.ask_deliver)
        payments.pay_button.clicked.connect(self.ask_payment)
        payments.print_receipt_button.clicked.connect(self.print_receipt)
        payments.void_button.clicked.connect(self.ask_void)
        payments.reissue_button.clicked.connect(self.ask_reissue)
        payments.confirm_button.clicked.connect(self.confirm_receipt)
        care.copy_button.clicked.connect(self.copy_care_text)
        care.care_done_button.clicked.connect(self.complete_care)

    def show_detail(self, d: DealDetail) -> None:
        actions = deal_actions(d, self.ctx.actor)
        self.setWindowTitle(f"交易 — {d.project_name} {d.unit_label} {d.buyer_name}")
        self.unit_label.setText(f"{d.project_name} {d.unit_label}")
        self.buyer_label.setText(f"买受人：{d.buyer_name}")
        self.stage_label.setText(f"阶段：{d.stage.label}")
        self.stage_label.setStyleSheet(
            f"color:{palette.ERROR};" if d.stage is Stage.CANCELLED else "font-weight:bold;"
        )
        self.price_label.setText(f"成交价：{yuan(d.price)}")
        self.summary_tab.show_deal(d, self.zone, actions)
        self.progress_tab.show_deal(d, self.zone, actions)
        self.payments_tab.show_deal(d, actions)
        self.care_tab.show_deal(d, self.zone, actions)
        self.print_subscription_button.setEnabled(actions.print_subscription)
        self.changes_tab.set_deal(d)
        self.prevention_tab.label = f"{d.unit_label} {d.buyer_name}"
        self.request_change_button.setVisible(may_request(self.ctx))
        self.request_change_button.setEnabled(d.stage is not Stage.CANCELLED)

    # --- sub-dialogs

    def ask_sign(self) -> FormDialog | None:
        return self.open_dialog(SignDialog(self.ctx, self, self.detail)) if self.detail else None

    def ask_step(self) -> FormDialog | None:
        if self.detail is None or self.detail.next_step is None:
            return None
        return self.open_dialog(StepDialog(self.ctx, self, self.detail))

    def ask_deliver(self) -> FormDialog | None:
        return self.open_dialog(DeliverDialog(self.ctx, self, self.detail)) if self.detail else None

    def ask_payment(self) -> FormDialog | None:
        return self.open_dialog(PaymentDialog(self.ctx, self, self.detail)) if self.detail else None

    def ask_address(self) -> FormDialog | None:
        return self.open_dialog(AddressDialog(self.ctx, self, self.detail)) if self.detail else None

    def ask_change(self) -> None:
        """申请变更… from the header: on the 变更 tab, which knows the deal's open orders."""
        self.tabs.setCurrentWidget(self.changes_tab)
        if self.changes_tab.request_button.isEnabled():
            self.changes_tab.ask_request()
        else:
            self.message.show_info(self.changes_tab.request_button.toolTip() or "暂不能申请变更。")

    # --- discounts

    def approve_discount(self) -> None:
        d = self.detail
        if d is None:
            return
        question = (
            f"批准特批优惠 {yuan(d.special_discount)}（理由：{d.discount_reason or '—'}）吗？"
        )
        if not self.ctx.dialogs.confirm(self, "批准特批", question):
            return
        deal_id, version, now = d.id, d.version, self.ctx.clock()
        ops.write(
            self.ctx,
            lambda session, actor: decide_discount(
                session, actor, deal_id, approve=True, version=version, now=now
            ),
            parent=self,
            done=self._approved,
            message=self.message,
        )

    def _approved(self, _result: object) -> None:
        self.say_done("已批准特批优惠。")

    def reject_discount(self) -> FormDialog | None:
        d = self.detail
        if d is None:
            return None
        deal_id, version = d.id, d.version

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            decide_discount(
                session, actor, deal_id, approve=False, reason=reason, version=version, now=now
            )
            return "已驳回特批优惠，成交价按无特批重新计算。"

        return self.open_dialog(
            ReasonDialog(
                self.ctx,
                self,
                "驳回特批",
                f"驳回特批优惠 {yuan(d.special_discount)}：成交价去掉特批后重新计算。",
                act,
                ok_text="驳回",
                reason_label="驳回理由：",
            )
        )

    # --- receipts

    def selected_receipt(self) -> ReceiptLine | None:
        table, model = self.payments_tab.receipts_table, self.payments_tab.receipts_model
        row = selected_row(table)
        if row is None:
            live = [r for r in model.rows if r.voided_at is None]
            if len(live) == 1:  # the only receipt needs no selecting
                return live[0]
            self.message.show_info("请先在收据表中选中一张收据。")
            return None
        return model.row_at(row)

    def print_receipt(self) -> None:
        receipt = self.selected_receipt()
        if receipt is not None:
            self.printer.receipt(receipt.id, receipt.code)

    def ask_void(self) -> FormDialog | None:
        receipt = self.selected_receipt()
        if receipt is None:
            return None
        return self.open_dialog(void_receipt_dialog(self.ctx, self, receipt))

    def ask_reissue(self) -> FormDialog | None:
        receipt = self.selected_receipt()
        if receipt is None:
            return None
        return self.open_dialog(reissue_receipt_dialog(self.ctx, self, receipt))

    def confirm_receipt(self) -> None:
        receipt = self.selected_receipt()
        if receipt is not None:
            confirm_receipt(self.ctx, self, receipt, done=self.say_done, message=self.message)

    def print_subscription(self) -> None:
        if self.detail is not None:
            self.printer.subscription(self.deal_id, f"{self.detail.unit_label}")

    # --- care

    def selected_care(self) -> CareLine | None:
        table, model = self.care_tab.care_table, self.care_tab.care_model
        row = selected_row(table)
        if row is None:
            open_ones = [c for c in model.rows if c.done_at is None]
            if open_ones:
                return open_ones[0]
            self.message.show_info("没有未完成的关怀任务。")
            return None
        return model.row_at(row)

    def copy_care_text(self) -> None:
        line = self.selected_care()
        if line is None:
            return
        QGuiApplication.clipboard().setText(line.text)
        self.message.show_ok(f"已复制第 {line.seq} 次关怀话术。")

    def complete_care(self) -> None:
        line = self.selected_care()
        if line is None:
            return
        touch_id, now = line.id, self.ctx.clock()
        text = f"第 {line.seq} 次关怀已标记完成。"
        ops.write(
            self.ctx,
            lambda session, actor: complete_touch(session, actor, touch_id, now=now),
            parent=self,
            done=lambda _result: self.say_done(text),
            message=self.message,
        )


#: Open deal windows by deal id: opening one again raises it.
_OPEN = DealWindow.registry


def open_deal(ctx: AppContext, deal_id: int, parent: QWidget | None = None) -> DealWindow:
    """Show the deal's window (non-blocking); an already open one comes to the front."""
    return open_record(DealWindow, ctx, deal_id, parent)
