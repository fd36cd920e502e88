"""Backup files and the plaintext copies beside the database: what a backup file says about
itself, which files in a folder are this database's, the temp copies a backup or restore makes
and what an interrupted one left behind."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import stat
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from anjia_desk.core.errors import UserError
from anjia_desk.db import backup_file, transfer
from anjia_desk.db.engine import (
    BUSY_TIMEOUT_MS,
    Database,
    describe_db_error,
    make_engine,
)
from anjia_desk.db.tracking import mark_read
from anjia_desk.db.types import aware_utc
from anjia_desk.scratch import create_file, discard, scratch_path, settled, sweep
from anjia_desk.services.publishing import unwritable
from anjia_desk.services.topics import BACKUP_FILES

log = logging.getLogger(__name__)

DEFAULT_NAME = re.compile(r"anjia-desk-\d{8}-\d{6}(-\d+)?\.anjiabak")
LOCK_TIMEOUT = BUSY_TIMEOUT_MS / 1000  # seconds to wait for a locked database
#: Plaintext copies made beside the database while backing up or restoring ("." + its stem).
TEMP_LABELS = ("snapshot", "restore", "new")  # new: a database being created (db.engine)
#: What an interrupted backup or restore left is removed once it is this old.
LEFTOVER_AGE = timedelta(hours=1)
ONLY_SQLITE = "内存中的数据库不能备份或恢复：请指定数据库文件或服务器数据库"


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


def backup_info(path: Path, header: backup_file.Header) -> BackupInfo:
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
    return backup_info(path, header)


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


def sqlite_file(database_path: Path | None) -> Path:
    if database_path is None:
        raise UserError(ONLY_SQLITE)
    return database_path


def server_db_name(database: Database) -> str:
    """What a backup of a server's database calls it: the database's name on the server."""
    return str(database.engine.url.database or database.display_name)


def copy_server_database(database: Database, snapshot: Path) -> transfer.TransferReport:
    """Copy the server's `database` into the SQLite file `snapshot` (empty or missing), every
    table checked by count and money sums (db.transfer); the server's data is only read."""
    engine = make_engine("sqlite:///" + str(snapshot))
    try:
        return transfer.copy_database(database.engine, engine)
    except (OperationalError, DBAPIError) as exc:
        raise UserError(describe_db_error(exc, database.display_name)) from exc
    finally:
        engine.dispose()


def temp_beside(path: Path, label: str) -> Path:
    """An empty scratch file next to `path` (plaintext data stays where the database already is,
    under a name the leftover sweep knows: anjia_desk.scratch)."""
    temp = scratch_path(path, label)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(create_file(temp))
    except OSError as exc:
        discard(temp)
        raise UserError(f"无法在数据库所在的文件夹写入：{path.parent}（{exc.strerror}）") from exc
    return temp


def scratch_beside(out: Path) -> Path:
    """An empty scratch file beside the backup `out`, for the plaintext copy of a server's
    database (it has no folder of its own; the backup's is the one the office chose)."""
    temp = scratch_path(out, "snapshot")
    try:
        os.close(create_file(temp))
    except OSError as exc:
        discard(temp)
        raise unwritable(out, exc, "备份文件") from None
    return temp


def remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    settled(path)


def revision_of(path: Path) -> str | None:
    connection = sqlite3.connect(str(path))
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table: an empty schema
        return None
    finally:
        connection.close()
    return None if row is None else str(row[0])


def leftover_names(database_path: Path) -> re.Pattern[str]:
    """Names of the plaintext temp copies temp_beside made for this database before it made
    scratch files (anjia_desk.scratch)."""
    labels = "|".join(TEMP_LABELS)
    return re.compile(
        rf"\.{re.escape(database_path.stem)}\.({labels})-[a-z0-9_]+\.db(-wal|-shm|-journal)?"
    )


def clean_leftovers(
    database_path: Path | None,
    folder: Path | None = None,
    *,
    now: datetime,
    older_than: timedelta = LEFTOVER_AGE,
) -> list[Path]:
    """Remove what an export, report, print, backup or restore that never finished (the app or
    the command was killed) left behind. Run at the start of every command and of the window,
    and before each scheduled backup; never raises.

    That is every scratch file (anjia_desk.scratch) of a process that is no longer running —
    wherever it was written, beside the database (`database_path`), in the backup `folder` or
    beside an export on the desktop — and the shapes older versions left: plaintext copies beside
    the database (".<stem>.snapshot-<random>.db", ".<stem>.restore-<random>.db", with their
    -wal/-shm/-journal) and half-written backups (".<name>.anjiabak.<hex>.tmp") once older than
    `older_than` (they name no process, and a younger one may be another window's, running now).
    Only files of exactly those shapes are touched. Returns what was removed.
    """
    places = [p for p in (database_path.parent if database_path else None, folder) if p]
    removed = sweep(places, now=now)
    cutoff = (aware_utc(now) - older_than).timestamp()
    shapes = [(folder, backup_file.TEMP_NAME)] if folder is not None else []
    if database_path is not None:
        shapes.append((database_path.parent, leftover_names(database_path)))
    old = []
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
                    old.append(path)
            except OSError:
                log.warning("could not remove leftover %s", path, exc_info=True)
    if old:
        log.info("removed leftovers of unfinished backups: %s", ", ".join(map(str, old)))
    return removed + old
