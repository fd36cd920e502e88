"""The rotating log file: tracebacks go here, never to the person at the desk.

When the log file cannot be written (the data folder is read-only, the disk is full), records are
dropped rather than printed: the person sees the app's own message or bug dialog, never a Python
traceback on the console.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "anjia-desk.log"
_configured: Path | None = None
_quiet = False


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file; a record that cannot be written (full disk) is dropped without a word."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def log_path() -> Path:
    """The log file: where records go once logging is set up (the data folder of that moment),
    else where they will go."""
    if _configured is not None:
        return _configured
    from anjia_desk.db.engine import data_dir

    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / LOG_NAME


def setup_logging() -> Path | None:
    """Log to a rotating file in the user data directory (1 MB × 5). Idempotent.

    None when the file cannot be opened: records are then dropped (a NullHandler keeps Python's
    last-resort handler from printing them, tracebacks and all, to stderr).
    """
    global _configured, _quiet
    if _configured is not None:
        return _configured
    root = logging.getLogger("anjia_desk")
    try:
        path = log_path()
        handler: logging.Handler = _LogFile(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        if not _quiet:
            root.addHandler(logging.NullHandler())
            _quiet = True
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    _configured = path
    return path
