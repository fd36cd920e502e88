"""Probe (issue 14): damaged, zero-byte and foreign database files against every command.

    .venv/bin/python benchmarks/probes/database_files.py [--customers 200] [--damages 8]

A demo office is made once; then 4 KB is overwritten at `--damages` page-aligned places spread
over the file, and `backup` and `import` are run on each copy: the quick check must refuse both
(exit code 2), no backup file may appear, and the import may not change a byte. A zero-byte file
and another program's SQLite database (a table "foo") are given to demo, import, export, print,
backup and restore: each must exit 2 and leave the file's bytes, its journal mode and its folder
as they were. Prints the figures; exits 1 if any run broke the rule.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _run(argv: list[str]) -> tuple[int, str]:
    from anjia_desk import cli

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.run(argv)
    return code, err.getvalue()


def _sheet(path: Path) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("客户")
    for r, row in enumerate([["客户姓名", "手机号"], ["郑新客", "13912345678"]]):
        ws.write_row(r, 0, row)
    book.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=200)
    parser.add_argument("--damages", type=int, default=8)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="anjia-probe-files-"))
    os.environ["ANJIA_DESK_HOME"] = str(work / "home")
    from anjia_desk.services.demo import DEMO_BACKUP_PASSPHRASE

    os.environ["ANJIA_DESK_BACKUP_PASSPHRASE"] = DEMO_BACKUP_PASSPHRASE
    sys.stdin = io.StringIO("")
    broken: list[str] = []
    try:
        pristine = work / "pristine.db"
        code, err = _run(["--db", str(pristine), "demo", "--customers", str(args.customers)])
        assert code == 0, err
        sheet = _sheet(work / "customers.xlsx")
        out = work / "out"
        out.mkdir()
        a_backup = work / "good.anjiabak"
        assert _run(["--db", str(pristine), "backup", "--out", str(a_backup)])[0] == 0

        size = pristine.stat().st_size
        pages = size // 4096
        refused = 0
        for n in range(args.damages):
            copy = work / f"damaged-{n}.db"
            shutil.copyfile(pristine, copy)
            data = bytearray(copy.read_bytes())
            at = (1 + n * (pages - 2) // max(1, args.damages - 1)) * 4096
            data[at : at + 4096] = b"\x5a" * 4096
            copy.write_bytes(bytes(data))
            target = out / f"damaged-{n}.anjiabak"
            code, err = _run(["--db", str(copy), "backup", "--out", str(target)])
            refused += code == 2 and not target.exists()
            if code != 2 or target.exists():
                broken.append(f"backup of damaged copy {n} (offset {at}): exit {code} {err!r}")
            before = copy.read_bytes()
            code, err = _run(["--db", str(copy), "import", "customers", str(sheet)])
            refused += code == 2 and copy.read_bytes() == before
            if code != 2 or copy.read_bytes() != before:
                broken.append(f"import into damaged copy {n} (offset {at}): exit {code} {err!r}")
        print(
            f"damaged: {args.damages} copies × backup, import: {refused} refused, nothing written"
        )

        def commands(db: Path) -> dict[str, list[str]]:
            base = ["--db", str(db)]
            return {
                "demo": [*base, "demo", "--customers", "0"],
                "import": [*base, "import", "customers", str(sheet)],
                "export": [*base, "export", "customers", "--out", str(out / "x.xlsx")],
                "print": [*base, "print", "visitor-form", "--out", str(out / "x.pdf")],
                "backup": [*base, "backup", "--out", str(out / "x.anjiabak")],
                "restore": [*base, "restore", str(a_backup)],
            }

        for kind in ("zero-byte", "foreign"):
            tried = held = 0
            for name, argv in commands(work / kind / "data.db").items():
                if kind == "zero-byte" and name == "restore":
                    continue  # restoring over an empty file is the remedy, not a refusal
                folder = work / kind
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
                path = folder / "data.db"
                if kind == "zero-byte":
                    path.write_bytes(b"")
                else:
                    with sqlite3.connect(path) as conn:
                        conn.execute("CREATE TABLE foo (x)")
                    conn.close()
                before = path.read_bytes()
                for made in out.glob("x.*"):
                    made.unlink()
                code, err = _run(argv)
                tried += 1
                left = sorted(p.name for p in folder.iterdir())
                outputs = sorted(p.name for p in out.iterdir() if p.name.startswith("x."))
                if code != 2 or path.read_bytes() != before or left != ["data.db"] or outputs:
                    broken.append(f"{kind} {name}: exit {code}, files {left} {outputs} {err!r}")
                else:
                    held += 1
            print(f"{kind}: {tried} commands, {held} refused (exit 2) with the file untouched")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for line in broken:
        print("BROKEN:", line)
    print(f"broken: {len(broken)}")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
