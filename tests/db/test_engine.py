"""Opening the database: paths and URLs, refusals with clear messages, pragmas, conflicts."""

import sqlite3

import pytest
from sqlalchemy import select, text

from anjia_desk.core.errors import ConflictError, UserError
from anjia_desk.db import engine as eng
from anjia_desk.db.engine import (
    describe_db_error,
    open_database,
    resolve_url,
    session_scope,
    sqlite_path,
)
from anjia_desk.db.models import Setting
from anjia_desk.services.context import Actor


def test_url_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv("ANJIA_DESK_DB", raising=False)
    assert resolve_url(None).endswith("anjia-desk.db")
    monkeypatch.setenv("ANJIA_DESK_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == "sqlite:///" + str(tmp_path / "env.db")
    assert resolve_url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert sqlite_path("sqlite:///" + str(tmp_path / "a.db")) == tmp_path / "a.db"
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("postgresql://u@h/db") is None


@pytest.mark.sqlite_only  # PRAGMAs are SQLite's; a server's settings: tests/db/test_server.py
def test_new_database_has_pragmas(database):
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    assert database.display_name == str(database.path)


def test_refuses_a_newer_database(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(UserError, match="更新版本"):
        open_database(str(db_path))


def test_refuses_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "photo.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 100)
    with pytest.raises(UserError, match="已损坏或不是"):
        open_database(str(path))
    assert path.read_bytes().startswith(b"\x89PNG")


def test_refuses_a_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(UserError, match="不是安家 Desk 的数据库"):
        open_database(str(path))


def test_refuses_a_directory_and_a_missing_file(tmp_path):
    with pytest.raises(UserError, match="文件夹"):
        open_database(str(tmp_path))
    with pytest.raises(UserError, match="不存在"):
        open_database(str(tmp_path / "missing.db"), create=False)


def test_damaged_database_is_a_clear_message(db_path):
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(data))
    with pytest.raises(UserError, match="损坏"):
        open_database(str(db_path))


def test_locked_database_is_a_clear_message(db_path, monkeypatch):
    monkeypatch.setattr(eng, "BUSY_TIMEOUT_MS", 100)
    database = open_database(str(db_path))
    blocker = sqlite3.connect(db_path)
    blocker.execute("BEGIN IMMEDIATE")  # another PC is writing
    try:
        with pytest.raises(UserError, match="占用"), session_scope(database, Actor.system()) as s:
            s.add(Setting(key="x", value="1"))
    finally:
        blocker.rollback()
        blocker.close()
    with database.sessions() as s:
        assert s.scalars(select(Setting)).all() == []
    database.close()


def test_conflicting_saves_are_refused(database):
    system = Actor.system()
    with session_scope(database, system) as s:
        s.add(Setting(key="k", value="1"))
    with pytest.raises(ConflictError, match="其他人修改"), session_scope(database, system) as s:
        row = s.scalars(select(Setting)).one()
        with database.engine.begin() as other_pc:
            other_pc.execute(text("UPDATE settings SET value = '2', version = version + 1"))
        row.value = "3"
    with database.sessions() as s:
        assert s.scalars(select(Setting)).one().value == "2"


@pytest.mark.parametrize(
    ("error", "phrase"),
    [
        ("database is locked", "占用"),
        ("file is not a database", "损坏"),
        ("attempt to write a readonly database", "只读"),
        ("unable to open database file", "无法打开"),
        ("database or disk is full", "磁盘已满"),
        ("something else", "数据库出错"),
    ],
)
def test_describe_db_error(error, phrase):
    assert phrase in describe_db_error(sqlite3.OperationalError(error), "x.db")


def test_an_older_database_is_backed_up_before_the_upgrade(db_path, monkeypatch):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000_old'")
        conn.execute("CREATE TABLE marker (x)")
        conn.execute("INSERT INTO marker VALUES ('kept')")
    monkeypatch.setattr(eng, "REVISIONS", ("0000_old", "0001_foundation"))
    upgraded = []

    def fake_upgrade(engine, revision="head"):
        upgraded.append(revision)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0001_foundation'"))

    monkeypatch.setattr(eng, "upgrade", fake_upgrade)
    seen = []

    def keep(database, copy, revision):
        # The copy holds the data as it was before the upgrade; the callback keeps it (the app's
        # encrypts it into the backup folder: services.backup_copies).
        assert database.path == db_path and revision == "0000_old"
        with sqlite3.connect(copy) as conn:
            seen.append(conn.execute("SELECT version_num FROM alembic_version").fetchone())
            seen.append(conn.execute("SELECT x FROM marker").fetchone())

    open_database(str(db_path), keep_upgrade_copy=keep).close()
    assert upgraded == ["head"]
    assert seen == [("0000_old",), ("kept",)]
    # No plaintext copy outlives the upgrade (issue 14).
    assert [p.name for p in db_path.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))] == [
        "anjia.db"
    ]


def test_a_failed_upgrade_keeps_its_copy_and_only_then(db_path, monkeypatch):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000_old'")
    monkeypatch.setattr(eng, "REVISIONS", ("0000_old", "0001_foundation"))

    def failing_upgrade(engine, revision="head"):
        raise RuntimeError("a migration failed")

    monkeypatch.setattr(eng, "upgrade", failing_upgrade)
    with pytest.raises(RuntimeError):
        open_database(str(db_path), keep_upgrade_copy=lambda *_: None)
    (copy,) = (db_path.parent / "upgrade-backups").glob("anjia-0000_old-*.db")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000_old",)
    assert [p.name for p in db_path.parent.iterdir() if p.name.startswith(".")] == []
