"""Shared fixtures: an isolated data directory, offscreen Qt, a fresh database per test."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt or reads the data directory.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="anjia-test-home-"))
os.environ["ANJIA_DESK_HOME"] = str(_HOME)
os.environ.pop("ANJIA_DESK_DB", None)
os.environ.pop("ANJIA_DESK_BACKUP_PASSPHRASE", None)

import pytest  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

import anjia_desk.ui  # noqa: E402, F401 - its None-refcount guard, before any test calls Qt
from anjia_desk.db.engine import Database, open_database, session_scope  # noqa: E402
from anjia_desk.services.context import Actor  # noqa: E402

_TEMPLATE: Path | None = None


def _template_db() -> Path:
    """The migrated empty schema, built once per run and copied for each test (fast)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        path = _HOME / "template.db"
        database = open_database(str(path))
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.close()
        _TEMPLATE = path
    return _TEMPLATE


@pytest.fixture(autouse=True)
def _cheap_backup_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups derive keys with scrypt at ~150 ms a time; tests use a small cost instead."""
    from anjia_desk.db import backup_file

    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "anjia.db"
    shutil.copyfile(_template_db(), path)
    return path


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(str(db_path))
    yield db
    db.close()


@pytest.fixture
def system() -> Actor:
    return Actor.system()


@pytest.fixture
def session(database: Database, system: Actor) -> Iterator[Session]:
    """A session acting as the system administrator; committed at the end of the test."""
    with session_scope(database, system) as s:
        yield s


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)
