"""设置 › 办公设置: a list of topics on the left, one page of settings per topic on the right,
generated from the settings registry (core/settings.py).

Each topic is changed only by the roles the role table gives it (core.settings.GROUP_ACTIONS):
the other roles see it read-only, with a note naming who may change it. Unsaved changes are never
lost silently: moving to another topic, or closing the window, asks 保存 / 放弃 / 取消 first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError
from anjia_desk.core.settings import GROUPS, SPECS, SettingSpec, SettingValue, group_action
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import FieldErrors, MessageBar, add_field, show_user_error
from anjia_desk.ui.formatting import who_may
from anjia_desk.ui.pages.settings_editors import BoundedSpinBox, Editor, ZoneBox, same
from anjia_desk.ui.widgets import LazyPage

__all__ = ["BoundedSpinBox", "SettingsPage", "ZoneBox"]

#: The width of the list of topics (pixels).
TOPICS_WIDTH = 150


class SettingsPage(LazyPage):
    """Every registered setting, one page per topic (the registry's groups)."""

    #: Emitted after a successful save (with the keys that changed).
    saved = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        used = [spec.group for spec in SPECS.values()]
        self.topics = [g for g in dict.fromkeys([*GROUPS, *used]) if g in used]
        self.editable_topics = {g for g in self.topics if ctx.actor.can(group_action(g))}
        #: Whether this person may change at least one topic.
        self.editable = bool(self.editable_topics)
        self.errors = FieldErrors()
        self.editors: dict[str, Editor] = {}
        self._labels: dict[str, QLabel] = {}
        self._saved: dict[str, SettingValue] = {}
        self._loading = False
        #: What to do once the save under way succeeds (switch topic, close the window).
        self._after_save: Callable[[], None] | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)

        self.note = MessageBar(self)
        outer.addWidget(self.note)

        body = QHBoxLayout()
        body.setSpacing(12)
        self.topic_list = QListWidget()
        self.topic_list.setObjectName("settingsTopics")
        self.topic_list.setFixedWidth(TOPICS_WIDTH)
        self.topic_list.setSpacing(3)
        self.stack = QStackedWidget()
        for group in self.topics:
            item = QListWidgetItem(group)
            if group not in self.editable_topics:
                item.setText(f"{group}（只读）")
                item.setForeground(QColor(palette.INACTIVE))
                item.setToolTip(f"只读：由{who_may(group_action(group))}修改")
            self.topic_list.addItem(item)
            specs = [s for s in SPECS.values() if s.group == group]
            self.stack.addWidget(self._topic_page(group, specs))
        self._align_labels()
        body.addWidget(self.topic_list)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)

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

        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        for editor in self.editors.values():
            editor.set_editable(editor.spec.group in self.editable_topics)
            editor.connect_changed(self._update_dirty)
        self.topic_list.currentRowChanged.connect(self._topic_picked)
        self.topic_list.setCurrentRow(0)
        self._show_topic(0)

    def _topic_page(self, group: str, specs: list[SettingSpec]) -> QScrollArea:
        """One topic: its settings in a form (in a scroll area for a very small screen only)."""
        box = QGroupBox(group)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        for spec in specs:
            editor = Editor(spec)
            if editor.pick_button is not None:
                # A bound method, never a lambda capturing the page (Qt would delete it twice).
                editor.pick_button.clicked.connect(
                    self._edit_plan if spec.picker == "plan" else self._choose_folder
                )
            self.editors[spec.key] = editor
            label = QLabel("" if spec.kind is bool else f"{spec.label}：")
            self._labels[spec.key] = label
            add_field(form, label, editor.field, self.errors, spec.key, spec.help)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName(f"topic:{group}")
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

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
        """编辑…: a payment-plan template row by row, 认购后 or 签约后; saved at once."""
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
        """One label column for all topics, wide enough for a label in bold (changed)."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        width = max(
            (metrics.horizontalAdvance(lb.text()) for lb in self._labels.values()), default=0
        )
        for label in self._labels.values():
            label.setMinimumWidth(width + 4)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # --- topics ---

    @property
    def current_topic(self) -> str:
        return self.topics[self.stack.currentIndex()]

    def show_topic(self, group: str) -> None:
        """Go to `group`'s page, as a click on it in the list (asking first about unsaved
        changes of the page shown)."""
        self.topic_list.setCurrentRow(self.topics.index(group))

    def _topic_picked(self, row: int) -> None:
        if row < 0 or row == self.stack.currentIndex():
            return
        # The list shows the page still open until the question is answered.
        self._select_row(self.stack.currentIndex())
        self.ask_then(lambda: self._show_topic(row))

    def _select_row(self, row: int) -> None:
        self.topic_list.blockSignals(True)
        self.topic_list.setCurrentRow(row)
        self.topic_list.blockSignals(False)

    def _show_topic(self, row: int) -> None:
        self._select_row(row)
        self.stack.setCurrentIndex(row)
        group = self.topics[row]
        editable = group in self.editable_topics
        if editable:
            self.note.clear_message()
        else:
            self.note.show_info(
                f"“{group}”的设置只有{who_may(group_action(group))}可以修改；您可以查看当前的值。"
            )
        self.revert_button.setVisible(editable)
        self.save_button.setVisible(editable)
        self.message.clear_message()
        self.errors.clear()

    def ask_then(self, proceed: Callable[[], None]) -> None:
        """`proceed` at once when nothing is unsaved; else ask 保存 / 放弃 / 取消 first: save and
        then proceed (not when the save is refused), discard the changes and proceed, or stay."""
        if not self.is_dirty():
            proceed()
            return
        names = "、".join(SPECS[key].label for key in self.dirty_keys())
        answer = self.ctx.dialogs.save_discard_cancel(
            self, "未保存的修改", f"“{self.current_topic}”有未保存的修改：{names}。要先保存吗？"
        )
        if answer == "save":
            self._after_save = proceed
            self.save()
        elif answer == "discard":
            self.revert()
            proceed()

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
            if editor.spec.group in self.editable_topics
            and not same(editor.spec, editor.read(), self._saved[key])
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
            self._after_save = None
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
        self._after_save = None
        show_user_error(exc, self.message, self.errors)
        self._update_dirty()

    def _saved_values(self, values: dict[str, SettingValue], keys: list[str]) -> None:
        """After a save: the form is clean at once (its reload may still be on its way)."""
        self._saved = dict(values)
        self._update_dirty()
        labels = "、".join(SPECS[key].label for key in keys)
        self.message.show_ok(f"已保存：{labels}。")
        self.saved.emit(keys)
        proceed, self._after_save = self._after_save, None
        if proceed is not None:
            proceed()
