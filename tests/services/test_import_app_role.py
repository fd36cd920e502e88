"""An import on an office server, as the everyday app role (issue 15): least privilege may not
drop indexes, so a big load updates them row by row instead; it numbers its rows from max(id) + 1
with the customers held against other PCs' writes, and moves the id sequence on, so the next
customer the front desk registers gets a free id."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from anjia_desk.db import server
from anjia_desk.db.engine import make_engine, open_database, session_scope
from anjia_desk.db.models import Customer
from tests import pg
from tests.conftest import PG_ADMIN
from tests.services.test_importing import SYSTEM, _indexes, run, xlsx

pytestmark = pytest.mark.skipif(not PG_ADMIN, reason="no PostgreSQL cluster ($ANJIA_TEST_PG)")


@pytest.fixture
def app_url():
    """An office database made by its owner role, used through an everyday app role."""
    with pg.office_roles("lead") as (owner_url, app_url, app):
        open_database(owner_url).close()  # the owner makes the schema
        engine = make_engine(owner_url)
        server.grant_app_role(engine, app)
        engine.dispose()
        yield app_url


def test_a_big_load_as_the_app_role(app_url, tmp_path: Path, monkeypatch) -> None:
    from anjia_desk.services import import_customers

    monkeypatch.setattr(import_customers, "BULK_LOAD", 2)  # the load that would drop indexes
    database = open_database(app_url)
    try:
        before = _indexes(database)
        rows = [["姓名", "手机号"], *[[f"新{i}", str(13900000000 + i)] for i in range(6)]]
        result = run(database, xlsx(tmp_path / "big.xlsx", rows))
        assert result.imported == 6
        assert _indexes(database) == before
        # The front desk registers the next customer: a free id, after the imported ones.
        with session_scope(database, SYSTEM) as s:
            highest = s.scalar(select(func.max(Customer.id)))
            walk_in = Customer(name="来访", phone="13700000000", phone_key="13700000000")
            s.add(walk_in)
            s.flush()
            assert walk_in.id > highest
    finally:
        database.close()


def test_the_demo_as_the_app_role(app_url) -> None:
    """The demo keeps the indexes it may not drop, and fills the office all the same."""
    from anjia_desk.services.demo import create_demo
    from tests.damaged_files import NOW

    database = open_database(app_url)
    try:
        before = _indexes(database)
        create_demo(database, seed=3, customers=40, now=NOW)
        assert _indexes(database) == before
        with database.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Customer)) == 40
    finally:
        database.close()
