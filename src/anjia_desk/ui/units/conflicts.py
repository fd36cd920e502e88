"""The 房源 dialogs on the shared form convention (ui.forms), with one addition: a write refused
because the unit, hold or project changed on another PC meanwhile (ConflictError) closes the
dialog and says so through `conflicted`, so the page reloads the 销控表 and shows the message,
instead of keeping the dialog open on stale data."""

from __future__ import annotations

from PySide6.QtCore import Signal

from anjia_desk.core.errors import ConflictError, UserError
from anjia_desk.ui.forms import FormDialog, ReasonDialog

#: What the page shows after a conflict, once the board is reloaded.
RELOADED = "{message}。销控表已重新载入，请核对后再操作。"


class UnitFormDialog(FormDialog):
    """A FormDialog whose conflicts close it and go to the page."""

    #: The conflict's message; the dialog is closing (rejected).
    conflicted = Signal(str)

    def _refused(self, exc: UserError) -> None:
        if isinstance(exc, ConflictError):
            self.ok_button.setEnabled(True)
            self.conflicted.emit(exc.message)
            self.reject()
            return
        super()._refused(exc)


class UnitReasonDialog(ReasonDialog):
    """The shared ReasonDialog (设为不可售, 释放, 过号), its conflicts closing it like above."""

    conflicted = Signal(str)

    def _refused(self, exc: UserError) -> None:
        if isinstance(exc, ConflictError):
            self.ok_button.setEnabled(True)
            self.conflicted.emit(exc.message)
            self.reject()
            return
        super()._refused(exc)
