"""The customer list over 100,000 demo customers, against the bare SQL behind each step.

    .venv/bin/python benchmarks/customers.py [--customers 100000] [--rounds 7] [--queries 50]

Builds the demo database once in a temporary folder with `anjia-desk demo --customers N` (timed:
target ≤ 30 s), then measures, interleaved with the same query through plain sqlite3:
opening the list (all ids sorted by last contact + the first page of rows; target ≤ 150 ms),
search as you type — median and p95 over `--queries` typed queries of each kind: two Chinese
characters, four phone digits, pinyin initials (target p95 ≤ 30 ms) — and sorting by a column
(≤ 150 ms). Last, the peak memory of this process (≤ 250 MB). The list acts as the site manager.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.harness import interleaved, measure, report

PAGE = 200  # rows the list fetches at a time
ROW_COLUMNS = (
    "id, name, phone, phone_kind, grade, owner_id, protected_until, channel, last_contact_at, "
    "next_follow_up_on, visit_count, risk_index, created_at"
)
TARGETS = {"list": 0.150, "search_p95": 0.030, "sort": 0.150, "memory_mb": 250, "demo": 30.0}


def build(db: Path, customers: int) -> tuple[float, float]:
    """Run the demo command; its wall time and the child's CPU time."""
    env = dict(os.environ, ANJIA_DESK_HOME=str(db.parent / "home"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "anjia_desk",
            "--db",
            str(db),
            "demo",
            "--customers",
            str(customers),
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


CPU: dict[str, list[float]] = {}


def with_cpu(name: str, fn: Callable[[], object]) -> Callable[[], object]:
    """`fn`, also recording the process CPU time of each call: on a shared machine the wall
    time includes waiting for a core, the CPU time does not."""

    def run() -> object:
        start = time.process_time()
        result = fn()
        CPU.setdefault(name, []).append(time.process_time() - start)
        return result

    return run


def cpu_line(*names: str) -> None:
    parts = [f"{n}: {statistics.median(CPU[n]) * 1000:.1f} ms" for n in names if n in CPU]
    print("  CPU time, median: " + "; ".join(parts))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def four_digits(phone: str, rng: random.Random) -> str:
    """Four digits as someone types them: a run from the middle or the end (尾号)."""
    start = rng.randint(3, 7)
    return phone[start : start + 4]


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "OVER TARGET"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--queries", type=int, default=50)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="anjia-bench-customers-"))
    db = work / "bench.db"
    os.environ["ANJIA_DESK_HOME"] = str(work / "home")
    demo_wall, demo_cpu = build(db, args.customers)
    print(
        f"demo --customers {args.customers}: {demo_wall:.1f} s wall ({demo_cpu:.1f} s CPU), "
        f"target ≤ {TARGETS['demo']:.0f} s: {verdict(demo_wall, TARGETS['demo'])}"
    )

    from anjia_desk.db.engine import open_database
    from anjia_desk.services import customers as svc
    from anjia_desk.services import users
    from anjia_desk.services.demo import DEMO_PASSWORD

    database = open_database(str(db))
    with database.sessions() as s:
        actor = users.login(s, "jingli", DEMO_PASSWORD)
        s.commit()
    bare_db = sqlite3.connect(db)

    def app_list(query: svc.CustomerQuery) -> Callable[[], object]:
        def run() -> object:
            with database.sessions() as s:
                ids = svc.search_customer_ids(s, actor, query)
                return svc.customer_rows(s, actor, ids[:PAGE])

        return run

    def bare_list(where: str, params: tuple[object, ...], order: str) -> Callable[[], object]:
        # The same SQL the service writes: the whole list walks a covering index
        # (anonymised_at, column); a search scans the table once (`+` keeps SQLite off the
        # indexes) and sorts its matches.
        live = "+anonymised_at IS NULL" if where else "anonymised_at IS NULL"
        sql = f"SELECT id FROM customers WHERE {live}{where} ORDER BY {order}"

        def run() -> object:
            ids = [r[0] for r in bare_db.execute(sql, params)]
            page = ids[:PAGE]
            marks = ",".join("?" * len(page))
            rows = bare_db.execute(
                f"SELECT {ROW_COLUMNS} FROM customers WHERE id IN ({marks})", page
            ).fetchall()
            return len(ids), rows

        return run

    # Opening the list: every id by last contact, newest first, and the first page of rows.
    print()
    samples = interleaved(
        {
            "app: open the list": with_cpu("app list", app_list(svc.CustomerQuery())),
            "bare SQL": with_cpu("bare list", bare_list("", (), "last_contact_at DESC, id DESC")),
        },
        rounds=args.rounds,
    )
    report(
        f"Open the list ({args.customers} customers)",
        samples,
        app="app: open the list",
        bare="bare SQL",
    )
    cpu_line("app list", "bare list")
    opened = statistics.median(samples["app: open the list"])
    print(f"  target ≤ {TARGETS['list'] * 1000:.0f} ms: {verdict(opened, TARGETS['list'])}")

    # Search as you type: queries drawn from the data, each measured once, app and bare in turn.
    rng = random.Random(7)
    names = [n for (n,) in bare_db.execute("SELECT name FROM customers WHERE length(name) >= 3")]
    phones = [
        p for (p,) in bare_db.execute("SELECT phone FROM customers WHERE phone_kind = 'mobile'")
    ]
    initials = [i for (i,) in bare_db.execute("SELECT name_initials FROM customers")]
    kinds = {
        "two Chinese characters": [rng.choice(names)[:2] for _ in range(args.queries)],
        "four phone digits": [four_digits(rng.choice(phones), rng) for _ in range(args.queries)],
        "pinyin initials": [rng.choice(initials)[:2] for _ in range(args.queries)],
    }
    bare_where = {
        "two Chinese characters": lambda q: (" AND name LIKE ?", (f"%{q}%",)),
        "four phone digits": lambda q: (" AND phone LIKE ?", (f"%{q}%",)),
        "pinyin initials": lambda q: (" AND name_initials GLOB ?", (q + "*",)),
    }
    worst_p95 = 0.0
    for kind, queries in kinds.items():
        app_times: list[float] = []
        bare_times: list[float] = []
        app_list(svc.CustomerQuery(text=queries[0]))()  # warm-up
        for q in queries:
            where, params = bare_where[kind](q)
            app_times.append(measure(with_cpu(f"app {kind}", app_list(svc.CustomerQuery(text=q)))))
            bare_times.append(
                measure(
                    with_cpu(
                        f"bare {kind}", bare_list(where, params, "+last_contact_at DESC, id DESC")
                    )
                )
            )
        app_p95, bare_p95 = p95(app_times), p95(bare_times)
        worst_p95 = max(worst_p95, app_p95)
        print(
            f"\nSearch, {kind} ({len(queries)} typed queries, e.g. {queries[:3]})\n"
            f"  app      median {statistics.median(app_times) * 1000:6.1f} ms   "
            f"p95 {app_p95 * 1000:6.1f} ms\n"
            f"  bare SQL median {statistics.median(bare_times) * 1000:6.1f} ms   "
            f"p95 {bare_p95 * 1000:6.1f} ms\n"
            f"  ratio app / bare (median): "
            f"{statistics.median(app_times) / statistics.median(bare_times):.2f}x   "
            f"target p95 ≤ {TARGETS['search_p95'] * 1000:.0f} ms: "
            f"{verdict(app_p95, TARGETS['search_p95'])}"
        )
        cpu_line(f"app {kind}", f"bare {kind}")
        cpu_p95 = p95(CPU[f"app {kind}"])
        print(f"  CPU time p95 app: {cpu_p95 * 1000:.1f} ms")

    # Sorting by a column (a header click): the whole list again, in SQL.
    worst_sort = 0.0
    for sort, column, descending in (
        ("name", "name", False),
        ("next_due", "next_follow_up_on", False),
        ("visits", "visit_count", True),
    ):
        direction = "DESC" if descending else "ASC"
        print()
        samples = interleaved(
            {
                f"app: sort by {sort}": with_cpu(
                    f"app sort {sort}",
                    app_list(svc.CustomerQuery(sort=sort, descending=descending)),
                ),
                "bare SQL": with_cpu(
                    f"bare sort {sort}",
                    bare_list("", (), f"{column} {direction}, id {direction}"),
                ),
            },
            rounds=args.rounds,
        )
        report(f"Sort by {sort}", samples, app=f"app: sort by {sort}", bare="bare SQL")
        cpu_line(f"app sort {sort}", f"bare sort {sort}")
        sorted_ = statistics.median(samples[f"app: sort by {sort}"])
        worst_sort = max(worst_sort, sorted_)
        print(f"  target ≤ {TARGETS['sort'] * 1000:.0f} ms: {verdict(sorted_, TARGETS['sort'])}")

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(
        f"\nPeak memory of this process (list, searches, sorts): {peak_mb:.0f} MB, "
        f"target ≤ {TARGETS['memory_mb']} MB: {verdict(peak_mb, TARGETS['memory_mb'])}"
    )
    print(f"Load average at the end (this machine has {os.cpu_count()} cores): {os.getloadavg()}")
    print(
        "\nSummary: "
        f"demo {demo_wall:.1f} s (≤ 30 s), open list {opened * 1000:.0f} ms (≤ 150 ms), "
        f"worst search p95 {worst_p95 * 1000:.1f} ms (≤ 30 ms), "
        f"worst sort {worst_sort * 1000:.0f} ms (≤ 150 ms), peak memory {peak_mb:.0f} MB (≤ 250 MB)"
    )
    bare_db.close()
    database.close()


if __name__ == "__main__":
    main()
