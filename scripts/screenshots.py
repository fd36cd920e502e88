"""Screenshots of the window on a demo database: the login dialog, the main window (also with the
warning of a missing backup passphrase), a Qt message box, the settings section, the lock and the
print preview of the blank visitor form.

    xvfb-run -a .venv/bin/python scripts/screenshots.py --out screenshots/

Everything (the demo database, the log, the remembered window state) lives in a temporary folder;
the user's own data and configuration are not touched. `capture()` is what the test suite runs
offscreen to check that no picture comes out blank.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

SIZE = (1200, 760)


def _settle(app: object) -> None:
    """Let Qt lay out and paint."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    app.processEvents()
    app.processEvents()


def _spin_until(predicate: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    """Run the event loop until `predicate()` holds (like qtbot.waitUntil); False on timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return True


def _has_ink(widget: object) -> bool:
    """True once a widget shows dark pixels (the PDF page's text has been rendered)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    image = widget.grab().toImage()
    dark = 0
    for y in range(0, image.height(), 6):
        for x in range(0, image.width(), 6):
            if QColor(image.pixel(x, y)).lightness() < 100:
                dark += 1
                if dark > 50:
                    return True
    return False


@contextmanager
def _app_style() -> Iterator[object]:
    """The application styled and translated as the real app is, restored afterwards (tests
    share the app)."""
    from PySide6.QtWidgets import QApplication

    from anjia_desk.ui.app import install_translations, remove_translations
    from anjia_desk.ui.style import apply_style

    app = QApplication.instance()
    created = app is None
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    saved = (app.style().name(), app.font(), app.styleSheet(), app.windowIcon())
    apply_style(app)
    install_translations(app)  # Qt's own buttons in Chinese, as in the app
    try:
        yield app
    finally:
        if not created:
            remove_translations(app)
            style, font, sheet, icon = saved
            app.setStyle(style)
            app.setFont(font)
            app.setStyleSheet(sheet)
            app.setWindowIcon(icon)


def capture(out_dir: Path) -> dict[str, Path]:
    """Build a demo database in a temporary folder and save the screenshots into `out_dir`.
    Returns picture name → file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="anjia-shots-"))
    os.environ.setdefault("ANJIA_DESK_HOME", str(work / "home"))

    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services import users
    from anjia_desk.services.demo import DEMO_PASSWORD, create_demo
    from anjia_desk.ui.context import AppContext
    from anjia_desk.ui.login import LoginDialog
    from anjia_desk.ui.main_window import MainWindow
    from anjia_desk.ui.seams import Dialogs

    shots: dict[str, Path] = {}
    database = open_database(str(work / "demo.db"))
    try:
        create_demo(database)
        with _app_style() as app:
            ctx = AppContext(database, None, dialogs=Dialogs())

            login = LoginDialog(ctx, username="admin")
            login.show()
            _settle(app)
            shots["login"] = out_dir / "login.png"
            login.grab().save(str(shots["login"]))
            login.close()

            with session_scope(database) as session:
                ctx.set_actor(users.login(session, "admin", DEMO_PASSWORD))
            window = MainWindow(ctx, auto_backup=False)
            window.resize(*SIZE)
            window.show()
            _settle(app)
            shots["main"] = out_dir / "main.png"
            window.grab().save(str(shots["main"]))

            # The status bar's warning when no backup passphrase is set (the demo sets one).
            window.passphrase_missing = True
            window._update_passphrase_label()
            _settle(app)
            shots["no-passphrase"] = out_dir / "no-passphrase.png"
            window.grab().save(str(shots["no-passphrase"]))
            window.passphrase_missing = False
            window._update_passphrase_label()

            # One of Qt's own message boxes: its buttons come from Qt's Chinese translation.
            from PySide6.QtWidgets import QMessageBox

            question = QMessageBox(
                QMessageBox.Icon.Question,
                "退出",
                "还有任务正在进行。退出前会等它完成，确定退出吗？",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                window,
            )
            question.show()
            _settle(app)
            shots["question"] = out_dir / "question.png"
            question.grab().save(str(shots["question"]))
            question.hide()
            question.deleteLater()

            if any(s.key == "settings" for s in window.sections):
                window.show_section("settings")
                _settle(app)
                shots["settings"] = out_dir / "settings.png"
                window.grab().save(str(shots["settings"]))
                from PySide6.QtWidgets import QTabWidget

                section = next(s.widget for s in window.sections if s.key == "settings")
                tabs = section if isinstance(section, QTabWidget) else None
                tabs = tabs or section.findChild(QTabWidget)
                for index in range(1, tabs.count() if tabs is not None else 0):
                    assert tabs is not None
                    tabs.setCurrentIndex(index)
                    _settle(app)
                    name = f"settings-{index}"
                    shots[name] = out_dir / f"{name}.png"
                    window.grab().save(str(shots[name]))
                if tabs is not None:
                    tabs.setCurrentIndex(0)

            window.lock.lock_now()
            _settle(app)
            shots["locked"] = out_dir / "locked.png"
            window.grab().save(str(shots["locked"]))
            dialog = window.lock.unlock_dialog
            assert dialog is not None
            shots["unlock"] = out_dir / "unlock.png"
            dialog.grab().save(str(shots["unlock"]))
            window.lock.stop()

            from anjia_desk.services.printing import print_visitor_form

            actor = ctx.actor
            with session_scope(database, actor) as session:
                pdf = print_visitor_form(session, actor, work / "来访登记表.pdf")
            window.open_preview(pdf)
            preview = window.preview
            assert preview is not None
            preview.resize(820, 1000)
            _settle(app)
            _spin_until(lambda: _has_ink(preview.view.viewport()))  # rendered on another thread
            shots["preview"] = out_dir / "preview.png"
            preview.grab().save(str(shots["preview"]))

            preview.close()
            window.tasks.shutdown(timeout=10)
            window.hide()
            window.deleteLater()
            _settle(app)
    finally:
        database.close()
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="screenshots", help="folder for the PNG files")
    args = parser.parse_args()
    for name, path in capture(Path(args.out)).items():
        print(f"{name}: {path}")


if __name__ == "__main__":
    main()
