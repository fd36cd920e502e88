"""Erasure probe (issue 14): erase people from a populated office and look for them everywhere.

    .venv/bin/python benchmarks/probes/erasure_leftovers.py [--customers 2000] [--people 20]

Builds the demo in a temporary folder, erases `--people` customers (a deletion on request each;
buyers among them keep their deals and receipts), then searches every text column of every
table and the raw bytes of the database file and its WAL for each erased name and phone
(a buyer's name is allowed in deal and receipt rows only). Prints the time per erasure and the
leftovers found (the goal: zero).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
KEPT_TABLES = {"deals", "receipts"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--people", type=int, default=20)
    args = parser.parse_args(argv)

    from sqlalchemy import inspect, select

    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.db.models import Customer
    from anjia_desk.services import customer_profile
    from anjia_desk.services.context import Actor
    from anjia_desk.services.demo import create_demo

    folder = Path(tempfile.mkdtemp(prefix="anjia-erasure-probe-"))
    path = folder / "office.db"
    database = open_database(str(path))
    create_demo(database, seed=11, customers=args.customers, now=NOW)
    system = Actor.system()
    with session_scope(database, system) as s:
        rows = s.execute(
            select(Customer.id, Customer.name, Customer.phone)
            .where(Customer.anonymised_at.is_(None), Customer.phone.is_not(None))
            .order_by(Customer.id)
        ).all()
    names = [r.name for r in rows]
    # Names no one else's name contains (a shared name is someone else's too), three or more
    # characters (a two-character name is also a piece of the search index of others).
    chosen = [r for r in rows if len(r.name) >= 3 and sum(r.name in other for other in names) == 1][
        : args.people
    ]
    times = []
    for row in chosen:
        started = time.perf_counter()
        with session_scope(database, system) as s:
            customer_profile.erase_personal_data(s, system, row.id, reason="本人要求", now=NOW)
        times.append(time.perf_counter() - started)

    leftovers: list[str] = []
    with database.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            columns = [c["name"] for c in inspect(connection).get_columns(table)]
            quoted = ", ".join(f'"{c}"' for c in columns)
            for values in connection.exec_driver_sql(f'SELECT {quoted} FROM "{table}"'):
                for column, value in zip(columns, values, strict=True):
                    if not isinstance(value, str):
                        continue
                    for row in chosen:
                        if row.phone in value or (row.name in value and table not in KEPT_TABLES):
                            leftovers.append(f"{table}.{column}: customer {row.id}")
    database.close()
    data = path.read_bytes() + (
        Path(f"{path}-wal").read_bytes() if Path(f"{path}-wal").exists() else b""
    )
    in_bytes = [r.id for r in chosen if r.phone.encode() in data]
    print(
        f"customers {args.customers}, erased {len(chosen)}, file {path.stat().st_size // 1024} KiB"
    )
    print(f"erasure (with the file rewritten): median {statistics.median(times):.3f} s")
    print(f"leftovers in columns: {len(leftovers)}; phones in the file bytes: {len(in_bytes)}")
    for line in leftovers[:20]:
        print("  ", line)
    return 0 if not leftovers and not in_bytes else 1


if __name__ == "__main__":
    raise SystemExit(main())
