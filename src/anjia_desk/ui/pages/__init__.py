"""The sections of the left navigation. A section appears only when it works (DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from anjia_desk.ui.context import AppContext


@dataclass
class Section:
    key: str  # stable id, e.g. "settings"
    title: str  # navigation label, e.g. "设置"
    widget: QWidget


def build_sections(ctx: AppContext) -> list[Section]:
    """The sections for the logged-in user, in navigation order."""
    return []
