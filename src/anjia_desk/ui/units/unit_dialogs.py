"""The selected unit's dialogs: 锁定 (find the customer, how many hours) and 保留 (until a day,
with the reason). The reasons of 设为不可售, 释放 and 过号 are asked by the shared ReasonDialog
(see unit_actions and choice).

Each follows the shared form convention (ui.forms): `save()` checks the fields and returns the
service call, the dialog runs it through the operation layer, the page reacts to `saved`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QSpinBox,
    QWidget,
)

from anjia_desk.core.errors import ValidationError
from anjia_desk.services.holds import hold_unit, reserve_unit
from anjia_desk.services.unit_views import UnitDetail
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.forms import CustomerPicker, Saved, line_edit
from anjia_desk.ui.units.conflicts import UnitFormDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class HoldDialog(UnitFormDialog):
    """锁定: find the customer by name, phone digits or initials; how many hours."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, detail: UnitDetail, hours: int
    ) -> None:
        super().__init__(ctx, parent, f"锁定 {detail.label}", "锁定")
        self.detail = detail
        self.layout_.insertWidget(
            0, hint_label(f"为客户锁定 {detail.label}：到期还没有认购，系统会自动释放。")
        )
        self.picker = CustomerPicker(ctx, self.errors, key="customer_id")
        self.add("客户：", self.picker, "customer_id")
        self.hours = QSpinBox()
        self.hours.setRange(1, 240)
        self.hours.setValue(hours)
        self.hours.setSuffix(" 小时")
        self.add("锁定时长：", self.hours, "hours")
        self.picker.search.setFocus()

    def save(self) -> ops.Work[Saved]:
        customer_id, name = self.picker.customer_id(), self.picker.customer_name()
        if customer_id is None:
            raise ValidationError({"customer_id": "请先搜索并选中一位客户"})
        hours = self.hours.value()
        unit_id, label = self.detail.id, self.detail.label
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            hold_unit(session, actor, unit_id, customer_id=customer_id, hours=hours, now=now)
            return Saved(f"已为 {name} 锁定 {label}，{hours} 小时后自动释放。")

        return work


@dataclass(frozen=True)
class ReserveForm:
    until: date
    reason: str


class ReserveDialog(UnitFormDialog):
    """保留: held back by the site manager until the end of a day, with the reason."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, detail: UnitDetail, today: date
    ) -> None:
        super().__init__(ctx, parent, f"保留 {detail.label}", "保留")
        self.detail = detail
        self.setMinimumWidth(440)
        self.layout_.insertWidget(
            0, hint_label("保留的房源不对外销售，到期当天结束后自动恢复可售。")
        )
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setMinimumDate(QDate(today.year, today.month, today.day))
        default = today + timedelta(days=7)
        self.until.setDate(QDate(default.year, default.month, default.day))
        self.reason = line_edit(200, "如 公司领导预留")
        self.add("保留至：", self.until, "until")
        self.add("原因：", self.reason, "reason")
        self.reason.setFocus()

    def values(self) -> ReserveForm:
        d = self.until.date()
        return ReserveForm(date(d.year(), d.month(), d.day()), self.reason.text().strip())

    def save(self) -> ops.Work[Saved]:
        form = self.values()
        until, reason = form.until, form.reason
        if not reason:
            raise ValidationError({"reason": "请填写保留原因"})
        unit_id, label = self.detail.id, self.detail.label
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            reserve_unit(session, actor, unit_id, until=until, reason=reason, now=now)
            return Saved(f"已保留 {label} 至 {format_day(until)}。")

        return work
