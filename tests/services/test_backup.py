"""Backups end to end: the passphrase, backing up, restoring with everything checked first, and
the daily scheduled backup with its pruning."""

import base64
import hashlib
import json
import os
import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from anjia_desk import scratch
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db import backup_file
from anjia_desk.db.engine import Database, backup_sqlite, open_database, session_scope
from anjia_desk.db.models import AuditEntry, Setting, User
from anjia_desk.db.schema import HEAD_REVISION
from anjia_desk.services import backup as svc
from anjia_desk.services import backup_files, backup_keys, backup_restore, users
from anjia_desk.services import settings as settings_service
from anjia_desk.services.context import Actor

PASS = "office-backup-1"
CORRUPT = "备份文件已损坏或不是安家 Desk 的备份"
# 2026-03-05 12:30 in Shanghai, the default daily backup time.
NOON = datetime(2026, 3, 5, 4, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)


def _actor(*roles: Role) -> Actor:
    return Actor(user_id=None, username="someone", display_name="某人", roles=frozenset(roles))


def _with_passphrase(database: Database, system: Actor) -> None:
    with session_scope(database, system) as s:
        svc.set_backup_passphrase(s, system, PASS)


def _add_user(database: Database, system: Actor, username: str) -> None:
    with session_scope(database, system) as s:
        users.add_user(
            s,
            system,
            username=username,
            display_name="测试",
            roles=[Role.CONSULTANT.value],
            password="secret12",
        )


def _usernames(path: Path) -> list[str]:
    db = open_database(str(path), create=False)
    try:
        with db.sessions() as s:
            return sorted(s.scalars(select(User.username)))
    finally:
        db.close()


def _fingerprint(path: Path) -> dict[str, str]:
    """Hashes of the database file and its WAL: byte-identical means nothing was touched."""
    return {
        suffix: hashlib.sha256(Path(f"{path}{suffix}").read_bytes()).hexdigest()
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    }


def _stray_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".replaced-" in p.name or p.name[0] == ".")


def _decrypted(backup: Path, db_path: Path) -> Path:
    """The database inside an encrypted backup, decrypted beside `db_path` as opened.db."""
    target = db_path.with_name("opened.db")
    backup_file.decrypt_backup(backup, PASS, target)
    return target


def _url(path: Path) -> str:
    return "sqlite:///" + str(path)


def _opens(session, passphrase: str) -> bool:
    """True when `passphrase` unwraps the key pair stored in the database."""
    keys = backup_keys.stored_keys(session)
    try:
        backup_file.unwrap_keys(keys.wrapped, passphrase, keys.public_key)
    except backup_file.WrongPassphrase:
        return False
    return True


@pytest.fixture
def restore_url(database, db_engine):
    """Where a restore goes: on SQLite the database itself (replaced, the old one kept aside); on
    PostgreSQL a new, empty database, which the office then switches to (issue 15)."""
    if db_engine == "sqlite":
        yield database.url
        return
    from tests import pg

    url = pg.empty_database("transfer_restore")
    try:
        yield url
    finally:
        pg.drop_database(url)


@pytest.fixture
def made(database, system, tmp_path):
    """A database with a passphrase, a user and a setting, and a backup of it."""
    _with_passphrase(database, system)
    _add_user(database, system, "wanghao")
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"letterhead.company": "安家置业"})
    out = tmp_path / "out" / "b.anjiabak"
    out.parent.mkdir()
    info = svc.backup_database(database, system, out, passphrase=PASS, now=NOON)
    return info


# --- the passphrase -------------------------------------------------------------------------


def test_setting_the_passphrase(session, system):
    assert not svc.has_backup_passphrase(session)
    with pytest.raises(ValidationError) as info:
        svc.set_backup_passphrase(session, system, "short")
    assert info.value.fields == {"passphrase": "备份口令至少 8 个字符"}
    with pytest.raises(ValidationError):
        svc.set_backup_passphrase(session, system, "x" * 201)
    svc.set_backup_passphrase(session, system, PASS)
    assert svc.has_backup_passphrase(session)
    assert _opens(session, PASS) and not _opens(session, "wrong passphrase")
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [e.summary for e in entries if e.entity == "backup_passphrase"] == ["设置备份口令"]
    # The secret authentication key never reaches the audit text; the passphrase neither.
    auth = settings_service.get_internal(session, svc.AUTH_KEY)
    assert auth and all(auth not in e.summary and PASS not in e.summary for e in entries)


def test_changing_the_passphrase_needs_the_old_one(session, system):
    svc.set_backup_passphrase(session, system, PASS)
    public = settings_service.get_internal(session, svc.PUBLIC_KEY)
    database_id = settings_service.get_internal(session, svc.DATABASE_ID)
    with pytest.raises(ValidationError) as info:
        svc.set_backup_passphrase(session, system, "new passphrase")
    assert "old_passphrase" in info.value.fields
    with pytest.raises(ValidationError) as info:
        svc.set_backup_passphrase(session, system, "new passphrase", old_passphrase="nope nope")
    assert info.value.fields == {"old_passphrase": "原来的备份口令不正确"}
    svc.set_backup_passphrase(session, system, "new passphrase", old_passphrase=PASS)
    assert settings_service.get_internal(session, svc.PUBLIC_KEY) != public  # a new key pair
    assert _opens(session, "new passphrase") and not _opens(session, PASS)
    # ... for the same database: its id stays.
    assert settings_service.get_internal(session, svc.DATABASE_ID) == database_id
    versions = session.scalars(select(Setting.version).where(Setting.key == svc.AUTH_KEY)).all()
    assert versions == [2]
    # Read in the same session, the keys are the new ones (the secret is written through Core).
    stored = session.execute(text("SELECT value FROM settings WHERE key = 'backup.auth_key'"))
    assert backup_keys.stored_keys(session).auth_key == base64.b64decode(
        json.loads(stored.scalar())
    )


