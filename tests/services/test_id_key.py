"""The ID-number key lives on the PC, not in the database (issue 14): a copied database file opens
no ID number, a backup carries the key to a new PC, an administrator exports it under the backup
passphrase and imports it on another PC, and a PC without it never makes a second key."""

from __future__ import annotations

import base64
import shutil
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk.core.deals import PaymentMethod
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.identity import check_character
from anjia_desk.core.roles import Role
from anjia_desk.db import backup_file, id_key_store
from anjia_desk.db.engine import Database, open_database, session_scope
from anjia_desk.db.models import AuditEntry, Deal
from anjia_desk.services import backup, deal_queries, deals, id_key, identity
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import SubscribeRequest
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

PASS = "office-backup-1"
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
FIRST17 = "11010119900307123"
NUMBER = FIRST17 + check_character(FIRST17)


@pytest.fixture
def pc_a(tmp_path, monkeypatch) -> Path:
    """This PC's data directory (where its key files are)."""
    home = tmp_path / "pc-a"
    monkeypatch.setenv("ANJIA_DESK_HOME", str(home))
    return home


def _to_pc(monkeypatch, home: Path) -> None:
    monkeypatch.setenv("ANJIA_DESK_HOME", str(home))


def _deal(database: Database, system: Actor, number: str = NUMBER, unit_index: int = 0) -> int:
    with session_scope(database, system) as s:
        project = s.scalar(select(Deal.project_id).limit(1))
        if project is None:
            made = make_project(s)
            units = make_building(s, made)
            add_actor(s, "c1", "王顾问", Role.CONSULTANT)
        else:
            from anjia_desk.db.models import Unit

            units = list(s.scalars(select(Unit).order_by(Unit.id)))
        customer = make_customer(s, phone=f"1380000{1111 + unit_index:04d}")
        request = SubscribeRequest(
            unit_id=units[unit_index].id, customer_id=customer.id, buyer_name="王建国",
            buyer_id_number=number, payment_method=PaymentMethod.FULL,
            deposit=Decimal(50000), special_discount=Decimal(0), discount_reason="",
        )  # fmt: skip
        return deals.subscribe(s, system, request, now=NOW)


def _cipher(database: Database, deal_id: int) -> str:
    with database.sessions() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        return deal.buyer_id_cipher


def _file_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _key_of(database: Database) -> bytes:
    with database.sessions() as s:
        key = id_key.installed_key(s)
    assert key is not None
    return key


def test_a_copied_database_file_opens_no_id_number(
    database, db_path, system, pc_a, tmp_path, monkeypatch
):
    deal_id = _deal(database, system)
    key = _key_of(database)
    cipher = _cipher(database, deal_id)
    with database.sessions() as s:
        assert identity.open_id(s, cipher) == NUMBER
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    data = _file_bytes(db_path)
    assert key not in data and base64.b64encode(key) not in data and key.hex().encode() not in data

    copy = tmp_path / "elsewhere" / "copy.db"
    copy.parent.mkdir()
    shutil.copyfile(db_path, copy)
    _to_pc(monkeypatch, tmp_path / "pc-b")  # another PC: another data directory
    other = open_database(str(copy))
    try:
        with session_scope(other, system) as s:
            with pytest.raises(identity.NoIdKey, match="本机未安装"):
                identity.open_id(s, cipher)
            with pytest.raises(UserError, match="本机未安装"):
                deal_queries.reveal_buyer_id(s, system, deal_id)
            detail = deal_queries.deal_detail(s, system, deal_id, now=NOW)
            assert detail.buyer_id_shown == "本机未安装密钥（110101********" + NUMBER[-4:] + "）"
            viewed = s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "view")).all()
            assert viewed and "含完整证件号" not in viewed[-1]
            # Nor does it make a second key for a database that already holds ID numbers.
            with pytest.raises(identity.NoIdKey, match="设置 → 证件密钥"):
                identity.seal_id(s, NUMBER)
        with pytest.raises(UserError, match="设置 → 证件密钥"):
            _deal(other, system, unit_index=1)
        assert not (tmp_path / "pc-b" / id_key_store.KEY_FOLDER).exists()
    finally:
        other.close()


