"""Copying a whole database into another, empty one of the same schema revision (issue 15).

`migrate-to` (SQLite → PostgreSQL) and the PostgreSQL backup (PostgreSQL → a scratch SQLite file,
encrypted like any backup) and its restore (that file → a new, empty PostgreSQL database) all go
through `copy_database`: every table of the models, parents before children, read in chunks
inside one read-only snapshot of the source and written in one transaction on the target, the
primary keys kept. Before that transaction commits, the row count of every table and the sum of
every money column are compared, source against target; any difference rolls it back and is an
error that names the table and the column. A cancelled copy rolls back too: the target is left
with its (empty) schema only, and may be used again.

Nothing of the source is changed: a SQLite source is read through a read-only connection, a
PostgreSQL one in a READ ONLY, REPEATABLE READ transaction.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    LargeBinary,
    Table,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    type_coerce,
    update,
)

from anjia_desk.core.errors import UserError
from anjia_desk.db import models as _models  # noqa: F401 - every table in Base.metadata
from anjia_desk.db.base import Base
from anjia_desk.db.engine import BUSY_TIMEOUT_MS, current_revision, upgrade
from anjia_desk.db.schema import HEAD_REVISION, REVISIONS
from anjia_desk.db.tracking import mark_written
from anjia_desk.db.types import Fen, Money

#: Rows read and inserted at a time: memory stays bounded whatever the size of the office.
CHUNK = 2000
#: Rows at a time of a table that holds files (complaint_files: up to 10 MB each, issue 18).
FILE_CHUNK = 8
VERSION_TABLE = "alembic_version"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

NEWER_SOURCE = "源数据库由更新版本的安家 Desk 创建，请先升级本软件再迁移"
OLDER_SOURCE = (
    "源数据库的数据版本比本软件旧：请先用本版本的安家 Desk 打开一次（会自动升级），再迁移"
)
CANCELLED = "已取消：目标数据库中没有写入任何数据"


class TransferCancelled(UserError):
    """The copy was cancelled; the target holds no rows."""

    def __init__(self) -> None:
        super().__init__(CANCELLED)


class TargetNotEmpty(UserError):
    """The target database holds data, or tables that are not this app's."""


class TransferMismatch(UserError):
    """Counts or money sums differ between source and target after the copy (rolled back)."""


@dataclass(frozen=True)
class TableCheck:
    """One table compared: its rows and the sum (in fen) of each money column, on both sides."""

    table: str
    source_rows: int
    target_rows: int
    source_sums: dict[str, int] = field(default_factory=dict)
    target_sums: dict[str, int] = field(default_factory=dict)

    def differences(self) -> list[str]:
        found = []
        if self.source_rows != self.target_rows:
            found.append(
                f"表 {self.table} 的行数不一致：源 {self.source_rows}，目标 {self.target_rows}"
            )
        for name, amount in self.source_sums.items():
            other = self.target_sums.get(name)
            if other != amount:
                found.append(
                    f"表 {self.table} 的金额列 {name} 合计不一致："
                    f"源 {_yuan(amount)}，目标 {_yuan(other)}"
                )
        return found


@dataclass(frozen=True)
class TransferReport:
    revision: str
    tables: tuple[TableCheck, ...]
    seconds: float

    @property
    def rows(self) -> int:
        return sum(check.source_rows for check in self.tables)

    def differences(self) -> list[str]:
        return [line for check in self.tables for line in check.differences()]

    def money_columns(self) -> int:
        return sum(len(check.source_sums) for check in self.tables)

    def summary_lines(self) -> list[str]:
        """Chinese lines for people: every table with rows, its count and money sums compared."""
        lines = []
        for check in self.tables:
            if not check.source_rows:
                continue
            same = "一致" if not check.differences() else "不一致"
            sums = "，".join(
                f"{name} 合计 {_yuan(amount)}" for name, amount in check.source_sums.items()
            )
            lines.append(
                f"  {check.table}：{check.source_rows} 行"
                + (f"，{sums}" if sums else "")
                + f"（源与目标{same}）"
            )
        return lines


def _yuan(fen: int | None) -> str:
    if fen is None:
        return "无"
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def tables() -> list[Table]:
    """The app's tables, parents before children."""
    return list(Base.metadata.sorted_tables)


def chunk_for(table: Table, chunk: int) -> int:
    """Rows at a time for `table`: FILE_CHUNK at most when it holds files (binary columns)."""
    if any(isinstance(column.type, LargeBinary) for column in table.columns):
        return min(chunk, FILE_CHUNK)
    return chunk


