"""Moved to ui.importing (issue 12)."""

# shim: removed when issue 12 is integrated
from anjia_desk.ui.importing.files import last_folder, open_in_system, remember_folder
from anjia_desk.ui.importing.wizard import ImportWizard

__all__ = ["ImportWizard", "last_folder", "open_in_system", "remember_folder"]
