"""Two processes writing at once (issue 14): numbers unique and gap-free, no crash, busy → exit 2.

    python benchmarks/probes/concurrency.py [--quick] [--ops N] [--rounds N]

Part 1 — services: two driver processes each issue queue numbers (services.tickets.issue_ticket,
one transaction per number) for their own customers as fast as they can. Afterwards every
project's numbers must be unique and run 1..max without a gap; every failure must be a UserError
with a Chinese message (busy, or an office rule), never another exception.
Part 2 — CLI: pairs of commands started together on one database (import ‖ import,
import ‖ export, backup ‖ import): no crash, no traceback, rc 2 only with one Chinese line, and
the customer count is the start plus the rows of the imports that said they wrote.
Exits 0 whatever it finds.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.probes.common import (
    Result,
    Sandbox,
    clip,
    copy_db,
    count,
    finish,
    make_demo,
    run_cli,
    run_process,
    sql,
    table,
)

DRIVER = r"""
import json, sys, time, traceback
from decimal import Decimal
db, worker, ops, project = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
out = {"ok": 0, "user_errors": {}, "other": [], "seconds": 0.0}
try:
    from anjia_desk.core.errors import UserError
    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services import tickets
    from anjia_desk.services.context import Actor
    from sqlalchemy import text
except Exception as exc:
    out["other"].append("probe could not run: " + repr(exc))
    print(json.dumps(out)); sys.exit(0)
database = open_database(db, create=False)
actor = Actor.system()
with database.sessions() as s:
    query = text("SELECT id FROM customers WHERE anonymised_at IS NULL ORDER BY id")
    ids = [r[0] for r in s.execute(query)]
mine = [c for i, c in enumerate(ids) if i % 2 == worker][:ops]
start = time.perf_counter()
for customer in mine:
    try:
        with session_scope(database, actor) as session:
            tickets.issue_ticket(session, actor, project_id=project, customer_id=customer,
                                 amount=Decimal("20000"))
        out["ok"] += 1
    except UserError as exc:
        key = exc.message[:60]
        out["user_errors"][key] = out["user_errors"].get(key, 0) + 1
    except Exception as exc:
        out["other"].append(type(exc).__name__ + ": " + str(exc)[:200])
