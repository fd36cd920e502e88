"""The copies kept before a schema upgrade and beside a restore (issue 14): encrypted like backups,
in the backup folder, pruned on the backup schedule; no plaintext copy outlives them."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import select, text

from anjia_desk.db import backup_file
from anjia_desk.db import engine as eng
from anjia_desk.db.engine import Database, open_database, session_scope
from anjia_desk.db.models import AuditEntry
from anjia_desk.services import backup as svc
from anjia_desk.services import settings as settings_service
from anjia_desk.services.backup_copies import keep_upgrade_copy
from anjia_desk.services.context import Actor

PASS = "office-backup-1"
NOON = datetime(2026, 3, 5, 4, 30, tzinfo=UTC)


@pytest.fixture
def folder(database: Database, system: Actor, tmp_path: Path) -> Path:
    """Backups into a folder of this test, with a passphrase set."""
    daily = tmp_path / "daily"
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"backup.directory": str(daily)})
        svc.set_backup_passphrase(s, system, PASS)
    return daily


def _make_old(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The database as an older version left it: an older revision (the upgrade is faked)."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000_old'")
        conn.execute("CREATE TABLE marker (x)")
        conn.execute("INSERT INTO marker VALUES ('13800001234')")
    head = eng.HEAD_REVISION
    monkeypatch.setattr(eng, "REVISIONS", ("0000_old", head))

    def upgrade(engine: object, revision: str = "head") -> None:
        with engine.begin() as conn:  # type: ignore[attr-defined]
            conn.execute(text(f"UPDATE alembic_version SET version_num = '{head}'"))
            conn.execute(text("DROP TABLE marker"))

    monkeypatch.setattr(eng, "upgrade", upgrade)


def _plaintext_copies(db_path: Path) -> list[str]:
    return sorted(
        p.name
        for p in db_path.parent.rglob("*")
        if p.is_file()
        and p.suffix != ".anjiabak"
        and not p.name.startswith("anjia.db")
        and p.parent.name != "check"
    )


def test_the_copy_before_an_upgrade_is_an_encrypted_backup(
    database: Database,
    db_path: Path,
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database.close()
    _make_old(db_path, monkeypatch)
    opened = open_database(str(db_path), keep_upgrade_copy=partial(keep_upgrade_copy, now=NOON))
    try:
        with opened.sessions() as s:
            (kept,) = svc.list_backups(folder, owner=svc.database_identity(s))
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup")).one()
    finally:
        opened.close()
    assert kept.revision == "0000_old" and not kept.scheduled
    assert kept.path.read_bytes().startswith(b"ANJIABK1")
    assert b"13800001234" not in kept.path.read_bytes()
    assert "升级前" in entry.summary and str(kept.path) in entry.summary
    # It opens with the backup passphrase, holding the data as it was before the upgrade.
    inside = tmp_path / "check" / "inside.db"
    inside.parent.mkdir()
    backup_file.decrypt_backup(kept.path, PASS, inside)
    with sqlite3.connect(inside) as conn:
        assert conn.execute("SELECT x FROM marker").fetchone() == ("13800001234",)
    # No plaintext copy is left anywhere beside the database (today: upgrade-backups/*.db).
    assert _plaintext_copies(db_path) == []


def test_without_a_passphrase_the_copy_is_not_kept(
    database: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database.close()
    _make_old(db_path, monkeypatch)
    open_database(str(db_path), keep_upgrade_copy=partial(keep_upgrade_copy, now=NOON)).close()
    assert _plaintext_copies(db_path) == []
    assert not (db_path.parent / "upgrade-backups").exists()


def test_copies_are_pruned_on_the_backup_schedule(
    database: Database, db_path: Path, system: Actor, folder: Path
) -> None:
    """Kept copies are backups: past the retention period they go with the daily backups. The
    plaintext ones older versions left (before an upgrade, beside a restore) go too."""
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"backup.retention_days": 10})
    # A restore 20 days ago kept the replaced database as an encrypted backup.
    made = svc.backup_database(database, system, db_path.with_name("b.anjiabak"), now=NOON)
    aside = svc.restore_database(
        database.url, system, made.path, passphrase=PASS, now=NOON - timedelta(days=20)
    ).replaced_copy
    assert aside is not None and aside.parent == folder
    # What older versions kept in plaintext, old and young.
    old_upgrade = db_path.parent / "upgrade-backups" / "anjia-0007_speed-20250101-000000.db"
    old_upgrade.parent.mkdir()
    old_replaced = db_path.with_name("anjia.replaced-20250101-000000.db")
    young_replaced = db_path.with_name("anjia.replaced-20260304-000000.db")
    for path in (old_upgrade, old_replaced, young_replaced):
        path.write_bytes(b"SQLite format 3\x00 13800001234")
    for path in (old_upgrade, old_replaced):
        moment = (NOON - timedelta(days=30)).timestamp()
        os.utime(path, (moment, moment))
    young = (NOON - timedelta(days=1)).timestamp()
    os.utime(young_replaced, (young, young))

    daily = svc.run_scheduled_backup(database, now=NOON)

    assert daily is not None
    assert not aside.exists() and not old_upgrade.exists() and not old_replaced.exists()
    assert young_replaced.exists()
    with database.sessions() as s:
        deleted = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).one()
    assert aside.name in deleted.summary and old_replaced.name in deleted.summary
