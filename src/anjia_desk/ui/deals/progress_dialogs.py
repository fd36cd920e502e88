"""The dialogs of a deal's 进度 tab: 签约… (contract and 网签 numbers, the contract's terms),
完成此步… (a dated step) and 交付… (the measured area, with the area settlement shown as it
is typed).

Each hands its write to the operation layer the one way (ui/forms.py `FormDialog.save`)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from anjia_desk.core.deal_forms import ContractTerms
from anjia_desk.core.deal_rules import settle_area
from anjia_desk.core.errors import ValidationError
from anjia_desk.core.refund_money import BreachBase
from anjia_desk.services.deal_steps import complete_step, deliver, sign_contract
from anjia_desk.services.deal_views import DealDetail
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.rules import delivery_problems
from anjia_desk.ui.forms import DATE_HINT, FormDialog, MoneyEdit, Saved, line_edit, parse_day

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


def _percent(text: str, key: str, what: str) -> Decimal | None:
    """A typed percent ("5", "3.85"); None for a blank field; ValidationError."""
    text = text.strip().rstrip("%％").strip()
    if not text:
        return None
    try:
        value = Decimal(text)
    except ArithmeticError as exc:
        raise ValidationError({key: f"{what}请填写数字，如 5"}) from exc
    if not value.is_finite():
        raise ValidationError({key: f"{what}请填写数字，如 5"})
    return value


def _percent_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


class SignDialog(FormDialog):
    """签约…: the contract and 网签 numbers, and the contract's terms as signed — the breach
    penalty (base, percent, clause), the refund-interest rate, the area clause, the title
    deadline and arbitration — prefilled from the deal; the deal moves to 已签约."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: DealDetail) -> None:
        super().__init__(
            ctx,
            parent,
            "签约",
            "签约",
            f"{detail.unit_label}，买受人{detail.buyer_name}：录入商品房买卖合同编号和网签备案编号，"
            "并按合同核对违约、退款和办证等约定。",
        )
        self.detail = detail
        terms = detail.terms
        self.contract_no = line_edit(40, "如 YS2026-0001")
        self.netsign_no = line_edit(40, "网签系统生成的编号")
        self.add("合同编号：", self.contract_no, "contract_no")
        self.add("网签编号：", self.netsign_no, "netsign_no")
        self.breach_base = QComboBox()
        for base in BreachBase:
            self.breach_base.addItem(base.label, base)
        self.breach_base.setCurrentIndex(list(BreachBase).index(terms.breach_base))
        self.breach_pct = line_edit(8, "如 5")
        self.breach_pct.setText(_percent_text(terms.breach_pct))
        self.breach_clause_no = line_edit(20, "如 第十条")
        self.breach_clause_no.setText(terms.breach_clause_no)
        self.refund_rate = line_edit(8, "留空按案场设置（一年期LPR）")
        self.refund_rate.setText(_percent_text(terms.refund_rate))
        self.area_clause_pct = line_edit(8, "留空为 3%")
        self.area_clause_pct.setText(_percent_text(terms.area_clause_pct))
        self.title_due_on = line_edit(10, f"可不填，{DATE_HINT}")
        if terms.title_due_on is not None:
            self.title_due_on.setText(terms.title_due_on.isoformat())
        self.arbitration = QCheckBox("合同约定争议提交仲裁（不勾选为向法院起诉）")
        self.arbitration.setChecked(terms.arbitration)
        self.add("违约金基数：", self.breach_base, "breach_base")
        self.add("违约金比例（%）：", self.breach_pct, "breach_pct")
        self.add("违约条款编号：", self.breach_clause_no, "breach_clause_no")
        self.add("退款利率（年%）：", self.refund_rate, "refund_rate")
        self.add("面积误差约定（%）：", self.area_clause_pct, "area_clause_pct")
        self.add("办证期限：", self.title_due_on, "title_due_on")
        self.add("争议解决：", self.arbitration, "arbitration")
        self.contract_no.setFocus()

    def terms(self) -> ContractTerms:
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        fields = (
            ("breach_pct", self.breach_pct, "违约金比例"),
            ("refund_rate", self.refund_rate, "退款利率"),
            ("area_clause_pct", self.area_clause_pct, "面积误差约定"),
        )
        for key, edit, what in fields:
            try:
                values[key] = _percent(edit.text(), key, what)
            except ValidationError as exc:
                errors.update(exc.fields)
        if values.get("breach_pct") is None and "breach_pct" not in errors:
            errors["breach_pct"] = "请填写违约金比例（合同未约定请填 0）"
        try:
            due = parse_day(self.title_due_on.text(), "title_due_on")
        except ValidationError as exc:
            errors.update(exc.fields)
            due = None
        if errors:
            raise ValidationError(errors)
        return ContractTerms(
            breach_base=BreachBase(self.breach_base.currentData()),
            breach_pct=values["breach_pct"],
            breach_clause_no=self.breach_clause_no.text().strip(),
            refund_rate=values["refund_rate"],
            area_clause_pct=values["area_clause_pct"],
            title_due_on=due,
            arbitration=self.arbitration.isChecked(),
        )

    def save(self) -> ops.Work[Saved]:
        deal_id, version, now = self.detail.id, self.detail.version, self.ctx.clock()
        contract_no = self.contract_no.text().strip()
        netsign_no = self.netsign_no.text().strip()
        terms = self.terms()

        def work(session: Session, actor: Actor) -> Saved:
            sign_contract(
                session,
                actor,
                deal_id,
                contract_no=contract_no,
                netsign_no=netsign_no,
                terms=terms,
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