def test_a_database_with_a_key_made_elsewhere_but_no_number_yet_makes_none(
    database, db_path, system, pc_a, tmp_path, monkeypatch
):
    """The check value alone (a key was made on another PC) is enough to refuse a new one."""
    with session_scope(database, system) as s:
        identity.seal_id(s, NUMBER)  # sealed, but never stored in a deal
    database.close()
    _to_pc(monkeypatch, tmp_path / "pc-b")
    again = open_database(str(db_path))
    try:
        with session_scope(again, system) as s, pytest.raises(identity.NoIdKey):
            identity.seal_id(s, NUMBER)
    finally:
        again.close()


def test_backup_on_one_pc_restores_on_another_and_decrypts(
    database, system, pc_a, tmp_path, monkeypatch
):
    deal_id = _deal(database, system)
    cipher = _cipher(database, deal_id)
    info = backup.backup_database(database, system, tmp_path / "a.anjiabak", passphrase=PASS)
    header, _ = backup_file.read_header(info.path)
    assert header.format == 2 and header.wrapped_id_key is not None
    assert _key_of(database) not in info.path.read_bytes()

    _to_pc(monkeypatch, tmp_path / "pc-b")
    target = tmp_path / "pc-b-data" / "anjia.db"
    backup.restore_database("sqlite:///" + str(target), system, info.path, passphrase=PASS)
    restored = open_database(str(target))
    try:
        with restored.sessions() as s:
            assert identity.open_id(s, cipher) == NUMBER
            summary = s.scalar(select(AuditEntry.summary).where(AuditEntry.action == "restore"))
            assert summary is not None and "已在本机安装备份中的证件密钥" in summary
    finally:
        restored.close()


def test_a_backup_from_a_pc_without_the_key_still_restores(
    database, db_path, system, pc_a, tmp_path, monkeypatch
):
    """The database is backed up (format 1, no key inside); its numbers stay sealed."""
    deal_id = _deal(database, system)
    cipher = _cipher(database, deal_id)
    _to_pc(monkeypatch, tmp_path / "pc-b")
    info = backup.backup_database(database, system, tmp_path / "b.anjiabak", passphrase=PASS)
    assert backup_file.read_header(info.path)[0].format == 1
    backup.restore_database(database.url, system, info.path, passphrase=PASS)
    _to_pc(monkeypatch, pc_a)  # back on the PC that has the key
    restored = open_database(str(db_path))
    try:
        with restored.sessions() as s:
            assert identity.open_id(s, cipher) == NUMBER
    finally:
        restored.close()


def _export(database: Database, actor: Actor, out: Path, passphrase: str = PASS) -> None:
    with session_scope(database, actor) as s:
        id_key.export_key(s, actor, out, passphrase=passphrase)


def _import(database: Database, actor: Actor, source: Path, passphrase: str = PASS) -> None:
    with session_scope(database, actor) as s:
        id_key.import_key(s, actor, source, passphrase=passphrase)


def _pc_b_copy(database, db_path, tmp_path, monkeypatch) -> Database:
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "pc-b-data" / "anjia.db"
    copy.parent.mkdir()
    shutil.copyfile(db_path, copy)
    _to_pc(monkeypatch, tmp_path / "pc-b")
    return open_database(str(copy))