def money_columns(table: Table) -> list[Column[Any]]:
    return [column for column in table.columns if isinstance(column.type, Money)]


def _self_references(table: Table) -> list[str]:
    """Columns written once every table is in: those that point at another row of the same
    table, and the links of a foreign-key cycle (`use_alter`: a queue ticket's deal, whose deal
    points back at the ticket)."""
    return sorted(
        fk.parent.name
        for fk in table.foreign_keys
        if fk.parent.nullable
        and (fk.column.table is table or (fk.constraint is not None and fk.constraint.use_alter))
    )


# ---------------------------------------------------------------------------------------------
# Engines


def read_only_sqlite(path: Path) -> Engine:
    """An engine that can only read the SQLite file `path` (never creates or changes it)."""
    if not path.is_file():
        raise UserError(f"数据库文件不存在：{path}")
    uri = f"{path.resolve().as_uri()}?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)

    engine = create_engine("sqlite://", creator=connect)
    event.listen(engine, "connect", _busy_timeout)
    return engine


def _busy_timeout(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """One consistent, read-only view of the source for the whole copy."""
    if engine.dialect.name == "postgresql":
        options: dict[str, Any] = {
            "isolation_level": "REPEATABLE READ",
            "postgresql_readonly": True,
        }
        with (
            engine.connect().execution_options(**options) as conn,
            conn.begin() as transaction,
        ):
            yield conn
            transaction.rollback()
        return
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            # The driver begins no transaction for a SELECT: a BEGIN holds one snapshot (WAL).
            conn.exec_driver_sql("BEGIN")
        try:
            yield conn
        finally:
            conn.rollback()


# ---------------------------------------------------------------------------------------------
# Checks before copying


def source_revision(conn: Connection) -> str:
    """The source's revision: this app's own (older or newer ones are refused)."""
    if not inspect(conn).has_table(VERSION_TABLE):
        raise UserError("源数据库不是安家 Desk 的数据库（缺少版本信息）")
    revision = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    if revision is None:
        raise UserError("源数据库不是安家 Desk 的数据库（缺少版本信息）")
    revision = str(revision)
    if revision not in REVISIONS:
        raise UserError(NEWER_SOURCE)
    if revision != HEAD_REVISION:
        raise UserError(OLDER_SOURCE)
    return revision


def target_problem(engine: Engine) -> str | None:
    """Why `engine`'s database cannot receive a copy, or None when it can: it may hold no table
    of another program and no row in any of ours (an empty schema of this version is fine — a
    cancelled copy leaves one)."""
    ours = {table.name for table in tables()}
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        if not names:
            return None
        foreign = sorted(names - ours - {VERSION_TABLE})
        if foreign:
            shown = "、".join(foreign[:5]) + ("等" if len(foreign) > 5 else "")
            return f"目标数据库里已有其他程序的表（{shown}），不是空数据库"
        if VERSION_TABLE not in names:
            return "目标数据库里已有表但没有版本信息，不是空数据库"
        revision = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
        if revision != HEAD_REVISION:
            return f"目标数据库里已有另一数据版本（{revision}）的表，不是空数据库"
        for table in tables():
            if table.name in names and conn.execute(select(table.c[_key(table)]).limit(1)).first():
                return f"目标数据库不是空的：表 {table.name} 中已有数据"
    return None


def _key(table: Table) -> str:
    return next(iter(table.primary_key.columns)).name


def require_empty_target(engine: Engine) -> None:
    problem = target_problem(engine)
    if problem is not None:
        raise TargetNotEmpty(f"{problem}。已拒绝，没有写入任何数据：请新建一个空数据库，再指向它")


def prepare_target(engine: Engine) -> None:
    """Refuse a target that is not empty; build the schema (Alembic) where there is none."""
    require_empty_target(engine)
    if current_revision(engine) is None:
        upgrade(engine, HEAD_REVISION)


# ---------------------------------------------------------------------------------------------
# Counting


def _sums(conn: Connection, table: Table) -> dict[str, int]:
    columns = money_columns(table)
    if not columns:
        return {}
    row = conn.execute(
        select(*(type_coerce(func.coalesce(func.sum(c), 0), Fen()) for c in columns))
    ).one()
    return {column.name: int(value) for column, value in zip(columns, row, strict=True)}


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


# ---------------------------------------------------------------------------------------------
# Copying


def copy_database(
    source: Engine,
    target: Engine,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    chunk: int = CHUNK,
) -> TransferReport:
    """Copy every table of `source` into the empty database `target` and compare them.

    `target` must be empty (require_empty_target); its schema is made here when it has none.
    `progress(done, total)` counts rows; `cancelled()` is asked between chunks. Raises
    TransferCancelled, TargetNotEmpty, TransferMismatch or UserError; on any of them the
    target holds no rows.
    """
    started = time.perf_counter()
    report = progress or (lambda _done, _total: None)
    stop = cancelled or (lambda: False)
    with _snapshot(source) as reader:
        revision = source_revision(reader)
        prepare_target(target)
        counts = {table.name: _count(reader, table) for table in tables()}
        total, done = sum(counts.values()), 0
        report(0, total)
        checks = []
        with target.connect() as writer, writer.begin():
            _defer_checks(writer)
            links: list[Callable[[], None]] = []
            for table in tables():
                size = chunk_for(table, chunk)
                for written in _copy_table(reader, writer, table, size, stop, links):
                    done += written
                    report(done, total)
                if stop():
                    raise TransferCancelled()
                mark_written(table.name)
            for write_links in links:
                write_links()
            _reset_sequences(writer)
            for table in tables():
                checks.append(
                    TableCheck(
                        table=table.name,
                        source_rows=counts[table.name],
                        target_rows=_count(writer, table),
                        source_sums=_sums(reader, table),
                        target_sums=_sums(writer, table),
                    )
                )
            wrong = [line for check in checks for line in check.differences()]
            if wrong:
                raise TransferMismatch(
                    "复制后核对不一致，目标数据库未做任何改动：" + "；".join(wrong)
                )
            target_revision = writer.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
            if target_revision.scalar() != revision:  # pragma: no cover - prepare_target made it
                raise TransferMismatch("目标数据库的数据版本与源数据库不同")
    return TransferReport(revision, tuple(checks), time.perf_counter() - started)


def _defer_checks(writer: Connection) -> None:
    if writer.dialect.name == "sqlite":
        # Foreign keys are checked at commit: rows arrive parents first anyway.
        writer.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def _copy_table(
    reader: Connection,
    writer: Connection,
    table: Table,
    chunk: int,
    stop: Cancelled,
    links: list[Callable[[], None]],
) -> Iterator[int]:
    """Copy `table` in chunks, yielding the rows written by each; self-references and cycle
    links are left empty and their writing appended to `links`, run once every table is in (a
    row may point at one with a higher id, or at a table copied later)."""
    later = _self_references(table)
    query = select(table).order_by(*table.primary_key.columns)
    result = reader.execution_options(stream_results=True, yield_per=chunk).execute(query)
    statement = insert(table)
    pending: dict[str, list[dict[str, Any]]] = {name: [] for name in later}
    # Columns an UPDATE would otherwise stamp (updated_at): they keep the copied value.
    kept = [column.name for column in table.columns if column.onupdate is not None]
    try:
        for part in result.partitions(chunk):
            if stop():
                raise TransferCancelled()
            rows = [row._asdict() for row in part]
            for row in rows:
                for name in later:
                    if row[name] is not None:
                        link = {"_id": row["id"], "_value": row[name]}
                        link.update({f"_{k}": row[k] for k in kept})
                        pending[name].append(link)
                        row[name] = None
            writer.execute(statement, rows)
            yield len(rows)
    finally:
        result.close()

    def write_links() -> None:
        for name, pairs in pending.items():
            for start in range(0, len(pairs), chunk):
                writer.execute(
                    update(table)
                    .where(table.c.id == bindparam("_id"))
                    .values({name: bindparam("_value"), **{k: bindparam(f"_{k}") for k in kept}}),
                    pairs[start : start + chunk],
                )

    links.append(write_links)


def _reset_sequences(writer: Connection) -> None:
    """On PostgreSQL, each table's id sequence continues after the largest id copied."""
    if writer.dialect.name != "postgresql":
        return
    for table in tables():
        if "id" not in table.columns or not table.c.id.autoincrement:
            continue
        sequence = writer.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
        ).scalar()
        if sequence is None:
            continue
        writer.execute(
            text(
                f"SELECT setval(:sequence, coalesce(max(id), 1), max(id) IS NOT NULL) "
                f'FROM "{table.name}"'
            ),
            {"sequence": sequence},
        )
