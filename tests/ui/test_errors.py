"""A UserError is one Chinese line; a bug is logged and shown once with a copyable report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from anjia_desk import __version__
from anjia_desk.core.errors import UserError
from anjia_desk.logs import log_path
from anjia_desk.ui import errors
from anjia_desk.ui.errors import BUG_TITLE, ErrorHandler


def _raise_and_catch(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


def _ledger_total_is_wrong() -> BaseException:
    return _raise_and_catch(ZeroDivisionError("division by zero in ledger"))


@pytest.fixture
def handler(fake_dialogs) -> ErrorHandler:
    return ErrorHandler(fake_dialogs)


def test_bug_dialog_shows_versions_and_the_traceback(qtbot, handler):
    exc = _ledger_total_is_wrong()
    dialog = handler.handle(exc)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == BUG_TITLE == "程序出错了"
    assert dialog.isVisible()
    report = dialog.report.toPlainText()
    assert f"安家 Desk {__version__}" in report
    assert "Python：" in report and "Qt：" in report
    assert "Traceback (most recent call last)" in report
    assert "ZeroDivisionError: division by zero in ledger" in report
    assert "_raise_and_catch" in report
    assert dialog.report.isReadOnly()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    assert dialog.copy_button.text() == "已复制"


def test_bug_goes_to_the_log_file_with_its_traceback(qtbot, handler):
    dialog = handler.handle(_raise_and_catch(RuntimeError("logged-bug-marker-4711")))
    qtbot.addWidget(dialog)
    text = log_path().read_text(encoding="utf-8")
    assert "logged-bug-marker-4711" in text
    assert "Traceback" in text


def test_the_same_bug_is_shown_once(qtbot, handler):
    first = handler.handle(_ledger_total_is_wrong())
    assert first is not None
    first.close()
    qtbot.waitUntil(lambda: handler.dialog is None)  # closing deletes it
    assert handler.handle(_ledger_total_is_wrong()) is None  # same place: logged only


def test_no_second_dialog_while_one_is_open(qtbot, handler):
    first = handler.handle(_ledger_total_is_wrong())
    qtbot.addWidget(first)
    assert handler.handle(_raise_and_catch(ValueError("another"))) is None


def test_user_error_is_a_warning_not_a_bug(qtbot, handler, fake_dialogs):
    assert handler.handle(UserError("打印机缺纸")) is None
    assert fake_dialogs.calls == [("warning", ("无法完成", "打印机缺纸"))]
    assert handler.dialog is None


def test_excepthook_routes_uncaught_exceptions(qtbot, monkeypatch, fake_dialogs):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(errors, "_handler", None)
    installed = errors.install(fake_dialogs)
    assert sys.excepthook == installed.excepthook

    exc = _raise_and_catch(UserError("数据库正被占用"))
    sys.excepthook(type(exc), exc, exc.__traceback__)
    assert fake_dialogs.calls == [("warning", ("无法完成", "数据库正被占用"))]

    bug = _raise_and_catch(LookupError("uncaught-in-slot"))
    sys.excepthook(type(bug), bug, bug.__traceback__)
    assert installed.dialog is not None
    qtbot.addWidget(installed.dialog)
    assert "LookupError: uncaught-in-slot" in installed.dialog.report.toPlainText()


def test_set_dialogs_switches_the_seam(monkeypatch, fake_dialogs):
    monkeypatch.setattr(errors, "_handler", None)
    errors.set_dialogs(fake_dialogs)
    errors.handle_exception(UserError("换了对话框"))
    assert fake_dialogs.names() == ["warning"]


_BUG_WITHOUT_A_LOG = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from anjia_desk.ui.errors import ErrorHandler
handler = ErrorHandler()
try:
    1 / 0
except ZeroDivisionError as exc:
    dialog = handler.handle(exc)
print("dialog" if dialog is not None and dialog.isVisible() else "no dialog")
print(dialog.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QLabel)[-1].text())
"""


def test_bug_dialog_without_a_writable_log_has_no_traceback_on_stderr(tmp_path):
    """The log folder cannot be made (a file stands in its place): the dialog still opens, says
    the log is unavailable, and nothing — no traceback — reaches the console (issue 14)."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "logs").write_text("not a folder")
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "ANJIA_DESK_HOME": str(home), "PYTHONPATH": str(src)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", _BUG_WITHOUT_A_LOG],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["dialog", "详细记录已写入日志：（日志文件不可用）"]
    assert "Traceback" not in result.stderr and "ZeroDivisionError" not in result.stderr


def test_the_log_file_is_where_records_go_even_after_the_data_folder_moved(monkeypatch, tmp_path):
    """Once logging is set up, log_path() names the file the records go to — a test (or a PC
    switching folders) that moves the data folder afterwards no longer sends readers elsewhere."""
    from anjia_desk.logs import setup_logging

    path = setup_logging()
    assert path is not None
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "moved"))
    assert log_path() == path
