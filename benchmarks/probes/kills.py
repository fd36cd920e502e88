"""kill -9 at random (seeded) points of import, export, backup, restore and demo (issue 14).

    python benchmarks/probes/kills.py [--quick] [--kills N] [--seed S] [--rows N]

Each operation is first run once unkilled (its duration D; the backup made there is the one
restored later). Then, per kill, on a fresh copy of the database in its own folder, the
operation is started and SIGKILLed at a uniform moment between the app's start-up time (a
`print visitor-form`) and 0.97 × D. After each kill:

- opens: a harmless command (`print visitor-form`) on the database succeeds;
- old-or-new: the customer count is the old one or the new one (import: +rows, restore: the
  backup's), never between; a killed `demo` database accepts `demo` again;
- leftovers: files in the database folder, the output folder, the app's data folder and the
  system temp folder ($TMPDIR, private to the probe) that appeared since the start and are not
  the database (with -wal/-shm), a complete output, the log file, an upgrade backup or the copy a
  restore keeps — counted with their bytes right after the kill, and again after the next
  command ("leftovers after next command"; before it, the leftovers' times are set back by
  --age-hours, default 2, as the next start comes later and a sweep may spare files younger
  than an hour). Plaintext database copies kept beside the data
  (upgrade-backups/, *.replaced-*) are counted separately.
Exits 0 whatever it finds.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sqlite3
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.probes.common import (
    Result,
    Sandbox,
    clip,
    copy_db,
    count,
    files_under,
    finish,
    make_demo,
    new_files,
    run_cli,
    sql,
    table,
)
from benchmarks.probes.corpus import _many_rows

OPERATIONS = ("import", "export", "backup", "restore", "demo")


@dataclass
class Op:
    name: str
    duration: float = 0.0
    backup_size: int = 0
    fingerprint: tuple[int | None, ...] = ()


def _is_kept_copy(path: Path) -> bool:
    return "upgrade-backups" in path.parts or ".replaced-" in path.name


def _is_encrypted_backup(path: Path) -> bool:
    """An encrypted backup in the backup folder (a restore keeps the database it replaced so,
    pruned with the backups): not a leftover, and not plaintext."""
    if path.suffix != ".anjiabak" or "backups" not in path.parts:
        return False
    try:
        with path.open("rb") as stream:
            return stream.read(8).startswith(b"ANJIA")
    except OSError:
        return False


def _is_normal(path: Path, db: Path) -> bool:
    """The database itself, the app's log file, this PC's ID-number key of the database: never
    leftovers."""
    names = {db.name, db.name + "-wal", db.name + "-shm", db.name + "-journal"}
    if path.name in names or path.suffix == ".log" or ".log." in path.name:
        return True
    return path.parent.name == "keys" and path.name == f"id-key-{_database_id(db)}.key"


def _database_id(db: Path) -> str | None:
    try:
        rows = sql(db, "SELECT value FROM settings WHERE key = 'database.id'")
    except sqlite3.Error:
        return None
    return str(rows[0][0]).strip('"') if rows else None


def _complete(op: str, out: Path, backup_size: int) -> bool:
    """Whether the output at `out` is whole (a partial one is a leftover)."""
    if not out.exists():
        return False
    if op == "export":
        try:
            with zipfile.ZipFile(out) as z:
                return z.testzip() is None
        except (zipfile.BadZipFile, OSError):
            return False
    if op == "backup":
        return out.stat().st_size >= 0.9 * backup_size
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--kills", type=int, default=None, help="kills per operation")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the import file")
    parser.add_argument("--customers", type=int, default=None, help="demo customers")
    parser.add_argument(
        "--age-hours",
        type=float,
        default=2.0,
        help="leftovers are made this much older before the next command (0: as they are)",
    )
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    quick = args.quick
    kills = args.kills or (1 if quick else 12)
    customers = args.customers or (300 if quick else 5000)
    demo_customers = 200 if quick else 500  # the demo that is killed
    rows_n = args.rows if not quick or args.rows != 100_000 else 20_000
    rng = random.Random(args.seed)
    sandbox = Sandbox.make("kills")
    started = time.perf_counter()
    print(f"sandbox: {sandbox.root}")
    template = sandbox.root / "template" / "office.db"
    template.parent.mkdir()
    make_demo(sandbox, template, customers)
    base = count(template, "customers") or 0
    big = _many_rows(sandbox.root / "template" / "big.xlsx", rows_n + 1)
    print(f"demo: {base} customers; import file: {rows_n} rows ({big.stat().st_size >> 10} KB)")

    def fresh(label: str) -> tuple[Path, Path]:
        folder = sandbox.work / label
        folder.mkdir(parents=True, exist_ok=True)
        out = sandbox.out / label
        out.mkdir(parents=True, exist_ok=True)
        return copy_db(template, folder / "office.db"), out

    # A database a restore replaces: the template plus 5 customers, so old ≠ new.
    small = sandbox.root / "template" / "small.csv"
    small.write_text(
        "客户姓名,手机号\n" + "".join(f"还原前{i},1350000{i:04d}\n" for i in range(5)),
        encoding="utf-8",
    )

    def command(op: str, db: Path, out: Path, backup: Path) -> list[str]:
        if op == "import":
            return ["import", "customers", str(big)]
        if op == "export":
            return ["export", "all", "--out", str(out / "export.xlsx")]
        if op == "backup":
            return ["backup", "--out", str(out / "office.anjiabak")]
        if op == "restore":
            return ["restore", str(backup)]
        return ["demo", "--customers", str(demo_customers)]

    def expected_out(op: str, out: Path) -> Path | None:
        return {"export": out / "export.xlsx", "backup": out / "office.anjiabak"}.get(op)

    def prepare(op: str, label: str) -> tuple[Path, Path]:
        db, out = fresh(label)
        if op == "demo":
            for part in db.parent.glob("office.db*"):
                part.unlink()
        if op == "restore":
            added = run_cli(sandbox, db, "import", "customers", str(small))
            if added.rc != 0:
                raise SystemExit(f"probe could not run: import before restore: {added.stderr}")
        return db, out

    # Calibration: each operation once, unkilled.
    ops = {name: Op(name) for name in OPERATIONS}
    backup = sandbox.root / "template" / "office.anjiabak"
    findings: list[str] = []
    for name in ("backup", "import", "export", "restore", "demo"):
        db, out = prepare(name, f"calibrate-{name}")
        result = run_cli(sandbox, db, *command(name, db, out, backup), timeout=1800)
        ops[name].duration = result.seconds
        ops[name].fingerprint = _fingerprint(db)
        print(f"calibrate {name}: rc {result.rc} in {result.seconds:.1f} s", flush=True)
        if result.rc not in (0, 1):
            findings.append(f"{name} (unkilled): rc {result.rc}: {clip(result.stderr, 80)}")
        if name == "backup":
            made = out / "office.anjiabak"
            if made.exists():
                backup.write_bytes(made.read_bytes())
                ops[name].backup_size = made.stat().st_size
            else:
                raise SystemExit("probe could not run: the calibration backup made no file")
    old_by_op = {"import": base, "restore": base + 5}
    # Python and the app's imports take this long before any work: kills land after it.
    db, out = fresh("startup")
    startup = run_cli(sandbox, db, "print", "visitor-form", "--out", str(out / "f.pdf")).seconds
    print(f"start-up (print visitor-form): {startup:.1f} s")

    rows: list[list[object]] = []
    totals = {
        "kills": 0,
        "survived": 0,
        "opens_failed": 0,
        "not_old_or_new": 0,
        "demo_again_failed": 0,
        "leftover_files": 0,
        "leftover_bytes": 0,
        "leftover_files_after_next": 0,
        "leftover_bytes_after_next": 0,
        "plaintext_copies": 0,
        "plaintext_copy_bytes": 0,
    }
    for name in OPERATIONS:
        op = ops[name]
        for i in range(kills):
            label = f"{name}-{i}"
            db, out = prepare(name, label)
            watched = [db.parent, out, sandbox.tmp, sandbox.home]
            before = files_under(watched)
            at = rng.uniform(min(0.8 * startup, 0.5 * op.duration), 0.97 * op.duration)
            result = run_cli(sandbox, db, *command(name, db, out, backup), kill_after=at)
            totals["kills"] += int(result.killed)
            after = files_under(watched)
            target = expected_out(name, out)
            keep = [
                p for p in after if _is_normal(p, db) or _is_kept_copy(p) or _is_encrypted_backup(p)
            ]
            if target is not None and _complete(name, target, op.backup_size):
                keep.append(target)
            left = new_files(before, after, keep)
            copies = {p: n for p, n in after.items() if _is_kept_copy(p)}
            # The next command comes later: the leftovers are made older first (a sweep may
            # spare young files, which can belong to a backup running in another window).
            back = time.time() - args.age_hours * 3600
            for path in left:
                with contextlib.suppress(OSError):
                    os.utime(path, (back, back))
            # The database is old or new. For demo this is read, and demo run again, before the
            # check command: printing is audited, and an audit line is data demo rightly refuses.
            demo_again: Result | None = None
            print_: tuple[int | None, ...] = ()
            if name == "demo":
                print_ = _fingerprint(db)
                old_or_new = print_ == op.fingerprint or not any(print_)
                demo_again = run_cli(sandbox, db, "demo", "--customers", "20")
            # The database opens.
            check = run_cli(sandbox, db, "print", "visitor-form", "--out", str(out / "check.pdf"))
            customers_now = count(db, "customers")
            opens = check.rc == 0
            if name == "demo":
                pass
            elif name in old_by_op:
                old_or_new = customers_now in {old_by_op[name], op.fingerprint[0]}
            else:
                old_or_new = customers_now == base
            after_next = files_under(watched)
            keep_next = [*keep, out / "check.pdf"]
            keep_next += [
                p
                for p in after_next
                if _is_normal(p, db) or _is_kept_copy(p) or _is_encrypted_backup(p)
            ]
            left_next = new_files(before, after_next, keep_next)
            # A demo killed after its one commit is a whole demo, which demo rightly refuses.
            whole_demo = name == "demo" and print_ == op.fingerprint
            if demo_again is not None and demo_again.rc != 0 and whole_demo:
                demo_again = None
            survived = opens and old_or_new and (demo_again is None or demo_again.rc == 0)
            totals["survived"] += int(survived and result.killed)
            totals["opens_failed"] += int(not opens)
            totals["not_old_or_new"] += int(not old_or_new)
            totals["demo_again_failed"] += int(demo_again is not None and demo_again.rc != 0)
            totals["leftover_files"] += len(left)
            totals["leftover_bytes"] += sum(left.values())
            totals["leftover_files_after_next"] += len(left_next)
            totals["leftover_bytes_after_next"] += sum(left_next.values())
            totals["plaintext_copies"] += len(copies)
            totals["plaintext_copy_bytes"] += sum(copies.values())
            if not result.killed:
                findings.append(f"{label}: finished (rc {result.rc}) before the kill at {at:.1f} s")
            if not opens:
                findings.append(
                    f"{label}: database does not open after the kill: {check.first_line}"
                )
            if not old_or_new:
                findings.append(f"{label}: {customers_now} customers: neither old nor new")
            if demo_again is not None and demo_again.rc != 0:
                findings.append(f"{label}: demo on the killed database: {demo_again.first_line}")
            for path, size in left_next.items():
                findings.append(
                    f"{label}: leftover after the next command: {_short(path, sandbox)} ({size} B)"
                )
            rows.append(
                [
                    label,
                    f"{at:.1f}",
                    "yes" if result.killed else "no",
                    "yes" if opens else "NO",
                    customers_now,
                    "yes" if old_or_new else "NO",
                    "" if demo_again is None else demo_again.rc,
                    f"{len(left)}/{sum(left.values()) >> 10}K",
                    f"{len(left_next)}/{sum(left_next.values()) >> 10}K",
                    f"{len(copies)}/{sum(copies.values()) >> 10}K",
                ]
            )
            print(
                f"  {label}: killed at {at:.1f} s, opens {opens}, leftovers {len(left)}", flush=True
            )
    print()
    print(
        table(
            rows,
            [
                "run",
                "kill@s",
                "killed",
                "opens",
                "customers",
                "old|new",
                "demo",
                "left",
                "left after next",
                "plain copies",
            ],
        )
    )
    if not args.keep:
        sandbox.cleanup()
    return finish(
        "kills",
        {
            "mode": "quick" if quick else "full",
            "rows": rows_n,
            "leftover_age_hours": args.age_hours,
            **totals,
            "seconds": round(time.perf_counter() - started, 1),
        },
        findings,
    )


FINGERPRINT = ("customers", "users", "visits", "follow_ups", "deals", "receipts", "units")


def _fingerprint(db: Path) -> tuple[int | None, ...]:
    """Row counts of the main tables: a whole demo has its calibration run's, an empty one none."""
    return tuple(count(db, name) for name in FINGERPRINT)


def _short(path: Path, sandbox: Sandbox) -> str:
    try:
        return str(path.relative_to(sandbox.root))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
