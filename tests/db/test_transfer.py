"""db.transfer: a whole database copied into an empty one and checked; the source untouched
(issue 15)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, insert, select, text

from anjia_desk.core.errors import UserError
from anjia_desk.db import transfer
from anjia_desk.db.engine import make_engine, open_database
from anjia_desk.db.models import Customer, Setting
from anjia_desk.db.schema import HEAD_REVISION
from anjia_desk.services.demo import create_demo
from tests.conftest import PG_ADMIN

NOW = datetime(2026, 3, 5, 4, 30, tzinfo=UTC)
needs_pg = pytest.mark.skipif(not PG_ADMIN, reason="needs $ANJIA_TEST_PG (a PostgreSQL cluster)")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo office (customers, deals, receipts, self-references), made once."""
    path = tmp_path_factory.mktemp("transfer") / "demo.db"
    database = open_database(str(path))
    try:
        create_demo(database, seed=7, customers=25, now=NOW)
    finally:
        database.close()
    return path


def _fingerprint(path: Path) -> dict[str, str]:
    """Hashes of the file and of its WAL's content (a reader of a WAL database may leave an
    empty -wal and -shm beside it: SQLite's own bookkeeping, no data)."""
    return {
        suffix: hashlib.sha256(Path(f"{path}{suffix}").read_bytes()).hexdigest()
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists() and Path(f"{path}{suffix}").stat().st_size
    }


