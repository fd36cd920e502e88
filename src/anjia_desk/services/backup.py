"""Encrypted backups: the passphrase, backing up, restoring, and the daily scheduled backup.

The passphrase is never stored (DOMAIN §13). Setting it makes a key pair: backups are encrypted for
the public key, so the scheduled backup needs no passphrase; restoring needs the passphrase, which
unwraps the private key carried in the backup file itself (see db/backup_file.py).

This module backs up and runs the daily backup; the key pair is in services.backup_keys, the
files and temp copies in services.backup_files, restoring in services.backup_restore (all
re-exported here: this is the module the window and the command line use).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from anjia_desk import __version__
from anjia_desk.core.backup_schedule import backups_to_prune, is_backup_due, parse_time
from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.db import backup_file
from anjia_desk.db.engine import (
    Database,
    backup_sqlite,
    describe_db_error,
    session_scope,
)
from anjia_desk.db.integrity import require_intact
from anjia_desk.db.refusal_guard import refusals_audited
from anjia_desk.db.tracking import mark_written
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.backup_copies import backup_folder, default_target, prune_plain_copies
from anjia_desk.services.backup_files import (
    DEFAULT_NAME,
    LEFTOVER_AGE,
    LOCK_TIMEOUT,
    ONLY_SQLITE,
    BackupInfo,
    DatabaseIdentity,
    backup_info,
    clean_leftovers,
    copy_server_database,
    list_backups,
    read_backup_header,
    remove_db_files,
    revision_of,
    scratch_beside,
    server_db_name,
    temp_beside,
)
from anjia_desk.services.backup_keys import (
    AUTH_KEY,
    DATABASE_ID,
    MAX_PASSPHRASE,
    MIN_PASSPHRASE,
    PUBLIC_KEY,
    SCHEDULER_USERNAME,
    WRAPPED_PRIVATE_KEY,
    database_identity,
    has_backup_passphrase,
    is_scheduler,
    own_database_id,
    scheduler_actor,
    set_backup_passphrase,
    stored_keys,
)
from anjia_desk.services.backup_pc import claim_if_unnamed, this_pc
from anjia_desk.services.backup_restore import (
    LOCKED,
    NEWER_BACKUP,
    RestoreResult,
    restore_database,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.id_key import key_for_backup
from anjia_desk.services.publishing import publish, staged, unwritable
from anjia_desk.services.settings import (
    get_settings,
    office_zone,
)
from anjia_desk.services.topics import BACKUP_FILES

__all__ = [
    "AUTH_KEY",
    "DATABASE_ID",
    "DEFAULT_NAME",
    "LEFTOVER_AGE",
    "LOCKED",
    "LOCK_TIMEOUT",
    "MAX_PASSPHRASE",
    "MIN_PASSPHRASE",
    "NEWER_BACKUP",
    "NO_PASSPHRASE",
    "ONLY_SQLITE",
    "PUBLIC_KEY",
    "SCHEDULER_USERNAME",
    "WRAPPED_PRIVATE_KEY",
    "BackupInfo",
    "DatabaseIdentity",
    "RestoreResult",
    "backup_database",
    "backup_folder",
    "clean_leftovers",
    "database_identity",
    "has_backup_passphrase",
    "list_backups",
    "read_backup_header",
    "restore_database",
    "run_scheduled_backup",
    "scheduler_actor",
    "set_backup_passphrase",
]

log = logging.getLogger(__name__)

NO_PASSPHRASE = "还没有设置备份口令：请管理员先在“备份”页面设置口令，再进行备份"


def backup_database(
    database: Database,
    actor: Actor,
    out: Path | None = None,
    *,
    passphrase: str | None = None,
    scheduled: bool = False,
    now: datetime | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
) -> BackupInfo:
    """Write an encrypted backup of `database` to `out` (default: the backup folder).

    With a passphrase: on the first backup it becomes the backup passphrase; later it must be the
    right one. Without one, a key pair must already exist (the scheduled backup's case). A
    database locked for longer than `lock_timeout` seconds is a UserError.
    """
    if not (scheduled and is_scheduler(actor)):
        with refusals_audited(database, actor):  # no session yet: audited here (issue 14)
            actor.require(Action.BACKUP)
    require_intact(database, "备份")  # a damaged file would back up into an unrestorable one
    live = database.path
    moment = aware_utc(now)
    with session_scope(database, actor) as session:
        keys = stored_keys(session)
        if keys is None:
            if passphrase is None:
                raise UserError(NO_PASSPHRASE)
            set_backup_passphrase(session, actor, passphrase)
            keys = stored_keys(session)
            assert keys is not None
        elif passphrase is not None:
            backup_file.unwrap_keys(keys.wrapped, passphrase, keys.public_key)
        database_id = own_database_id(session)
        id_key = key_for_backup(session)  # the ID-number key travels inside (issue 14)
        if out is None:
            folder = backup_folder(session)
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError(f"无法创建备份文件夹：{folder}（{exc.strerror}）") from exc
            out = default_target(folder, moment.astimezone(office_zone(session)))
    if live is not None and out.resolve() == live.resolve():
        raise UserError("备份文件不能覆盖数据库本身，请另选一个文件名")
    started = time.perf_counter()
    # The backup is written beside `out` under a scratch name and takes its name only after its
    # audit entry is committed: a refusal (locked or read-only database, full disk) leaves nothing.
    with staged(out, "backup", "备份文件") as temp:
        # A server's database (issue 15) is first copied into a SQLite file of the same schema
        # (db.transfer, checked table by table), which is then encrypted like any backup: one
        # file format and one restore for both.
        snapshot = temp_beside(live, "snapshot") if live is not None else scratch_beside(out)
        try:
            if live is not None:
                try:
                    backup_sqlite(live, snapshot, timeout=lock_timeout)
                except sqlite3.Error as exc:
                    raise UserError(describe_db_error(exc, str(live))) from exc
            else:
                copy_server_database(database, snapshot)
            try:
                revision = revision_of(snapshot)
            except sqlite3.Error as exc:
                raise UserError(describe_db_error(exc, str(live))) from exc
            try:
                header = backup_file.write_backup(
                    snapshot,
                    temp,
                    public_key=keys.public_key,
                    auth_key=keys.auth_key,
                    wrapped=keys.wrapped,
                    created_at=moment,
                    app_version=__version__,
                    revision=revision,
                    db_name=live.name if live is not None else server_db_name(database),
                    scheduled=scheduled,
                    database_id=database_id,
                    id_key=id_key,
                )
            except OSError as exc:
                raise unwritable(out, exc, "备份文件") from None
        finally:
            remove_db_files(snapshot)
        size = temp.stat().st_size
        with session_scope(database, actor) as session:
            audit.record(
                session,
                actor,
                "backup",
                "database",
                summary=f"{'自动' if scheduled else ''}备份到 {out}（{size} 字节）",
            )
            publish(session, temp, out, "备份文件")
    info = backup_info(out, header)
    mark_written(BACKUP_FILES)
    log.info("backup %s: %d bytes in %.2f s", out, info.size_bytes, time.perf_counter() - started)
    return info


def _ours_to_back_up(database: Database) -> bool:
    """Whether this PC makes the daily backup of the server's `database` (naming itself when no
    PC is named yet; a PC that loses that race to another leaves the backup to it)."""
    actor = scheduler_actor()
    try:
        with session_scope(database, actor) as session:
            return claim_if_unnamed(session, actor) == this_pc()
    except (UserError, DBAPIError):  # another PC named itself at the same moment
        log.info("another PC became the backup PC", exc_info=True)
        return False


def run_scheduled_backup(database: Database, *, now: datetime) -> BackupInfo | None:
    """Back up if the daily backup is due, then delete backups past the retention period.

    First removes what an interrupted backup left (clean_leftovers). None when nothing was due,
    backups are off, no passphrase is set yet, or another PC is the backup PC. The window checks
    every 5 minutes through its task runner, the first time 20 s after it starts.

    On a server's database (PostgreSQL, several PCs) only the backup PC backs up
    (services.backup_pc); the first PC to check names itself when none is named yet.

    Only this database's backups count, for the "is one due?" check and for pruning alike: a
    demo and the real database may share the default folder, and several PCs one network folder.
    """
    live = database.path
    with database.sessions() as session:
        values = get_settings(session)
        ready = bool(values["backup.enabled"]) and has_backup_passphrase(session)
        zone = office_zone(session)
        folder = backup_folder(session)
        owner = database_identity(session)
    clean_leftovers(live, folder, now=now)
    if not ready:
        return None
    if live is None and not _ours_to_back_up(database):
        return None  # a server's database: another PC is the backup PC (issue 15)
    existing = list_backups(folder, owner=owner)
    last = existing[0].created_at if existing else None
    if not is_backup_due(last, now, parse_time(str(values["backup.time"])), zone):
        return None
    actor = scheduler_actor()
    info = backup_database(database, actor, scheduled=True, now=now)
    # The backup may have given the database its id: read it again before pruning.
    with database.sessions() as session:
        owner = database_identity(session)
    ours = [b for b in list_backups(folder, owner=owner) if DEFAULT_NAME.fullmatch(b.path.name)]
    names = backups_to_prune(
        [(b.path.name, b.created_at) for b in ours], now, int(values["backup.retention_days"])
    )
    deleted = []
    for name in names:
        try:
            (folder / name).unlink()
            deleted.append(name)
            mark_written(BACKUP_FILES)
        except OSError:
            log.warning("could not delete old backup %s", folder / name, exc_info=True)
    # The plaintext copies older versions kept before an upgrade and beside a restore go on the
    # same schedule (the copies this version keeps are encrypted backups, pruned above).
    if live is not None:
        for copy in prune_plain_copies(live, now, int(values["backup.retention_days"])):
            deleted.append(copy.name)
    if deleted:
        with session_scope(database, actor) as session:
            audit.record(
                session,
                actor,
                "delete",
                "backup_file",
                summary=f"删除超过保留期的备份：{'、'.join(deleted)}",
            )
    return info
