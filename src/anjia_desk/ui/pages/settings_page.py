"""设置 › 常规与信头: a form generated from the settings registry (core/settings.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.core.settings import DECIMAL, GROUPS, LIST, SPECS, SettingSpec, SettingValue
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import FieldErrors, MessageBar, add_field, show_user_error
from anjia_desk.ui.formatting import who_may
from anjia_desk.ui.widgets import LazyPage

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


class _Editor:
    """One setting's widget, reading and writing plain values."""

    def __init__(self, spec: SettingSpec) -> None:
        self.spec = spec
        self.widget: QWidget
        #: What goes into the form: the widget itself, or the widget with its 选择… button.
        self.field: QWidget
        self.pick_button: QPushButton | None = None
        if spec.kind is bool:
            self.widget = QCheckBox(spec.label)
        elif spec.kind is int:
            self.widget = BoundedSpinBox(_whole(spec.minimum), _whole(spec.maximum))
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
        self.widget.setObjectName(f"setting:{spec.key}")
        tip = _tip(spec)
        if tip:
            self.widget.setToolTip(tip)

    def read(self) -> Any:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, BoundedSpinBox):
            return widget.raw_value()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def write(self, value: SettingValue) -> None:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, BoundedSpinBox):
            widget.setValue(int(str(value)))
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
        else:
            assert isinstance(widget, QLineEdit)
            widget.setReadOnly(not editable)
        if self.pick_button is not None:
            self.pick_button.setEnabled(editable)

    def connect_changed(self, slot: Any) -> None:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            widget.toggled.connect(slot)
        elif isinstance(widget, BoundedSpinBox):
            widget.textChanged.connect(slot)
        else:
            assert isinstance(widget, QLineEdit)
            widget.textChanged.connect(slot)


def _same(spec: SettingSpec, shown: Any, saved: SettingValue) -> bool:
    if spec.kind is str:
        return str(shown).strip() == str(saved)
    if spec.kind is DECIMAL or spec.kind is LIST:
        # "0.50" shows the saved 0.5 and "3, 7" the saved 3、7; text that does not read is a
        # change (saving it explains why it is refused).
        value, problem = spec.validate(shown)
        return problem is None and value == saved
    return bool(shown == saved)


