"""Encrypted backups: the passphrase, backing up, restoring, and the daily scheduled backup.

The passphrase is never stored (DOMAIN §13). Setting it makes a key pair: backups are encrypted for
the public key, so the scheduled backup needs no passphrase; restoring needs the passphrase, which
unwraps the private key carried in the backup file itself (see db/backup_file.py).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, column, create_engine, insert, select, table, update
from sqlalchemy.orm import Session

from anjia_desk import __version__
from anjia_desk.core.backup_schedule import backups_to_prune, is_backup_due, parse_time
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.core.settings import SPECS
from anjia_desk.db import backup_file
from anjia_desk.db.backup_file import CorruptBackup, WrappedKey
from anjia_desk.db.engine import (
    BUSY_TIMEOUT_MS,
    Database,
    backup_sqlite,
    data_dir,
    describe_db_error,
    session_scope,
)
from anjia_desk.db.engine import sqlite_path as url_sqlite_path
from anjia_desk.db.models import AuditEntry, Setting
from anjia_desk.db.raw import column_names
from anjia_desk.db.schema import REVISIONS
from anjia_desk.db.tracking import mark_read, mark_written
from anjia_desk.db.types import aware_utc, utcnow
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import (
    get_internal,
    get_setting,
    get_settings,
    office_zone,
    set_internal,
)
from anjia_desk.services.topics import BACKUP_FILES, WHOLE_DATABASE

log = logging.getLogger(__name__)

PUBLIC_KEY = "backup.public_key"
WRAPPED_PRIVATE_KEY = "backup.wrapped_private_key"
AUTH_KEY = "backup.auth_key"  # a secret: written without its value reaching the audit text
DATABASE_ID = "database.id"  # a uuid4 naming this database in its backups' headers
MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 200
DEFAULT_NAME = re.compile(r"anjia-desk-\d{8}-\d{6}(-\d+)?\.anjiabak")
SCHEDULER_USERNAME = "scheduler"
LOCK_TIMEOUT = BUSY_TIMEOUT_MS / 1000  # seconds to wait for a locked database
#: Plaintext copies made beside the database while backing up or restoring ("." + its stem).
_TEMP_LABELS = ("snapshot", "restore")
#: What an interrupted backup or restore left is removed once it is this old.
LEFTOVER_AGE = timedelta(hours=1)

ONLY_SQLITE = "备份与恢复目前只支持内置的 SQLite 数据库"
NO_PASSPHRASE = "还没有设置备份口令：请管理员先在“备份”页面设置口令，再进行备份"
NEWER_BACKUP = "这个备份来自更新版本的安家 Desk，请先升级本软件再恢复它"
LOCKED = "数据库正被另一个程序占用，未做任何恢复：请关闭其他打开它的窗口后再试"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size_bytes: int
    created_at: datetime  # aware, UTC
    scheduled: bool
    revision: str | None
    app_version: str = ""
    db_name: str = ""
    database_id: str | None = None  # None in files written before backups carried it
    public_key: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class DatabaseIdentity:
    """What marks a backup file as one database's: its id, or the public key of its key pair for
    a file written before backups carried the id."""

    database_id: str | None
    public_key: bytes | None

    def owns(self, info: BackupInfo) -> bool:
        if info.database_id is not None:
            return info.database_id == self.database_id
        return info.public_key == self.public_key


@dataclass(frozen=True)
class RestoreResult:
    restored_into: Path
    replaced_copy: Path | None
    backup: BackupInfo | None = None


def scheduler_actor() -> Actor:
    """The built-in actor of the daily backup (no roles: it may only run scheduled backups)."""
    system = Actor.system()
    return Actor(
        user_id=None,
        username=SCHEDULER_USERNAME,
        display_name="自动备份",
        os_user=system.os_user,
        host=system.host,
    )


def _is_scheduler(actor: Actor) -> bool:
    return actor.user_id is None and actor.username == SCHEDULER_USERNAME and not actor.roles


# ---------------------------------------------------------------------------------------------
# The passphrase and the key pair


def _stored_keys(session: Session) -> backup_file.BackupKeys | None:
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


def _database_id(session: Session) -> str:
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
    return _stored_keys(session) is not None


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
    current = _stored_keys(session)
    if current is not None:
        if not old_passphrase:
            raise ValidationError({"old_passphrase": "已设置过备份口令：请输入原来的口令"})
        try:
            backup_file.unwrap_keys(current.wrapped, old_passphrase, current.public_key)
        except backup_file.WrongPassphrase as exc:
            raise ValidationError({"old_passphrase": "原来的备份口令不正确"}) from exc
    keys = backup_file.generate_keys(passphrase)
    _database_id(session)  # the database keeps its id across passphrase changes
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


# ---------------------------------------------------------------------------------------------
# Backing up


def backup_folder(session: Session) -> Path:
    """The folder of scheduled backups: the setting backup.directory, else <data dir>/backups.

    A relative value (possible in databases from before the setting had to be absolute) is taken
    inside the data directory, never in whatever the current folder happens to be.
    """
    directory = str(get_setting(session, "backup.directory")).strip()
    if not directory:
        return data_dir() / "backups"
    path = Path(directory).expanduser()
    return path if path.is_absolute() else data_dir() / path


def _default_target(folder: Path, moment: datetime) -> Path:
    stem = f"anjia-desk-{moment:%Y%m%d-%H%M%S}"
    target = folder / f"{stem}{backup_file.EXTENSION}"
    number = 2
    while target.exists():
        target = folder / f"{stem}-{number}{backup_file.EXTENSION}"
        number += 1
    return target


def _sqlite_file(database_path: Path | None) -> Path:
    if database_path is None:
        raise UserError(ONLY_SQLITE)
    return database_path


def _temp_beside(path: Path, label: str) -> Path:
    """An empty temp file next to `path` (plaintext data stays where the database already is)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(
            prefix=f".{path.stem}.{label}-", suffix=".db", dir=path.parent
        )
    except OSError as exc:
        raise UserError(f"无法在数据库所在的文件夹写入：{path.parent}（{exc.strerror}）") from exc
    os.close(handle)
    return Path(name)


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _revision_of(path: Path) -> str | None:
    connection = sqlite3.connect(str(path))
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table: an empty schema
        return None
    finally:
        connection.close()
    return None if row is None else str(row[0])


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
    if not (scheduled and _is_scheduler(actor)):
        actor.require(Action.BACKUP)
    live = _sqlite_file(database.path)
    moment = aware_utc(now)
    with session_scope(database, actor) as session:
        keys = _stored_keys(session)
        if keys is None:
            if passphrase is None:
                raise UserError(NO_PASSPHRASE)
            set_backup_passphrase(session, actor, passphrase)
            keys = _stored_keys(session)
            assert keys is not None
        elif passphrase is not None:
            backup_file.unwrap_keys(keys.wrapped, passphrase, keys.public_key)
        database_id = _database_id(session)
        if out is None:
            folder = backup_folder(session)
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError(f"无法创建备份文件夹：{folder}（{exc.strerror}）") from exc
            out = _default_target(folder, moment.astimezone(office_zone(session)))
    if out.resolve() == live.resolve():
        raise UserError("备份文件不能覆盖数据库本身，请另选一个文件名")
    started = time.perf_counter()
    snapshot = _temp_beside(live, "snapshot")
    try:
        try:
            backup_sqlite(live, snapshot, timeout=lock_timeout)
            revision = _revision_of(snapshot)
        except sqlite3.Error as exc:
            raise UserError(describe_db_error(exc, str(live))) from exc
        try:
            header = backup_file.write_backup(
                snapshot,
                out,
                public_key=keys.public_key,
                auth_key=keys.auth_key,
                wrapped=keys.wrapped,
                created_at=moment,
                app_version=__version__,
                revision=revision,
                db_name=live.name,
                scheduled=scheduled,
                database_id=database_id,
            )
        except OSError as exc:
            raise UserError(f"无法写入备份文件：{out}（{exc.strerror}）") from exc
    finally:
        _remove_db_files(snapshot)
    info = _info(out, header)
    mark_written(BACKUP_FILES)
    log.info("backup %s: %d bytes in %.2f s", out, info.size_bytes, time.perf_counter() - started)
    with session_scope(database, actor) as session:
        audit.record(
            session,
            actor,
            "backup",
            "database",
            summary=f"{'自动' if scheduled else ''}备份到 {out}（{info.size_bytes} 字节）",
        )
    return info


