"""What the probes share: a sandbox per run, the CLI as a black box, and the figures' output.

Every probe runs `python -m anjia_desk --db PATH ...` of this repository's `src` in a child
process with its own data folder ($ANJIA_DESK_HOME) and its own system temp folder ($TMPDIR,
$TEMP, $TMP), so that what the app leaves behind can be counted without other processes' noise.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
PASSPHRASE = "anjia-demo-backup"  # what `demo` sets; backups of demo databases need it
_CJK = re.compile(r"[\u3400-\u9fff]")
_FRAME = re.compile(r'File ".*", line \d+')


@dataclass
class Result:
    """One CLI run."""

    args: list[str]
    rc: int
    stdout: str
    stderr: str
    seconds: float
    rss_mb: float
    killed: bool = False  # killed by the probe (kill -9 or timeout)
    timed_out: bool = False

    @property
    def crashed(self) -> bool:
        """The process died on its own: a signal, an abort (134) or an exit code not in 0/1/2."""
        if self.killed:
            return False
        return self.rc < 0 or self.rc not in (0, 1, 2)

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.stderr or bool(
            _FRAME.search(self.stderr)
        )

    @property
    def lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]

    @property
    def one_chinese_line(self) -> bool:
        lines = self.lines
        return len(lines) == 1 and bool(_CJK.search(lines[0]))

    @property
    def first_line(self) -> str:
        lines = self.lines
        return lines[0][:90] if lines else ""


@dataclass
class Sandbox:
    """A private folder for one probe run: home (the app's data folder), tmp (its system temp)."""

    root: Path
    env: dict[str, str] = field(default_factory=dict)

    @classmethod
    def make(cls, name: str) -> Sandbox:
        root = Path(tempfile.mkdtemp(prefix=f"anjia-probe-{name}-"))
        for sub in ("home", "tmp", "work", "out"):
            (root / sub).mkdir()
        env = dict(os.environ)
        previous = env.get("PYTHONPATH", "")
        env["PYTHONPATH"] = str(SRC) + (os.pathsep + previous if previous else "")
        env["ANJIA_DESK_HOME"] = str(root / "home")
        for var in ("TMPDIR", "TEMP", "TMP"):
            env[var] = str(root / "tmp")
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["ANJIA_DESK_BACKUP_PASSPHRASE"] = PASSPHRASE
        env.pop("ANJIA_DESK_DB", None)
        return cls(root=root, env=env)

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def tmp(self) -> Path:
        return self.root / "tmp"

    @property
    def work(self) -> Path:
        return self.root / "work"

    @property
    def out(self) -> Path:
        return self.root / "out"

    def cleanup(self) -> None:
        for path in self.root.rglob("*"):
            with contextlib.suppress(OSError):
                path.chmod(0o700 if path.is_dir() else 0o600)
        shutil.rmtree(self.root, ignore_errors=True)


def cli_command(db: Path | str, *args: str) -> list[str]:
    return [sys.executable, "-m", "anjia_desk", "--db", str(db), *args]


def run_cli(
    sandbox: Sandbox,
    db: Path | str,
    *args: str,
    timeout: float = 300.0,
    kill_after: float | None = None,
    env: dict[str, str] | None = None,
) -> Result:
    """Run one CLI command; `kill_after` seconds → SIGKILL (the kill probes)."""
    return run_process(
        cli_command(db, *args), sandbox, timeout=timeout, kill_after=kill_after, env=env
    )


def run_process(
    command: Sequence[str],
    sandbox: Sandbox,
    *,
    timeout: float = 300.0,
    kill_after: float | None = None,
    env: dict[str, str] | None = None,
) -> Result:
    """Run a child with its own rusage (peak RSS of that child alone, from os.wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(command), stdout=out, stderr=err, env=env or sandbox.env, cwd=sandbox.work
        )
        state = {"killed": False, "timed_out": False}

        def kill(kind: str) -> None:
            if process.returncode is None:
                state[kind] = True
                with contextlib.suppress(ProcessLookupError):
                    os.kill(process.pid, signal.SIGKILL)

        timers = [threading.Timer(timeout, kill, ("timed_out",))]
        if kill_after is not None:
            timers.append(threading.Timer(kill_after, kill, ("killed",)))
        for timer in timers:
            timer.start()
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        for timer in timers:
            timer.cancel()
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    rss_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return Result(
        args=list(command),
        rc=process.returncode,
        stdout=stdout,
        stderr=stderr,
        seconds=seconds,
        rss_mb=rss_mb,
        killed=state["killed"] or state["timed_out"],
        timed_out=state["timed_out"],
    )


def make_demo(sandbox: Sandbox, path: Path, customers: int, seed: int = 1) -> Result:
    result = run_cli(sandbox, path, "demo", "--customers", str(customers), "--seed", str(seed))
    if result.rc != 0:
        raise SystemExit(f"probe could not run: demo failed ({result.rc}): {result.stderr[-400:]}")
    return result


def copy_db(source: Path, target: Path) -> Path:
    """A copy of a closed SQLite database (its -wal too, when one is left)."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    wal = Path(str(source) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(target) + "-wal"))
    return target


def sql(path: Path, query: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Read a SQLite database directly (read-only, no journal change)."""
    uri = f"file:{path}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=5)
    try:
        return list(connection.execute(query, tuple(params)))
    finally:
        connection.close()


def count(path: Path, table: str) -> int | None:
    try:
        return int(sql(path, f"SELECT count(*) FROM {table}")[0][0])
    except sqlite3.Error:
        return None


def files_under(folders: Iterable[Path]) -> dict[Path, int]:
    """Every file under the folders → its size."""
    found: dict[Path, int] = {}
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            try:
                if path.is_file():
                    found[path] = path.stat().st_size
            except OSError:
                continue
    return found


def new_files(
    before: dict[Path, int], after: dict[Path, int], expected: Iterable[Path]
) -> dict[Path, int]:
    """Files that appeared (or changed size) and are not among `expected`."""
    keep = {Path(p) for p in expected}
    return {p: n for p, n in after.items() if p not in keep and before.get(p) != n}


def table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> str:
    text_rows = [[str(c) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], _width(cell))
    lines = ["  ".join(_pad(h, widths[i]) for i, h in enumerate(headers))]
    lines.append("  ".join("-" * w for w in widths))
    for row in text_rows:
        lines.append("  ".join(_pad(c, widths[i]) for i, c in enumerate(row)))
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if _CJK.match(ch) or "\uff00" <= ch <= "\uffef" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def finish(name: str, figures: dict[str, Any], findings: Sequence[str]) -> int:
    """Print the findings and the one JSON line of figures; a probe measures, so it exits 0."""
    print()
    print(f"findings ({len(findings)}):")
    for finding in findings:
        print(f"  - {finding}")
    figures = {"probe": name, **figures, "findings": len(findings)}
    print(json.dumps(figures, ensure_ascii=False, sort_keys=False))
    return 0


def clip(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
