"""The selected unit's dialogs: 锁定 (find the customer, how many hours) and 保留 (until a day,
with the reason). The reasons of 设为不可售, 释放 and 过号 are asked by the shared ReasonDialog
(see unit_actions and choice).

Each follows the shared form convention (ui.forms): `save()` checks the fields and returns the
service call, the dialog runs it through the operation layer, the page reacts to `saved`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.services.customers import CustomerQuery, customer_rows, search_customer_ids
from anjia_desk.services.holds import hold_unit, reserve_unit
from anjia_desk.services.unit_views import UnitDetail
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.forms import Saved, line_edit
from anjia_desk.ui.units.conflicts import UnitFormDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor
    from anjia_desk.services.customers import CustomerRow

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 30


def find_customers(
    session: Session, actor: Actor, text: str, *, now: datetime
) -> list[CustomerRow]:
    """The first customers matching `text` (name, phone digits or initials)."""
    ids = search_customer_ids(session, actor, CustomerQuery(text=text), now=now)[:SEARCH_LIMIT]
    return customer_rows(session, actor, ids, now=now)


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
        self.search = line_edit(32767, "姓名、手机号或拼音首字母")
        self.results = QListWidget()
        self.results.setMinimumHeight(140)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.search)
        box_layout.addWidget(self.results)
        self.add("客户：", box, "customer_id")
        self.hours = QSpinBox()
        self.hours.setRange(1, 240)
        self.hours.setValue(hours)
        self.hours.setSuffix(" 小时")
        self.add("锁定时长：", self.hours, "hours")

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._text_changed)
        self.results.itemDoubleClicked.connect(self._double_clicked)
        self.search.setFocus()

    def _text_changed(self, _text: str) -> None:
        self.timer.start()

    def _double_clicked(self, _item: QListWidgetItem) -> None:
        self.submit()

    def run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            return
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> list[CustomerRow]:
            return find_customers(session, actor, text, now=now)

        try:
            rows = ops.read_now(self.ctx, work)
        except UserError as exc:
            self.message.show_error(exc.message)
            return
        for row in rows:
            owner = f"（{row.owner_name}）" if row.owner_name else ""
            item = QListWidgetItem(f"{row.name}  {row.shown_phone}{owner}")
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name))
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        else:
            self.results.addItem(QListWidgetItem("没有找到这位客户"))

    def save(self) -> ops.Work[Saved]:
        item = self.results.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not chosen:
            raise ValidationError({"customer_id": "请先搜索并选中一位客户"})
        customer_id, name = int(chosen[0]), str(chosen[1])
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
