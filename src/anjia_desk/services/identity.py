"""Buyers' ID numbers encrypted at rest (DOMAIN §13): AES-GCM with the database's ID key.

The key is not in the database (issue 14): it is in this PC's key file (services/id_key.py,
db/id_key_store.py), so a copied database file opens no number. A sealed number is "v1:" +
base64(nonce ‖ cipher text ‖ tag); the masked form (110101********1234) is stored beside it for
everyone who may not see it, and keeps working on a PC without the key.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError
from anjia_desk.core.identity import mask_id_number
from anjia_desk.db.id_key_store import DAMAGED, opens, seal, unseal
from anjia_desk.services import id_key
from anjia_desk.services.id_key import NO_KEY, NoIdKey

__all__ = [
    "DAMAGED",
    "NO_KEY",
    "NoIdKey",
    "displayed_id",
    "open_id",
    "opens",
    "seal_id",
    "shown_id",
]


def seal_id(session: Session, number: str) -> tuple[str, str]:
    """(cipher text, masked) of an already normalised ID number. NoIdKey on a PC without the key
    of a database that already holds ID numbers: it never makes a second key."""
    return seal(id_key.key_for_sealing(session), number), mask_id_number(number)


def open_id(session: Session, cipher: str) -> str:
    """The ID number sealed in `cipher`; "" for an empty value; NoIdKey on a PC without this
    database's key; UserError when it cannot be opened (a damaged value)."""
    if not cipher:
        return ""
    key = id_key.installed_key(session)
    if key is None:
        raise NoIdKey()
    return unseal(key, cipher)


def displayed_id(session: Session, cipher: str, masked: str) -> tuple[str, bool]:
    """(what a person allowed the full number sees, whether that is the full number): the
    number; on a PC without the key "本机未安装密钥" with the masked form beside it; for a
    damaged value the masked form too."""
    try:
        number = open_id(session, cipher)
    except NoIdKey:
        return (f"{NO_KEY}（{masked}）" if masked else NO_KEY), False
    except UserError:
        return (f"无法解密（{masked}）" if masked else "无法解密"), False
    return number, bool(number)


def shown_id(session: Session, cipher: str, masked: str) -> str:
    """displayed_id's text."""
    return displayed_id(session, cipher, masked)[0]
