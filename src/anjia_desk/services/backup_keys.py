"""The backup passphrase and its key pair, kept as internal settings (the passphrase itself
never is), this database's id in its backups, and the scheduled backup's own actor."""

from __future__ import annotations

import base64
import json
import uuid
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from anjia_desk.core.errors import ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.db import backup_file
from anjia_desk.db.backup_file import WrappedKey
from anjia_desk.db.models import Setting
from anjia_desk.db.types import utcnow
from anjia_desk.services import audit
from anjia_desk.services.backup_files import DatabaseIdentity
from anjia_desk.services.context import SYSTEM_USERNAME, Actor
from anjia_desk.services.settings import (
    get_internal,
    set_internal,
)

PUBLIC_KEY = "backup.public_key"
WRAPPED_PRIVATE_KEY = "backup.wrapped_private_key"
AUTH_KEY = "backup.auth_key"  # a secret: written without its value reaching the audit text
DATABASE_ID = "database.id"  # a uuid4 naming this database in its backups' headers
MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 200
SCHEDULER_USERNAME = "scheduler"


def scheduler_actor() -> Actor:
    """The built-in actor of the daily backup (no roles: it may only run scheduled backups). The
    audit records its work as the system's, like every automatic job (the summary says 自动备份)."""
    system = Actor.system()
    return Actor(
        user_id=None,
        username=SCHEDULER_USERNAME,
        display_name=SYSTEM_USERNAME,
        os_user=system.os_user,
        host=system.host,
    )


def is_scheduler(actor: Actor) -> bool:
    return actor.user_id is None and actor.username == SCHEDULER_USERNAME and not actor.roles


def stored_keys(session: Session) -> backup_file.BackupKeys | None:
    public = get_internal(session, PUBLIC_KEY)
    wrapped = get_internal(session, WRAPPED_PRIVATE_KEY)
    auth = _get_secret(session, AUTH_KEY)
    if public is None or wrapped is None or auth is None:
        return None
    return backup_file.BackupKeys(
        public_key=base64.b64decode(public),
        auth_key=base64.b64decode(auth),
        wrapped=WrappedKey.from_json(wrapped),
    )


def _get_secret(session: Session, key: str) -> str | None:
    """Read through Core: an ORM object in the session could hold a value older than the row."""
    settings = cast(Table, Setting.__table__)
    encoded = session.execute(select(settings.c.value).where(settings.c.key == key)).scalar()
    return None if encoded is None else str(json.loads(encoded))


def _set_secret(session: Session, key: str, value: str) -> None:
    """Like set_internal, but through Core so the value never lands in the audit text."""
    settings = cast(Table, Setting.__table__)
    encoded = json.dumps(value)
    now = utcnow()
    row = session.execute(
        select(settings.c.id, settings.c.version).where(settings.c.key == key)
    ).first()
    if row is None:
        session.execute(
            insert(settings).values(key=key, value=encoded, created_at=now, updated_at=now)
        )
    else:
        session.execute(
            update(settings)
            .where(settings.c.id == row.id)
            .values(value=encoded, updated_at=now, version=row.version + 1)
        )


def own_database_id(session: Session) -> str:
    """This database's id, made (and kept as an internal setting) the first time it is needed."""
    value = get_internal(session, DATABASE_ID)
    if value is None:
        value = str(uuid.uuid4())
        set_internal(session, DATABASE_ID, value)
    return value


def database_identity(session: Session) -> DatabaseIdentity:
    """Which backup files are this database's (for list_backups(folder, owner=...))."""
    public = get_internal(session, PUBLIC_KEY)
    return DatabaseIdentity(
        database_id=get_internal(session, DATABASE_ID),
        public_key=None if public is None else base64.b64decode(public),
    )


def has_backup_passphrase(session: Session) -> bool:
    return stored_keys(session) is not None


def set_backup_passphrase(
    session: Session, actor: Actor, passphrase: str, *, old_passphrase: str | None = None
) -> None:
    """Set (or change) the backup passphrase: a new key pair, the private key wrapped under it.

    Changing it needs the old passphrase. Backups made before keep their own wrapped key: they
    open with the passphrase of their time, never with the new one.
    """
    actor.require(Action.SET_BACKUP_PASSPHRASE)
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError({"passphrase": f"备份口令至少 {MIN_PASSPHRASE} 个字符"})
    if len(passphrase) > MAX_PASSPHRASE:
        raise ValidationError({"passphrase": f"备份口令最多 {MAX_PASSPHRASE} 个字符"})
    current = stored_keys(session)
    if current is not None:
        if not old_passphrase:
            raise ValidationError({"old_passphrase": "已设置过备份口令：请输入原来的口令"})
        try:
            backup_file.unwrap_keys(current.wrapped, old_passphrase, current.public_key)
        except backup_file.WrongPassphrase as exc:
            raise ValidationError({"old_passphrase": "原来的备份口令不正确"}) from exc
    keys = backup_file.generate_keys(passphrase)
    own_database_id(session)  # the database keeps its id across passphrase changes
    set_internal(session, PUBLIC_KEY, base64.b64encode(keys.public_key).decode("ascii"))
    set_internal(session, WRAPPED_PRIVATE_KEY, keys.wrapped.to_json())
    _set_secret(session, AUTH_KEY, base64.b64encode(keys.auth_key).decode("ascii"))
    audit.record(
        session,
        actor,
        "update",
        "backup_passphrase",
        summary="更改备份口令（此前的备份仍需用当时的口令恢复）" if current else "设置备份口令",
    )
    session.flush()
