"""The dialogs of a deal's 预防 tab (issue 18): 登记已签署… (when the buyer signed the 风险告知书),
登记预验房… (the day of the viewing), 添加问题… (an issue found, with its promised fix date) and
整改完成… (the day it was fixed). Each hands its write to the operation layer the one way
(ui/forms.py `FormDialog.save`); the day defaults to today."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from anjia_desk.core.errors import ValidationError
from anjia_desk.core.inspection_forms import (
    NOTE_MAX,
    PLACE_MAX,
    RESPONSIBLE_MAX,
    TEXT_MAX,
    IssueForm,
)
from anjia_desk.services.preinspection import (
    IssueLine,
    add_issue,
    fix_issue,
    record_viewing,
)
from anjia_desk.services.risk_notice import record_signed
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.forms import DATE_HINT, FormDialog, Saved, line_edit, parse_day

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


def _required_day(text: str, key: str) -> date:
    day = parse_day(text, key)
    if day is None:
        raise ValidationError({key: "请填写日期"})
    return day


class SignedDialog(FormDialog):
    """登记已签署…: the day and time the buyer signed the printed 风险告知书."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, deal_id: int, label: str, zone: ZoneInfo
    ) -> None:
        super().__init__(
            ctx, parent, "登记风险告知书签署", "登记",
            f"{label}：买受人已在打印的风险告知书上签字。告知书不免除任何法定责任，"
            "签署也不作为办结投诉的依据。",
        )  # fmt: skip
        self.deal_id, self.zone = deal_id, zone
        now = ctx.clock().astimezone(zone)
        self.day = line_edit(10, DATE_HINT)
        self.day.setText(format_day(now.date()))
        self.clock_time = line_edit(5, "如 14:30")
        self.clock_time.setText(f"{now:%H:%M}")
        self.add("签署日期：", self.day, "signed_at")
        self.add("签署时间：", self.clock_time, "time")

    def save(self) -> ops.Work[Saved]:
        day = _required_day(self.day.text(), "signed_at")
        try:
            hour, minute = (int(part) for part in self.clock_time.text().strip().split(":"))
            moment = time(hour, minute)
        except ValueError as exc:
            raise ValidationError({"time": "时间请按 14:30 的格式填写"}) from exc
        deal_id, now = self.deal_id, self.ctx.clock()
        signed_at = datetime.combine(day, moment, tzinfo=self.zone)

        def work(session: Session, actor: Actor) -> Saved:
            record_signed(session, actor, deal_id, signed_at=signed_at, now=now)
            return Saved("已登记风险告知书签署。")

        return work


class ViewingDialog(FormDialog):
    """登记预验房…: the day the buyer viewed the home."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, deal_id: int, label: str, zone: ZoneInfo
    ) -> None:
        super().__init__(ctx, parent, "登记预验房", "登记", f"{label}：业主到场预验房的日期。")
        self.deal_id = deal_id
        self.day = line_edit(10, DATE_HINT)
        self.day.setText(format_day(ctx.clock().astimezone(zone).date()))
        self.add("预验房日期：", self.day, "day")

    def save(self) -> ops.Work[Saved]:
        day = _required_day(self.day.text(), "day")
        deal_id, now = self.deal_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            record_viewing(session, actor, deal_id, day, now=now)
            return Saved(f"已登记预验房日期 {format_day(day)}。")

        return work


class IssueDialog(FormDialog):
    """添加问题…: an issue found at the viewing, where, who fixes it and the date promised."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, deal_id: int, label: str) -> None:
        super().__init__(
            ctx, parent, "记录预验房问题", "添加",
            f"{label}：预验房发现的问题，写明承诺整改日期，到期未整改会出现在工作台。",
        )  # fmt: skip
        self.deal_id = deal_id
        self.text = line_edit(TEXT_MAX, "如 主卧墙面空鼓")
        self.place = line_edit(PLACE_MAX, "如 主卧")
        self.responsible = line_edit(RESPONSIBLE_MAX, "如 施工单位张工")
        self.promised = line_edit(10, DATE_HINT)
        self.add("问题：", self.text, "text")
        self.add("部位：", self.place, "place")
        self.add("整改责任人：", self.responsible, "responsible")
        self.add("承诺整改日期：", self.promised, "promised_on")
        self.text.setFocus()

    def save(self) -> ops.Work[Saved]:
        form = IssueForm(
            self.text.text(),
            parse_day(self.promised.text(), "promised_on"),
            self.place.text(),
            self.responsible.text(),
        )
        deal_id, now = self.deal_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            made = add_issue(session, actor, deal_id, form, now=now)
            return Saved("已记录预验房问题。", made)

        return work


class FixDialog(FormDialog):
    """整改完成…: the day the issue was fixed, and a note."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, issue: IssueLine, zone: ZoneInfo
    ) -> None:
        super().__init__(ctx, parent, "整改完成", "登记", f"问题：{issue.text}")
        self.issue_id = issue.id
        self.day = line_edit(10, DATE_HINT)
        self.day.setText(format_day(ctx.clock().astimezone(zone).date()))
        self.note = line_edit(NOTE_MAX, "如 已重新批灰刷漆，业主确认")
        self.add("整改完成日期：", self.day, "fixed_on")
        self.add("说明：", self.note, "note")

    def save(self) -> ops.Work[Saved]:
        day = _required_day(self.day.text(), "fixed_on")
        issue_id, note, now = self.issue_id, self.note.text(), self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            fix_issue(session, actor, issue_id, fixed_on=day, note=note, now=now)
            return Saved("已登记整改完成。")

        return work
