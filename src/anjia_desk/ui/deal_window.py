"""The deal window's old address: it lives in ui/deals/window.py now (its tabs beside it).

shim: removed when issue 12 is integrated (units_page, workbench_page and scripts/screenshots.py
import `open_deal` from here)."""

from __future__ import annotations

from anjia_desk.ui.deals.window import DealWindow, open_deal

__all__ = ["DealWindow", "open_deal"]
