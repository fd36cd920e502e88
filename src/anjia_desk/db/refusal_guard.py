"""Refusals outside a unit of work (issue 14): a service that opens its own sessions — a backup,
a restore, an import — checks the permission before any of them, so `session_scope` never sees
its PermissionDenied. These guards write the refusal's audit line there (db.refusals), once: a
refusal that then leaves a surrounding unit of work (the window's ops.job) is not written again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import sessionmaker

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.db.engine import Database, current_revision, make_engine, sqlite_path
from anjia_desk.db.refusals import record_refusal
from anjia_desk.db.schema import HEAD_REVISION

log = logging.getLogger("anjia_desk.db.refusals")


@contextmanager
def refusals_audited(database: Database, actor: Any) -> Iterator[None]:
    """A PermissionDenied raised in the block is audited in `database`, then raised on."""
    try:
        yield
    except PermissionDenied as exc:
        record_refusal(database.sessions, actor, exc)
        raise


@contextmanager
def refusals_audited_at(url: str, actor: Any) -> Iterator[None]:
    """As `refusals_audited`, for a service given only the database's address (a restore): the
    line goes into the database there when it is one of ours at this version; a missing file is
    not created, a foreign or older one is left untouched (the refusal is still raised)."""
    try:
        yield
    except PermissionDenied as exc:
        _record_at(url, actor, exc)
        raise


def _record_at(url: str, actor: Any, exc: PermissionDenied) -> None:
    path = sqlite_path(url)
    if url.startswith("sqlite") and (path is None or not path.is_file()):
        return
    try:
        engine = make_engine(url)
    except Exception:
        log.exception("could not open %s to audit a refusal", url)
        return
    try:
        if current_revision(engine) != HEAD_REVISION:
            log.warning("refusal not audited: %s is not a database of this version", url)
            return
        record_refusal(sessionmaker(engine), actor, exc)
    except Exception:
        log.exception("could not audit a refusal in %s", url)
    finally:
        engine.dispose()
