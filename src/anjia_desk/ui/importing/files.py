"""Files around an import or export: the file dialogs' filters, the folder last used (remembered
between runs), and opening a file or folder with the system's own program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from anjia_desk.ui.style import ui_state

FILE_FILTERS = "Excel 或 CSV 文件 (*.xlsx *.xls *.csv *.ods);;所有文件 (*)"
REPORT_FILTERS = "Excel 工作簿 (*.xlsx)"
FOLDER_SETTING = "exchange/folder"


def open_in_system(path: Path) -> bool:
    """Open a file or folder with the system's own program (Excel, the file manager)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def last_folder() -> Path:
    """The folder of the last file opened or saved here (the home folder at first)."""
    value = ui_state().value(FOLDER_SETTING, "")
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    ui_state().setValue(FOLDER_SETTING, str(path.parent))
