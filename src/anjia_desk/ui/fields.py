"""Fields with their error label beside them, the message line of a page or dialog, the
OK/Cancel row, and showing a service's refusal where it belongs."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.ui import palette

ERROR_COLOR = palette.ERROR
HINT_COLOR = palette.HINT
QWIDGETSIZE_MAX = (1 << 24) - 1

_BAR_STYLES = {
    kind: f"background:{tint};color:{text};border:1px solid {border};"
    for kind, tint, text, border in (
        ("ok", palette.OK_TINT, palette.OK, "#a5d6a7"),
        ("error", palette.ERROR_TINT, palette.ERROR, "#f5b7b1"),
        ("warning", palette.WARNING_TINT, palette.WARNING, "#ffe082"),
        ("info", palette.INFO_TINT, palette.INFO, "#c5d9ee"),
    )
}

# --- messages and field errors


class MessageBar(QLabel):
    """One line (or a few) of feedback inside a page: success, error, warning or information."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setStyleSheet(f"QLabel{{{_BAR_STYLES[kind]}border-radius:4px;padding:6px 10px;}}")
        self.setText(text)
        self.show()

    def show_ok(self, text: str) -> None:
        self.show_message("ok", text)

    def show_error(self, text: str) -> None:
        self.show_message("error", text)

    def show_warning(self, text: str) -> None:
        self.show_message("warning", text)

    def show_info(self, text: str) -> None:
        self.show_message("info", text)

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color:{ERROR_COLOR};")
    label.hide()
    return label


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color:{HINT_COLOR};")
    return label


class FieldErrors:
    """The error labels of a form, by field name: shown beside (below) their field."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def __getitem__(self, key: str) -> QLabel:
        """The error label of field `key` (KeyError when the form has no such field)."""
        return self._labels[key]

    def __contains__(self, key: object) -> bool:
        return key in self._labels

    def label_for(self, key: str, parent: QWidget | None = None) -> QLabel:
        if key not in self._labels:
            self._labels[key] = error_label(parent)
        return self._labels[key]

    def message(self, key: str) -> str:
        label = self._labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def show(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Show each message beside its field; return those that have no field here."""
        self.clear()
        unplaced: dict[str, str] = {}
        for key, text in errors.items():
            label = self._labels.get(key)
            if label is None:
                unplaced[key] = text
            else:
                label.setText(text)
                label.show()
        return unplaced

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def any_shown(self) -> bool:
        return any(not label.isHidden() for label in self._labels.values())


def dialog_buttons(
    dialog: QDialog, ok_text: str, on_ok: Callable[[], object], *, hint: str = ""
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """The foot of a dialog: an optional grey hint, then 取消 (Esc) and the default button (Enter)
    on the right. Returns the row and the two buttons."""
    row = QHBoxLayout()
    if hint:
        row.addWidget(hint_label(hint))
    row.addStretch(1)
    cancel = QPushButton("取消")
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    ok = QPushButton(ok_text)
    ok.setDefault(True)
    ok.clicked.connect(on_ok)
    row.addWidget(cancel)
    row.addWidget(ok)
    return row, cancel, ok


def field_box(
    widget: QWidget,
    errors: FieldErrors,
    key: str,
    hint: str = "",
    parent: QWidget | None = None,
) -> QWidget:
    """`widget` with its error label (and an optional grey hint) directly below it."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    # A narrow field (or a check box, clickable only on its label) keeps its own width; its hint
    # and error may still use the whole row.
    # A message appearing below must never squeeze a one-line field: it keeps its height.
    if isinstance(widget, QLineEdit):
        widget.setMinimumHeight(widget.sizeHint().height())
    if isinstance(widget, QCheckBox) or widget.maximumWidth() < QWIDGETSIZE_MAX:
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
    else:
        layout.addWidget(widget)
    if hint:
        layout.addWidget(hint_label(hint, box))
    layout.addWidget(errors.label_for(key, box))
    return box


def add_field(
    form: QFormLayout,
    label: str | QLabel,
    widget: QWidget,
    errors: FieldErrors,
    key: str,
    hint: str = "",
) -> QWidget:
    """Add a form row: the label, the widget, its hint and its error label below it."""
    box = field_box(widget, errors, key, hint)
    if isinstance(label, QLabel):
        label.setBuddy(widget)
        form.addRow(label, box)
    else:
        form.addRow(label, box)
    return box


def grow_to_fit(window: QWidget) -> None:
    """Make `window` taller when messages appeared in it, so that no wrapped text (a notice, an
    error under a field) is squeezed or overlaps a field: Qt grows a window to its layout's
    minimum, which leaves out the height wrapped labels need at the window's width."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    wanted = window.heightForWidth(window.width())
    needed = max(wanted if wanted > 0 else 0, window.sizeHint().height())
    if needed > window.height():
        window.resize(window.width(), needed)


def show_user_error(
    exc: UserError, bar: MessageBar, errors: FieldErrors | None = None, *, prefix: str = ""
) -> None:
    """Show a service's refusal: field messages beside their fields, the rest in `bar`."""
    if isinstance(exc, ValidationError) and errors is not None:
        unplaced = errors.show(exc.fields)
        if unplaced:
            bar.show_error(prefix + "；".join(unplaced.values()))
        else:
            bar.show_error(prefix + "有填写不正确的项，请按红字提示修改，未保存任何内容。")
    else:
        bar.show_error(prefix + exc.message)
