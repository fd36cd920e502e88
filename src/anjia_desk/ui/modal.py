"""Modal dialogs that outlast the inactivity lock: `run_modal` runs a dialog's exec() and asks
again once the same person unlocks; `message_box` is a message box run that way.

The inactivity lock (ui/lock.py) hides every window, and hiding a dialog ends its exec(). Message
boxes and the secret prompt therefore run through `run_modal`, which asks again once the same
person unlocks (and answers "cancelled" when someone else logs in). The lock marks each window it
hides with the dynamic property `LOCK_STATE`.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

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
