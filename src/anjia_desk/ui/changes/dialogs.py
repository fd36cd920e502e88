"""The small dialogs of a change order (issue 17): the retention talk, the adjusted refund figure,
a step done after 签约, the 解除合同通知书's delivery, the contract recovered and archived, the
brief's checklist, the gift, and the refund voucher. Each checks its fields with the validator
of core/change_forms.py (messages beside the fields) and writes through the operation layer
(ui/forms.py FormDialog); the reasons (驳回, 撤回, 作废凭证) are ReasonDialogs built in
ui/changes/actions.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QWidget

from anjia_desk.core.change_forms import (
    AdjustForm,
    ArchiveForm,
    GiftForm,
    TalkForm,
    VoucherForm,
    validate_adjust,
    validate_archive,
    validate_gift,
    validate_talk,
    validate_voucher,
)
from anjia_desk.core.changes import CHECKLIST, OrderStep, TalkOutcome, brief_score
from anjia_desk.core.dunning import Delivery, DeliveryForm, validate_delivery
from anjia_desk.core.errors import ValidationError
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.dunning.dialogs import date_edit, day_of
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.forms import FormDialog, MoneyEdit, Saved, line_edit, yuan

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


@dataclass(frozen=True)
class OrderRef:
    """The order a dialog is about, as the window knows it."""

    id: int
    version: int
    code: str  # BG-000123
    title: str  # 退定 — 1幢1单元101 张伟
    today: date
    computed: Decimal = Decimal(0)  # the refund figure the rules give
    due: Decimal = Decimal(0)  # what is to be paid back (override or computed)
    left: Decimal = Decimal(0)  # still to pay back (due − vouchers not voided)
    payee: str = ""  # the buyer
    requested_on: date | None = None
    notice_on: date | None = None  # 解约: the day its 解除合同通知书 was first printed


def text_edit(placeholder: str = "", height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class TalkDialog(FormDialog):
    """登记洽谈结果: the outcome (留住 / 转换房 / 坚持退), what was said, and the real reason found.
    Led by someone who is not the deal's selling consultant (the service refuses the seller)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, order: OrderRef) -> None:
        super().__init__(
            ctx,
            parent,
            f"挽留洽谈 — {order.code}",
            "保存",
            "洽谈须由成交顾问以外的人主导。留住：变更单结束，交易不变；转换房：本单结束，"
            "另行登记换房；坚持退：转案场经理审核。",
        )
        self.order = order
        self.outcome = QComboBox()
        for outcome in TalkOutcome:
            self.outcome.addItem(outcome.label, outcome.value)
        self.outcome.setCurrentIndex(self.outcome.findData(TalkOutcome.LEAVE.value))
        self.note = text_edit("洽谈经过：谈了什么、客户怎么说")
        self.real_reason = text_edit("洽谈中了解到的真实原因（仅用于内部简报）")
        self.add("洽谈结果：", self.outcome, "outcome")
        self.add("洽谈记录：", self.note, "note")
        self.add("真实原因：", self.real_reason, "real_reason")

    def values(self) -> TalkForm:
        return TalkForm(
            TalkOutcome(str(self.outcome.currentData())),
            self.note.toPlainText().strip(),
            self.real_reason.toPlainText().strip(),
        )

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.change_orders import record_talk

        form = self.values()
        errors = validate_talk(form)
        if errors:
            raise ValidationError(errors)
        order, now = self.order, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            record_talk(session, actor, order.id, form, version=order.version, now=now)
            return Saved(f"{order.code} 已登记洽谈结果：{form.outcome.label}。")

        return work


