"""Where this PC keeps the key that encrypts buyers' ID numbers (issue 14): a key file in the user
data directory, one per database id, never in the database itself.

A copied database file therefore carries no key: on another PC (another data directory) its ID
numbers stay sealed until an administrator installs the key there (设置 → 证件密钥) or a backup
carrying it is restored. The database keeps only a check value (an HMAC of a fixed text under the
key): enough to tell whether a key fits and that a key was ever made, nothing that opens a number.

Also the export file an administrator carries to another PC: the key encrypted under a key
derived with scrypt from the backup passphrase (AES-256-GCM; the database id is authenticated).

Files and bytes only; no ORM session (the migration 0009_idkey uses it too).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from anjia_desk.core.errors import UserError
from anjia_desk.db import backup_file
from anjia_desk.db.engine import data_dir

log = logging.getLogger(__name__)

KEY_BYTES = 32
#: Settings rows (internal, never on the settings page).
LEGACY_KEY_SETTING = "ids.key"  # where the key lived before 0009_idkey; gone since
KEY_CHECK_SETTING = "ids.key_check"
DATABASE_ID_SETTING = "database.id"  # the same id that backup headers carry (backup_keys)

KEY_FOLDER = "keys"
EXPORT_EXTENSION = ".anjiakey"
MAX_EXPORT_BYTES = 16 * 1024
_CHECK_TEXT = b"anjia-desk id key check v1"
_EXPORT_AAD = b"anjia-desk|id-key-export|"
_DATABASE_ID = re.compile(r"[A-Za-z0-9-]{1,64}")

NOT_AN_EXPORT = "这个文件不是安家 Desk 导出的证件密钥"
WRONG_PASSPHRASE = "备份口令不正确，无法打开这个密钥文件"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, message: str = NOT_AN_EXPORT) -> bytes:
    if not isinstance(value, str):
        raise UserError(message)
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise UserError(message) from exc


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check(key: bytes) -> str:
    """What the database keeps to recognise its key (reveals nothing about it)."""
    return _b64(hmac.new(key, _CHECK_TEXT, hashlib.sha256).digest())


def fits_check(key: bytes, check: str | None) -> bool:
    return check is not None and hmac.compare_digest(key_check(key), check)


def key_dir() -> Path:
    return data_dir() / KEY_FOLDER


def key_path(database_id: str) -> Path:
    if not _DATABASE_ID.fullmatch(database_id):
        raise ValueError(f"not a database id: {database_id!r}")
    return key_dir() / f"id-key-{database_id}.key"


def read_key(database_id: str) -> bytes | None:
    """This PC's key for the database `database_id`; None when it has none (or an unreadable
    file, which is logged: the administrator installs the key again)."""
    return _read(key_path(database_id), database_id)


def kept_keys(database_id: str) -> list[bytes]:
    """The keys write_key kept aside for `database_id` (".old-<n>"), oldest first: a database
    copied before it had a key may have got different keys under one id on two PCs."""
    path = key_path(database_id)
    try:
        olds = sorted(
            (
                p
                for p in path.parent.glob(f"{path.name}.old-*")
                if p.name.rpartition("-")[2].isdigit()
            ),
            key=lambda p: int(p.name.rpartition("-")[2]),
        )
    except OSError:
        return []
    return [key for p in olds if (key := _read(p, database_id)) is not None]


def _read(path: Path, database_id: str) -> bytes | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        log.warning("cannot read the ID key file %s", path, exc_info=True)
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        key = base64.b64decode(str(data["key"]), validate=True)
        if data.get("database_id") != database_id or len(key) != KEY_BYTES:
            raise ValueError("another database's key, or not a key")
    except (ValueError, KeyError, TypeError, binascii.Error):
        log.warning("the ID key file %s is damaged", path, exc_info=True)
        return None
    return key


def _write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, readable by this user only (0600, folder 0700)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "wb") as sink:
            sink.write(data)
            sink.flush()
            os.fsync(sink.fileno())
        os.chmod(temp, 0o600)  # whatever the umask
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    if hasattr(os, "O_DIRECTORY"):  # the rename itself survives a power cut (POSIX)
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def write_key(database_id: str, key: bytes) -> Path:
    """Install `key` as this PC's key for `database_id`. An existing different key is never
    lost: it is kept beside as "<name>.old-<n>"."""
    if len(key) != KEY_BYTES:
        raise ValueError("an ID key is 32 bytes")
    path = key_path(database_id)
    current = read_key(database_id)
    if current == key:
        return path
    if path.exists():
        number = 1
        while (aside := path.with_name(f"{path.name}.old-{number}")).exists():
            number += 1
        os.replace(path, aside)
        log.warning("kept the previous ID key of %s as %s", database_id, aside)
    text = json.dumps({"app": "anjia-desk", "database_id": database_id, "key": _b64(key)})
    try:
        _write_private(path, text.encode("utf-8"))
    except OSError as exc:
        raise UserError(f"无法在本机保存证件密钥：{path}（{exc.strerror}）") from exc
    return path


# ---------------------------------------------------------------------------------------------
# Sealed numbers: "v1:" + base64(nonce ‖ cipher text ‖ tag)

SEALED_PREFIX = "v1:"
_NONCE_BYTES = 12
#: Associated data: a sealed value only opens as an ID number of this app.
_SEALED_AAD = b"anjia-desk:id-number"
DAMAGED = "证件号码无法解密（密钥不符或数据已损坏）"


def seal(key: bytes, number: str) -> str:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, number.encode("utf-8"), _SEALED_AAD)
    return SEALED_PREFIX + _b64(nonce + sealed)


def unseal(key: bytes, cipher: str) -> str:
    """The number sealed in `cipher`; UserError when `key` does not open it or it is damaged."""
    if not cipher.startswith(SEALED_PREFIX):
        raise UserError("证件号码无法解密（数据格式不对）")
    try:
        raw = base64.b64decode(cipher[len(SEALED_PREFIX) :], validate=True)
        nonce, sealed = raw[:_NONCE_BYTES], raw[_NONCE_BYTES:]
        plain = AESGCM(key).decrypt(nonce, sealed, _SEALED_AAD)
    except (InvalidTag, ValueError, binascii.Error) as exc:
        raise UserError(DAMAGED) from exc
    return plain.decode("utf-8")


def opens(key: bytes, cipher: str) -> bool:
    """Whether `key` opens the sealed number `cipher`."""
    try:
        unseal(key, cipher)
    except UserError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# The export file


def export_bytes(key: bytes, database_id: str, passphrase: str) -> bytes:
    """The key for `database_id`, encrypted under `passphrase` (scrypt + AES-256-GCM)."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    n, r, p = backup_file.SCRYPT_N, backup_file.SCRYPT_R, backup_file.SCRYPT_P
    kek = backup_file.derive_kek(passphrase, salt, n, r, p)
    sealed = AESGCM(kek).encrypt(nonce, key, _EXPORT_AAD + database_id.encode("utf-8"))
    data: dict[str, Any] = {
        "app": "anjia-desk",
        "kind": "id-key",
        "format": 1,
        "database_id": database_id,
        "kdf": "scrypt",
        "n": n,
        "r": r,
        "p": p,
        "salt": _b64(salt),
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "ciphertext": _b64(sealed),
    }
    return json.dumps(data, sort_keys=True).encode("utf-8")


