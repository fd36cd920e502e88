"""Migration 0005 creates the name pieces of search as you type and fills them from the names an
older database already holds (a restored backup included)."""

import sqlite3
from pathlib import Path

from sqlalchemy import select

from anjia_desk.db.engine import open_database
from anjia_desk.db.models import Customer, customer_name_grams

DUMP = Path(__file__).parent / "dumps" / "0004_ticket_skips.sql"
TEXTS = (
    *("gender", "age_band", "family_structure", "layout", "floor_preference", "purpose"),
    *("buyer_type", "focus", "channel", "awareness", "notes"),
)


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


def test_bulk_written_customers_get_each_piece_once(tmp_path: Path) -> None:
    """index_new_customers (an import's new rows): a piece twice in one name is stored once,
    ASCII letters lowered, an anonymised customer has none."""
    from datetime import UTC, datetime

    from anjia_desk.db.bulk import bulk_insert_columns
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.search_index import index_new_customers
    from anjia_desk.services.context import Actor

    names = ["王王王", "AbAb", "李", "陈小明"]
    moment = datetime(2026, 3, 1, tzinfo=UTC)
    database = open_database(str(tmp_path / "a.db"))
    try:
        with session_scope(database, Actor.system()) as s:
            count = len(names)
            bulk_insert_columns(
                s,
                Customer.__table__,
                {
                    "id": [1, 2, 3, 4],
                    "version": [1] * count,
                    "created_at": [moment] * count,
                    "updated_at": [moment] * count,
                    "name": names,
                    "name_initials": [""] * count,
                    "phone": [f"1380000000{i}" for i in range(count)],
                    "phone_key": [f"1380000000{i}" for i in range(count)],
                    "phone_kind": ["mobile"] * count,
                    "grade": ["C"] * count,
                    "visit_count": [0] * count,
                    "marketing_opt_in": [False] * count,
                    "do_not_disturb": [False] * count,
                    "risk_monitoring": [False] * count,
                    "anonymised_at": [None, None, None, moment],
                    **{key: [""] * count for key in TEXTS},
                },
            )
            index_new_customers(s, 1, 4)
        with database.sessions() as s:
            stored = sorted((r.gram, r.customer_id) for r in s.execute(select(customer_name_grams)))
        assert stored == [("ab", 2), ("ba", 2), ("王王", 1)]
    finally:
        database.close()
