"""Look and feel shared by the window: the bundled Chinese font, the app icon, a small stylesheet,
and where the window remembers its state (last login name, geometry)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from anjia_desk.resources import resource
from anjia_desk.ui import palette

ORGANIZATION = "AnJia"
APPLICATION = "AnJiaDesk"
BUNDLED_FONT = ("fonts", "wqy-microhei.ttc")
ICON = ("icons", "anjia-desk.svg")

ACCENT = palette.ACCENT
ERROR = palette.ERROR

STYLESHEET = f"""
QListWidget#nav {{
    background: #f3f5f4;
    border: none;
    border-right: 1px solid #d9dedc;
    font-size: 15px;
    padding-top: 8px;
    outline: none;
}}
QListWidget#nav::item {{
    padding: 10px 18px;
    border: none;
}}
QListWidget#nav::item:selected {{
    background: {ACCENT};
    color: white;
}}
QListWidget#nav::item:hover:!selected {{
    background: #e2e8e5;
}}
QLabel[role="error"] {{
    color: {ERROR};
}}
QLabel[role="hint"] {{
    color: #6b7370;
}}
QLabel[role="title"] {{
    font-size: 18px;
    font-weight: bold;
}}
QWidget#lockCover {{
    background: #26312d;
}}
QLabel#lockText {{
    color: #e8efec;
    font-size: 20px;
}}
"""

_font_family: str | None = None


def install_font(app: QApplication) -> str | None:
    """Register the bundled WenQuanYi Micro Hei and make it the UI's fallback for Chinese.

    The system's UI font stays first (Latin text looks native); characters it lacks come from the
    bundled font, so Chinese renders on a PC without any CJK font. Returns the family, or None
    when the font file is missing (the system's own fallback is used then)."""
    global _font_family
    if _font_family is None:
        font_id = QFontDatabase.addApplicationFont(str(resource(*BUNDLED_FONT)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            return None
        _font_family = families[0]
    font = QFont(app.font())
    families = [f for f in font.families() if f != _font_family] or [font.family()]
    font.setFamilies([*families, _font_family])
    app.setFont(font)
    return _font_family


def app_icon() -> QIcon:
    path = resource(*ICON)
    return QIcon(str(path)) if path.is_file() else QIcon()


def apply_style(app: QApplication) -> None:
    """Fusion (the same on Windows and Linux), the bundled font and the small stylesheet."""
    app.setStyle("Fusion")
    install_font(app)
    app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(app_icon())


def ui_state() -> QSettings:
    """Where the window remembers small things (last login name, window geometry).

    With $ANJIA_DESK_HOME set (tests, portable installs) this is an INI file there, so a test
    never writes the user's own configuration; otherwise the platform's usual place."""
    home = os.environ.get("ANJIA_DESK_HOME")
    if home:
        return QSettings(str(Path(home) / "ui-state.ini"), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


#: How much of the screen's free area (the desktop less the taskbar) a window may take: its
#: title bar and frame must fit too, so that nothing opens taller than a 1366×768 screen shows.
SCREEN_SHARE = 0.92


def size_on_screen(window: QWidget, width: int, height: int) -> tuple[int, int]:
    """`width`×`height`, or less on a small screen: within SCREEN_SHARE of the free area of the
    screen the window is on (the primary one before it is shown)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * SCREEN_SHARE))
        height = min(height, int(available.height() * SCREEN_SHARE))
    return width, height


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to `width`×`height`, or less on a small screen (size_on_screen)."""
    window.resize(*size_on_screen(window, width, height))
