"""The dialogs of a deal: 认购, 签约, 完成此步, 交付, 收款, reasons (作废/重开/退筹/驳回), 认筹; and
the print flow (a PDF made in the background, then the print preview) the deal window and the
交易 section share.

Each dialog does its own write: `save()` checks the fields and returns the write, which `submit`
runs through ui/ops.py (on the writer; what it changed is broadcast); a refusal stays in the
dialog, beside its field, and `saved` carries the success text to the window. Money is
typed as text and read with core.money.parse_money into a Decimal, checked beside the field as it
is typed (not an amount, not above the cap). Enter saves, Esc cancels.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QWidget,
)

from anjia_desk.core.deals import Nature, PaymentMethod
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.services.deal_views import (
    DealDetail,
    InstallmentLine,
    PriceQuote,
    SubscribeRequest,
    TicketRow,
    UnitDetail,
)
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import (
    CustomerPicker,
    FormDialog,
    MoneyEdit,
    Saved,
    line_edit,
    money_text,
    parse_day,
    yuan,
)
from anjia_desk.ui.widgets import (
    ERROR_COLOR,
    MessageBar,
    hint_label,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor
    from anjia_desk.ui.print_preview import PrintPreviewDialog

#: How money is paid at the cashier's desk (Receipt.method, at most 10 characters).
PAY_METHODS = ("转账", "刷卡", "现金", "支票")


# --- 签约, 完成此步, 交付


class SignDialog(FormDialog):
    """签约…: the contract and 网签 numbers; the deal moves to 已签约."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: DealDetail) -> None:
        super().__init__(
            ctx,
            parent,
            "签约",
            "签约",
            f"{detail.unit_label}，买受人{detail.buyer_name}：录入商品房买卖合同编号和网签备案编号。",
        )
        self.detail = detail
        self.contract_no = line_edit(40, "如 YS2026-0001")
        self.netsign_no = line_edit(40, "网签系统生成的编号")
        self.add("合同编号：", self.contract_no, "contract_no")
        self.add("网签编号：", self.netsign_no, "netsign_no")
        self.contract_no.setFocus()

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.deals import sign_contract

        deal_id, version, now = self.detail.id, self.detail.version, self.ctx.clock()
        contract_no = self.contract_no.text().strip()
        netsign_no = self.netsign_no.text().strip()

        def work(session: Session, actor: Actor) -> Saved:
            sign_contract(
                session,
                actor,
                deal_id,
                contract_no=contract_no,
                netsign_no=netsign_no,
                version=version,
                now=now,
            )
            return Saved("已签约。")

        return work