def test_backups_after_a_change_open_with_the_new_passphrase(made, database, system, restore_url):
    with session_scope(database, system) as s:
        svc.set_backup_passphrase(s, system, "the new one", old_passphrase=PASS)
    fresh = svc.backup_database(database, system, made.path.with_name("fresh.anjiabak"))
    with pytest.raises(UserError, match="备份口令不正确"):
        svc.restore_database(restore_url, system, fresh.path, passphrase=PASS)
    svc.restore_database(restore_url, system, fresh.path, passphrase="the new one")


def test_only_an_admin_sets_the_passphrase(session):
    with pytest.raises(PermissionDenied):
        svc.set_backup_passphrase(session, _actor(Role.SITE_MANAGER), PASS)


def test_old_backups_keep_the_passphrase_of_their_time(made, database, system, restore_url):
    with session_scope(database, system) as s:
        svc.set_backup_passphrase(s, system, "the new one", old_passphrase=PASS)
    with pytest.raises(UserError, match="备份口令不正确"):
        svc.restore_database(restore_url, system, made.path, passphrase="the new one")
    svc.restore_database(restore_url, system, made.path, passphrase=PASS)


# --- backing up -----------------------------------------------------------------------------


def test_backup_writes_an_encrypted_self_describing_file(made, database, db_path):
    assert made.path.name == "b.anjiabak" and made.size_bytes == made.path.stat().st_size
    assert made.created_at == NOON and not made.scheduled
    assert made.revision == HEAD_REVISION and made.db_name == db_path.name
    assert b"wanghao" not in made.path.read_bytes()
    assert svc.read_backup_header(made.path) == made
    with database.sessions() as s:
        assert made.database_id == settings_service.get_internal(s, svc.DATABASE_ID)
    assert uuid.UUID(made.database_id).version == 4
    with database.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup")).one()
    assert entry.actor == "system" and str(made.path) in entry.summary


def test_first_backup_with_a_passphrase_sets_it(database, system, tmp_path):
    out = tmp_path / "first.anjiabak"
    svc.backup_database(database, system, out, passphrase=PASS)
    with database.sessions() as s:
        assert svc.has_backup_passphrase(s)
    # Later backups need no passphrase; a wrong one is refused.
    svc.backup_database(database, system, tmp_path / "second.anjiabak")
    with pytest.raises(UserError) as info:
        svc.backup_database(database, system, tmp_path / "third.anjiabak", passphrase="wrong!!!")
    assert info.value.message == "备份口令不正确"
    assert not (tmp_path / "third.anjiabak").exists()


def test_no_passphrase_yet(database, system, tmp_path):
    with pytest.raises(UserError) as info:
        svc.backup_database(database, system, tmp_path / "x.anjiabak")
    assert "备份" in info.value.message and "口令" in info.value.message
    assert not (tmp_path / "x.anjiabak").exists()


def test_who_may_back_up(database, system, tmp_path):
    _with_passphrase(database, system)
    svc.backup_database(database, _actor(Role.SALES_SECRETARY), tmp_path / "ok.anjiabak")
    with pytest.raises(PermissionDenied):
        svc.backup_database(database, _actor(Role.CONSULTANT), tmp_path / "no.anjiabak")
    # The scheduler's actor may back up only as the scheduled backup.
    with pytest.raises(PermissionDenied):
        svc.backup_database(database, svc.scheduler_actor(), tmp_path / "no.anjiabak")


def test_first_backup_by_a_non_admin_cannot_set_the_passphrase(database, tmp_path):
    with pytest.raises(PermissionDenied):
        svc.backup_database(
            database, _actor(Role.SALES_SECRETARY), tmp_path / "x.anjiabak", passphrase=PASS
        )


def test_default_folder_and_name(database, system, tmp_path, monkeypatch):
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))
    _with_passphrase(database, system)
    first = svc.backup_database(database, system, now=NOON)
    again = svc.backup_database(database, system, now=NOON)
    folder = tmp_path / "home" / "backups"
    # Named in the office's zone (Asia/Shanghai), never overwriting a backup of the same second.
    assert first.path == folder / "anjia-desk-20260305-123000.anjiabak"
    assert again.path == folder / "anjia-desk-20260305-123000-2.anjiabak"
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"backup.directory": str(tmp_path / "mine")})
        assert svc.backup_folder(s) == tmp_path / "mine"
    assert svc.backup_database(database, system, now=NOON).path.parent == tmp_path / "mine"


