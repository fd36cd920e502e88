"""The complaint window's small dialogs for intake and the clocks (issue 18): the level changed
with its reason (the new level's rule said as it is chosen), the response (到场/回电) and the first
answer with their time, a note with its side, and a text with a write (a progress line, the
closing note, the lesson). The plain reasons (暂停计时, 退回方案, 驳回, 作废, 未达标办结, 重新打开)
are ReasonDialogs built in ui/complaints/actions.py. Each writes through the operation layer
(ui/forms.py FormDialog) with the case's version where the service takes one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QPlainTextEdit, QWidget

from anjia_desk.core.complaint_kinds import EVIDENCE_SIDES, NoteKind, Side, Solution
from anjia_desk.core.complaints import Channel, Level
from anjia_desk.core.errors import ValidationError
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.forms import FormDialog, Saved, line_edit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

#: The longest note the services keep (services.complaints NOTE_MAX).
TEXT_MAX = 2000


@dataclass(frozen=True)
class CaseRef:
    """The case a dialog is about, as the window knows it."""

    id: int
    version: int
    code: str  # TS-000012
    title: str  # 王建国 — 客厅地面空鼓
    today: date
    zone: ZoneInfo
    intake_at: datetime  # office time
    level: Level
    channel: Channel
    solution: Solution | None = None
    deal_id: int | None = None
    who: str = ""
    lesson: str = ""


def text_edit(placeholder: str = "", height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def moment_edit(now: datetime, zone: ZoneInfo) -> QDateTimeEdit:
    local = now.astimezone(zone)
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    edit.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))
    edit.setMaximumWidth(180)
    return edit


def moment_of(edit: QDateTimeEdit, zone: ZoneInfo) -> datetime:
    value = edit.dateTime()
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=zone)


def checked_text(edit: QPlainTextEdit, key: str, what: str, *, required: bool = True) -> str:
    text = edit.toPlainText().strip()
    if required and not text:
        raise ValidationError({key: f"请填写{what}"})
    if len(text) > TEXT_MAX:
        raise ValidationError({key: f"不能超过{TEXT_MAX}个字"})
    return text


class LevelDialog(FormDialog):
    """调整等级: the new level (its deadline rule and owner said as it is chosen) and why; the
    deadline is recomputed from intake."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, case: CaseRef) -> None:
        super().__init__(
            ctx,
            parent,
            f"调整等级 — {case.code}",
            "调整",
            f"当前为{case.level.label}。调整后首次答复时限从受理时间起按新等级重新计算，"
            "原因记入处理记录。",
        )
        self.case = case
        self.level = QComboBox()
        for level in Level:
            if level is not case.level:
                self.level.addItem(level.label, level.value)
        self.rule = hint_label("")
        self.reason = line_edit(200, "如 客户联系了媒体、涉及多户")
        self.add("新等级：", self.level, "level")
        self.add("", self.rule, "rule")
        self.add("调整原因：", self.reason, "reason")
        self.level.currentIndexChanged.connect(self._chosen)
        self._chosen()
        self.reason.setFocus()

    def level_value(self) -> Level:
        return Level(str(self.level.currentData()))

    def _chosen(self, *_args: object) -> None:
        level = self.level_value()
        self.rule.setText(f"首次答复：{level.rule_text}；负责人：{level.owner.label}")

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.complaints import change_level

        level, reason = self.level_value(), self.reason.text().strip()
        if not reason:
            raise ValidationError({"reason": "请填写调整原因"})
        case, now = self.case, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            change_level(
                session, actor, case.id, level, reason=reason, version=case.version, now=now
            )
            return Saved(f"{case.code} 已调整为{level.label}，首次答复时限已重新计算。")

        return work


