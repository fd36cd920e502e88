"""Which tables a piece of work read and wrote, so that views refresh on what really changed.

The UI's operation layer wraps each operation in `tracking()`; every SQL statement executed on
that thread meanwhile (ORM flushes, `session.execute(insert/update/delete/select)`, lazy loads,
other sessions a service opens itself) is seen by one engine listener, and its tables recorded
(worked out once per compiled statement).
Paths that bypass SQLAlchemy's statements (the driver's executemany in `bulk.py`, a restore that
replaces the whole file) say what they wrote with `mark_written`. Outside `tracking()` the
listener costs one context-variable look-up per statement.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, Table, event
from sqlalchemy.sql import Delete, Insert, Select, Update
from sqlalchemy.sql.util import find_tables


@dataclass
class Tracked:
    """The tables written (always) and read (when asked for) during one `tracking()` block."""

    written: set[str] = field(default_factory=set)
    read: set[str] | None = None


_current: ContextVar[Tracked | None] = ContextVar("anjia_tracked", default=None)


@contextmanager
def tracking(*, reads: bool = False) -> Iterator[Tracked]:
    """Record the tables written (and with `reads`, read) by statements run inside the block."""
    tracked = Tracked(read=set() if reads else None)
    token = _current.set(tracked)
    try:
        yield tracked
    finally:
        _current.reset(token)


@contextmanager
def not_tracking_reads() -> Iterator[None]:
    """Reads inside this block are bookkeeping (re-reading the acting user), not a view's data."""
    tracked = _current.get()
    saved = None if tracked is None else tracked.read
    if tracked is not None:
        tracked.read = None
    try:
        yield
    finally:
        if tracked is not None:
            tracked.read = saved


@contextmanager
def untracked() -> Iterator[None]:
    """Statements inside this block are bookkeeping no view is about (db.change_log's row)."""
    token = _current.set(None)
    try:
        yield
    finally:
        _current.reset(token)


def mark_written(*tables: str) -> None:
    """For writes that do not pass through a SQLAlchemy statement."""
    tracked = _current.get()
    if tracked is not None:
        tracked.written.update(tables)


def mark_read(*tables: str) -> None:
    """For reads that do not pass through a SQLAlchemy statement (the backup folder)."""
    tracked = _current.get()
    if tracked is not None and tracked.read is not None:
        tracked.read.update(tables)


def _tables_of(compiled: Any) -> tuple[str | None, frozenset[str]]:
    """(the table a DML statement writes, or None; the tables a statement reads), computed once
    per compiled statement: SQLAlchemy reuses compiled statements from its cache, so a view's
    load pays for walking each statement's tree only the first time."""
    known = _by_compiled.get(compiled)
    if known is None:
        statement = compiled.statement
        if isinstance(statement, Insert | Update | Delete):
            known = (statement.table.name, frozenset())  # type: ignore[union-attr]
        elif isinstance(statement, Select):
            found = find_tables(statement, include_aliases=True, include_joins=True)
            known = (None, frozenset(t.name for t in found if isinstance(t, Table)))
        else:
            known = (None, frozenset())
        _by_compiled[compiled] = known
    return known


_by_compiled: WeakKeyDictionary[Any, tuple[str | None, frozenset[str]]] = WeakKeyDictionary()


def written_table(compiled: Any) -> str | None:
    """The table a compiled DML statement writes, or None (db.change_log, issue 15)."""
    return _tables_of(compiled)[0]


@event.listens_for(Engine, "before_cursor_execute")
def _record(_conn: Any, _cursor: Any, _sql: Any, _params: Any, context: Any, _many: bool) -> None:
    tracked = _current.get()
    if tracked is None or context is None or context.compiled is None:
        return
    written, read = _tables_of(context.compiled)
    if written is not None:
        tracked.written.add(written)
    elif tracked.read is not None:
        tracked.read.update(read)
