"""Two kinds of errors (STYLE.md §11): a UserError becomes one Chinese line in a warning; anything
else is a bug, logged with its traceback and shown once in a dialog with a copyable report."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjia_desk import __version__
from anjia_desk.core.errors import UserError
from anjia_desk.ui.seams import Dialogs

log = logging.getLogger("anjia_desk.ui")

USER_ERROR_TITLE = "无法完成"
BUG_TITLE = "程序出错了"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _log_file() -> str:
    from anjia_desk.logs import setup_logging

    path = setup_logging()  # never raises; None when the data folder cannot be written
    return "（日志文件不可用）" if path is None else str(path)


def bug_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text a person copies to support: versions, the system, and the traceback."""
    import PySide6

    lines = [
        f"安家 Desk {__version__}",
        f"系统：{platform.platform()}",
        f"Python：{platform.python_version()}（{platform.machine()}）",
        f"Qt：{qVersion()}，PySide6：{PySide6.__version__}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


class BugDialog(QDialog):
    """程序出错了: what happened in plain words, and a read-only report with a copy button."""

    def __init__(self, report: str, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(BUG_TITLE)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.resize(640, 420)
        intro = QLabel(
            "程序遇到了一个意外的问题，刚才的操作可能没有完成。已保存的数据不受影响。\n"
            "请点击“复制报告”，把报告发给负责维护的同事。"
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        where = QLabel(f"详细记录已写入日志：{log_file}")
        where.setProperty("role", "hint")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton("复制报告")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton("关闭", QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText("已复制")


class ErrorHandler:
    """Routes exceptions to the right place; each distinct bug opens at most one dialog."""

    def __init__(
        self,
        dialogs: Dialogs | None = None,
        parent: Callable[[], QWidget | None] | None = None,
    ) -> None:
        self.dialogs = dialogs or Dialogs()
        self._parent = parent or QApplication.activeWindow
        self._seen: set[tuple[str, str, int]] = set()
        self.dialog: BugDialog | None = None

    def handle(self, exc: BaseException, parent: QWidget | None = None) -> BugDialog | None:
        """Show a UserError as a warning; log a bug and show its dialog (once). Returns the
        bug dialog when one was opened."""
        if isinstance(exc, UserError):
            self.dialogs.warning(parent or self._parent(), USER_ERROR_TITLE, exc.message)
            return None
        return self.report_bug(type(exc), exc, exc.__traceback__, parent)

    def report_bug(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        parent: QWidget | None = None,
    ) -> BugDialog | None:
        log_file = _log_file()
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        signature = _signature(exc_type, tb)
        if signature in self._seen or (self.dialog is not None and self.dialog.isVisible()):
            return None  # already shown (or one is open): logged only, no storm of dialogs
        self._seen.add(signature)
        if QApplication.instance() is None:
            print(bug_report(exc_type, exc, tb), file=sys.stderr)
            return None
        self.dialog = BugDialog(bug_report(exc_type, exc, tb), log_file, parent or self._parent())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.show()
        return self.dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        if isinstance(exc, UserError):
            self.handle(exc)
            return
        self.report_bug(exc_type, exc, tb)


def _signature(exc_type: type[BaseException], tb: TracebackType | None) -> tuple[str, str, int]:
    frames = traceback.extract_tb(tb) if tb is not None else []
    last = frames[-1] if frames else None
    return (exc_type.__name__, last.filename if last else "", (last.lineno or 0) if last else 0)


_handler: ErrorHandler | None = None


def current_handler() -> ErrorHandler:
    """The installed handler, or a default one (plain Qt message boxes)."""
    global _handler
    if _handler is None:
        _handler = ErrorHandler()
    return _handler


def install(
    dialogs: Dialogs | None = None, parent: Callable[[], QWidget | None] | None = None
) -> ErrorHandler:
    """Route uncaught exceptions (GUI thread: dialog; other threads: the log) to the handler."""
    global _handler
    _handler = ErrorHandler(dialogs, parent)
    sys.excepthook = _handler.excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.error("error in thread %s", args.thread, exc_info=args.exc_value)

    threading.excepthook = thread_hook
    return _handler


def set_dialogs(dialogs: Dialogs) -> None:
    """Use the app's dialog seam (ctx.dialogs) for UserError warnings from now on."""
    current_handler().dialogs = dialogs


def handle_exception(exc: BaseException, parent: QWidget | None = None) -> BugDialog | None:
    return current_handler().handle(exc, parent)
