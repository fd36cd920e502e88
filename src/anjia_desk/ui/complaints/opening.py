"""Opening one complaint's window from the 投诉 screens (issue 18): the window lives in
ui/complaints/window.py, imported when a case is first opened."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from anjia_desk.ui.context import AppContext

WINDOW_MODULE = "anjia_desk.ui.complaints.window"


def open_case(ctx: AppContext, complaint_id: int, parent: QWidget | None) -> None:
    """The case's window (one per case; an open one is raised)."""
    window = importlib.import_module(WINDOW_MODULE)
    window.open_complaint(ctx, complaint_id, parent)
