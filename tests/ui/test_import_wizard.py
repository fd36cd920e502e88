"""Moved to tests/ui/importing/test_wizard.py (issue 12); test_exchange_page imports its helpers
from here."""

# shim: removed when issue 12 is integrated
from tests.ui.importing.test_wizard import customers, make_xlsx

__all__ = ["customers", "make_xlsx"]
