"""Databases that went wrong, for the issue-14 tests: a small demo office with 4 KB of its file
overwritten in the middle, a zero-byte file, and another program's SQLite database."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from anjia_desk.core import passwords
from anjia_desk.db.engine import open_database
from anjia_desk.services.demo import create_demo

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
CUSTOMERS = 40
DAMAGE = 4096

_PRISTINE: dict[str, Path] = {}


def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A populated demo database (built once per run, then copied): closed, WAL checkpointed."""
    if "demo" not in _PRISTINE:
        saved, passwords._N = passwords._N, 2**10
        try:
            path = tmp_path_factory.mktemp("pristine") / "demo.db"
            database = open_database(str(path))
            try:
                create_demo(database, seed=5, customers=CUSTOMERS, now=NOW)
                with database.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                database.close()
        finally:
            passwords._N = saved
        _PRISTINE["demo"] = path
    return _PRISTINE["demo"]


def copy_demo(tmp_path_factory: pytest.TempPathFactory, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_file(tmp_path_factory), target)
    return target


#: Tables the app never reads to open a database: a bad sector there leaves the file openable,
#: and only the integrity check finds it.
_BULK = ("audit_log", "follow_ups", "visits")


def damage_middle(path: Path) -> None:
    """Overwrite 4 KB in the middle of the file's bulk data (one page-aligned page of the
    biggest of the log-like tables, near the middle of the file), as a bad disk sector would.
    Which page is in the middle of the file depends on the schema's layout; a page of the bulk
    data keeps the damage where opening the file does not read it."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute(
            "SELECT pageno FROM dbstat WHERE name IN (?, ?, ?) AND pagetype = 'leaf'"
            " ORDER BY pageno",
            _BULK,
        ).fetchall()
    conn.close()
    assert pages and page_size == DAMAGE, (len(pages), page_size)
    page = pages[len(pages) // 2][0]
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    data[start : start + DAMAGE] = b"\x5a" * DAMAGE
    path.write_bytes(bytes(data))


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of `table`: every read of that table meets the bad page."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\x5a" * page_size
    path.write_bytes(bytes(data))


def foreign_sqlite(path: Path) -> Path:
    """Another program's database: a table "foo", in the rollback-journal mode SQLite starts in."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO foo (name) VALUES ('bar')")
    conn.commit()
    conn.close()
    return path


def journal_mode(path: Path) -> str:
    """Read from the file header (bytes 18–19 are 2 in WAL mode), without opening it in SQLite."""
    header = path.read_bytes()[:20]
    return "wal" if header[18:20] == b"\x02\x02" else "rollback"


def side_files(path: Path) -> list[str]:
    """-wal, -shm or -journal files SQLite left beside `path`."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))
