"""excel.writer: every produced workbook is opened with openpyxl (and calamine, the app's own
reader) to check cell TYPES, formula-injection safety, the header, widths, and that a cancel or
an error never leaves a file behind nor harms an existing one."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineWorkbook

from anjia_desk.core.errors import UserError
from anjia_desk.excel import writer
from anjia_desk.excel.writer import (
    RISKY_START,
    Cancelled,
    Column,
    Kind,
    SheetData,
    text_width,
    value_width,
    write_workbook,
)

# xlsxwriter stores a width of w characters as w + 5/7 (the cell padding); openpyxl reads that.
PAD = 0.7109375


def _load(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def _width(ws: Worksheet, letter: str) -> float:
    return float(ws.column_dimensions[letter].width) - PAD


def _one_column(path: Path, values: Sequence[object], kind: Kind = Kind.TEXT) -> Worksheet:
    write_workbook(path, [SheetData("表", [Column("列", kind)], [[v] for v in values])])
    return _load(path)["表"]


def _leftovers(folder: Path, keep: Path | None = None) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != keep)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """xlsxwriter's own row files (constant_memory) go to a folder the test can inspect."""
    folder = tmp_path / "xlsxwriter-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


# -- types --------------------------------------------------------------------------------------


def test_each_kind_writes_its_own_cell_type(tmp_path: Path) -> None:
    columns = [
        Column("客户姓名"),
        Column("手机号", Kind.PHONE),
        Column("登记日期", Kind.DATE),
        Column("跟进时间", Kind.DATETIME),
        Column("预算(万元)", Kind.MONEY),
        Column("意向面积(㎡)", Kind.NUMBER),
        Column("来访次数", Kind.INTEGER),
    ]
    rows = [
        ["张伟", "13812345678", date(2026, 3, 5), datetime(2026, 3, 5, 14, 30), Decimal("300.50"),
         Decimal("89"), 3],
        [None, "138****5678", datetime(2026, 3, 6, 9, 15), date(2026, 3, 6), 250, 110.5, 12],
        ["", None, None, None, "200-300", "80-100", None],
        [42, 13812345678, "2026/3/7", "下午", 1.25, 7, 2.0],
    ]  # fmt: skip
    path = tmp_path / "out.xlsx"
    counts = write_workbook(path, [SheetData("客户", columns, rows, total=len(rows))])
    assert counts == {"客户": 4}
    assert _leftovers(tmp_path) == ["out.xlsx"]
    ws = _load(path)["客户"]
    got = [[(c.value, c.data_type, c.number_format) for c in r] for r in ws.iter_rows(min_row=2)]

    assert got[0] == [
        ("张伟", "s", "General"),
        ("13812345678", "s", "General"),
        (datetime(2026, 3, 5), "d", "yyyy-mm-dd"),
        (datetime(2026, 3, 5, 14, 30), "d", "yyyy-mm-dd hh:mm"),
        (300.5, "n", "#,##0.00"),
        (89, "n", "General"),
        (3, "n", "0"),
    ]
    # A datetime in a DATE column keeps only its date; a date in a DATETIME column is midnight.
    assert got[1][2] == (datetime(2026, 3, 6), "d", "yyyy-mm-dd")
    assert got[1][3] == (datetime(2026, 3, 6), "d", "yyyy-mm-dd hh:mm")
    assert got[1][0][0] is None
    assert got[1][4] == (250, "n", "#,##0.00")
    assert got[1][5] == (110.5, "n", "General")
    # Text in number or date columns (a range, a note) stays text; "" is a blank cell.
    assert [v for v, _, _ in got[2]] == [None, None, None, None, "200-300", "80-100", None]
    assert got[2][4][1] == got[2][5][1] == "s"
    # Anything not text in a TEXT/PHONE column becomes its text (a phone never becomes a number).
    assert got[3][0] == ("42", "s", "General")
    assert got[3][1] == ("13812345678", "s", "General")
    assert got[3][2][:2] == ("2026/3/7", "s")
    assert got[3][3][:2] == ("下午", "s")
    assert got[3][4] == (1.25, "n", "#,##0.00")
    assert got[3][6] == (2, "n", "0")
    assert isinstance(ws["B2"].value, str)
    assert isinstance(ws["E2"].value, float)


