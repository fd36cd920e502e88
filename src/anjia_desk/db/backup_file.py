"""The encrypted backup file: its layout, the backup key pair, encryption and decryption.

Bytes and files only; no ORM session. The scheduled backup runs unattended, yet the passphrase is
never stored: a backup is encrypted for an X25519 public key, and the matching private key is kept
only wrapped under a key derived from the passphrase (scrypt + AES-256-GCM).

File layout::

    b"ANJIABK1" | header length (4 bytes, big-endian) | header (UTF-8 JSON) | ciphertext | tag (16)

The ciphertext is the zlib-compressed SQLite database, encrypted with a random data key under
AES-256-GCM; the magic, the length and the header are its associated data, so any change to the
header is detected. The data key is wrapped for the public key: an ephemeral X25519 exchange, with
the shared secret and the key pair's 32-byte authentication key fed to HKDF-SHA256, then
AES-256-GCM. The authentication key lives in the database and, wrapped with the private key, in
every header; so someone who has a backup file but neither the passphrase nor the database can
read nothing and cannot make a file that a restore would accept (HPKE's "PSK" idea).

A header carries the wrapped private key and the scrypt parameters: a backup file is
self-contained, and restoring it needs only the file and the passphrase of its time.

Format 2 (issue 14) adds the key that encrypts buyers' ID numbers, which the database no longer
holds: encrypted under a key derived (HKDF) from the data key, so whoever can open the backup with
the passphrase gets it, and authenticated with the rest of the header. A backup made on a PC that
lacks the ID key is written as format 1, which every version reads.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import secrets
import struct
import unicodedata
import zlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from anjia_desk.core.errors import UserError

MAGIC = b"ANJIABK1"
FORMAT_VERSION = 2
#: The formats this version reads: 1 (no ID key inside) and 2 (the ID key inside).
READABLE_FORMATS = (1, 2)
EXTENSION = ".anjiabak"
TAG_SIZE = 16
CHUNK = 1 << 20
MAX_HEADER = 64 * 1024

#: scrypt cost for new key pairs (~0.15 s and 64 MiB on an office PC). Read at call time, so
#: tests can lower it; a header records the cost it was made with.
SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1
# Refuse a header that would take minutes or gigabytes: scrypt needs 128 * n * r bytes, and p
# multiplies the time. The shipped cost (64 MiB, p=1) is well inside.
_MAX_N, _MAX_R, _MAX_P = 2**20, 32, 4
_MAX_MEMORY = 256 * 1024 * 1024

_KEY_AAD = MAGIC + b"|private-key|"
_DATA_KEY_AAD = MAGIC + b"|data-key|"
_HKDF_INFO = b"anjia-desk backup v1 data key"
_ID_KEY_INFO = b"anjia-desk backup v2 id key"
_ID_KEY_AAD = MAGIC + b"|id-key|"
ID_KEY_SIZE = 32

CORRUPT = "备份文件已损坏或不是安家 Desk 的备份"
WRONG_PASSPHRASE = "备份口令不正确"
NO_MEMORY = "内存不足，无法由备份口令算出密钥：请关闭其他程序后再试"

#: write_backup's temp file for a backup named *.anjiabak ("." + that name + "." + 8 hex digits
#: + ".tmp"): an old file of this shape was left by a backup that never finished.
TEMP_NAME = re.compile(r"\..+\.anjiabak\.[0-9a-f]{8}\.tmp", re.IGNORECASE)


class CorruptBackup(UserError):
    """Not a backup of this app, truncated, or changed after it was written."""

    def __init__(self, message: str = CORRUPT) -> None:
        super().__init__(message)


class WrongPassphrase(UserError):
    def __init__(self, message: str = WRONG_PASSPHRASE) -> None:
        super().__init__(message)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, size: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise CorruptBackup()
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise CorruptBackup() from exc
    if size is not None and len(data) != size:
        raise CorruptBackup()
    return data


def _passphrase_bytes(passphrase: str) -> bytes:
    # The same passphrase typed through different input methods may differ in normalisation.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# The key pair


@dataclass(frozen=True)
class WrappedKey:
    """The private key and the authentication key, encrypted under the passphrase."""

    n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def to_dict(self) -> dict[str, Any]:
        return {
            "kdf": "scrypt",
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": _b64(self.salt),
            "cipher": "AES-256-GCM",
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: object) -> WrappedKey:
        if not isinstance(data, dict) or data.get("kdf") != "scrypt":
            raise CorruptBackup()
        n, r, p = check_cost(data.get("n"), data.get("r"), data.get("p"))
        salt = _unb64(data.get("salt"))
        if not 16 <= len(salt) <= 64:
            raise CorruptBackup()
        return cls(n, r, p, salt, _unb64(data.get("nonce"), 12), _unb64(data.get("ciphertext"), 80))

    @classmethod
    def from_json(cls, text: str) -> WrappedKey:
        try:
            return cls.from_dict(json.loads(text))
        except ValueError as exc:
            raise CorruptBackup() from exc


@dataclass(frozen=True)
class BackupKeys:
    """What the database keeps: the public key, the authentication key, the wrapped private key.

    None of it reveals a backup's content without the passphrase.
    """

    public_key: bytes
    auth_key: bytes
    wrapped: WrappedKey


@dataclass(frozen=True)
class UnwrappedKeys:
    private_key: X25519PrivateKey
    auth_key: bytes


def derive_kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """The 32-byte key scrypt derives from `passphrase` (UserError when memory runs out)."""
    return _kek(passphrase, salt, n, r, p)


def check_cost(n: object, r: object, p: object) -> tuple[int, int, int]:
    """scrypt parameters read from a file, refused (CorruptBackup) past the caps."""
    if not all(type(v) is int for v in (n, r, p)):
        raise CorruptBackup()
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P):
        raise CorruptBackup()
    if 128 * n * r > _MAX_MEMORY:
        raise CorruptBackup()
    return n, r, p


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    try:
        return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(_passphrase_bytes(passphrase))
    except MemoryError as exc:  # the cost is capped (from_dict), but a busy PC may still lack it
        raise UserError(NO_MEMORY) from exc


def generate_keys(passphrase: str, *, n: int | None = None) -> BackupKeys:
    """A new key pair and authentication key, the private half wrapped under `passphrase`."""
    cost = SCRYPT_N if n is None else n
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    auth_key = secrets.token_bytes(32)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = _kek(passphrase, salt, cost, SCRYPT_R, SCRYPT_P)
    ciphertext = AESGCM(kek).encrypt(
        nonce, private.private_bytes_raw() + auth_key, _KEY_AAD + public
    )
    return BackupKeys(
        public, auth_key, WrappedKey(cost, SCRYPT_R, SCRYPT_P, salt, nonce, ciphertext)
    )


def unwrap_keys(wrapped: WrappedKey, passphrase: str, public_key: bytes) -> UnwrappedKeys:
    """The private and authentication keys; WrongPassphrase when the passphrase does not fit."""
    kek = _kek(passphrase, wrapped.salt, wrapped.n, wrapped.r, wrapped.p)
    try:
        plain = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, _KEY_AAD + public_key)
    except InvalidTag as exc:
        raise WrongPassphrase() from exc
    private = X25519PrivateKey.from_private_bytes(plain[:32])
    if private.public_key().public_bytes_raw() != public_key:  # pragma: no cover - needs a forgery
        raise CorruptBackup()
    return UnwrappedKeys(private, plain[32:])


def _data_kek(shared: bytes, auth_key: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_HKDF_INFO
    ).derive(shared + auth_key)


# ---------------------------------------------------------------------------------------------
# The header


@dataclass(frozen=True)
class Header:
    created_at: datetime  # aware, UTC
    app_version: str
    revision: str | None
    db_name: str
    db_size: int
    scheduled: bool
    public_key: bytes
    wrapped: WrappedKey
    ephemeral_public_key: bytes
    key_nonce: bytes
    wrapped_data_key: bytes
    data_nonce: bytes
    format: int = 1  # as read; what to_bytes writes follows from the ID key's presence
    #: Which database the backup is of (an id kept in its settings). None in files written
    #: before backups carried it; such files are told apart by their public key.
    database_id: str | None = None
    #: Format 2: the ID-number key, encrypted under a key derived from the data key.
    id_key_nonce: bytes | None = None
    wrapped_id_key: bytes | None = field(default=None, repr=False)
    #: Not in the file: the ID key as decrypt_backup opened it (None when the file has none).
    opened_id_key: bytes | None = field(default=None, repr=False, compare=False)

    def to_bytes(self) -> bytes:
        data = {
            "format": 1 if self.wrapped_id_key is None else FORMAT_VERSION,
            "app": "anjia-desk",
            "app_version": self.app_version,
            "created_at": self.created_at.astimezone(UTC).isoformat(),
            "revision": self.revision,
            "db_name": self.db_name,
            "db_size": self.db_size,
            "scheduled": self.scheduled,
            "compression": "zlib",
            "cipher": "AES-256-GCM",
            "key_exchange": "X25519-HKDF-SHA256",
            "public_key": _b64(self.public_key),
            "wrapped_private_key": self.wrapped.to_dict(),
            "ephemeral_public_key": _b64(self.ephemeral_public_key),
            "key_nonce": _b64(self.key_nonce),
            "wrapped_data_key": _b64(self.wrapped_data_key),
            "data_nonce": _b64(self.data_nonce),
        }
        if self.database_id is not None:
            data["database_id"] = self.database_id
        if self.id_key_nonce is not None and self.wrapped_id_key is not None:
            data["id_key_nonce"] = _b64(self.id_key_nonce)
            data["wrapped_id_key"] = _b64(self.wrapped_id_key)
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Header:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise CorruptBackup() from exc
        if not isinstance(data, dict) or data.get("app") != "anjia-desk":
            raise CorruptBackup()
        form = data.get("format")
        if type(form) is not int or form not in READABLE_FORMATS:
            raise CorruptBackup("这个备份文件的格式较新，请先升级安家 Desk 再打开")
        id_key_nonce = wrapped_id_key = None
        if form >= 2:  # the ID key inside, for this database id
            id_key_nonce = _unb64(data.get("id_key_nonce"), 12)
            wrapped_id_key = _unb64(data.get("wrapped_id_key"), ID_KEY_SIZE + TAG_SIZE)
            if not isinstance(data.get("database_id"), str):
                raise CorruptBackup()
        elif "wrapped_id_key" in data:
            raise CorruptBackup()
        created = data.get("created_at")
        revision = data.get("revision")
        texts = (data.get("app_version"), data.get("db_name"), created)
        if not all(isinstance(v, str) for v in texts) or not isinstance(revision, str | None):
            raise CorruptBackup()
        if type(data.get("db_size")) is not int or type(data.get("scheduled")) is not bool:
            raise CorruptBackup()
        database_id = data.get("database_id")
        if database_id is not None and not (isinstance(database_id, str) and database_id.strip()):
            raise CorruptBackup()
        if isinstance(database_id, str) and len(database_id) > 64:
            raise CorruptBackup()
        try:
            made = datetime.fromisoformat(str(created))
        except ValueError as exc:
            raise CorruptBackup() from exc
        if made.tzinfo is None:
            raise CorruptBackup()
        return cls(
            created_at=made.astimezone(UTC),
            app_version=str(data["app_version"]),
            revision=revision,
            db_name=str(data["db_name"]),
            db_size=int(data["db_size"]),
            scheduled=bool(data["scheduled"]),
            public_key=_unb64(data.get("public_key"), 32),
            wrapped=WrappedKey.from_dict(data.get("wrapped_private_key")),
            ephemeral_public_key=_unb64(data.get("ephemeral_public_key"), 32),
            key_nonce=_unb64(data.get("key_nonce"), 12),
            wrapped_data_key=_unb64(data.get("wrapped_data_key"), 48),
            data_nonce=_unb64(data.get("data_nonce"), 12),
            format=form,
            database_id=database_id,
            id_key_nonce=id_key_nonce,
            wrapped_id_key=wrapped_id_key,
        )


def _prefix(header_bytes: bytes) -> bytes:
    return MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes


def read_header(path: Path) -> tuple[Header, int]:
    """The header of a backup file and where its ciphertext starts. No passphrase needed.

    Raises CorruptBackup for anything that is not a complete backup of this app.
    """
    try:
        with path.open("rb") as handle:
            return _read_header(handle, path.stat().st_size)
    except OSError as exc:
        raise UserError(f"无法读取备份文件：{path}（{exc.strerror}）") from exc


def _read_header(handle: BinaryIO, size: int) -> tuple[Header, int]:
    start = handle.read(len(MAGIC) + 4)
    if len(start) < len(MAGIC) + 4 or start[: len(MAGIC)] != MAGIC:
        raise CorruptBackup()
    (length,) = struct.unpack(">I", start[len(MAGIC) :])
    body_at = len(start) + length
    if length > MAX_HEADER or size < body_at + TAG_SIZE:
        raise CorruptBackup()
    return Header.from_bytes(handle.read(length)), body_at


# ---------------------------------------------------------------------------------------------
# Writing and reading


def write_backup(
    snapshot: Path,
    out: Path,
    *,
    public_key: bytes,
    auth_key: bytes,
    wrapped: WrappedKey,
    created_at: datetime,
    app_version: str,
    revision: str | None,
    db_name: str,
    scheduled: bool,
    database_id: str | None = None,
    id_key: bytes | None = None,
) -> Header:
    """Encrypt the database file `snapshot` into `out`, atomically (a temp file, then rename).

    `snapshot` must be a quiescent copy (SQLite's backup API), never a live WAL database. With
    `id_key` (the database's ID-number key; needs `database_id`) the file is format 2 and carries
    it, readable by whoever can open the backup.
    """
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    kek = _data_kek(shared, auth_key, ephemeral_public, public_key)
    data_key, key_nonce, data_nonce = (secrets.token_bytes(n) for n in (32, 12, 12))
    id_key_nonce = wrapped_id_key = None
    if id_key is not None:
        if len(id_key) != ID_KEY_SIZE or database_id is None:
            raise ValueError("an ID key is 32 bytes and needs the database id")
        id_key_nonce = secrets.token_bytes(12)
        wrapped_id_key = AESGCM(_id_kek(data_key)).encrypt(
            id_key_nonce, id_key, _ID_KEY_AAD + database_id.encode("utf-8")
        )
    header = Header(
        created_at=created_at.astimezone(UTC),
        app_version=app_version,
        revision=revision,
        db_name=db_name,
        db_size=snapshot.stat().st_size,
        scheduled=scheduled,
        public_key=public_key,
        wrapped=wrapped,
        ephemeral_public_key=ephemeral_public,
        key_nonce=key_nonce,
        wrapped_data_key=AESGCM(kek).encrypt(key_nonce, data_key, _DATA_KEY_AAD),
        data_nonce=data_nonce,
        format=1 if id_key is None else FORMAT_VERSION,
        database_id=database_id,
        id_key_nonce=id_key_nonce,
        wrapped_id_key=wrapped_id_key,
    )
    prefix = _prefix(header.to_bytes())
    encryptor = Cipher(algorithms.AES(data_key), modes.GCM(data_nonce)).encryptor()
    encryptor.authenticate_additional_data(prefix)
    compressor = zlib.compressobj(6)
    temp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    try:
        with snapshot.open("rb") as source, temp.open("wb") as sink:
            sink.write(prefix)
            while chunk := source.read(CHUNK):
                sink.write(encryptor.update(compressor.compress(chunk)))
            sink.write(encryptor.update(compressor.flush()))
            sink.write(encryptor.finalize())
            sink.write(encryptor.tag)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return header


def _id_kek(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_ID_KEY_INFO).derive(data_key)


def _open_id_key(header: Header, data_key: bytes) -> bytes | None:
    if header.wrapped_id_key is None or header.id_key_nonce is None:
        return None
    assert header.database_id is not None  # from_bytes requires it in format 2
    try:
        return AESGCM(_id_kek(data_key)).decrypt(
            header.id_key_nonce, header.wrapped_id_key, _ID_KEY_AAD + header.database_id.encode()
        )
    except InvalidTag as exc:
        raise CorruptBackup() from exc


def decrypt_backup(source: Path, passphrase: str, target: Path) -> Header:
    """Decrypt and decompress `source` into the file `target` (overwritten).

    WrongPassphrase when the passphrase does not open the file's key; CorruptBackup when the file
    was truncated or changed. On any failure `target` is removed: nothing half-written is left.
    The header returned carries the ID key inside the file (format 2) as `opened_id_key`.
    """
    header, body_at = read_header(source)
    keys = unwrap_keys(header.wrapped, passphrase, header.public_key)
    try:
        shared = keys.private_key.exchange(
            X25519PublicKey.from_public_bytes(header.ephemeral_public_key)
        )
        kek = _data_kek(shared, keys.auth_key, header.ephemeral_public_key, header.public_key)
        data_key = AESGCM(kek).decrypt(header.key_nonce, header.wrapped_data_key, _DATA_KEY_AAD)
    except (InvalidTag, ValueError) as exc:
        raise CorruptBackup() from exc
    try:
        with source.open("rb") as handle, target.open("wb") as sink:
            prefix = handle.read(body_at)
            size = source.stat().st_size
            handle.seek(size - TAG_SIZE)
            tag = handle.read(TAG_SIZE)
            handle.seek(body_at)
            decryptor = Cipher(
                algorithms.AES(data_key), modes.GCM(header.data_nonce, tag)
            ).decryptor()
            decryptor.authenticate_additional_data(prefix)
            inflater = zlib.decompressobj()
            written, remaining = 0, size - TAG_SIZE - body_at
            while remaining > 0:
                chunk = handle.read(min(CHUNK, remaining))
                if not chunk:  # pragma: no cover - the file shrank while being read
                    raise CorruptBackup()
                remaining -= len(chunk)
                written += _inflate(
                    inflater, decryptor.update(chunk), sink, header.db_size - written
                )
            decryptor.finalize()  # checks the tag: the header and every byte are authentic
            written += _inflate(inflater, inflater.flush(), sink, header.db_size - written)
            if not inflater.eof or inflater.unused_data or written != header.db_size:
                raise CorruptBackup()
            # Only now: the tag has vouched for the header that holds the wrapped ID key.
            header = replace(header, opened_id_key=_open_id_key(header, data_key))
    except (InvalidTag, zlib.error) as exc:
        target.unlink(missing_ok=True)
        raise CorruptBackup() from exc
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise UserError(f"无法写入恢复用的临时文件：{target}（{exc.strerror}）") from exc
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return header


def _inflate(inflater: Any, data: bytes, sink: BinaryIO, room: int) -> int:
    """Decompress `data` into `sink` in bounded pieces; refuse more than `room` bytes."""
    written = 0
    while data:
        if inflater.eof:  # bytes after the end of the stream
            raise CorruptBackup()
        out = inflater.decompress(data, CHUNK)
        written += len(out)
        if written > room:
            raise CorruptBackup()
        sink.write(out)
        data = inflater.unconsumed_tail
    return written
