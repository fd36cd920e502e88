"""The 房源 dialogs on the shared form convention (ui.forms) close on a conflict: a write refused
because the unit, hold or project changed on another PC meanwhile (ConflictError) closes the
dialog and goes out through `conflicted`, so the page reloads the 销控表 and shows the message,
instead of keeping the dialog open on stale data."""

from __future__ import annotations

from anjia_desk.ui.forms import FormDialog, ReasonDialog

#: What the page shows after a conflict, once the board is reloaded.
RELOADED = "{message}。销控表已重新载入，请核对后再操作。"


class UnitFormDialog(FormDialog):
    """A FormDialog whose conflicts close it and go to the page."""

    closes_on_conflict = True


class UnitReasonDialog(ReasonDialog):
    """The shared ReasonDialog (设为不可售, 释放, 过号), its conflicts closing it like above."""

    closes_on_conflict = True
