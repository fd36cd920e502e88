"""ID numbers sealed at rest: a round trip, a fresh nonce each time, one key per office, and a
value that cannot be opened says so."""

from __future__ import annotations

import base64

import pytest
from sqlalchemy import select

from anjia_desk.core.errors import UserError
from anjia_desk.core.identity import check_character
from anjia_desk.db.models import AuditEntry, Setting
from anjia_desk.services import identity
from anjia_desk.services.settings import get_internal, set_internal

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


def test_one_key_created_on_first_use_and_kept_out_of_the_audit(session):
    assert get_internal(session, identity.KEY_SETTING) is None
    identity.seal_id(session, NUMBER)
    key = get_internal(session, identity.KEY_SETTING)
    assert key is not None and len(base64.b64decode(key)) == 32
    identity.seal_id(session, NUMBER)
    assert get_internal(session, identity.KEY_SETTING) == key
    assert len(session.scalars(select(Setting).where(Setting.key == "ids.key")).all()) == 1
    session.flush()
    texts = " ".join(session.scalars(select(AuditEntry.summary)).all())
    assert key not in texts


def test_a_value_that_cannot_be_opened(session):
    cipher, _ = identity.seal_id(session, NUMBER)
    with pytest.raises(UserError, match="无法解密"):
        identity.open_id(session, "plain-text")
    raw = bytearray(base64.b64decode(cipher[3:]))
    raw[-1] ^= 1
    with pytest.raises(UserError, match="已损坏"):
        identity.open_id(session, "v1:" + base64.b64encode(bytes(raw)).decode())
    with pytest.raises(UserError, match="已损坏"):
        identity.open_id(session, "v1:not base64!")
    # Another office's key cannot open it.
    set_internal(session, identity.KEY_SETTING, base64.b64encode(b"k" * 32).decode())
    with pytest.raises(UserError, match="密钥不符"):
        identity.open_id(session, cipher)


def test_no_key_at_all(session):
    with pytest.raises(UserError, match="密钥缺失"):
        identity.open_id(session, "v1:AAAA")
