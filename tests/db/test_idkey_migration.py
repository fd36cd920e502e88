"""0009_idkey: the ID key leaves the database for this PC's key file, and every sealed ID number
of an old database still opens (issue 14)."""

from __future__ import annotations

import base64
import json
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk.db import id_key_store
from anjia_desk.db.engine import open_database
from anjia_desk.db.models import Deal, Setting
from anjia_desk.services import identity

DUMP = Path(__file__).parent / "dumps" / "0008_import_speed.sql"


def _old_database(path: Path) -> bytes:
    """The 0008 dump as a file; returns the key it keeps in its settings."""
    connection = sqlite3.connect(path)
    connection.executescript(DUMP.read_text(encoding="utf-8"))
    (value,) = connection.execute("SELECT value FROM settings WHERE key = 'ids.key'").fetchone()
    (sealed,) = connection.execute(
        "SELECT count(*) FROM deals WHERE buyer_id_cipher != ''"
    ).fetchone()
    connection.close()
    assert sealed > 0, "the dump must hold sealed ID numbers"
    return base64.b64decode(json.loads(value))


def test_upgrade_moves_the_key_to_a_private_file_and_ids_still_open(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("ANJIA_DESK_HOME", str(home))
    path = tmp_path / "old.db"
    key = _old_database(path)
    database = open_database(str(path))
    try:
        with database.sessions() as s:
            keys = set(s.scalars(select(Setting.key)))
            assert "ids.key" not in keys and "ids.key_check" in keys
            database_id = s.scalar(select(Setting.value).where(Setting.key == "database.id"))
            database_id = json.loads(database_id)
            file = id_key_store.key_path(database_id)
            assert file.parent.parent == home
            assert stat.S_IMODE(file.stat().st_mode) == 0o600
            assert id_key_store.read_key(database_id) == key
            ciphers = s.scalars(select(Deal.buyer_id_cipher).where(Deal.buyer_id_cipher != ""))
            numbers = [identity.open_id(s, c) for c in ciphers]
            assert numbers and all(len(n) == 18 for n in numbers)
    finally:
        database.close()
    wal = Path(f"{path}-wal")
    data = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert base64.b64encode(key) not in data and key not in data


def test_a_different_key_already_here_under_the_same_id_is_not_overwritten(tmp_path, monkeypatch):
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))
    path = tmp_path / "old.db"
    key = _old_database(path)
    shared_id = "0b5d3c1e-0000-4000-8000-000000000001"
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO settings (key, value, version, created_at, updated_at)"
        " VALUES ('database.id', ?, 1, '2026-12-01 00:00:00', '2026-12-01 00:00:00')",
        (json.dumps(shared_id),),
    )
    connection.commit()
    connection.close()
    other = b"o" * 32
    id_key_store.write_key(shared_id, other)  # a copy of this file that made its own key
    database = open_database(str(path))
    try:
        with database.sessions() as s:
            new_id = json.loads(
                s.scalar(select(Setting.value).where(Setting.key == "database.id")) or "null"
            )
            cipher = s.scalar(select(Deal.buyer_id_cipher).where(Deal.buyer_id_cipher != ""))
            assert cipher is not None
            assert identity.open_id(s, cipher)
    finally:
        database.close()
    assert new_id != shared_id
    assert id_key_store.read_key(shared_id) == other
    assert id_key_store.read_key(new_id) == key


@pytest.mark.parametrize("dump", ["0001_foundation"])
def test_a_database_that_never_sealed_a_number_gets_no_key(tmp_path, monkeypatch, dump):
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    connection.executescript((DUMP.parent / f"{dump}.sql").read_text(encoding="utf-8"))
    connection.close()
    open_database(str(path)).close()
    assert not (tmp_path / "home" / id_key_store.KEY_FOLDER).exists()
