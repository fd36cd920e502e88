"""ID numbers sealed at rest: a round trip, a fresh nonce each time, one key per database kept in
this PC's key file (never in the database), and a value that cannot be opened says so."""

from __future__ import annotations

import base64
import stat

import pytest
from sqlalchemy import select

from anjia_desk.core.errors import UserError
from anjia_desk.core.identity import check_character
from anjia_desk.db import id_key_store
from anjia_desk.db.models import AuditEntry, Setting
from anjia_desk.services import id_key, identity
from anjia_desk.services.settings import get_internal

FIRST17 = "44030519851231002"
NUMBER = FIRST17 + check_character(FIRST17)


def test_seal_and_open(session):
    cipher, masked = identity.seal_id(session, NUMBER)
    assert masked == "440305********" + NUMBER[-4:]
    assert cipher.startswith("v1:") and NUMBER not in cipher and len(cipher) <= 200
    assert identity.open_id(session, cipher) == NUMBER
    again, _ = identity.seal_id(session, NUMBER)
    assert again != cipher  # a new nonce each time
    assert identity.open_id(session, again) == NUMBER
    assert identity.open_id(session, "") == ""
    assert identity.shown_id(session, cipher, masked) == NUMBER


def test_one_key_made_on_first_use_kept_in_a_private_file_not_in_the_database(session):
    assert id_key.installed_key(session) is None
    identity.seal_id(session, NUMBER)
    database_id = id_key.database_id(session)
    assert database_id is not None
    path = id_key_store.key_path(database_id)
    assert not path.exists()  # saved as the unit of work commits, not before
    session.commit()
    key = id_key_store.read_key(database_id)
    assert key is not None and len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    identity.seal_id(session, NUMBER)
    assert id_key_store.read_key(database_id) == key  # the same key, not a new one
    assert get_internal(session, id_key_store.LEGACY_KEY_SETTING) is None
    session.flush()
    encoded = base64.b64encode(key).decode()
    values = " ".join(session.scalars(select(Setting.value)).all())
    texts = " ".join(session.scalars(select(AuditEntry.summary)).all())
    assert encoded not in values and encoded not in texts and key.hex() not in texts


def test_a_value_that_cannot_be_opened(session):
    cipher, _ = identity.seal_id(session, NUMBER)
    session.commit()
    with pytest.raises(UserError, match="无法解密"):
        identity.open_id(session, "plain-text")
    raw = bytearray(base64.b64decode(cipher[3:]))
    raw[-1] ^= 1
    with pytest.raises(UserError, match="已损坏"):
        identity.open_id(session, "v1:" + base64.b64encode(bytes(raw)).decode())
    with pytest.raises(UserError, match="已损坏"):
        identity.open_id(session, "v1:not base64!")
    assert identity.shown_id(session, "v1:not base64!", "440305********1234") == (
        "无法解密（440305********1234）"
    )
    # Another key cannot open it.
    assert not identity.opens(b"k" * 32, cipher)
    # A key file that does not fit the database's check value is not used; the key it replaced
    # was kept aside, and is.
    database_id = id_key.database_id(session)
    assert database_id is not None
    id_key_store.write_key(database_id, b"k" * 32)
    assert identity.open_id(session, cipher) == NUMBER
    kept = id_key_store.key_path(database_id).with_name(
        id_key_store.key_path(database_id).name + ".old-1"
    )
    kept.unlink()
    with pytest.raises(identity.NoIdKey, match="本机未安装"):
        identity.open_id(session, cipher)


def test_no_key_at_all(session):
    with pytest.raises(identity.NoIdKey, match="本机未安装证件密钥"):
        identity.open_id(session, "v1:AAAA")
    assert identity.shown_id(session, "v1:AAAA", "") == "本机未安装密钥"


def test_a_unit_of_work_that_fails_leaves_no_key_file(session):
    """A demo or a 认购 that fails (or is killed) after making the first key leaves no key file
    for a database that never held a number (issue 14: the kill probe found one per killed demo)."""
    identity.seal_id(session, NUMBER)
    database_id = id_key.database_id(session)
    assert database_id is not None
    session.rollback()
    assert not id_key_store.key_path(database_id).exists()
    assert id_key.installed_key(session) is None