def test_decimal_is_written_as_a_number_and_nan_as_an_error_cell(tmp_path: Path) -> None:
    ws = _one_column(
        tmp_path / "n.xlsx", [Decimal("1234567.891"), Decimal("NaN"), True], Kind.MONEY
    )
    assert ws["A2"].value == pytest.approx(1234567.891)
    assert ws["A2"].data_type == "n"
    assert ws["A3"].value == "=#NUM!"  # Excel's own error, not a failed export
    assert (ws["A4"].value, ws["A4"].data_type) == ("True", "s")


def test_calamine_reads_an_export_back_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "round.xlsx"
    rows = [
        ["王芳", "13900001111", date(2026, 1, 2), 300, "200-300"],
        ['=HYPERLINK("x")', "-1", date(2025, 12, 31), 250.5, None],
    ]
    columns = [
        Column("客户姓名"),
        Column("手机号", Kind.PHONE),
        Column("登记日期", Kind.DATE),
        Column("预算(万元)", Kind.MONEY),
        Column("备注"),
    ]
    write_workbook(path, [SheetData("客户", columns, rows)])
    read = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("客户").to_python()
    assert read == [
        ["客户姓名", "手机号", "登记日期", "预算(万元)", "备注"],
        ["王芳", "13900001111", date(2026, 1, 2), 300.0, "200-300"],
        ['=HYPERLINK("x")', "-1", date(2025, 12, 31), 250.5, ""],
    ]


# -- formula injection ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["=1+1", "+86 138 1234 5678", "-5", "@SUM(A1:A2)", "\tx", "=cmd|' /C calc'!A0"]
)
def test_risky_text_is_quoted_and_reads_back_unchanged(tmp_path: Path, text: str) -> None:
    path = tmp_path / "inj.xlsx"
    ws = _one_column(path, [text, "a=1", "13812345678"])
    cell = ws["A2"]
    assert cell.value == text
    assert cell.data_type == "s"
    assert cell.quotePrefix is True
    assert ws["A3"].quotePrefix is False  # only text that starts with a risky character
    assert ws["A4"].quotePrefix is False
    with zipfile.ZipFile(path) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        styles_xml = z.read("xl/styles.xml").decode("utf-8")
    assert "<f>" not in sheet_xml  # no formula anywhere
    assert 'quotePrefix="1"' in styles_xml


def test_carriage_return_start_is_quoted(tmp_path: Path) -> None:
    path = tmp_path / "cr.xlsx"
    ws = _one_column(path, ["\r=1+1"])
    assert ws["A2"].quotePrefix is True
    assert ws["A2"].data_type == "s"
    read = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("表").to_python()
    assert read[1] == ["\r=1+1"]


def test_minus_five_in_a_text_column_stays_the_text(tmp_path: Path) -> None:
    ws = _one_column(tmp_path / "m.xlsx", ["-5"])
    assert ws["A2"].value == "-5"
    assert ws["A2"].data_type == "s"
    assert isinstance(ws["A2"].value, str)


