from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, select

from anjia_desk.db.types import Money, UTCDateTime

BEIJING = timezone(timedelta(hours=8))


@pytest.fixture
def table():
    engine = create_engine("sqlite://")
    meta = MetaData()
    t = Table(
        "t",
        meta,
        Column("id", Integer, primary_key=True),
        Column("at", UTCDateTime()),
        Column("amount", Money()),
    )
    meta.create_all(engine)
    return engine, t


def test_times_are_stored_in_utc_and_come_back_aware(table):
    engine, t = table
    local = datetime(2026, 11, 23, 9, 30, tzinfo=BEIJING)
    with engine.begin() as conn:
        conn.execute(t.insert(), [{"at": local}, {"at": None}])
        raw = conn.exec_driver_sql("SELECT at FROM t WHERE id = 1").scalar()
        back = conn.execute(select(t.c.at).order_by(t.c.id)).scalars().all()
    assert raw.startswith("2026-11-23 01:30:00")
    assert back == [datetime(2026, 11, 23, 1, 30, tzinfo=UTC), None]
    assert back[0] == local


def test_naive_times_are_refused(table):
    engine, t = table
    with pytest.raises(Exception, match="naive"), engine.begin() as conn:
        conn.execute(t.insert(), {"at": datetime(2026, 1, 1)})


def test_money_is_exact_decimal(table):
    engine, t = table
    with engine.begin() as conn:
        conn.execute(
            t.insert(),
            [
                {"amount": Decimal("1234567.895")},
                {"amount": 10},
                {"amount": "0.1"},
                {"amount": None},
            ],
        )
        raw = conn.exec_driver_sql("SELECT amount FROM t ORDER BY id").scalars().all()
        back = conn.execute(select(t.c.amount).order_by(t.c.id)).scalars().all()
    assert raw == [123456790, 1000, 10, None]  # integer fen on SQLite
    assert back == [Decimal("1234567.90"), Decimal("10.00"), Decimal("0.10"), None]
    assert all(isinstance(v, Decimal) for v in back[:3])


def test_money_refuses_float(table):
    engine, t = table
    with pytest.raises(Exception, match="never float"), engine.begin() as conn:
        conn.execute(t.insert(), {"amount": 0.1})


def test_money_on_other_databases_is_numeric():
    from sqlalchemy.dialects import postgresql

    dialect = postgresql.dialect()
    money = Money()
    from sqlalchemy import Numeric

    assert isinstance(money.load_dialect_impl(dialect), Numeric)
    assert money.process_bind_param(Decimal("2.005"), dialect) == Decimal("2.01")
    assert money.process_result_value(Decimal("3.1"), dialect) == Decimal("3.10")
    assert money.process_result_value(None, dialect) is None
    at = UTCDateTime()
    aware = datetime(2026, 1, 1, 8, tzinfo=BEIJING)
    assert at.process_bind_param(aware, dialect) == datetime(2026, 1, 1, 0, tzinfo=UTC)
    assert at.process_result_value(aware, dialect).tzinfo is UTC