out["seconds"] = time.perf_counter() - start
database.close()
print(json.dumps(out, ensure_ascii=False))
"""

BUSY_WORDS = ("忙", "锁", "占用", "稍后", "正在")


def run_pair(
    sandbox: Sandbox, db: Path, first: list[str], second: list[str]
) -> tuple[Result, Result]:
    results: list[Result | None] = [None, None]

    def go(i: int, argv: list[str]) -> None:
        results[i] = run_cli(sandbox, db, *argv, timeout=600)

    threads = [threading.Thread(target=go, args=(i, a)) for i, a in enumerate((first, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results[0] is not None and results[1] is not None
    return results[0], results[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--ops", type=int, default=None, help="queue numbers per driver")
    parser.add_argument("--rounds", type=int, default=None, help="CLI pairs per kind")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    quick = args.quick
    ops = args.ops or (150 if quick else 1500)
    rounds = args.rounds or (1 if quick else 6)
    sandbox = Sandbox.make("concurrency")
    started = time.perf_counter()
    print(f"sandbox: {sandbox.root}")
    template = sandbox.root / "template.db"
    make_demo(sandbox, template, 2 * ops + 50)
    findings: list[str] = []
    figures: dict[str, object] = {"mode": "quick" if quick else "full"}

    # Part 1: queue numbers from two drivers.
    db = copy_db(template, sandbox.work / "tickets.db")
    project = sql(db, "SELECT min(id) FROM projects")[0][0]
    before_numbers = Counter(r[0] for r in sql(db, "SELECT project_id FROM queue_tickets"))
    outs: list[dict[str, object]] = [{}, {}]
    results: list[Result | None] = [None, None]

    def drive(worker: int) -> None:
        command = [sys.executable, "-c", DRIVER, str(db), str(worker), str(ops), str(project)]
        results[worker] = run_process(command, sandbox, timeout=1800)

    threads = [threading.Thread(target=drive, args=(w,)) for w in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for worker, result in enumerate(results):
        assert result is not None
        if result.crashed or result.traceback:
            findings.append(f"driver {worker}: crashed or traceback: {clip(result.stderr, 120)}")
        try:
            outs[worker] = json.loads(result.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            findings.append(f"probe could not run: driver {worker} printed no result")
    ok = sum(int(str(o.get("ok", 0))) for o in outs)
    user_errors: Counter[str] = Counter()
    others: list[str] = []
    for o in outs:
        errors = o.get("user_errors")
        if isinstance(errors, dict):
            user_errors.update({str(k): int(v) for k, v in errors.items()})
        other = o.get("other")
        if isinstance(other, list):
            others.extend(str(x) for x in other)
    for text_ in others:
        findings.append(f"driver: not a UserError: {clip(text_, 120)}")
    busy = sum(n for m, n in user_errors.items() if any(w in m for w in BUSY_WORDS))
    numbers = sql(db, "SELECT project_id, number FROM queue_tickets ORDER BY project_id, number")
    by_project: dict[int, list[int]] = {}
    for project_id, number in numbers:
        by_project.setdefault(project_id, []).append(number)
    duplicates = gaps = 0
    for project_id, values in by_project.items():
        seen = Counter(values)
        dup = sum(n - 1 for n in seen.values() if n > 1)
        missing = len(set(range(1, max(values) + 1)) - set(values))
        duplicates += dup
        gaps += missing
        if dup:
            findings.append(f"project {project_id}: {dup} duplicated queue numbers")
        if missing:
            findings.append(f"project {project_id}: {missing} queue numbers missing (gaps)")
    written = len(numbers) - sum(before_numbers.values())
    if written != ok:
        findings.append(f"drivers counted {ok} numbers issued, the database holds {written} new")
    print(
        table(
            [[m, n] for m, n in user_errors.most_common()] or [["(none)", 0]],
            ["refusal message (UserError)", "n"],
        )
    )
    figures.update(
        {
            "ticket_ops": 2 * ops,
            "tickets_issued": ok,
            "refused_user_error": sum(user_errors.values()),
            "refused_busy": busy,
            "other_exceptions": len(others),
            "duplicate_numbers": duplicates,
            "gaps": gaps,
            "driver_seconds": round(
                max(float(str(o.get("seconds", 0.0))) for o in outs) if outs else 0.0, 1
            ),
        }
    )

    # Part 2: CLI commands in pairs.
    rows: list[list[object]] = []
    files = []
    for i in range(2 * rounds):
        path = sandbox.root / f"batch{i}.csv"
        lines = "".join(
            f"并发{i}-{j},13{i:02d}{j:07d}\n" for j in range(2000 if not quick else 800)
        )
        path.write_text("客户姓名,手机号\n" + lines, encoding="utf-8")
        files.append(path)
    pairs = []
    for r in range(rounds):
        a, b = files[2 * r], files[2 * r + 1]
        pairs.append(
            ("import‖import", ["import", "customers", str(a)], ["import", "customers", str(b)])
        )
        pairs.append(
            (
                "import‖export",
                ["import", "customers", str(a)],
                ["export", "all", "--out", str(sandbox.out / f"all{r}.xlsx")],
            )
        )
        pairs.append(
            (
                "backup‖import",
                ["backup", "--out", str(sandbox.out / f"b{r}.anjiabak")],
                ["import", "customers", str(b)],
            )
        )
    cli_runs = cli_busy = cli_bad = 0
    for kind, first, second in pairs:
        db = copy_db(template, sandbox.work / "cli.db")
        base = count(db, "customers") or 0
        one, two = run_pair(sandbox, db, first, second)
        expected = base
        for argv_, result in ((first, one), (second, two)):
            cli_runs += 1
            if argv_[0] == "import" and result.rc in (0, 1) and "已写入数据库" in result.stderr:
                expected += _imported(result)
            if result.rc == 2:
                cli_busy += 1
            bad = (
                result.crashed
                or result.traceback
                or (result.rc == 2 and not result.one_chinese_line)
            )
            cli_bad += int(bad)
            if bad:
                findings.append(f"{kind} {argv_[0]}: rc {result.rc}: {clip(result.stderr, 100)}")
        now = count(db, "customers")
        if now != expected:
            findings.append(f"{kind}: {now} customers, expected {expected} from what was said")
        rows.append(
            [
                kind,
                one.rc,
                clip(one.first_line, 40),
                two.rc,
                clip(two.first_line, 40),
                now == expected,
            ]
        )
    print()
    print(table(rows, ["pair", "rc1", "stderr1", "rc2", "stderr2", "count ok"]))
    figures.update(
        {
            "cli_runs": cli_runs,
            "cli_refused": cli_busy,
            "cli_bad": cli_bad,
            "seconds": round(time.perf_counter() - started, 1),
        }
    )
    if not args.keep:
        sandbox.cleanup()
    return finish("concurrency", figures, findings)


def _imported(result: Result) -> int:
    """新增 N from the import's one-line summary."""
    text_ = result.stderr
    at = text_.find("新增 ")
    digits = ""
    for ch in text_[at + 3 :] if at >= 0 else "":
        if not ch.isdigit():
            break
        digits += ch
    return int(digits or 0)


if __name__ == "__main__":
    sys.exit(main())