def test_a_relative_backup_folder_is_inside_the_data_dir(database, system, tmp_path, monkeypatch):
    """Databases from before the setting had to be a full path may hold a relative one: it never
    depends on the folder the app was started from."""
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    _with_passphrase(database, system)
    with session_scope(database, system) as s:  # written as an old version did, unchecked
        s.add(Setting(key="backup.directory", value=json.dumps("rel/backups")))
    with database.sessions() as s:
        assert svc.backup_folder(s) == tmp_path / "home" / "rel" / "backups"
    made = svc.backup_database(database, system, now=NOON)
    assert made.path.parent == tmp_path / "home" / "rel" / "backups"
    assert list(elsewhere.iterdir()) == []


def test_unusable_backup_folder(database, system, tmp_path):
    _with_passphrase(database, system)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"backup.directory": str(blocker / "sub")})
    with pytest.raises(UserError, match="无法创建备份文件夹"):
        svc.backup_database(database, system)


def test_unwritable_output(database, system, tmp_path):
    _with_passphrase(database, system)
    with pytest.raises(UserError, match="无法写入备份文件"):
        svc.backup_database(database, system, tmp_path / "missing" / "x.anjiabak")
    assert _stray_files(tmp_path) == []
    if database.path is not None:  # a SQLite file: the backup cannot be written over it
        with pytest.raises(UserError, match="不能覆盖数据库本身"):
            svc.backup_database(database, system, database.path)
        assert _stray_files(database.path.parent) == []


def test_an_in_memory_database_is_not_restored_into(made, system):
    """A restore needs a place that lasts: a file, or a server's database (issue 15)."""
    with pytest.raises(UserError) as info:
        svc.restore_database("sqlite://", system, made.path, passphrase=PASS)
    assert info.value.message == svc.ONLY_SQLITE


def test_unreadable_database_is_a_clear_error(database, system, tmp_path):
    _with_passphrase(database, system)
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not sqlite" * 300)
    # Settings come from the working engine; the file to copy is the broken one.
    odd = Database(url=_url(broken), engine=database.engine, sessions=database.sessions)
    with pytest.raises(UserError, match="损坏"):
        svc.backup_database(odd, system, tmp_path / "x.anjiabak")
    assert not (tmp_path / "x.anjiabak").exists()
    assert _stray_files(tmp_path) == []


def test_a_database_without_a_schema_version(database, system, tmp_path, restore_url):
    """A plain SQLite file (not made by this app) backs up with no revision and never restores."""
    _with_passphrase(database, system)
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    odd = Database(url=_url(plain), engine=database.engine, sessions=database.sessions)
    info = svc.backup_database(odd, system, tmp_path / "plain.anjiabak")
    assert info.revision is None and info.db_name == "plain.db"
    with pytest.raises(UserError) as refused:
        svc.restore_database(restore_url, system, info.path, passphrase=PASS)
    assert refused.value.message == CORRUPT


def test_naive_now_is_a_bug(database, system, tmp_path):
    _with_passphrase(database, system)
    with pytest.raises(ValueError):
        svc.backup_database(database, system, tmp_path / "x.anjiabak", now=datetime(2026, 1, 1))


@pytest.mark.sqlite_only  # the database's folder; a server's: tests/services/test_backup_server.py
def test_temp_file_cannot_be_made(database, system, tmp_path, monkeypatch):
    _with_passphrase(database, system)

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backup_files, "create_file", refuse)
    with pytest.raises(UserError, match="无法在数据库所在的文件夹写入"):
        svc.backup_database(database, system, tmp_path / "x.anjiabak")


# --- restoring ------------------------------------------------------------------------------


def test_round_trip_restores_the_data(made, database, db_path, system):
    # Life goes on after the backup: a user is added, a setting changed.
    _add_user(database, system, "latecomer")
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"letterhead.company": "别家公司"})
    result = svc.restore_database(database.url, system, made.path, passphrase=PASS, now=NOON)
    assert result.restored_into == db_path
    # The replaced database is kept as an encrypted backup in the backup folder (issue 14).
    with database.sessions() as s:
        assert result.replaced_copy.parent == svc.backup_folder(s)
    assert backup_files.DEFAULT_NAME.fullmatch(result.replaced_copy.name)
    assert result.backup == made
    # The open engine (another connection) sees the restored data at once.
    with database.sessions() as s:
        assert "latecomer" not in s.scalars(select(User.username)).all()
        assert settings_service.get_setting(s, "letterhead.company") == "安家置业"
        assert svc.has_backup_passphrase(s)
        restore = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
    assert restore.created_at == NOON and restore.actor == "system"
    assert str(made.path) in restore.summary and str(result.replaced_copy) in restore.summary
    # Both the restored and the replaced database open normally.
    database.close()
    assert _usernames(db_path) == ["wanghao"]
    assert _usernames(_decrypted(result.replaced_copy, db_path)) == ["latecomer", "wanghao"]
    assert _stray_files(db_path.parent) == []


