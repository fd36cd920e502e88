"""Going to a page of the main window by its address ("section" or "section/tab"): each role's
start page after login (core.roles.start_page), and the first-run checklist's buttons."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QListWidget, QTabWidget, QWidget

from anjia_desk.core.roles import start_page
from anjia_desk.ui.pages import Section


class Navigable(Protocol):
    """What of the main window this needs: its sections and their navigation list."""

    sections: list[Section]
    nav: QListWidget


def go_to(window: Navigable, address: str) -> bool:
    """Show `address`; False (nothing changed) when this person has no such section or tab."""
    key, _, tab = address.partition("/")
    keys = [s.key for s in window.sections]
    if key not in keys:
        return False
    row = keys.index(key)
    if tab and not _select_tab(window.sections[row].widget, tab):
        return False
    window.nav.setCurrentRow(row)
    return True


def open_start_page(window: Navigable) -> None:
    """The page of the logged-in person's role, or the first section."""
    from anjia_desk.ui.context import AppContext

    ctx = getattr(window, "ctx", None)
    address = start_page(ctx.actor.roles) if isinstance(ctx, AppContext) else None
    if address is None or not go_to(window, address):
        window.nav.setCurrentRow(0 if window.sections else -1)


def _select_tab(widget: QWidget, tab: str) -> bool:
    """A section's tab by key: 交易 keeps them in `tab_widgets`, 设置 in `pages`."""
    pages = getattr(widget, "tab_widgets", None)
    if pages is None:
        pages = getattr(widget, "pages", None)
    tabs = widget if isinstance(widget, QTabWidget) else getattr(widget, "tabs", None)
    if isinstance(pages, dict) and tab in pages and isinstance(tabs, QTabWidget):
        tabs.setCurrentWidget(pages[tab])
        return True
    return False
