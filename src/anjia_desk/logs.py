"""The rotating log file: tracebacks go here, never to the person at the desk."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "anjia-desk.log"
_configured: Path | None = None


def log_path() -> Path:
    from anjia_desk.db.engine import data_dir

    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / LOG_NAME


def setup_logging() -> Path:
    """Log to a rotating file in the user data directory (1 MB × 5). Idempotent."""
    global _configured
    if _configured is not None:
        return _configured
    path = log_path()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("anjia_desk")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    _configured = path
    return path
