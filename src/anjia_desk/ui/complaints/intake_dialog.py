"""受理投诉…: a complaint taken in as it came (issue 18, DOMAIN §9) — the channel (外部转办 adds
the referring body, its reference number and its own deadline), the intake time (now unless
typed), who complains and their phone, the customer (the one customer picker) and one of their
deals, the 5W2H (when, where, what, why, how much, what the customer asks for), nature and level
— the level's answer rule and who will own the case shown as it is chosen, media attention making
it 一级 —, the complaint point (the office's list, or typed), how many households, the engineer,
contractor and property butler on it, and whether several departments must work together.

Two columns, so the whole form fits a 1366×768 screen. The checks are
core.complaint_forms.validate_intake (beside the fields); services.complaints.file_complaint
checks the rest. A refusal keeps the dialog open with everything typed; once saved, the new
case's window opens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.complaint_forms import (
    GROUP_MAX,
    POINT_MAX,
    IntakeForm,
    validate_intake,
)
from anjia_desk.core.complaint_kinds import Referrer
from anjia_desk.core.complaints import Channel, Level, Nature
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.services.complaint_intake import DealChoice, IntakeStart
from anjia_desk.ui import ops
from anjia_desk.ui.changes.dialogs import text_edit
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import add_field, hint_label
from anjia_desk.ui.forms import CustomerPicker, FormDialog, Saved, line_edit

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

#: A referring body's deadline when nothing else is known: a week after intake.
REFERRED_DEFAULT = timedelta(days=7)


def _datetime_edit(moment: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    edit.setDateTime(
        QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
    )
    edit.setMaximumWidth(180)
    return edit


class IntakeDialog(FormDialog):
    """受理投诉. Left: `channel` (+ `referrer`, `referred_ref`, `referred_due_at` for 外部转办),
    `intake_at`, `who`, `phone`, `picker` (absent for those who may not look customers up),
    `deal`, `nature`, `level` (+ `level_hint`), `media_risk`, `point`, `group_size`. Right:
    `happened`, `place`, `what`, `why`, `how_much`, `how_to_solve`, `engineer`, `contractor`,
    `butler`, `multi_department`. `complaint_id` once saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(ctx, parent, "受理投诉", "受理")
        self.setMinimumWidth(1080)
        self.complaint_id: int | None = None
        self.on_filed: Callable[[int], None] | None = None
        self.start: IntakeStart = ops.read_now(ctx, _read_start)
        local = ctx.clock().astimezone(self.start.zone)

        # Two columns: the form of FormDialog on the left, a second one on the right.
        self.layout_.removeItem(self.form)
        # Each column keeps its rows together at the top (a taller neighbour adds no gaps).
        columns = QHBoxLayout()
        self.right = QFormLayout()
        self.right.setLabelAlignment(self.form.labelAlignment())
        for i, form in enumerate((self.form, self.right)):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            if i:
                columns.addSpacing(16)
            columns.addLayout(column, 1)
        self.layout_.insertLayout(0, columns)

        # --- left: how it came, who, the case's kind
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(channel.label, channel.value)
        self.add("受理渠道：", self.channel, "channel")
        self.referrer = QComboBox()
        self.referrer.addItem("请选择", None)
        for referrer in Referrer:
            self.referrer.addItem(referrer.label, referrer.value)
        self.referred_ref = line_edit(40, "对方的工单编号")
        self.referred_due_at = _datetime_edit(local + REFERRED_DEFAULT)
        self.referral_rows = [
            self.add("转办单位：", self.referrer, "referrer"),
            self.add("转办编号：", self.referred_ref, "referred_ref"),
            self.add(
                "答复时限：", self.referred_due_at, "referred_due_at", "转办单位要求的答复时间"
            ),
        ]
        self.intake_at = _datetime_edit(local)
        self.add("受理时间：", self.intake_at, "intake_at")
        self.who = line_edit(60, "投诉人姓名（或“业主群 12 户”）")
        self.add("投诉人：", self.who, "who")
        self.phone = line_edit(20, "11位手机号或座机")
        self.phone.setMaximumWidth(220)
        self.add("联系电话：", self.phone, "contact_phone")
        self.picker: CustomerPicker | None = None
        if ctx.actor.can(Action.VIEW_CUSTOMERS):
            self.picker = CustomerPicker(ctx, self.errors, key="customer_id")
            self.add("客户：", self.picker, "customer_id", "可不选：不是登记过的客户时留空")
            self.picker.matches.currentIndexChanged.connect(self._customer_changed)
        self.deal = QComboBox()
        self.deal.addItem("不涉及具体交易", None)
        self.add("涉及交易：", self.deal, "deal_id")
        self.nature = QComboBox()
        self.nature.addItem("请选择", None)
        for nature in Nature:
            self.nature.addItem(nature.label, nature.value)
        self.add("投诉性质：", self.nature, "nature")
        self.level = QComboBox()
        self.level.addItem("请选择", None)
        for level in Level:
            self.level.addItem(level.label, level.value)
        self.level_hint = hint_label("")
        level_box = QWidget()
        level_row = QHBoxLayout(level_box)
        level_row.setContentsMargins(0, 0, 0, 0)
        level_row.addWidget(self.level)
        level_row.addWidget(self.level_hint, 1)
        self.add("投诉等级：", level_box, "level")
        self.media_risk = QCheckBox("有媒体关注风险（按一级处理）")
        self.add("", self.media_risk, "media_risk")
        self.point = QComboBox()
        self.point.setEditable(True)
        self.point.addItems(list(self.start.points))
        self.point.setCurrentIndex(-1)
        line = self.point.lineEdit()
        if line is not None:
            line.setMaxLength(POINT_MAX)
            line.setPlaceholderText("选择或输入")
        self.add("投诉点：", self.point, "point")
        self.group_size = QSpinBox()
        self.group_size.setRange(1, GROUP_MAX)
        self.group_size.setSuffix(" 户")
        self.group_size.setMaximumWidth(120)
        self.add("涉及户数：", self.group_size, "group_size")

        # --- right: the 5W2H and the people on it
        self.happened = line_edit(60, "如 2026-11-18 晚上、交房后第一场大雨")
        self.place = line_edit(100, "如 3栋2单元1201 客厅")
        self.what = text_edit("客户反映的问题，尽量用客户的原话", 84)
        self.why = text_edit("客户认为的原因、已知的情况", 56)
        self.how_much = line_edit(100, "如 约 12 平方米、3 户、5000 元")
        self.how_to_solve = text_edit("客户希望怎么解决", 56)
        self.engineer = line_edit(60, "工程部对接人")
        self.contractor = line_edit(60, "施工单位及联系人")
        self.butler = line_edit(60, "物业管家")
        self.multi_department = QCheckBox("需要多个部门协同处理")
        for label, widget, key in (
            ("发生时间：", self.happened, "happened"),
            ("发生地点：", self.place, "place"),
            ("投诉内容：", self.what, "what"),
            ("原因：", self.why, "why"),
            ("涉及金额/范围：", self.how_much, "how_much"),
            ("客户诉求：", self.how_to_solve, "how_to_solve"),
            ("工程部：", self.engineer, "engineer"),
            ("施工单位：", self.contractor, "contractor"),
            ("物业管家：", self.butler, "butler"),
            ("", self.multi_department, "multi_department"),
        ):
            add_field(self.right, label, widget, self.errors, key)

        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.media_risk.toggled.connect(self._media_toggled)
        self._channel_changed()
        self._level_changed()
        self.who.setFocus()

    # --- what shows for which choice

    def channel_value(self) -> Channel:
        return Channel(str(self.channel.currentData()))

    def level_value(self) -> Level | None:
        data = self.level.currentData()
        return Level(str(data)) if data else None

    def _channel_changed(self, *_args: object) -> None:
        referred = self.channel_value() is Channel.REFERRED
        for row in self.referral_rows:
            self.form.setRowVisible(row, referred)

    def _level_changed(self, *_args: object) -> None:
        level = self.level_value()
        if level is None:
            self.level_hint.setText("一级 24 小时、二级 3 个工作日、三级 1 个工作日内首次答复")
            return
        owner = self.start.owners.get(level, "")
        who = f"{level.owner.label} {owner}".strip() if owner else f"{level.owner.label}（暂无）"
        self.level_hint.setText(f"{level.rule_text}首次答复；负责人：{who}")

    def _media_toggled(self, checked: bool) -> None:
        if checked:
            self.level.setCurrentIndex(self.level.findData(Level.MAJOR.value))
        self.level.setEnabled(not checked)

    def _customer_changed(self, *_args: object) -> None:
        picker = self.picker
        self.deal.clear()
        self.deal.addItem("不涉及具体交易", None)
        if picker is None:
            return
        customer_id = picker.customer_id()
        if customer_id is None:
            return
        if not self.who.text().strip():
            self.who.setText(picker.customer_name())

        def deals(session: Session, actor: Actor) -> list[DealChoice]:
            from anjia_desk.services.complaint_intake import customer_deals

            return customer_deals(session, actor, customer_id)

        try:
            choices = ops.read_now(self.ctx, deals)
        except UserError as exc:
            self.errors.show({"deal_id": exc.message})
            return
        for choice in choices:
            self.deal.addItem(choice.label, choice.id)
        if len(choices) == 1:
            self.deal.setCurrentIndex(1)

    # --- saving

    def _moment(self, edit: QDateTimeEdit) -> datetime:
        value = edit.dateTime()
        day, time = value.date(), value.time()
        return datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=self.start.zone
        )

    def values(self) -> IntakeForm:
        """The form as typed; ValidationError when nature or level is not chosen."""
        missing: dict[str, str] = {}
        nature_data = self.nature.currentData()
        if not nature_data:
            missing["nature"] = "请选择投诉性质（质量、服务或承诺）"
        level = self.level_value()
        if level is None:
            missing["level"] = "请选择投诉等级"
        if missing:
            raise ValidationError(missing)
        assert level is not None
        channel = self.channel_value()
        referred = channel is Channel.REFERRED
        referrer_data = self.referrer.currentData()
        customer_id = self.picker.customer_id() if self.picker is not None else None
        deal_data = self.deal.currentData()

        def plain(edit: QPlainTextEdit) -> str:
            return edit.toPlainText().strip()

        return IntakeForm(
            channel=channel,
            who=self.who.text().strip(),
            what=plain(self.what),
            nature=Nature(str(nature_data)),
            level=level,
            intake_at=self._moment(self.intake_at),
            referrer=Referrer(str(referrer_data)) if referred and referrer_data else None,
            referred_ref=self.referred_ref.text().strip() if referred else "",
            referred_due_at=self._moment(self.referred_due_at) if referred else None,
            customer_id=customer_id,
            deal_id=int(deal_data) if deal_data is not None else None,
            contact_phone=self.phone.text().strip(),
            happened=self.happened.text().strip(),
            place=self.place.text().strip(),
            why=plain(self.why),
            how_much=self.how_much.text().strip(),
            how_to_solve=plain(self.how_to_solve),
            point=self.point.currentText().strip(),
            media_risk=self.media_risk.isChecked(),
            group_size=self.group_size.value(),
            engineer=self.engineer.text().strip(),
            contractor=self.contractor.text().strip(),
            butler=self.butler.text().strip(),
            multi_department=self.multi_department.isChecked(),
        )

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.complaints import file_complaint

        form = self.values()
        now = self.ctx.clock()
        errors = validate_intake(form, now=now)
        if errors:
            raise ValidationError(errors)

        def work(session: Session, actor: Actor) -> Saved:
            complaint_id = file_complaint(session, actor, form, now=now)
            return Saved(f"已受理{form.who}的投诉（{form.level.label}）。", complaint_id)

        return work

    def keep(self, made: object) -> None:
        self.complaint_id = made if isinstance(made, int) else None

    def open_made(self, _text: str = "") -> None:
        """Once saved: `on_filed` with the new case's id (the list opens its window)."""
        if self.complaint_id is not None and self.on_filed is not None:
            self.on_filed(self.complaint_id)


def _read_start(session: Session, actor: Actor) -> IntakeStart:
    from anjia_desk.services.complaint_intake import intake_start

    return intake_start(session, actor)


def open_intake(
    ctx: AppContext, parent: QWidget | None, on_filed: Callable[[int], None] | None = None
) -> IntakeDialog:
    """Open 受理投诉 (non-blocking); once saved, `on_filed(new id)` (the list opens the case's
    window: ui/complaints/opening.py — not imported here, so the case window's 修改受理… can
    reuse this dialog without an import cycle)."""
    dialog = IntakeDialog(ctx, parent)
    dialog.on_filed = on_filed
    dialog.saved.connect(dialog.open_made)
    dialog.open()
    return dialog
