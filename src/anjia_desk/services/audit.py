"""The audit log: every change to an audited table is written automatically at flush time;
views, prints, exports and logins are recorded explicitly with `record`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, func, inspect, or_, select
from sqlalchemy.orm import Session, UOWTransaction

from anjia_desk.db.base import Base
from anjia_desk.db.models import AuditEntry
from anjia_desk.services.context import Actor

#: Columns whose values never go into the audit text.
SECRET_COLUMNS = frozenset({"password_hash", "value_secret"})
_SKIP_COLUMNS = frozenset({"id", "created_at", "updated_at", "version"})

ACTION_LABELS = {
    "create": "新增",
    "update": "修改",
    "delete": "删除",
    "view": "查看",
    "print": "打印",
    "export": "导出",
    "login": "登录",
    "login_failed": "登录失败",
    "logout": "退出登录",
    "unlock": "解锁",
    "backup": "备份",
    "restore": "恢复",
}


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None = None,
    summary: str = "",
    reason: str | None = None,
) -> AuditEntry:
    """Add one audit entry to the session (committed with the caller's unit of work)."""
    entry = AuditEntry(
        user_id=actor.user_id,
        actor=actor.display_name,
        os_user=actor.os_user,
        host=actor.host,
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary,
        reason=reason,
    )
    session.add(entry)
    return entry


def _fmt(column: str, value: Any) -> str:
    if column in SECRET_COLUMNS:
        return "***"
    if isinstance(value, str) and len(value) > 80:
        return value[:77] + "…"
    return repr(value) if isinstance(value, str) else str(value)


def _changes(obj: Base) -> list[str]:
    state = inspect(obj)
    parts = []
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            parts.append(f"{attr.key}: {_fmt(attr.key, old)} → {_fmt(attr.key, new)}")
    return parts


def _values(obj: Base) -> list[str]:
    state = inspect(obj)
    return [
        f"{attr.key}={_fmt(attr.key, getattr(obj, attr.key))}"
        for attr in state.mapper.column_attrs
        if attr.key not in _SKIP_COLUMNS and getattr(obj, attr.key) is not None
    ]


@event.listens_for(Session, "before_flush")
def _audit_changes(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    pending: list[tuple[str, Base]] = []
    pending += [("create", o) for o in session.new if isinstance(o, Base) and o.__audited__]
    pending += [
        ("update", o)
        for o in session.dirty
        if isinstance(o, Base)
        and o.__audited__
        and session.is_modified(o, include_collections=False)
    ]
    pending += [("delete", o) for o in session.deleted if isinstance(o, Base) and o.__audited__]
    if not pending:
        return
    actor = session.info.get("actor")
    if not isinstance(actor, Actor):
        raise RuntimeError(
            "a change to audited data without an acting user (session.info['actor'])"
        )
    session.info.setdefault("_audit_pending", []).extend(pending)


@event.listens_for(Session, "after_flush")
def _audit_write(session: Session, _flush: UOWTransaction) -> None:
    pending = session.info.pop("_audit_pending", [])
    if not pending:
        return
    actor: Actor = session.info["actor"]
    for action, obj in pending:
        text = "；".join(_values(obj) if action != "update" else _changes(obj))
        if action == "update" and not text:
            continue
        session.add(
            AuditEntry(
                user_id=actor.user_id,
                actor=actor.display_name,
                os_user=actor.os_user,
                host=actor.host,
                action=action,
                entity=obj.__tablename__,
                entity_id=inspect(obj).identity[0] if inspect(obj).identity else None,
                summary=text,
            )
        )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    os_user: str | None
    host: str | None
    action: str
    entity: str
    entity_id: int | None
    summary: str
    reason: str | None

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


def search_audit(
    session: Session,
    actor: Actor,
    *,
    text: str = "",
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
) -> Sequence[AuditRow]:
    """Newest first; `text` matches the actor, the table or the summary."""
    from anjia_desk.core.roles import Action

    actor.require(Action.VIEW_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(
            or_(
                AuditEntry.actor.like(like),
                AuditEntry.entity.like(like),
                AuditEntry.summary.like(like),
                AuditEntry.os_user.like(like),
            )
        )
    if action:
        query = query.where(AuditEntry.action == action)
    if since is not None:
        query = query.where(AuditEntry.created_at >= since)
    if until is not None:
        query = query.where(AuditEntry.created_at < until)
    return [
        AuditRow(
            e.id,
            e.created_at,
            e.actor,
            e.os_user,
            e.host,
            e.action,
            e.entity,
            e.entity_id,
            e.summary,
            e.reason,
        )
        for e in session.scalars(query)
    ]


def count_audit(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
