"""Restoring a backup: everything checked before the live database is touched, the old one kept
aside, the restore recorded in the restored file's own audit log."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import column, create_engine, insert, table
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.core.settings import SPECS
from anjia_desk.db import backup_file, transfer
from anjia_desk.db.backup_file import CorruptBackup
from anjia_desk.db.engine import (
    backup_sqlite,
    data_dir,
    describe_db_error,
    make_engine,
    upgrade,
)
from anjia_desk.db.engine import sqlite_path as url_sqlite_path
from anjia_desk.db.models import AuditEntry
from anjia_desk.db.raw import column_names
from anjia_desk.db.refusal_guard import refusals_audited_at
from anjia_desk.db.schema import HEAD_REVISION, REVISIONS
from anjia_desk.db.tracking import mark_written
from anjia_desk.db.types import aware_utc
from anjia_desk.scratch import discard, scratch_path
from anjia_desk.services.backup_copies import KeptCopy, publish_plain
from anjia_desk.services.backup_files import (
    BackupInfo,
    read_backup_header,
    remove_db_files,
    revision_of,
    sqlite_file,
    temp_beside,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.erasure import LogEntry, log_entries
from anjia_desk.services.erasure_restore import apply_erasures, pending_erasures
from anjia_desk.services.id_key import install_from_backup
from anjia_desk.services.topics import WHOLE_DATABASE

log = logging.getLogger(__name__)

NEWER_BACKUP = "这个备份来自更新版本的安家 Desk，请先升级本软件再恢复它"
LOCKED = "数据库正被另一个程序占用，未做任何恢复：请关闭其他打开它的窗口后再试"


SERVER_NOT_EMPTY = (
    "恢复到服务器数据库时，只能恢复到一个新的空数据库（{problem}）。"
    "请在服务器上新建一个空数据库，把本程序指向它后再恢复；恢复后各电脑改连到新数据库"
)


@dataclass(frozen=True)
class RestoreResult:
    restored_into: Path | str  # the file, or a server database's address (no password)
    replaced_copy: Path | None
    backup: BackupInfo | None = None
    #: A server's database is restored into a new, empty one: every PC connects to it next.
    switch_to: str | None = None

    def message(self) -> str:
        """One Chinese line for people: where the data went, and what to do next."""
        if self.switch_to is not None:
            return f"已恢复到新数据库：{self.switch_to}。各电脑改连到新数据库后即可继续使用"
        copy = self.replaced_copy
        if copy is None:
            return f"已恢复：{self.restored_into}"
        if copy.suffix == ".anjiabak":  # kept as an encrypted backup: the restored one's passphrase
            kept = f"原数据库已加密备份（口令同所恢复的备份），另存为 {copy}"
            return f"已恢复：{self.restored_into}；{kept}"
        return f"已恢复：{self.restored_into}；原数据库另存为 {copy}"


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


def _install(
    restored: Path,
    live: Path,
    aside: Path | None,
    timeout: float,
    keep: Callable[[Path], object] | None = None,
) -> None:
    """Keep the live database aside, then put the restored data in its place.

    Both steps use SQLite's backup API, which is safe with WAL and with other connections open;
    a database locked for longer than `timeout` seconds is left as it was. With `keep` (for a
    database that opens), `aside` is a scratch copy that `keep` encrypts before the live
    database is replaced; the caller removes the scratch copy.
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
        if keep is not None:
            keep(aside)
        backup_sqlite(restored, live, timeout=timeout)
    except UserError as exc:  # backup_sqlite's only UserError: locked past the timeout
        remove_db_files(aside)
        raise UserError(LOCKED) from exc
    except BaseException:
        remove_db_files(aside)
        raise


