"""`anjia-desk migrate-to postgresql://…`: an office's SQLite database copied to an empty
PostgreSQL database, counts and sums compared; refusals leave everything as it was (issue 15)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from anjia_desk import cli
from anjia_desk.db.engine import make_engine, open_database, session_scope
from anjia_desk.db.models import Customer, Receipt, User
from anjia_desk.db.schema import HEAD_REVISION
from anjia_desk.services import users
from anjia_desk.services.context import Actor
from anjia_desk.services.demo import create_demo
from tests.conftest import PG_ADMIN

pytestmark = pytest.mark.skipif(not PG_ADMIN, reason="needs $ANJIA_TEST_PG")
NOW = datetime(2026, 3, 5, 4, 30, tzinfo=UTC)


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    database = open_database(str(path))
    try:
        create_demo(database, seed=2, customers=12, now=NOW)
    finally:
        database.close()
    return path


@pytest.fixture
def server() -> Iterator[str]:
    from tests import pg

    url = pg.empty_database("transfer_cli")
    try:
        yield url
    finally:
        pg.drop_database(url)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(url: str) -> tuple[int, int, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return (
                conn.execute(select(func.count()).select_from(Customer)).scalar_one(),
                conn.execute(select(func.count()).select_from(User)).scalar_one(),
                conn.execute(select(func.coalesce(func.sum(Receipt.amount), 0))).scalar_one(),
            )
    finally:
        engine.dispose()


def test_migrate_to_copies_and_prints_the_comparison(office, server, capsys):
    before = _digest(office)
    assert cli.run(["--db", str(office), "migrate-to", server]) == 0
    captured = capsys.readouterr()
    assert "customers：12 行" in captured.out and "源与目标一致" in captured.out
    assert "receipts：" in captured.out and "amount 合计" in captured.out
    assert "不一致" not in captured.out
    assert (
        captured.err.startswith("已迁移到 postgresql://")
        and "各电脑请改连到新数据库" in captured.err
    )
    assert _counts(server) == _counts("sqlite:///" + str(office))
    assert _digest(office) == before
    # The app opens the server's database as it is, and works on it.
    database = open_database(server)
    try:
        with session_scope(database, Actor.system()) as s:
            users.add_user(
                s,
                Actor.system(),
                username="newcomer",
                display_name="新人",
                roles=["consultant"],
                password="secret12",
            )
    finally:
        database.close()


def test_a_target_that_is_not_empty_is_refused(office, server, tmp_path, capsys):
    other = tmp_path / "other.db"
    database = open_database(str(other))
    try:
        with session_scope(database, Actor.system()) as s:
            users.add_user(
                s,
                Actor.system(),
                username="someone",
                display_name="某人",
                roles=["consultant"],
                password="secret12",
            )
    finally:
        database.close()
    assert cli.run(["--db", str(other), "migrate-to", server]) == 0
    capsys.readouterr()
    held = _counts(server)
    assert cli.run(["--db", str(office), "migrate-to", server]) == 2
    err = capsys.readouterr().err
    assert "不是空的" in err and "请新建一个空数据库" in err and len(err.strip().splitlines()) == 1
    assert _counts(server) == held  # nothing written


def test_a_target_with_foreign_tables_is_refused(office, server, capsys):
    engine = make_engine(server)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE ledger (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    assert cli.run(["--db", str(office), "migrate-to", server]) == 2
    assert "其他程序的表（ledger）" in capsys.readouterr().err


def test_a_source_newer_than_the_app_is_refused(office, server, capsys):
    engine = make_engine("sqlite:///" + str(office))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    before = _digest(office)
    assert cli.run(["--db", str(office), "migrate-to", server]) == 2
    assert "更新版本" in capsys.readouterr().err
    assert _digest(office) == before
    engine = make_engine(server)
    try:
        with engine.connect() as conn:
            assert (
                conn.execute(
                    text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                ).scalar()
                == 0
            )
    finally:
        engine.dispose()


def test_bad_targets_and_sources(office, tmp_path, capsys):
    assert cli.run(["--db", str(office), "migrate-to", "sqlite:///elsewhere.db"]) == 2
    assert "必须是 PostgreSQL" in capsys.readouterr().err
    missing = tmp_path / "missing.db"
    from tests import pg

    assert cli.run(["--db", str(missing), "migrate-to", pg.url_of("nowhere_transfer")]) == 2
    assert "数据库文件不存在" in capsys.readouterr().err
    assert not missing.exists()


def test_an_older_source_is_upgraded_in_a_copy_and_left_as_it_was(server, tmp_path, capsys):
    import sqlite3

    old = tmp_path / "old.db"
    connection = sqlite3.connect(old)
    dump = Path(__file__).parent / "db" / "dumps" / "0011_enum.sql"
    connection.executescript(dump.read_text(encoding="utf-8"))
    connection.close()
    before = _digest(old)
    assert cli.run(["--db", str(old), "migrate-to", server]) == 0
    err = capsys.readouterr().err
    assert "源数据库的数据版本 0011_enum 已在副本中升级" in err
    assert _digest(old) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no scratch left
    engine = make_engine(server)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                HEAD_REVISION
            )
            assert conn.execute(select(func.count()).select_from(Customer)).scalar_one() > 0
    finally:
        engine.dispose()


def test_backup_and_restore_of_a_server_office_on_the_command_line(
    office, server, tmp_path, capsys, monkeypatch
):
    """`backup --out` and `restore FILE` work the same with --db postgresql://…: the restore goes
    into a new, empty database (the office switches to it)."""
    import io
    import sys

    from anjia_desk.db import backup_file
    from anjia_desk.services.demo import DEMO_BACKUP_PASSPHRASE
    from tests import pg

    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setenv(cli.PASSPHRASE_ENV, DEMO_BACKUP_PASSPHRASE)
    assert cli.run(["--db", str(office), "migrate-to", server]) == 0
    out = tmp_path / "server.anjiabak"
    assert cli.run(["--db", server, "backup", "--out", str(out)]) == 0
    assert "已备份到" in capsys.readouterr().err
    # Into the office's own (full) database: refused, with what to do.
    assert cli.run(["--db", server, "restore", str(out)]) == 2
    err = capsys.readouterr().err
    assert "请在服务器上新建一个空数据库" in err and len(err.strip().splitlines()) == 1
    fresh = pg.empty_database("transfer_cli_restore")
    try:
        assert cli.run(["--db", fresh, "restore", str(out)]) == 0
        err = capsys.readouterr().err
        assert err.startswith("已恢复到新数据库") and "各电脑改连到新数据库" in err
        assert _counts(fresh) == _counts(server)
    finally:
        pg.drop_database(fresh)
