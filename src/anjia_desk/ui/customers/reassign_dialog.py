"""批量转移: the site manager moves customers from one consultant to another — all of the first
one's customers (after confirming) or those selected in the list — with a reason. A FormDialog:
it checks, writes through the operation layer, and hands back the done text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from anjia_desk.core.errors import ValidationError
from anjia_desk.services.customers import FilterChoices, reassign_customers
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import FormDialog, Saved

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class ReassignDialog(FormDialog):
    """From one consultant to another, all their customers or the selected ones, with a
    reason."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        choices: FilterChoices,
        *,
        selected: list[int],
        from_id: int | None,
    ) -> None:
        super().__init__(ctx, parent, "批量转移客户", "转移")
        self.save_button = self.ok_button
        self.selected_ids = selected
        self.from_box = QComboBox()
        for staff in choices.consultants:
            self.from_box.addItem(staff.name, staff.id)
        if from_id is not None and self.from_box.findData(from_id) >= 0:
            self.from_box.setCurrentIndex(self.from_box.findData(from_id))
        self.to_box = QComboBox()
        for staff in choices.consultants:
            if staff.id in choices.active_ids:
                self.to_box.addItem(staff.name, staff.id)
        scope = QWidget()
        scope_layout = QVBoxLayout(scope)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        self.all_radio = QRadioButton("转出顾问名下的全部客户")
        self.selected_radio = QRadioButton(f"列表中选中的 {len(selected)} 位客户")
        self.selected_radio.setEnabled(bool(selected))
        (self.selected_radio if selected else self.all_radio).setChecked(True)
        scope_layout.addWidget(self.all_radio)
        scope_layout.addWidget(self.selected_radio)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("如：顾问离职交接、客户要求更换顾问")
        self.add("转出顾问：", self.from_box, "from_user_id")
        self.add("转入顾问：", self.to_box, "to_user_id")
        self.add("转移范围：", scope, "customer_ids")
        self.add("转移原因：", self.reason, "reason")

    def from_user_id(self) -> int | None:
        data = self.from_box.currentData()
        return int(data) if data is not None else None

    def to_user_id(self) -> int | None:
        data = self.to_box.currentData()
        return int(data) if data is not None else None

    def customer_ids(self) -> list[int] | None:
        """The selected customers, or None for all of the first consultant's."""
        return list(self.selected_ids) if self.selected_radio.isChecked() else None

    def confirm(self) -> bool:
        if self.customer_ids() is not None:
            return True  # the customers ticked in the list: no question
        who, whom = self.from_box.currentText(), self.to_box.currentText()
        question = f"把 {who} 名下的全部客户转给 {whom} 吗？历史记录会保留。"
        return self.ctx.dialogs.confirm(self, "批量转移客户", question)

    def save(self) -> ops.Work[Saved]:
        from_id, to_id = self.from_user_id(), self.to_user_id()
        missing = {}
        if from_id is None:
            missing["from_user_id"] = "请选择转出顾问"
        if to_id is None:
            missing["to_user_id"] = "请选择转入顾问"
        if from_id is None or to_id is None:
            raise ValidationError(missing)
        ids, reason, now = self.customer_ids(), self.reason.text(), self.ctx.clock()
        who, whom = self.from_box.currentText(), self.to_box.currentText()

        def work(session: Session, actor: Actor) -> Saved:
            count = reassign_customers(
                session,
                actor,
                from_user_id=from_id,
                to_user_id=to_id,
                customer_ids=ids,
                reason=reason,
                now=now,
            )
            return Saved(f"已把 {count} 位客户从 {who} 转给 {whom}。")

        return work
