"""The editors of the settings page: one widget per setting kind (a spin box for a number, a
check box for yes/no, a list of time zones for the office's zone, a line for the rest)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from anjia_desk.core.dunning import DEFAULT_LADDER, FAST_LADDER
from anjia_desk.core.settings import DECIMAL, LIST, SettingSpec, SettingValue

#: The ladder's presets, one click each beside `dunning.ladder` (issue 16): (button, days).
LADDER_PRESETS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("默认阶梯", DEFAULT_LADDER),
    ("快速阶梯", FAST_LADDER),
)

#: The zones offered first, with their Chinese names: the office's usual one, then China's other
#: and the region's common ones; every other zone the system knows follows, in order.
COMMON_ZONES: tuple[tuple[str, str], ...] = (
    ("Asia/Shanghai", "北京时间"),
    ("Asia/Urumqi", "乌鲁木齐"),
    ("Asia/Hong_Kong", "香港"),
    ("Asia/Macau", "澳门"),
    ("Asia/Taipei", "台北"),
    ("Asia/Singapore", "新加坡"),
    ("Asia/Kuala_Lumpur", "吉隆坡"),
    ("Asia/Bangkok", "曼谷"),
    ("Asia/Ho_Chi_Minh", "胡志明市"),
    ("Asia/Jakarta", "雅加达"),
    ("Asia/Manila", "马尼拉"),
    ("Asia/Seoul", "首尔"),
    ("Asia/Tokyo", "东京"),
    ("Asia/Kolkata", "印度"),
    ("Asia/Dubai", "迪拜"),
)


def zone_choices() -> list[tuple[str, str]]:
    """(zone id, text shown) for the time-zone list: COMMON_ZONES first, then the others."""
    common = [(zone, f"{zone}（{name}）") for zone, name in COMMON_ZONES]
    known = {zone for zone, _ in COMMON_ZONES}
    rest = sorted(zone for zone in available_timezones() if zone not in known)
    return [*common, *((zone, zone) for zone in rest)]


class ZoneBox(QComboBox):
    """The office's time zone, chosen from a list (typing its first letters finds it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        choices = zone_choices()
        for index, (zone, text) in enumerate(choices):
            self.addItem(text, zone)
            if index == len(COMMON_ZONES) - 1 and len(choices) > len(COMMON_ZONES):
                self.insertSeparator(self.count())
        self.setMaxVisibleItems(20)
        self.setMinimumWidth(260)
        self.setMaximumWidth(420)

    def zone(self) -> str:
        return str(self.currentData() or "")

    def set_zone(self, zone: str) -> None:
        index = self.findData(zone)
        if index < 0:  # a zone this computer's list lacks: shown as it is, never lost
            self.insertItem(0, zone, zone)
            index = 0
        self.setCurrentIndex(index)


# Typing a number outside the allowed range is let through so that the rule can be explained
# next to the field; the arrows and the wheel stay inside it.
_TYPING_LIMIT = 999_999


