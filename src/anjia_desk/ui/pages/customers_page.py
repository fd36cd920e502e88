"""Moved to ui.customers.section (issue 12)."""

# shim: removed when issue 12 is integrated
from anjia_desk.ui.customers.section import CustomersSection

__all__ = ["CustomersSection"]
