"""A restore does not bring an erased person back (issue 14): the erasure log (ids only) of the
database being replaced is read before the swap, and applied to the restored copy — upgraded to
this app's schema first when it is older — before that copy takes the live one's place. The log
entries are written into the restored database, so they survive the next restore too."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import create_engine, inspect, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from anjia_desk.db.engine import Database, current_revision, make_engine, session_scope, upgrade
from anjia_desk.db.models import ErasureLog
from anjia_desk.db.schema import HEAD_REVISION
from anjia_desk.db.types import aware_utc
from anjia_desk.services import erasure
from anjia_desk.services.context import Actor

log = logging.getLogger(__name__)


def _url(path: Path) -> str:
    return "sqlite:///" + str(path)


def pending_erasures(live: Path) -> list[erasure.LogEntry]:
    """The erasure log of the database about to be replaced (none when there is no readable
    database there, or it predates the log)."""
    if not live.is_file():
        return []
    # Read-only and without the app's connect hook: a damaged or foreign file stays untouched.
    engine = create_engine(f"sqlite:///{live.resolve().as_uri()}?mode=ro&uri=true")
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table(ErasureLog.__tablename__):
                return []
            rows = connection.execute(
                select(ErasureLog.customer_id, ErasureLog.erased_at, ErasureLog.kind).order_by(
                    ErasureLog.id
                )
            )
            return [erasure.LogEntry(r[0], aware_utc(r[1]), r[2]) for r in rows]
    except SQLAlchemyError as exc:  # a damaged live database: nothing can be read from it
        log.warning("could not read the erasure log of %s: %s", live, exc)
        return []
    finally:
        engine.dispose()


def apply_erasures(restored: Path, entries: list[erasure.LogEntry]) -> int:
    """Erase again in the restored copy everyone in `entries`, log them there, and leave its
    file without their data. Returns how many people the copy still held."""
    if not entries:
        return 0
    engine = make_engine(_url(restored))
    try:
        if current_revision(engine) != HEAD_REVISION:
            upgrade(engine)  # the log and the columns it needs exist from 0009 on
        sessions = sessionmaker(engine, expire_on_commit=False)
        database = Database(url=_url(restored), engine=engine, sessions=sessions)
        # The file is rewritten without the erased rows once this commits (services.erasure).
        with session_scope(database, Actor.system()) as session:
            return erasure.reapply_log(session, entries)
    finally:
        engine.dispose()
