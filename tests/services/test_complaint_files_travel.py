"""A complaint's files travel with the database (issue 18): a backup restored — into the SQLite
file it replaces, or into a new server database — and `migrate-to` (SQLite → PostgreSQL, and a
server's copy back onto a PC) carry each file's bytes and SHA-256 unchanged; files are copied a
few rows at a time, never thousands of 10 MB files at once."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import Side
from anjia_desk.db import transfer
from anjia_desk.db.engine import Database, make_engine, open_database, session_scope
from anjia_desk.db.models import ComplaintFile
from anjia_desk.services import backup as backup_service
from anjia_desk.services import complaint_files as cf
from anjia_desk.services.context import Actor
from anjia_desk.services.migrate_to import migrate_to
from tests.conftest import PG_ADMIN
from tests.services import test_complaint_files
from tests.services.test_complaint_files import NOW, Office

PASS = "files-backup-1"
needs_pg = pytest.mark.skipif(not PG_ADMIN, reason="needs $ANJIA_TEST_PG (a PostgreSQL cluster)")
#: Several chunks' worth of files, one of them near the limit, bytes of every value.
SIZES = (cf.MAX_BYTES - 5, 3 * 1024 * 1024, *range(1, 12))


@pytest.fixture
def office(session: Session) -> Office:
    return test_complaint_files.office.__wrapped__(session)  # type: ignore[attr-defined]


def _attach(database: Database, office: Office) -> dict[str, tuple[int, str]]:
    """Files of SIZES on the case: name → (size, SHA-256)."""
    dice = random.Random(18)
    actor = office.cs_manager
    made: dict[str, tuple[int, str]] = {}
    with session_scope(database, actor) as s:
        for n, size in enumerate(SIZES):
            data = dice.randbytes(size)
            name = f"证据{n:02d}.bin"
            cf.add_file_bytes(s, actor, office.case.id, name, data, side=Side.OFFICE, now=NOW)
            made[name] = (size, hashlib.sha256(data).hexdigest())
    return made


def _kept(url: str) -> dict[str, tuple[int, str, str]]:
    """Every file of the database at `url`: name → (size, SHA-256 kept, SHA-256 of the bytes)."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(
                    ComplaintFile.name, ComplaintFile.size, ComplaintFile.sha256, ComplaintFile.data
                )
            )
            return {
                r.name: (r.size, r.sha256, hashlib.sha256(bytes(r.data)).hexdigest()) for r in rows
            }
    finally:
        engine.dispose()


def _expected(made: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str, str]]:
    return {name: (size, digest, digest) for name, (size, digest) in made.items()}


@pytest.fixture
def restore_url(database: Database, db_engine: str) -> Iterator[str]:
    """On SQLite the database itself (replaced); on PostgreSQL a new, empty database."""
    if db_engine == "sqlite":
        yield database.url
        return
    from tests import pg

    url = pg.empty_database("files_restore")
    try:
        yield url
    finally:
        pg.drop_database(url)


def test_a_backup_restored_brings_back_every_files_bytes(
    database: Database, office: Office, restore_url: str, tmp_path: Path
) -> None:
    system = Actor.system()
    made = _attach(database, office)
    out = tmp_path / "office.anjiabak"
    backup_service.backup_database(database, system, out, passphrase=PASS, now=NOW)
    # Life goes on: the files are gone from the live database ...
    with session_scope(database, system) as s:
        s.execute(delete(ComplaintFile))
    assert _kept(database.url) == {}
    # ... and the restore brings them back, byte for byte.
    backup_service.restore_database(restore_url, system, out, passphrase=PASS, now=NOW)
    assert _kept(restore_url) == _expected(made)
    restored = open_database(restore_url, create=False) if restore_url != database.url else None
    try:
        with session_scope(restored or database, office.cs_manager) as s:
            lines = cf.files_of(s, office.cs_manager, office.case.id)
            first = cf.file_data(s, office.cs_manager, lines[0].id)
        assert first[0] == "证据00.bin" and len(first[1]) == cf.MAX_BYTES - 5
    finally:
        if restored is not None:
            restored.close()


@pytest.fixture
def copied_chunks(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[int]]:
    """The rows written per insert, table by table, during a transfer."""
    seen: dict[str, list[int]] = {}
    real = transfer._copy_table

    def spy(reader: Any, writer: Any, table: Any, chunk: int, stop: Any, links: Any) -> Any:
        for written in real(reader, writer, table, chunk, stop, links):
            seen.setdefault(table.name, []).append(written)
            yield written

    monkeypatch.setattr(transfer, "_copy_table", spy)
    return seen


@needs_pg
def test_migrate_to_a_server_and_back_keeps_every_files_bytes(
    database: Database,
    db_path: Path,
    office: Office,
    tmp_path: Path,
    copied_chunks: dict[str, list[int]],
) -> None:
    from tests import pg

    made = _attach(database, office)
    database.close()
    server = pg.empty_database("files_migrate")
    back = "sqlite:///" + str(tmp_path / "back.db")
    try:
        result = migrate_to(str(db_path), server, Actor.system())
        assert result.report.differences() == []
        assert _kept(server) == _expected(made)
        # Files go a few at a time (at most FILE_CHUNK rows of up to 10 MB each).
        assert copied_chunks["complaint_files"] == [8, 5]
        assert max(copied_chunks["customers"]) == 2  # other tables in the usual chunks
        # And from the server back onto a PC.
        source, target = make_engine(server), make_engine(back)
        try:
            report = transfer.copy_database(source, target)
        finally:
            source.dispose()
            target.dispose()
        assert report.differences() == []
        assert _kept(back) == _expected(made)
    finally:
        pg.drop_database(server)


def test_a_table_of_files_is_copied_a_few_rows_at_a_time() -> None:
    tables = {table.name: table for table in transfer.tables()}
    assert transfer.chunk_for(tables["complaint_files"], transfer.CHUNK) == transfer.FILE_CHUNK
    assert transfer.FILE_CHUNK * cf.MAX_BYTES <= 100 * 1024 * 1024  # ≤ 100 MB in memory
    assert transfer.chunk_for(tables["complaint_files"], 3) == 3
    assert transfer.chunk_for(tables["customers"], transfer.CHUNK) == transfer.CHUNK


def test_an_older_backup_restored_does_not_bring_an_erased_persons_files_back(
    database: Database, db_path: Path, office: Office, tmp_path: Path
) -> None:
    """The erasure log is applied again to the restored data (services.erasure_restore)."""
    from anjia_desk.services import customer_profile

    system = Actor.system()
    made = _attach(database, office)
    with session_scope(database, office.cs_manager) as s:
        kept = cf.add_file_bytes(
            s, office.cs_manager, office.other_case.id, "李四.jpg", b"li", side=Side.OFFICE,
            now=NOW,
        )  # fmt: skip
    out = tmp_path / "before.anjiabak"
    backup_service.backup_database(database, system, out, passphrase=PASS, now=NOW)
    assert len(_kept(database.url)) == len(made) + 1
    with session_scope(database, system) as s:
        customer_profile.erase_personal_data(
            s, system, office.customer.id, reason="本人要求", now=NOW
        )
    backup_service.restore_database(database.url, system, out, passphrase=PASS, now=NOW)
    with session_scope(database, system) as s:
        assert list(s.scalars(select(ComplaintFile.id))) == [kept]