@pytest.fixture
def machine_in_new_york(monkeypatch):
    """The computer's own zone differs from the office's, whatever machine runs the tests."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.sqlite_only  # the name of the replaced file; tests/services/test_backup_server.py
@pytest.mark.usefixtures("machine_in_new_york")
def test_restore_speaks_office_time(made, database, system, tmp_path, monkeypatch):
    """The kept-aside copy's name and the audit text are in the office's zone (the setting in the
    restored data, else the default), never the computer's."""
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))  # a backup folder of its own
    result = svc.restore_database(database.url, system, made.path, passphrase=PASS, now=NOON)
    assert result.replaced_copy.name == "anjia-desk-20260305-123000.anjiabak"  # Asia/Shanghai
    with session_scope(database, system) as s:
        restore = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
        assert "备份于 2026-03-05 12:30" in restore.summary
        settings_service.update_settings(s, system, {"office.timezone": "Asia/Kathmandu"})
    kathmandu = svc.backup_database(database, system, tmp_path / "k.anjiabak", now=NOON)
    later = NOON + timedelta(hours=1)
    result = svc.restore_database(database.url, system, kathmandu.path, passphrase=PASS, now=later)
    assert result.replaced_copy.name == "anjia-desk-20260305-111500.anjiabak"  # UTC+05:45
    with database.sessions() as s:
        restores = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).all()
    assert "备份于 2026-03-05 10:15" in restores[-1].summary


@pytest.mark.parametrize(
    "setup",
    [
        "CREATE TABLE other (x)",  # no settings table at all
        "CREATE TABLE settings (key TEXT, value TEXT)",  # no zone stored
        "CREATE TABLE settings (key TEXT, value TEXT);"
        "INSERT INTO settings VALUES ('office.timezone', '\"Mars/Olympus_Mons\"')",
        "CREATE TABLE settings (key TEXT, value TEXT);"
        "INSERT INTO settings VALUES ('office.timezone', 'not json')",
    ],
)
def test_office_zone_of_a_file_falls_back_to_the_default(tmp_path, setup):
    path = tmp_path / "z.db"
    conn = sqlite3.connect(path)
    conn.executescript(setup)
    conn.close()
    assert backup_restore._office_zone_of(path) == ZoneInfo("Asia/Shanghai")


def test_restore_onto_a_new_computer(made, system, tmp_path):
    target = tmp_path / "new-pc" / "data" / "anjia-desk.db"
    result = svc.restore_database(_url(target), system, made.path, passphrase=PASS)
    assert result == svc.RestoreResult(target, None, made)
    assert _usernames(target) == ["wanghao"]
    db = open_database(str(target), create=False)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                HEAD_REVISION
            )
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        db.close()


def test_wrong_passphrase_leaves_the_live_database_untouched(made, database, db_path, system):
    database.close()
    before = _fingerprint(db_path)
    with pytest.raises(UserError) as info:
        svc.restore_database(_url(db_path), system, made.path, passphrase="not it at all")
    assert info.value.message == "备份口令不正确"
    assert _fingerprint(db_path) == before
    assert _stray_files(db_path.parent) == []


