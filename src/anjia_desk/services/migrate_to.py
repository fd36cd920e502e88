"""Moving an office's database to a PostgreSQL server (`anjia-desk migrate-to`, and 设置 →
备份与恢复 → 迁移到服务器数据库…, issue 15).

The source is only read (db.transfer); the target must be an empty database on the server: its
schema is made there, every table copied with its ids, and the copy committed only once the row
counts and money sums of both sides agree. A source database of an older schema is upgraded in a
scratch copy beside it (the source file itself is never changed); one of a newer schema is
refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.db import transfer
from anjia_desk.db.engine import (
    backup_sqlite,
    describe_db_error,
    make_engine,
    resolve_url,
    sqlite_path,
    upgrade,
)
from anjia_desk.db.schema import HEAD_REVISION, REVISIONS
from anjia_desk.scratch import discard, scratch_path
from anjia_desk.services.context import Actor

ONLY_POSTGRESQL = (
    "迁移的目标必须是 PostgreSQL 数据库地址，例如 postgresql://用户名@服务器:5432/数据库名"
)
SAME_DATABASE = "源数据库和目标数据库是同一个，已拒绝"


@dataclass(frozen=True)
class MigrationResult:
    source: str  # shown to people (no password)
    target: str
    report: transfer.TransferReport
    upgraded_from: str | None = None  # the source's older revision, upgraded in a scratch copy

    def summary(self) -> str:
        """One Chinese line: what was copied, and that it was checked."""
        tables = sum(1 for check in self.report.tables if check.source_rows)
        older = (
            f"（源数据库的数据版本 {self.upgraded_from} 已在副本中升级）"
            if self.upgraded_from
            else ""
        )
        return (
            f"已迁移到 {self.target}：{tables} 张表共 {self.report.rows} 行，"
            f"{self.report.money_columns()} 个金额列的合计与行数逐表核对一致{older}；"
            f"源数据库未做任何改动。各电脑请改连到新数据库"
        )


def display_url(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def target_engine(url: str) -> Engine:
    """An engine for the target server (a PostgreSQL URL only)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserError(ONLY_POSTGRESQL) from exc
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise UserError(ONLY_POSTGRESQL)
    return make_engine(url)


def source_revision_of(engine: Engine) -> str | None:
    """The revision the source database is at (None: not ours)."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table(transfer.VERSION_TABLE):
            return None
        value = conn.execute(text(f"SELECT version_num FROM {transfer.VERSION_TABLE}")).scalar()
    return None if value is None else str(value)


def migrate_to(
    source_db: str | None,
    target_url: str,
    actor: Actor,
    *,
    progress: transfer.Progress | None = None,
    cancelled: transfer.Cancelled | None = None,
) -> MigrationResult:
    """Copy the database `source_db` (a path or URL; None: the default) to the empty PostgreSQL
    database at `target_url`. Refused (UserError, nothing written) when the target is not empty,
    the source is newer than this app, or not ours."""
    actor.require(Action.RESTORE)  # replaces where the office's data lives: administrators only
    source_url = resolve_url(source_db)
    if _same(source_url, target_url):
        raise UserError(SAME_DATABASE)
    target = target_engine(target_url)
    scratch: Path | None = None
    path = sqlite_path(source_url)
    source = transfer.read_only_sqlite(path) if path is not None else make_engine(source_url)
    try:
        try:
            revision = source_revision_of(source)
            upgraded_from = None
            if revision is not None and revision in REVISIONS and revision != HEAD_REVISION:
                if path is None:
                    raise UserError(transfer.OLDER_SOURCE)
                # The source file stays as it is: its copy is upgraded, and copied from.
                source.dispose()
                scratch = scratch_path(path, "migrate")
                backup_sqlite(path, scratch, timeout=10)
                upgrade_engine = make_engine("sqlite:///" + str(scratch))
                try:
                    upgrade(upgrade_engine)
                finally:
                    upgrade_engine.dispose()
                source = transfer.read_only_sqlite(scratch)
                upgraded_from = revision
            report = transfer.copy_database(source, target, progress=progress, cancelled=cancelled)
        except (OperationalError, DBAPIError) as exc:
            raise UserError(describe_db_error(exc, display_url(target_url))) from exc
    finally:
        source.dispose()
        target.dispose()
        if scratch is not None:
            discard(scratch)
    return MigrationResult(display_url(source_url), display_url(target_url), report, upgraded_from)


def _same(source_url: str, target_url: str) -> bool:
    try:
        return make_url(source_url) == make_url(target_url)
    except ArgumentError:
        return False