def _info(path: Path, header: backup_file.Header) -> BackupInfo:
    return BackupInfo(
        path=path,
        size_bytes=path.stat().st_size,
        created_at=header.created_at,
        scheduled=header.scheduled,
        revision=header.revision,
        app_version=header.app_version,
        db_name=header.db_name,
        database_id=header.database_id,
        public_key=header.public_key,
    )


def read_backup_header(path: Path) -> BackupInfo:
    """What a backup file says about itself (no passphrase needed; not yet authenticated)."""
    header, _ = backup_file.read_header(path)
    return _info(path, header)


def list_backups(folder: Path, *, owner: DatabaseIdentity | None = None) -> list[BackupInfo]:
    """The readable backups in `folder`, newest first; other files are skipped.

    With `owner` (see database_identity), only that database's backups: several databases may
    share one folder.
    """
    mark_read(BACKUP_FILES)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.suffix.lower() != backup_file.EXTENSION or not path.is_file():
            continue
        try:
            info = read_backup_header(path)
        except UserError:
            continue
        if owner is None or owner.owns(info):
            found.append(info)
    return sorted(found, key=lambda info: info.created_at, reverse=True)


# ---------------------------------------------------------------------------------------------
# Restoring


def _is_database(path: Path, timeout: float) -> bool:
    """True when `path` opens as a SQLite database (a locked one raises UserError).

    Read-only, so that a damaged file's WAL is not deleted by the probe itself.
    """
    try:
        connection = sqlite3.connect(
            path.resolve().as_uri() + "?mode=ro", timeout=timeout, uri=True
        )
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        raise UserError(describe_db_error(exc, str(path))) from exc
    except sqlite3.DatabaseError:
        return False
    return True


