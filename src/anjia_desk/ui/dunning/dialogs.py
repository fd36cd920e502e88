"""The dialogs of 催款 (issue 16), shared by the 催款 page and the deal window's 催款 tab: a
letter's delivery and signed-for date, voiding a letter (with a reason, after a confirmation),
pausing a deal's dunning and lifting the pause, logging a call, and for a formal demand the
buyer's written request and 继续履行. Each writes through the operation layer (ui/forms.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from anjia_desk.core.dunning import (
    BlockForm,
    CallForm,
    CallOutcome,
    Delivery,
    DeliveryForm,
    stage_label,
    validate_block,
    validate_call,
    validate_delivery,
)
from anjia_desk.core.errors import ValidationError
from anjia_desk.services.dunning_actions import (
    block_deal,
    continue_contract,
    lift_block,
    log_call,
    record_buyer_request,
    record_delivery,
    void_letter,
)
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.forms import FormDialog, ReasonDialog, Saved, line_edit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


def date_edit(day: date, *, minimum: date | None = None, maximum: date | None = None) -> QDateEdit:
    """A date picked from a calendar, shown as 2026-03-05."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if minimum is not None:
        edit.setMinimumDate(qdate(minimum))
    if maximum is not None:
        edit.setMaximumDate(qdate(maximum))
    edit.setDate(qdate(day))
    edit.setMaximumWidth(150)
    return edit


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class LetterRef:
    """The letter a dialog is about, as the page or the tab knows it."""

    letter_id: int
    code: str
    stage: int
    letter_on: date
    delivery: Delivery = Delivery.NONE
    tracking_no: str = ""
    signed_on: date | None = None
    version: int | None = None


class DeliveryDialog(FormDialog):
    """登记送达: 当面签收 (signed for on the day given), 快递 or 挂号信 with its number, and the
    signed-for date once the slip comes back. `delivery`, `number`, `signed` (已签收) and
    `signed_on`."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, letter: LetterRef, today: date
    ) -> None:
        super().__init__(
            ctx,
            parent,
            f"登记送达 — {letter.code}",
            "保存",
            f"{letter.code}（{stage_label(letter.stage)}，{format_day(letter.letter_on)}）"
            "如何送到买受人手中；快递或挂号信的签收回执寄回后，再登记签收日期。",
        )
        self.letter = letter
        self.today = today
        self.delivery = QComboBox()
        for kind in (Delivery.IN_PERSON, Delivery.COURIER, Delivery.REGISTERED):
            self.delivery.addItem(kind.label, kind.value)
        if letter.delivery is not Delivery.NONE:
            self.delivery.setCurrentIndex(self.delivery.findData(letter.delivery.value))
        self.number = line_edit(40, "快递单号或挂号信号码")
        self.number.setText(letter.tracking_no)
        self.signed = QCheckBox("已签收")
        self.signed_on = date_edit(
            letter.signed_on or today, minimum=letter.letter_on, maximum=today
        )
        self.signed.setChecked(letter.signed_on is not None)
        self.add("送达方式：", self.delivery, "delivery")
        self.add("单号：", self.number, "number")
        self.add("", self.signed, "signed")
        self.add("签收日期：", self.signed_on, "signed_on")
        self._shown_kind = self.kind()
        self.delivery.currentIndexChanged.connect(self._kind_changed)
        self.signed.toggled.connect(self._signed_toggled)
        self._kind_changed()

    def kind(self) -> Delivery:
        return Delivery(str(self.delivery.currentData()))

    def _kind_changed(self, *_args: object) -> None:
        kind, before = self.kind(), self._shown_kind
        self._shown_kind = kind
        self.number.setEnabled(kind.needs_number)
        if kind is Delivery.IN_PERSON:
            self.signed.setChecked(True)  # handed over: signed for there and then
        elif before is Delivery.IN_PERSON and self.letter.signed_on is None:
            self.signed.setChecked(False)  # posted: signed for when the slip comes back
        self._signed_toggled()

    def _signed_toggled(self, *_args: object) -> None:
        self.signed_on.setEnabled(self.signed.isChecked())

    def values(self) -> DeliveryForm:
        kind = self.kind()
        return DeliveryForm(
            kind,
            self.number.text().strip() if kind.needs_number else "",
            day_of(self.signed_on) if self.signed.isChecked() else None,
        )

    def save(self) -> ops.Work[Saved]:
        form = self.values()
        letter = self.letter
        errors = validate_delivery(form, letter_on=letter.letter_on, today=self.today)
        if errors:
            raise ValidationError(errors)
        now = self.ctx.clock()
        signed = f"，{format_day(form.signed_on)} 签收" if form.signed_on else ""

        def work(session: Session, actor: Actor) -> Saved:
            record_delivery(session, actor, letter.letter_id, form, version=letter.version, now=now)
            return Saved(f"已登记 {letter.code} 的送达：{form.delivery.label}{signed}。")

        return work


class VoidLetterDialog(ReasonDialog):
    """作废 a letter logged in error: a reason, then a confirmation; its number stays used."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, letter: LetterRef) -> None:
        letter_id, version = letter.letter_id, letter.version
        code = letter.code

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            void_letter(session, actor, letter_id, reason, version=version, now=now)
            return f"{code} 已作废，编号保留不再使用。"

        super().__init__(
            ctx,
            parent,
            f"作废催款函 — {code}",
            f"{code}（{stage_label(letter.stage)}，{format_day(letter.letter_on)}）作废后编号"
            "保留、不再使用；如款项仍未付，该阶段会重新列入待出具。",
            act,
            ok_text="作废",
            reason_label="作废原因：",
            placeholder="如 打印卡纸、当天上午已到账",
        )
        self.code = code

    def confirm(self) -> bool:
        return self.ctx.dialogs.confirm(
            self, "作废催款函", f"确定作废 {self.code} 吗？作废后不能恢复。"
        )