def test_risky_text_in_number_and_date_columns_is_quoted_too(tmp_path: Path) -> None:
    path = tmp_path / "mixed.xlsx"
    columns = [Column("钱", Kind.MONEY), Column("日", Kind.DATE), Column("=标题")]
    write_workbook(path, [SheetData("表", columns, [["=1+1", "-3", "@x"]])])
    ws = _load(path)["表"]
    for cell in ws[2]:
        assert (cell.data_type, cell.quotePrefix) == ("s", True)
    assert [c.value for c in ws[2]] == ["=1+1", "-3", "@x"]
    header = ws["C1"]
    assert (header.value, header.data_type, header.quotePrefix, header.font.b) == (
        "=标题",
        "s",
        True,
        True,
    )


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=40))
def test_any_text_round_trips_and_is_quoted_exactly_when_risky(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "h.xlsx"
        write_workbook(path, [SheetData("表", [Column("列")], [[text]])])
        read = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("表").to_python()
        cell = _load(path)["表"]["A2"]
    value = read[1][0] if len(read) > 1 else ""
    assert value == text
    if text:
        assert cell.data_type == "s"
        assert cell.quotePrefix is text.startswith(RISKY_START)


# -- header, freeze, filter, widths --------------------------------------------------------------


def test_header_is_bold_frozen_and_filtered(tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    columns = [Column("客户姓名"), Column("手机号", Kind.PHONE), Column("备注")]
    rows = [["张伟", "13812345678", None], ["李娜", "13900001111", "老带新"]]
    write_workbook(path, [SheetData("客户", columns, rows)])
    ws = _load(path)["客户"]
    assert [c.value for c in ws[1]] == ["客户姓名", "手机号", "备注"]
    assert all(c.font.b for c in ws[1])
    assert ws["A2"].font.b is False
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:C3"


def test_a_sheet_without_rows_still_has_its_header(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    columns = [Column("客户姓名"), Column("手机号", Kind.PHONE), Column("登记日期", Kind.DATE)]
    counts = write_workbook(path, [SheetData("客户", columns, [], total=0)])
    assert counts == {"客户": 0}
    ws = _load(path)["客户"]
    assert ws.max_row == 1
    assert [c.value for c in ws[1]] == ["客户姓名", "手机号", "登记日期"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:C1"
    assert _width(ws, "A") == 8 + 3  # header only: 4 CJK characters + the filter button


def test_widths_count_cjk_double_and_are_clamped(tmp_path: Path) -> None:
    path = tmp_path / "w.xlsx"
    columns = [
        Column("名"),  # short → the minimum
        Column("地址"),  # CJK text: 2 per character
        Column("备注"),  # very long → the maximum
        Column("手机号", Kind.PHONE),  # phones stay narrow
        Column("预算", Kind.MONEY),  # as shown: 1,234,567.00
        Column("日期", Kind.DATE),
        Column("时间", Kind.DATETIME),
        Column("固定", width=33),
        Column("多行"),
    ]
    rows = [
        ["a", "北京市朝阳区", "x" * 300, "138 1234 5678 转 1234 分机", 1234567,
         datetime(2026, 1, 1), date(2026, 1, 1), "y" * 90, "第一行\n很长很长的第二行"],
    ]  # fmt: skip
    write_workbook(path, [SheetData("表", columns, rows)])
    ws = _load(path)["表"]
    assert _width(ws, "A") == 6
    assert _width(ws, "B") == 12 + 2
    assert _width(ws, "C") == 60
    assert _width(ws, "D") == 16
    assert _width(ws, "E") == len("1,234,567.00") + 2
    assert _width(ws, "F") == 10 + 2
    assert _width(ws, "G") == 16 + 2
    assert _width(ws, "H") == 33
    assert _width(ws, "I") == 16 + 2


def test_only_the_first_200_rows_decide_the_width(tmp_path: Path) -> None:
    path = tmp_path / "w200.xlsx"
    rows: Iterator[list[object]] = iter([["abc"]] * 200 + [["z" * 50]] + [["d"]] * 99)
    counts = write_workbook(path, [SheetData("表", [Column("列")], rows)])
    assert counts == {"表": 300}
    ws = _load(path)["表"]
    assert _width(ws, "A") == 6
    assert ws["A202"].value == "z" * 50  # the rows after the sample are written all the same
    assert ws.max_row == 301
    assert ws.auto_filter.ref == "A1:A301"


def test_text_and_value_width() -> None:
    assert text_width("") == 0
    assert text_width("abc") == 3
    assert text_width("张伟") == 4
    assert text_width("ＡＢ1") == 5  # full-width Latin counts 2
    assert text_width("ab\n张伟张伟") == 8
    assert text_width("abcdef\nxy") == 6
    assert text_width("“面议”") == 8  # Chinese quotes are wide in a Chinese font
    assert value_width("张") == 2
    assert value_width(datetime(2026, 1, 1, 9, 30)) == 16
    assert value_width(date(2026, 1, 1)) == 10
    assert value_width(time(9, 30)) == 5
    assert value_width(1.5) == 3
    assert value_width(13900001111.0) == 11
    assert value_width(1e30) == 12  # Excel shows 1E+30
    assert value_width(Decimal("250.50")) == 5
    assert value_width(12345) == 5
    assert value_width(True) == 4


# -- several sheets, progress, ragged rows --------------------------------------------------------


def test_several_sheets_in_order_with_progress(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    calls: list[tuple[int, int]] = []
    first = SheetData("客户", [Column("序号", Kind.INTEGER)], ([i] for i in range(2500)), 2500)
    second = SheetData("跟进记录", [Column("内容")], [["电话"]] * 100, 100)
    counts = write_workbook(
        path, [first, second], progress=lambda d, t: calls.append((d, t)), cancelled=lambda: False
    )
    assert counts == {"客户": 2500, "跟进记录": 100}
    assert calls == [(1000, 2600), (2000, 2600), (2500, 2600), (2600, 2600)]
    wb = _load(path)
    assert wb.sheetnames == ["客户", "跟进记录"]
    assert wb["客户"]["A2501"].value == 2499
    assert wb["跟进记录"].max_row == 101


def test_progress_total_is_zero_when_a_total_is_unknown(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    sheets = [
        SheetData("甲", [Column("a")], [["x"]] * 3, 3),
        SheetData("乙", [Column("b")], [["y"]] * 2),
    ]
    write_workbook(tmp_path / "p.xlsx", sheets, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(3, 0), (5, 0)]


def test_short_rows_leave_the_rest_blank(tmp_path: Path) -> None:
    path = tmp_path / "short.xlsx"
    columns = [Column("a"), Column("b", Kind.INTEGER), Column("c")]
    write_workbook(path, [SheetData("表", columns, [["x"], [], ["y", 2, "z"]])])
    ws = _load(path)["表"]
    assert [[c.value for c in r] for r in ws.iter_rows(min_row=2)] == [
        ["x", None, None],
        [None, None, None],
        ["y", 2, "z"],
    ]


def test_kind_values_and_column_defaults() -> None:
    assert [k.value for k in Kind] == [
        "text", "phone", "date", "datetime", "money", "number", "integer", "percent"
    ]  # fmt: skip
    assert Column("备注") == Column("备注", Kind.TEXT, None)


def test_a_kind_given_as_its_text_works(tmp_path: Path) -> None:
    path = tmp_path / "k.xlsx"
    column = Column("日期", "date")  # type: ignore[arg-type]
    write_workbook(path, [SheetData("表", [column], [[date(2026, 3, 5)]])])
    cell = _load(path)["表"]["A2"]
    assert (cell.value, cell.number_format) == (datetime(2026, 3, 5), "yyyy-mm-dd")


# -- cancel and failures: nothing left behind, an existing file kept ----------------------------


def _big(n: int = 3000) -> SheetData:
    return SheetData(
        "客户", [Column("序号", Kind.INTEGER), Column("名")], ([i, "张"] for i in range(n)), n
    )


def test_cancel_leaves_no_file_and_keeps_the_existing_one(
    tmp_path: Path, private_tmp: Path
) -> None:
    target = tmp_path / "out" / "客户.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"the old export")
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls >= 3  # after 1,000 rows

    with pytest.raises(Cancelled) as caught:
        write_workbook(target, [_big()], cancelled=cancelled)
    assert caught.value.message == "已取消，没有写入文件"
    assert isinstance(caught.value, UserError)
    assert target.read_bytes() == b"the old export"
    assert _leftovers(target.parent) == ["客户.xlsx"]
    assert _leftovers(private_tmp) == []  # xlsxwriter's row file is closed and removed


def test_cancel_before_anything_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "none.xlsx"
    with pytest.raises(Cancelled):
        write_workbook(target, [_big()], cancelled=lambda: True)
    assert _leftovers(tmp_path) == []


def test_cancel_while_the_file_is_being_closed(tmp_path: Path, private_tmp: Path) -> None:
    """The last check comes after xlsxwriter assembled the file, before it replaces the target."""
    target = tmp_path / "late.xlsx"
    target.write_bytes(b"old")
    flag = False

    def progress(done: int, total: int) -> None:
        nonlocal flag
        flag = done == total

    with pytest.raises(Cancelled):
        write_workbook(target, [_big(10)], progress=progress, cancelled=lambda: flag)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path, keep=private_tmp) == ["late.xlsx"]
    assert _leftovers(private_tmp) == []


def test_an_error_in_the_rows_leaves_no_file(tmp_path: Path, private_tmp: Path) -> None:
    target = tmp_path / "boom.xlsx"
    target.write_bytes(b"old")

    def rows() -> Iterator[list[object]]:
        yield [1, "a"]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        write_workbook(target, [SheetData("表", [Column("n"), Column("t")], rows())])
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path, keep=private_tmp) == ["boom.xlsx"]
    assert _leftovers(private_tmp) == []


def test_the_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    """Not the 0o600 of a private temporary file: others may read what the office exports."""
    mask = os.umask(0o022)
    try:
        write_workbook(tmp_path / "x.xlsx", [_big(3)])
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "x.xlsx").stat().st_mode) == 0o644


def test_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        write_workbook(tmp_path / "nope" / "x.xlsx", [_big(3)])
    assert caught.value.message.startswith("无法写入文件：")
    assert "文件夹不存在" in caught.value.message


def test_a_folder_in_the_way_is_a_user_error(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").mkdir()
    with pytest.raises(UserError, match="同名的文件夹已存在"):
        write_workbook(tmp_path / "x.xlsx", [_big(3)])
    assert _leftovers(tmp_path) == ["x.xlsx"]


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "正被其他程序"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),
        (OSError("odd failure"), "odd failure"),
    ],
)
def test_a_target_that_cannot_be_replaced_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, reason: str
) -> None:
    target = tmp_path / "open-in-excel.xlsx"
    target.write_bytes(b"old")

    def refuse(src: object, dst: object) -> None:
        raise error

    monkeypatch.setattr(writer.os, "replace", refuse)
    with pytest.raises(UserError) as caught:
        write_workbook(target, [_big(5)])
    assert caught.value.message.startswith(f"无法写入文件：{target}（")
    assert reason in caught.value.message
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == ["open-in-excel.xlsx"]