def _check_restored(path: Path) -> str:
    """The schema revision of a decrypted backup, after SQLite's integrity check."""
    connection = sqlite3.connect(str(path))
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            raise CorruptBackup()
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise CorruptBackup() from exc
    finally:
        connection.close()
    if row is None:
        raise CorruptBackup()
    revision = str(row[0])
    if revision not in REVISIONS:
        raise UserError(NEWER_BACKUP)
    return revision


def _append_audit(path: Path, actor: Actor, summary: str, at: datetime) -> None:
    """Add the "restore" audit entry to the restored file, before it replaces the live one."""
    engine = create_engine("sqlite:///" + str(path))
    try:
        with engine.begin() as connection:
            present = column_names(connection, "audit_log")
            values = {
                "created_at": at,
                "updated_at": at,
                "user_id": actor.user_id,
                "actor": actor.display_name,
                "os_user": actor.os_user,
                "host": actor.host,
                "action": "restore",
                "entity": "database",
                "summary": summary,
            }
            columns = [c for c in AuditEntry.__table__.columns if c.name in values]
            kept = [c for c in columns if c.name in present]
            light = table("audit_log", *(column(c.name, c.type) for c in kept))
            connection.execute(insert(light).values({c.name: values[c.name] for c in kept}))
    finally:
        engine.dispose()


def _office_zone_of(path: Path) -> ZoneInfo:
    """The office's zone as stored in the database file `path`; the default when it has none."""
    default = ZoneInfo(str(SPECS["office.timezone"].default))
    connection = sqlite3.connect(str(path))
    try:
        row = connection.execute(
            "SELECT value FROM settings WHERE key = 'office.timezone'"
        ).fetchone()
    except sqlite3.Error:
        row = None
    finally:
        connection.close()
    try:
        return default if row is None else ZoneInfo(str(json.loads(row[0])))
    except (ValueError, KeyError):  # not JSON, or a zone this computer does not know
        return default


def _aside_path(live: Path, local: datetime) -> Path:
    """Where the replaced database is kept: its name with the moment (office time) of restoring."""
    stem = f"{live.stem}.replaced-{local:%Y%m%d-%H%M%S}"
    target = live.with_name(f"{stem}.db")
    number = 2
    while target.exists():
        target = live.with_name(f"{stem}-{number}.db")
        number += 1
    return target


def _install(restored: Path, live: Path, aside: Path | None, timeout: float) -> None:
    """Keep the live database aside, then put the restored data in its place.

    Both steps use SQLite's backup API, which is safe with WAL and with other connections open;
    a database locked for longer than `timeout` seconds is left as it was.
    """
    if aside is None:  # nothing there yet (a new computer)
        backup_sqlite(restored, live, timeout=timeout)
        return
    if not _is_database(live, timeout):
        # The live file is damaged beyond opening: keep its bytes (and WAL) aside, swap the file.
        shutil.copyfile(live, aside)
        if Path(f"{live}-wal").exists():
            shutil.copyfile(f"{live}-wal", f"{aside}-wal")
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        os.replace(restored, live)
        return
    try:
        backup_sqlite(live, aside, timeout=timeout)
        backup_sqlite(restored, live, timeout=timeout)
    except UserError as exc:  # backup_sqlite's only UserError: locked past the timeout
        _remove_db_files(aside)
        raise UserError(LOCKED) from exc
    except BaseException:
        _remove_db_files(aside)
        raise


