"""`anjia-desk import customers FILE …` as DESIGN.md specifies: JSON, exit codes, stderr; and a
kill in the middle of the write leaves nothing of the file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from anjia_desk.cli import run

HEADER = ["客户姓名", "手机号", "意向等级"]


def write(path: Path, rows: list[list[object]]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("客户")
    for r, row in enumerate([HEADER, *rows]):
        ws.write_row(r, 0, row)
    book.close()
    return path


def last_json(out: str) -> dict[str, object]:
    lines = out.strip().splitlines()
    assert len(lines) == 1  # nothing else on stdout
    value = json.loads(lines[-1])
    assert isinstance(value, dict)
    return value


def customers_in(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT count(*) FROM customers").fetchone()[0])


def test_json_counts_add_up_and_exit_codes(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path / "a.xlsx",
        [["甲", "13800000001", "A"], ["乙", "bad", "A"], ["丙", "13800000001", "B"]],
    )
    report = tmp_path / "report.xlsx"
    args = ["--db", str(db_path), "import", "customers", str(path), "--json"]
    assert run([*args, "--report", str(report)]) == 1  # a row was rejected
    captured = capsys.readouterr()
    data = last_json(captured.out)
    assert data == {
        "rows": 3, "imported": 1, "updated": 0, "duplicates": 1, "skipped": 0, "rejected": 1,
        "written": True, "report": str(report),
    }  # fmt: skip
    assert data["rows"] == sum(
        int(data[k])  # type: ignore[call-overload]
        for k in ("imported", "updated", "duplicates", "skipped", "rejected")
    )
    err = captured.err.strip()
    assert "新增 1" in err and "\n" not in err
    assert openpyxl.load_workbook(report)["导入结果"].max_row == 4
    assert customers_in(db_path) == 1

    good = write(tmp_path / "b.xlsx", [["丁", "13800000002", "C"]])
    assert run(["--db", str(db_path), "import", "customers", str(good), "--json"]) == 0
    assert last_json(capsys.readouterr().out)["imported"] == 1


def test_strict_dry_run_and_modes(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "a.xlsx", [["甲", "13800000001", "A"], ["乙", "bad", "A"]])
    base = ["--db", str(db_path), "import", "customers", str(path), "--json"]
    assert run([*base, "--strict"]) == 1
    data = last_json(capsys.readouterr().out)
    assert (data["written"], data["skipped"], data["rejected"]) == (False, 1, 1)
    assert run([*base, "--dry-run"]) == 1
    data = last_json(capsys.readouterr().out)
    assert (data["written"], data["imported"]) == (False, 1)
    assert customers_in(db_path) == 0
    assert run([*base, "--mode", "update"]) == 1
    assert last_json(capsys.readouterr().out)["skipped"] == 1
    assert run([*base, "--mode", "both"]) == 1
    assert last_json(capsys.readouterr().out)["imported"] == 1
    assert customers_in(db_path) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["units", "{file}"], "找不到表头"),  # a customer sheet is not a unit sheet
        (["customers", "{missing}"], "文件不存在"),
        (["customers", "{bad}"], "不是"),
        (["customers", "{file}", "--report", "{nofolder}"], "输出文件夹不存在"),
        (["customers", "{file}", "--mode", "sideways"], "参数有误"),
        (["customers", "{file}", "--sheet", "无此表"], "没有名为"),
    ],
)
def test_refusals_exit_2_with_one_line(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    good = write(tmp_path / "a.xlsx", [["甲", "13800000001", "A"]])
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    names = {
        "file": str(good),
        "missing": str(tmp_path / "none.xlsx"),
        "bad": str(bad),
        "nofolder": str(tmp_path / "no" / "r.xlsx"),
    }
    filled = [a.format(**names) for a in args]
    assert run(["--db", str(db_path), "import", *filled, "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and message in captured.err
    assert "\n" not in captured.err.strip() and "Traceback" not in captured.err
    assert customers_in(db_path) == 0


def test_import_units(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO projects (name, permit_no, address, version, created_at, updated_at) "
            "VALUES ('安家·云栖府', '', '', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    path = tmp_path / "units.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("房源")
    rows: list[list[object]] = [
        ["项目", "楼栋", "单元", "楼层", "房号", "户型", "建筑面积(㎡)", "套内面积(㎡)",
         "备案价(元)", "表价(元)"],
        ["安家·云栖府", "3栋", "1单元", 8, "0801", "三室两厅", 120.5, 98, 1500000, 1450000],
        ["安家·云栖府", "3#", "1单元", 8, "0802", "两室两厅", 89, 70, 1000000, 990000],
        ["无此项目", "3栋", "1单元", 8, "0803", "", 89, 70, 1000000, 990000],
    ]  # fmt: skip
    for r, row in enumerate(rows):
        ws.write_row(r, 0, row)
    book.close()
    args = ["--db", str(db_path), "import", "units", str(path), "--json"]
    assert run(args) == 1  # one row rejected
    data = last_json(capsys.readouterr().out)
    assert (data["imported"], data["rejected"], data["written"]) == (2, 1, True)
    with sqlite3.connect(db_path) as conn:
        found = conn.execute(
            "SELECT b.name, u.room, u.status FROM units u JOIN buildings b ON b.id = u.building_id "
            "ORDER BY u.room"
        ).fetchall()
    assert found == [("3栋", "0801", "available"), ("3栋", "0802", "available")]
    assert run(args) == 1  # again: duplicates now, still the bad row
    data = last_json(capsys.readouterr().out)
    assert (data["imported"], data["duplicates"]) == (0, 2)


KILLED_IMPORT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from anjia_desk.db.engine import open_database
    from anjia_desk.services.context import Actor
    from anjia_desk.services.importing import ImportOptions, run_import

    database = open_database(sys.argv[1], create=False)
    rows = int(sys.argv[3])

    def progress(done, total):
        # The second half of the scale is the write: stop once half the rows are inside it.
        if total and done - rows >= rows // 2:
            print("HALF", done - rows, flush=True)
            time.sleep(120)

    run_import(database, Actor.system(), kind="customers", path=Path(sys.argv[2]),
               options=ImportOptions(), progress=progress)
    print("FINISHED", flush=True)
    """
)


