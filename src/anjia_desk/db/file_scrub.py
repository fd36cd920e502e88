"""Leaving no trace of erased data in a SQLite file (issue 14): after the erasing transaction
commits, VACUUM rewrites the database without the free space that still held the old rows, and
a TRUNCATE checkpoint empties the WAL, whose older frames held them too. Nothing on PostgreSQL
(its own VACUUM does not promise to overwrite dead rows; the server's disks are the office's)."""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

_PENDING = "anjia_desk.scrub_file_after_commit"


def scrub_engine_file(engine: Engine) -> bool:
    """VACUUM and empty the WAL of a SQLite database now (no transaction may be open on it in
    this process); False when another connection kept it from finishing. True elsewhere."""
    if engine.dialect.name != "sqlite":
        return True
    try:
        with engine.connect() as connection:
            auto = connection.execution_options(isolation_level="AUTOCOMMIT")
            auto.exec_driver_sql("VACUUM")
            row = auto.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
    except DBAPIError as exc:  # busy past the timeout: the next erasure or backup tries again
        log.warning("could not compact the database after an erasure: %s", exc)
        return False
    return row is None or not row[0]


def _after_commit(session: Session) -> None:
    if not session.info.pop(_PENDING, False):
        return
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    scrub_engine_file(engine)


def scrub_file_after_commit(session: Session) -> None:
    """Once this session's transaction commits, rewrite the SQLite file without what it erased."""
    if session.get_bind().dialect.name != "sqlite" or session.info.get(_PENDING):
        return
    session.info[_PENDING] = True
    event.listen(session, "after_commit", _after_commit, once=True)
