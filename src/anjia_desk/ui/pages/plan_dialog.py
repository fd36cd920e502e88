"""设置 › 付款计划 编辑… (issue 13): a payment-plan template as rows — the item, its share, what
its days count from (认购 or 签约) and how many — written back as the template text the settings
keep (core/plans.py) and saved at once."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.plans import ITEM_NATURES, Anchor, PlanItem, check_plan, parse_plan
from anjia_desk.core.settings import SPECS
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import FormDialog, Saved

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

#: Rows the dialog offers (a template rarely has more than three items).
ROWS = 4
UNUSED = "（不用）"
ANCHOR_TEXT = {Anchor.SUBSCRIBE: "认购后", Anchor.SIGN: "签约后"}
MAX_DAYS = 3650


def _share_text(share: Decimal) -> str:
    percent = (share * 100).normalize()
    return format(percent, "f")


class _ItemRow(QWidget):
    """One item: 名称, 比例 %, 起算 (认购后 / 签约后), 天数."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.name = QComboBox()
        self.name.addItems([UNUSED, *ITEM_NATURES])
        self.share = QLineEdit()
        self.share.setPlaceholderText("比例")
        self.share.setFixedWidth(64)
        self.anchor = QComboBox()
        for anchor, text in ANCHOR_TEXT.items():
            self.anchor.addItem(text, anchor.value)
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS)
        for widget, name in (
            (self.name, "name"),
            (self.share, "share"),
            (self.anchor, "anchor"),
            (self.days, "days"),
        ):
            widget.setObjectName(f"plan:{index}:{name}")
        row.addWidget(self.name)
        row.addWidget(self.share)
        row.addWidget(QLabel("%"))
        row.addWidget(self.anchor)
        row.addWidget(self.days)
        row.addWidget(QLabel("天"))
        row.addStretch(1)

    def fill(self, item: PlanItem | None) -> None:
        if item is None:
            self.name.setCurrentIndex(0)
            self.share.clear()
            self.anchor.setCurrentIndex(0)
            self.days.setValue(0)
            return
        self.name.setCurrentText(item.name)
        self.share.setText(_share_text(item.share))
        self.anchor.setCurrentIndex(self.anchor.findData(item.anchor.value))
        self.days.setValue(item.days)

    def text(self) -> str | None:
        """This row as template text ("首付款 30% 签约后0天"); None for an unused row, ValueError
        when the share is no number."""
        name = self.name.currentText()
        if name == UNUSED:
            return None
        raw = self.share.text().strip().removesuffix("%").removesuffix("％")
        try:
            share = Decimal(raw)
        except InvalidOperation:
            raise ValueError("请填写比例（如 30）") from None
        if not share.is_finite() or share <= 0:
            raise ValueError("比例应大于 0")
        anchor = Anchor(str(self.anchor.currentData()))
        return f"{name} {_share_text(share / 100)}% {ANCHOR_TEXT[anchor]}{self.days.value()}天"


class PlanTemplateDialog(FormDialog):
    """编辑付款计划: the template of one payment method, item by item."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, key: str, text: str) -> None:
        self.key = key
        self.spec = SPECS[key]
        super().__init__(
            ctx,
            parent,
            f"编辑{self.spec.label}",
            "保存",
            "定金在认购时另收，不必列出。各项比例合计 100%；天数从认购日或签约日起算："
            "从签约起算的节点在签约前没有应付日期，也不计逾期，录入签约后得到日期。",
        )
        self.rows = [_ItemRow(n) for n in range(ROWS)]
        try:
            items: list[PlanItem] = parse_plan(text)
        except ValueError:
            items = []
        for index, row in enumerate(self.rows):
            row.fill(items[index] if index < len(items) else None)
            self.add(f"第 {index + 1} 项：", row, f"item{index}")
        self.rows[0].name.setFocus()

    def template_text(self) -> str:
        """The template the rows make; ValidationError on the row that does not read."""
        parts: list[str] = []
        errors: dict[str, str] = {}
        for index, row in enumerate(self.rows):
            try:
                part = row.text()
            except ValueError as exc:
                errors[f"item{index}"] = str(exc)
                continue
            if part is not None:
                parts.append(part)
        if errors:
            raise ValidationError(errors)
        return "；".join(parts)

    def save(self) -> ops.Work[Saved]:
        text = self.template_text()
        problem = check_plan(text)
        if problem is not None:
            raise UserError(problem)
        key, label = self.key, self.spec.label

        def work(session: Session, actor: Actor) -> Saved:
            from anjia_desk.services.settings import update_settings

            update_settings(session, actor, {key: text})
            return Saved(f"已保存{label}：{text}", text)

        return work

    def keep(self, made: object) -> None:
        self.saved_text = str(made)
