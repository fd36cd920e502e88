"""认购…: the dialog that turns a unit (and its hold's customer, or one found by phone) into a
deal — the buyer and their mailing address (optional), the payment method, the live price
(services.deals.quote), deposit, special discount and the customer's 认筹 ticket. Saving opens
the new deal's window.

It hands its write to the operation layer the one way (ui/forms.py `FormDialog.save`); its checks
are core.deal_forms.validate_subscribe (through ui/deals/rules.py), which the service runs too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from anjia_desk.core.address import ADDRESS_MAX, POSTCODE_LENGTH
from anjia_desk.core.deals import PaymentMethod
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.services.customers import customer_rows
from anjia_desk.services.deal_views import PriceQuote, SubscribeRequest
from anjia_desk.services.deals import quote, subscribe
from anjia_desk.services.tickets import list_tickets
from anjia_desk.services.unit_views import TicketRow, UnitDetail
from anjia_desk.services.units import unit_detail
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.rules import SubscribeValues, buyer_id_problem, subscribe_problems
from anjia_desk.ui.deals.window import open_deal
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.forms import CustomerPicker, FormDialog, MoneyEdit, Saved, line_edit, yuan

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


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
        self.address = line_edit(ADDRESS_MAX, "可不填；催款函等信件寄往此地址")
        self.postcode = line_edit(POSTCODE_LENGTH, "6 位数字，可不填")
        self.postcode.setMaximumWidth(120)
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
        self.add("通讯地址：", self.address, "mailing_address")
        self.add("邮政编码：", self.postcode, "mailing_postcode")
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
        if not self.buyer_name.text().strip() and self.picker.customer_name():
            self.buyer_name.setText(self.picker.customer_name())
        self.load_tickets()

    def load_tickets(self) -> None:
        self.ticket.clear()
        self.ticket.addItem("不使用认筹", None)
        customer_id = self.customer_id()
        project_id, now = self.project_id, self.ctx.clock()
        if project_id is None or customer_id is None:
            return
        try:
            rows = ops.read_now(
                self.ctx,
                lambda session, actor: list_tickets(
                    session, actor, project_id, status="active", now=now
                ),
            )
        except UserError:
            return  # may not see the queue: subscribe without a ticket
        self.tickets = [t for t in rows if t.customer_id == customer_id]
        for ticket in self.tickets:
            self.ticket.addItem(f"第 {ticket.number} 号（认筹金 {yuan(ticket.amount)}）", ticket.id)
        if self.tickets:
            self.ticket.setCurrentIndex(1)

    def check_id(self) -> bool:
        label = self.errors.label_for("buyer_id_number")
        text = self.buyer_id.text().strip()
        problem = buyer_id_problem(text)
        label.setText(problem)
        label.setVisible(bool(problem) and bool(text))
        return not problem

    def method_value(self) -> PaymentMethod:
        return PaymentMethod(str(self.method.currentData()))

    def refresh_quote(self) -> None:
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
        customer_id = self.customer_id()
        self.check_id()  # shows the ID number's problem beside it, as when it was typed
        amounts: dict[str, str] = {}
        special = deposit = Decimal(0)
        try:
            special = self.special.value()
        except ValidationError as exc:
            amounts.update(exc.fields)
        try:
            deposit = self.deposit.value()
        except ValidationError as exc:
            amounts.update(exc.fields)
        values = SubscribeValues(
            customer_id=customer_id,
            buyer_name=self.buyer_name.text(),
            buyer_id_number=self.buyer_id.text(),
            special_discount=special,
            discount_reason=self.reason.text(),
            mailing_address=self.address.text(),
            mailing_postcode=self.postcode.text(),
        )
        errors = {**subscribe_problems(values), **amounts}
        if errors or customer_id is None:
            raise ValidationError(errors)
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
            mailing_address=self.address.text().strip(),
            mailing_postcode=self.postcode.text().strip(),
        )

    def keep(self, made: Any) -> None:
        """The new deal: its window opens."""
        self.deal_id = made
        open_deal(self.ctx, made, self.parentWidget())

    def save(self) -> ops.Work[Saved]:
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
