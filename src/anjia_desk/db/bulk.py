"""Writing many rows at once (the demo, imports): one executemany (SQLite) or one COPY
(PostgreSQL) per batch, and a bulk load that rebuilds a table's secondary indexes once instead
of updating them per row."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Date, Table
from sqlalchemy.orm import Session

from anjia_desk.db.change_log import note_written
from anjia_desk.db.tracking import mark_written
from anjia_desk.db.types import Money, StrEnumType, UTCDateTime


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys, values as the models take them) in one statement.

    The values are turned into the column types' stored form here (SQLite: UTC text timestamps,
    ISO dates, integer hundredths; PostgreSQL: aware UTC timestamps, 2-place decimals, plain
    strings for enum members) and handed to the driver: SQLite's executemany, PostgreSQL's
    COPY. SQLAlchemy's per-value type processing would take most of the 30 s a
    100,000-customer demo may take. Column defaults are not applied: the rows carry every
    column that needs a value. tests/services/test_demo.py and tests/db/test_bulk_and_raw.py
    check that the fast paths store what SQLAlchemy's insert stores."""
    if rows:
        keys = list(rows[0])
        bulk_insert_columns(session, table, {key: [row[key] for row in rows] for key in keys})


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
    runs in C, and no row twice. Each column's values are turned into their stored form, each
    distinct value once (dates, timestamps and amounts repeat across a file), and the columns
    zipped into the statement's rows."""
    count = len(next(iter(columns.values()), []))
    if not count:
        return
    engine = session.get_bind().dialect.name
    mark_written(table.name)  # the driver's executemany / COPY passes no SQLAlchemy statement
    names: list[str] = []
    kept: list[list[Any]] = []
    for key, values in columns.items():
        if len(values) != count:
            raise ValueError(f"column {key} has {len(values)} values, not {count}")
        column = table.columns[key]
        # A nullable column without a database default that is empty in every row is left out
        # of the statement (it is NULL all the same): fewer values for the driver to pass.
        if (
            values[0] is None
            and column.nullable
            and column.server_default is None
            and values.count(None) == count
        ):
            continue
        convert = _converter(column.type, engine)
        if convert is not None:
            stored: dict[Any, Any] = {value: convert(value) for value in set(values) - {None}}
            stored[None] = None
            values = list(map(stored.__getitem__, values))
        names.append(key)
        kept.append(values)
    values_of_rows = list(zip(*kept, strict=True))
    connection = session.connection()
    quoted = ", ".join(f'"{name}"' for name in names)
    if engine == "postgresql":
        _copy_rows(connection, table, quoted, values_of_rows)
        if "id" in names:
            _advance_id_sequence(connection, table)
        return
    marks = ", ".join("?" for _ in names)
    connection.exec_driver_sql(
        f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})', values_of_rows
    )


def may_rebuild_indexes(session: Session, table: Table) -> bool:
    """Whether this session may drop and make `table`'s indexes: always on SQLite; on PostgreSQL
    only as the table's owner (the everyday app role has data rights only)."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    # Owning the table (or being a member of its owner) is what dropping its indexes takes.
    return bool(
        session.connection()
        .exec_driver_sql(
            "SELECT pg_has_role(relowner, 'USAGE') FROM pg_class WHERE oid = to_regclass(%(t)s)",
            {"t": f'"{table.name}"'},
        )
        .scalar()
    )


def _copy_rows(
    connection: Connection, table: Table, quoted: str, rows: list[tuple[Any, ...]]
) -> None:
    """PostgreSQL: the rows through one COPY … FROM STDIN on the session's own connection (in
    its transaction), several times faster than an INSERT per row."""
    note_written(connection, table.name)  # the change log: other PCs hear of these rows too
    cursor = connection.connection.cursor()
    try:
        with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cursor.close()


def _advance_id_sequence(connection: Connection, table: Table) -> None:
    """PostgreSQL: rows written with their own ids leave the table's id sequence behind; set it
    past the largest id (never back), so the next row the ORM adds gets a free id."""
    sequence = connection.exec_driver_sql(
        "SELECT pg_get_serial_sequence(%(table)s, 'id')", {"table": f'"{table.name}"'}
    ).scalar()
    if sequence is None:
        return
    connection.exec_driver_sql(
        f'SELECT setval(%(sequence)s, GREATEST((SELECT max(id) FROM "{table.name}"), '
        f"(SELECT last_value FROM {sequence})))",
        {"sequence": sequence},
    )


def _converter(column_type: Any, engine: str) -> Callable[[Any], Any] | None:
    """What turns a value of this column type into its stored form (None: as is)."""
    if engine == "sqlite":
        if isinstance(column_type, UTCDateTime):
            return _sqlite_datetime
        if isinstance(column_type, Money):
            return _sqlite_hundredths
        if isinstance(column_type, Date):
            return _sqlite_date
        return None
    if isinstance(column_type, UTCDateTime):
        return _aware_utc
    if isinstance(column_type, Money):
        return _two_places
    if isinstance(column_type, StrEnumType):
        return _plain_text
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
    return int(_two_places(value).scaleb(2))


def _aware_utc(value: datetime) -> datetime:
    """UTCDateTime's bound form elsewhere: the moment in UTC, zone kept."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
    return value.astimezone(UTC)