class StepDialog(FormDialog):
    """完成此步…: the date it was done (blank: now) and a note."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: DealDetail) -> None:
        assert detail.next_step is not None
        self.step = detail.next_step
        super().__init__(
            ctx,
            parent,
            f"完成：{self.step.label}",
            "完成此步",
            f"{detail.unit_label}：记录“{self.step.label}”已完成。补录以前完成的，请填写完成日期。",
        )
        self.detail = detail
        self.on = line_edit(10, "留空为现在")
        self.note = line_edit(200, "可不填")
        self.add("完成日期：", self.on, "on")
        self.add("说明：", self.note, "note")
        self.on.setFocus()

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.deals import complete_step

        on = parse_day(self.on.text(), "on")
        step, deal_id, version = self.step, self.detail.id, self.detail.version
        note, now = self.note.text().strip(), self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            complete_step(session, actor, deal_id, step, on=on, note=note, version=version, now=now)
            return Saved(f"“{step.label}”已完成。")

        return work


class DeliverDialog(FormDialog):
    """交付…: the measured area and the fees collected; shows the area settlement as it is typed
    (core.deal_rules.settle_area) and, once saved, what the service settled."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: DealDetail) -> None:
        super().__init__(
            ctx,
            parent,
            "交付",
            "交付",
            f"{detail.unit_label}：预测建筑面积 {detail.unit_area} ㎡。录入实测建筑面积，"
            "按《商品房销售管理办法》第二十条结算面积差。",
        )
        self.detail = detail
        self.delivery: object | None = None
        self.measured = line_edit(12, "㎡，如 98.76")
        self.measured.setMaximumWidth(220)
        self.fees = MoneyEdit(self.errors, "fees", allow_zero=True, required=False)
        self.fees.setPlaceholderText("契税、维修基金等，可不填")
        self.add("实测建筑面积：", self.measured, "measured_area")
        self.add("代收费用：", self.fees, "fees")
        self.settlement = QLabel()
        self.settlement.setWordWrap(True)
        self.settlement.hide()
        self.foot.addWidget(self.settlement)
        self.measured.textEdited.connect(self.preview)
        self.measured.setFocus()

    def area(self) -> Decimal:
        text = self.measured.text().strip()
        try:
            value = Decimal(text)
        except ArithmeticError as exc:
            raise ValidationError({"measured_area": "请填写实测面积（数字，单位㎡）"}) from exc
        if not value.is_finite() or value <= 0 or value >= 10000:
            raise ValidationError({"measured_area": "实测面积须大于 0 且小于 10000 ㎡"})
        if value != value.quantize(Decimal("0.01")):
            raise ValidationError({"measured_area": "面积最多两位小数"})
        return value

    def show_settlement(self, explanation: str, may_cancel: bool) -> None:
        text = explanation + ("  买受人有权解除合同。" if may_cancel else "")
        self.settlement.setText(text)
        colour = f"color:{ERROR_COLOR};font-weight:bold;" if may_cancel else ""
        self.settlement.setStyleSheet(colour)
        self.settlement.show()

    def preview(self) -> None:
        from anjia_desk.core.deal_rules import settle_area

        label = self.errors.label_for("measured_area")
        try:
            measured = self.area()
        except ValidationError as exc:
            label.setText(exc.fields["measured_area"])
            label.setVisible(bool(self.measured.text().strip()))
            self.settlement.hide()
            return
        label.hide()
        result = settle_area(
            price=self.detail.price, predicted=self.detail.unit_area, measured=measured
        )
        self.show_settlement(result.explanation, result.buyer_may_cancel)

    def keep(self, made: Any) -> None:
        self.delivery = made

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.deals import deliver

        errors: dict[str, str] = {}
        measured = fees = Decimal(0)
        for key, read in (("measured_area", self.area), ("fees", self.fees.value)):
            try:
                value = read()
            except ValidationError as exc:
                errors.update(exc.fields)
                continue
            if key == "fees":
                fees = value
            else:
                measured = value
        if errors:
            raise ValidationError(errors)
        deal_id, version, now = self.detail.id, self.detail.version, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            result = deliver(
                session,
                actor,
                deal_id,
                measured_area=measured,
                fees=fees,
                version=version,
                now=now,
            )
            tail = " 买受人有权解除合同。" if result.buyer_may_cancel else ""
            return Saved(f"已交付。{result.explanation}{tail}", result)

        return work


# --- 收款 (the cashier)


