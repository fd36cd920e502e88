"""The dialogs of a deal's 进度 tab: 签约… (contract and 网签 numbers), 完成此步… (a dated step) and
交付… (the measured area, with the area settlement shown as it is typed).

Each hands its write to the operation layer the one way (ui/forms.py `FormDialog.save`)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

from anjia_desk.core.deal_rules import settle_area
from anjia_desk.core.errors import ValidationError
from anjia_desk.services.deal_steps import complete_step, deliver, sign_contract
from anjia_desk.services.deal_views import DealDetail
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.rules import delivery_problems
from anjia_desk.ui.forms import FormDialog, MoneyEdit, Saved, line_edit, parse_day

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


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
        problems = delivery_problems(value)
        if problems:
            raise ValidationError(problems)
        return value

    def show_settlement(self, explanation: str, may_cancel: bool) -> None:
        text = explanation + ("  买受人有权解除合同。" if may_cancel else "")
        self.settlement.setText(text)
        colour = f"color:{palette.ERROR};font-weight:bold;" if may_cancel else ""
        self.settlement.setStyleSheet(colour)
        self.settlement.show()

    def preview(self) -> None:
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
        errors: dict[str, str] = {}
        measured = fees = Decimal(0)
        try:
            measured = self.area()
        except ValidationError as exc:
            errors.update(exc.fields)
        try:
            fees = self.fees.value()
        except ValidationError as exc:
            errors.update(exc.fields)
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