def test_a_kill_in_the_middle_of_the_write_leaves_nothing(db_path: Path, tmp_path: Path) -> None:
    rows = 12_000
    path = write(
        tmp_path / "big.xlsx", [[f"客户{i}", str(13800000000 + i), "B"] for i in range(rows)]
    )
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(db_path), str(path), str(rows)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    ) as child:
        try:
            assert child.stdout is not None and child.stderr is not None
            line = child.stdout.readline()
            assert line.startswith("HALF"), child.stderr.read()
            assert int(line.split()[1]) >= rows // 2
            # The rows are in an open write transaction: nobody else can start one now.
            other = sqlite3.connect(db_path, timeout=0)
            try:
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
            finally:
                other.close()
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 0
        assert (
            conn.execute("SELECT count(*) FROM audit_log WHERE action='import'").fetchone()[0] == 0
        )
    # The database is intact: the same file imports afterwards.
    assert run(["--db", str(db_path), "import", "customers", str(path)]) == 0
    assert customers_in(db_path) == rows


def test_an_import_may_be_the_first_thing_a_new_office_does(tmp_path: Path) -> None:
    """Like `demo`, `import` creates the database when there is none yet."""
    path = write(tmp_path / "a.xlsx", [["甲", "13800000001", "A"]])
    new = tmp_path / "office.db"
    assert run(["--db", str(new), "import", "customers", str(path)]) == 0
    assert customers_in(new) == 1


def test_a_refused_import_leaves_no_new_database(tmp_path: Path) -> None:
    bad = tmp_path / "pic.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    new = tmp_path / "typo.db"
    assert run(["--db", str(new), "import", "customers", str(bad)]) == 2
    assert list(tmp_path.iterdir()) == [bad]


def test_web_system_xls_files_import_like_any_sheet(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14: HTML tables and SpreadsheetML saved as ".xls" said "找不到表头"; a footer row of
    合计 is left out of the counts; a protected workbook is named as such."""
    from tests.excel import hostile

    rows: list[list[str | int]] = [
        ["客户姓名", "手机号", "意向等级"],
        ["甲", "13800000001", "A"],
        ["乙", "bad", "A"],
        ["合计", "", 2],
    ]
    html = hostile.html_xls(tmp_path / "html.xls", [[str(v) for v in r] for r in rows])
    xml = hostile.spreadsheetml_xls(tmp_path / "xml.xls", [*rows[:3], ["丙", 13800000003, "B"]])
    report = tmp_path / "r.xlsx"
    base = ["--db", str(db_path), "import", "customers"]
    assert run([*base, str(html), "--json", "--dry-run", "--report", str(report)]) == 1
    data = last_json(capsys.readouterr().out)
    assert (data["rows"], data["imported"], data["rejected"], data["written"]) == (2, 1, 1, False)
    notes = dict(openpyxl.load_workbook(report)["说明"].iter_rows(min_row=2, values_only=True))
    assert str(notes["合计行（未导入）"]).startswith("第 4 行")
    assert run([*base, str(xml), "--json"]) == 1
    data = last_json(capsys.readouterr().out)
    assert (data["rows"], data["imported"], data["written"]) == (3, 2, True)
    assert customers_in(db_path) == 2

    locked = hostile.encrypted_ooxml(tmp_path / "locked.xlsx")
    assert run([*base, str(locked), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == "文件设有密码，请在 Excel 中取消密码后再导入"