class AdjustDialog(FormDialog):
    """调整应退金额: a new figure and why; the marketing head approves the new figure."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, order: OrderRef) -> None:
        super().__init__(
            ctx,
            parent,
            f"调整应退金额 — {order.code}",
            "保存",
            f"按规则计算的应退金额为 {yuan(order.computed)}。调整须写明原因，"
            "并由营销负责人重新审批。",
        )
        self.order = order
        self.amount = MoneyEdit(self.errors, "amount", allow_zero=True)
        self.reason = line_edit(200, "如 经协商免除部分违约金")
        self.add("应退金额：", self.amount, "amount")
        self.add("调整原因：", self.reason, "reason")
        self.amount.setFocus()

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.change_orders import adjust_refund

        amount = self.amount.value()
        form = AdjustForm(amount, self.reason.text().strip())
        errors = validate_adjust(form, computed=self.order.computed)
        if errors:
            raise ValidationError(errors)
        order, now = self.order, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            adjust_refund(session, actor, order.id, form, version=order.version, now=now)
            return Saved(f"{order.code} 应退金额已调整为 {yuan(amount)}，待营销负责人审批。")

        return work


class StepDialog(FormDialog):
    """完成步骤: one of the steps after 签约 still to do that is this person's (解除买卖合同, 撤销
    网签备案, 结清按揭 …), with a note; who and when are recorded."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        order: OrderRef,
        steps: tuple[OrderStep, ...],
    ) -> None:
        super().__init__(
            ctx,
            parent,
            f"完成步骤 — {order.code}",
            "已完成",
            "登记已办妥的步骤（办理人、时间自动记录）。",
        )
        self.order = order
        self.step = QComboBox()
        for step in steps:
            self.step.addItem(step.label, step.value)
        self.note = line_edit(200, "如 备案撤销回执号、银行结清证明")
        #: 更名 after 签约: the new buyer's 购房资格 result (the note then says how it was checked).
        self.passed = QComboBox()
        self.passed.addItem("通过", True)
        self.passed.addItem("未通过", False)
        self.add("步骤：", self.step, "step")
        self.passed_row = self.add("审核结果：", self.passed, "passed")
        self.add("备注：", self.note, "note")
        self.step.currentIndexChanged.connect(self._step_chosen)
        self._step_chosen()

    def step_value(self) -> OrderStep:
        return OrderStep(str(self.step.currentData()))

    def _step_chosen(self) -> None:
        qualification = self.step_value() is OrderStep.QUALIFICATION
        self.form.setRowVisible(self.passed_row, qualification)
        self.note.setPlaceholderText(
            "审核机关、日期与结果（必填）" if qualification else "如 备案撤销回执号、银行结清证明"
        )

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.change_execute import do_step
        from anjia_desk.services.change_rename import record_qualification

        order, step, now = self.order, self.step_value(), self.ctx.clock()
        note = self.note.text().strip()
        passed = bool(self.passed.currentData())

        def work(session: Session, actor: Actor) -> Saved:
            if step is OrderStep.QUALIFICATION:
                record_qualification(session, actor, order.id, note, passed=passed, now=now)
                if not passed:
                    return Saved(f"{order.code}：已登记购房资格审核未通过，本单不能执行。")
            else:
                do_step(session, actor, order.id, step, note=note, now=now)
            return Saved(f"{order.code}：{step.label} 已完成。")

        return work


class NoticeDialog(FormDialog):
    """登记通知送达 (解约): how the 解除合同通知书 reached the buyer; the contract ends the day it
    was signed for (民法典第 565 条)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, order: OrderRef) -> None:
        super().__init__(
            ctx,
            parent,
            f"登记通知送达 — {order.code}",
            "保存",
            "解除合同通知书到达买受人时合同解除（民法典第565条）。快递或挂号信的回执寄回后，"
            "再登记签收日期。",
        )
        self.order = order
        self.delivery = QComboBox()
        for kind in (Delivery.IN_PERSON, Delivery.COURIER, Delivery.REGISTERED):
            self.delivery.addItem(kind.label, kind.value)
        self.number = line_edit(40, "快递单号或挂号信号码")
        self.signed = QCheckBox("已签收")
        self.signed.setChecked(True)
        self.signed_on = date_edit(order.today, minimum=order.notice_on, maximum=order.today)
        self.add("送达方式：", self.delivery, "delivery")
        self.add("单号：", self.number, "number")
        self.add("", self.signed, "signed")
        self.add("签收日期：", self.signed_on, "signed_on")
        self.delivery.currentIndexChanged.connect(self._kind_changed)
        self.signed.toggled.connect(self.signed_on.setEnabled)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        kind = Delivery(str(self.delivery.currentData()))
        self.number.setEnabled(kind.needs_number)

    def values(self) -> DeliveryForm:
        kind = Delivery(str(self.delivery.currentData()))
        return DeliveryForm(
            kind,
            self.number.text().strip() if kind.needs_number else "",
            day_of(self.signed_on) if self.signed.isChecked() else None,
        )

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.change_execute import record_notice

        form = self.values()
        order = self.order
        errors = validate_delivery(
            form, letter_on=order.notice_on or order.requested_on or order.today, today=order.today
        )
        if errors:
            raise ValidationError(errors)
        now = self.ctx.clock()
        signed = f"，{format_day(form.signed_on)} 送达" if form.signed_on else ""

        def work(session: Session, actor: Actor) -> Saved:
            record_notice(session, actor, order.id, form, now=now)
            return Saved(f"{order.code} 已登记通知送达：{form.delivery.label}{signed}。")

        return work


class ArchiveDialog(FormDialog):
    """合同收回归档: the day the paper contract came back, and its archive number."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, order: OrderRef) -> None:
        super().__init__(ctx, parent, f"合同收回归档 — {order.code}", "保存")
        self.order = order
        self.recovered_on = date_edit(order.today, maximum=order.today)
        self.archive_no = line_edit(40, "档案编号（可不填）")
        self.add("收回日期：", self.recovered_on, "recovered_on")
        self.add("档案编号：", self.archive_no, "archive_no")

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.change_execute import archive_contract

        form = ArchiveForm(day_of(self.recovered_on), self.archive_no.text().strip())
        errors = validate_archive(form, today=self.order.today)
        if errors:
            raise ValidationError(errors)
        order, now = self.order, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            archive_contract(session, actor, order.id, form, now=now)
            return Saved(f"{order.code} 的纸质合同已收回归档。")

        return work


