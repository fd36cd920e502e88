"""Every change to an audited table goes into the audit log, written in the same flush.

Installed on every Session when the db package's engine module is imported, so no write can
forget it. The acting user is `session.info["actor"]` (services.context.Actor or anything with
user_id, display_name, os_user and host); a change without one is a bug and is refused.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from anjia_desk.db.base import Base
from anjia_desk.db.models import AuditEntry
from anjia_desk.db.types import StrEnumType

_SKIP_COLUMNS = frozenset({"id", "created_at", "updated_at", "version"})


def enum_label(value: Any, column_type: Any = None) -> Any:
    """The Chinese label of an enum member (any enum whose members have a `label`), or of the
    stored string of an enum column (`column_type` a StrEnumType); anything else as it is."""
    if isinstance(value, str) and isinstance(column_type, StrEnumType):
        value = column_type.enum._value2member_map_.get(value, value)
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        return label if isinstance(label, str) else value.value
    return value


def _fmt(value: Any, secret: bool) -> str:
    if secret:
        return "***"
    value = enum_label(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if value is None:
        return "（空）"
    if isinstance(value, datetime):
        zone = " UTC" if value.utcoffset() == timedelta(0) else ""
        return value.strftime("%Y-%m-%d %H:%M:%S") + zone
    if isinstance(value, str) and len(value) > 80:
        return value[:77] + "…"
    return repr(value) if isinstance(value, str) else str(value)


def _audited_columns(obj: Base) -> list[str]:
    skip = _SKIP_COLUMNS | obj.__audit_skip__
    return [attr.key for attr in inspect(obj).mapper.column_attrs if attr.key not in skip]


def _shown(obj: Base, key: str, value: Any) -> Any:
    """A column's value as the audit text shows it: the model's own reading, enums labelled."""
    return enum_label(obj.audit_value(key, value), inspect(obj).mapper.columns[key].type)


def _changes(obj: Base) -> list[str]:
    state = inspect(obj)
    secret = obj.audit_secret_columns()
    parts = []
    for key in _audited_columns(obj):
        history = state.attrs[key].history
        if history.has_changes():
            old = _shown(obj, key, history.deleted[0] if history.deleted else None)
            new = _shown(obj, key, history.added[0] if history.added else None)
            hidden = key in secret
            label = obj.__audit_labels__.get(key, key)
            parts.append(f"{label}：{_fmt(old, hidden)} → {_fmt(new, hidden)}")
    return parts


def _values(obj: Base) -> list[str]:
    secret = obj.audit_secret_columns()
    labels = obj.__audit_labels__
    return [
        f"{labels.get(key, key)}={_fmt(_shown(obj, key, getattr(obj, key)), key in secret)}"
        for key in _audited_columns(obj)
        if getattr(obj, key) is not None
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
    if actor is None or not hasattr(actor, "display_name"):
        raise RuntimeError(
            "a change to audited data without an acting user (session.info['actor'])"
        )
    session.info.setdefault("_audit_pending", []).extend(pending)


@event.listens_for(Session, "after_flush")
def _audit_write(session: Session, _flush: UOWTransaction) -> None:
    pending = session.info.pop("_audit_pending", [])
    if not pending:
        return
    actor = session.info["actor"]
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
                entity_id=obj.id,
                summary=text,
            )
        )