class SettingsPage(LazyPage):
    """Every registered setting, grouped as the registry groups them."""

    #: Emitted after a successful save (with the keys that changed).
    saved = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editable = ctx.actor.can(Action.EDIT_SETTINGS)
        self.errors = FieldErrors()
        self.editors: dict[str, _Editor] = {}
        self._labels: dict[str, QLabel] = {}
        self._saved: dict[str, SettingValue] = {}
        self._loading = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)

        self.note = MessageBar(self)
        if not self.editable:
            self.note.show_info(
                f"这些设置只有{who_may(Action.EDIT_SETTINGS)}可以修改；您可以查看当前的值。"
            )
        outer.addWidget(self.note)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.setSpacing(12)
        for group in GROUPS:
            specs = [s for s in SPECS.values() if s.group == group]
            if specs:
                body_layout.addWidget(self._group_box(group, specs))
        body_layout.addStretch(1)
        self._align_labels()
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)

        self.message = MessageBar(self)
        outer.addWidget(self.message)

        buttons = QHBoxLayout()
        self.dirty_label = QLabel("● 有未保存的修改")
        self.dirty_label.setStyleSheet(f"color:{palette.DUE_SOON};")
        self.dirty_label.hide()
        buttons.addWidget(self.dirty_label)
        buttons.addStretch(1)
        self.revert_button = QPushButton("还原")
        self.revert_button.setToolTip("放弃未保存的修改，显示已保存的值")
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton("保存")
        self.save_button.setToolTip("保存（Enter 或 Ctrl+S）")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.revert_button.setVisible(self.editable)
        self.save_button.setVisible(self.editable)

        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        for editor in self.editors.values():
            editor.set_editable(self.editable)
            editor.connect_changed(self._update_dirty)
        self._update_dirty()

    def _group_box(self, group: str, specs: list[SettingSpec]) -> QGroupBox:
        box = QGroupBox(group)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        for spec in specs:
            editor = _Editor(spec)
            if editor.pick_button is not None:
                # A bound method, never a lambda capturing the page (Qt would delete it twice).
                editor.pick_button.clicked.connect(
                    self._edit_plan if spec.picker == "plan" else self._choose_folder
                )
            self.editors[spec.key] = editor
            label = QLabel("" if spec.kind is bool else f"{spec.label}：")
            self._labels[spec.key] = label
            add_field(form, label, editor.field, self.errors, spec.key, spec.help)
        return box

    def _choose_folder(self) -> None:
        """选择…: pick a folder for a folder setting; the choice still needs 保存."""
        from pathlib import Path

        button = self.sender()
        key = button.property("setting_key") if button is not None else None
        editor = self.editors.get(str(key))
        if editor is None:
            return
        current = str(editor.read()).strip()
        start = Path(current) if current else Path.home()
        chosen = self.ctx.dialogs.choose_dir(self, f"选择{editor.spec.label}", start)
        if chosen is not None:
            editor.write(str(chosen))

    def _edit_plan(self) -> None:
        """编辑…: a payment-plan template row by row, 认购后 or 签约后 (issue 13); saved at once."""
        from anjia_desk.ui.pages.plan_dialog import PlanTemplateDialog

        button = self.sender()
        key = str(button.property("setting_key")) if button is not None else ""
        editor = self.editors.get(key)
        if editor is None:
            return
        dialog = PlanTemplateDialog(self.ctx, self, key, str(editor.read()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._plan_saved)
        self.plan_dialog: PlanTemplateDialog | None = dialog
        dialog.open()

    def _plan_saved(self, text: str) -> None:
        dialog = self.plan_dialog
        self.plan_dialog = None
        if dialog is None:
            return
        key, value = dialog.key, dialog.saved_text
        self._saved[key] = value
        editor = self.editors[key]
        self._loading = True
        try:
            editor.write(value)
        finally:
            self._loading = False
        self._update_dirty()
        self.message.show_ok(text + "。")

    def _align_labels(self) -> None:
        """One label column for all groups, wide enough for a label in bold (changed)."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        width = max(
            (metrics.horizontalAdvance(lb.text()) for lb in self._labels.values()), default=0
        )
        for label in self._labels.values():
            label.setMinimumWidth(width + 4)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # --- state ---

    def reload(self) -> None:
        """Show the saved values (unsaved edits are kept when another page saved settings)."""
        from anjia_desk.services.settings import get_settings

        self.load(lambda session, _actor: get_settings(session), self._fill)

    def _fill(self, values: dict[str, SettingValue]) -> None:
        keep = self.dirty_keys()
        self._saved = dict(values)
        self._loading = True
        try:
            for key, editor in self.editors.items():
                if key not in keep:
                    editor.write(values[key])
        finally:
            self._loading = False
        self._update_dirty()

    def dirty_keys(self) -> list[str]:
        if not self._saved:
            return []
        return [
            key
            for key, editor in self.editors.items()
            if not _same(editor.spec, editor.read(), self._saved[key])
        ]

    def is_dirty(self) -> bool:
        return bool(self.dirty_keys())

    def _update_dirty(self, *_args: Any) -> None:
        if self._loading:
            return
        dirty = set(self.dirty_keys())
        for key, label in self._labels.items():
            font = label.font()
            font.setBold(key in dirty)
            label.setFont(font)
            editor_widget = self.editors[key].widget
            if isinstance(editor_widget, QCheckBox):
                font = editor_widget.font()
                font.setBold(key in dirty)
                editor_widget.setFont(font)
        self.dirty_label.setVisible(bool(dirty))
        self.save_button.setEnabled(bool(dirty))
        self.revert_button.setEnabled(bool(dirty))
        if dirty and self.message.kind == "ok":
            self.message.clear_message()

    # --- actions ---

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.editable:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):  # Enter on 还原 reverts, it does not save
                focus.click()
            else:
                self.save()
            return
        super().keyPressEvent(event)

    def revert(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        self._loading = True
        try:
            for key, editor in self.editors.items():
                editor.write(self._saved[key])
        finally:
            self._loading = False
        self._update_dirty()

    def save(self) -> None:
        """Save every changed value, or none of them when any is wrong."""
        if not self.editable:
            return
        from anjia_desk.services.settings import update_settings

        self.ensure_loaded()
        changes = {key: self.editors[key].read() for key in self.dirty_keys()}
        self.errors.clear()
        if not changes:
            self.message.show_info("没有需要保存的修改。")
            return
        self.save_button.setEnabled(False)
        ops.write(
            self.ctx,
            lambda session, actor: update_settings(session, actor, changes),
            parent=self,
            done=lambda values: self._saved_values(values, sorted(changes)),
            failed=self._save_failed,
        )

    def _save_failed(self, exc: UserError) -> None:
        show_user_error(exc, self.message, self.errors)
        self._update_dirty()

    def _saved_values(self, values: dict[str, SettingValue], keys: list[str]) -> None:
        """After a save: the form is clean at once (its reload may still be on its way)."""
        self._saved = dict(values)
        self._update_dirty()
        labels = "、".join(SPECS[key].label for key in keys)
        self.message.show_ok(f"已保存：{labels}。")
        self.saved.emit(keys)