@pytest.mark.parametrize("damage", ["random", "truncated", "flipped", "header", "empty"])
def test_corrupt_backups_change_nothing(made, database, db_path, system, tmp_path, damage):
    database.close()
    data = made.path.read_bytes()
    bad = tmp_path / "bad.anjiabak"
    if damage == "random":
        bad.write_bytes(os.urandom(len(data)))
    elif damage == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        flipped = bytearray(data)
        flipped[len(data) // 2] ^= 0x10
        bad.write_bytes(bytes(flipped))
    elif damage == "header":
        bad.write_bytes(data.replace(b'"scheduled": false', b'"scheduled": true ', 1))
    else:
        bad.write_bytes(b"")
    before = _fingerprint(db_path)
    with pytest.raises(UserError) as info:
        svc.restore_database(_url(db_path), system, bad, passphrase=PASS)
    assert info.value.message == CORRUPT
    assert _fingerprint(db_path) == before
    assert _stray_files(db_path.parent) == []


def _authentic_backup(database: Database, snapshot: Path, out: Path, revision: str) -> None:
    """A file made with the database's own keys around arbitrary content."""
    with database.sessions() as s:
        keys = backup_keys.stored_keys(s)
    backup_file.write_backup(
        snapshot,
        out,
        public_key=keys.public_key,
        auth_key=keys.auth_key,
        wrapped=keys.wrapped,
        created_at=NOON,
        app_version="0.1.0",
        revision=revision,
        db_name="anjia.db",
        scheduled=False,
    )


def test_authentic_but_broken_databases_are_refused(made, database, db_path, system, tmp_path):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    no_version = tmp_path / "plain.db"
    conn = sqlite3.connect(no_version)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    empty_version = tmp_path / "empty-version.db"
    conn = sqlite3.connect(empty_version)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.commit()
    conn.close()
    damaged_index = tmp_path / "damaged-index.db"
    conn = sqlite3.connect(damaged_index)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (HEAD_REVISION,))
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("CREATE INDEX ix_t ON t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(f"value-{i:04d}",) for i in range(50)])
    conn.commit()
    conn.close()
    data = damaged_index.read_bytes()
    damaged_index.write_bytes(data[::-1].replace(b"0100-eulav", b"9999-EULAV", 1)[::-1])
    conn = sqlite3.connect(damaged_index)
    assert conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    conn.close()
    before = _usernames(db_path)
    for snapshot in (garbage, no_version, empty_version, damaged_index):
        out = tmp_path / f"{snapshot.stem}.anjiabak"
        _authentic_backup(database, snapshot, out, HEAD_REVISION)
        with pytest.raises(UserError) as info:
            svc.restore_database(database.url, system, out, passphrase=PASS)
        assert info.value.message == CORRUPT
    assert _usernames(db_path) == before
    assert _stray_files(db_path.parent) == []


def test_a_backup_from_a_newer_app_is_refused(made, database, db_path, system, tmp_path):
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    newer = svc.backup_database(database, system, tmp_path / "newer.anjiabak")
    assert newer.revision == "9999_future"
    with database.engine.begin() as conn:
        conn.execute(text(f"UPDATE alembic_version SET version_num = '{HEAD_REVISION}'"))
    with pytest.raises(UserError) as info:
        svc.restore_database(database.url, system, newer.path, passphrase=PASS)
    assert info.value.message.startswith("这个备份来自更新版本的安家 Desk")
    # The header can be trusted only after decryption: the database inside is checked too.
    snapshot = tmp_path / "future.db"
    backup_sqlite(db_path, snapshot)
    conn = sqlite3.connect(snapshot)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    lying = tmp_path / "lying.anjiabak"
    _authentic_backup(database, snapshot, lying, HEAD_REVISION)
    with pytest.raises(UserError, match="更新版本"):
        svc.restore_database(database.url, system, lying, passphrase=PASS)
    database.close()
    assert _usernames(db_path) == ["wanghao"]
    assert _stray_files(db_path.parent) == []


def test_a_locked_database_is_not_replaced(made, database, db_path, system):
    _add_user(database, system, "latecomer")
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        with pytest.raises(UserError) as info:
            svc.restore_database(database.url, system, made.path, passphrase=PASS, lock_timeout=0.2)
    finally:
        holder.rollback()
        holder.close()
    assert "占用" in info.value.message
    assert _stray_files(db_path.parent) == []
    database.close()
    assert _usernames(db_path) == ["latecomer", "wanghao"]


@pytest.mark.parametrize("failing_step", [0, 1])
def test_failures_while_installing_leave_no_copy_behind(
    made, database, db_path, system, monkeypatch, failing_step
):
    real = svc.backup_sqlite
    calls = []

    def flaky(source, target, *, timeout=None):
        calls.append(target)
        if len(calls) - 1 == failing_step:
            raise sqlite3.OperationalError("disk I/O error")
        real(source, target, timeout=timeout)

    monkeypatch.setattr(backup_restore, "backup_sqlite", flaky)
    with pytest.raises(UserError, match="磁盘"):
        svc.restore_database(database.url, system, made.path, passphrase=PASS)
    assert _stray_files(db_path.parent) == []
    database.close()
    assert _usernames(db_path) == ["wanghao"]


def test_locked_while_keeping_the_old_copy(made, database, db_path, system, monkeypatch):
    def locked(source, target, *, timeout=None):
        assert timeout == 5.0
        raise UserError("数据库正被另一个程序占用，请稍后再试或关闭其他打开它的窗口")

    monkeypatch.setattr(backup_restore, "backup_sqlite", locked)
    with pytest.raises(UserError) as info:
        svc.restore_database(database.url, system, made.path, passphrase=PASS)
    assert info.value.message == svc.LOCKED
    assert _stray_files(db_path.parent) == []


@pytest.mark.parametrize("with_wal", [True, False])
def test_a_damaged_live_database_is_kept_aside_and_replaced(
    made, database, db_path, system, with_wal
):
    database.close()
    junk = os.urandom(9000)
    db_path.write_bytes(junk)
    if with_wal:
        Path(f"{db_path}-wal").write_bytes(b"stale wal")
    result = svc.restore_database(_url(db_path), system, made.path, passphrase=PASS)
    assert result.replaced_copy.read_bytes() == junk
    assert Path(f"{result.replaced_copy}-wal").exists() == with_wal
    if with_wal:
        assert Path(f"{result.replaced_copy}-wal").read_bytes() == b"stale wal"
    assert _usernames(db_path) == ["wanghao"]


def test_a_locked_rollback_journal_database(made, database, db_path, system):
    """A database not in WAL mode, held by another writer, cannot even be read: refused."""
    database.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(UserError, match="占用"):
            svc.restore_database(
                _url(db_path), system, made.path, passphrase=PASS, lock_timeout=0.1
            )
    finally:
        holder.rollback()
        holder.close()
    assert _stray_files(db_path.parent) == []


def test_a_backup_of_a_locked_database_gives_up(database, system, tmp_path):
    """SQLite's backup API alone retries a busy database forever: the backup gives up after
    `lock_timeout` with the usual message, and leaves no plaintext copy behind."""
    _with_passphrase(database, system)
    locked = tmp_path / "office" / "office.db"
    locked.parent.mkdir()
    conn = sqlite3.connect(locked)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    # Settings come from the working engine; the file to copy is the locked one.
    odd = Database(url=_url(locked), engine=database.engine, sessions=database.sessions)
    out = tmp_path / "x.anjiabak"
    holder = sqlite3.connect(locked)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(UserError) as info:
            svc.backup_database(odd, system, out, lock_timeout=0.1)
        assert time.monotonic() - started < 5
    finally:
        holder.rollback()
        holder.close()
    assert info.value.message == "数据库正被另一个程序占用，请稍后再试或关闭其他打开它的窗口"
    assert not out.exists() and _stray_files(locked.parent) == []
    # Once the other program lets go, the same backup works.
    assert svc.backup_database(odd, system, out, lock_timeout=0.1).revision is None


def test_a_folder_where_the_database_should_be(made, system, tmp_path):
    folder = tmp_path / "odd.db"
    folder.mkdir()
    with pytest.raises(UserError, match="数据库路径是一个文件夹"):
        svc.restore_database(_url(folder), system, made.path, passphrase=PASS)


def test_replaced_copies_never_overwrite_each_other(
    made, database, db_path, system, tmp_path, monkeypatch
):
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))  # a backup folder of its own
    first = svc.restore_database(database.url, system, made.path, passphrase=PASS, now=NOON)
    second = svc.restore_database(database.url, system, made.path, passphrase=PASS, now=NOON)
    assert first.replaced_copy != second.replaced_copy
    assert second.replaced_copy.name.endswith("-2.anjiabak")


