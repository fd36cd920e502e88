"""Writing many rows at once (the demo, imports): one executemany per batch, and on SQLite a
bulk load that rebuilds a table's secondary indexes once instead of updating them per row."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import Date, Table, insert
from sqlalchemy.orm import Session

from anjia_desk.db.tracking import mark_written
from anjia_desk.db.types import Money, UTCDateTime


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys, values as the models take them) in one statement.

    Elsewhere this is `session.execute(insert(table), rows)`. On SQLite the values are turned
    into the column types' stored form here (UTC text timestamps, ISO dates, integer hundredths)
    and handed to the driver's executemany: SQLAlchemy's per-value type processing would take
    most of the 30 s a 100,000-customer demo may take. Column defaults are not applied: the rows
    carry every column that needs a value. tests/services/test_demo.py checks that both paths
    store the same values."""
    if session.get_bind().dialect.name != "sqlite":  # pragma: no cover - no PostgreSQL test yet
        session.execute(insert(table), rows)
        return
    mark_written(table.name)  # the driver's executemany passes no SQLAlchemy statement
    keys = list(rows[0])
    converters: list[tuple[int, Callable[[Any], Any]]] = []
    for i, key in enumerate(keys):
        column_type = table.columns[key].type
        if isinstance(column_type, UTCDateTime):
            converters.append((i, _sqlite_datetime))
        elif isinstance(column_type, Money):
            converters.append((i, _sqlite_hundredths))
        elif isinstance(column_type, Date):
            converters.append((i, _sqlite_date))
    values = []
    for row in rows:
        line = [row[key] for key in keys]
        for i, convert in converters:
            value = line[i]
            if value is not None:
                line[i] = convert(value)
        values.append(tuple(line))
    names = ", ".join(f'"{key}"' for key in keys)
    marks = ", ".join("?" for _ in keys)
    session.connection().exec_driver_sql(
        f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', values
    )


def bulk_insert_lines(
    session: Session, table: Table, keys: Sequence[str], lines: list[list[Any]]
) -> None:
    """`bulk_insert` for rows given as lists of values in the order of `keys`."""
    if lines:
        bulk_insert_columns(
            session, table, {key: list(map(itemgetter(i), lines)) for i, key in enumerate(keys)}
        )


def bulk_insert_columns(session: Session, table: Table, columns: dict[str, list[Any]]) -> None:
    """`bulk_insert` for rows given column by column (each list holding one column's values,
    row after row): an import of 100,000 rows builds each column with loops the interpreter
    runs in C, and no row twice. On SQLite each column's values are turned into their stored
    form, each distinct value once (dates, timestamps and amounts repeat across a file), and
    the columns zipped into the statement's rows."""
    count = len(next(iter(columns.values()), []))
    if not count:
        return
    if session.get_bind().dialect.name != "sqlite":  # pragma: no cover - no PostgreSQL test yet
        keys = list(columns)
        rows = [dict(zip(keys, row, strict=True)) for row in zip(*columns.values(), strict=True)]
        session.execute(insert(table), rows)
        return
    mark_written(table.name)  # the driver's executemany passes no SQLAlchemy statement
    names: list[str] = []
    kept: list[list[Any]] = []
    for key, values in columns.items():
        if len(values) != count:
            raise ValueError(f"column {key} has {len(values)} values, not {count}")
        column = table.columns[key]
        # A nullable column without a database default that is empty in every row is left out
        # of the statement (it is NULL all the same): fewer values for SQLite to bind.
        if (
            values[0] is None
            and column.nullable
            and column.server_default is None
            and values.count(None) == count
        ):
            continue
        convert = _sqlite_converter(column.type)
        if convert is not None:
            stored: dict[Any, Any] = {value: convert(value) for value in set(values) - {None}}
            stored[None] = None
            values = list(map(stored.__getitem__, values))
        names.append(f'"{key}"')
        kept.append(values)
    marks = ", ".join("?" for _ in names)
    values_of_rows = list(zip(*kept, strict=True))
    session.connection().exec_driver_sql(
        f'INSERT INTO "{table.name}" ({", ".join(names)}) VALUES ({marks})', values_of_rows
    )


def _sqlite_converter(column_type: Any) -> Callable[[Any], Any] | None:
    """What turns a value of this column type into its stored form on SQLite (None: as is)."""
    if isinstance(column_type, UTCDateTime):
        return _sqlite_datetime
    if isinstance(column_type, Money):
        return _sqlite_hundredths
    if isinstance(column_type, Date):
        return _sqlite_date
    return None


_DATETIME_TEXT: dict[datetime, str] = {}


def _sqlite_datetime(value: datetime) -> str:
    """UTCDateTime's stored form on SQLite: naive UTC, SQLAlchemy's DATETIME text."""
    text = _DATETIME_TEXT.get(value)
    if text is None:
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        if len(_DATETIME_TEXT) > 200_000:
            _DATETIME_TEXT.clear()
        text = _DATETIME_TEXT[value] = value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return text


def _sqlite_date(value: date) -> str:
    return value.isoformat()


def _sqlite_hundredths(value: Decimal) -> int:
    return int((value * 100).to_integral_value(rounding=ROUND_HALF_UP))


#: SQLite's page cache during a bulk load, in KiB: 32 MB keeps the index sorts in memory for
#: 100,000 customers while an import stays under its 400 MB (128 MB took it to 427 MB).
BULK_CACHE_KIB = 32768


@contextmanager
def deferred_indexes(session: Session, table: Table, *, enabled: bool = True) -> Iterator[None]:
    """Inside the caller's transaction: drop `table`'s secondary indexes, let the body insert,
    and create them again from their own SQL. For a load that at least doubles a table this is
    several times faster than updating two dozen indexes per row (each CREATE INDEX sorts once).
    The schema is the same afterwards; on an error the caller's rollback restores the indexes
    with everything else. Unique constraints stay (they are not separate index statements), and
    nothing happens on another database than SQLite or when not `enabled`."""
    if not enabled or session.get_bind().dialect.name != "sqlite":
        yield
        return
    conn = session.connection()
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL",
        (table.name,),
    ).all()
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    # The pages of the filled table and of the indexes being sorted stay in memory meanwhile
    # (SQLite's default 2 MB cache would spill the sorts to temporary files).
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
        for _name, sql in indexes:
            conn.exec_driver_sql(sql)
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")