def _rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as the models read them, in primary-key order."""
    found = {}
    with engine.connect() as conn:
        for table in transfer.tables():
            query = select(table).order_by(*table.primary_key.columns)
            found[table.name] = [tuple(row) for row in conn.execute(query)]
    return found


def _revision(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar())


@pytest.fixture
def pg_target() -> Iterator[str]:
    from tests import pg

    url = pg.empty_database("transfer")
    try:
        yield url
    finally:
        pg.drop_database(url)


@needs_pg
def test_a_round_trip_through_postgresql_keeps_every_row(demo_file, pg_target, tmp_path):
    before = _fingerprint(demo_file)
    source = transfer.read_only_sqlite(demo_file)
    server = make_engine(pg_target)
    back = make_engine("sqlite:///" + str(tmp_path / "back.db"))
    seen: list[tuple[int, int]] = []
    try:
        there = transfer.copy_database(
            source, server, progress=lambda done, total: seen.append((done, total)), chunk=50
        )
        again = transfer.copy_database(server, back)
        assert there.differences() == [] and again.differences() == []
        assert there.revision == again.revision == HEAD_REVISION == _revision(back)
        original = _rows(source)
        assert _rows(server) == original
        assert _rows(back) == original
        # Counts and sums compared, table by table, money columns included.
        checks = {check.table: check for check in there.tables}
        assert checks["customers"].source_rows == 25 == checks["customers"].target_rows
        assert checks["receipts"].source_sums["amount"] > 0
        assert checks["receipts"].source_sums == checks["receipts"].target_sums
        assert there.rows == sum(len(rows) for rows in original.values())
        assert seen[0] == (0, there.rows) and seen[-1] == (there.rows, there.rows)
        assert len(seen) > len(transfer.tables())  # chunk by chunk
        # New rows on the server get fresh ids after the copied ones.
        with server.begin() as conn:
            top = conn.execute(select(func.max(Setting.id))).scalar()
            new = conn.execute(
                insert(Setting)
                .values(key="x.test", value='"1"', created_at=NOW, updated_at=NOW)
                .returning(Setting.id)
            ).scalar()
        assert new == top + 1
    finally:
        for engine in (source, server, back):
            engine.dispose()
    assert _fingerprint(demo_file) == before  # the source was only read


@needs_pg
def test_postgresql_to_postgresql(demo_file, pg_target):
    from tests import pg

    source = transfer.read_only_sqlite(demo_file)
    first, second = make_engine(pg_target), None
    other = pg.empty_database("transfer")
    try:
        transfer.copy_database(source, first)
        second = make_engine(other)
        report = transfer.copy_database(first, second)
        assert report.differences() == [] and _rows(second) == _rows(source)
    finally:
        for engine in (source, first, second):
            if engine is not None:
                engine.dispose()
        pg.drop_database(other)


def _target(kind: str, tmp_path: Path) -> str:
    if kind == "sqlite":
        return "sqlite:///" + str(tmp_path / "target.db")
    from tests import pg

    return pg.empty_database("transfer")


ENGINES = ["sqlite", pytest.param("postgresql", marks=needs_pg)]


@pytest.mark.parametrize("kind", ENGINES)
def test_a_target_with_data_is_refused_and_left_alone(demo_file, tmp_path, kind):
    url = _target(kind, tmp_path)
    source = transfer.read_only_sqlite(demo_file)
    target = make_engine(url)
    try:
        open_database(url).close()  # our schema ...
        with target.begin() as conn:  # ... with one row
            conn.execute(
                insert(Setting).values(key="k", value='"v"', created_at=NOW, updated_at=NOW)
            )
        with pytest.raises(transfer.TargetNotEmpty) as info:
            transfer.copy_database(source, target)
        assert "表 settings 中已有数据" in info.value.message
        assert "请新建一个空数据库" in info.value.message
        with target.connect() as conn:
            assert conn.execute(select(func.count()).select_from(Customer)).scalar() == 0
            assert conn.execute(select(func.count()).select_from(Setting)).scalar() == 1
    finally:
        source.dispose()
        target.dispose()
        if kind == "postgresql":
            from tests import pg

            pg.drop_database(url)


@pytest.mark.parametrize("kind", ENGINES)
def test_a_target_with_tables_of_another_program_is_refused(demo_file, tmp_path, kind):
    url = _target(kind, tmp_path)
    source = transfer.read_only_sqlite(demo_file)
    target = make_engine(url)
    try:
        with target.begin() as conn:
            conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
        with pytest.raises(transfer.TargetNotEmpty, match="其他程序的表（invoices）"):
            transfer.copy_database(source, target)
        with target.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM invoices")).scalar() == 0
            from sqlalchemy import inspect

            assert inspect(conn).get_table_names() == ["invoices"]  # no schema made either
    finally:
        source.dispose()
        target.dispose()
        if kind == "postgresql":
            from tests import pg

            pg.drop_database(url)


def test_cancel_leaves_an_empty_schema_that_can_be_used_again(demo_file, tmp_path):
    source = transfer.read_only_sqlite(demo_file)
    target = make_engine("sqlite:///" + str(tmp_path / "target.db"))
    calls = []

    def cancel_soon() -> bool:
        calls.append(1)
        return len(calls) > 3

    try:
        with pytest.raises(transfer.TransferCancelled):
            transfer.copy_database(source, target, cancelled=cancel_soon, chunk=10)
        assert all(not rows for rows in _rows(target).values())
        assert _revision(target) == HEAD_REVISION
        report = transfer.copy_database(source, target)  # the empty schema is accepted
        assert report.differences() == [] and _rows(target) == _rows(source)
    finally:
        source.dispose()
        target.dispose()


def test_a_difference_is_an_error_that_names_the_table_and_rolls_back(
    demo_file, tmp_path, monkeypatch
):
    real = transfer._copy_table

    def lossy(reader, writer, table, chunk, stop, links):
        if table.name != "receipts":
            yield from real(reader, writer, table, chunk, stop, links)
            return
        yield from real(reader, writer, table, chunk, stop, links)
        last = writer.execute(select(func.max(table.c.id))).scalar()
        writer.execute(table.delete().where(table.c.id == last))

    monkeypatch.setattr(transfer, "_copy_table", lossy)
    source = transfer.read_only_sqlite(demo_file)
    target = make_engine("sqlite:///" + str(tmp_path / "target.db"))
    try:
        with pytest.raises(transfer.TransferMismatch) as info:
            transfer.copy_database(source, target)
        assert "表 receipts 的行数不一致" in info.value.message
        assert "表 receipts 的金额列 amount 合计不一致" in info.value.message
        assert all(not rows for rows in _rows(target).values())
    finally:
        source.dispose()
        target.dispose()


def test_a_source_of_another_version_is_refused(demo_file, tmp_path):
    copy = tmp_path / "newer.db"
    copy.write_bytes(demo_file.read_bytes())
    writable = make_engine("sqlite:///" + str(copy))
    with writable.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    writable.dispose()
    source = transfer.read_only_sqlite(copy)
    target = make_engine("sqlite:///" + str(tmp_path / "target.db"))
    try:
        with pytest.raises(UserError, match="更新版本"):
            transfer.copy_database(source, target)
    finally:
        source.dispose()
        target.dispose()
    assert not (tmp_path / "target.db").exists() or not _table_names(tmp_path / "target.db")


def _table_names(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM sqlite_master")]
    finally:
        conn.close()


def test_a_missing_source_file_is_refused(tmp_path):
    with pytest.raises(UserError, match="数据库文件不存在"):
        transfer.read_only_sqlite(tmp_path / "nothing.db")
    assert not (tmp_path / "nothing.db").exists()
