"""Refused attempts in the audit log (issue 14): a permission denied — an unmasked export, a full
ID number, a page or an action the role does not allow — leaves one line naming who tried what.

A refusal rolls its unit of work back, and the line would go with it; so `session_scope` writes
it after the rollback, in a short transaction of its own (on SQLite the refused session no longer
holds the write lock then). An exception is written once however many units of work it passes."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.db.models import AuditEntry

log = logging.getLogger("anjia_desk.db.refusals")

#: The audit log's words for a refusal (services.audit labels them 拒绝 and 权限).
REFUSED_ACTION = "refused"
REFUSED_ENTITY = "access"
_DONE = "_anjia_refusal_audited"


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
