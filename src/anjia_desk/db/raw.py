"""The few statements services need that SQLAlchemy has no construct for, or that must reach the
driver's executemany for speed: each behind one small function, so no raw SQL lives outside
db/. Each speaks the engine's own dialect (SQLite's `?`, PostgreSQL's `%s`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Executable, Table
from sqlalchemy.orm import Session

from anjia_desk.db.tracking import mark_written

#: SQLite's default page cache (2 MB), as `PRAGMA cache_size` states it in KiB.
DEFAULT_CACHE_KIB = 2000


def set_cache_size(session: Session, kib: int) -> None:
    """SQLite's page cache of the session's connection, in KiB (nothing elsewhere: PostgreSQL's
    shared buffers are the server's)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    session.connection().exec_driver_sql(f"PRAGMA cache_size = -{int(kib)}")


def update_column_by_id(
    session: Session, table: Table, column: str, pairs: Sequence[tuple[Any, int]]
) -> None:
    """`UPDATE table SET column = value WHERE id = row id` for each (value, row id), in one
    executemany handed straight to the driver (values in their stored form)."""
    if column not in table.columns:
        raise ValueError(f"{table.name} has no column {column}")
    if not pairs:
        return
    mark_written(table.name)  # the driver's executemany passes no SQLAlchemy statement
    mark = "?" if session.get_bind().dialect.name == "sqlite" else "%s"
    session.connection().exec_driver_sql(
        f'UPDATE "{table.name}" SET "{column}" = {mark} WHERE id = {mark}', list(pairs)
    )


def column_names(connection: Connection, table_name: str) -> set[str]:
    """The columns a SQLite table has in the database file itself (which may be older than the
    models: a restored backup)."""
    return {row[1] for row in connection.exec_driver_sql(f'PRAGMA table_info("{table_name}")')}


def first_column(session: Session, statement: Executable) -> list[Any]:
    """The first column of every row of `statement`, taken straight from the driver's cursor:
    no Row objects, so 100,000 ids come in about a third of the time (the customer list). For
    columns whose stored value is already the Python value (ids, integers, text)."""
    if session.autoflush:  # as session.execute would: pending changes are read too
        session.flush()
    result = session.connection().execute(statement)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()
