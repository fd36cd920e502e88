"""The 房源 dialogs moved to ui.units.project_dialogs and ui.units.unit_dialogs, their reason
dialog is ui.forms.ReasonDialog (issue 12); this name stays for its importers."""

# shim: removed when issue 12 is integrated
from anjia_desk.ui.forms import ReasonDialog
from anjia_desk.ui.units.project_dialogs import BuildingDialog, ProjectDialog, parse_decimal
from anjia_desk.ui.units.unit_dialogs import HoldDialog, ReserveDialog

__all__ = [
    "BuildingDialog",
    "HoldDialog",
    "ProjectDialog",
    "ReasonDialog",
    "ReserveDialog",
    "parse_decimal",
]
