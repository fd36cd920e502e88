"""What the other PCs changed (issue 15): every committed unit of work that wrote a table adds
one row to `change_log` — the tables it wrote and which open database wrote it — in the same
transaction, so a row exists exactly when its change does. A window reads the rows newer than
the last it saw (`ChangeCursor`, polled by ui.change_feed through the operation layer) and
refreshes the views of those tables' topics; its own rows it skips, it broadcast them already.

The tables come from every statement run on the session's connection (ORM flushes, Core
statements, and the driver-level executemany of db.bulk and db.raw, whose table is read from the
SQL text). Installed on every Session when db.engine is imported. Writers prune the log as it
grows: the rows older than the newest KEEP are deleted once every PRUNE_EVERY commits (by id, not
by the clock); a reader that fell further behind than that refreshes everything.

On PostgreSQL ids are handed out before commit, so a row with a smaller id can appear after a
larger one: the cursor remembers the ids it has not seen below the newest (`holes`, the last
LOOKBACK ids) and asks for them again.
"""

from __future__ import annotations

import re
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, delete, event, func, insert, or_, select
from sqlalchemy.orm import Session, SessionTransaction

from anjia_desk.db.models.changes import change_log
from anjia_desk.db.tracking import untracked, written_table

#: "Everything changed" (the same name as services.topics.WHOLE_DATABASE): every view reloads.
EVERYTHING = "*"
#: How many of the newest rows writers keep, and how often (in ids) one of them prunes.
KEEP = 10_000
PRUNE_EVERY = 500
#: How far below the newest id a reader still waits for ids it has not seen (PostgreSQL).
LOOKBACK = 256
#: Tables that are about no view: the log itself and the schema's revision.
_IGNORED = frozenset({change_log.name, "alembic_version"})
#: A commit that wrote only these recorded that someone looked at something (a customer's page
#: opened, a search, a 判客 lookup): not logged. Every view that reloads writes such a line, so
#: logging them would have two PCs' open pages reload each other for ever; a real change writes
#: its own tables as well, and is logged with them.
LOOKING_ONLY = frozenset({"audit_log", "phone_lookups"})
_KEY = "anjia_change_log"  # Session.info: (the tables written, the connection)
_WRITTEN = "anjia_change_log_written"  # Connection.info: the set the statements add to

#: A write handed straight to the driver (db.bulk, db.raw): the table after INSERT/UPDATE/DELETE.
_DRIVER_WRITE = re.compile(
    r'^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"?(\w+)"?',
    re.IGNORECASE,
)

_origins: WeakKeyDictionary[Engine, str] = WeakKeyDictionary()
_origins_lock = threading.Lock()


def origin_of(engine: Engine) -> str:
    """The name this open database (one engine: a window, a command) writes its rows under."""
    with _origins_lock:
        origin = _origins.get(engine)
        if origin is None:
            origin = _origins[engine] = secrets.token_hex(8)
        return origin


# --- writing: one row per commit that wrote something


@event.listens_for(Session, "after_begin")
def _begin(session: Session, transaction: SessionTransaction, connection: Connection) -> None:
    if transaction.parent is not None:  # a savepoint: the outer transaction keeps counting
        return
    written: set[str] = set()
    connection.info[_WRITTEN] = written
    session.info[_KEY] = (written, connection)


@event.listens_for(Engine, "before_cursor_execute")
def _note(
    conn: Connection, _cursor: Any, sql: str, _params: Any, context: Any, _many: bool
) -> None:
    written: set[str] | None = conn.info.get(_WRITTEN)
    if written is None:
        return
    if context is not None and context.compiled is not None:
        table = written_table(context.compiled)
    else:
        match = _DRIVER_WRITE.match(sql)
        table = match.group(1) if match else None
    if table is not None:
        written.add(table)


def note_written(connection: Connection, table: str) -> None:
    """A write no statement event sees (PostgreSQL's COPY through the driver's own cursor):
    counted with the transaction's other writes all the same."""
    written: set[str] | None = connection.info.get(_WRITTEN)
    if written is not None:
        written.add(table)


@event.listens_for(Session, "before_commit")
def _log(session: Session) -> None:
    entry = session.info.get(_KEY)
    if entry is None or session.in_nested_transaction():
        return
    for _ in range(10):  # what is still pending is written now, so that its tables count
        if not (session.new or session.dirty or session.deleted):
            break
        session.flush()
    written, connection = entry
    names = written - _IGNORED
    written.clear()
    if names <= LOOKING_ONLY:
        return
    with untracked():  # the operation's own record of what it wrote stays as it was
        result = connection.execute(
            insert(change_log).values(
                tables=",".join(sorted(names)), origin=origin_of(connection.engine)
            )
        )
        new_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        if isinstance(new_id, int) and new_id % PRUNE_EVERY == 0 and new_id > KEEP:
            connection.execute(delete(change_log).where(change_log.c.id <= new_id - KEEP))


@event.listens_for(Session, "after_transaction_end")
def _end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        entry = session.info.pop(_KEY, None)
        if entry is not None:
            entry[0].clear()


# --- reading: what the others changed since the last look


@dataclass
class ChangeCursor:
    """Where one reader is in the change log. `poll` returns the tables written by commits it
    has not seen yet (other origins only). Used by one thread at a time."""

    #: Rows of this origin (the reader's own window) are skipped: it broadcast them itself.
    origin: str | None = None
    #: The newest id seen; None until the first poll, which starts at the end of the log.
    last: int | None = None
    #: Ids below `last` not seen yet (a PostgreSQL transaction that had not committed then).
    holes: set[int] = field(default_factory=set)

    def poll(self, session: Session) -> frozenset[str]:
        """The table names changed since the last poll (EVERYTHING when rows were pruned
        before this reader saw them). One indexed query."""
        if self.last is None:
            self.last = session.scalar(select(func.max(change_log.c.id))) or 0
            return frozenset()
        c = change_log.c
        wanted = c.id > self.last
        if self.holes:
            wanted = or_(wanted, c.id.in_(sorted(self.holes)))
        rows = session.execute(select(c.id, c.tables, c.origin).where(wanted)).all()
        return self._take([(row[0], row[1], row[2]) for row in rows])

    def _take(self, rows: list[tuple[int, str, str]]) -> frozenset[str]:
        assert self.last is not None
        names: set[str] = set()
        ids = {row_id for row_id, _, _ in rows}
        for _row_id, tables, origin in rows:
            if origin != self.origin:
                names.update(name for name in tables.split(",") if name)
        last = self.last
        newest = max(ids | {last})
        fresh = sum(1 for row_id in ids if row_id > last)
        if fresh < newest - last and newest - KEEP > last:  # some were pruned unseen
            names.add(EVERYTHING)
        self.holes -= ids
        self.holes.update(set(range(max(last + 1, newest - LOOKBACK), newest)) - ids)
        self.holes = {hole for hole in self.holes if hole > newest - LOOKBACK}
        self.last = newest
        return frozenset(names)