def test_only_an_admin_restores(made, database):
    with pytest.raises(PermissionDenied):
        svc.restore_database(database.url, _actor(Role.SITE_MANAGER), made.path, passphrase=PASS)


def test_restore_audit_fits_the_restored_schema(tmp_path, system):
    """Columns this version knows but an older schema lacks are left out of the entry."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, created_at DATETIME, updated_at DATETIME,"
        " actor VARCHAR(80), action VARCHAR(40), entity VARCHAR(40), summary TEXT)"
    )
    conn.commit()
    conn.close()
    backup_restore._append_audit(path, system, "恢复", NOON)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT actor, action, entity, summary FROM audit_log").fetchall() == [
        ("system", "restore", "database", "恢复")
    ]
    assert (
        conn.execute("SELECT created_at FROM audit_log")
        .fetchone()[0]
        .startswith("2026-03-05 04:30:00")
    )
    conn.close()


# --- listing --------------------------------------------------------------------------------


def test_list_backups_newest_first_skipping_other_files(database, system, tmp_path):
    _with_passphrase(database, system)
    folder = tmp_path / "backups"
    folder.mkdir()
    older = svc.backup_database(database, system, folder / "older.anjiabak", now=NOON)
    newer = svc.backup_database(
        database, system, folder / "newer.ANJIABAK", now=NOON + timedelta(days=1)
    )
    (folder / "junk.anjiabak").write_bytes(b"nothing useful")
    (folder / "notes.txt").write_text("hello")
    (folder / "dir.anjiabak").mkdir()
    assert [b.path for b in svc.list_backups(folder)] == [newer.path, older.path]
    assert svc.list_backups(tmp_path / "nowhere") == []
    with pytest.raises(UserError) as info:
        svc.read_backup_header(folder / "junk.anjiabak")
    assert info.value.message == CORRUPT


# --- the daily backup -----------------------------------------------------------------------


@pytest.fixture
def scheduled(database, system, tmp_path):
    """Backups on, into a folder of this test, with a passphrase set."""
    folder = tmp_path / "daily"
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"backup.directory": str(folder)})
        svc.set_backup_passphrase(s, system, PASS)
    return folder


def test_no_scheduled_backup_without_a_passphrase(database, system, tmp_path):
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"backup.directory": str(tmp_path / "d")})
    assert svc.run_scheduled_backup(database, now=NOON) is None
    assert not (tmp_path / "d").exists()


def test_no_scheduled_backup_when_disabled(database, system, scheduled):
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"backup.enabled": False})
    assert svc.run_scheduled_backup(database, now=NOON) is None
    assert svc.list_backups(scheduled) == []


def test_daily_backup_runs_once_per_slot(database, scheduled):
    first = svc.run_scheduled_backup(database, now=NOON)
    assert first is not None and first.scheduled and first.path.parent == scheduled
    assert first.path.name == "anjia-desk-20260305-123000.anjiabak"
    # Every minute after that, nothing more is due until tomorrow's 12:30.
    for later in (timedelta(minutes=1), timedelta(hours=5), timedelta(hours=23, minutes=59)):
        assert svc.run_scheduled_backup(database, now=NOON + later) is None
    second = svc.run_scheduled_backup(database, now=NOON + timedelta(days=1))
    assert second is not None
    assert len(svc.list_backups(scheduled)) == 2
    with database.sessions() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup")).all()
    # Automatic work is the system's, named as such (the summary says it was the daily one).
    assert [(e.actor, e.user_id) for e in entries] == [("system", None), ("system", None)]
    assert all(e.summary.startswith("自动备份到") for e in entries)


def test_a_missed_slot_is_made_up_at_the_next_start(database, scheduled):
    assert svc.run_scheduled_backup(database, now=NOON) is not None
    # The PC was off for two days; it starts at 08:00 local, before today's slot.
    morning = NOON + timedelta(days=2, hours=-4, minutes=-30)
    made = svc.run_scheduled_backup(database, now=morning)
    assert made is not None and made.created_at == morning
    assert svc.run_scheduled_backup(database, now=morning + timedelta(hours=4)) is None
    assert svc.run_scheduled_backup(database, now=morning + timedelta(hours=5)) is not None


def test_a_manual_backup_counts_for_the_day(database, system, scheduled):
    svc.backup_database(database, system, now=NOON + timedelta(minutes=5))
    assert svc.run_scheduled_backup(database, now=NOON + timedelta(hours=1)) is None


def test_pruning_after_retention_keeps_the_newest(database, system, scheduled):
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"backup.retention_days": 10})
    old = [
        svc.backup_database(database, system, now=NOON - timedelta(days=days), scheduled=False)
        for days in (30, 12, 9)
    ]
    keep_manual = svc.backup_database(
        database, system, scheduled / "before-upgrade.anjiabak", now=NOON - timedelta(days=40)
    )
    (scheduled / "anjia-desk-20200101-000000.anjiabak").write_bytes(b"not ours")
    made = svc.run_scheduled_backup(database, now=NOON)
    names = sorted(p.name for p in scheduled.iterdir())
    assert names == sorted(
        [
            made.path.name,
            old[2].path.name,
            keep_manual.path.name,
            "anjia-desk-20200101-000000.anjiabak",
        ]
    )
    with database.sessions() as s:
        deleted = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).one()
    assert (deleted.actor, deleted.user_id) == ("system", None)
    assert old[0].path.name in deleted.summary and old[1].path.name in deleted.summary


def test_a_backup_that_cannot_be_deleted_is_left(database, system, scheduled, monkeypatch):
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"backup.retention_days": 1})
    stale = svc.backup_database(database, system, now=NOON - timedelta(days=5))
    real_unlink = Path.unlink

    def unlink(self, *args, **kwargs):
        if self.name == stale.path.name:
            raise PermissionError(13, "in use")
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", unlink)
    assert svc.run_scheduled_backup(database, now=NOON) is not None
    assert stale.path.exists()
    with database.sessions() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).all() == []


def _pre_id_backup(database: Database, out: Path, made_at: datetime) -> None:
    """A backup in the current format written before backups carried the database id."""
    snapshot = out.with_name("snapshot-for-test.db")
    if database.path is not None:
        backup_sqlite(database.path, snapshot)
    else:  # a server's database: copied into a SQLite file, as its backups are
        backup_files.copy_server_database(database, snapshot)
    with database.sessions() as s:
        keys = backup_keys.stored_keys(s)
    backup_file.write_backup(
        snapshot,
        out,
        public_key=keys.public_key,
        auth_key=keys.auth_key,
        wrapped=keys.wrapped,
        created_at=made_at,
        app_version="0.1.0",
        revision=HEAD_REVISION,
        db_name=backup_files.server_db_name(database)
        if database.path is None
        else database.path.name,
        scheduled=True,
    )
    snapshot.unlink()


def test_databases_sharing_a_folder_keep_to_their_own_backups(database, system, tmp_path):
    """A demo and the real database in the default folder, or two PCs on one network folder: each
    gets its own daily backup and prunes only its own files."""
    shared = tmp_path / "shared"
    demo = open_database(str(tmp_path / "demo" / "anjia.db"))  # even the same file name
    try:
        for db in (database, demo):
            with session_scope(db, system) as s:
                settings_service.update_settings(
                    s, system, {"backup.directory": str(shared), "backup.retention_days": 10}
                )
                svc.set_backup_passphrase(s, system, PASS)
        real_old = svc.backup_database(database, system, now=NOON - timedelta(days=20))
        demo_old = svc.backup_database(demo, system, now=NOON - timedelta(days=20, minutes=1))
        # The real database's backup from before backups carried the id: its key pair tells.
        real_pre_id = shared / "anjia-desk-20260218-123000.anjiabak"
        _pre_id_backup(database, real_pre_id, NOON - timedelta(days=15))
        with database.sessions() as s:
            real = svc.database_identity(s)
        with demo.sessions() as s:
            other = svc.database_identity(s)
        assert real.database_id != other.database_id
        assert [b.path for b in svc.list_backups(shared, owner=real)] == [
            real_pre_id,
            real_old.path,
        ]
        assert [b.path for b in svc.list_backups(shared, owner=other)] == [demo_old.path]
        assert len(svc.list_backups(shared)) == 3  # without an owner: every backup, as before

        real_new = svc.run_scheduled_backup(database, now=NOON)
        # The real one's fresh backup does not make the demo's look done, nor the other way.
        demo_new = svc.run_scheduled_backup(demo, now=NOON + timedelta(minutes=1))
        assert real_new is not None and demo_new is not None
        assert demo_new.database_id == other.database_id
        assert svc.run_scheduled_backup(database, now=NOON + timedelta(minutes=2)) is None
        assert svc.run_scheduled_backup(demo, now=NOON + timedelta(minutes=2)) is None
        # Each pruned only its own old files, the one without an id included.
        assert sorted(p.name for p in shared.iterdir()) == sorted(
            [real_new.path.name, demo_new.path.name]
        )
        # Next day the real database's pruning leaves the demo's (now old) backup alone.
        later = NOON + timedelta(days=11)
        assert svc.run_scheduled_backup(database, now=later) is not None
        assert demo_new.path.exists() and not real_new.path.exists()
        with demo.sessions() as s:
            assert s.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).one()
    finally:
        demo.close()


def test_a_database_from_before_ids_gets_one_at_its_next_backup(database, system, tmp_path):
    _with_passphrase(database, system)
    folder = tmp_path / "backups"
    folder.mkdir()
    before = folder / "before.anjiabak"
    _pre_id_backup(database, before, NOON - timedelta(days=1))
    with database.engine.begin() as conn:  # as a database set up by an older version
        conn.execute(text("DELETE FROM settings WHERE key = 'database.id'"))
    with database.sessions() as s:
        identity = svc.database_identity(s)
    assert identity.database_id is None
    assert [b.path for b in svc.list_backups(folder, owner=identity)] == [before]
    made = svc.backup_database(database, system, folder / "now.anjiabak", now=NOON)
    with database.sessions() as s:
        identity = svc.database_identity(s)
    assert made.database_id is not None and made.database_id == identity.database_id
    assert [b.path for b in svc.list_backups(folder, owner=identity)] == [made.path, before]
    # A database with neither an id nor a key pair owns no file.
    stranger = svc.DatabaseIdentity(database_id=None, public_key=None)
    assert svc.list_backups(folder, owner=stranger) == []


# --- leftovers of a backup that never finished ------------------------------------------------


def _aged(path: Path, age: timedelta, *, folder: bool = False) -> Path:
    if folder:
        path.mkdir()
    else:
        path.write_bytes(b"SQLite format 3\x00 plain customer data")
    moment = (NOON - age).timestamp()
    os.utime(path, (moment, moment))
    return path


OLD, YOUNG = timedelta(hours=2), timedelta(minutes=10)


def test_clean_leftovers_removes_only_old_files_of_ours(db_path, tmp_path):
    here, folder = db_path.parent, tmp_path / "backups"
    folder.mkdir()
    gone = [
        _aged(here / ".anjia.snapshot-k2j4x_9a.db", OLD),
        _aged(here / ".anjia.snapshot-k2j4x_9a.db-wal", OLD),
        _aged(here / ".anjia.restore-0abcdefg.db", OLD),
        _aged(here / ".anjia.restore-0abcdefg.db-journal", OLD),
        _aged(folder / ".anjia-desk-20260305-123000.anjiabak.0a1b2c3d.tmp", OLD),
    ]
    kept = [
        _aged(here / ".anjia.snapshot-young123.db", YOUNG),  # perhaps a backup running now
        _aged(here / ".other.snapshot-abcdefgh.db", OLD),  # another database's
        _aged(here / "anjia.replaced-20260101-000000.db", OLD),  # kept on purpose by a restore
        _aged(here / ".anjia.snapshot-abcdefgh.db.bak", OLD),
        _aged(here / ".anjia.snapshot-dirdirdi.db", OLD, folder=True),
        _aged(folder / ".anjia-desk-20260305-123000.anjiabak.0a1b2c3e.tmp", YOUNG),
        _aged(folder / ".notes.txt.0a1b2c3d.tmp", OLD),
    ]
    assert sorted(svc.clean_leftovers(db_path, folder, now=NOON)) == sorted(gone)
    assert not any(p.exists() for p in gone) and all(p.exists() for p in kept)
    assert svc.clean_leftovers(db_path, tmp_path / "not-made-yet", now=NOON) == []


def test_temp_copies_have_the_shape_that_clean_up_looks_for(
    made, database, db_path, system, monkeypatch
):
    names = []
    real_copy, real_decrypt = svc.backup_sqlite, backup_file.decrypt_backup

    def copy(source, target, *, timeout=None):
        names.append(target.name)
        real_copy(source, target, timeout=timeout)

    def decrypt(source, passphrase, target):
        names.append(target.name)
        return real_decrypt(source, passphrase, target)

    monkeypatch.setattr(svc, "backup_sqlite", copy)  # the snapshot
    monkeypatch.setattr(backup_restore, "backup_sqlite", copy)  # installing the restored copy
    monkeypatch.setattr(backup_file, "decrypt_backup", decrypt)
    svc.backup_database(database, system, made.path.with_name("again.anjiabak"))
    svc.restore_database(database.url, system, made.path, passphrase=PASS)
    snapshot, restored, replaced = (name for name in names if name.startswith("."))
    assert replaced.startswith(".anjia.db.replaced.") and scratch.NAME.fullmatch(replaced)
    assert snapshot.startswith(".anjia.db.snapshot.") and restored.startswith(".anjia.db.restore.")
    assert scratch.NAME.fullmatch(snapshot) and scratch.NAME.fullmatch(restored)


def test_a_leftover_that_cannot_be_removed_is_left(db_path, tmp_path, monkeypatch):
    stuck = _aged(db_path.parent / ".anjia.snapshot-stuck123.db", OLD)
    other = _aged(db_path.parent / ".anjia.snapshot-other123.db", OLD)
    real_unlink = Path.unlink

    def unlink(self, *args, **kwargs):
        if self.name == stuck.name:
            raise PermissionError(13, "in use")
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", unlink)
    assert svc.clean_leftovers(db_path, tmp_path / "backups", now=NOON) == [other]
    assert stuck.exists()


def test_the_daily_check_cleans_up_first(database, db_path, system, scheduled):
    """Even with the daily backup off, what a killed backup left is removed."""
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"backup.enabled": False})
    scheduled.mkdir()
    leftovers = [
        _aged(db_path.parent / ".anjia.snapshot-abcdefgh.db", OLD),
        _aged(scheduled / ".anjia-desk-20260305-123000.anjiabak.12345678.tmp", OLD),
    ]
    assert svc.run_scheduled_backup(database, now=NOON) is None
    assert not any(p.exists() for p in leftovers)
