"""The customer list, search as you type and 应收款 over PostgreSQL, against the bare SQL on the
same server (issue 15).

    .venv/bin/python benchmarks/pg_lists.py [--customers 100000 | --million] [--queries 50]
        [--rounds 7] [--deals 20000] [--port 56042]

Starts a throwaway cluster of its own (scripts/pg_cluster.sh on a private port; stopped at the
end), builds the demo with `anjia-desk --db postgresql://… demo --customers N` (timed), lets
the server analyse it (what autovacuum does after a load), then measures as
benchmarks/customers.py does on SQLite: opening the list (all ids in order + the first page of
rows; target ≤ 150 ms), search as you type — median and p95 over `--queries` typed queries of
each kind: two Chinese characters from a name, a whole two-character name, four phone digits,
pinyin initials (target p95 ≤ 30 ms at 100,000 customers, ≤ 50 ms at 1,000,000) — each against
the plain LIKE / ILIKE on the same server, and a sort by name. Then pg_trgm for substring search:
the bare LIKE with a trigram index on the names and on the phones against the app's own
structure. Last, the 应收款 view over `--deals` deals (benchmarks/receivables.py's data) against
its bare SQL. Ratios are app / bare; absolute times against the targets.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.customers import (
    CPU,
    PAGE,
    ROW_COLUMNS,
    cpu_line,
    four_digits,
    p95,
    verdict,
    with_cpu,
)
from benchmarks.harness import interleaved, measure, report

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"list": 0.150, "sort": 0.150, "receivables": 0.300}


def search_target(customers: int) -> float:
    return 0.030 if customers <= 100_000 else 0.050


def start_cluster(folder: Path, port: int) -> str:
    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "start", str(folder), str(port)],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def stop_cluster(folder: Path) -> None:
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "stop", str(folder)], check=False
    )


def create_database(admin: str, name: str) -> str:
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    return admin.rsplit("/", 1)[0] + "/" + name


def analyse(url: str) -> float:
    """VACUUM ANALYZE: the statistics and visibility map autovacuum gives a table after a load."""
    start = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return time.perf_counter() - start


def build_demo(url: str, customers: int, home: Path) -> tuple[float, float]:
    env = dict(os.environ, ANJIA_DESK_HOME=str(home), PYTHONPATH=str(ROOT / "src"))
    start = time.perf_counter()
    before = os.times()
    subprocess.run(
        [sys.executable, "-m", "anjia_desk", "--db", url, "demo", "--customers", str(customers)],
        env=env,
        check=True,
        capture_output=True,
    )
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return time.perf_counter() - start, cpu


def lists_and_search(url: str, args: argparse.Namespace) -> dict[str, float]:
    from anjia_desk.db.engine import open_database
    from anjia_desk.services import customers as svc
    from anjia_desk.services import users
    from anjia_desk.services.demo import DEMO_PASSWORD

    summary: dict[str, float] = {}
    database = open_database(url)
    with database.sessions() as s:
        actor = users.login(s, "jingli", DEMO_PASSWORD)
        s.commit()
    bare = psycopg.connect(url, autocommit=True)

    def app_list(query: svc.CustomerQuery) -> Callable[[], object]:
        def run() -> object:
            with database.sessions() as s:
                ids = svc.search_customer_ids(s, actor, query)
                return svc.customer_rows(s, actor, ids[:PAGE])

        return run

    def bare_list(where: str, params: tuple[object, ...], order: str) -> Callable[[], object]:
        sql = f"SELECT id FROM customers WHERE anonymised_at IS NULL{where} ORDER BY {order}"

        def run() -> object:
            ids = [r[0] for r in bare.execute(sql, params)]
            rows = bare.execute(
                f"SELECT {ROW_COLUMNS} FROM customers WHERE id = ANY(%s)", (ids[:PAGE],)
            ).fetchall()
            return len(ids), rows

        return run

    print()
    samples = interleaved(
        {
            "app: open the list": with_cpu("app list", app_list(svc.CustomerQuery())),
            "bare SQL": with_cpu(
                "bare list", bare_list("", (), "last_contact_at DESC NULLS LAST, id DESC")
            ),
        },
        rounds=args.rounds,
    )
    report(
        f"Open the list ({args.customers:,} customers)",
        samples,
        app="app: open the list",
        bare="bare SQL",
    )
    cpu_line("app list", "bare list")
    opened = summary["list"] = statistics.median(samples["app: open the list"])
    print(f"  target ≤ {TARGETS['list'] * 1000:.0f} ms: {verdict(opened, TARGETS['list'])}")

    rng = random.Random(7)
    names = [n for (n,) in bare.execute("SELECT name FROM customers WHERE length(name) >= 3")]
    pairs = [n for (n,) in bare.execute("SELECT name FROM customers WHERE length(name) = 2")]
    phones = [p for (p,) in bare.execute("SELECT phone FROM customers WHERE phone_kind='mobile'")]
    initials = [i for (i,) in bare.execute("SELECT name_initials FROM customers")]
    kinds = {
        "two Chinese characters": [rng.choice(names)[:2] for _ in range(args.queries)],
        "a two-character name": [rng.choice(pairs or names)[:2] for _ in range(args.queries)],
        "three characters of a name": [rng.choice(names)[-3:] for _ in range(args.queries)],
        "four phone digits": [four_digits(rng.choice(phones), rng) for _ in range(args.queries)],
        "pinyin initials": [rng.choice(initials)[:2] for _ in range(args.queries)],
    }
    plain: dict[str, Callable[[str], tuple[str, tuple[object, ...]]]] = {
        "two Chinese characters": lambda q: (" AND name ILIKE %s", (f"%{q}%",)),
        "a two-character name": lambda q: (" AND name ILIKE %s", (f"%{q}%",)),
        "three characters of a name": lambda q: (" AND name ILIKE %s", (f"%{q}%",)),
        "four phone digits": lambda q: (" AND phone LIKE %s", (f"%{q}%",)),
        "pinyin initials": lambda q: (" AND name_initials LIKE %s", (q + "%",)),
    }
    target = search_target(args.customers)
    worst = 0.0
    for kind, queries in kinds.items():
        app_times: list[float] = []
        bare_times: list[float] = []
        app_list(svc.CustomerQuery(text=queries[0]))()  # warm-up
        for q in queries:
            where, params = plain[kind](q)
            app_times.append(measure(with_cpu(f"app {kind}", app_list(svc.CustomerQuery(text=q)))))
            bare_times.append(
                measure(bare_list(where, params, "last_contact_at DESC NULLS LAST, id DESC"))
            )
        app_p95, bare_p95 = p95(app_times), p95(bare_times)
        worst = max(worst, app_p95)
        summary[f"search {kind}"] = app_p95
        print(
            f"\nSearch, {kind} ({len(queries)} typed queries, e.g. {queries[:3]})\n"
            f"  app                 median {statistics.median(app_times) * 1000:6.1f} ms   "
            f"p95 {app_p95 * 1000:6.1f} ms\n"
            f"  bare LIKE/ILIKE     median {statistics.median(bare_times) * 1000:6.1f} ms   "
            f"p95 {bare_p95 * 1000:6.1f} ms\n"
            f"  ratio app / bare (median): "
            f"{statistics.median(app_times) / statistics.median(bare_times):.2f}x   "
            f"target p95 ≤ {target * 1000:.0f} ms: {verdict(app_p95, target)}\n"
            f"  CPU time of the app's process: median "
            f"{statistics.median(CPU[f'app {kind}']) * 1000:.1f} ms, "
            f"p95 {p95(CPU[f'app {kind}']) * 1000:.1f} ms (the server's not included)"
        )
    summary["search p95 worst"] = worst

    print()
    samples = interleaved(
        {
            "app: sort by name": app_list(svc.CustomerQuery(sort="name", descending=False)),
            "bare SQL": bare_list("", (), 'name COLLATE "C" ASC, id ASC'),
            "bare SQL, database collation": bare_list("", (), "name ASC, id ASC"),
        },
        rounds=args.rounds,
    )
    report("Sort by name", samples, app="app: sort by name", bare="bare SQL")
    sorted_ = summary["sort"] = statistics.median(samples["app: sort by name"])
    print(f"  target ≤ {TARGETS['sort'] * 1000:.0f} ms: {verdict(sorted_, TARGETS['sort'])}")

    trigrams(bare, kinds, args.rounds)
    bare.close()
    database.close()
    return summary


def trigrams(bare: psycopg.Connection[Any], kinds: dict[str, list[str]], rounds: int) -> None:
    """pg_trgm for substring search: the bare LIKE answered from a trigram index, next to the
    same LIKE without one. Indexes made here are dropped again."""
    have = {
        name
        for (name,) in bare.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'customers' "
            "AND indexdef LIKE '%gin_trgm_ops%'"
        )
    }
    print(f"\npg_trgm (trigram GIN indexes already in the schema: {sorted(have) or 'none'})")
    cases = {
        "a two-character name": ("name", "ILIKE"),
        "three characters of a name": ("name", "ILIKE"),
        "four phone digits": ("phone", "LIKE"),
    }

    def timings(column: str, op: str, queries: list[str]) -> list[float]:
        sql = f"SELECT id FROM customers WHERE anonymised_at IS NULL AND {column} {op} %s"
        bare.execute(sql, (f"%{queries[0]}%",)).fetchall()
        return [
            measure(lambda q=q: bare.execute(sql, (f"%{q}%",)).fetchall())  # type: ignore[misc]
            for q in queries
            for _ in range(max(1, rounds // 7))
        ]

    bare.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    made: list[str] = []
    before: dict[str, list[float]] = {}
    for kind, (column, op) in cases.items():
        if not any(column in name for name in have):
            before[kind] = timings(column, op, kinds[kind])
    for column in ("name", "phone"):
        if not any(column in name for name in have):
            index = f"bench_trgm_{column}"
            bare.execute(f"CREATE INDEX {index} ON customers USING gin ({column} gin_trgm_ops)")
            made.append(index)
    bare.execute("ANALYZE customers")
    for kind, (column, op) in cases.items():
        after = timings(column, op, kinds[kind])
        without = before.get(kind)
        line = f"  {kind:<28} LIKE with a trigram index: p95 {p95(after) * 1000:6.1f} ms"
        if without is not None:
            line += f"; without: p95 {p95(without) * 1000:6.1f} ms"
        print(line)
    for index in made:
        bare.execute(f"DROP INDEX {index}")
    print(
        "  (a two-character text holds no trigram: pg_trgm reads the whole index for it; the app\n"
        "   answers names from customer_name_grams and phone digits from the schema's index)"
    )


def receivables_view(admin: str, deals: int, rounds: int) -> float:
    from benchmarks.receivables import NOW, OVERDUE_ONLY, PAYMENTS_SQL, ROWS_SQL, TODAY, build

    url = create_database(admin, "bench_receivables")
    counts: dict[str, int] = {}
    seconds = measure(lambda: counts.update(build(url, deals)))  # type: ignore[arg-type]
    analyse(url)
    print(
        f"\n应收款: built {counts['deals']:,} deals, {counts['installments']:,} installments, "
        f"{counts['receipts']:,} receipts in {seconds:.1f} s"
    )
    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services.context import Actor
    from anjia_desk.services.deal_views import ReceivableQuery
    from anjia_desk.services.receivables import receivables

    database = open_database(url)
    actor = Actor.system()
    bare = psycopg.connect(url, autocommit=True)
    overdue = OVERDUE_ONLY.format(today=TODAY.isoformat())

    def view(query: ReceivableQuery) -> Any:
        with session_scope(database, actor) as session:
            return receivables(session, actor, query, now=NOW)

    def sql(extra: str) -> Any:
        rows = bare.execute(ROWS_SQL.format(extra=extra)).fetchall()
        ids = [r[0] for r in rows if r[10] < TODAY and r[9] != "loan" and r[12] > 0]
        marks = ", ".join(["%s"] * len(ids))
        paid = bare.execute(PAYMENTS_SQL.format(marks=marks), ids).fetchall() if ids else []
        return rows, paid

    assert len(view(ReceivableQuery()).rows) == len(sql("")[0])
    samples = interleaved(
        {
            "receivables() all": lambda: view(ReceivableQuery()),
            "bare SQL all": lambda: sql(""),
            "receivables() overdue": lambda: view(ReceivableQuery(overdue_only=True)),
            "bare SQL overdue": lambda: sql(overdue),
        },
        rounds=rounds,
    )
    report(
        "应收款 view, all outstanding",
        {k: samples[k] for k in ("receivables() all", "bare SQL all")},
        app="receivables() all",
        bare="bare SQL all",
    )
    report(
        "应收款 view, 只看逾期",
        {k: samples[k] for k in ("receivables() overdue", "bare SQL overdue")},
        app="receivables() overdue",
        bare="bare SQL overdue",
    )
    median = statistics.median(samples["receivables() all"])
    print(
        f"  target ≤ {TARGETS['receivables'] * 1000:.0f} ms: "
        f"{verdict(median, TARGETS['receivables'])}"
    )
    bare.close()
    database.close()
    return median


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--million", action="store_true", help="1,000,000 customers")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--deals", type=int, default=20_000)
    parser.add_argument("--port", type=int, default=56042)
    args = parser.parse_args()
    if args.million:
        args.customers = 1_000_000

    work = Path(tempfile.mkdtemp(prefix="anjia-bench-pg-"))
    work.chmod(0o755)  # the server runs as `postgres` when this runs as root
    os.environ["ANJIA_DESK_HOME"] = str(work / "home")
    sys.path.insert(0, str(ROOT / "src"))
    cluster = work / "cluster"
    admin = start_cluster(cluster, args.port)
    try:
        url = create_database(admin, "bench")
        wall, cpu = build_demo(url, args.customers, work / "home")
        print(
            f"PostgreSQL {args.customers:,}-customer demo: {wall:.1f} s wall ({cpu:.1f} s CPU "
            f"in the app); VACUUM ANALYZE after it: {analyse(url):.1f} s"
        )
        summary = lists_and_search(url, args)
        summary["receivables"] = receivables_view(admin, args.deals, args.rounds)
    finally:
        stop_cluster(cluster)
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nLoad average at the end ({os.cpu_count()} cores): {os.getloadavg()}")
    target = search_target(args.customers)
    print(
        f"Summary ({args.customers:,} customers on PostgreSQL): open list "
        f"{summary['list'] * 1000:.0f} ms (≤ 150), worst search p95 "
        f"{summary['search p95 worst'] * 1000:.1f} ms (≤ {target * 1000:.0f}), sort by name "
        f"{summary['sort'] * 1000:.0f} ms (≤ 150), 应收款 {summary['receivables'] * 1000:.0f} ms "
        f"(≤ 300); CPU medians above"
    )


if __name__ == "__main__":
    main()
