"""Shared fixtures: an isolated data directory, offscreen Qt, a fresh database per test.

With $ANJIA_TEST_PG (the admin URL of a throwaway PostgreSQL cluster, which scripts/test.sh
starts), every test under tests/db and tests/services that uses the `database` fixture runs twice:
on SQLite and on PostgreSQL (issue 15). A test that is about the SQLite file itself asks for
`db_path` (or is marked `sqlite_only`) and runs on SQLite alone.
"""

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
#: The admin URL of the throwaway PostgreSQL cluster, when the tests have one.
PG_ADMIN = os.environ.get("ANJIA_TEST_PG", "")
_BOTH_ENGINES = ("tests/db/", "tests/services/")


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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about SQLite itself; not run on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """On both engines: a db or services test that uses `database` but not the file itself."""
    if "db_engine" not in metafunc.fixturenames:
        return
    where = str(metafunc.definition.path).replace(os.sep, "/")
    both = (
        PG_ADMIN
        and any(part in where for part in _BOTH_ENGINES)
        and "db_path" not in metafunc.fixturenames
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    )
    metafunc.parametrize("db_engine", ["sqlite", "postgresql"] if both else ["sqlite"])


@pytest.fixture
def database(db_engine: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    if db_engine == "postgresql":
        from tests import pg

        url = pg.fresh_database()
        db = open_database(url)
        try:
            yield db
        finally:
            db.close()
            pg.drop_database(url)
        return
    db = open_database(str(request.getfixturevalue("db_path")))
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