class BlockDialog(FormDialog):
    """暂停催款 (site manager): a reason and an end date; letters stop, the penalty does not."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, deal_id: int, today: date) -> None:
        super().__init__(
            ctx,
            parent,
            "暂停催款",
            "暂停",
            "正在协商的交易可暂停出具催款函和致电提醒，到结束日期后自动恢复；违约金照常计算。",
        )
        self.deal_id = deal_id
        self.today = today
        self.reason = line_edit(200, "如 与买受人协商分期补缴")
        self.ends_on = date_edit(
            today + timedelta(days=30), minimum=today, maximum=today + timedelta(days=366)
        )
        self.add("原因：", self.reason, "reason")
        self.add("暂停至：", self.ends_on, "ends_on")
        self.reason.setFocus()

    def values(self) -> BlockForm:
        return BlockForm(self.reason.text().strip(), day_of(self.ends_on))

    def save(self) -> ops.Work[Saved]:
        form = self.values()
        errors = validate_block(form, today=self.today)
        if errors:
            raise ValidationError(errors)
        deal_id, now = self.deal_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            block_deal(session, actor, deal_id, form, now=now)
            return Saved(f"已暂停催款至 {format_day(form.ends_on)}。")

        return work


def lift_block_dialog(
    ctx: AppContext, parent: QWidget | None, block_id: int, version: int | None
) -> ReasonDialog:
    """解除暂停 (talks failed): letters are due again from today."""

    def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
        lift_block(session, actor, block_id, reason, version=version, now=now)
        return "已解除暂停，今天起恢复催款。"

    return ReasonDialog(
        ctx,
        parent,
        "解除暂停催款",
        "解除后，今天起重新计算应出具的催款函。",
        act,
        ok_text="解除暂停",
        reason_label="解除原因：",
        placeholder="如 协商未达成",
    )


class CallDialog(FormDialog):
    """登记致电: the outcome — 承诺付款日期 (with the date: the next stage waits until it has
    passed), 无人接听, 有异议 (with a note) — and a note."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, deal_id: int, stage: int, today: date
    ) -> None:
        super().__init__(
            ctx,
            parent,
            f"登记致电 — {stage_label(stage)}",
            "保存",
            "客户承诺付款日期的，该日期之前不再出具下一阶段的催款函。",
        )
        self.deal_id = deal_id
        self.stage = stage
        self.today = today
        self.outcome = QComboBox()
        for outcome in CallOutcome:
            self.outcome.addItem(outcome.label, outcome.value)
        self.promised_on = date_edit(
            today + timedelta(days=7), minimum=today, maximum=today + timedelta(days=180)
        )
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText("有异议时请简要记录")
        self.add("通话结果：", self.outcome, "outcome")
        self.add("承诺付款日期：", self.promised_on, "promised_on")
        self.add("备注：", self.note, "note")
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    def chosen(self) -> CallOutcome:
        return CallOutcome(str(self.outcome.currentData()))

    def _outcome_changed(self, *_args: object) -> None:
        self.promised_on.setEnabled(self.chosen() is CallOutcome.PROMISED)

    def values(self) -> CallForm:
        outcome = self.chosen()
        promised = day_of(self.promised_on) if outcome is CallOutcome.PROMISED else None
        return CallForm(outcome, promised, self.note.text().strip())

    def save(self) -> ops.Work[Saved]:
        form = self.values()
        errors = validate_call(form, today=self.today)
        if errors:
            raise ValidationError(errors)
        deal_id, stage, now = self.deal_id, self.stage, self.ctx.clock()
        promised = f"，承诺 {format_day(form.promised_on)} 付款" if form.promised_on else ""

        def work(session: Session, actor: Actor) -> Saved:
            log_call(session, actor, deal_id, form, stage=stage, now=now)
            return Saved(f"已登记致电：{form.outcome.label}{promised}。")

        return work


class BuyerRequestDialog(FormDialog):
    """登记买受人书面催告: the day the buyer asked in writing for a decision (the latest day to
    decide becomes three months after it, if earlier)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, letter: LetterRef, today: date
    ) -> None:
        super().__init__(
            ctx,
            parent,
            f"买受人书面催告 — {letter.code}",
            "保存",
            "买受人书面要求开发商作出是否解除合同的决定：最晚决定日改为收到后三个月（如更早）。",
        )
        self.letter = letter
        self.asked_on = date_edit(today, minimum=letter.letter_on, maximum=today)
        self.add("收到日期：", self.asked_on, "asked_on")
        self.layout_.insertWidget(1, hint_label("以上日期仅作提醒，不构成法律意见。"))

    def save(self) -> ops.Work[Saved]:
        letter, asked = self.letter, day_of(self.asked_on)
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            record_buyer_request(
                session, actor, letter.letter_id, asked, version=letter.version, now=now
            )
            return Saved(f"已登记买受人于 {format_day(asked)} 书面催告。")

        return work


def continue_dialog(ctx: AppContext, parent: QWidget | None, letter: LetterRef) -> ReasonDialog:
    """继续履行 (site manager): the formal demand's dates leave the 工作台."""
    letter_id, version, code = letter.letter_id, letter.version, letter.code

    def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
        continue_contract(session, actor, letter_id, reason, version=version, now=now)
        return f"已登记继续履行（{code}）。"

    return ReasonDialog(
        ctx,
        parent,
        f"继续履行 — {code}",
        "决定继续履行合同、不行使解除权：该催告函的三个日期不再在工作台提醒。",
        act,
        ok_text="继续履行",
        reason_label="理由：",
        placeholder="如 买受人已补缴大部分款项，约定月底结清",
    )
