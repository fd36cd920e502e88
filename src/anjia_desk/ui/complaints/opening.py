"""Opening one complaint's window from the 投诉 screens (issue 18): the list, the case library and
the intake dialog open a case here; the window (ui/complaints/window.py) is imported when a case
is first opened, so the section builds without it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from anjia_desk.ui.context import AppContext

WINDOW_MODULE = "anjia_desk.ui.complaints.window"


def open_case(ctx: AppContext, complaint_id: int, parent: QWidget | None) -> None:
    """The case's window (one per case; an open one comes to the front)."""
    from anjia_desk.ui.complaints.window import open_complaint

    open_complaint(ctx, complaint_id, parent)