def test_export_and_import_the_key_on_another_pc(
    database, db_path, system, pc_a, tmp_path, monkeypatch
):
    deal_id = _deal(database, system)
    cipher = _cipher(database, deal_id)
    key = _key_of(database)
    with session_scope(database, system) as s:
        backup.set_backup_passphrase(s, system, PASS)
    out = tmp_path / "usb" / "证件密钥.anjiakey"
    _export(database, system, out)
    exported = out.read_bytes()
    assert key not in exported and base64.b64encode(key) not in exported
    assert oct(out.stat().st_mode & 0o777) == oct(0o600)

    other = _pc_b_copy(database, db_path, tmp_path, monkeypatch)
    try:
        with other.sessions() as s:
            status = id_key.key_status(s, system)
            assert status.sealed == 1 and not status.installed and status.ever_made
        with pytest.raises(ValidationError) as wrong:
            _import(other, system, out, passphrase="not-the-passphrase")
        assert "备份口令不正确" in wrong.value.fields["passphrase"]
        _import(other, system, out)
        with other.sessions() as s:
            assert identity.open_id(s, cipher) == NUMBER
            assert id_key.key_status(s, system).installed
            texts = list(s.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "id_key")))
        assert len(texts) == 2 and any("导出证件密钥" in t for t in texts)
        assert any("导入证件密钥" in t for t in texts)
        joined = " ".join(texts)
        assert base64.b64encode(key).decode() not in joined and key.hex() not in joined
        _deal(other, system, unit_index=1)  # sealing works there now
    finally:
        other.close()


def test_export_needs_the_current_backup_passphrase_and_an_administrator(
    database, system, pc_a, tmp_path
):
    _deal(database, system)
    out = tmp_path / "key.anjiakey"
    with pytest.raises(UserError, match="还没有设置备份口令"):
        _export(database, system, out)
    with session_scope(database, system) as s:
        backup.set_backup_passphrase(s, system, PASS)
    with pytest.raises(ValidationError):
        _export(database, system, out, passphrase="wrong-passphrase")
    secretary = Actor(None, "sec", "秘书", frozenset({Role.SALES_SECRETARY}))
    with pytest.raises(PermissionDenied):
        _export(database, secretary, out)
    with pytest.raises(PermissionDenied):
        _import(database, secretary, out)
    assert not out.exists()


def test_a_key_that_does_not_fit_the_database_is_refused(
    database, db_path, system, pc_a, tmp_path, monkeypatch
):
    _deal(database, system)
    with session_scope(database, system) as s:
        backup.set_backup_passphrase(s, system, PASS)
    # Another office's database (same PC), with its own key and ID numbers.
    other_path = tmp_path / "other.db"
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(db_path, other_path)  # a database like this one, but with its own id and key
    other = open_database(str(other_path))
    try:
        with session_scope(other, system) as s:
            from anjia_desk.db.models import Setting

            for row in s.scalars(
                select(Setting).where(Setting.key.in_(["database.id", "ids.key_check"]))
            ):
                s.delete(row)
            s.execute(Deal.__table__.update().values(buyer_id_cipher=""))
        foreign = tmp_path / "foreign.anjiakey"
        _export(other, system, foreign)
    finally:
        other.close()
    with pytest.raises(UserError, match="打不开本数据库"):
        _import(database, system, foreign)
    # A database without any number yet refuses another database's key all the same.
    fresh = tmp_path / "fresh.db"
    shutil.copyfile(db_path, fresh)
    empty = open_database(str(fresh))
    try:
        with session_scope(empty, system) as s:
            s.execute(Deal.__table__.update().values(buyer_id_cipher=""))
            from anjia_desk.db.models import Setting

            check = s.scalar(select(Setting).where(Setting.key == "ids.key_check"))
            assert check is not None
            s.delete(check)
        with pytest.raises(UserError, match="属于另一个数据库"):
            _import(empty, system, foreign)
    finally:
        empty.close()


def test_not_a_key_file_is_refused(database, system, pc_a, tmp_path):
    junk = tmp_path / "junk.anjiakey"
    junk.write_text("{}", encoding="utf-8")
    with pytest.raises(UserError, match="不是安家 Desk 导出的证件密钥"):
        _import(database, system, junk)
    big = tmp_path / "big.anjiakey"
    big.write_bytes(b"x" * (id_key_store.MAX_EXPORT_BYTES + 1))
    with pytest.raises(UserError, match="不是安家 Desk 导出的证件密钥"):
        _import(database, system, big)