def restore_database(
    url: str,
    actor: Actor,
    source: Path,
    *,
    passphrase: str,
    now: datetime | None = None,
    lock_timeout: float = 5.0,
    replacing: str | None = None,
) -> RestoreResult:
    """Replace the database at `url` with the backup `source`, keeping the old one aside.

    A server's database (issue 15) is restored into the new, empty database at `url` instead;
    `replacing` names the one the office uses until now, whose erasures are made again in the
    restored data (issue 14), as a SQLite restore does with the file it replaces.

    Everything is checked before the live database is touched: the file, the passphrase, the
    decrypted data (SQLite's integrity check) and its schema revision. A revision older than this
    app is upgraded when the database is next opened.
    """
    # No session here: audited in place (issue 14) — for a server, in the office's database.
    with refusals_audited_at(replacing or url, actor):
        actor.require(Action.RESTORE)
    if url_sqlite_path(url) is None and not url.startswith("sqlite"):
        return _restore_into_server(
            url, actor, source, passphrase=passphrase, now=now, replacing=replacing
        )
    live = sqlite_file(url_sqlite_path(url))
    if live.is_dir():
        raise UserError(f"数据库路径是一个文件夹：{live}")
    moment = aware_utc(now)
    info = read_backup_header(source)
    if info.revision is not None and info.revision not in REVISIONS:
        raise UserError(NEWER_BACKUP)
    restored = temp_beside(live, "restore")
    aside: Path | None = None
    kept: KeptCopy | None = None
    held: list[Path] = []  # the encrypted copy of the replaced database, until it is published
    try:
        header = backup_file.decrypt_backup(source, passphrase, restored)
        revision = _check_restored(restored)
        # Issue 14: whoever the live database erased stays erased (services.erasure_restore).
        again = apply_erasures(restored, pending_erasures(live))
        zone = _office_zone_of(restored)
        if live.exists():
            # The replaced database is kept encrypted, as a backup in the backup folder that the
            # restored backup's passphrase opens (pruned with the backups). A damaged one is kept
            # as it is (its bytes and WAL: a rescue needs both), as is one whose restored data has
            # no key pair to encrypt it with; services.backup_copies prunes those (issue 14).
            if _is_database(live, lock_timeout):
                kept = KeptCopy.of_file(restored, moment)
            if kept is not None:
                aside = temp_beside(live, "replaced")
            else:
                aside = _aside_path(live, moment.astimezone(zone))
        replaced_copy = kept.out if kept is not None else aside
        made = info.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        summary = f"从备份 {source} 恢复（备份于 {made}，数据版本 {revision}）"
        if replaced_copy is not None:
            summary += f"；原数据库另存为 {replaced_copy}"
        if install_from_backup(header):  # its ID key, on a PC that lacks it (issue 14)
            summary += "；已在本机安装备份中的证件密钥"
        if again:
            summary += f"；按删除记录重新删除 {again} 位客户的个人信息"
        keep = None
        if kept is not None:
            keep = partial(_keep_replaced, kept, held, db_name=live.name)
        try:
            _append_audit(restored, actor, summary, moment)
            _install(restored, live, aside, lock_timeout, keep)
        except sqlite3.Error as exc:
            raise UserError(describe_db_error(exc, str(live))) from exc
        if kept is not None and held:
            # The encrypted copy takes its name only now that the restore is done: a restore
            # killed half-way leaves a scratch file the next start sweeps.
            publish_plain(held[0], kept.out)
    finally:
        remove_db_files(restored)
        for path in held:
            discard(path)
        if kept is not None and aside is not None:
            discard(aside)
    mark_written(WHOLE_DATABASE)
    log.info("restored %s from %s", live, source)
    return RestoreResult(restored_into=live, replaced_copy=replaced_copy, backup=info)


def _keep_replaced(kept: KeptCopy, held: list[Path], copy: Path, *, db_name: str) -> Path:
    """Encrypt the replaced database's scratch copy beside its place in the backup folder (held
    there until the restore is done)."""
    revision = revision_of(copy)
    temp = kept.encrypt(copy, revision, db_name)
    held.append(temp)
    return temp


def _restore_into_server(
    url: str,
    actor: Actor,
    source: Path,
    *,
    passphrase: str,
    now: datetime | None,
    replacing: str | None,
) -> RestoreResult:
    """Restore into the empty server database at `url` (issue 15): the backup's SQLite database
    is decrypted into a scratch file, checked as for any restore (upgraded there when older),
    the restore recorded in its audit log, and copied into the server's database by db.transfer
    (counts and money sums compared). The database the office used until now is not touched:
    the office switches to the new one."""
    moment = aware_utc(now)
    target = make_engine(url)
    shown = target.url.render_as_string(hide_password=True)
    restored = scratch_path(data_dir() / "restore.db", "restore")
    try:
        try:
            problem = transfer.target_problem(target)
        except (OperationalError, DBAPIError) as exc:
            raise UserError(describe_db_error(exc, shown)) from exc
        if problem is not None:
            raise UserError(SERVER_NOT_EMPTY.format(problem=problem))
        info = read_backup_header(source)
        if info.revision is not None and info.revision not in REVISIONS:
            raise UserError(NEWER_BACKUP)
        header = backup_file.decrypt_backup(source, passphrase, restored)
        revision = _check_restored(restored)
        zone = _office_zone_of(restored)
        made = info.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        summary = f"从备份 {source} 恢复到新数据库 {shown}（备份于 {made}，数据版本 {revision}）"
        if install_from_backup(header):  # its ID key, on a PC that lacks it (issue 14)
            summary += "；已在本机安装备份中的证件密钥"
        scratch_engine = make_engine("sqlite:///" + str(restored))
        try:
            if revision != HEAD_REVISION:  # an older backup: upgraded in its scratch copy
                upgrade(scratch_engine)
        finally:
            scratch_engine.dispose()
        # Whoever the office's current database erased stays erased (issue 14).
        again = apply_erasures(restored, _erasures_of(replacing))
        if again:
            summary += f"；按删除记录重新删除 {again} 位客户的个人信息"
        _append_audit(restored, actor, summary, moment)
        reader = transfer.read_only_sqlite(restored)
        try:
            transfer.copy_database(reader, target)
        except (OperationalError, DBAPIError) as exc:
            raise UserError(describe_db_error(exc, shown)) from exc
        finally:
            reader.dispose()
    finally:
        target.dispose()
        remove_db_files(restored)
    mark_written(WHOLE_DATABASE)
    log.info("restored %s from %s", shown, source)
    return RestoreResult(restored_into=shown, replaced_copy=None, backup=info, switch_to=shown)


def _erasures_of(url: str | None) -> list[LogEntry]:
    """The erasure log of the server database the office used until now (none without one)."""
    if url is None:
        return []
    engine = make_engine(url)
    try:
        with Session(engine) as session:
            return log_entries(session)
    except (OperationalError, DBAPIError) as exc:
        raise UserError(describe_db_error(exc, "读取当前数据库的删除记录")) from exc
    finally:
        engine.dispose()
