"""Hostile import files against `import customers FILE` (issue 14, "Files from outside").

    python benchmarks/probes/hostile_files.py [--quick] [--keep]

Builds the corpus of benchmarks/probes/corpus.py (≥ 40 files) in a temporary folder, makes one
demo database, and for every file runs, each on a fresh copy of that database:

- `import customers FILE --dry-run --json` (the database must not change), and
- `import customers FILE --json` (full mode; --quick only for the files expected to be read).

Per run: exit code, crashed (killed by a signal or rc 134 — the process died), a Python traceback
on stderr, stderr is one Chinese line (for a refusal), peak RSS of that child, seconds.
Findings: crashes, tracebacks, non-Chinese or multi-line refusals, files expected to be read that
were refused, a dry run that changed the database, /etc/passwd content anywhere, peak RSS over
500 MB, timeouts. Exits 0 whatever it finds: it is a measuring tool.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import time
import zipfile
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
    sql,
    table,
)
from benchmarks.probes.corpus import Case, build

RSS_LIMIT_MB = 500
PASSWD_MARK = "root:x:0:0"


def judge(case: Case, kind: str, result: Result, changed: bool) -> list[str]:
    found: list[str] = []
    where = f"{case.name} ({kind})"
    if result.timed_out:
        found.append(f"{where}: timed out after {result.seconds:.0f} s")
    if result.crashed:
        found.append(f"{where}: process crashed, rc {result.rc}")
    if result.traceback:
        found.append(f"{where}: Python traceback on stderr")
    if result.rc == 2 and not result.timed_out and not result.one_chinese_line:
        found.append(f"{where}: refusal is not one Chinese line: {clip(result.stderr, 80)!r}")
    if result.rc in (0, 1) and any(not _has_cjk(line) for line in result.lines):
        found.append(f"{where}: non-Chinese line on stderr: {clip(result.stderr, 80)!r}")
    if case.expect == "read" and result.rc == 2:
        found.append(f"{where}: a file to be read was refused: {result.first_line!r}")
    if case.expect == "refuse" and result.rc in (0, 1):
        found.append(f"{where}: a file to be refused was read (rc {result.rc})")
    if PASSWD_MARK in result.stdout + result.stderr:
        found.append(f"{where}: /etc/passwd content in the output (external entity expanded)")
    if result.rss_mb > RSS_LIMIT_MB:
        found.append(f"{where}: peak RSS {result.rss_mb:.0f} MB")
    if kind == "dry-run" and changed:
        found.append(f"{where}: the dry run changed the database")
    if result.rc in (0, 1) and "--json" in result.args:
        try:
            json.loads(result.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            found.append(f"{where}: --json printed no JSON line")
    return found


CONTROL_CHARS = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"} | set(
    "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\x7f"
)
_ENGLISH = re.compile(r"[A-Za-z]{3,}")
_ALLOWED_WORDS = {"Excel", "CSV", "JSON", "xlsx", "xls", "csv", "KB", "MB"}


def library_english(result: Result) -> bool:
    """The message quotes a library's English (e.g. "Cannot detect file format")."""
    words = _ENGLISH.findall(" ".join(result.lines))
    return any(w not in _ALLOWED_WORDS and not w.isupper() for w in words)


def extra_checks(case: Case, kind: str, result: Result, db: Path, report: Path | None) -> list[str]:
    """The issue's particular promises for some files."""
    where = f"{case.name} ({kind})"
    found: list[str] = []
    if case.check == "password" and "密码" not in result.stderr:
        found.append(
            f"{where}: a password-protected file is not named as such: {result.first_line!r}"
        )
    if case.check == "footer":
        data = _json(result)
        if result.rc != 0 or (data is not None and data.get("rejected")):
            found.append(f"{where}: the 合计/小计 footer is counted as an error row")
    if case.check == "dup_header" and kind == "import":
        texts = [result.stderr, *_report_texts(report)]
        if not any("列" in t and ("重复" in t or "两" in t or "多次" in t) for t in texts):
            found.append(f"{where}: a duplicated header column is not reported")
    if case.check == "controls" and kind == "import" and result.rc in (0, 1):
        try:
            stored = sql(db, "SELECT coalesce(name, '') || coalesce(notes, '') FROM customers")
        except sqlite3.Error as exc:
            found.append(f"{where}: probe could not read names: {exc}")
            stored = []
        bad = sum(1 for (text,) in stored if any(ch in CONTROL_CHARS for ch in text))
        if bad:
            found.append(f"{where}: {bad} stored names/notes keep control or bidi characters")
    return found