class GiftDialog(FormDialog):
    """登记礼品: what was given to the leaving customer, and when."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, order: OrderRef) -> None:
        super().__init__(ctx, parent, f"登记礼品 — {order.code}", "保存")
        self.order = order
        self.gift = line_edit(100, "如 绿植一盆、家居礼盒")
        self.given_on = date_edit(order.today, maximum=order.today)
        self.add("礼品：", self.gift, "gift")
        self.add("赠送日期：", self.given_on, "given_on")

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.change_execute import record_gift

        form = GiftForm(self.gift.text().strip(), day_of(self.given_on))
        errors = validate_gift(form, today=self.order.today)
        if errors:
            raise ValidationError(errors)
        order, now = self.order, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            record_gift(session, actor, order.id, form, now=now)
            return Saved(f"{order.code} 已登记礼品：{form.gift}。")

        return work


class BriefDialog(FormDialog):
    """简报评分: the site manager ticks the fixed checklist; the score is the share ticked."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        order: OrderRef,
        ticked: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(
            ctx, parent, f"简报评分 — {order.code}", "保存评分", "勾选本案处理中做到的各项："
        )
        self.order = order
        self.boxes: dict[str, QCheckBox] = {}
        for item in CHECKLIST:
            box = QCheckBox(item.text)
            box.setChecked(item.key in ticked)
            box.toggled.connect(self._update_score)
            self.boxes[item.key] = box
            self.form.addRow(box)
        self.score_label = QLabel()
        self.score_label.setStyleSheet("font-weight:bold;")
        self.form.addRow(self.score_label)
        self._update_score()

    def ticks(self) -> frozenset[str]:
        return frozenset(key for key, box in self.boxes.items() if box.isChecked())

    def _update_score(self, *_args: object) -> None:
        self.score_label.setText(f"处理评分：{brief_score(self.ticks())} 分")

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.change_execute import score_brief

        ticks, order, now = self.ticks(), self.order, self.ctx.clock()
        score = brief_score(ticks)

        def work(session: Session, actor: Actor) -> Saved:
            score_brief(session, actor, order.id, ticks, now=now)
            return Saved(f"{order.code} 简报评分已保存：{score} 分。")

        return work


class VoucherDialog(FormDialog):
    """支付退款: a numbered refund voucher (退款凭证) for the amount paid back, to the buyer."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, order: OrderRef) -> None:
        super().__init__(
            ctx,
            parent,
            f"支付退款 — {order.code}",
            "付款并开凭证",
            f"应退 {yuan(order.due)}，尚未退还 {yuan(order.left)}。付款后打印退款凭证"
            "（一式两联），由财务确认。",
        )
        self.order = order
        self.made: int | None = None
        self.amount = MoneyEdit(self.errors, "amount", cap=order.left, cap_text="超过尚未退还")
        self.amount.setText(f"{order.left:.2f}")
        self.payee = line_edit(40)
        self.payee.setText(order.payee)
        self.method = QComboBox()
        self.method.setEditable(True)
        for method in ("转账", "现金", "支票"):
            self.method.addItem(method)
        self.paid_on = date_edit(order.today, maximum=order.today)
        self.note = line_edit(200)
        self.add("退款金额：", self.amount, "amount")
        self.add("收款人：", self.payee, "payee")
        self.add("付款方式：", self.method, "method")
        self.add("付款日期：", self.paid_on, "paid_on")
        self.add("备注：", self.note, "note")
        self.foot.addWidget(hint_label("退款退回买受人本人账户；凭证编号连续，不能跳号。"))

    def values(self) -> VoucherForm:
        return VoucherForm(
            self.amount.value(),
            self.payee.text().strip(),
            self.method.currentText().strip(),
            day_of(self.paid_on),
            self.note.text().strip(),
        )

    def keep(self, made: object) -> None:
        self.made = made if isinstance(made, int) else None

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.refund_vouchers import pay_refund

        form = self.values()
        order = self.order
        errors = validate_voucher(form, today=order.today, left=order.left)
        if errors:
            raise ValidationError(errors)
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            voucher_id = pay_refund(session, actor, order.id, form, now=now)
            return Saved(f"{order.code} 已退款 {yuan(form.amount)}，待财务确认。", voucher_id)

        return work
