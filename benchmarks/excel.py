"""Excel import and export of 100,000 customers × 15 columns, against the bare libraries.

    .venv/bin/python benchmarks/excel.py [--rows 100000] [--rounds 3]

Makes one clean customer file (15 canonical columns) in a temporary folder, then, interleaved in
each round, every case in a fresh process (so each one's peak memory is its own):

- calamine: python-calamine reading every row of the file (the bare reader);
- import:   `run_import` of that file into an empty database, end to end, without a report
            (target ≤ 3× calamine);
- export:   `export_workbook` of 客户 from the imported database, end to end;
- bare write: xlsxwriter `constant_memory` writing the same cells as that export's 客户 sheet
            (read from it before the clock starts; target export ≤ 1.3× this).

Prints the medians, the ratios and each case's peak memory (target ≤ 400 MB).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"import": 3.0, "export": 1.3, "memory_mb": 400}
HEADERS = [
    "客户姓名", "手机号", "性别", "年龄段", "家庭结构", "来源渠道", "意向等级", "预算(万元)",
    "意向面积(㎡)", "意向户型", "置业目的", "客户类型", "关注点", "置业顾问", "登记日期",
]  # fmt: skip

PRELUDE = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    def done(seconds):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"seconds": seconds, "peak_mb": peak}))
    """
)
CASES = {  # in the order each round runs them
    "calamine": """
        from python_calamine import CalamineWorkbook
        start = time.perf_counter()
        book = CalamineWorkbook.from_path(sys.argv[1])
        rows = book.get_sheet_by_index(0).to_python()
        done(time.perf_counter() - start)
    """,
    "import": """
        from anjia_desk.db.engine import open_database
        from anjia_desk.services.context import Actor
        from anjia_desk.services.importing import ImportOptions, run_import
        database = open_database(sys.argv[2])
        start = time.perf_counter()
        result = run_import(database, Actor.system(), kind="customers", path=Path(sys.argv[1]),
                            options=ImportOptions())
        done(time.perf_counter() - start)
        assert result.imported == result.rows, result.as_json()
    """,
    "export": """
        from anjia_desk.db.engine import open_database, session_scope
        from anjia_desk.services.context import Actor
        from anjia_desk.services.exporting import ExportRequest, export_workbook
        database = open_database(sys.argv[1], create=False)
        actor = Actor.system()
        start = time.perf_counter()
        with session_scope(database, actor) as session:
            export_workbook(session, actor, ExportRequest(kinds=("customers",)), Path(sys.argv[2]))
        done(time.perf_counter() - start)
    """,
    "bare write": """
        import xlsxwriter
        from datetime import date, datetime
        from decimal import Decimal
        from python_calamine import CalamineWorkbook
        rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
        header, body = rows[0], rows[1:]
        start = time.perf_counter()
        book = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True,
            "strings_to_formulas": False, "strings_to_urls": False})
        sheet = book.add_worksheet("客户")
        day = book.add_format({"num_format": "yyyy-mm-dd"})
        money = book.add_format({"num_format": "#,##0.00"})
        for c, text in enumerate(header):
            sheet.write_string(0, c, text)
        for r, row in enumerate(body, 1):
            for c, value in enumerate(row):
                if value == "":
                    continue
                if isinstance(value, str):
                    sheet.write_string(r, c, value)
                elif isinstance(value, (date, datetime)):
                    sheet.write_datetime(r, c, value, day)
                else:
                    sheet.write_number(r, c, value, money)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, len(body), len(header) - 1)
        book.close()
        done(time.perf_counter() - start)
    """,
}


def make_file(path: Path, rows: int) -> None:
    import datetime as dt
    import random

    import xlsxwriter

    rng = random.Random(4)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("客户")
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, HEADERS)
    surnames, given = (
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗",
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平",
    )
    for r in range(1, rows + 1):
        name = rng.choice(surnames) + rng.choice(given) + rng.choice(given)
        sheet.write_string(r, 0, name)
        sheet.write_string(r, 1, str(13000000000 + r * 7919 % 6_999_999_999))
        sheet.write_string(r, 2, rng.choice("男女"))
        sheet.write_string(r, 3, rng.choice(["25-29", "30-39", "40-49", "50-59"]))
        sheet.write_string(r, 4, rng.choice(["单身", "二人世界", "三口之家", "三代同堂"]))
        sheet.write_string(r, 5, rng.choice(["房产门户", "自然到访", "老带新", "渠道带看"]))
        sheet.write_string(r, 6, rng.choice("ABC"))
        sheet.write_number(r, 7, rng.choice([150, 200, 250, 300, 400]))
        sheet.write_number(r, 8, rng.choice([75, 89, 105, 120, 143]))
        sheet.write_string(r, 9, rng.choice(["两房两厅", "三房两厅", "四房两厅"]))
        sheet.write_string(r, 10, rng.choice(["自住", "投资"]))
        sheet.write_string(r, 11, rng.choice(["刚需", "改善", "投资"]))
        sheet.write_string(r, 12, rng.choice(["交通", "教育配套、交通", "商业配套"]))
        sheet.write_string(r, 13, rng.choice(["李娜", "王强", "陈静", "赵磊"]))
        sheet.write_datetime(r, 14, dt.date(2026, 1, 1) + dt.timedelta(days=r % 300), day)
    book.close()


def run_case(name: str, *args: str) -> dict[str, float]:
    code = PRELUDE + textwrap.dedent(CASES[name])
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT
    )
    if result.returncode != 0:
        raise SystemExit(f"{name} failed:\n{result.stderr}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="anjia-bench-excel-"))
    try:
        source = folder / "customers.xlsx"
        make_file(source, args.rows)
        print(f"{args.rows} rows × {len(HEADERS)} columns: {source.stat().st_size / 1e6:.1f} MB")
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in CASES}
        for i in range(args.rounds):
            db = folder / f"import-{i}.db"
            samples["calamine"].append(run_case("calamine", str(source)))
            samples["import"].append(run_case("import", str(source), str(db)))
            export_file = folder / f"export-{i}.xlsx"
            samples["export"].append(run_case("export", str(db), str(export_file)))
            # The bare writer writes the very cells of that export (read before its clock starts).
            bare = str(folder / "bare.xlsx")
            samples["bare write"].append(run_case("bare write", str(export_file), bare))
            for path in (db, export_file):
                path.unlink(missing_ok=True)
        med = {n: statistics.median(s["seconds"] for s in v) for n, v in samples.items()}
        peak = {n: max(s["peak_mb"] for s in v) for n, v in samples.items()}
        print(f"median of {args.rounds} interleaved rounds, each case in its own process:")
        for name in CASES:
            print(f"  {name:<12} {med[name]:7.2f} s   peak {peak[name]:6.0f} MB")
        imp, exp = med["import"] / med["calamine"], med["export"] / med["bare write"]
        print(f"  ratio import / calamine:   {imp:.2f}x (target ≤ {TARGETS['import']}x)")
        print(f"  ratio export / bare write: {exp:.2f}x (target ≤ {TARGETS['export']}x)")
        worst = max(peak["import"], peak["export"])
        verdict = "ok" if worst <= TARGETS["memory_mb"] else "OVER"
        print(
            f"  peak memory import / export: {peak['import']:.0f} / {peak['export']:.0f} MB "
            f"(target ≤ {TARGETS['memory_mb']} MB) {verdict}"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
