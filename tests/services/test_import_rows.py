"""Issue 14 in the import pipeline: 合计 / 小计 footers are no data rows (left out like a blank
row, named in the report), invisible characters are taken out of the cells (each named), and a
header row naming a field twice is refused instead of a column dropped without a word."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from anjia_desk.core.errors import UserError
from anjia_desk.db.engine import Database
from anjia_desk.excel.footers import is_total_row
from anjia_desk.services.importing import preview_file
from tests.services.test_importing import SYSTEM, customers, run, xlsx

COUNTS = ("imported", "updated", "duplicates", "skipped", "rejected")


def _report(path: Path) -> tuple[list[tuple[object, ...]], dict[str, str]]:
    book = openpyxl.load_workbook(path)
    rows = list(book["导入结果"].iter_rows(values_only=True))
    notes = {str(k): str(v) for k, v in book["说明"].iter_rows(min_row=2, values_only=True)}
    return rows, notes


@pytest.mark.parametrize(
    ("row", "total"),
    [
        (["合计", None, 3, "300.5"], True),
        (["小计：", "", "1,200", "¥300"], True),
        ([None, "总 计", 12, "12 户"], True),
        (["总计(万元)", 1200.5], True),
        (["合计"], True),
        (["合计", "张伟"], False),  # text besides the label: a customer named 合计?
        (["王合计", "13800000001"], False),
        (["张伟", "13800000001", "合计"], False),
        ([None, None], False),
        ([3, 4], False),
    ],
)
def test_what_a_footer_row_is(row: list[object], total: bool) -> None:
    assert is_total_row(row) is total


def test_a_total_row_is_no_data_row_and_is_named_in_the_report(
    database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "a.xlsx",
        [
            ["客户姓名", "手机号", "预算(万元)"],
            ["张伟", "13800000001", 300],
            ["小计", None, 300],
            ["李娜", "13900000002", 250],
            [],
            ["合计", None, 550],
        ],
    )
    report = tmp_path / "r.xlsx"
    result = run(database, path, dry_run=True, report=report)
    data = result.as_json()
    assert data["rows"] == 2 and data["imported"] == 2 and data["rejected"] == 0
    assert data["rows"] == sum(int(data[k]) for k in COUNTS)  # type: ignore[call-overload]
    rows, notes = _report(report)
    assert [r[0] for r in rows[1:]] == ["张伟", "李娜"]  # the footers are not report rows
    assert notes["合计行（未导入）"].startswith("第 3 行、第 6 行")
    preview = preview_file(database.sessions(), SYSTEM, kind="customers", path=path)
    assert [r[0] for r in preview.sample] == ["张伟", "李娜"]


def test_invisible_characters_are_taken_out_and_each_cell_named(
    database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "a.xlsx",
        [
            ["客户姓名", "手机号", "备注"],
            ["张\u202e伟\u200b", "13800000001", "周末\t看房\n\u2066第二行\u2069\x07"],
            ["李\t娜", "13900000002", "正常\r\n第二行"],
            ["\u200f王强", "1390000\u20600003", ""],
        ],
    )
    report = tmp_path / "r.xlsx"
    result = run(database, path, report=report)
    assert (result.imported, result.rejected) == (3, 0)
    found = {c.phone: (c.name, c.notes) for c in customers(database).values()}
    assert found["13800000001"] == ("张伟", "周末\t看房\n第二行")
    assert found["13900000002"] == ("李 娜", "正常\n第二行")  # a name on one line
    assert found["13900000003"][0] == "王强"
    reasons = {p[0]: p[2] for p in result.problems}
    assert reasons[2] == "已去掉不可见字符：A2（客户姓名）、C2（备注）"
    assert reasons[4] == "已去掉不可见字符：A4（客户姓名）、B4（手机号）"
    assert 3 not in reasons  # nothing to say about a clean row
    rows, notes = _report(report)
    assert rows[1][-1] == reasons[2] and rows[1][-2] == "已导入"
    assert notes["已去掉不可见字符"].startswith("A2（客户姓名）、C2（备注）、A4（客户姓名）")


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (
            ["客户姓名", "手机号", "意向等级", "手机号"],
            "表头“手机号”出现了两次（B 列和 D 列）",
        ),
        (
            ["客户姓名", "手机号", "电话"],
            "“手机号”（B 列）和“电话”（C 列）都是手机号",
        ),
    ],
)
def test_a_field_named_twice_in_the_header_is_refused(
    database: Database, tmp_path: Path, header: list[str], message: str
) -> None:
    path = xlsx(tmp_path / "a.xlsx", [header, ["张伟", "13800000001", "A", "13900000002"]])
    for attempt in (
        lambda: run(database, path),
        lambda: preview_file(database.sessions(), SYSTEM, kind="customers", path=path),
    ):
        with pytest.raises(UserError) as info:
            attempt()
        assert info.value.message.startswith(message)
        assert "请删除或改名其中一列" in info.value.message
    assert customers(database) == {}


def test_a_repeated_column_nobody_reads_is_no_problem(database: Database, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "a.xlsx",
        [["客户姓名", "手机号", "微信备注", "微信备注"], ["张伟", "13800000001", "a", "b"]],
    )
    assert run(database, path).imported == 1
