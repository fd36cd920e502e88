"""修改受理信息 (issue 18): the 投诉 list's intake dialog (ui/complaints/intake_dialog.py) filled
with the case as taken in, to correct its 5W2H, contacts, nature, point, the referral's details
and the people on it. The channel, the intake time and the level stay as they are (a level
change has its own button, with its reason), and so do the customer and the deal;
services.complaints.edit_complaint writes it with the case's version."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from anjia_desk.core.complaint_forms import IntakeForm
from anjia_desk.services.complaint_views import ComplaintDetail
from anjia_desk.ui import ops
from anjia_desk.ui.complaints.dialogs import CaseRef
from anjia_desk.ui.complaints.intake_dialog import IntakeDialog
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import Saved

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


def _set_moment(edit: QDateTimeEdit, moment: datetime) -> None:
    edit.setDateTime(
        QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
    )


class EditDialog(IntakeDialog):
    """The intake dialog on an existing case: `channel`, `intake_at` and `level` shown and
    fixed; the customer and deal rows hidden (they stay)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, case: CaseRef, d: ComplaintDetail
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(f"修改受理信息 — {case.code}")
        self.ok_button.setText("保存")
        self.case = case
        self.detail = d
        self.channel.setCurrentIndex(self.channel.findData(d.channel.value))
        _set_moment(self.intake_at, d.intake_at)
        self.level.setCurrentIndex(self.level.findData(d.level.value))
        for fixed in (self.channel, self.intake_at, self.level):
            fixed.setEnabled(False)
        self.level_hint.setText("调整等级请用“调整等级”（写明原因）")
        if d.referrer is not None:
            self.referrer.setCurrentIndex(self.referrer.findData(d.referrer.value))
        self.referred_ref.setText(d.referred_ref)
        if d.referred_due_at is not None:
            _set_moment(self.referred_due_at, d.referred_due_at)
        self.who.setText(d.who)
        self.phone.setText(d.contact_phone)
        self.nature.setCurrentIndex(self.nature.findData(d.nature.value))
        self.point.setEditText(d.point)
        self.media_risk.blockSignals(True)
        self.media_risk.setChecked(d.media_risk)
        self.media_risk.blockSignals(False)
        self.group_size.setValue(d.group_size)
        self.happened.setText(d.happened)
        self.place.setText(d.place)
        self.what.setPlainText(d.what)
        self.why.setPlainText(d.why)
        self.how_much.setText(d.how_much)
        self.how_to_solve.setPlainText(d.how_to_solve)
        self.engineer.setText(d.engineer)
        self.contractor.setText(d.contractor)
        self.butler.setText(d.butler)
        self.multi_department.setChecked(d.multi_department)
        for field in (self.picker, self.deal):  # the customer and the deal stay
            row = field.parentWidget() if field is not None else None
            for form in (self.form, self.right):
                if row is not None and form.indexOf(row) >= 0:
                    form.setRowVisible(row, False)
        self.who.setFocus()

    def values(self) -> IntakeForm:
        form = super().values()
        return replace(form, customer_id=self.detail.customer_id, deal_id=self.detail.deal_id)

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.complaints import edit_complaint

        form = self.values()
        case, now = self.case, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            edit_complaint(session, actor, case.id, form, version=case.version, now=now)
            return Saved(f"{case.code} 的受理信息已修改。")

        return work