class ResponseDialog(FormDialog):
    """登记到场/回电 (`answer=False`) or 登记首次答复 (`answer=True`): when, and what was said
    (required for the answer)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, case: CaseRef, *, answer: bool
    ) -> None:
        word = "到场" if case.channel is Channel.ON_SITE else "回电"
        title = "登记首次答复" if answer else f"登记{word}"
        intro = (
            "首次答复后，首次答复时限停止计算。"
            if answer
            else f"现场投诉 10 分钟内到场，电话、网络投诉 1 小时内回电。登记实际{word}时间。"
        )
        super().__init__(ctx, parent, f"{title} — {case.code}", "保存", intro)
        self.case = case
        self.answer = answer
        self.at = moment_edit(ctx.clock(), case.zone)
        self.note = text_edit("答复客户的内容" if answer else "说明（可不填）")
        self.add("时间：", self.at, "at")
        self.add("答复内容：" if answer else "说明：", self.note, "note")
        self.note.setFocus()

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.complaints import record_answer, record_response

        note = checked_text(self.note, "note", "答复内容", required=self.answer)
        at = moment_of(self.at, self.case.zone)
        case, now, answer = self.case, self.ctx.clock(), self.answer
        if at > now:
            raise ValidationError({"at": "时间不能晚于现在"})

        def work(session: Session, actor: Actor) -> Saved:
            if answer:
                record_answer(
                    session, actor, case.id, note=note, at=at, version=case.version, now=now
                )
                return Saved(f"{case.code} 已登记首次答复。")
            record_response(session, actor, case.id, note=note, at=at, now=now)
            return Saved(f"{case.code} 已登记到场/回电。")

        return work


class NoteDialog(FormDialog):
    """添加记录: 调查 (with the side its evidence comes from: the customer's papers, the office's
    records, a third-party inspection) or 沟通 (none)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, case: CaseRef) -> None:
        super().__init__(
            ctx,
            parent,
            f"添加调查/沟通记录 — {case.code}",
            "保存",
            "调查须从三方面取证：客户提供的材料、案场/公司记录、第三方检测。",
        )
        self.case = case
        self.kind = QComboBox()
        for kind in (NoteKind.INVESTIGATION, NoteKind.CONTACT):
            self.kind.addItem(kind.label, kind.value)
        self.side = QComboBox()
        for side in EVIDENCE_SIDES:
            self.side.addItem(side.label, side.value)
        self.text = text_edit("查到了什么、依据是什么", 100)
        self.add("类别：", self.kind, "kind")
        self.add("证据来源：", self.side, "side")
        self.add("内容：", self.text, "text")
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.text.setFocus()

    def kind_value(self) -> NoteKind:
        return NoteKind(str(self.kind.currentData()))

    def _kind_chosen(self, *_args: object) -> None:
        self.side.setEnabled(self.kind_value() is NoteKind.INVESTIGATION)

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.complaints import add_note

        kind = self.kind_value()
        side = Side(str(self.side.currentData())) if kind is NoteKind.INVESTIGATION else None
        text = checked_text(self.text, "text", "记录内容")
        case, now = self.case, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            add_note(session, actor, case.id, kind, text, side=side, now=now)
            where = f"（{side.label}）" if side is not None else ""
            return Saved(f"{case.code} 已添加{kind.label}记录{where}。")

        return work


#: A text dialog's write: `act(session, actor, text, now)` returns the done text.
TextAct = Callable[["Session", "Actor", str, datetime], str]


class TextDialog(FormDialog):
    """A longer text and its write (登记执行进度, 执行完成, 办结, 案例总结): `required` refuses an
    empty text beside the field."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        title: str,
        intro: str,
        act: TextAct,
        *,
        ok_text: str = "保存",
        label: str = "内容：",
        placeholder: str = "",
        required: bool = True,
        text: str = "",
    ) -> None:
        super().__init__(ctx, parent, title, ok_text, intro)
        self.act = act
        self.required = required
        self.label = label.rstrip("：")
        self.text = text_edit(placeholder, 110)
        self.text.setPlainText(text)
        self.add(label, self.text, "text")
        self.text.setFocus()

    def save(self) -> ops.Work[Saved]:
        text = checked_text(self.text, "text", self.label, required=self.required)
        act, now = self.act, self.ctx.clock()
        return lambda session, actor: Saved(act(session, actor, text, now))