class PaymentDialog(FormDialog):
    """收款…: money on one of the deal's installments (the amount at most what is still owed)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: DealDetail) -> None:
        super().__init__(
            ctx,
            parent,
            "收款",
            "收款开据",
            f"{detail.unit_label}，买受人{detail.buyer_name}：收款后开具收据。",
        )
        self.detail = detail
        self.receipt_id: int | None = None
        self.installment = QComboBox()
        self.lines: list[InstallmentLine] = [i for i in detail.installments if i.outstanding > 0]
        for line in self.lines:
            self.installment.addItem(
                f"{line.seq}. {line.name}（{line.nature.label}，"
                f"未付 {money_text(line.outstanding)}）",
                line.id,
            )
        self.nature = QLabel()
        self.amount = MoneyEdit(self.errors, "amount", cap_text="超过该节点未付金额")
        self.payer = line_edit(40)
        self.payer.setText(detail.buyer_name)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.addItems(PAY_METHODS)
        method_edit = self.method.lineEdit()
        if method_edit is not None:
            method_edit.setMaxLength(10)
        self.paid_on = line_edit(10, "留空为今天")
        self.note = line_edit(200, "可不填")
        self.add("付款节点：", self.installment, "installment")
        self.add("款项性质：", self.nature, "nature")
        self.add("金额：", self.amount, "amount")
        self.add("交款人：", self.payer, "payer")
        self.add("支付方式：", self.method, "method")
        self.add("交款日期：", self.paid_on, "paid_on")
        self.add("备注：", self.note, "note")
        self.installment.currentIndexChanged.connect(self._installment_changed)
        self._installment_changed()
        if not self.lines:
            self.message.show_info("这笔交易的各付款节点都已付清。")
            self.ok_button.setEnabled(False)
        self.amount.setFocus()

    def current_line(self) -> InstallmentLine | None:
        index = self.installment.currentIndex()
        return self.lines[index] if 0 <= index < len(self.lines) else None

    def _installment_changed(self) -> None:
        line = self.current_line()
        if line is None:
            self.nature.setText("")
            return
        self.nature.setText(line.nature.label)
        self.amount.set_cap(line.outstanding)
        self.amount.setText(str(line.outstanding))
        self.amount.check()

    def keep(self, made: Any) -> None:
        self.receipt_id = made

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.payments import receipt_code, receipt_view, record_payment

        line = self.current_line()
        if line is None:
            raise ValidationError({"installment": "请选择付款节点"})
        errors: dict[str, str] = {}
        amount = Decimal(0)
        try:
            amount = self.amount.value()
        except ValidationError as exc:
            errors.update(exc.fields)
        paid_on: date | None = None
        try:
            paid_on = parse_day(self.paid_on.text(), "paid_on")
        except ValidationError as exc:
            errors.update(exc.fields)
        if not self.payer.text().strip():
            errors["payer"] = "请填写交款人"
        if errors:
            raise ValidationError(errors)
        payer, method, note = self.payer.text(), self.method.currentText(), self.note.text()
        deal_id, now = self.detail.id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            receipt_id = record_payment(
                session,
                actor,
                amount=amount,
                nature=line.nature,
                payer=payer,
                method=method,
                paid_on=paid_on,
                deal_id=deal_id,
                installment_id=line.id,
                note=note,
                now=now,
            )
            number = receipt_view(session, actor, receipt_id).number
            text = f"已收款 {money_text(amount)} 元，收据号 {receipt_code(number)}。"
            return Saved(text, receipt_id)

        return work


class TicketPaymentDialog(FormDialog):
    """收认筹金…: the 认筹金 of one queue ticket."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, ticket: TicketRow) -> None:
        super().__init__(
            ctx,
            parent,
            "收认筹金",
            "收款开据",
            f"第 {ticket.number} 号认筹，客户{ticket.customer_name}，"
            f"认筹金 {yuan(ticket.amount)}。",
        )
        self.ticket = ticket
        self.receipt_id: int | None = None
        self.amount = MoneyEdit(self.errors, "amount", cap=ticket.amount, cap_text="超过认筹金")
        self.amount.setText(str(ticket.amount))
        self.payer = line_edit(40)
        self.payer.setText(ticket.customer_name)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.addItems(PAY_METHODS)
        self.paid_on = line_edit(10, "留空为今天")
        self.add("金额：", self.amount, "amount")
        self.add("交款人：", self.payer, "payer")
        self.add("支付方式：", self.method, "method")
        self.add("交款日期：", self.paid_on, "paid_on")
        self.amount.setFocus()

    def keep(self, made: Any) -> None:
        self.receipt_id = made

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.payments import record_payment

        amount = self.amount.value()
        paid_on = parse_day(self.paid_on.text(), "paid_on")
        payer, method, now = self.payer.text(), self.method.currentText(), self.ctx.clock()
        ticket = self.ticket

        def work(session: Session, actor: Actor) -> Saved:
            receipt_id = record_payment(
                session,
                actor,
                amount=amount,
                nature=Nature.QUEUE,
                payer=payer,
                method=method,
                paid_on=paid_on,
                ticket_id=ticket.id,
                now=now,
            )
            return Saved(f"已收第 {ticket.number} 号认筹金 {money_text(amount)} 元。", receipt_id)

        return work


