"""`anjia-desk export …` as DESIGN.md specifies, and the round trip: an unmasked export of 客户
re-imports into an empty database with zero rejected rows and the same values."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from anjia_desk.cli import run
from anjia_desk.db.engine import open_database
from anjia_desk.services.demo import create_demo

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
#: The columns of 客户 an import reads back (the rest of the sheet is for reading only).
IMPORTED_COLUMNS = 19


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    database = open_database(str(db_path))
    try:
        create_demo(database, customers=300, now=NOW)
    finally:
        database.close()
    return db_path


def sheet_rows(path: Path, sheet: str) -> list[list[object]]:
    ws = openpyxl.load_workbook(path)[sheet]
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_export_all_customers_followups_and_masking(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.xlsx"
    assert run(["--db", str(demo_db), "export", "all", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "已导出" in err and "\n" not in err.strip()
    book = openpyxl.load_workbook(out)
    # Customers known only by a masked or virtual number have their own sheet after 客户.
    assert book.sheetnames == [
        "客户",
        "号码待补全客户",
        "跟进记录",
        "交易",
        "应收款",
        "催款记录",
        "退房",
        "投诉",
    ]
    flagged = [r[1] for r in sheet_rows(out, "号码待补全客户")[1:]]
    assert flagged and all("****" in p or "转" in p for p in flagged)
    phones = [r[1] for r in sheet_rows(out, "客户")[1:]]
    assert phones and all(isinstance(p, str) for p in phones)
    assert any(p.isdigit() and len(p) == 11 for p in phones)  # unmasked by default

    masked = tmp_path / "masked.xlsx"
    args = ["--db", str(demo_db), "export", "customers", "--out", str(masked), "--mask-phones"]
    assert run(args) == 0
    rows = sheet_rows(masked, "客户")
    assert openpyxl.load_workbook(masked).sheetnames == ["客户", "号码待补全客户"]
    assert all("****" in str(r[1]) for r in rows[1:] if r[1])

    with sqlite3.connect(demo_db) as conn:
        entries = conn.execute(
            "SELECT actor, summary FROM audit_log WHERE action = 'export' ORDER BY id"
        ).fetchall()
    assert [a for a, _ in entries] == ["system", "system"]
    assert "未脱敏" in entries[0][1] and "已脱敏" in entries[1][1]


def test_date_range_limits_the_rows(demo_db: Path, tmp_path: Path) -> None:
    whole, part = tmp_path / "whole.xlsx", tmp_path / "part.xlsx"
    assert run(["--db", str(demo_db), "export", "followups", "--out", str(whole)]) == 0
    args = ["--db", str(demo_db), "export", "followups", "--out", str(part)]
    assert run([*args, "--from", "2026-11-01", "--to", "2026-11-15"]) == 0
    all_rows, some = sheet_rows(whole, "跟进记录")[1:], sheet_rows(part, "跟进记录")[1:]
    assert 0 < len(some) < len(all_rows)
    moments = [r[2] for r in some]
    assert all(isinstance(m, datetime) for m in moments)
    assert min(moments).date() >= datetime(2026, 11, 1).date()  # type: ignore[type-var, union-attr]
    assert max(moments).date() <= datetime(2026, 11, 15).date()  # type: ignore[type-var, union-attr]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["customers", "--out", "{nofolder}"], "输出文件夹不存在"),
        (["customers", "--out", "{out}", "--from", "2026-13-01"], "参数有误"),
        (["customers", "--out", "{out}", "--from", "2026-11-02", "--to", "2026-11-01"], "晚于"),
        (["things", "--out", "{out}"], "参数有误"),
    ],
)
def test_export_refusals_exit_2(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    names = {"out": str(tmp_path / "x.xlsx"), "nofolder": str(tmp_path / "no" / "x.xlsx")}
    assert run(["--db", str(db_path), "export", *[a.format(**names) for a in args]]) == 2
    err = capsys.readouterr().err
    assert message in err and "\n" not in err.strip() and "Traceback" not in err
    assert not (tmp_path / "x.xlsx").exists()


def test_export_deals_and_receivables(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date
    from decimal import Decimal

    from anjia_desk.core.deals import Nature
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services.context import Actor
    from tests.deal_fixtures import make_building, make_customer, make_project
    from tests.services.test_payments import make_deal

    database = open_database(str(db_path))
    try:
        with session_scope(database, Actor.system()) as s:
            project = make_project(s)
            units = make_building(s, project)
            plan = (
                (Nature.DEPOSIT, "定金", date(2026, 2, 1), Decimal("50000.00")),
                (Nature.DOWN, "首付款", date(2026, 2, 8), Decimal("300000.00")),
            )
            make_deal(s, project, units[0], make_customer(s), plan, paid=(Decimal("50000"),))
    finally:
        database.close()
    out = tmp_path / "deals.xlsx"
    assert run(["--db", str(db_path), "export", "deals", "--out", str(out)]) == 0
    assert "交易 1 行" in capsys.readouterr().err
    rows = sheet_rows(out, "交易")
    assert rows[0][:4] == ["项目", "房源", "客户姓名", "买受人"]
    assert rows[1][1] == "1栋0101" and rows[1][4] == "110101********1234"
    assert rows[1][-2:] == [50000, 300000]  # 已付, 未付 as numbers

    out = tmp_path / "receivables.xlsx"
    assert run(["--db", str(db_path), "export", "receivables", "--out", str(out)]) == 0
    (header, row) = sheet_rows(out, "应收款")
    assert header[3] == "节点" and row[3] == "首付款" and row[8] == 300000
    assert isinstance(row[5], datetime) and row[5].date() == date(2026, 2, 8)


def test_round_trip_of_an_unmasked_export(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Big budgets (万元 ≥ 10,000 would read back as yuan if written as bare numbers) and ranges.
    with sqlite3.connect(demo_db) as conn:
        one, two = (
            row[0]
            for row in conn.execute(
                "SELECT id FROM customers WHERE phone_key IS NOT NULL AND anonymised_at IS NULL "
                "ORDER BY id LIMIT 2"
            )
        )
        # Stored in hundredths: 12000 万 and 9000–20000 万.
        conn.execute(
            "UPDATE customers SET budget_min = 1200000, budget_max = 1200000 WHERE id = ?", (one,)
        )
        conn.execute(
            "UPDATE customers SET budget_min = 900000, budget_max = 2000000 WHERE id = ?", (two,)
        )
    first = tmp_path / "first.xlsx"
    assert run(["--db", str(demo_db), "export", "customers", "--out", str(first)]) == 0

    empty = tmp_path / "empty.db"
    database = open_database(str(empty))
    database.close()
    assert run(["--db", str(empty), "import", "customers", str(first), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    exported = len(sheet_rows(first, "客户")) - 1
    assert counts["rejected"] == 0 and counts["imported"] == counts["rows"] == exported
    budgets = {r[7] for r in sheet_rows(first, "客户")[1:]}
    assert {"12000万", "9000万-20000万"} <= budgets

    second = tmp_path / "second.xlsx"
    assert run(["--db", str(empty), "export", "customers", "--out", str(second)]) == 0
    before = sorted((r[:IMPORTED_COLUMNS] for r in sheet_rows(first, "客户")[1:]), key=str)
    after = sorted((r[:IMPORTED_COLUMNS] for r in sheet_rows(second, "客户")[1:]), key=str)
    assert sheet_rows(first, "客户")[0] == sheet_rows(second, "客户")[0]
    assert before == after


def test_export_refunds_masked_and_by_request_day(demo_db: Path, tmp_path: Path) -> None:
    """Issue 17: `export refunds` — one row per change order, its kind a column; --from/--to on
    the day the written request arrived; --mask-phones masks the customer's number."""
    whole, part = tmp_path / "whole.xlsx", tmp_path / "part.xlsx"
    args = ["--db", str(demo_db), "export", "refunds"]
    assert run([*args, "--out", str(whole), "--mask-phones"]) == 0
    book = openpyxl.load_workbook(whole)
    assert book.sheetnames == ["退房"]
    header, *rows = sheet_rows(whole, "退房")
    got = [dict(zip(header, row, strict=True)) for row in rows]
    assert got and got[0]["单号"] == "BG-000001" and got[0]["类型"] == "退房"
    assert {"退房", "退定"} <= {row["类型"] for row in got}
    assert all(isinstance(r["客户手机"], str) and "****" in r["客户手机"] for r in got)
    asked = sorted(r["收到申请时间"] for r in got)  # type: ignore[type-var]
    day = asked[-1].date()  # type: ignore[union-attr]
    assert run([*args, "--out", str(part), "--from", day.isoformat(), "--to", day.isoformat()]) == 0
    header, *some = sheet_rows(part, "退房")
    assert 0 < len(some) < len(got)
    assert all(r[header.index("收到申请时间")].date() == day for r in some)  # type: ignore[union-attr]