def write_export(out: Path, key: bytes, database_id: str, passphrase: str) -> None:
    try:
        _write_private(out, export_bytes(key, database_id, passphrase))
    except OSError as exc:
        raise UserError(f"无法写入密钥文件：{out}（{exc.strerror}）") from exc


def read_export(source: Path, passphrase: str) -> tuple[str, bytes]:
    """(database id, key) from an export file; UserError for anything else or a wrong
    passphrase."""
    try:
        if source.stat().st_size > MAX_EXPORT_BYTES:
            raise UserError(NOT_AN_EXPORT)
        raw = source.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取密钥文件：{source}（{exc.strerror}）") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError(NOT_AN_EXPORT) from exc
    if not isinstance(data, dict) or data.get("app") != "anjia-desk":
        raise UserError(NOT_AN_EXPORT)
    if data.get("kind") != "id-key":
        raise UserError(NOT_AN_EXPORT)
    if data.get("format") != 1 or data.get("kdf") != "scrypt":
        raise UserError("这个密钥文件的格式较新，请先升级安家 Desk 再导入")
    database_id = data.get("database_id")
    if not isinstance(database_id, str) or not _DATABASE_ID.fullmatch(database_id):
        raise UserError(NOT_AN_EXPORT)
    try:
        n, r, p = backup_file.check_cost(data.get("n"), data.get("r"), data.get("p"))
    except backup_file.CorruptBackup as exc:
        raise UserError(NOT_AN_EXPORT) from exc
    salt, nonce = _unb64(data.get("salt")), _unb64(data.get("nonce"))
    sealed = _unb64(data.get("ciphertext"))
    if not 16 <= len(salt) <= 64 or len(nonce) != 12 or len(sealed) != KEY_BYTES + 16:
        raise UserError(NOT_AN_EXPORT)
    kek = backup_file.derive_kek(passphrase, salt, n, r, p)
    try:
        key = AESGCM(kek).decrypt(nonce, sealed, _EXPORT_AAD + database_id.encode("utf-8"))
    except InvalidTag as exc:
        raise UserError(WRONG_PASSPHRASE) from exc
    return database_id, key