# --- 认筹


class TicketDialog(FormDialog):
    """认筹…: a queue number of the project for a customer, with the amount of 认筹金."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, project_id: int, project_name: str
    ) -> None:
        super().__init__(
            ctx,
            parent,
            "认筹",
            "认筹排号",
            f"{project_name}：为客户发放认筹号。认筹金由出纳另行收款开据。",
        )
        self.project_id = project_id
        self.ticket_id: int | None = None
        self.picker = CustomerPicker(ctx, self.errors)
        self.amount = MoneyEdit(self.errors, "amount")
        self.add("客户：", self.picker, "customer")
        self.add("认筹金：", self.amount, "amount")
        self.picker.search.setFocus()

    def keep(self, made: Any) -> None:
        self.ticket_id = made

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.deals import issue_ticket

        customer_id = self.picker.customer_id()
        errors: dict[str, str] = {}
        if customer_id is None:
            errors["customer"] = "请先查找并选择客户"
        amount = Decimal(0)
        try:
            amount = self.amount.value()
        except ValidationError as exc:
            errors.update(exc.fields)
        if errors:
            raise ValidationError(errors)
        assert customer_id is not None
        project_id, now = self.project_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            ticket_id = issue_ticket(
                session,
                actor,
                project_id=project_id,
                customer_id=customer_id,
                amount=amount,
                now=now,
            )
            return Saved("已发放认筹号。", ticket_id)

        return work


# --- 认购


class SubscribeDialog(FormDialog):
    """认购…: the buyer, the payment method, the live price (services.deals.quote), deposit,
    special discount and the customer's 认筹 ticket. Saving opens the new deal's window."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        *,
        unit_id: int,
        hold_id: int | None = None,
        customer_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent, "认购", "认购")
        self.setMinimumWidth(620)
        self.unit_id = unit_id
        self.hold_id = hold_id
        self.fixed_customer = customer_id
        self.deal_id: int | None = None
        self.quote_value: PriceQuote | None = None
        self.project_id: int | None = None
        self.tickets: list[TicketRow] = []
        self.unit_label = QLabel()
        self.unit_label.setStyleSheet("font-weight:bold;")
        self.customer_label = QLabel()
        self.picker = CustomerPicker(ctx, self.errors)
        self.buyer_name = line_edit(40, "合同上的买受人姓名")
        self.buyer_id = line_edit(22, "18 位身份证号")
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method.label, method.value)
        self.special = MoneyEdit(self.errors, "special_discount", allow_zero=True, required=False)
        self.special.setPlaceholderText("元，无特批留空")
        self.reason = line_edit(200, "特批理由（有特批优惠时填写）")
        self.deposit = MoneyEdit(self.errors, "deposit", cap_text="定金不能超过成交价的20%")
        self.ticket = QComboBox()
        self.note = line_edit(200, "可不填")
        self.add("房源：", self.unit_label, "unit")
        self.customer_box = self.add("客户：", self.customer_label, "customer_fixed")
        self.picker_box = self.add("客户：", self.picker, "customer")
        self.add("买受人：", self.buyer_name, "buyer_name")
        self.add("证件号码：", self.buyer_id, "buyer_id_number")
        self.add("付款方式：", self.method, "payment_method")
        self.add("特批优惠：", self.special, "special_discount")
        self.add("特批理由：", self.reason, "discount_reason")
        self.add("定金：", self.deposit, "deposit")
        self.add("认筹号：", self.ticket, "ticket")
        self.add("备注：", self.note, "note")
        self.quote_label = QLabel()
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.foot.addWidget(self.quote_label)
        self.price_error = self.errors.label_for("price")
        self.foot.addWidget(self.price_error)
        self.foot.addWidget(
            hint_label("定金不超过成交价的 20%；有特批优惠的交易须审批后才能签约。")
        )

        self.method.currentIndexChanged.connect(self.refresh_quote)
        self.special.textEdited.connect(self.refresh_quote)
        self.deposit.textEdited.connect(self.refresh_quote)
        self.buyer_id.editingFinished.connect(self.check_id)
        self.picker.matches.currentIndexChanged.connect(self._customer_changed)
        self.load()

    # --- loading

    def load(self) -> None:
        """Read the unit (and its hold's customer) in the background; 认购 waits for it."""
        unit_id, customer_id, hold_id = self.unit_id, self.fixed_customer, self.hold_id
        now = self.ctx.clock()
        self.ok_button.setEnabled(False)
        ops.read(
            self.ctx,
            lambda session, actor: _subscribe_start(
                session, actor, unit_id, customer_id, hold_id, now
            ),
            parent=self,
            done=self._loaded,
            failed=self._load_failed,
        )

    def _load_failed(self, exc: UserError) -> None:
        self.message.show_error(exc.message)
        self.ok_button.setEnabled(False)

    def _loaded(self, result: ops.Read) -> None:
        start: _Start = result.value
        unit, name = start.unit, start.customer_name
        self.fixed_customer, self.hold_id = start.customer_id, start.hold_id
        self.ok_button.setEnabled(True)
        self.project_id = unit.project_id
        self.unit_label.setText(
            f"{unit.project_name} {unit.label}  {unit.layout}  {unit.area} ㎡  "
            f"（{unit.status.label}）"
        )
        fixed = self.fixed_customer is not None
        self.customer_box.setVisible(fixed)
        self.form.labelForField(self.customer_box).setVisible(fixed)
        self.picker_box.setVisible(not fixed)
        self.form.labelForField(self.picker_box).setVisible(not fixed)
        if fixed:
            self.customer_label.setText(name)
            if not self.buyer_name.text():
                self.buyer_name.setText(name)
            self.buyer_name.setFocus()
        else:
            self.picker.search.setFocus()
        self.load_tickets()
        self.refresh_quote()

    def customer_id(self) -> int | None:
        return self.fixed_customer if self.fixed_customer is not None else self.picker.customer_id()

    def _customer_changed(self) -> None:
        if not self.buyer_name.text().strip() and self.picker.matches.currentText():
            self.buyer_name.setText(self.picker.matches.currentText().split()[0])
        self.load_tickets()

    def load_tickets(self) -> None:
        from anjia_desk.services.deals import list_tickets

        self.ticket.clear()
        self.ticket.addItem("不使用认筹", None)
        customer_id = self.customer_id()
        project_id = self.project_id
        if project_id is None or customer_id is None:
            return
        try:
            rows = ops.read_now(
                self.ctx,
                lambda session, actor: list_tickets(session, actor, project_id, status="active"),
            )
        except UserError:
            return  # may not see the queue: subscribe without a ticket
        self.tickets = [t for t in rows if t.customer_id == customer_id]
        for ticket in self.tickets:
            self.ticket.addItem(f"第 {ticket.number} 号（认筹金 {yuan(ticket.amount)}）", ticket.id)
        if self.tickets:
            self.ticket.setCurrentIndex(1)

    def check_id(self) -> bool:
        from anjia_desk.core.identity import normalise_id_number

        label = self.errors.label_for("buyer_id_number")
        text = self.buyer_id.text().strip()
        problem = ""
        if not text:
            problem = "请填写买受人证件号码"
        else:
            try:
                normalise_id_number(text)
            except ValueError as exc:
                problem = str(exc)
        label.setText(problem)
        label.setVisible(bool(problem) and bool(text))
        return not problem

    def method_value(self) -> PaymentMethod:
        return PaymentMethod(str(self.method.currentData()))

    def refresh_quote(self) -> None:
        from anjia_desk.services.deals import quote

        special = Decimal(0)
        if not self.special.problem():
            special = self.special.value()
        deposit: Decimal | None = None
        if self.deposit.text().strip() and not self.deposit.problem():
            deposit = self.deposit.value()
        unit_id, method = self.unit_id, self.method_value()

        def price(session: Session, actor: Actor) -> PriceQuote:
            return quote(
                session,
                actor,
                unit_id=unit_id,
                payment_method=method,
                special_discount=special,
                deposit=deposit,
            )

        try:
            q = ops.read_now(self.ctx, price)
        except UserError as exc:
            self.quote_label.setText(exc.message)
            return
        self.quote_value = q
        self.deposit.set_cap(q.deposit_cap)
        approver = f"；特批须由{q.approver_label}审批" if q.approver_label else ""
        self.quote_label.setText(
            f"表价 {yuan(q.list_price)}，付款方式优惠 {yuan(q.standard_discount)}，"
            f"特批优惠 {yuan(q.special_discount)}\n成交价 {yuan(q.price)}（备案价 "
            f"{yuan(q.filed_price)}），定金上限 {yuan(q.deposit_cap)}{approver}"
        )
        for key in ("price", "special_discount", "deposit"):
            label = self.errors.label_for(key)
            text = q.problems.get(key, "")
            if key == "deposit" and not text:
                text = self.deposit.problem() if self.deposit.text().strip() else ""
            if key == "special_discount" and not text:
                text = self.special.problem()
            label.setText(text)
            label.setVisible(bool(text))

    # --- saving

    def request(self) -> SubscribeRequest:
        errors: dict[str, str] = {}
        customer_id = self.customer_id()
        if customer_id is None:
            errors["customer"] = "请先查找并选择客户"
        if not self.buyer_name.text().strip():
            errors["buyer_name"] = "请填写买受人姓名"
        if not self.check_id():
            errors["buyer_id_number"] = self.errors.label_for("buyer_id_number").text()
        special = deposit = Decimal(0)
        try:
            special = self.special.value()
        except ValidationError as exc:
            errors.update(exc.fields)
        try:
            deposit = self.deposit.value()
        except ValidationError as exc:
            errors.update(exc.fields)
        if special > 0 and not self.reason.text().strip():
            errors["discount_reason"] = "有特批优惠时请填写理由"
        if errors:
            raise ValidationError(errors)
        assert customer_id is not None
        ticket = self.ticket.currentData()
        return SubscribeRequest(
            unit_id=self.unit_id,
            customer_id=customer_id,
            buyer_name=self.buyer_name.text().strip(),
            buyer_id_number=self.buyer_id.text().strip(),
            payment_method=self.method_value(),
            deposit=deposit,
            special_discount=special,
            discount_reason=self.reason.text().strip(),
            ticket_id=int(ticket) if ticket is not None else None,
            hold_id=self.hold_id,
            note=self.note.text().strip(),
        )

    def keep(self, made: Any) -> None:
        """The new deal: its window opens."""
        from anjia_desk.ui.deal_window import open_deal

        self.deal_id = made
        open_deal(self.ctx, made, self.parentWidget())

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.deals import subscribe

        request, now = self.request(), self.ctx.clock()
        return lambda session, actor: Saved("已认购。", subscribe(session, actor, request, now=now))


