"""The screenshot script's pictures are real pictures (run offscreen here, under Xvfb by hand), and
the bundled Chinese font and the icon load."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from anjia_desk.ui.style import app_icon, install_font

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("anjia_screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _colours(image: QImage, step: int = 4) -> set[int]:
    return {
        image.pixel(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    }


def test_screenshots_are_not_blank(qtbot, tmp_path):
    shots = _load_script().capture(tmp_path / "shots")
    expected = {"login", "main", "no-passphrase", "question", "settings", "locked", "unlock"}
    expected |= {"workbench", "workbench-consultant", "rotation", "customers", "customer"}
    expected |= {"registration", "exchange", "export", "import-preview", "import-check"}
    expected |= {"units", "deal", "deal-progress", "deal-payments", "receivables", "deals"}
    expected |= {"tickets", "registration-error", "erasure"}
    expected |= {"dunning", "dunning-preview"}  # issue 16
    expected |= {"changes", "change-order", "change-order-money", "deal-changes"}  # issue 17
    expected |= {"complaints", "complaint", "complaints-library", "complaints-review"}  # 18
    expected |= {"reports", "reports-funnel", "reports-money", "reports-drill"}  # issue 19
    expected |= {"reports-complaints", "reports-head-office", "reports-print"}
    assert expected | {"preview"} <= set(shots)
    minimum = {
        "login": (300, 150),
        "unlock": (300, 80),
        "question": (250, 60),
        "preview": (600, 700),
        "registration": (450, 400),
        "registration-error": (450, 450),
        "customer": (700, 500),  # opens at a share of the screen: offscreen is 800×600
        "customer-followups": (700, 500),
        "customer-risk": (700, 500),
        "export": (500, 200),
        "erasure": (560, 200),
        "import-preview": (850, 550),
        "import-check": (850, 550),
        "deal": (1000, 700),
        "deal-progress": (1000, 700),
        "deal-payments": (1000, 700),
        # issue 17: the order's window opens at a share of the screen (offscreen is 800×600)
        "change-order": (700, 500),
        "change-order-money": (700, 500),
        "change-order-progress": (700, 500),
        "change-order-manager": (700, 500),
        "change-request": (600, 350),
        # issue 18: the case window opens within the screen (offscreen is 800×600)
        "complaint": (700, 500),
        "complaint-visits": (700, 500),
        # issue 19: the list behind a day opens within the screen (offscreen is 800×600)
        "reports-drill": (600, 400),
        "reports-print": (600, 400),
    }
    for name, path in shots.items():
        image = QImage(str(path))
        assert not image.isNull(), name
        width, height = minimum.get(name, (1000, 700))
        assert image.width() >= width and image.height() >= height, name
        assert len(_colours(image)) >= 8, f"{name} looks blank"


def test_the_bundled_font_is_the_fallback_for_chinese(qtbot):
    app = QApplication.instance()
    saved = app.font()
    try:
        family = install_font(app)
        assert family == "WenQuanYi Micro Hei"
        assert app.font().families()[-1] == family
        assert len(app.font().families()) >= 2  # the system's UI font stays first
    finally:
        app.setFont(saved)


def test_the_app_icon_loads():
    assert not app_icon().isNull()
