"""What the operation layer's bookkeeping costs: the same reads and writes with and without
db/tracking.py recording their tables.

    .venv/bin/python benchmarks/tracking.py [--customers 2000] [--rounds 9]

Builds the demo (customers, 安家·云栖府's deals) in a temporary folder, then times, interleaved in
the same run: the 工作台 to-do list (many statements), the first page of the customer list (the
ids, then a page of rows), the deal page, and a settings write (ORM flush + audit), each inside
`tracking(reads=True)` as a page's load runs it, and bare. Prints medians and the ratios.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.harness import interleaved, report

NOW = datetime(2026, 6, 30, 2, 0, tzinfo=UTC)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)

    from sqlalchemy import select

    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.db.models import Deal
    from anjia_desk.db.tracking import tracking
    from anjia_desk.services.context import Actor
    from anjia_desk.services.customers import CustomerQuery, customer_rows, search_customer_ids
    from anjia_desk.services.deal_queries import deal_detail
    from anjia_desk.services.demo import create_demo
    from anjia_desk.services.settings import update_settings
    from anjia_desk.services.workbench import todo_for

    with tempfile.TemporaryDirectory(prefix="anjia-bench-") as folder:
        database = open_database(str(Path(folder) / "bench.db"))
        create_demo(database, customers=args.customers, now=NOW)
        actor = Actor.system()
        with session_scope(database, actor) as session:
            deal_id = session.scalars(select(Deal.id).order_by(Deal.id)).first()
        assert deal_id is not None
        minutes = iter(range(10**6))

        def todo(session: Any) -> Any:
            return todo_for(session, actor, now=NOW)

        def customers(session: Any) -> Any:
            ids = search_customer_ids(session, actor, CustomerQuery(), now=NOW)
            return customer_rows(session, actor, ids[:100], now=NOW)

        def deal(session: Any) -> Any:
            return deal_detail(session, actor, deal_id, now=NOW)

        def write(session: Any) -> Any:
            return update_settings(
                session, actor, {"security.lock_minutes": 5 + next(minutes) % 50}
            )

        def bare(work: Callable[[Any], Any]) -> Callable[[], Any]:
            def run() -> Any:
                with session_scope(database, actor) as session:
                    return work(session)

            return run

        def tracked(work: Callable[[Any], Any]) -> Callable[[], Any]:
            def run() -> Any:
                with tracking(reads=True), session_scope(database, actor) as session:
                    return work(session)

            return run

        for name, work in (
            ("工作台 todo_for", todo),
            ("customer list page", customers),
            ("deal page", deal),
            ("settings write", write),
        ):
            samples = interleaved(
                {f"{name} tracked": tracked(work), f"{name} bare": bare(work)},
                rounds=args.rounds,
            )
            report(name, samples, app=f"{name} tracked", bare=f"{name} bare")
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