@dataclass(frozen=True)
class _Start:
    """What the 认购 dialog starts from: the unit, and the customer (fixed, or from the hold)."""

    unit: UnitDetail
    customer_id: int | None
    hold_id: int | None
    customer_name: str


def _subscribe_start(
    session: Session,
    actor: Actor,
    unit_id: int,
    customer_id: int | None,
    hold_id: int | None,
    now: datetime,
) -> _Start:
    from anjia_desk.services.customers import customer_rows
    from anjia_desk.services.units import unit_detail

    unit = unit_detail(session, actor, unit_id, now=now)
    name = ""
    hold = unit.hold
    if customer_id is None and hold is not None and (hold_id is None or hold.id == hold_id):
        customer_id, hold_id, name = hold.customer_id, hold.id, hold.customer_name
    if customer_id is not None and not name:
        rows = customer_rows(session, actor, [customer_id])
        name = rows[0].name if rows else f"客户 {customer_id}"
    return _Start(unit, customer_id, hold_id, name)


def open_subscribe(
    ctx: AppContext,
    parent: QWidget | None,
    *,
    unit_id: int,
    hold_id: int | None = None,
    customer_id: int | None = None,
) -> SubscribeDialog:
    """Open the 认购 dialog for a unit (non-blocking); once saved the new deal's window opens."""
    dialog = SubscribeDialog(ctx, parent, unit_id=unit_id, hold_id=hold_id, customer_id=customer_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# --- printing: a PDF made in the background, then the print preview


class PdfPrinter(QObject):
    """Makes a PDF through a service on the writer (printing is audited) and opens the print
    preview; refusals go to `message`. `preview` is the open preview (None when there is none).
    The printer is the operation's initiator: the page does not reload for a print."""

    def __init__(self, ctx: AppContext, owner: QWidget, message: MessageBar) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.owner = owner
        self.message = message
        self.preview: PrintPreviewDialog | None = None

    def run(
        self,
        file_name: str,
        produce: Callable[[Session, Actor, Path], Path],
        label: str,
    ) -> None:
        folder = Path(tempfile.mkdtemp(prefix="anjia-print-"))
        out = folder / f"{file_name}.pdf"

        def work(session: Session, actor: Actor) -> Path:
            try:
                return produce(session, actor, out)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise

        def opened(path: Path) -> None:
            self._open(path, folder)

        ops.write(
            self.ctx,
            work,
            parent=self.owner,
            done=opened,
            failed=self._refused,
            label=label,
            initiator=self,
        )

    def _refused(self, exc: UserError) -> None:
        if shiboken6.isValid(self.message):
            self.message.show_error(exc.message)

    def _open(self, pdf_path: Path, folder: Path) -> None:
        from anjia_desk.ui.print_preview import PrintPreviewDialog

        if not shiboken6.isValid(self.owner):  # pragma: no cover - closed while printing
            shutil.rmtree(folder, ignore_errors=True)
            return
        dialog = PrintPreviewDialog(pdf_path, self.ctx.dialogs, self.owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: shutil.rmtree(folder, ignore_errors=True))
        dialog.destroyed.connect(self._forget)
        self.preview = dialog
        dialog.open()

    def _forget(self) -> None:
        self.preview = None

    def receipt(self, receipt_id: int, code: str) -> None:
        now = self.ctx.clock()

        def produce(session: Session, actor: Actor, out: Path) -> Path:
            from anjia_desk.services.printing import print_receipt

            return print_receipt(session, actor, receipt_id, out, now=now)

        self.run(f"收据-{code}", produce, "正在生成收据…")

    def subscription(self, deal_id: int, name: str) -> None:
        now = self.ctx.clock()

        def produce(session: Session, actor: Actor, out: Path) -> Path:
            from anjia_desk.services.printing import print_subscription

            return print_subscription(session, actor, deal_id, out, now=now)

        self.run(f"认购书-{name}", produce, "正在生成认购书…")
