"""`anjia-desk backup` and `restore` on the command line: exit codes and one-line messages."""

import io
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk import cli
from anjia_desk.db import backup_file
from anjia_desk.db.engine import open_database, session_scope
from anjia_desk.db.models import AuditEntry, User
from anjia_desk.services import users
from anjia_desk.services.context import Actor
from anjia_desk.services.demo import DEMO_BACKUP_PASSPHRASE

PASS = "cli-passphrase-1"


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)


@pytest.fixture
def no_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def _names(path):
    db = open_database(str(path), create=False)
    try:
        with db.sessions() as s:
            return sorted(s.scalars(select(User.username)))
    finally:
        db.close()


def _add_user(path, username):
    db = open_database(str(path))
    try:
        with session_scope(db, Actor.system()) as s:
            users.add_user(
                s,
                Actor.system(),
                username=username,
                display_name="测试",
                roles=["consultant"],
                password="secret12",
            )
    finally:
        db.close()


def test_backup_and_restore(db_path, tmp_path, monkeypatch, capsys, no_terminal):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASS)
    _add_user(db_path, "before")
    out = tmp_path / "office.anjiabak"
    assert cli.run(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert "已备份到" in capsys.readouterr().err
    assert out.read_bytes().startswith(b"ANJIABK1")
    _add_user(db_path, "after")
    assert cli.run(["--db", str(db_path), "restore", str(out)]) == 0
    message = capsys.readouterr().err
    assert "已恢复" in message and "原数据库已加密备份" in message
    assert _names(db_path) == ["before"]
    # The replaced database is an encrypted backup in the backup folder, never plaintext.
    assert sorted(db_path.parent.glob("*.replaced-*")) == []
    replaced = message.rsplit("另存为 ", 1)[1].strip()
    opened = tmp_path / "opened.db"
    backup_file.decrypt_backup(Path(replaced), PASS, opened)
    assert _names(opened) == ["after", "before"]
    db = open_database(str(db_path), create=False)
    try:
        with db.sessions() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
    finally:
        db.close()
    assert entry.actor == "system" and entry.os_user


def test_missing_passphrase_without_a_terminal(db_path, tmp_path, capsys, no_terminal):
    out = tmp_path / "x.anjiabak"
    assert cli.run(["--db", str(db_path), "backup", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert "备份口令" in err and cli.PASSPHRASE_ENV in err and "\n" not in err
    assert not out.exists()


def test_wrong_passphrase_is_refused(db_path, tmp_path, monkeypatch, capsys, no_terminal):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASS)
    out = tmp_path / "x.anjiabak"
    assert cli.run(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "something else")
    assert cli.run(["--db", str(db_path), "backup", "--out", str(tmp_path / "y.anjiabak")]) == 2
    assert capsys.readouterr().err.strip().endswith("备份口令不正确")
    before = db_path.read_bytes()
    assert cli.run(["--db", str(db_path), "restore", str(out)]) == 2
    assert capsys.readouterr().err.strip() == "备份口令不正确"
    assert db_path.read_bytes() == before


def test_unusable_files(db_path, tmp_path, monkeypatch, capsys, no_terminal):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASS)
    junk = tmp_path / "junk.anjiabak"
    junk.write_bytes(b"definitely not a backup" * 50)
    assert cli.run(["--db", str(db_path), "restore", str(junk)]) == 2
    assert capsys.readouterr().err.strip() == "备份文件已损坏或不是安家 Desk 的备份"
    assert cli.run(["--db", str(db_path), "restore", str(tmp_path / "none.anjiabak")]) == 2
    assert "备份文件不存在" in capsys.readouterr().err
    missing_db = tmp_path / "missing.db"
    assert cli.run(["--db", str(missing_db), "backup", "--out", str(tmp_path / "o")]) == 2
    assert "数据库文件不存在" in capsys.readouterr().err
    assert not missing_db.exists()


def test_passphrase_typed_on_a_terminal(db_path, tmp_path, monkeypatch, capsys):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: PASS)
    out = tmp_path / "typed.anjiabak"
    assert cli.run(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert cli.run(["--db", str(db_path), "restore", str(out)]) == 0


def test_demo_database_backs_up_with_the_printed_passphrase(
    tmp_path, monkeypatch, capsys, no_terminal
):
    path = tmp_path / "demo.db"
    assert cli.run(["--db", str(path), "demo"]) == 0
    assert DEMO_BACKUP_PASSPHRASE in capsys.readouterr().out
    monkeypatch.setenv(cli.PASSPHRASE_ENV, DEMO_BACKUP_PASSPHRASE)
    out = tmp_path / "demo.anjiabak"
    assert cli.run(["--db", str(path), "backup", "--out", str(out)]) == 0
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "not-the-demo-one")
    assert cli.run(["--db", str(path), "backup", "--out", str(out)]) == 2