_CENT = Decimal("0.01")


def _two_places(value: Decimal | int | str) -> Decimal:
    """Money's bound form: a Decimal with 2 places, half up (never a float)."""
    if isinstance(value, float):
        raise TypeError("money must be Decimal, never float")
    return Decimal(value).quantize(_CENT, rounding=ROUND_HALF_UP)


def _plain_text(value: Any) -> Any:
    """An enum member as its value (the driver would otherwise write its name)."""
    return value.value if isinstance(value, Enum) else value


#: SQLite's page cache during a bulk load, in KiB: 32 MB keeps the index sorts in memory for
#: 100,000 customers while an import stays under its 400 MB (128 MB took it to 427 MB).
BULK_CACHE_KIB = 32768
#: PostgreSQL's memory for building each index again after a bulk load.
BULK_INDEX_MEMORY = "128MB"


def secondary_indexes(connection: Connection, table_name: str) -> list[tuple[str, str]]:
    """(name, the statement that creates it) of each index of the table that is not a primary
    key or a constraint's own (a UNIQUE constraint's index stays with its constraint)."""
    if connection.dialect.name == "postgresql":
        rows = connection.exec_driver_sql(
            "SELECT c.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
            "JOIN pg_class c ON c.oid = x.indexrelid "
            "WHERE x.indrelid = to_regclass(%(table)s) AND NOT x.indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid) "
            "ORDER BY c.relname",
            {"table": f'"{table_name}"'},
        ).all()
    else:
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY name",
            (table_name,),
        ).all()
    return [(name, sql) for name, sql in rows]


@contextmanager
def deferred_indexes(session: Session, table: Table, *, enabled: bool = True) -> Iterator[None]:
    """Inside the caller's transaction: drop `table`'s secondary indexes, let the body insert,
    and create them again from their own SQL. For a load that at least doubles a table this is
    several times faster than updating two dozen indexes per row (each CREATE INDEX sorts once).
    The schema is the same afterwards; on an error the caller's rollback restores the indexes
    with everything else. Unique constraints stay (they are not separate index statements), and
    nothing happens when not `enabled`. On PostgreSQL the dropped indexes hold the table for
    the transaction (other PCs' reads of it wait): only loads into a near-empty table do this."""
    engine = session.get_bind().dialect.name
    if not enabled or engine not in ("sqlite", "postgresql"):
        yield
        return
    if not may_rebuild_indexes(session, table):
        # The everyday app role may not drop indexes (least privilege): the load updates them
        # row by row instead — slower, same result.
        yield
        return
    conn = session.connection()
    indexes = secondary_indexes(conn, table.name)
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    if engine == "postgresql":
        conn.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{BULK_INDEX_MEMORY}'")
        yield
        for _name, sql in indexes:
            conn.exec_driver_sql(sql)
        return
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
