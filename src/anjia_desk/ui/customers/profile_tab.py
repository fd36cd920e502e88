"""资料: every field of a customer's profile (DOMAIN §2), option lists from the settings, errors
beside the fields. The window saves it (Ctrl+S or 保存)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.customers import BUYER_TYPES, GENDERS, PURPOSES, CustomerForm, Options
from anjia_desk.core.errors import ValidationError
from anjia_desk.services.customer_detail import CustomerDetail
from anjia_desk.ui.customers.common import phone_text
from anjia_desk.ui.fields import FieldErrors, add_field, hint_label
from anjia_desk.ui.formatting import format_day, format_local


def fill_combo(box: QComboBox, items: Iterable[str], current: str) -> None:
    """A blank first, the options, and the current value even when the settings dropped it."""
    box.clear()
    values = ["", *items]
    if current and current not in values:
        values.append(current)
    box.addItems(values)
    box.setCurrentText(current)


def combo(items: list[str], current: str) -> QComboBox:
    box = QComboBox()
    fill_combo(box, items, current)
    return box


class ProfileTab(QWidget):
    """资料: every field of DOMAIN §2, option lists from the settings, errors beside fields."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.focus_boxes: dict[str, QCheckBox] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        self.body = QWidget()
        scroll.setWidget(self.body)
        body_layout = QVBoxLayout(self.body)
        self.columns = QHBoxLayout()
        body_layout.addLayout(self.columns)
        body_layout.addStretch(1)  # fields keep their height; the free space goes below
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setVerticalSpacing(6)
        self.columns.addLayout(left, 1)
        self.columns.addSpacing(16)
        self.columns.addLayout(right, 1)

        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.phone = QLabel()
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gender = combo(list(GENDERS), "")
        self.age_band = QComboBox()
        self.family_structure = QComboBox()
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText("如 1990-05-01，可不填")
        self.channel = QComboBox()
        self.awareness = QComboBox()
        self.consent = QLabel()
        self.marketing_opt_in = QCheckBox("同意接收营销信息（单独授权）")
        self.do_not_disturb = QCheckBox("勿扰（不做关怀、问候和营销联系）")
        add_field(left, "姓名：", self.name, self.errors, "name")
        add_field(left, "手机号：", self.phone, self.errors, "phone", "更换请用上方“更换手机号…”")
        add_field(left, "性别：", self.gender, self.errors, "gender")
        add_field(left, "年龄段：", self.age_band, self.errors, "age_band")
        add_field(left, "家庭结构：", self.family_structure, self.errors, "family_structure")
        add_field(left, "生日：", self.birthday, self.errors, "birthday")
        add_field(left, "来源渠道：", self.channel, self.errors, "channel")
        add_field(left, "认知途径：", self.awareness, self.errors, "awareness")
        left.addRow("个人信息告知：", self.consent)
        add_field(left, "", self.marketing_opt_in, self.errors, "marketing_opt_in")
        add_field(left, "", self.do_not_disturb, self.errors, "do_not_disturb")

        self.budget = QLineEdit()
        self.budget.setPlaceholderText("万元，如 200-300")
        self.area = QLineEdit()
        self.area.setPlaceholderText("㎡，如 90-120")
        self.layout_edit = QLineEdit()
        self.layout_edit.setPlaceholderText("如 三房两厅")
        self.floor_preference = QLineEdit()
        self.floor_preference.setPlaceholderText("如 中高层")
        self.purpose = combo(list(PURPOSES), "")
        self.buyer_type = combo(list(BUYER_TYPES), "")
        self.focus_box = QWidget()
        self.focus_grid = QGridLayout(self.focus_box)
        self.focus_grid.setContentsMargins(0, 0, 0, 0)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        add_field(right, "预算（万元）：", self.budget, self.errors, "budget")
        add_field(right, "面积（㎡）：", self.area, self.errors, "area")
        add_field(right, "意向户型：", self.layout_edit, self.errors, "layout")
        add_field(right, "楼层偏好：", self.floor_preference, self.errors, "floor_preference")
        add_field(right, "置业目的：", self.purpose, self.errors, "purpose")
        add_field(right, "客户类型：", self.buyer_type, self.errors, "buyer_type")
        add_field(right, "关注点：", self.focus_box, self.errors, "focus")
        add_field(right, "备注：", self.notes, self.errors, "notes")

        bar = QHBoxLayout()
        self.hint = hint_label("Ctrl+S 保存")
        bar.addWidget(self.hint)
        bar.addStretch(1)
        self.save_button = QPushButton("保存")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_requested)
        bar.addWidget(self.save_button)
        outer.addLayout(bar)

    def load(self, detail: CustomerDetail, options: Options, zone: ZoneInfo) -> None:
        form = detail.form
        self.errors.clear()
        self.name.setText(form.name)
        self.phone.setText(phone_text(detail, "—"))
        self.gender.setCurrentText(form.gender)
        fill_combo(self.age_band, options.age_bands, form.age_band)
        fill_combo(self.family_structure, options.family_structures, form.family_structure)
        fill_combo(self.channel, options.channels, form.channel)
        fill_combo(self.awareness, options.awareness, form.awareness)
        self.birthday.setText(format_day(form.birthday))
        self.consent.setText(
            f"已同意（{format_local(detail.consent_at, zone)}）" if detail.consent_at else "未记录"
        )
        self.marketing_opt_in.setChecked(form.marketing_opt_in)
        self.do_not_disturb.setChecked(form.do_not_disturb)
        self.budget.setText(form.budget)
        self.area.setText(form.area)
        self.layout_edit.setText(form.layout)
        self.floor_preference.setText(form.floor_preference)
        self.purpose.setCurrentText(form.purpose)
        self.buyer_type.setCurrentText(form.buyer_type)
        for box in self.focus_boxes.values():
            box.deleteLater()
        self.focus_boxes = {}
        items = list(options.focus_points) + [
            f for f in form.focus if f not in options.focus_points
        ]
        for i, item in enumerate(items):
            box = QCheckBox(item)
            box.setChecked(item in form.focus)
            self.focus_boxes[item] = box
            self.focus_grid.addWidget(box, i // 3, i % 3, Qt.AlignmentFlag.AlignLeft)
        self.notes.setPlainText(form.notes)
        self.loaded_notes = form.notes
        for widget in self.editors():
            widget.setEnabled(detail.can_edit)

    def unsaved_notes(self) -> bool:
        """The 备注 was changed here and not saved yet."""
        loaded = getattr(self, "loaded_notes", None)
        return (
            loaded is not None
            and self.notes.isEnabled()
            and self.notes.toPlainText().strip() != loaded.strip()
        )

    def editors(self) -> list[QWidget]:
        return [
            self.name,
            self.gender,
            self.age_band,
            self.family_structure,
            self.birthday,
            self.channel,
            self.awareness,
            self.marketing_opt_in,
            self.do_not_disturb,
            self.budget,
            self.area,
            self.layout_edit,
            self.floor_preference,
            self.purpose,
            self.buyer_type,
            self.focus_box,
            self.notes,
            self.save_button,
        ]

    def values(self) -> CustomerForm:
        """The form; a birthday that is not a date raises ValidationError({"birthday": …})."""
        text = self.birthday.text().strip()
        birthday: date | None = None
        if text:
            try:
                birthday = date.fromisoformat(text.replace("/", "-").replace(".", "-"))
            except ValueError as exc:
                raise ValidationError({"birthday": "生日请按 1990-05-01 的格式填写"}) from exc
        return CustomerForm(
            name=self.name.text(),
            phone="",  # the phone changes only through 更换手机号…
            gender=self.gender.currentText(),
            age_band=self.age_band.currentText(),
            family_structure=self.family_structure.currentText(),
            budget=self.budget.text(),
            area=self.area.text(),
            layout=self.layout_edit.text(),
            floor_preference=self.floor_preference.text(),
            purpose=self.purpose.currentText(),
            buyer_type=self.buyer_type.currentText(),
            focus=tuple(item for item, box in self.focus_boxes.items() if box.isChecked()),
            channel=self.channel.currentText(),
            awareness=self.awareness.currentText(),
            birthday=birthday,
            notes=self.notes.toPlainText(),
            marketing_opt_in=self.marketing_opt_in.isChecked(),
            do_not_disturb=self.do_not_disturb.isChecked(),
        )
