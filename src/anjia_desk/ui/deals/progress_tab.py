"""A deal window's 进度 tab: the steps (the next one highlighted, with its due date) and the next
step's button — 签约…, 完成“…”… or 交付… — for those who may take it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from anjia_desk.core.deal_actions import DealAction
from anjia_desk.core.deals import Stage, Step
from anjia_desk.services.deal_views import DealDetail, StepLine
from anjia_desk.ui.deals.format import INACTIVE_ROW, NEXT_STEP_BACKGROUND, make_table
from anjia_desk.ui.deals.rules import DealActions
from anjia_desk.ui.formatting import default_zone, format_day, format_local
from anjia_desk.ui.tables import Column, ColumnTableModel


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
        return NEXT_STEP_BACKGROUND if row.is_next else None

    def row_foreground(self, row: StepLine) -> QColor | None:
        return INACTIVE_ROW if row.done_at is None and not row.is_next else None


class ProgressTab(QWidget):
    """进度: `steps_model` in `steps_table`, `next_label`, and `sign_button`, `step_button`,
    `deliver_button` (the window connects them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.steps_model = StepsModel(self)
        self.steps_table = make_table(self.steps_model)
        layout.addWidget(self.steps_table, 1)
        row = QHBoxLayout()
        self.next_label = QLabel()
        row.addWidget(self.next_label)
        row.addStretch(1)
        self.sign_button = QPushButton("签约…")
        self.step_button = QPushButton("完成此步…")
        self.deliver_button = QPushButton("交付…")
        for button in (self.sign_button, self.step_button, self.deliver_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        layout.addLayout(row)

    def show_deal(self, d: DealDetail, zone: ZoneInfo, actions: DealActions) -> None:
        self.steps_model.zone = zone
        self.steps_model.set_rows(d.steps)
        step = actions.next_step
        due = next((line.due_on for line in d.steps if line.is_next), None)
        if step is None:
            self.next_label.setText("所有步骤已完成。" if d.stage is not Stage.CANCELLED else "")
        else:
            when = f"，应于 {format_day(due)} 前完成" if due else ""
            self.next_label.setText(f"下一步：{step.label}{when}")
        self.sign_button.setVisible(actions.sign)
        self.deliver_button.setVisible(actions.deliver)
        self.step_button.setVisible(actions.complete_step)
        for button, action in (
            (self.sign_button, DealAction.SIGN),
            (self.deliver_button, DealAction.DELIVER),
            (self.step_button, DealAction.COMPLETE_STEP),
        ):
            why_not = actions.why_not.get(action, "")
            button.setEnabled(not why_not)
            button.setToolTip(why_not)
        if step is not None and step not in (Step.SIGN, Step.DELIVER, Step.SUBSCRIBE):
            self.step_button.setText(f"完成“{step.label}”…")
