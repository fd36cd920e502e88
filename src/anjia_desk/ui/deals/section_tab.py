"""What every tab of the 交易 section is: its filters, its table and what its list reads. The
section (section.py) loads the tab in front through `read` and hands the result to
`show_result`; a tab asks to be read again (a filter changed) with `reload_requested`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from anjia_desk.ui import ops


class SectionTab(QWidget):
    """A tab of 交易: `key` names it, `project_box` (if any) is filled with the projects by the
    section."""

    #: A filter changed: the section reads the tab (its key) again.
    reload_requested = Signal(str)

    key = ""

    def request_reload(self, *_changed: object) -> None:
        """A filter's signal lands here: ask the section to read this tab again."""
        self.reload_requested.emit(self.key)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_box: QComboBox | None = None

    def read(self, now: datetime) -> ops.Work[Any] | None:
        """What the tab's list reads with its filters as they are; None: nothing to read (the
        tab is emptied and counts as loaded). May refuse with ValidationError (a typed filter)."""
        raise NotImplementedError  # pragma: no cover - every tab overrides it

    def show_result(self, value: Any, zone: ZoneInfo, today: date) -> None:
        raise NotImplementedError  # pragma: no cover - every tab overrides it

    def clear(self) -> None:
        """Nothing to read (`read` gave None): show an empty list."""


def project_combo(with_all: bool) -> QComboBox:
    """A project filter; with `with_all` its first item is 全部项目 (None)."""
    box = QComboBox()
    box.setMinimumWidth(160)
    box.setProperty("with_all", with_all)
    return box
