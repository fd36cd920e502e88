"""Probe: hostile and odd import files against `anjia-desk import customers FILE --json`.

    .venv/bin/python benchmarks/probes/hostile_imports.py [--keep DIR]

Builds each file by hand (tests/excel/hostile.py, tests/excel/books.py), runs the command line
on it in a process of its own with a fresh database, and checks what issue 14 promises: every
file is read (exit 0 or 1, one JSON line) or refused (exit 2, one Chinese line on stderr) —
never a crash (the reader's panic was exit 134), never a traceback. Prints one line per file
and the totals; exits 1 when any file broke the promise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.excel import books, hostile  # noqa: E402

Maker = Callable[[Path], Path]
HEADER = ["客户姓名", "手机号", "意向等级"]
GOOD = [HEADER, ["张伟", "13800000001", "A"], ["李娜", "13900000002", "B"]]


def _text(name: str, data: str | bytes) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return path

    return make


def _makers() -> dict[str, Maker]:
    makers: dict[str, Maker] = {}
    for style in ("regular", "bare", "single", "prefixed", "late"):
        for dimension in ("A1:B2", None):
            makers[f"stray XFD1048576 {style} dim={dimension}"] = (
                lambda folder, s=style, d=dimension: hostile.stray_cell_xlsx(
                    folder / "stray.xlsx", dimension=d, style=s
                )
            )
    for stray in ("Z999999", "AC1048576", "A1048577", "XFD1", "A1048576"):
        makers[f"stray {stray}"] = lambda folder, s=stray: hostile.stray_cell_xlsx(
            folder / "s.xlsx", stray=s
        )
    makers["stray XFD1048576 in a part outside xl/worksheets"] = lambda folder: (
        hostile.xlsx_by_hand(
            folder / "moved.xlsx",
            hostile.sheet_xml(dimension="A1:B2", stray="XFD1048576"),
            part="data/s.xml",
        )
    )
    makers["zip bomb 600 MB"] = lambda folder: books.zip_bomb(folder / "bomb.xlsx")
    makers["xlsx good"] = lambda folder: books.xlsx(folder / "ok.xlsx", {"客户": GOOD})

    def truncated(folder: Path) -> Path:
        source = books.xlsx(folder / "t0.xlsx", {"客户": GOOD})
        path = folder / "t.xlsx"
        path.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
        return path

    makers["xlsx truncated"] = truncated
    makers["html utf-8"] = lambda folder: hostile.html_xls(folder / "h.xls", GOOD)
    makers["html gbk"] = lambda folder: hostile.html_xls(folder / "g.xls", GOOD, encoding="gb18030")
    makers["html without a table"] = _text("p.xls", "<html><body>会话已过期</body></html>")
    makers["html colspan 10^9"] = _text("c.xls", '<table><tr><td colspan="999999999">x</td></tr>')
    makers["html unclosed"] = _text("u.xls", "<table><tr><td>手机号<tr><td>13800000001")
    makers["spreadsheetml"] = lambda folder: hostile.spreadsheetml_xls(folder / "x.xls", GOOD)
    makers["spreadsheetml billion laughs"] = lambda folder: hostile.spreadsheetml_xls(
        folder / "l.xls", [*GOOD, ["&lol9;", "13700000003"]], doctype=hostile.BILLION_LAUGHS
    )

    def external(folder: Path) -> Path:
        secret = folder / "secret.txt"
        secret.write_text("TOPSECRET")
        rows = [*GOOD, ["&secret;", "13700000003"]]
        doctype = hostile.external_entity(secret)
        return hostile.spreadsheetml_xls(folder / "e.xls", rows, doctype=doctype)

    makers["spreadsheetml external entity"] = external
    ss = "urn:schemas-microsoft-com:office:spreadsheet"
    makers["spreadsheetml far index"] = _text(
        "f.xls",
        f'<?xml version="1.0"?><Workbook xmlns="{ss}" xmlns:ss="{ss}"><Worksheet ss:Name="S">'
        '<Table><Row ss:Index="1048576"><Cell ss:Index="16384"><Data ss:Type="String">x</Data>'
        "</Cell></Row></Table></Worksheet></Workbook>",
    )
    makers["spreadsheetml malformed"] = _text("m.xls", '<?xml version="1.0"?><Workbook><Row>')
    makers["xml not a workbook"] = _text("r.xls", '<?xml version="1.0"?><rss/>')
    makers["encrypted xlsx (CFB)"] = lambda folder: hostile.encrypted_ooxml(folder / "enc.xlsx")
    makers["encrypted xls (FILEPASS)"] = lambda folder: hostile.encrypted_xls(
        folder / "enc.xls", books.xls(folder / "plain.xls", {"S": GOOD})
    )
    makers["damaged CFB"] = _text("d.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    makers["png renamed xlsx"] = _text("p.xlsx", books.PNG)
    makers["empty file"] = _text("e.xlsx", b"")
    makers["footer rows"] = lambda folder: books.xlsx(
        folder / "sum.xlsx", {"客户": [*GOOD, ["合计", None, 2]]}
    )
    makers["repeated header"] = lambda folder: books.xlsx(
        folder / "dup.xlsx", {"客户": [[*HEADER, "手机号"], ["张伟", "13800000001", "A", "1"]]}
    )
    makers["bidi and controls"] = lambda folder: books.xlsx(
        folder / "bidi.xlsx", {"客户": [HEADER, ["张\u202e伟\u200b\x07", "13800000001", "A"]]}
    )
    return makers


def _probe(name: str, make: Maker, folder: Path) -> dict[str, object]:
    case = folder / f"case{abs(hash(name)) % 10**8}"
    case.mkdir()
    path = make(case)
    command = [
        sys.executable, "-m", "anjia_desk", "--db", str(case / "a.db"), "import", "customers",
        str(path), "--json",
    ]  # fmt: skip
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    seconds = time.perf_counter() - start
    err = done.stderr.strip()
    ok = done.returncode in (0, 1, 2) and "Traceback" not in err and "\n" not in err
    if done.returncode in (0, 1):
        try:
            data = json.loads(done.stdout.strip().splitlines()[-1])
            counts = ("imported", "updated", "duplicates", "skipped", "rejected")
            ok = ok and data["rows"] == sum(data[k] for k in counts)
        except (ValueError, IndexError, KeyError):
            ok = False
    elif done.returncode == 2:
        ok = ok and done.stdout == "" and bool(err)
    return {"name": name, "rc": done.returncode, "ok": ok, "s": seconds, "said": err[:90]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="build the files here and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="anjia-probe-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = [_probe(name, make, folder) for name, make in _makers().items()]
    for r in results:
        mark = "ok " if r["ok"] else "BAD"
        print(f"{mark} rc={r['rc']:<3} {r['s']:5.1f}s  {r['name']:<38} {r['said']}")
    bad = [r for r in results if not r["ok"]]
    crashed = [r for r in results if r["rc"] not in (0, 1, 2)]
    print(
        f"files tried: {len(results)}; read: {sum(r['rc'] in (0, 1) for r in results)}; "
        f"refused: {sum(r['rc'] == 2 for r in results)}; crashed: {len(crashed)}; "
        f"broke the promise: {len(bad)}"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