def formula_cells_in_export(sandbox: Sandbox, db: Path, where: str) -> list[str]:
    """Export the customers the formula file brought in: the workbook must hold no formula."""
    out = sandbox.out / "formula-export.xlsx"
    out.unlink(missing_ok=True)
    result = run_cli(sandbox, db, "export", "customers", "--out", str(out))
    if result.rc != 0 or not out.exists():
        return [f"{where}: probe could not run: export: {result.first_line!r}"]
    with zipfile.ZipFile(out) as z:
        parts = {n: z.read(n).decode("utf-8", "replace") for n in z.namelist()}
    formulas = sum(
        text.count("<f>") + text.count("<f ") for n, text in parts.items() if "worksheets" in n
    )
    if formulas:
        return [f"{where}: {formulas} formula cells in the export"]
    if not any("cmd|" in text or "SUM(" in text for text in parts.values()):
        return [f"{where}: probe could not verify: the imported formula text is not in the export"]
    return []


def _json(result: Result) -> dict[str, object] | None:
    try:
        data = json.loads(result.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None
    return data if isinstance(data, dict) else None


def _report_texts(report: Path | None) -> list[str]:
    if report is None or not report.exists():
        return []
    try:
        with zipfile.ZipFile(report) as z:
            raw = " ".join(
                z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml")
            )
    except (zipfile.BadZipFile, OSError):
        return []
    return re.findall(r"<t[^>]*>([^<]*)</t>", raw)


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def db_leaks(db: Path) -> bool:
    """/etc/passwd text stored in the database (external entity expanded into a row)."""
    try:
        return (
            PASSWD_MARK.encode() in db.read_bytes()
            or PASSWD_MARK.encode() in Path(str(db) + "-wal").read_bytes()
        )
    except FileNotFoundError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="dry runs, real imports of a few")
    parser.add_argument("--keep", action="store_true", help="keep the sandbox folder")
    parser.add_argument("--customers", type=int, default=None, help="demo customers")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per run")
    parser.add_argument("--only", default="", help="only the files whose name holds this text")
    args = parser.parse_args(argv)
    quick = args.quick
    timeout = args.timeout or (90.0 if quick else 600.0)
    sandbox = Sandbox.make("hostile")
    started = time.perf_counter()
    print(f"sandbox: {sandbox.root}")
    cases = [c for c in build(sandbox.root / "corpus", quick=quick) if args.only in c.name]
    print(f"corpus: {len(cases)} files")
    template = sandbox.work / "template.db"
    make_demo(sandbox, template, args.customers if args.customers is not None else 20)
    base_count = count(template, "customers")
    rows: list[list[object]] = []
    findings: list[str] = []
    figures = {
        "runs": 0,
        "crashes": 0,
        "tracebacks": 0,
        "non_chinese": 0,
        "library_english": 0,
        "timeouts": 0,
    }
    peak = 0.0
    for case in cases:
        kinds = ["dry-run"]
        if not quick or case.expect == "read" or case.check:
            kinds.append("import")
        for kind in kinds:
            db = copy_db(template, sandbox.work / "probe.db")
            report = sandbox.out / "report.xlsx" if kind == "import" else None
            if report is not None:
                report.unlink(missing_ok=True)
            extra = ["--dry-run"] if kind == "dry-run" else ["--report", str(report)]
            result = run_cli(
                sandbox,
                db,
                "import",
                "customers",
                str(case.path),
                *extra,
                "--json",
                timeout=timeout,
            )
            after = count(db, "customers")
            changed = kind == "dry-run" and after != base_count
            found = judge(case, kind, result, changed)
            found += extra_checks(case, kind, result, db, report)
            if case.check == "formula" and kind == "import" and result.rc in (0, 1):
                found += formula_cells_in_export(sandbox, db, f"{case.name} ({kind})")
            if db_leaks(db):
                found.append(f"{case.name} ({kind}): /etc/passwd text stored in the database")
            findings.extend(found)
            figures["runs"] += 1
            figures["crashes"] += int(result.crashed)
            figures["tracebacks"] += int(result.traceback)
            figures["timeouts"] += int(result.timed_out)
            figures["library_english"] += int(library_english(result))
            figures["non_chinese"] += int(
                result.rc == 2 and not result.timed_out and not result.one_chinese_line
            )
            peak = max(peak, result.rss_mb)
            rows.append(
                [
                    clip(case.name, 34),
                    kind,
                    case.expect,
                    result.rc,
                    "CRASH" if result.crashed else ("timeout" if result.timed_out else ""),
                    "tb" if result.traceback else "",
                    "yes" if result.one_chinese_line else "no",
                    f"{result.rss_mb:.0f}",
                    f"{result.seconds:.1f}",
                    (after - base_count) if after is not None and base_count is not None else "?",
                    clip(result.first_line, 46),
                ]
            )
            print(f"  {case.name} {kind}: rc {result.rc} {clip(result.first_line, 60)}", flush=True)
    print()
    print(
        table(
            rows,
            ["file", "run", "expect", "rc", "crash", "tb", "zh1", "MB", "s", "+rows", "stderr"],
        )
    )
    if not args.keep:
        sandbox.cleanup()
    return finish(
        "hostile_files",
        {
            "mode": "quick" if quick else "full",
            "files": len(cases),
            **figures,
            "peak_rss_mb": round(peak, 1),
            "seconds": round(time.perf_counter() - started, 1),
        },
        findings,
    )


if __name__ == "__main__":
    sys.exit(main())
