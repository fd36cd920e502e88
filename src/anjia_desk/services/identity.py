"""Buyers' ID numbers encrypted at rest (DOMAIN §13): AES-GCM with an office key.

The key is 32 random bytes kept (base64) in an internal setting, created on first use; the audit
log never shows internal settings' values. A sealed number is "v1:" + base64(nonce ‖ cipher text
‖ tag); the masked form (110101********1234) is stored beside it for everyone who may not see it.
"""

from __future__ import annotations

import base64
import os

from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError
from anjia_desk.core.identity import mask_id_number
from anjia_desk.services.settings import get_internal, set_internal

KEY_SETTING = "ids.key"
_PREFIX = "v1:"
_NONCE_BYTES = 12
#: Associated data: a sealed value only opens as an ID number of this app.
_AAD = b"anjia-desk:id-number"


def _key(session: Session) -> bytes:
    stored = get_internal(session, KEY_SETTING)
    if stored:
        return base64.b64decode(stored)
    key = os.urandom(32)
    set_internal(session, KEY_SETTING, base64.b64encode(key).decode("ascii"))
    return key


def seal_id(session: Session, number: str) -> tuple[str, str]:
    """(cipher text, masked) of an already normalised ID number."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(_NONCE_BYTES)
    sealed = AESGCM(_key(session)).encrypt(nonce, number.encode("utf-8"), _AAD)
    cipher = _PREFIX + base64.b64encode(nonce + sealed).decode("ascii")
    return cipher, mask_id_number(number)


def open_id(session: Session, cipher: str) -> str:
    """The ID number sealed in `cipher`; "" for an empty value; UserError when it cannot be
    opened (another office's key, a damaged value)."""
    if not cipher:
        return ""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    stored = get_internal(session, KEY_SETTING)
    if not cipher.startswith(_PREFIX) or not stored:
        raise UserError("证件号码无法解密（密钥缺失或数据格式不对）")
    try:
        raw = base64.b64decode(cipher[len(_PREFIX) :], validate=True)
        nonce, sealed = raw[:_NONCE_BYTES], raw[_NONCE_BYTES:]
        plain = AESGCM(base64.b64decode(stored)).decrypt(nonce, sealed, _AAD)
    except (InvalidTag, ValueError) as exc:
        raise UserError("证件号码无法解密（密钥不符或数据已损坏）") from exc
    return plain.decode("utf-8")
