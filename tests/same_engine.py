"""A second database on the engine a test runs on, and query plans read the same way on both
engines (issue 15): tests that compare a fast path with SQLAlchemy's own, or that check a query
reads an index, work on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from anjia_desk.db.engine import Database, open_database


@contextmanager
def second_database(database: Database, tmp_path: Path) -> Iterator[Database]:
    """An empty database with the app's schema on the same engine as `database`."""
    if database.engine.dialect.name == "postgresql":
        from tests import pg

        url = pg.fresh_database()
        other = open_database(url)
        try:
            yield other
        finally:
            other.close()
            pg.drop_database(url)
        return
    other = open_database(str(tmp_path / "reference.db"))
    try:
        yield other
    finally:
        other.close()


def _pg_nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", []):
        yield from _pg_nodes(child)


def plan_steps(connection: Connection, sql: str, parameters: Any = None) -> list[str]:
    """The steps of the statement's plan, one line each: SQLite's EXPLAIN QUERY PLAN details
    ("SEARCH customers USING INDEX …"), or PostgreSQL's nodes as "<node type> <table>
    <index>" ("Seq Scan customers", "Index Scan customers ix_customers_phone")."""
    if connection.dialect.name != "postgresql":
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters)
        return [str(row[-1]) for row in rows]
    raw = connection.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {sql}", parameters).scalar()
    plan = raw if isinstance(raw, list) else json.loads(raw)
    return [
        " ".join(
            part
            for part in (node["Node Type"], node.get("Relation Name"), node.get("Index Name"))
            if part
        )
        for node in _pg_nodes(plan[0]["Plan"])
    ]


def reads_whole_table(steps: list[str], table: str) -> bool:
    """Whether the plan reads every row of `table` (not one of its indexes)."""
    return any(
        step.startswith((f"SCAN {table} ", f"Seq Scan {table}")) or step == f"SCAN {table}"
        for step in steps
    )


def analyse(connection: Connection) -> None:
    """The planner's statistics of every table (PostgreSQL's ANALYZE, SQLite's)."""
    connection.exec_driver_sql("ANALYZE")
