"""Refused attempts in the audit log (issue 14): a permission denied — an unmasked export, a full
ID number, a page or an action the role does not allow — leaves one line naming who tried what.

A refusal rolls its unit of work back, and the line would go with it; so `session_scope` writes
it after the rollback, in a short transaction of its own (on SQLite the refused session no longer
holds the write lock then). An exception is written once however many units of work it passes.

The same holds for what a service must keep although its unit of work fails: a phone looked up
(a referrer's number, issue 14) stays counted and audited when the registration or link it
served is refused. The service writes it in its session as usual and hands `keep_after_rollback`
a function that writes it again; `session_scope` calls those functions after a rollback, in one
short transaction of their own (`write_kept`). This module knows nothing of what they write: the
functions come from the services."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.db.models import AuditEntry

log = logging.getLogger("anjia_desk.db.refusals")

#: The audit log's words for a refusal (services.audit labels them 拒绝 and 权限).
REFUSED_ACTION = "refused"
REFUSED_ENTITY = "access"
_DONE = "_anjia_refusal_audited"
#: session.info's key for the writes to keep after a rollback (see `keep_after_rollback`).
_KEPT = "_anjia_kept_after_rollback"

#: A write that must outlive a rollback: adds its rows to the session it is given.
KeptWrite = Callable[[Session], object]


def refusal_entry(actor: Any, exc: PermissionDenied) -> AuditEntry:
    """The audit line of a refusal: who (the acting user, or 未知用户) and the refusal's text,
    which names what was refused."""
    return AuditEntry(
        user_id=getattr(actor, "user_id", None),
        actor=str(getattr(actor, "display_name", None) or "未知用户")[:80],
        os_user=getattr(actor, "os_user", None),
        host=getattr(actor, "host", None),
        action=REFUSED_ACTION,
        entity=REFUSED_ENTITY,
        entity_id=None,
        summary=exc.message,
    )


def record_refusal(sessions: sessionmaker[Session], actor: Any, exc: PermissionDenied) -> None:
    """Commit the refusal's audit line in a session of its own. A line that cannot be written
    (the database locked or read-only) is logged, never raised: the refusal is what the person
    must see."""
    if getattr(exc, _DONE, False):
        return
    setattr(exc, _DONE, True)
    try:
        with sessions() as session:
            session.add(refusal_entry(actor, exc))
            session.commit()
    except Exception:
        log.exception("could not write the audit line of a refusal: %s", exc.message)


def keep_after_rollback(session: Session, write: KeptWrite) -> None:
    """`write` adds rows the unit of work already holds (a lookup's audit line and count): should
    the unit of work be rolled back, `session_scope` calls it again on a session of its own."""
    session.info.setdefault(_KEPT, []).append(write)


def take_kept(session: Session) -> list[KeptWrite]:
    """The session's writes to keep, handed over once (a committed unit of work kept them)."""
    kept: list[KeptWrite] = session.info.pop(_KEPT, [])
    return kept


def write_kept(sessions: sessionmaker[Session], actor: Any, kept: list[KeptWrite]) -> None:
    """After a rollback: commit the kept writes in one short transaction, as `actor`. Like a
    refusal's line, one that cannot be written is logged, never raised: the refusal is what the
    person must see."""
    if not kept:
        return
    try:
        with sessions() as session:
            if actor is not None:
                session.info["actor"] = actor
            for write in kept:
                write(session)
            session.commit()
    except Exception:
        log.exception("could not keep %d write(s) of a rolled-back unit of work", len(kept))
