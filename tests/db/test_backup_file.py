"""The backup file: key wrapping, the layout, and refusing every kind of damage or forgery."""

import base64
import json
import os
import secrets
import struct
import unicodedata
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from anjia_desk.core.errors import UserError
from anjia_desk.db import backup_file as bf
from anjia_desk.db.backup_file import CorruptBackup, WrappedKey, WrongPassphrase

PASS = "correct horse 电池"
CREATED = datetime(2026, 3, 5, 4, 30, tzinfo=UTC)
SHIPPED_N = bf.SCRYPT_N


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    monkeypatch.setattr(bf, "SCRYPT_N", 2**10)


@pytest.fixture(scope="module")
def keys():
    return bf.generate_keys(PASS, n=2**10)


def _snapshot(tmp_path: Path, size: int = 200_000) -> Path:
    # Compressible but not trivial: repeated text with random bytes sprinkled in.
    rng = secrets.SystemRandom()
    parts = [f"客户 {i:06d} 13812345678 ".encode() for i in range(size // 20)]
    data = b"".join(p + bytes([rng.randrange(256)]) for p in parts)[:size]
    path = tmp_path / "snapshot.db"
    path.write_bytes(data)
    return path


def _write(keys, snapshot: Path, out: Path, **overrides) -> bf.Header:
    args = dict(
        public_key=keys.public_key,
        auth_key=keys.auth_key,
        wrapped=keys.wrapped,
        created_at=CREATED,
        app_version="0.1.0",
        revision="0001_foundation",
        db_name="anjia.db",
        scheduled=True,
    )
    args.update(overrides)
    return bf.write_backup(snapshot, out, **args)


def _forge(keys, path: Path, payload: bytes, *, db_size: int, auth_key: bytes | None = None):
    """A file built like write_backup does, but with a lying size or raw payload (for guards)."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(keys.public_key))
    kek = bf._data_kek(shared, auth_key or keys.auth_key, eph_pub, keys.public_key)
    data_key, key_nonce, data_nonce = (secrets.token_bytes(n) for n in (32, 12, 12))
    header = bf.Header(
        created_at=CREATED,
        app_version="0.1.0",
        revision="0001_foundation",
        db_name="anjia.db",
        db_size=db_size,
        scheduled=False,
        public_key=keys.public_key,
        wrapped=keys.wrapped,
        ephemeral_public_key=eph_pub,
        key_nonce=key_nonce,
        wrapped_data_key=AESGCM(kek).encrypt(key_nonce, data_key, bf._DATA_KEY_AAD),
        data_nonce=data_nonce,
    )
    prefix = bf._prefix(header.to_bytes())
    path.write_bytes(prefix + AESGCM(data_key).encrypt(data_nonce, payload, prefix))


# --- keys -------------------------------------------------------------------------------------


def test_keys_unwrap_only_with_the_passphrase(keys):
    opened = bf.unwrap_keys(keys.wrapped, PASS, keys.public_key)
    assert opened.private_key.public_key().public_bytes_raw() == keys.public_key
    assert opened.auth_key == keys.auth_key
    with pytest.raises(WrongPassphrase) as info:
        bf.unwrap_keys(keys.wrapped, PASS + "x", keys.public_key)
    assert info.value.message == "备份口令不正确"
    # The wrapped key is bound to its public key.
    other = bf.generate_keys(PASS)
    with pytest.raises(WrongPassphrase):
        bf.unwrap_keys(keys.wrapped, PASS, other.public_key)


def test_passphrase_is_unicode_normalised():
    composed = "café-passphrase"
    keys = bf.generate_keys(composed)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert bf.unwrap_keys(keys.wrapped, decomposed, keys.public_key).auth_key == keys.auth_key


def test_default_cost_is_read_at_call_time(monkeypatch):
    monkeypatch.setattr(bf, "SCRYPT_N", 2**11)
    assert bf.generate_keys(PASS).wrapped.n == 2**11
    assert bf.generate_keys(PASS, n=2**12).wrapped.n == 2**12


def test_shipped_cost_is_meaningful():
    # The fixture lowers the cost only for speed; the app ships with at least this.
    assert SHIPPED_N >= 2**15 and bf.SCRYPT_R == 8


def test_wrapped_key_json_round_trip(keys):
    again = WrappedKey.from_json(keys.wrapped.to_json())
    assert again == keys.wrapped


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(kdf="pbkdf2"),
        lambda d: d.update(n=2**21),
        lambda d: d.update(n=1000),
        lambda d: d.update(n="1024"),
        lambda d: d.update(r=64),
        lambda d: d.update(p=0),
        # Memory 128 * n * r is capped at 256 MiB, p at 4: a crafted header cannot make a
        # restore allocate gigabytes or run for minutes.
        lambda d: d.update(n=2**19, r=8),
        lambda d: d.update(n=2**17, r=32),
        lambda d: d.update(n=2**20, r=32, p=16),
        lambda d: d.update(p=5),
        lambda d: d.update(salt="c2hvcnQ="),
        lambda d: d.update(salt=12),
        lambda d: d.update(nonce="not base64!"),
        lambda d: d.update(ciphertext="AAAA"),
        lambda d: d.update(nonce="é"),
    ],
)
def test_bad_wrapped_keys_are_refused(keys, change):
    data = keys.wrapped.to_dict()
    change(data)
    with pytest.raises(CorruptBackup):
        WrappedKey.from_dict(data)


@pytest.mark.parametrize(
    ("n", "r", "p"),
    [
        (SHIPPED_N, bf.SCRYPT_R, bf.SCRYPT_P),  # what the app writes
        (2**18, 8, 4),  # 256 MiB, the most memory allowed
        (2**16, 32, 1),  # the same memory through r
        (2**20, 1, 1),
    ],
)
def test_costs_within_the_caps_are_read(keys, n, r, p):
    wrapped = WrappedKey.from_dict(keys.wrapped.to_dict() | {"n": n, "r": r, "p": p})
    assert (wrapped.n, wrapped.r, wrapped.p) == (n, r, p)


class _ScryptWithoutMemory:
    def __init__(self, **_params):
        pass

    def derive(self, _key):
        raise MemoryError


def test_running_out_of_memory_while_deriving_is_a_user_error(backup, tmp_path, monkeypatch):
    monkeypatch.setattr(bf, "Scrypt", _ScryptWithoutMemory)
    error = _refused(backup, tmp_path, UserError)
    assert error.message == bf.NO_MEMORY
    with pytest.raises(UserError) as info:
        bf.generate_keys(PASS)
    assert info.value.message == bf.NO_MEMORY


def test_wrapped_key_from_bad_json():
    with pytest.raises(CorruptBackup):
        WrappedKey.from_json("{not json")
    with pytest.raises(CorruptBackup):
        WrappedKey.from_json("[1, 2]")


# --- round trip -------------------------------------------------------------------------------


def test_round_trip_streams_in_chunks(keys, tmp_path, monkeypatch):
    monkeypatch.setattr(bf, "CHUNK", 4096)  # many chunks, and bounded inflation per chunk
    snapshot = _snapshot(tmp_path)
    out = tmp_path / "a.anjiabak"
    written = _write(keys, snapshot, out)
    assert out.read_bytes().startswith(bf.MAGIC)
    assert out.stat().st_size < snapshot.stat().st_size  # compressed
    assert b"13812345678" not in out.read_bytes()  # encrypted
    header, body_at = bf.read_header(out)
    assert header == written
    assert header.created_at == CREATED and header.created_at.tzinfo is UTC
    assert header.db_size == snapshot.stat().st_size
    assert (header.revision, header.db_name, header.scheduled) == (
        "0001_foundation",
        "anjia.db",
        True,
    )
    assert body_at == 12 + struct.unpack(">I", out.read_bytes()[8:12])[0]
    target = tmp_path / "restored.db"
    bf.decrypt_backup(out, PASS, target)
    assert target.read_bytes() == snapshot.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_database_id_travels_in_the_header(keys, tmp_path):
    out = tmp_path / "id.anjiabak"
    database_id = "3f2b6a9e-5d0c-4f7b-9a51-0c6e2d1b8f47"
    assert _write(keys, _snapshot(tmp_path, 1000), out, database_id=database_id).database_id == (
        database_id
    )
    assert bf.read_header(out)[0].database_id == database_id
    # A file written before backups carried the id (or by a caller without one) reads as None.
    _write(keys, _snapshot(tmp_path, 1000), out)
    assert b"database_id" not in out.read_bytes()[:200]
    assert bf.read_header(out)[0].database_id is None


def test_created_at_in_another_zone_is_stored_as_utc(keys, tmp_path):
    out = tmp_path / "z.anjiabak"
    shanghai = timezone(timedelta(hours=8))
    _write(keys, _snapshot(tmp_path, 1000), out, created_at=CREATED.astimezone(shanghai))
    header, _ = bf.read_header(out)
    assert header.created_at == CREATED and header.created_at.utcoffset() == timedelta(0)


def test_empty_database_file_round_trips(keys, tmp_path):
    snapshot = tmp_path / "empty.db"
    snapshot.write_bytes(b"")
    out = tmp_path / "e.anjiabak"
    _write(keys, snapshot, out, revision=None)
    target = tmp_path / "t.db"
    assert bf.decrypt_backup(out, PASS, target).revision is None
    assert target.read_bytes() == b""


def test_the_temp_file_has_the_shape_that_clean_up_looks_for(keys, tmp_path, monkeypatch):
    temps = []
    real_replace = os.replace

    def replace(source, target):
        temps.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(bf.os, "replace", replace)
    _write(keys, _snapshot(tmp_path, 1000), tmp_path / "anjia-desk-20260305-123000.anjiabak")
    (name,) = temps
    assert name.startswith(".anjia-desk-20260305-123000.anjiabak.") and bf.TEMP_NAME.fullmatch(name)
    for other in (".notes.txt.0a1b2c3d.tmp", "x.anjiabak.0a1b2c3d.tmp", ".x.anjiabak.tmp"):
        assert not bf.TEMP_NAME.fullmatch(other)


def test_failed_write_keeps_the_previous_file(keys, tmp_path):
    out = tmp_path / "keep.anjiabak"
    out.write_bytes(b"previous backup")
    with pytest.raises(IsADirectoryError):
        _write(keys, tmp_path, out)  # a folder is not a snapshot
    assert out.read_bytes() == b"previous backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.anjiabak"]


# --- refusals ---------------------------------------------------------------------------------


@pytest.fixture
def backup(keys, tmp_path):
    out = tmp_path / "good.anjiabak"
    _write(keys, _snapshot(tmp_path, 50_000), out, database_id="db-0001")
    return out


def _refused(path: Path, tmp_path: Path, error=CorruptBackup, passphrase=PASS) -> UserError:
    target = tmp_path / "target.db"
    with pytest.raises(error) as info:
        bf.decrypt_backup(path, passphrase, target)
    assert not target.exists()
    return info.value


def test_wrong_passphrase_writes_nothing(backup, tmp_path):
    assert _refused(backup, tmp_path, WrongPassphrase, "not the passphrase").message == (
        "备份口令不正确"
    )


def test_random_bytes_are_not_a_backup(tmp_path):
    path = tmp_path / "random.anjiabak"
    path.write_bytes(os.urandom(5000))
    error = _refused(path, tmp_path)
    assert error.message == "备份文件已损坏或不是安家 Desk 的备份"
    with pytest.raises(CorruptBackup):
        bf.read_header(path)


@pytest.mark.parametrize("keep", [0, 5, 10, 40, -200, -17, -1])
def test_truncated_files_are_refused(backup, tmp_path, keep):
    data = backup.read_bytes()
    path = tmp_path / "cut.anjiabak"
    path.write_bytes(data[:keep])
    _refused(path, tmp_path)


@pytest.mark.parametrize("where", ["body", "tag", "wrapped_data_key"])
def test_flipped_bytes_are_detected(backup, tmp_path, where):
    data = bytearray(backup.read_bytes())
    _, body_at = bf.read_header(backup)
    if where == "body":
        data[body_at + 100] ^= 0x01
    elif where == "tag":
        data[-1] ^= 0x80
    else:
        raw = json.loads(data[12:body_at])
        wrapped = bytearray(bf._unb64(raw["wrapped_data_key"]))
        wrapped[0] ^= 1
        raw["wrapped_data_key"] = bf._b64(bytes(wrapped))
        data = bytearray(bf._prefix(json.dumps(raw).encode()) + data[body_at:])
    path = tmp_path / "flipped.anjiabak"
    path.write_bytes(bytes(data))
    _refused(path, tmp_path)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'"revision": "0001_foundation"', b'"revision": "0000_foundation"'),
        (b'"scheduled": true', b'"scheduled": 1'),
        (b'"db_name": "anjia.db"', b'"db_name": "other.db"'),
        (b"2026-03-05T04:30:00+00:00", b"2026-03-04T04:30:00+00:00"),
        (b'"database_id": "db-0001"', b'"database_id": "db-0002"'),
    ],
)
def test_tampered_headers_are_detected(backup, tmp_path, old, new):
    data = backup.read_bytes()
    assert old in data
    path = tmp_path / "tampered.anjiabak"
    path.write_bytes(data.replace(old, new, 1))  # same length: only the authentication catches it
    _refused(path, tmp_path)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(app="other-app"),
        lambda d: d.update(app_version=3),
        lambda d: d.update(revision=7),
        lambda d: d.update(db_size="big"),
        lambda d: d.update(created_at="yesterday"),
        lambda d: d.update(created_at="2026-03-05T04:30:00"),
        lambda d: d.update(public_key="AAAA"),
        lambda d: d.pop("wrapped_private_key"),
        lambda d: d.update(database_id=5),
        lambda d: d.update(database_id=""),
        lambda d: d.update(database_id="   "),
        lambda d: d.update(database_id="x" * 65),
    ],
)
def test_malformed_headers_are_refused(backup, tmp_path, change):
    data = backup.read_bytes()
    _, body_at = bf.read_header(backup)
    raw = json.loads(data[12:body_at])
    change(raw)
    path = tmp_path / "malformed.anjiabak"
    path.write_bytes(bf._prefix(json.dumps(raw).encode()) + data[body_at:])
    _refused(path, tmp_path)


def test_not_json_or_not_an_object(backup, tmp_path):
    data = backup.read_bytes()
    _, body_at = bf.read_header(backup)
    for junk in (b"\xff\xfe", b"[1, 2, 3]", b"{nope"):
        path = tmp_path / "junk.anjiabak"
        path.write_bytes(bf._prefix(junk) + data[body_at:])
        _refused(path, tmp_path)


def test_oversized_header_length_is_refused(backup, tmp_path):
    data = bytearray(backup.read_bytes())
    data[8:12] = struct.pack(">I", bf.MAX_HEADER + 1)
    path = tmp_path / "long.anjiabak"
    path.write_bytes(bytes(data) + bytes(bf.MAX_HEADER))
    _refused(path, tmp_path)


def test_newer_format_says_so(backup, tmp_path):
    data = backup.read_bytes()
    _, body_at = bf.read_header(backup)
    raw = json.loads(data[12:body_at])
    raw["format"] = bf.FORMAT_VERSION + 1
    path = tmp_path / "v3.anjiabak"
    path.write_bytes(bf._prefix(json.dumps(raw).encode()) + data[body_at:])
    assert "格式较新" in _refused(path, tmp_path).message


def test_unreadable_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError) as info:
        bf.read_header(tmp_path)  # a folder
    assert "无法读取备份文件" in info.value.message


def test_forgery_without_the_auth_key_is_refused(keys, tmp_path):
    """Someone holding a backup (public key and wrapped key) but not the database cannot make a
    file that the right passphrase would accept."""
    path = tmp_path / "forged.anjiabak"
    payload = b"SQLite format 3\x00 attacker data"
    _forge(keys, path, zlib.compress(payload), db_size=len(payload), auth_key=os.urandom(32))
    _refused(path, tmp_path)
    # Built with the real authentication key, the same construction is accepted: the guard above
    # is the authentication key and nothing else.
    _forge(keys, path, zlib.compress(payload), db_size=len(payload))
    target = tmp_path / "ok.db"
    bf.decrypt_backup(path, PASS, target)
    assert target.read_bytes() == payload


@pytest.mark.parametrize(
    ("payload", "db_size"),
    [
        (zlib.compress(b"x" * 10_000), 100),  # inflates beyond the stated size
        (zlib.compress(b"x" * 100), 1000),  # shorter than stated
        (zlib.compress(b"x" * 100) + b"trailing", 100),  # bytes after the stream
        (zlib.compress(b"x" * 100)[:-5], 100),  # stream cut short
        (b"not zlib at all, but authentic", 30),
    ],
)
def test_inflation_guards(keys, tmp_path, monkeypatch, payload, db_size):
    monkeypatch.setattr(bf, "CHUNK", 64)
    path = tmp_path / "guard.anjiabak"
    _forge(keys, path, payload, db_size=db_size)
    _refused(path, tmp_path)


def test_unwritable_target_is_a_user_error(backup, tmp_path):
    target = tmp_path / "missing-folder" / "t.db"
    with pytest.raises(UserError) as info:
        bf.decrypt_backup(backup, PASS, target)
    assert "无法写入" in info.value.message


# --- the ID-number key inside (format 2, issue 14) --------------------------------------------

ID_KEY = bytes(range(32))
DB_ID = "5f0c1b8e-1111-4222-8333-944455556666"


def test_the_id_key_travels_encrypted_and_opens_with_the_passphrase(keys, tmp_path):
    snapshot = _snapshot(tmp_path, 5_000)
    out = tmp_path / "with-key.anjiabak"
    _write(keys, snapshot, out, database_id=DB_ID, id_key=ID_KEY)
    data = out.read_bytes()
    assert ID_KEY not in data and base64.b64encode(ID_KEY) not in data
    header, _ = bf.read_header(out)
    assert header.format == 2 and header.opened_id_key is None
    opened = bf.decrypt_backup(out, PASS, tmp_path / "restored.db")
    assert opened.opened_id_key == ID_KEY
    assert (tmp_path / "restored.db").read_bytes() == snapshot.read_bytes()
    # Without a key the file stays format 1, which every version reads.
    plain = tmp_path / "plain.anjiabak"
    _write(keys, snapshot, plain, database_id=DB_ID)
    assert bf.read_header(plain)[0].format == 1
    assert bf.decrypt_backup(plain, PASS, tmp_path / "again.db").opened_id_key is None


def test_a_changed_wrapped_id_key_is_refused(keys, tmp_path):
    out = tmp_path / "with-key.anjiabak"
    _write(keys, _snapshot(tmp_path, 5_000), out, database_id=DB_ID, id_key=ID_KEY)
    data = out.read_bytes()
    _, body_at = bf.read_header(out)
    raw = json.loads(data[12:body_at])
    for change in (
        {"wrapped_id_key": base64.b64encode(bytes(48)).decode()},  # another value
        {"database_id": "another-id"},  # the key moved to another database
        {"format": 1},  # format 1 must not carry a key
        {"format": 2, "wrapped_id_key": None},  # format 2 must
    ):
        forged = {**raw, **change}
        if forged.get("wrapped_id_key") is None:
            forged.pop("wrapped_id_key")
        path = tmp_path / "forged.anjiabak"
        path.write_bytes(bf._prefix(json.dumps(forged).encode()) + data[body_at:])
        _refused(path, tmp_path)


def test_an_id_key_needs_the_database_id(keys, tmp_path):
    with pytest.raises(ValueError):
        _write(keys, _snapshot(tmp_path, 1_000), tmp_path / "x.anjiabak", id_key=ID_KEY)
