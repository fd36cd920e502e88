"""The fast paths of issue 13's speed work store and read exactly what SQLAlchemy's own would:
an import's rows given as value lists (one pass, empty columns left out), the list's ids taken
from the driver, amounts and enum values read through the types' short processors."""

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

from anjia_desk.core.phones import PhoneKind
from anjia_desk.db.bulk import bulk_insert_columns, bulk_insert_lines
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer
from anjia_desk.db.raw import first_column
from anjia_desk.services.context import Actor
from tests.same_engine import second_database

ROWS = [
    {
        "id": i,
        "version": 1,
        "created_at": datetime(2026, 3, 1, 1, 2, 3, tzinfo=UTC),
        "updated_at": datetime(2026, 3, 1, 9, 0, i, tzinfo=UTC),
        "name": name,
        "name_initials": "",
        "phone": f"1381234567{i}",
        "phone_key": f"1381234567{i}",
        "phone_kind": "mobile",
        "budget_min": Decimal("250.5") if i % 2 else None,
        "budget_max": None,  # empty in every row: left out of the statement
        "birthday": None,
        "area_min": Decimal("89"),
        "next_follow_up_on": date(2026, 3, 31) if i % 2 else None,
        "grade": "B",
        "owner_id": None,
        "visit_count": i,
        "marketing_opt_in": False,
        "do_not_disturb": False,
        "risk_monitoring": False,
        **dict.fromkeys(("gender", "age_band", "family_structure", "layout"), ""),
        **dict.fromkeys(("floor_preference", "purpose", "buyer_type", "focus"), ""),
        **dict.fromkeys(("channel", "awareness", "notes"), ""),
    }
    for i, name in enumerate(["张三", "李四", "王五"], start=1)
]


def stored(database: Database) -> list[tuple[object, ...]]:
    with database.engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT * FROM customers ORDER BY id").all())


def test_rows_given_as_value_lists_store_what_sqlalchemy_stores(
    database: Database, tmp_path: Path
) -> None:
    keys = list(ROWS[0])
    with second_database(database, tmp_path) as other:
        with session_scope(database, Actor.system()) as s:
            bulk_insert_lines(s, Customer.__table__, keys, [[r[k] for k in keys] for r in ROWS])
        with session_scope(other, Actor.system()) as s:
            s.execute(insert(Customer.__table__), ROWS)
        assert stored(database) == stored(other)
        assert len(stored(database)) == 3


def test_ids_from_the_driver_and_short_processors_read_what_the_orm_reads(
    database: Database,
) -> None:
    with session_scope(database, Actor.system()) as s:
        s.execute(insert(Customer.__table__), ROWS)
    with database.sessions() as s:
        statement = select(Customer.id).order_by(Customer.visit_count.desc())
        assert first_column(s, statement) == list(s.scalars(statement)) == [3, 2, 1]
        amounts = s.execute(select(Customer.budget_min, Customer.area_min, Customer.phone_kind))
        assert [tuple(r) for r in amounts] == [
            (Decimal("250.50"), Decimal("89.00"), PhoneKind.MOBILE),
            (None, Decimal("89.00"), PhoneKind.MOBILE),
            (Decimal("250.50"), Decimal("89.00"), PhoneKind.MOBILE),
        ]


def test_rows_given_column_by_column_store_what_sqlalchemy_stores(
    database: Database, tmp_path: Path
) -> None:
    """bulk_insert_columns (an import's new customers): the same rows as SQLAlchemy's insert,
    texts with quotes included."""
    rows = [
        {**row, "notes": "王先生's “备注”; DROP TABLE x; --", "grade": "A", "visit_count": 3}
        for row in ROWS
    ]
    keys = list(rows[0])
    with second_database(database, tmp_path) as other:
        with session_scope(database, Actor.system()) as s:
            bulk_insert_columns(s, Customer.__table__, {k: [r[k] for r in rows] for k in keys})
        with session_scope(other, Actor.system()) as s:
            s.execute(insert(Customer.__table__), rows)
        assert stored(database) == stored(other)
        assert len(stored(database)) == 3


def test_rows_written_with_their_ids_leave_the_next_id_free(database: Database) -> None:
    """PostgreSQL: rows copied in with their own ids move the table's id sequence past them, so
    the next row the ORM adds (a registration after the demo) gets a free id (issue 15)."""
    keys = list(ROWS[0])
    with session_scope(database, Actor.system()) as s:
        bulk_insert_lines(s, Customer.__table__, keys, [[r[k] for k in keys] for r in ROWS])
    with session_scope(database, Actor.system()) as s:
        row = {key: value for key, value in ROWS[0].items() if key != "id"}
        s.execute(insert(Customer.__table__), [row | {"phone": "139", "phone_key": "139"}])
    with database.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM customers ORDER BY id")]
    assert ids == [1, 2, 3, 4]
