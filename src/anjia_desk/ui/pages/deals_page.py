"""The 交易 section's old address: it lives in ui/deals/section.py now (one module per tab).

shim: removed when issue 12 is integrated (ui/pages/__init__.py imports from here)."""

from __future__ import annotations

from anjia_desk.ui.deals.section import DealsSection, may_see_deals, tabs_for

__all__ = ["DealsSection", "may_see_deals", "tabs_for"]
