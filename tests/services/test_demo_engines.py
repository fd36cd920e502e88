"""The demo with a seed is the same office on either engine (issue 15): `demo --seed S` then
`export all` gives the same sheets, the same rows and the same cells on PostgreSQL as on SQLite
— nothing in the demo depends on the order an engine happens to return rows in. The SQLite run
it is compared with returns the rows of every query without ORDER BY backwards
(`PRAGMA reverse_unordered_selects`), so a pick that leans on row order shows up on one engine
already."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import event

from anjia_desk.core import passwords
from anjia_desk.db.engine import Database, open_database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.services.demo import create_demo
from anjia_desk.services.exporting import ExportRequest, export_kinds, export_workbook

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
SEED = 11
CUSTOMERS = 240


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


def exported(database: Database, out: Path) -> dict[str, list[tuple[Any, ...]]]:
    """`export all` of the database, unmasked: each sheet's rows as the file holds them."""
    actor = Actor.system()
    kinds = tuple(key for key, _label in export_kinds())
    with session_scope(database, actor) as session:
        export_workbook(session, actor, ExportRequest(kinds=kinds, mask_phones=False), out, now=NOW)
    book = load_workbook(out, read_only=True)
    try:
        return {
            name: [tuple(row) for row in book[name].iter_rows(values_only=True)]
            for name in book.sheetnames
        }
    finally:
        book.close()


def _reversed_unordered_selects(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA reverse_unordered_selects = ON")


def test_a_seeded_demo_exports_the_same_workbook_as_on_sqlite(
    database: Database, tmp_path: Path
) -> None:
    create_demo(database, seed=SEED, customers=CUSTOMERS, now=NOW)
    reference = open_database(str(tmp_path / "sqlite.db"))
    event.listen(reference.engine, "connect", _reversed_unordered_selects)
    reference.engine.dispose()  # every connection from here on has the pragma
    try:
        create_demo(reference, seed=SEED, customers=CUSTOMERS, now=NOW)
        on_sqlite = exported(reference, tmp_path / "sqlite.xlsx")
    finally:
        reference.close()
    here = exported(database, tmp_path / "here.xlsx")
    assert list(here) == list(on_sqlite)
    assert {name: len(rows) for name, rows in here.items()} == {
        name: len(rows) for name, rows in on_sqlite.items()
    }
    assert len(here["客户"]) > CUSTOMERS * 0.9  # a header and (nearly) every customer
    assert len(here["退房"]) > 5  # issue 17: the demo's change orders, alike on both engines
    for name, rows in on_sqlite.items():
        assert here[name] == rows, name
