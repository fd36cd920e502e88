"""Backups of a server's database (issue 15): the same encrypted file as SQLite's, restored into a
new, empty database that the office then switches to; and one PC, the backup PC, makes the daily
backup."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from anjia_desk.core.errors import PermissionDenied, UserError
from anjia_desk.core.roles import Role
from anjia_desk.db import backup_file, transfer
from anjia_desk.db.engine import Database, make_engine, open_database, session_scope
from anjia_desk.db.models import AuditEntry, Customer, User
from anjia_desk.services import backup as svc
from anjia_desk.services import backup_pc, users
from anjia_desk.services import settings as settings_service
from anjia_desk.services.context import Actor
from anjia_desk.services.demo import create_demo
from tests.conftest import PG_ADMIN

PASS = "office-backup-1"
NOON = datetime(2026, 3, 5, 4, 30, tzinfo=UTC)  # 12:30 in Shanghai
needs_pg = pytest.mark.skipif(not PG_ADMIN, reason="needs $ANJIA_TEST_PG")


@pytest.fixture
def server_office() -> Iterator[Database]:
    """A small demo office on the server (customers, deals, receipts)."""
    from tests import pg

    url = pg.empty_database("transfer_office")
    database = open_database(url)
    try:
        create_demo(database, seed=5, customers=15, now=NOON)
        yield database
    finally:
        database.close()
        pg.drop_database(url)


@pytest.fixture
def empty_server() -> Iterator[str]:
    from tests import pg

    url = pg.empty_database("transfer_new")
    try:
        yield url
    finally:
        pg.drop_database(url)


def _rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {
                table.name: [
                    tuple(row)
                    for row in conn.execute(select(table).order_by(*table.primary_key.columns))
                ]
                for table in transfer.tables()
            }
    finally:
        engine.dispose()


@pytest.fixture
def machine_in_new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@needs_pg
@pytest.mark.usefixtures("machine_in_new_york")
def test_a_server_backup_restores_into_a_new_empty_database(
    server_office, empty_server, tmp_path, capsys
):
    system = Actor.system()
    before = _rows(server_office.url)
    with server_office.sessions() as s:
        top_user = s.scalar(select(func.max(User.id)))
    info = svc.backup_database(server_office, system, tmp_path / "office.anjiabak", now=NOON)
    assert info.revision is not None and info.db_name.startswith("anjia_transfer_office")
    assert info.path.read_bytes()[:8] == b"ANJIABK1"
    # The file is a backup like any other: it holds a SQLite database of the same rows.
    opened = tmp_path / "opened.db"
    backup_file.decrypt_backup(info.path, _demo_pass(), opened)
    assert _rows("sqlite:///" + str(opened))["customers"] == before["customers"]
    later = NOON + timedelta(days=1)
    result = svc.restore_database(
        empty_server, system, info.path, passphrase=_demo_pass(), now=later
    )
    assert result.switch_to is not None and result.replaced_copy is None
    assert "各电脑改连到新数据库" in result.message()
    restored = _rows(empty_server)
    for table, rows in before.items():
        if table != "audit_log":
            assert restored[table] == rows, table
    # The restore is in the restored database's own audit log, in the office's time.
    # (the backup's own line is written once the file is made: not inside it)
    assert len(restored["audit_log"]) == len(before["audit_log"]) + 1
    new = open_database(empty_server)
    try:
        with new.sessions() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
            # New rows get ids after the restored ones.
            with session_scope(new, system) as w:
                users.add_user(
                    w,
                    system,
                    username="after_restore",
                    display_name="新人",
                    roles=[Role.CONSULTANT.value],
                    password="secret12",
                )
            top = s.scalar(select(func.max(User.id)))
    finally:
        new.close()
    assert "备份于 2026-03-05 12:30" in entry.summary and entry.created_at == later
    assert top == top_user + 1
    # The database the office used until now is as it was (the backup's audit line aside).
    now_rows = _rows(server_office.url)
    assert {t: r for t, r in now_rows.items() if t != "audit_log"} == {
        t: r for t, r in before.items() if t != "audit_log"
    }


def _demo_pass() -> str:
    from anjia_desk.services.demo import DEMO_BACKUP_PASSPHRASE

    return DEMO_BACKUP_PASSPHRASE


@needs_pg
def test_a_server_restore_refuses_a_database_that_is_not_empty(server_office, tmp_path):
    system = Actor.system()
    info = svc.backup_database(server_office, system, tmp_path / "office.anjiabak", now=NOON)
    before = _rows(server_office.url)
    with pytest.raises(UserError) as refused:
        svc.restore_database(server_office.url, system, info.path, passphrase=_demo_pass())
    message = refused.value.message
    assert "只能恢复到一个新的空数据库" in message and "请在服务器上新建一个空数据库" in message
    assert "各电脑改连到新数据库" in message
    assert _rows(server_office.url) == before


@needs_pg
def test_backups_cross_engines(server_office, empty_server, tmp_path):
    """A server's backup restores onto a PC's SQLite file, and a SQLite backup onto a server."""
    system = Actor.system()
    info = svc.backup_database(server_office, system, tmp_path / "office.anjiabak", now=NOON)
    target = tmp_path / "pc" / "anjia.db"
    svc.restore_database("sqlite:///" + str(target), system, info.path, passphrase=_demo_pass())
    pc = open_database(str(target), create=False)
    try:
        with pc.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Customer)) == 15
        again = svc.backup_database(pc, system, tmp_path / "pc.anjiabak", now=NOON)
    finally:
        pc.close()
    svc.restore_database(empty_server, system, again.path, passphrase=_demo_pass())
    assert len(_rows(empty_server)["customers"]) == 15


@needs_pg
def test_a_wrong_passphrase_writes_nothing_on_the_server(server_office, empty_server, tmp_path):
    system = Actor.system()
    info = svc.backup_database(server_office, system, tmp_path / "office.anjiabak", now=NOON)
    with pytest.raises(UserError, match="备份口令不正确"):
        svc.restore_database(empty_server, system, info.path, passphrase="not the one")
    engine = make_engine(empty_server)
    try:
        assert transfer.target_problem(engine) is None
        from sqlalchemy import inspect

        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
    finally:
        engine.dispose()
    assert not list(tmp_path.glob(".*"))


@needs_pg
def test_no_scratch_file_beside_the_backup_is_refused_cleanly(server_office, tmp_path, monkeypatch):
    from anjia_desk.services import backup_files

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backup_files, "create_file", refuse)
    with pytest.raises(UserError, match="无法写入备份文件"):
        svc.backup_database(server_office, Actor.system(), tmp_path / "x.anjiabak")
    assert list(tmp_path.iterdir()) == []


# --- the backup PC ----------------------------------------------------------------------------


@pytest.fixture
def scheduled(database, system, tmp_path):
    folder = tmp_path / "daily"
    with session_scope(database, system) as s:
        settings_service.update_settings(s, system, {"backup.directory": str(folder)})
        svc.set_backup_passphrase(s, system, PASS)
    return folder


def test_only_the_backup_pc_backs_up_a_server_database(
    database, db_engine, system, scheduled, monkeypatch
):
    with session_scope(database, system) as s:
        backup_pc.set_backup_pc(s, system, "front-desk-pc")
        assert backup_pc.backup_pc(s) == "front-desk-pc"
    monkeypatch.setattr(backup_pc, "this_pc", lambda: "cashier-pc")
    monkeypatch.setattr(svc, "this_pc", lambda: "cashier-pc")
    made = svc.run_scheduled_backup(database, now=NOON)
    if db_engine == "sqlite":  # one PC: it backs up whatever the setting says
        assert made is not None
        return
    assert made is None and svc.list_backups(scheduled) == []
    monkeypatch.setattr(backup_pc, "this_pc", lambda: "front-desk-pc")
    monkeypatch.setattr(svc, "this_pc", lambda: "front-desk-pc")
    made = svc.run_scheduled_backup(database, now=NOON)
    assert made is not None and made.scheduled
    assert svc.run_scheduled_backup(database, now=NOON + timedelta(minutes=5)) is None
    # "由本机负责每日自动备份" on the cashier's PC moves the daily backup there.
    monkeypatch.setattr(backup_pc, "this_pc", lambda: "cashier-pc")
    monkeypatch.setattr(svc, "this_pc", lambda: "cashier-pc")
    with session_scope(database, system) as s:
        assert backup_pc.set_backup_pc(s, system) == "cashier-pc"
        assert backup_pc.is_backup_pc(s)
    assert svc.run_scheduled_backup(database, now=NOON + timedelta(days=1)) is not None
    with database.sessions() as s:
        changes = s.scalars(
            select(AuditEntry.summary).where(AuditEntry.entity == "backup_pc")
        ).all()
    assert changes == [
        "每日自动备份改由电脑 front-desk-pc 负责",
        "每日自动备份改由电脑 cashier-pc 负责（原为 front-desk-pc）",
    ]


def test_with_no_backup_pc_named_the_first_to_check_takes_it(scheduled, database, db_engine):
    first = svc.run_scheduled_backup(database, now=NOON)
    assert first is not None
    with database.sessions() as s:
        named = backup_pc.backup_pc(s)
    # On SQLite (one PC) nothing is named: the rule is for a server's database only.
    assert named == (backup_pc.this_pc() if db_engine == "postgresql" else None)


def test_only_an_administrator_names_the_backup_pc(session):
    consultant = Actor(
        user_id=None, username="c", display_name="顾问", roles=frozenset({Role.CONSULTANT})
    )
    with pytest.raises(PermissionDenied):
        backup_pc.set_backup_pc(session, consultant, "x")
    assert backup_pc.backup_pc(session) is None


def test_the_backup_pc_is_this_pcs_host_name():
    import socket

    assert backup_pc.this_pc() == socket.gethostname()


def test_a_server_backup_is_audited_like_any(database, db_engine, system, tmp_path):
    with session_scope(database, system) as s:
        svc.set_backup_passphrase(s, system, PASS)
    info = svc.backup_database(database, system, tmp_path / "b.anjiabak", now=NOON)
    with database.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup")).one()
    assert str(info.path) in entry.summary
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    if db_engine == "postgresql":
        assert info.db_name == database.engine.url.database


@needs_pg
def test_whoever_the_office_erased_stays_erased_in_the_restored_database(
    server_office, empty_server, tmp_path
):
    from anjia_desk.services.customer_profile import erase_personal_data

    system = Actor.system()
    info = svc.backup_database(server_office, system, tmp_path / "office.anjiabak", now=NOON)
    with session_scope(server_office, system) as s:
        # A customer with no deal (the erasure keeps nothing of them for the accounts).
        target = s.scalars(select(Customer).order_by(Customer.id.desc())).first()
        name = target.name
        erase_personal_data(s, system, target.id, reason="本人要求删除", now=NOON)
        erased_id = target.id
    result = svc.restore_database(
        empty_server,
        system,
        info.path,
        passphrase=_demo_pass(),
        now=NOON,
        replacing=server_office.url,
    )
    assert result.switch_to is not None
    new = open_database(empty_server)
    try:
        with new.sessions() as s:
            again = s.get(Customer, erased_id)
            assert again is not None and again.anonymised_at is not None
            assert again.name != name
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
    finally:
        new.close()
    assert "重新删除 1 位客户的个人信息" in entry.summary
