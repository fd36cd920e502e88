"""Two PCs on one database (issue 15): the ID-number key made on PC A is exported by the
administrator (`anjia-desk key export`) and installed on PC B (`anjia-desk key import`, run as a
process of its own with its own data directory); then both read and register the same ID numbers.
Before the import, PC B is told to import the key — never shown garbage. On SQLite and on
PostgreSQL (the `database` fixture), the office's server being the case this is for."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk.cli import PASSPHRASE_ENV, run
from anjia_desk.core.deals import PaymentMethod
from anjia_desk.core.errors import UserError
from anjia_desk.core.identity import check_character
from anjia_desk.core.roles import Role
from anjia_desk.db import id_key_store
from anjia_desk.db.engine import Database, open_database, session_scope
from anjia_desk.db.models import Deal, Unit
from anjia_desk.services import backup, deal_queries, deals, id_key
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import SubscribeRequest
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

PASS = "office-backup-1"
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def _number(first17: str) -> str:
    return first17 + check_character(first17)


A_NUMBER, B_NUMBER = _number("11010119900307123"), _number("31010519851224567")


def _subscribe(database: Database, system: Actor, number: str, index: int) -> int:
    with session_scope(database, system) as s:
        if index == 0:
            units = make_building(s, make_project(s))
            add_actor(s, "c1", "王顾问", Role.CONSULTANT)
        else:
            units = list(s.scalars(select(Unit).order_by(Unit.id)))
        customer = make_customer(s, phone=f"1380000{1111 + index:04d}")
        request = SubscribeRequest(
            unit_id=units[index].id, customer_id=customer.id, buyer_name="王建国",
            buyer_id_number=number, payment_method=PaymentMethod.FULL,
            deposit=Decimal(50000), special_discount=Decimal(0), discount_reason="",
        )  # fmt: skip
        return deals.subscribe(s, system, request, now=NOW)


def _read(database: Database, system: Actor, deal_id: int) -> str:
    with session_scope(database, system) as s:
        return deal_queries.reveal_buyer_id(s, system, deal_id)


def _as_pc_b(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """`anjia-desk ARGV` as PC B: a process of its own with its own data directory."""
    env = {
        **os.environ,
        "ANJIA_DESK_HOME": str(home),
        PASSPHRASE_ENV: PASS,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), str(ROOT)])),
    }
    return subprocess.run(
        [sys.executable, "-m", "anjia_desk", *argv],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_two_pcs_read_the_same_id_numbers_once_the_key_is_installed(
    database, system, tmp_path, monkeypatch, capsys
):
    pc_a, pc_b = tmp_path / "pc-a", tmp_path / "pc-b"
    monkeypatch.setenv("ANJIA_DESK_HOME", str(pc_a))
    a_deal = _subscribe(database, system, A_NUMBER, 0)  # PC A registers a buyer's ID number
    with session_scope(database, system) as s:
        backup.set_backup_passphrase(s, system, PASS)
    out = tmp_path / "usb" / "证件密钥.anjiakey"
    out.parent.mkdir()
    monkeypatch.setenv(PASSPHRASE_ENV, PASS)
    assert run(["--db", database.url, "key", "export", "--out", str(out)]) == 0
    assert "证件密钥已导出" in capsys.readouterr().err

    # PC B: another app instance (its own engine and data directory) on the same database.
    monkeypatch.setenv("ANJIA_DESK_HOME", str(pc_b))
    other = open_database(database.url)
    try:
        with pytest.raises(UserError, match="导入密钥") as told:
            _read(other, system, a_deal)
        assert A_NUMBER not in told.value.message
        with session_scope(other, system) as s:
            shown = deal_queries.deal_detail(s, system, a_deal, now=NOW).buyer_id_shown
            assert shown == f"本机未安装密钥（110101********{A_NUMBER[-4:]}）"
            assert not id_key.key_status(s, system).installed
        with pytest.raises(UserError, match="设置 → 证件密钥"):
            _subscribe(other, system, B_NUMBER, 1)  # nor does B make a second key

        wrong = _as_pc_b(pc_b, "--db", database.url, "key", "import", str(out), "--bogus")
        assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
        done = _as_pc_b(pc_b, "--db", database.url, "key", "import", str(out))
        assert done.returncode == 0, done.stderr
        assert "证件密钥已安装到本机" in done.stderr
        with session_scope(other, system) as s:
            ident = id_key.database_id(s)
        assert ident is not None and (pc_b / id_key_store.KEY_FOLDER).is_dir()
        assert id_key_store.read_key(ident) is not None

        assert _read(other, system, a_deal) == A_NUMBER  # B reads what A registered
        b_deal = _subscribe(other, system, B_NUMBER, 1)  # and registers one of its own
    finally:
        other.close()

    monkeypatch.setenv("ANJIA_DESK_HOME", str(pc_a))
    assert _read(database, system, b_deal) == B_NUMBER  # which A reads
    with database.sessions() as s:
        ciphers = list(s.scalars(select(Deal.buyer_id_cipher).order_by(Deal.id)))
    assert len(ciphers) == 2 and all(A_NUMBER not in c and B_NUMBER not in c for c in ciphers)


def test_the_key_commands_refuse_clearly(database, system, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "pc-a"))
    monkeypatch.setenv(PASSPHRASE_ENV, PASS)
    out = tmp_path / "k.anjiakey"
    assert run(["--db", database.url, "key", "export", "--out", str(out)]) == 2
    assert "还没有设置备份口令" in capsys.readouterr().err
    with session_scope(database, system) as s:
        backup.set_backup_passphrase(s, system, PASS)
    monkeypatch.setenv(PASSPHRASE_ENV, "not-the-passphrase")
    assert run(["--db", database.url, "key", "export", "--out", str(out)]) == 2
    assert "备份口令不正确" in capsys.readouterr().err
    assert run(["--db", database.url, "key", "import", str(tmp_path / "missing")]) == 2
    assert "密钥文件不存在" in capsys.readouterr().err
    out.write_bytes(b"not a key")
    monkeypatch.setenv(PASSPHRASE_ENV, PASS)
    assert run(["--db", database.url, "key", "import", str(out)]) == 2
    assert id_key_store.NOT_AN_EXPORT in capsys.readouterr().err
