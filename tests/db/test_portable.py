"""db.portable: one construct, each engine's own SQL — and the same answers."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from anjia_desk.core.roles import Role
from anjia_desk.db.models import Customer
from anjia_desk.db.portable import (
    contains_ignoring_case,
    prefix_range,
    sorted_as_sqlite,
    starts_with_exactly,
    unindexed,
)
from tests.helpers import add_actor
from tests.services.test_followups import make_customer


def sql(statement, dialect) -> str:
    return str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def test_each_engine_gets_its_own_words() -> None:
    statement = (
        select(Customer.id)
        .where(starts_with_exactly(Customer.phone, "13812345678转"))
        .order_by(unindexed(Customer.name).desc())
    )
    on_sqlite = sql(statement, sqlite.dialect())
    assert "customers.phone GLOB '13812345678转*'" in on_sqlite
    assert "ORDER BY +customers.name DESC" in on_sqlite
    assert "= 1" not in on_sqlite  # a top-level term SQLite answers from the phone's index
    on_postgres = sql(statement, postgresql.dialect())
    assert "customers.phone LIKE '13812345678转%" in on_postgres
    assert "ORDER BY customers.name DESC" in on_postgres and "+" not in on_postgres


def test_a_wildcard_in_the_prefix_is_refused() -> None:
    for prefix in ("138*", "138%", "13_8", "[1]"):
        with pytest.raises(ValueError):
            starts_with_exactly(Customer.phone, prefix)


def test_each_prefix_finds_its_own_rows_statement_after_statement(session: Session) -> None:
    """The compiled cache must not keep the first prefix's pattern."""
    owner = add_actor(session, "wang", "王芳", Role.CONSULTANT)
    first = make_customer(session, owner, name="甲", phone="13800000001")
    second = make_customer(session, owner, name="乙", phone="13900000002")
    for customer, prefix in ((first, "138"), (second, "139"), (first, "1380")):
        found = session.scalars(
            select(Customer.id).where(starts_with_exactly(Customer.phone, prefix))
        ).all()
        assert found == [customer.id], prefix


def test_a_prefix_range_is_the_prefix_on_the_index() -> None:
    condition = select(Customer.id).where(prefix_range(Customer.name_initials, "zw"))
    on_sqlite = sql(condition, sqlite.dialect())
    assert "customers.name_initials >= 'zw'" in on_sqlite
    assert "customers.name_initials < 'zx'" in on_sqlite


def test_sorts_and_name_matches_read_the_same_on_both_engines() -> None:
    """Issue 15: text in code-point order whatever the database's collation, NULLs where SQLite
    puts them, and a name matched in either ASCII case (PostgreSQL's LIKE would not)."""
    statement = (
        select(Customer.id)
        .where(contains_ignoring_case(Customer.name, "To_m"))
        .order_by(
            sorted_as_sqlite(Customer.name, descending=False, nullable=False),
            sorted_as_sqlite(Customer.risk_index, descending=True),
            sorted_as_sqlite(Customer.last_contact_at, descending=False),
        )
    )
    on_sqlite = sql(statement, sqlite.dialect())
    assert "customers.name LIKE '%To\\_m%' ESCAPE '\\'" in on_sqlite
    assert 'COLLATE "C"' not in on_sqlite
    on_postgres = sql(statement, postgresql.dialect())
    assert "customers.name ILIKE '%%To\\_m%%' ESCAPE '\\'" in on_postgres
    assert 'ORDER BY customers.name COLLATE "C" ASC, ' in on_postgres
    assert "customers.risk_index DESC NULLS LAST" in on_postgres
    assert "customers.last_contact_at ASC NULLS FIRST" in on_postgres


def test_name_matches_ignore_ascii_case_on_every_engine(session: Session) -> None:
    owner = add_actor(session, "wang", "王芳", Role.CONSULTANT)
    tom = make_customer(session, owner, name="TOM李", phone="13800000001")
    make_customer(session, owner, name="汤姆", phone="13900000002")
    under = make_customer(session, owner, name="a_b", phone="13700000003")
    make_customer(session, owner, name="axb", phone="13600000004")

    def found(text: str) -> list[int]:
        condition = contains_ignoring_case(Customer.name, text)
        return list(session.scalars(select(Customer.id).where(condition)))

    assert found("tom") == found("Om李") == [tom.id]
    assert found("A_B") == [under.id]  # the underscore is a character, not a wildcard
