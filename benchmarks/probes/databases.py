"""Every command against locked, read-only, damaged, zero-byte, foreign and newer databases.

    python benchmarks/probes/databases.py [--quick] [--keep]

States (each made fresh from one demo database per run):
  locked-immediate  another process holds BEGIN IMMEDIATE on it for the whole command
  locked-exclusive  the same with BEGIN EXCLUSIVE (rollback-journal mode, so readers wait too)
  read-only         the file cannot be written (chattr +i as root, else chmod 444)
  damaged           4 KB of random bytes written over the middle of the file
  zero-byte         an existing empty file
  foreign           another program's SQLite file (rollback journal, a table of its own)
  newer-schema      a demo database stamped with an alembic revision this app does not know
Commands: export customers, print visitor-form, print receipt, backup, import, demo, restore.

Per run: exit code, whether an output file was left (in the output folder), whether the
database file's bytes or journal mode changed, whether stderr is one Chinese line, and whether
the audit log gained an entry when an output was written. Findings: crashes, tracebacks,
non-Chinese refusals, "refused" (rc 2) with an output left, an output without its audit entry,
a zero-byte / foreign / newer database that was not refused or was changed, a damaged database
that was backed up or imported into. Exits 0 whatever it finds.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.probes.common import (
    Sandbox,
    clip,
    copy_db,
    files_under,
    finish,
    make_demo,
    run_cli,
    sql,
    table,
)

STATES = (
    "locked-immediate",
    "locked-exclusive",
    "read-only",
    "damaged",
    "zero-byte",
    "foreign",
    "newer-schema",
)
COMMANDS = ("export", "print-form", "print-receipt", "backup", "import", "demo", "restore")
#: Commands whose output the audit log must name.
AUDITED = {"export", "print-form", "print-receipt", "backup"}

LOCKER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
c.execute("BEGIN " + sys.argv[2])
print("locked", flush=True)
time.sleep(900)
"""


def digest(path: Path) -> str:
    if not path.exists():
        return "-"
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def journal_mode(path: Path) -> str:
    try:
        if path.stat().st_size < 100:
            return "-"
        header = path.read_bytes()[:20]
        # Bytes 18/19 of the header: 2 = WAL, 1 = rollback journal.
        return "wal" if header[18:20] == b"\x02\x02" else "delete"
    except OSError:
        return "?"


def audit_count(path: Path) -> int | None:
    try:
        return int(sql(path, "SELECT count(*) FROM audit_log")[0][0])
    except (sqlite3.Error, IndexError):
        return None


def immutable(path: Path, on: bool) -> bool:
    try:
        done = subprocess.run(
            ["chattr", "+i" if on else "-i", str(path)], capture_output=True, check=False
        )
        return done.returncode == 0
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer states × commands")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    quick = args.quick
    sandbox = Sandbox.make("databases")
    started = time.perf_counter()
    print(f"sandbox: {sandbox.root}")
    template = sandbox.root / "template.db"
    make_demo(sandbox, template, 30)
    receipt = sql(template, "SELECT min(id) FROM receipts")[0][0] or 1
    good_backup = sandbox.root / "good.anjiabak"
    made = run_cli(sandbox, template, "backup", "--out", str(good_backup))
    if made.rc != 0:
        print(f"probe could not run: backup of the demo database: {made.stderr}")
    small = sandbox.root / "small.csv"
    small.write_text("客户姓名,手机号\n库态一,13600001111\n库态二,13600001112\n", encoding="utf-8")
    states = STATES
    commands = COMMANDS if not quick else ("export", "print-form", "backup", "import", "demo")
    rows: list[list[object]] = []
    findings: list[str] = []
    figures = {
        "runs": 0,
        "crashes": 0,
        "tracebacks": 0,
        "non_chinese": 0,
        "refused_but_left_output": 0,
        "output_without_audit": 0,
        "db_changed_when_it_must_not": 0,
        "accepted_when_it_must_refuse": 0,
    }
    for state in states:
        for command in commands:
            folder = sandbox.work / f"{state}-{command}"
            folder.mkdir()
            out_dir = sandbox.out / f"{state}-{command}"
            out_dir.mkdir()
            db = folder / "office.db"
            locker: subprocess.Popen[str] | None = None
            frozen = False
            try:
                _make_state(state, template, db)
                if state == "read-only":
                    frozen = immutable(db, True)
                    if not frozen:
                        db.chmod(0o444)
                before_digest, before_mode = digest(db), journal_mode(db)
                before_audit = audit_count(db)
                if state.startswith("locked"):
                    locker = subprocess.Popen(
                        [sys.executable, "-c", LOCKER, str(db), state.split("-")[1].upper()],
                        stdout=subprocess.PIPE,
                        text=True,
                    )
                    assert locker.stdout is not None
                    locker.stdout.readline()
                before_out = files_under([out_dir])
                argv_ = _argv(command, out_dir, receipt, small, good_backup)
                result = run_cli(sandbox, db, *argv_, timeout=180)
            finally:
                if locker is not None:
                    locker.kill()
                    locker.wait()
                if frozen:
                    immutable(db, False)
            left = {p: n for p, n in files_under([out_dir]).items() if p not in before_out}
            after_digest, after_mode = digest(db), journal_mode(db)
            after_audit = audit_count(db)
            changed = after_digest != before_digest
            # A database without an audit log before (zero-byte) gains one when it is made.
            gained = after_audit is not None and after_audit > (before_audit or 0)
            found = _judge(
                state, command, result.rc, bool(left), changed, gained, before_mode, after_mode
            )
            if result.crashed:
                found.append(f"process crashed, rc {result.rc}")
            if result.traceback:
                found.append("Python traceback on stderr")
            if result.rc == 2 and not result.one_chinese_line:
                found.append(f"refusal is not one Chinese line: {clip(result.stderr, 70)!r}")
            findings.extend(f"{state} × {command}: {f}" for f in found)
            figures["runs"] += 1
            figures["crashes"] += int(result.crashed)
            figures["tracebacks"] += int(result.traceback)
            figures["non_chinese"] += int(result.rc == 2 and not result.one_chinese_line)
            figures["refused_but_left_output"] += int(result.rc == 2 and bool(left))
            figures["output_without_audit"] += int(command in AUDITED and bool(left) and not gained)
            figures["db_changed_when_it_must_not"] += int(
                any("changed" in f or "journal" in f for f in found)
            )
            figures["accepted_when_it_must_refuse"] += int(any("not refused" in f for f in found))
            rows.append(
                [
                    state,
                    command,
                    result.rc,
                    "yes" if left else "",
                    "yes" if changed else "",
                    f"{before_mode}→{after_mode}" if before_mode != after_mode else before_mode,
                    "yes" if result.one_chinese_line else "no",
                    "" if not left else ("yes" if gained else "NO"),
                    f"{result.seconds:.1f}",
                    clip(result.first_line, 50),
                ]
            )
            print(
                f"  {state} × {command}: rc {result.rc} {clip(result.first_line, 60)}", flush=True
            )
    print()
    print(
        table(
            rows,
            [
                "state",
                "command",
                "rc",
                "output",
                "db changed",
                "journal",
                "zh1",
                "audited",
                "s",
                "stderr",
            ],
        )
    )
    if not args.keep:
        sandbox.cleanup()
    return finish(
        "databases",
        {
            "mode": "quick" if quick else "full",
            **figures,
            "seconds": round(time.perf_counter() - started, 1),
        },
        findings,
    )