class BoundedSpinBox(QSpinBox):
    """A spin box whose arrows keep within [minimum, maximum] but whose text accepts any integer,
    so that an out-of-range value reaches validation instead of being silently corrected."""

    def __init__(self, minimum: int | None, maximum: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.allowed_min = minimum if minimum is not None else -_TYPING_LIMIT
        self.allowed_max = maximum if maximum is not None else _TYPING_LIMIT
        self.setRange(-_TYPING_LIMIT, _TYPING_LIMIT)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setMaximumWidth(160)

    def stepBy(self, steps: int) -> None:
        target = min(max(self.value() + steps, self.allowed_min), self.allowed_max)
        self.setValue(target)
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly():
            return flags
        if self.value() > self.allowed_min:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.value() < self.allowed_max:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def raw_value(self) -> int | str:
        """What the person typed: an int when it reads as one, else the text as it is."""
        text = self.cleanText().strip()
        try:
            return int(text)
        except ValueError:
            return text


def _line_width(spec: SettingSpec) -> int:
    """A text field about as wide as its longest sensible value (pixels)."""
    if spec.kind is DECIMAL:
        return 160
    if spec.kind is LIST:
        return 360
    if spec.max_length is None:
        return 220
    if spec.max_length <= 8:  # a time of day, a short code
        return 100
    return min(560, max(220, spec.max_length * 9))


def _whole(bound: int | Decimal | None) -> int | None:
    return None if bound is None else int(bound)


def _tip(spec: SettingSpec) -> str:
    """The tooltip: the help, then the bounds and how to write a list."""
    notes = []
    if spec.kind is LIST:
        notes.append("多项用顿号（、）或逗号分隔")
    if spec.kind in (int, DECIMAL, LIST) and (spec.minimum is not None or spec.maximum is not None):
        low = spec.minimum if spec.minimum is not None else "…"
        high = spec.maximum if spec.maximum is not None else "…"
        notes.append(f"{'每项' if spec.kind is LIST else ''}范围 {low}–{high}")
    if spec.kind is DECIMAL and spec.places is not None:
        notes.append(f"最多 {spec.places} 位小数")
    extra = "，".join(notes)
    if spec.help and extra:
        return f"{spec.help}（{extra}）"
    return spec.help or extra


class Editor:
    """One setting's widget, reading and writing plain values."""

    def __init__(self, spec: SettingSpec) -> None:
        self.spec = spec
        self.widget: QWidget
        #: What goes into the form: the widget itself, or the widget with its 选择… button.
        self.field: QWidget
        self.pick_button: QPushButton | None = None
        #: Buttons that fill the field with a preset (the ladder's 默认阶梯 / 快速阶梯).
        self.preset_buttons: list[QPushButton] = []
        if spec.kind is bool:
            self.widget = QCheckBox(spec.label)
        elif spec.kind is int:
            self.widget = BoundedSpinBox(_whole(spec.minimum), _whole(spec.maximum))
        elif spec.picker == "zone":
            self.widget = ZoneBox()
        else:
            line = QLineEdit()
            if spec.max_length is not None and spec.kind is str:
                line.setMaxLength(spec.max_length)
            line.setFixedWidth(_line_width(spec))
            self.widget = line
        self.field = self.widget
        if spec.picker in ("folder", "plan") and isinstance(self.widget, QLineEdit):
            self.pick_button = QPushButton("选择…" if spec.picker == "folder" else "编辑…")
            self.pick_button.setObjectName(f"pick:{spec.key}")
            self.pick_button.setProperty("setting_key", spec.key)
            self.field = QWidget()
            row = QHBoxLayout(self.field)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.widget)
            row.addWidget(self.pick_button)
            row.addStretch(1)
        if spec.picker == "ladder" and isinstance(self.widget, QLineEdit):
            self.field = QWidget()
            row = QHBoxLayout(self.field)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.widget)
            for text, days in LADDER_PRESETS:
                button = QPushButton(text)
                button.setAutoDefault(False)
                button.setObjectName(f"preset:{spec.key}:{text}")
                button.setToolTip(f"填入 {spec.text(days)}（保存后生效）")
                button.clicked.connect(self._preset(days))
                self.preset_buttons.append(button)
                row.addWidget(button)
            row.addStretch(1)
        self.widget.setObjectName(f"setting:{spec.key}")
        tip = _tip(spec)
        if tip:
            self.widget.setToolTip(tip)

    def _preset(self, days: tuple[int, ...]) -> Any:
        def fill() -> None:
            self.write(days)

        return fill

    def read(self) -> Any:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, BoundedSpinBox):
            return widget.raw_value()
        if isinstance(widget, ZoneBox):
            return widget.zone()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def write(self, value: SettingValue) -> None:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, BoundedSpinBox):
            widget.setValue(int(str(value)))
        elif isinstance(widget, ZoneBox):
            widget.set_zone(str(value))
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(self.spec.text(value))
            widget.setCursorPosition(0)

    def set_editable(self, editable: bool) -> None:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            widget.setEnabled(editable)
        elif isinstance(widget, BoundedSpinBox):
            widget.setReadOnly(not editable)
            widget.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows
                if editable
                else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
        elif isinstance(widget, ZoneBox):
            widget.setEnabled(editable)
        else:
            assert isinstance(widget, QLineEdit)
            widget.setReadOnly(not editable)
        if self.pick_button is not None:
            self.pick_button.setEnabled(editable)
        for button in self.preset_buttons:
            button.setEnabled(editable)

    def connect_changed(self, slot: Any) -> None:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            widget.toggled.connect(slot)
        elif isinstance(widget, BoundedSpinBox):
            widget.textChanged.connect(slot)
        elif isinstance(widget, ZoneBox):
            widget.currentIndexChanged.connect(slot)
        else:
            assert isinstance(widget, QLineEdit)
            widget.textChanged.connect(slot)


def same(spec: SettingSpec, shown: Any, saved: SettingValue) -> bool:
    if spec.kind is str:
        return str(shown).strip() == str(saved)
    if spec.kind is DECIMAL or spec.kind is LIST:
        # "0.50" shows the saved 0.5 and "3, 7" the saved 3、7; text that does not read is a
        # change (saving it explains why it is refused).
        value, problem = spec.validate(shown)
        return problem is None and value == saved
    return bool(shown == saved)
