"""Moved to ui.customers.window (issue 12)."""

# shim: removed when issue 12 is integrated
from anjia_desk.ui.customers.window import CustomerDialog, open_customer

__all__ = ["CustomerDialog", "open_customer"]
