"""The sheet kinds the import pipeline knows, in the order the wizard offers them. A new kind
(a services.importing_base.SheetKind) is added by writing its module and listing it here."""

from __future__ import annotations

from anjia_desk.services.import_customers import CUSTOMERS
from anjia_desk.services.import_units import UNITS
from anjia_desk.services.importing_base import SheetKind

SHEET_KINDS: tuple[SheetKind, ...] = (CUSTOMERS, UNITS)
