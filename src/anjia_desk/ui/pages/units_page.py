"""The 房源 page moved to ui.units.page (issue 12); this name stays for its importers."""

# shim: removed when issue 12 is integrated
from anjia_desk.ui.units.page import REFRESH_MS, UnitsSection, may_see_units

__all__ = ["REFRESH_MS", "UnitsSection", "may_see_units"]
