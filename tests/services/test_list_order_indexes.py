"""Issue 15: on PostgreSQL the whole customer list is read in its order from an index, in both
directions and for every column it sorts by (migration 0015_list_order) — no sort of the table.
With sorting and table scans priced out, a plan that still sorts means the index does not give
the order the services ask for (db.portable.sorted_as_sqlite)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from anjia_desk.db.models.customers import SORTED
from anjia_desk.services import customers as svc
from anjia_desk.services.context import Actor

#: The list's sort keys (services.customers._order) for each indexed column.
SORT_OF = {
    "name": "name",
    "phone": "phone",
    "grade": "grade",
    "channel": "channel",
    "last_contact_at": "last_contact",
    "next_follow_up_on": "next_due",
    "visit_count": "visits",
    "risk_index": "risk",
    "created_at": "created",
}


@pytest.mark.parametrize("column", SORTED)
@pytest.mark.parametrize("descending", [False, True], ids=["up", "down"])
def test_the_whole_list_reads_an_index_in_its_order(database, column, descending) -> None:
    if database.engine.dialect.name != "postgresql":
        pytest.skip("SQLite reads its covering index (anonymised_at, column) and sorts")
    query = svc.CustomerQuery(sort=SORT_OF[column], descending=descending)
    select_ = svc.customer_ids_select(Actor.system(), query, date(2026, 12, 6))
    sql = str(select_.compile(database.engine, compile_kwargs={"literal_binds": True}))
    with database.engine.connect() as conn:
        conn.execute(text("SET enable_sort = off"))
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(conn.execute(text(f"EXPLAIN {sql}")).scalars())
    assert f"ix_customers_list_{column}" in plan, plan
    assert "Sort" not in plan, plan
