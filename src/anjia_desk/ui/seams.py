"""The one seam through which the window reaches modal dialogs: files, messages, printing.

Production code calls `ctx.dialogs.<method>`; tests replace `ctx.dialogs` with a scripted fake so
no test ever blocks on a modal dialog.

The inactivity lock (ui/lock.py) hides every window, and hiding a dialog ends its exec(). Message
boxes and the secret prompt therefore run through `run_modal`, which asks again once the same
person unlocks (and answers "cancelled" when someone else logs in). A file or print dialog hidden
by the lock is simply cancelled: the person starts that action again.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

#: The dynamic property the lock sets on each window it hides, and its values.
LOCK_STATE = "anjiaLockState"
LOCK_HIDDEN = "hidden"  # hidden while the window is locked
LOCK_RELEASED = "released"  # the same person unlocked: shown again
LOCK_DROPPED = "dropped"  # someone else logged in: closed, its question unanswered
#: Set by run_modal on the dialog it runs: the lock leaves showing it again to run_modal.
RUN_MODAL = "anjiaRunModal"


class _UnlockWatcher(QObject):
    """Ends `loop` when the lock changes the state of the dialog it watches (or deletes it)."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.DynamicPropertyChange
            and watched.property(LOCK_STATE) != LOCK_HIDDEN
        ):
            self.loop.quit()
        return False


def _wait_for_unlock(dialog: QDialog) -> bool:
    """Run the event loop while the lock keeps `dialog` hidden; True when the same person came
    back (ask again), False when someone else logged in, the dialog went or the app quits."""
    loop = QEventLoop()
    watcher = _UnlockWatcher(loop)
    dialog.installEventFilter(watcher)
    dialog.destroyed.connect(loop.quit)
    if dialog.property(LOCK_STATE) == LOCK_HIDDEN:
        loop.exec()
    if not shiboken6.isValid(dialog):
        return False
    dialog.removeEventFilter(watcher)
    return bool(dialog.property(LOCK_STATE) == LOCK_RELEASED)


def run_modal(dialog: QDialog) -> int:
    """`dialog.exec()` that outlasts the inactivity lock: hidden by the lock, the dialog is shown
    and asked again after the unlock; Rejected (0) when someone else logged in meanwhile."""
    dialog.setProperty(RUN_MODAL, True)
    while True:
        code = dialog.exec()
        if dialog.property(LOCK_STATE) != LOCK_HIDDEN:
            return code
        if not _wait_for_unlock(dialog):
            return QDialog.DialogCode.Rejected.value


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox.StandardButton:
    """A message box run with `run_modal`; the button pressed (NoButton when none was)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    try:
        run_modal(box)
        clicked = box.clickedButton()
        if clicked is None:
            return QMessageBox.StandardButton.NoButton
        return box.standardButton(clicked)
    finally:
        if shiboken6.isValid(box):
            box.deleteLater()


class Dialogs:
    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Information, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Warning, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = message_box(
            parent,
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None

    def open_file(
        self, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
        return Path(name) if name else None

    def choose_dir(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(name) if name else None

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        try:
            accepted = run_modal(dialog) == QDialog.DialogCode.Accepted.value
            return dialog.textValue() if accepted else None
        finally:
            if shiboken6.isValid(dialog):
                dialog.deleteLater()

    def print_pdf(self, parent: QWidget | None, pdf_path: Path) -> bool:
        """Show the system print dialog and print `pdf_path`; False when cancelled.

        Implemented in ui/print_preview.py (imported lazily: printing support is heavy)."""
        from anjia_desk.ui.print_preview import print_with_dialog

        return print_with_dialog(parent, pdf_path)