def test_a_full_disk_while_closing_is_a_user_error(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from xlsxwriter.workbook import Workbook

    def full(self: Workbook) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "_store_workbook", full)
    with pytest.raises(UserError, match="磁盘空间不足"):
        write_workbook(tmp_path / "full.xlsx", [_big(5)])
    assert _leftovers(tmp_path, keep=private_tmp) == []
    assert _leftovers(private_tmp) == []


def test_a_close_failure_without_a_cause_is_a_user_error(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from xlsxwriter.exceptions import FileCreateError
    from xlsxwriter.workbook import Workbook

    def broken(self: Workbook) -> None:
        raise FileCreateError("zip failed")

    monkeypatch.setattr(Workbook, "_store_workbook", broken)
    with pytest.raises(UserError, match="写入失败"):
        write_workbook(tmp_path / "x.xlsx", [_big(5)])
    assert _leftovers(tmp_path, keep=private_tmp) == []


def test_more_rows_than_excel_holds_is_refused(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "MAX_DATA_ROWS", 5)
    target = tmp_path / "big.xlsx"
    with pytest.raises(UserError, match="行数上限"):
        write_workbook(target, [_big(6)])
    assert _leftovers(tmp_path, keep=private_tmp) == []
    assert _leftovers(private_tmp) == []
    assert write_workbook(target, [_big(5)]) == {"客户": 5}


def test_the_module_imports_no_excel_library_at_start() -> None:
    import subprocess
    import sys

    code = (
        "import sys, anjia_desk.excel.writer, anjia_desk.excel.report\n"
        "print(sorted(m for m in sys.modules if m.startswith(('xlsxwriter', 'openpyxl'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