def restore_database(
    url: str,
    actor: Actor,
    source: Path,
    *,
    passphrase: str,
    now: datetime | None = None,
    lock_timeout: float = 5.0,
) -> RestoreResult:
    """Replace the database at `url` with the backup `source`, keeping the old one aside.

    Everything is checked before the live database is touched: the file, the passphrase, the
    decrypted data (SQLite's integrity check) and its schema revision. A revision older than this
    app is upgraded when the database is next opened.
    """
    actor.require(Action.RESTORE)
    live = _sqlite_file(url_sqlite_path(url))
    if live.is_dir():
        raise UserError(f"数据库路径是一个文件夹：{live}")
    moment = aware_utc(now)
    info = read_backup_header(source)
    if info.revision is not None and info.revision not in REVISIONS:
        raise UserError(NEWER_BACKUP)
    restored = _temp_beside(live, "restore")
    try:
        backup_file.decrypt_backup(source, passphrase, restored)
        revision = _check_restored(restored)
        zone = _office_zone_of(restored)
        aside = _aside_path(live, moment.astimezone(zone)) if live.exists() else None
        made = info.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        summary = f"从备份 {source} 恢复（备份于 {made}，数据版本 {revision}）"
        if aside is not None:
            summary += f"；原数据库另存为 {aside}"
        try:
            _append_audit(restored, actor, summary, moment)
            _install(restored, live, aside, lock_timeout)
        except sqlite3.Error as exc:
            raise UserError(describe_db_error(exc, str(live))) from exc
    finally:
        _remove_db_files(restored)
    mark_written(WHOLE_DATABASE)
    log.info("restored %s from %s", live, source)
    return RestoreResult(restored_into=live, replaced_copy=aside, backup=info)


# ---------------------------------------------------------------------------------------------
# The daily backup


def _leftover_names(database_path: Path) -> re.Pattern[str]:
    """Names of the plaintext temp copies that _temp_beside makes for this database."""
    labels = "|".join(_TEMP_LABELS)
    return re.compile(
        rf"\.{re.escape(database_path.stem)}\.({labels})-[a-z0-9_]+\.db(-wal|-shm|-journal)?"
    )


def clean_leftovers(
    database_path: Path, folder: Path, *, now: datetime, older_than: timedelta = LEFTOVER_AGE
) -> list[Path]:
    """Remove what a backup or restore that never finished (the app was killed) left behind.

    That is the plaintext copies beside the database (".<stem>.snapshot-<random>.db" and
    ".<stem>.restore-<random>.db", with their -wal/-shm/-journal) and half-written backups in the
    backup folder (".<name>.anjiabak.<hex>.tmp"), once older than `older_than`: a younger one may
    belong to a backup running right now in another window. Only files of exactly those shapes
    are touched. Returns what was removed.
    """
    cutoff = (aware_utc(now) - older_than).timestamp()
    shapes = [
        (database_path.parent, _leftover_names(database_path)),
        (folder, backup_file.TEMP_NAME),
    ]
    removed = []
    for place, shape in shapes:
        try:
            candidates = [p for p in place.iterdir() if shape.fullmatch(p.name)]
        except OSError:  # no such folder (yet), or not readable
            continue
        for path in candidates:
            try:
                info = path.lstat()
                if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                    path.unlink()
                    removed.append(path)
            except OSError:
                log.warning("could not remove leftover %s", path, exc_info=True)
    if removed:
        log.info("removed leftovers of unfinished backups: %s", ", ".join(map(str, removed)))
    return removed


def run_scheduled_backup(database: Database, *, now: datetime) -> BackupInfo | None:
    """Back up if the daily backup is due, then delete backups past the retention period.

    First removes what an interrupted backup left (clean_leftovers). None when nothing was due,
    backups are off, no passphrase is set yet, or the database is not SQLite. The window checks
    every 5 minutes through its task runner, the first time 20 s after it starts.

    Only this database's backups count, for the "is one due?" check and for pruning alike: a
    demo and the real database may share the default folder, and several PCs one network folder.
    """
    live = database.path
    if live is None:
        return None
    with database.sessions() as session:
        values = get_settings(session)
        ready = bool(values["backup.enabled"]) and has_backup_passphrase(session)
        zone = office_zone(session)
        folder = backup_folder(session)
        owner = database_identity(session)
    clean_leftovers(live, folder, now=now)
    if not ready:
        return None
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
