"""The copies of the database kept besides the daily backups — the one taken before a schema
upgrade and the replaced database a restore sets aside — are written as encrypted backups into the
backup folder, so that they are pruned with the backups on the backup schedule and never outlive an
erasure as plaintext (issue 14). Where the backup folder is and what a backup file is named are
here too (services.backup re-exports them).
"""

from __future__ import annotations

import glob
import logging
import os
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from anjia_desk import __version__
from anjia_desk.db import backup_file
from anjia_desk.db.engine import UPGRADE_COPIES, Database, data_dir, session_scope
from anjia_desk.db.tracking import mark_written
from anjia_desk.db.types import aware_utc
from anjia_desk.scratch import discard, scratch_path, settled
from anjia_desk.services import audit
from anjia_desk.services.backup_keys import DATABASE_ID, scheduler_actor, stored_keys
from anjia_desk.services.publishing import publish, unwritable
from anjia_desk.services.settings import get_internal, get_setting, office_zone
from anjia_desk.services.topics import BACKUP_FILES

log = logging.getLogger(__name__)


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


def default_target(folder: Path, moment: datetime) -> Path:
    """A new backup file's name in `folder`, from the office-local `moment`."""
    stem = f"anjia-desk-{moment:%Y%m%d-%H%M%S}"
    target = folder / f"{stem}{backup_file.EXTENSION}"
    number = 2
    while target.exists():
        target = folder / f"{stem}-{number}{backup_file.EXTENSION}"
        number += 1
    return target


class KeptCopy:
    """Where a copy of the database will be kept encrypted, and the keys to do it with (read
    from a database before the copy is taken)."""

    def __init__(self, session: Session, moment: datetime) -> None:
        self.keys = stored_keys(session)
        self.database_id = get_internal(session, DATABASE_ID)
        self.folder = backup_folder(session)
        self.moment = moment
        self.out = default_target(self.folder, moment.astimezone(office_zone(session)))

    @classmethod
    def of_file(cls, path: Path, moment: datetime) -> KeptCopy | None:
        """From the database file `path` (any schema revision: only settings are read); None
        when it has no backup passphrase yet."""
        engine = create_engine("sqlite:///" + str(path))
        try:
            with Session(engine) as session:
                kept = cls(session, moment)
        finally:
            engine.dispose()
        return kept if kept.keys is not None else None

    def encrypt(self, copy: Path, revision: str | None, db_name: str) -> Path:
        """Encrypt the plaintext `copy` into a scratch file beside `out` (the caller moves it into
        place with publish_plain, or discards it)."""
        assert self.keys is not None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise unwritable(self.folder, exc, "备份文件夹") from None
        temp = scratch_path(self.out, "backup")
        try:
            backup_file.write_backup(
                copy,
                temp,
                public_key=self.keys.public_key,
                auth_key=self.keys.auth_key,
                wrapped=self.keys.wrapped,
                created_at=self.moment,
                app_version=__version__,
                revision=revision,
                db_name=db_name,
                scheduled=False,
                database_id=self.database_id,
            )
        except OSError as exc:
            discard(temp)
            raise unwritable(self.out, exc, "备份文件") from None
        except BaseException:
            discard(temp)
            raise
        return temp

    def write(self, database: Database, copy: Path, revision: str, db_name: str) -> Path:
        """Encrypt the plaintext `copy` into the backup folder, its audit entry in `database`
        committed before the file takes its name."""
        out = self.out
        temp = self.encrypt(copy, revision, db_name)
        try:
            actor = scheduler_actor()
            with session_scope(database, actor) as session:
                audit.record(
                    session,
                    actor,
                    "backup",
                    "database",
                    summary=f"升级前的数据库（数据版本 {revision}）已加密保存到 {out}",
                )
                publish(session, temp, out, "备份文件")
        finally:
            discard(temp)
        mark_written(BACKUP_FILES)
        return out


def publish_plain(temp: Path, out: Path) -> None:
    """Move a finished scratch file into place (its audit entry is written elsewhere)."""
    try:
        os.replace(temp, out)
    except OSError as exc:
        discard(temp)
        raise unwritable(out, exc, "备份文件") from None
    settled(temp)
    mark_written(BACKUP_FILES)


def keep_upgrade_copy(database: Database, copy: Path, revision: str, *, now: datetime) -> None:
    """db.engine.open_database's KeepUpgradeCopy: the copy taken before an upgrade from
    `revision` becomes an encrypted backup in the backup folder (restorable with the backup
    passphrase, pruned with the backups). Without a backup passphrase there is nothing to encrypt
    with: the copy is not kept (the upgrade succeeded; the first backup will follow)."""
    live = database.path
    if live is None:
        return
    with database.sessions() as session:
        kept = KeptCopy(session, aware_utc(now))
    if kept.keys is None:
        log.info("no backup passphrase: the copy taken before upgrading %s is not kept", live)
        return
    out = kept.write(database, copy, revision, live.name)
    log.info("kept the copy taken before upgrading %s from %s as %s", live, revision, out)


def prune_plain_copies(live: Path, now: datetime, retention_days: int) -> list[Path]:
    """Remove the plaintext copies older versions kept beside the database — before an upgrade
    ("upgrade-backups/*.db") and beside a restore ("<stem>.replaced-<moment>.db") — once older
    than the backup retention period (by their files' time)."""
    cutoff = (aware_utc(now) - timedelta(days=retention_days)).timestamp()
    candidates = [
        *(live.parent / UPGRADE_COPIES).glob(f"{glob.escape(live.stem)}-*.db"),
        *live.parent.glob(f"{glob.escape(live.stem)}.replaced-*.db"),
    ]
    removed = []
    for path in candidates:
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                removed.append(path)
        except OSError:
            log.warning("could not delete old copy %s", path, exc_info=True)
    return removed


__all__ = [
    "KeptCopy",
    "backup_folder",
    "default_target",
    "keep_upgrade_copy",
    "prune_plain_copies",
]
