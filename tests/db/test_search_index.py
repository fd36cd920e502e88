"""Migration 0005 creates the name pieces of search as you type and fills them from the names an
older database already holds (a restored backup included)."""

import sqlite3
from pathlib import Path

from sqlalchemy import select

from anjia_desk.db.engine import open_database
from anjia_desk.db.models import Customer, customer_name_grams

DUMP = Path(__file__).parent / "dumps" / "0004_ticket_skips.sql"


def test_upgrading_an_older_database_fills_the_name_pieces(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    connection.executescript(DUMP.read_text(encoding="utf-8"))
    connection.close()
    database = open_database(str(path))
    try:
        with database.sessions() as s:
            names = s.execute(
                select(Customer.id, Customer.name).where(Customer.anonymised_at.is_(None))
            ).all()
            expected = {
                (name[i : i + 2].lower(), cid) for cid, name in names for i in range(len(name) - 1)
            }
            stored = {(r.gram, r.customer_id) for r in s.execute(select(customer_name_grams))}
            assert stored == expected and len(expected) >= 3
    finally:
        database.close()
