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


# --- StrEnumType: enum columns stored as their plain values


@pytest.fixture
def stages():
    from anjia_desk.core.deals import Stage
    from anjia_desk.db.types import StrEnumType

    engine = create_engine("sqlite://")
    meta = MetaData()
    t = Table(
        "t", meta, Column("id", Integer, primary_key=True), Column("stage", StrEnumType(Stage, 12))
    )
    meta.create_all(engine)
    return engine, t


def test_an_enum_column_stores_the_plain_value_and_reads_members(stages):
    from anjia_desk.core.deals import Stage

    engine, t = stages
    with engine.begin() as conn:
        conn.execute(t.insert(), [{"stage": Stage.SIGNED}, {"stage": "delivered"}, {"stage": None}])
        raw = conn.exec_driver_sql("SELECT stage FROM t ORDER BY id").scalars().all()
        back = conn.execute(select(t.c.stage).order_by(t.c.id)).scalars().all()
        found = conn.execute(select(t.c.id).where(t.c.stage == "signed")).scalars().all()
        pattern = conn.execute(select(t.c.id).where(t.c.stage.like("deliv%"))).scalars().all()
    assert raw == ["signed", "delivered", None]
    assert back == [Stage.SIGNED, Stage.DELIVERED, None]
    assert type(back[0]) is Stage
    assert found == [1]
    assert pattern == [2]  # a LIKE pattern is bound as a plain string, not refused


def test_an_enum_column_refuses_to_write_an_unknown_value(stages):
    engine, t = stages
    with pytest.raises(Exception, match="'sigend' is not a Stage"), engine.begin() as conn:
        conn.execute(t.insert(), {"stage": "sigend"})


def test_reading_an_unknown_stored_value_says_what_and_why(stages):
    from anjia_desk.db.types import UnknownEnumValue

    engine, t = stages
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO t (stage) VALUES ('archived')")
        with pytest.raises(UnknownEnumValue, match="'archived', which is not a Stage") as caught:
            conn.execute(select(t.c.stage)).scalars().all()
    assert "subscribed, signed, delivered, certified, cancelled" in str(caught.value)
    assert "newer version" in str(caught.value)


def test_an_enum_column_is_a_plain_varchar_in_the_schema_and_in_migrations():
    from sqlalchemy.dialects import postgresql, sqlite

    from anjia_desk.core.deals import UnitStatus
    from anjia_desk.db.migrate import render_item
    from anjia_desk.db.models import Unit
    from anjia_desk.db.types import StrEnumType

    column = Unit.__table__.c.status
    assert isinstance(column.type, StrEnumType)
    assert column.type.enum is UnitStatus
    assert column.type.compile(dialect=sqlite.dialect()) == "VARCHAR(12)"
    assert column.type.compile(dialect=postgresql.dialect()) == "VARCHAR(12)"
    assert render_item("type", column.type, None) == "sa.String(length=12)"
    assert render_item("type", Integer(), None) is False


def test_an_enum_attribute_reads_back_as_a_member_through_the_orm(database, system):
    from anjia_desk.core.roles import Role
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import User, UserRole

    with session_scope(database, system) as s:
        user = User(username="enumtest", display_name="枚举")
        user.roles.append(UserRole(role="cashier"))
        s.add(user)
    with session_scope(database) as s:
        role = s.scalars(select(UserRole).where(UserRole.role == Role.CASHIER)).one()
        assert role.role is Role.CASHIER


# --- in_fen: money read as whole fen for views over many rows


def test_money_read_in_fen_is_the_same_amount_as_an_int(table):
    from anjia_desk.db.types import from_fen, in_fen

    engine, t = table
    with engine.begin() as conn:
        conn.execute(
            t.insert(), [{"amount": Decimal("1234567.89")}, {"amount": 0}, {"amount": None}]
        )
        fen = conn.execute(select(in_fen(t.c.amount)).order_by(t.c.id)).scalars().all()
        money = conn.execute(select(t.c.amount).order_by(t.c.id)).scalars().all()
    assert fen == [123456789, 0, None]
    assert all(type(v) is int for v in fen[:2])
    assert [from_fen(v) for v in fen[:2]] == money[:2]
    assert [str(from_fen(v)) for v in fen[:2]] == [str(v) for v in money[:2]]  # 2 places


def test_money_in_fen_on_other_databases_and_never_bound():
    from sqlalchemy.dialects import postgresql

    from anjia_desk.db.types import Fen

    dialect = postgresql.dialect()
    process = Fen().result_processor(dialect, None)
    assert process(Decimal("1234.50")) == 123450 and process(None) is None
    with pytest.raises(TypeError, match="reading"):
        Fen().process_bind_param(1, dialect)
