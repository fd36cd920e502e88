"""A deal's window, one per deal and non-modal (like the customer window): the header (unit,
buyer, stage, price), 概要 (prices, discounts and their approval), 进度 (the steps with the
next one's button), 付款 (installments and receipts: 收款, 打印收据, 作废, 重开, 财务确认) and
关怀 (the three touches after 签约). Every load goes through services.deals.deal_detail (an
audited view) on the operation layer's reader; the window refreshes when a broadcast touches what
that read, and every write goes through ui/ops.py."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.deals import DiscountStatus, Stage, Step
from anjia_desk.core.errors import NotFound, UserError
from anjia_desk.core.roles import Action
from anjia_desk.services.deal_views import (
    CareLine,
    DealDetail,
    InstallmentLine,
    ReceiptLine,
    StepLine,
)
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deal_dialogs import (
    DeliverDialog,
    PaymentDialog,
    PdfPrinter,
    SignDialog,
    StepDialog,
)
from anjia_desk.ui.forms import FormDialog, ReasonDialog, money_text, yuan
from anjia_desk.ui.widgets import (
    ERROR_COLOR,
    Column,
    ColumnTableModel,
    MessageBar,
    configure_table,
    default_zone,
    format_day,
    format_local,
    hint_label,
    selected_row,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

RIGHT = Qt.AlignmentFlag.AlignRight
RED = QColor("#b42318")
GREY = QColor("#8a8a8a")
NEXT_BACKGROUND = QColor("#fff8e1")


class StepsModel(ColumnTableModel[StepLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column("step", "步骤", lambda s: s.step.label),
                Column("state", "状态", self._state),
                Column("done_at", "完成时间", lambda s: format_local(s.done_at, self.zone)),
                Column("by", "经办人", lambda s: s.user_name),
                Column("due", "应完成日期", lambda s: format_day(s.due_on)),
                Column("note", "说明", lambda s: s.note),
            ],
            parent,
        )

    @staticmethod
    def _state(line: StepLine) -> str:
        if line.done_at is not None:
            return "已完成"
        return "下一步" if line.is_next else "未开始"

    def row_background(self, row: StepLine) -> QColor | None:
        return NEXT_BACKGROUND if row.is_next else None

    def row_foreground(self, row: StepLine) -> QColor | None:
        return GREY if row.done_at is None and not row.is_next else None


class InstallmentsModel(ColumnTableModel[InstallmentLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("seq", "序号", lambda i: str(i.seq), sort_key=lambda i: i.seq),
                Column("name", "节点", lambda i: i.name),
                Column("nature", "款项性质", lambda i: i.nature.label),
                Column("due", "应付日期", lambda i: format_day(i.due_on)),
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
        return RED if row.days_overdue else None


class ReceiptsModel(ColumnTableModel[ReceiptLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(receipt_columns(), parent)

    def row_foreground(self, row: ReceiptLine) -> QColor | None:
        return GREY if row.voided_at is not None else None


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


class CareModel(ColumnTableModel[CareLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column("seq", "次序", lambda c: f"第 {c.seq} 次"),
                Column("due", "计划时间", lambda c: format_local(c.due_at, self.zone)),
                Column(
                    "done",
                    "完成",
                    lambda c: (
                        f"{format_local(c.done_at, self.zone)} {c.done_by}".strip()
                        if c.done_at
                        else "未完成"
                    ),
                ),
                Column("text", "话术", lambda c: c.text),
            ],
            parent,
        )


def _table(model: ColumnTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    configure_table(view)
    return view


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


@dataclass(frozen=True)
class _Loaded:
    detail: DealDetail
    zone: ZoneInfo


def _load_deal(session: Session, actor: Actor, deal_id: int, now: datetime) -> _Loaded:
    from anjia_desk.services.deals import deal_detail
    from anjia_desk.services.settings import office_zone

    return _Loaded(deal_detail(session, actor, deal_id, now=now), office_zone(session))


class DealWindow(QDialog):
    """One deal, non-modal; `open_deal` shows it once its first load arrives. It reloads on a
    broadcast touching its `sources` (the topics its load read), or on its own writes."""

    def __init__(self, ctx: AppContext, deal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id = deal_id
        self.detail: DealDetail | None = None
        self.zone: ZoneInfo = default_zone()
        self.load_error = ""
        #: The topics the deal's data came from, learnt from what its load read.
        self.sources: frozenset[Topic] = frozenset()
        self.sub_dialog: FormDialog | None = None
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1000, 680)
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        self.unit_label = QLabel()
        self.unit_label.setStyleSheet("font-size:18px;font-weight:bold;")
        self.buyer_label = _value_label()
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
        layout.addLayout(header)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._summary_tab(), "概要")
        self.tabs.addTab(self._progress_tab(), "进度")
        self.tabs.addTab(self._payments_tab(), "付款")
        self.tabs.addTab(self._care_tab(), "关怀")
        layout.addWidget(self.tabs, 1)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        self.printer = PdfPrinter(ctx, self, self.message)
        ctx.changed.connect(self._on_changed)

    # --- tabs

    def _summary_tab(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        self.summary: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form, fields in (
            (
                left,
                (
                    ("list_price", "表价："),
                    ("standard_discount", "付款方式优惠："),
                    ("special_discount", "特批优惠："),
                    ("discount_status", "特批状态："),
                    ("price", "成交价："),
                    ("filed_price", "备案价："),
                    ("deposit", "定金："),
                    ("paid", "已付 / 未付："),
                ),
            ),
            (
                right,
                (
                    ("project", "项目："),
                    ("customer", "客户："),
                    ("buyer_id", "证件号码："),
                    ("consultant", "置业顾问："),
                    ("method", "付款方式："),
                    ("subscribed", "认购时间："),
                    ("deadline", "签约期限："),
                    ("contract", "合同 / 网签编号："),
                    ("penalty", "逾期违约金："),
                    ("cancel", "解除权："),
                    ("ticket", "认筹号："),
                ),
            ),
        ):
            for key, title in fields:
                label = _value_label()
                label.setWordWrap(True)
                self.summary[key] = label
                form.addRow(title, label)
        outer.addLayout(left, 1)
        outer.addSpacing(20)
        right_box = QVBoxLayout()
        right_box.addLayout(right)
        self.discount_box = QGroupBox("特批审批")
        box_layout = QHBoxLayout(self.discount_box)
        self.approve_button = QPushButton("批准特批")
        self.reject_button = QPushButton("驳回…")
        for button in (self.approve_button, self.reject_button):
            button.setAutoDefault(False)
            box_layout.addWidget(button)
        box_layout.addStretch(1)
        self.approve_button.clicked.connect(self.approve_discount)
        self.reject_button.clicked.connect(self.reject_discount)
        right_box.addWidget(self.discount_box)
        right_box.addStretch(1)
        outer.addLayout(right_box, 1)
        return page

    def _progress_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.steps_model = StepsModel(self)
        self.steps_table = _table(self.steps_model)
        layout.addWidget(self.steps_table, 1)
        row = QHBoxLayout()
        self.next_label = QLabel()
        row.addWidget(self.next_label)
        row.addStretch(1)
        self.sign_button = QPushButton("签约…")
        self.step_button = QPushButton("完成此步…")
        self.deliver_button = QPushButton("交付…")
        for button, slot in (
            (self.sign_button, self.ask_sign),
            (self.step_button, self.ask_step),
            (self.deliver_button, self.ask_deliver),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        return page

    def _payments_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.installments_model = InstallmentsModel(self)
        self.installments_table = _table(self.installments_model)
        self.receipts_model = ReceiptsModel(self)
        self.receipts_table = _table(self.receipts_model)
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
        for button, slot in (
            (self.pay_button, self.ask_payment),
            (self.print_receipt_button, self.print_receipt),
            (self.void_button, self.ask_void),
            (self.reissue_button, self.ask_reissue),
            (self.confirm_button, self.confirm_receipt),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _care_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            hint_label("签约后三次关怀：复制话术发给客户后，标记已完成。勿扰客户没有关怀任务。")
        )
        self.care_model = CareModel(self)
        self.care_table = _table(self.care_model)
        self.care_table.setWordWrap(True)
        layout.addWidget(self.care_table, 1)
        row = QHBoxLayout()
        self.copy_button = QPushButton("复制话术")
        self.care_done_button = QPushButton("标记已完成")
        for button, slot in (
            (self.copy_button, self.copy_care_text),
            (self.care_done_button, self.complete_care),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # --- loading

    def reload(self) -> None:
        """Read the deal on the reader; the first load shows the window (`open_deal`)."""
        deal_id, now = self.deal_id, self.ctx.clock()
        ops.read(
            self.ctx,
            lambda session, actor: _load_deal(session, actor, deal_id, now),
            parent=self,
            done=self._loaded,
            failed=self._load_failed,
        )

    def _loaded(self, result: ops.Read) -> None:
        loaded: _Loaded = result.value
        self.sources = result.topics
        self.zone = loaded.zone
        first = self.detail is None
        self.detail = loaded.detail
        self._show(loaded.detail)
        if first and _OPEN.get(self.deal_id) is self:
            self.show()

    def _load_failed(self, exc: UserError) -> None:
        self.load_error = exc.message
        if self.detail is None:  # the first load: the window never shows
            self.ctx.dialogs.warning(self.parentWidget(), "打开交易", exc.message)
            if _OPEN.get(self.deal_id) is self:
                del _OPEN[self.deal_id]
            self.deleteLater()
        elif isinstance(exc, NotFound):
            self.detail = None
            self.close()
        else:
            self.message.show_error(exc.message)

    def _show(self, d: DealDetail) -> None:
        actor = self.ctx.actor
        self.setWindowTitle(f"交易 — {d.project_name} {d.unit_label} {d.buyer_name}")
        self.unit_label.setText(f"{d.project_name} {d.unit_label}")
        self.buyer_label.setText(f"买受人：{d.buyer_name}")
        self.stage_label.setText(f"阶段：{d.stage.label}")
        self.stage_label.setStyleSheet(
            f"color:{ERROR_COLOR};" if d.stage is Stage.CANCELLED else "font-weight:bold;"
        )
        self.price_label.setText(f"成交价：{yuan(d.price)}")
        s = self.summary
        s["list_price"].setText(yuan(d.list_price))
        s["standard_discount"].setText(yuan(d.standard_discount))
        s["special_discount"].setText(
            yuan(d.special_discount) + (f"（{d.discount_reason}）" if d.discount_reason else "")
        )
        status = DiscountStatus(d.discount_status)
        approver = f"，审批人 {d.discount_approver}" if d.discount_approver else ""
        s["discount_status"].setText(status.label + approver)
        s["discount_status"].setStyleSheet(
            f"color:{ERROR_COLOR};" if status is DiscountStatus.PENDING else ""
        )
        s["price"].setText(yuan(d.price))
        s["filed_price"].setText(yuan(d.filed_price))
        s["deposit"].setText(yuan(d.deposit))
        s["paid"].setText(f"{yuan(d.paid)} / {yuan(d.outstanding)}")
        s["project"].setText(d.project_name)
        s["customer"].setText(f"{d.customer_name}  {d.shown_phone}")
        s["buyer_id"].setText(d.buyer_id_shown)
        s["consultant"].setText(d.consultant_name or "—")
        s["method"].setText(d.payment_method.label)
        s["subscribed"].setText(format_local(d.subscribed_at, self.zone))
        s["deadline"].setText(format_day(d.sign_deadline))
        signed = f"（{format_local(d.signed_at, self.zone)} 签约）" if d.signed_at else ""
        s["contract"].setText(f"{d.contract_no or '—'} / {d.netsign_no or '—'}{signed}")
        s["penalty"].setText(f"每日万分之 {d.penalty_per_10k}")
        s["cancel"].setText(f"逾期超过 {d.cancel_days} 天可解除合同")
        s["ticket"].setText(f"第 {d.ticket_number} 号" if d.ticket_number else "—")
        pending = status is DiscountStatus.PENDING
        self.discount_box.setVisible(pending and actor.can(Action.APPROVE_DISCOUNTS))

        self.steps_model.zone = self.zone
        self.steps_model.set_rows(d.steps)
        self._show_next(d)

        self.installments_model.set_rows(d.installments)
        self.receipts_model.set_rows(d.receipts)
        overdue = sum((i.outstanding for i in d.installments if i.days_overdue), Decimal(0))
        penalty = sum((i.penalty for i in d.installments), Decimal(0))
        self.money_label.setText(
            f"已付 {yuan(d.paid)}，未付 {yuan(d.outstanding)}"
            + (f"，其中逾期 {yuan(overdue)}，违约金 {yuan(penalty)}" if overdue else "")
        )
        live = d.stage is not Stage.CANCELLED
        cashier = actor.can(Action.RECORD_PAYMENTS)
        self.pay_button.setVisible(cashier)
        self.pay_button.setEnabled(live and d.outstanding > 0)
        self.void_button.setVisible(cashier)
        self.reissue_button.setVisible(cashier)
        self.confirm_button.setVisible(actor.can(Action.CONFIRM_RECEIPTS))

        self.care_model.zone = self.zone
        self.care_model.set_rows(d.care)
        self.care_done_button.setVisible(actor.can(Action.CARE_TOUCHES))
        self.print_subscription_button.setEnabled(actor.can(Action.VIEW_DEALS))

    def _show_next(self, d: DealDetail) -> None:
        actor = self.ctx.actor
        step = d.next_step if d.stage is not Stage.CANCELLED else None
        due = next((line.due_on for line in d.steps if line.is_next), None)
        if step is None:
            self.next_label.setText("所有步骤已完成。" if d.stage is not Stage.CANCELLED else "")
        else:
            when = f"，应于 {format_day(due)} 前完成" if due else ""
            self.next_label.setText(f"下一步：{step.label}{when}")
        paperwork = actor.can(Action.SIGN_CONTRACTS)
        self.sign_button.setVisible(step is Step.SIGN and paperwork)
        self.deliver_button.setVisible(step is Step.DELIVER and paperwork)
        other = step is not None and step not in (Step.SIGN, Step.DELIVER, Step.SUBSCRIBE)
        needed = Action.MORTGAGE_STEPS if step is not None and step.is_mortgage else None
        allowed = actor.can(needed) if needed is not None else paperwork
        self.step_button.setVisible(other and allowed)
        if step is not None and other:
            self.step_button.setText(f"完成“{step.label}”…")

    def _on_changed(self, changes: Any) -> None:
        mine = getattr(changes, "initiator", None) is self
        if self.detail is not None and (
            mine or (self.isVisible() and changes.touches(self.sources))
        ):
            self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.changed.disconnect(self._on_changed)
        _OPEN.pop(self.deal_id, None)
        super().closeEvent(event)

    def _done(self, text: str) -> None:
        """After a write (which reloaded the window through its broadcast): say it is done."""
        if self.detail is not None:
            self.message.show_ok(text)

    # --- sub-dialogs

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.message.clear_message()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._done)
        dialog.destroyed.connect(self._forget_sub)
        self.sub_dialog = dialog
        dialog.open()
        return dialog

    def _forget_sub(self) -> None:
        self.sub_dialog = None

    def ask_sign(self) -> FormDialog | None:
        return self._open(SignDialog(self.ctx, self, self.detail)) if self.detail else None

    def ask_step(self) -> FormDialog | None:
        if self.detail is None or self.detail.next_step is None:
            return None
        return self._open(StepDialog(self.ctx, self, self.detail))

    def ask_deliver(self) -> FormDialog | None:
        return self._open(DeliverDialog(self.ctx, self, self.detail)) if self.detail else None

    def ask_payment(self) -> FormDialog | None:
        return self._open(PaymentDialog(self.ctx, self, self.detail)) if self.detail else None

    # --- discounts

    def approve_discount(self) -> None:
        from anjia_desk.services.deals import decide_discount

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
        self._done("已批准特批优惠。")

    def reject_discount(self) -> FormDialog | None:
        from anjia_desk.services.deals import decide_discount

        d = self.detail
        if d is None:
            return None
        deal_id, version = d.id, d.version

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            decide_discount(
                session, actor, deal_id, approve=False, reason=reason, version=version, now=now
            )
            return "已驳回特批优惠，成交价按无特批重新计算。"

        return self._open(
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
        row = selected_row(self.receipts_table)
        if row is None:
            receipts = self.receipts_model.rows
            live = [r for r in receipts if r.voided_at is None]
            if len(live) == 1:  # the only receipt needs no selecting
                return live[0]
            self.message.show_info("请先在收据表中选中一张收据。")
            return None
        return self.receipts_model.row_at(row)

    def print_receipt(self) -> None:
        receipt = self.selected_receipt()
        if receipt is not None:
            self.printer.receipt(receipt.id, receipt.code)

    def ask_void(self) -> FormDialog | None:
        receipt = self.selected_receipt()
        if receipt is None:
            return None
        return self._open(void_receipt_dialog(self.ctx, self, receipt))

    def ask_reissue(self) -> FormDialog | None:
        receipt = self.selected_receipt()
        if receipt is None:
            return None
        return self._open(reissue_receipt_dialog(self.ctx, self, receipt))

    def confirm_receipt(self) -> None:
        receipt = self.selected_receipt()
        if receipt is not None:
            confirm_receipt(self.ctx, self, receipt, done=self._done, message=self.message)

    def print_subscription(self) -> None:
        if self.detail is not None:
            self.printer.subscription(self.deal_id, f"{self.detail.unit_label}")

    # --- care

    def selected_care(self) -> CareLine | None:
        row = selected_row(self.care_table)
        if row is None:
            open_ones = [c for c in self.care_model.rows if c.done_at is None]
            if open_ones:
                return open_ones[0]
            self.message.show_info("没有未完成的关怀任务。")
            return None
        return self.care_model.row_at(row)

    def copy_care_text(self) -> None:
        line = self.selected_care()
        if line is None:
            return
        QGuiApplication.clipboard().setText(line.text)
        self.message.show_ok(f"已复制第 {line.seq} 次关怀话术。")

    def complete_care(self) -> None:
        from anjia_desk.services.care import complete_touch

        line = self.selected_care()
        if line is None:
            return
        touch_id, now = line.id, self.ctx.clock()
        text = f"第 {line.seq} 次关怀已标记完成。"
        ops.write(
            self.ctx,
            lambda session, actor: complete_touch(session, actor, touch_id, now=now),
            parent=self,
            done=lambda _result: self._done(text),
            message=self.message,
        )


# --- receipt actions the window and the 收据 tab share


def void_receipt_dialog(ctx: AppContext, parent: QWidget, receipt: ReceiptLine) -> ReasonDialog:
    from anjia_desk.services.payments import void_receipt

    def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
        void_receipt(session, actor, receipt.id, reason=reason, now=now)
        return f"收据 {receipt.code} 已作废（号码保留）。"

    return ReasonDialog(
        ctx,
        parent,
        "作废收据",
        f"作废收据 {receipt.code}（{receipt.nature.label} {yuan(receipt.amount)}）：号码不再使用，"
        "已付金额相应减少。",
        act,
        ok_text="作废",
        reason_label="作废原因：",
    )


def reissue_receipt_dialog(ctx: AppContext, parent: QWidget, receipt: ReceiptLine) -> ReasonDialog:
    from anjia_desk.services.payments import receipt_code, receipt_view, reissue_receipt

    def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
        new_id = reissue_receipt(session, actor, receipt.id, reason=reason, now=now)
        number = receipt_view(session, actor, new_id).number
        return f"收据 {receipt.code} 已作废，重开为 {receipt_code(number)}。"

    return ReasonDialog(
        ctx,
        parent,
        "重开收据",
        f"重开收据 {receipt.code}：原收据作废，按同样的金额和款项开一张新号码的收据。",
        act,
        ok_text="重开",
        reason_label="重开原因：",
    )


def confirm_receipt(
    ctx: AppContext,
    parent: QWidget,
    receipt: ReceiptLine,
    *,
    done: Callable[[str], None],
    message: MessageBar,
) -> None:
    """财务确认 through the operation layer: `done(text)` once committed, a refusal on `message`."""
    from anjia_desk.services.payments import confirm_receipt as confirm

    receipt_id, now = receipt.id, ctx.clock()
    text = f"收据 {receipt.code} 已财务确认。"

    def confirmed(_result: object) -> None:
        done(text)

    ops.write(
        ctx,
        lambda session, actor: confirm(session, actor, receipt_id, now=now),
        parent=parent,
        done=confirmed,
        message=message,
    )


#: Open deal windows by deal id: opening one again raises it.
_OPEN: dict[int, DealWindow] = {}


def open_deal(ctx: AppContext, deal_id: int, parent: QWidget | None = None) -> DealWindow:
    """Show the deal's window (non-blocking); an already open one comes to the front."""
    window = _OPEN.get(deal_id)
    if window is not None and shiboken6.isValid(window) and window.ctx is ctx:
        if window.detail is None:  # still loading: it shows itself
            return window
        window.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns it cannot raise
            window.raise_()
            window.activateWindow()
        return window
    window = DealWindow(ctx, deal_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN[deal_id] = window
    window.reload()  # shows the window once read, or warns and deletes it
    return window
