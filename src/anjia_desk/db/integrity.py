"""Is the database intact? SQLite's `quick_check` before a backup, an import and at the window's
start (issue 14): a damaged file must not be backed up "successfully" into a backup that cannot be
restored, nor have more rows written into it.

On another database than SQLite there is nothing to check here (the server keeps its own pages):
the check passes.
"""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError
from anjia_desk.db.engine import (
    Database,
    DatabaseDamaged,
    damaged_message,
    describe_db_error,
    is_damage,
)

__all__ = [
    "damaged_message",
    "database_problems",
    "integrity_problems",
    "require_intact",
    "require_intact_session",
    "session_problems",
]

log = logging.getLogger(__name__)

#: At most this many problems are listed by SQLite (the first is enough to refuse).
PROBLEMS_LISTED = 5


def integrity_problems(connection: Connection) -> list[str]:
    """SQLite's own words for what is wrong with the file; empty when it is intact (or when the
    database is not SQLite). A locked database is a UserError with the usual message."""
    if connection.dialect.name != "sqlite":
        return []
    try:
        rows = connection.exec_driver_sql(f"PRAGMA quick_check({PROBLEMS_LISTED})").all()
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        if is_damage(exc):
            return [str(getattr(exc, "orig", exc))]
        raise UserError(describe_db_error(exc)) from exc
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def session_problems(session: Session) -> list[str]:
    """integrity_problems on the session's connection (the window's check runs as a read)."""
    return integrity_problems(session.connection())


def database_problems(database: Database) -> list[str]:
    try:
        with database.engine.connect() as connection:
            return integrity_problems(connection)
    except (DBAPIError, sqlite3.DatabaseError) as exc:  # opening a connection failed
        if is_damage(exc):
            return [str(getattr(exc, "orig", exc))]
        raise UserError(describe_db_error(exc)) from exc


def require_intact(database: Database, refused: str) -> None:
    """Refuse (DatabaseDamaged, a UserError: exit code 2) to `refused` — e.g. "备份" — a
    damaged database."""
    _refuse_if_damaged(database_problems(database), refused)


def require_intact_session(session: Session, refused: str) -> None:
    """require_intact on the session's own connection (an export checks before it reads: rows
    missing behind a bad page would otherwise leave the office as a "complete" workbook)."""
    _refuse_if_damaged(session_problems(session), refused)


def _refuse_if_damaged(problems: list[str], refused: str) -> None:
    if problems:
        log.warning("%s refused: the database is damaged: %s", refused, "; ".join(problems))
        raise DatabaseDamaged(damaged_message(refused))
