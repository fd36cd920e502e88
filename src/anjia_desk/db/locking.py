"""Row locks for work that must not interleave with the same work on another PC (issue 15).

`lock_row` holds one row until the transaction ends, so that what the caller then reads and
writes (the next number of a project, the state of a unit) is the same for every writer, taken one
after the other:

- PostgreSQL: `SELECT … FOR NO KEY UPDATE` — the row alone. Other rows, and inserts of rows that
  refer to it (their foreign-key check takes a weaker lock), go on meanwhile.
- SQLite: one writer at a time for the whole file. A write that changes nothing takes the write
  lock now, waiting `busy_timeout` for another writer; the reads that follow then see its
  committed work (without it, a transaction that read first and wrote later would act on what it
  read before the other writer committed).
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

T = TypeVar("T")


def lock_row(session: Session, model: type[T], row_id: int) -> T | None:
    """Lock the row `row_id` of `model` until the transaction ends and return it (None when there
    is no such row). Pending changes of the session are flushed first. Read after the lock, the
    row holds what another writer committed meanwhile — unless this session already had it: that
    copy is left as the session saw it, and the version check of a versioned row still refuses
    to save over a change made since (session_scope's ConflictError)."""
    table: Any = model.__table__  # type: ignore[attr-defined]
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        # updated_at set to itself: nothing changes, no onupdate fires — and, as driver SQL, the
        # views' change tracking (db.tracking) does not take the table for written.
        connection = session.connection()
        name = connection.dialect.identifier_preparer.format_table(table)
        connection.exec_driver_sql(
            f"UPDATE {name} SET updated_at = updated_at WHERE id = ?", (row_id,)
        )
    else:
        session.execute(
            select(table.c.id).where(table.c.id == row_id).with_for_update(key_share=True)
        )
    return session.get(model, row_id)


def hold_table_for_writes(session: Session, table: Any) -> None:
    """Until the transaction ends, nobody else writes `table` (reads go on): a bulk load that
    numbers its rows itself (max(id) + 1 onwards) is not met by another PC's insert taking one
    of those ids from the sequence. PostgreSQL: `LOCK TABLE … IN EXCLUSIVE MODE` (the app role's
    UPDATE right suffices). SQLite: the transaction's first write has the whole file already."""
    session.flush()
    if session.get_bind().dialect.name != "postgresql":
        return
    connection = session.connection()
    name = connection.dialect.identifier_preparer.format_table(table)
    connection.exec_driver_sql(f"LOCK TABLE {name} IN EXCLUSIVE MODE")
