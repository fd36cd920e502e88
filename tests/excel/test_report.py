"""excel.report: the import report keeps the user's cells with their types, adds a coloured
outcome and a reason, and explains the run on a second sheet."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from anjia_desk.excel.report import OUTCOME_COLOURS, write_report
from anjia_desk.excel.writer import Cancelled


class _Outcome(StrEnum):
    ERROR = "错误"


HEADERS = ["客户姓名", "手机号", "登记日期", "预算", "备注"]
Row = tuple[Sequence[object], str, str]


def _rows() -> list[Row]:
    return [
        (["张伟", "13812345678", date(2026, 3, 5), 300, "老带新"], "已导入", ""),
        (
            ["王芳", "13812345678", datetime(2026, 3, 5, 14, 30), 250.5, None],
            "重复",
            "与第 2 行手机号相同",
        ),
        (
            ["=1+1", "138****5678", "2026/3/5", "面议", "-5"],
            "错误",
            "手机号“138****5678”是打码号码",
        ),
        (
            [None, 13900001111.0, None, Decimal("99.5"), True],
            "已更新",
            "预算“面议”无法识别，已留空",
        ),
        (["李娜", "13700002222", time(9, 30)], "跳过", "数据库中没有这个手机号"),
    ]


def _fill(cell: openpyxl.cell.cell.Cell) -> str | None:
    if cell.fill.fill_type != "solid":
        return None
    return str(cell.fill.fgColor.rgb)[-6:]


def test_report_keeps_the_users_cells_and_their_types(tmp_path: Path) -> None:
    path = tmp_path / "报告.xlsx"
    written = write_report(path, HEADERS, _rows(), total=5)
    assert written == 5
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["导入结果", "说明"]
    ws = wb["导入结果"]
    assert [c.value for c in ws[1]] == [*HEADERS, "导入结果", "原因"]
    assert all(c.font.b for c in ws[1])
    values = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert values[0] == ["张伟", "13812345678", datetime(2026, 3, 5), 300, "老带新", "已导入", None]
    assert values[1][2] == datetime(2026, 3, 5, 14, 30)
    assert values[1][3] == 250.5
    assert values[3][1] == 13900001111  # a number the user typed stays a number
    assert values[3][3] == 99.5
    assert values[3][4] is True
    assert values[4][2] == time(9, 30)
    assert values[4][3:5] == [None, None]  # a short row is padded, outcome in its own column
    assert values[4][5:] == ["跳过", "数据库中没有这个手机号"]

    types = [[c.data_type for c in r] for r in ws.iter_rows(min_row=2, max_col=5)]
    assert types[0] == ["s", "s", "d", "n", "s"]
    assert types[3][4] == "b"
    assert ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["C3"].number_format == "yyyy-mm-dd hh:mm"
    assert ws["C6"].number_format == "hh:mm"
    assert ws["B2"].value == "13812345678" and ws["B2"].data_type == "s"


def test_report_text_is_injection_safe(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    write_report(path, ["=标题", "备注"], [(["=1+1", "-5"], "错误", "+不认识")])
    ws = openpyxl.load_workbook(path)["导入结果"]
    for ref, text in [("A1", "=标题"), ("A2", "=1+1"), ("B2", "-5"), ("D2", "+不认识")]:
        cell = ws[ref]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True), ref
    assert ws["C2"].quotePrefix is False


def test_outcomes_are_coloured(tmp_path: Path) -> None:
    path = tmp_path / "c.xlsx"
    rows: list[Row] = [([str(i)], outcome, "") for i, outcome in enumerate(OUTCOME_COLOURS)]
    rows.append((["x"], "其他", ""))
    rows.append((["y"], _Outcome.ERROR, ""))  # the importer's StrEnum is text like any other
    write_report(path, ["a"], rows)
    ws = openpyxl.load_workbook(path)["导入结果"]
    got = {ws.cell(row=r, column=2).value: _fill(ws.cell(row=r, column=2)) for r in range(2, 8)}
    assert (ws["B8"].value, _fill(ws["B8"])) == ("错误", "FFC7CE")
    assert got == {
        "错误": "FFC7CE",
        "重复": "FFEB9C",
        "跳过": "FFEB9C",
        "已导入": "C6EFCE",
        "已更新": "C6EFCE",
        "其他": None,
    }
    assert ws.cell(row=2, column=2).font.color.rgb.endswith("9C0006")  # dark red on red
    assert _fill(ws["A2"]) is None  # only the outcome cell is coloured


def test_report_header_frozen_filtered_and_sized(tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    write_report(path, HEADERS, _rows())
    ws = openpyxl.load_workbook(path)["导入结果"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:G6"
    widths = {k: round(v.width - 0.7109375) for k, v in ws.column_dimensions.items()}
    assert widths["A"] == 8 + 3  # 客户姓名: the header decides
    assert widths["B"] == 11 + 2  # a phone
    assert widths["C"] == 16 + 2  # a datetime
    assert widths["G"] == 11 + 8 * 2 + 2 * 2 + 2  # 手机号“138****5678”是打码号码


def test_a_cell_of_another_type_is_written_as_its_text(tmp_path: Path) -> None:
    path = tmp_path / "odd.xlsx"
    write_report(path, ["a"], [([complex(1, 2)], "错误", "")])
    cell = openpyxl.load_workbook(path)["导入结果"]["A2"]
    assert (cell.value, cell.data_type) == ("(1+2j)", "s")


def test_rows_longer_than_the_header_are_cut_to_it(tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    write_report(path, ["a", "b"], [([1, 2, 3, 4], "错误", "多余的列")])
    ws = openpyxl.load_workbook(path)["导入结果"]
    assert [c.value for c in ws[2]] == [1, 2, "错误", "多余的列"]


def test_notes_sheet(tmp_path: Path) -> None:
    path = tmp_path / "n.xlsx"
    notes = [
        ("文件", "客户.xlsx"),
        ("工作表", "Sheet1"),
        ("模式", "仅新增"),
        ("忽略的列", "微信号、QQ"),
    ]
    write_report(path, HEADERS, _rows(), notes=notes)
    ws = openpyxl.load_workbook(path)["说明"]
    assert [[c.value for c in r] for r in ws.iter_rows()] == [["项目", "内容"], *map(list, notes)]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:B5"


def test_empty_report_still_has_both_sheets(tmp_path: Path) -> None:
    path = tmp_path / "e.xlsx"
    assert write_report(path, HEADERS, [], total=0) == 0
    wb = openpyxl.load_workbook(path)
    assert wb["导入结果"].max_row == 1
    assert [c.value for c in wb["导入结果"][1]][-2:] == ["导入结果", "原因"]
    assert wb["说明"].max_row == 1


def test_calamine_reads_the_report_back_as_the_user_sent_it(tmp_path: Path) -> None:
    """The sender fixes the marked rows and sends the report back: the cells must be theirs."""
    path = tmp_path / "back.xlsx"
    rows = _rows()
    write_report(path, HEADERS, rows)
    read = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("导入结果").to_python()
    assert read[0] == [*HEADERS, "导入结果", "原因"]
    assert read[1] == ["张伟", "13812345678", date(2026, 3, 5), 300.0, "老带新", "已导入", ""]
    assert read[3][:5] == ["=1+1", "138****5678", "2026/3/5", "面议", "-5"]
    assert read[4][1] == 13900001111.0


def test_progress_counts_both_sheets(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    rows: Iterator[Row] = ((["13800000000", i], "已导入", "") for i in range(1500))
    written = write_report(
        tmp_path / "p.xlsx",
        ["手机号", "序号"],
        rows,
        notes=[("文件", "a.xlsx")],
        total=1500,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert written == 1500
    assert calls == [(1000, 1501), (1500, 1501), (1501, 1501)]


def test_cancel_keeps_an_existing_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    target = tmp_path / "报告.xlsx"
    target.write_bytes(b"last report")
    rows: Iterator[Row] = ((["x"], "错误", "y") for _ in range(5000))
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls > 2

    with pytest.raises(Cancelled):
        write_report(target, ["a"], rows, cancelled=cancelled)
    assert target.read_bytes() == b"last report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scratch", "报告.xlsx"]
    assert list(scratch.iterdir()) == []
