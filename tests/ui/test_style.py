"""Windows open within the screen: nothing taller (or wider) than the free area of a small office
screen (1366×768 less its taskbar) with room for the title bar."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from anjia_desk.ui.style import SCREEN_SHARE, fit_on_screen, size_on_screen


def test_a_window_fits_the_free_area_of_its_screen(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    screen = window.screen()
    assert screen is not None
    free = screen.availableGeometry()
    fit_on_screen(window, 5000, 5000)
    assert window.width() <= free.width() * SCREEN_SHARE
    assert window.height() <= free.height() * SCREEN_SHARE
    assert size_on_screen(window, 300, 200) == (300, 200)  # small enough: as asked


def test_the_big_windows_fit_a_1366_by_768_screen_with_a_taskbar() -> None:
    free_height = 768 - 40  # a Windows taskbar
    for height in (720, 700, 680):  # the customer window, the import wizard, the deal window
        assert min(height, int(free_height * SCREEN_SHARE)) + 31 <= free_height  # + title bar