def _argv(command: str, out: Path, receipt: int, small: Path, backup: Path) -> list[str]:
    return {
        "export": ["export", "customers", "--out", str(out / "customers.xlsx")],
        "print-form": ["print", "visitor-form", "--out", str(out / "form.pdf")],
        "print-receipt": ["print", "receipt", "--id", str(receipt), "--out", str(out / "r.pdf")],
        "backup": ["backup", "--out", str(out / "office.anjiabak")],
        "import": ["import", "customers", str(small)],
        "demo": ["demo", "--customers", "10"],
        "restore": ["restore", str(backup)],
    }[command]


def _make_state(state: str, template: Path, db: Path) -> None:
    if state in ("locked-immediate", "locked-exclusive", "read-only", "damaged", "newer-schema"):
        copy_db(template, db)
    if state == "locked-exclusive":
        connection = sqlite3.connect(db)
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.close()
    if state == "damaged":
        size = db.stat().st_size
        rng = random.Random(4096)
        with db.open("r+b") as handle:
            handle.seek(size // 2 - 2048)
            handle.write(bytes(rng.getrandbits(8) for _ in range(4096)))
    elif state == "zero-byte":
        db.write_bytes(b"")
    elif state == "foreign":
        connection = sqlite3.connect(db)
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        connection.executemany(
            "INSERT INTO recipes (title) VALUES (?)", [(f"菜谱{i}",) for i in range(500)]
        )
        connection.commit()
        connection.close()
    elif state == "newer-schema":
        connection = sqlite3.connect(db)
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
        connection.close()
    # A -wal/-shm left by copy_db or sqlite3 belongs with the file; nothing else is made.
    for suffix in ("-shm",):
        part = Path(str(db) + suffix)
        if part.exists():
            part.unlink()


def _judge(
    state: str,
    command: str,
    rc: int,
    left: bool,
    changed: bool,
    gained: bool,
    before_mode: str,
    after_mode: str,
) -> list[str]:
    found: list[str] = []
    if rc == 2 and left:
        found.append("refused (rc 2) yet an output file was left")
    if command in AUDITED and left and not gained:
        found.append("an output was written without its audit entry")
    must_refuse = state in ("zero-byte", "foreign", "newer-schema") and command != "restore"
    if state == "damaged" and command in ("backup", "import", "export"):
        must_refuse = True
    if must_refuse and rc != 2:
        found.append(f"not refused (rc {rc})")
    if state in ("zero-byte", "foreign", "newer-schema") and command != "restore" and changed:
        found.append("the database file was changed")
    if before_mode != after_mode and state == "foreign" and command != "restore":
        found.append(f"journal mode changed {before_mode} → {after_mode}")
    return found


if __name__ == "__main__":
    sys.exit(main())
