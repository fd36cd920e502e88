"""Probe (issue 14): kill `demo` at random moments, then run `demo` again.

    .venv/bin/python benchmarks/probes/demo_kills.py [--kills 8] [--customers 500] [--seed 1]

Each round starts `anjia-desk demo` on a path where no file is, SIGKILLs it after a random delay
(drawn up to the length of one whole run, measured first), and looks at what is left: no file, an
empty database, or a complete demo are fine; anything else is "half-made". Then `demo` runs again
on the same path and must succeed unless the killed one had already finished. Prints the figures;
exits 1 if a kill left a half-made database or a second `demo` failed. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _demo(path: Path, customers: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "anjia_desk",
            "--db",
            str(path),
            "demo",
            "--customers",
            str(customers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _state(path: Path, customers: int) -> str:
    if not path.exists():
        return "no file"
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "users" not in tables:
            return "half-made (no schema)"
        users = conn.execute("SELECT count(*) FROM users").fetchone()[0]
        people = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        deals = conn.execute("SELECT count(*) FROM deals").fetchone()[0]
    conn.close()
    if (users, people, deals) == (0, 0, 0):
        return "empty"
    if people == customers and deals and users:
        return "complete"
    return f"half-made ({users} users, {people} customers, {deals} deals)"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument("--customers", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="anjia-probe-demo-"))
    env = dict(os.environ, ANJIA_DESK_HOME=str(work / "home"))
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p
    )
    broken: list[str] = []
    states: dict[str, int] = {}
    again_ok = 0
    try:
        started = time.monotonic()
        assert _demo(work / "whole.db", args.customers, env).wait() == 0
        whole = time.monotonic() - started
        print(f"one whole demo of {args.customers} customers: {whole:.1f} s")
        for n in range(args.kills):
            path = work / f"kill-{n}.db"
            delay = rng.uniform(0, whole)
            process = _demo(path, args.customers, env)
            time.sleep(delay)
            finished = process.poll() is not None
            process.send_signal(signal.SIGKILL)
            process.wait()
            state = _state(path, args.customers)
            states[state.split(" (")[0]] = states.get(state.split(" (")[0], 0) + 1
            if state.startswith("half-made"):
                broken.append(f"kill {n} after {delay:.2f} s: {state}")
            if state == "complete" or finished:
                continue
            code = _demo(path, args.customers, env).wait()
            if code == 0 and _state(path, args.customers) == "complete":
                again_ok += 1
            else:
                broken.append(f"kill {n} after {delay:.2f} s ({state}): demo again exit {code}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"kills: {args.kills}; left: {states}; demo afterwards succeeded: {again_ok}")
    for line in broken:
        print("BROKEN:", line)
    print(f"broken: {len(broken)}")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
