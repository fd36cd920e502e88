"""Opening files (EXCEL_FORMAT.md §Reading rules): the format comes from the content, rows start
at the sheet's row 1 and are normalised in one place, and every unusable or hostile file is
refused with one Chinese line before anything is inflated."""

from __future__ import annotations

import codecs
import csv
import shutil
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import IntEnum
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjia_desk.core.errors import UserError
from anjia_desk.excel import reader
from anjia_desk.excel.reader import (
    MAX_COLS,
    MAX_ROWS,
    Book,
    Cell,
    SheetInfo,
    _normalise_rows,
    normalise,
    open_book,
)
from tests.excel import books

HEADER = ["客户姓名", "手机号", "意向等级", "预算(万元)", "登记日期"]


def _refused(path: Path) -> str:
    with pytest.raises(UserError) as info:
        open_book(path)
    return info.value.message


@pytest.fixture
def sample_xlsx(tmp_path: Path) -> Path:
    return books.xlsx(
        tmp_path / "客户.xlsx",
        {
            "客户": [
                ["2026 年 3 月来访登记"],
                [],
                HEADER,
                ["  张伟\u3000", 13812345678, "A", 300, date(2026, 3, 5)],
                [],
                ["\u00a0李娜", "139 1234 5678", "b", 250.5, datetime(2026, 3, 6, 14, 30)],
                ["   ", None, None],
            ]
        },
    )


# --- normalise


class Colour(IntEnum):
    RED = 1


class Text(str):
    pass


class Number(float):
    pass


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("   ", None),
        ("\u3000\u00a0\t\n", None),
        ("\u200b张伟\ufeff", "张伟"),
        (" 张 伟 ", "张 伟"),
        ("13812345678", "13812345678"),
        (13812345678.0, 13812345678),
        (300.0, 300),
        (300.5, 300.5),
        (-0.0, 0),
        (12, 12),
        (True, True),
        (False, False),
        (date(2026, 3, 5), date(2026, 3, 5)),
        (datetime(2026, 3, 5), datetime(2026, 3, 5)),  # midnight stays a datetime here
        (datetime(2026, 3, 5, 14, 30), datetime(2026, 3, 5, 14, 30)),
        (time(14, 30), time(14, 30)),
        (timedelta(hours=30), "30:00:00"),
        (timedelta(minutes=-90), "-1:30:00"),
        (timedelta(seconds=59.6), "0:01:00"),
        (Decimal("300.00"), 300),
        (Decimal("300.25"), 300.25),
        (Colour.RED, 1),
        (Text(" 张伟 "), "张伟"),
        (Number(2.0), 2),
        (b"x", "b'x'"),
    ],
)
def test_normalise(value: object, expected: Cell) -> None:
    result = normalise(value)
    assert result == expected
    assert type(result) is type(expected)


def test_normalise_keeps_subclassed_dates_and_floats_that_are_not_whole() -> None:
    class Day(date):
        pass

    day = Day(2026, 3, 5)
    assert normalise(day) is day
    assert normalise(float("inf")) == float("inf")
    assert type(normalise(Number(2.5))) is float


cells = st.one_of(
    st.none(),
    st.text(alphabet=" \u3000\u00a0\t张a1", max_size=4),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(),
)


@given(st.lists(st.lists(cells, max_size=6), max_size=5))
def test_the_row_loop_agrees_with_normalise(rows: list[list[object]]) -> None:
    expected = []
    for row in rows:
        values = [normalise(value) for value in row]
        while values and values[-1] is None:
            values.pop()
        expected.append(values)
    assert _normalise_rows([list(row) for row in rows]) == expected


# --- reading workbooks


def test_xlsx_rows_start_at_sheet_row_one_and_are_normalised(sample_xlsx: Path) -> None:
    book = open_book(sample_xlsx)
    assert (book.path, book.kind) == (sample_xlsx, "xlsx")
    assert book.sheets == [SheetInfo("客户", True)]
    rows = book.rows("客户")
    assert rows == [
        ["2026 年 3 月来访登记"],
        [],
        HEADER,
        ["张伟", 13812345678, "A", 300, date(2026, 3, 5)],
        [],
        ["李娜", "139 1234 5678", "b", 250.5, datetime(2026, 3, 6, 14, 30)],
        [],  # only spaces: blank
    ]
    assert type(rows[3][1]) is int
    assert book.head("客户", 3) == rows[:3]
    assert book.head("客户", 100) == rows
    book.close()
    book.close()  # twice is harmless


def test_a_leading_empty_area_does_not_shift_rows_or_columns(tmp_path: Path) -> None:
    path = books.xlsx(
        tmp_path / "offset.xlsx",
        {"S": [[], [], [], [None, None, "手机号", "姓名"], [None, None, "13812345678", "张伟"]]},
    )
    with open_book(path) as book:
        rows = book.rows("S")
        assert rows[3] == [None, None, "手机号", "姓名"]
        assert rows[4][2] == "13812345678"
        assert book.head("S", 4) == rows[:4]


def test_merged_title_cells_keep_their_value_in_the_first_cell(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "merged.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("登记")
    sheet.merge_range("A1:E1", "安家花园 3 月来访客户", workbook.add_format({"bold": True}))
    sheet.write_row(1, 0, HEADER)
    sheet.write_row(2, 0, ["张伟", "13812345678"])
    workbook.close()
    rows = open_book(path).rows("登记")
    assert rows == [["安家花园 3 月来访客户"], HEADER, ["张伟", "13812345678"]]


def test_openpyxl_files_read_the_same(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "op.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "客户"
    sheet.append(HEADER)
    sheet.append([" 张伟 ", 13812345678, "A", 300.0, datetime(2026, 3, 5)])
    sheet.append(["李娜", "13912345678", None, 250.5, datetime(2026, 3, 5, 9, 15)])
    workbook.save(path)
    rows = open_book(path).rows("客户")
    assert rows[1][:4] == ["张伟", 13812345678, "A", 300]
    assert rows[1][4] in (date(2026, 3, 5), datetime(2026, 3, 5))
    assert rows[2] == ["李娜", "13912345678", None, 250.5, datetime(2026, 3, 5, 9, 15)]


def test_cell_types_of_a_workbook(tmp_path: Path) -> None:
    path = books.xlsx(
        tmp_path / "types.xlsx",
        {"S": [["x", True, time(14, 30), timedelta(hours=30), 0.25, "", "   "]]},
    )
    assert open_book(path).rows("S") == [["x", True, time(14, 30), "30:00:00", 0.25]]


def test_hidden_sheets_are_marked_and_visible_ones_are_checked_first(tmp_path: Path) -> None:
    path = books.xlsx(
        tmp_path / "hidden.xlsx",
        {"配置": [["内部"]], "客户": [HEADER], "空": []},
        hidden=["配置"],
    )
    book = open_book(path)
    assert book.sheets == [
        SheetInfo("配置", False),
        SheetInfo("客户", True),
        SheetInfo("空", True),
    ]
    assert book._loaded is not None
    assert book._loaded[0] == "客户"  # the visible sheet with data is the one kept loaded
    assert book.rows("配置") == [["内部"]]
    assert book.rows("空") == []
    assert book.head("客户") == [HEADER]


def test_a_workbook_whose_only_data_is_on_a_hidden_sheet_opens(tmp_path: Path) -> None:
    path = books.xlsx(tmp_path / "h.xlsx", {"空": [], "数据": [["手机号"]]}, hidden=["数据"])
    assert open_book(path).rows("数据") == [["手机号"]]


def test_an_unknown_sheet_name_is_refused(sample_xlsx: Path, tmp_path: Path) -> None:
    book = open_book(sample_xlsx)
    for call in (book.rows, book.head):
        with pytest.raises(UserError, match="文件里没有名为“其他”的工作表"):
            call("其他")
    text = tmp_path / "a.csv"
    text.write_text("手机号\n", encoding="utf-8")
    with pytest.raises(UserError, match="没有名为"):
        open_book(text).rows("其他")


def test_a_closed_book_says_so(sample_xlsx: Path) -> None:
    with open_book(sample_xlsx) as book:
        pass
    with pytest.raises(UserError, match="文件已关闭"):
        book.rows("客户")


def test_xls_files(tmp_path: Path) -> None:
    path = books.xls(
        tmp_path / "旧格式.xls",
        {
            "说明": [["内部使用"]],
            "客户": [
                ["来访登记"],
                HEADER,
                [" 张伟 ", 13812345678, "A", 300, date(2026, 3, 5)],
                ["李娜", "13912345678", "B", 250.5, datetime(2026, 3, 6, 14, 30)],
            ],
        },
        hidden=["说明"],
    )
    book = open_book(path)
    assert book.kind == "xls"
    assert book.sheets == [SheetInfo("说明", False), SheetInfo("客户", True)]
    assert book.rows("客户") == [
        ["来访登记"],
        HEADER,
        ["张伟", 13812345678, "A", 300, date(2026, 3, 5)],
        ["李娜", "13912345678", "B", 250.5, datetime(2026, 3, 6, 14, 30)],
    ]


def test_ods_files(tmp_path: Path) -> None:
    path = books.ods(tmp_path / "t.ods", {"客户": [["姓名", "手机号"], [" 张伟 ", 13812345678]]})
    book = open_book(path)
    assert book.kind == "ods"
    assert book.rows("客户") == [["姓名", "手机号"], ["张伟", 13812345678]]


def test_the_format_comes_from_the_content_not_the_name(sample_xlsx: Path, tmp_path: Path) -> None:
    old = books.xls(tmp_path / "old.xls", {"S": [["手机号"], [13812345678]]})
    for source, name, kind in [
        (sample_xlsx, "renamed.xls", "xlsx"),
        (sample_xlsx, "renamed.csv", "xlsx"),
        (sample_xlsx, "no_extension", "xlsx"),
        (old, "renamed.xlsx", "xls"),
        (old, "renamed.csv", "xls"),
    ]:
        target = tmp_path / name
        shutil.copyfile(source, target)
        book = open_book(target)
        assert book.kind == kind
        assert book.rows(book.sheets[0].name)  # and calamine reads it as that format
    text = tmp_path / "data.xlsx"
    text.write_text("手机号,姓名\n13812345678,张伟\n", encoding="utf-8")
    book = open_book(text)
    assert (book.kind, book.sheets) == ("csv", [SheetInfo("data", True)])


# --- CSV


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gbk", b""), ("gb18030", b"")],
)
def test_csv_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = "客户姓名,手机号,备注\r\n 张伟 ,13812345678,“老客户”介绍\r\n,,\r\n李娜,13912345678,\r\n"
    if encoding == "gb18030":
        text = text.replace("李娜", "李𠀾娜")  # a character outside GBK
    path = tmp_path / "客户.csv"
    path.write_bytes(bom + text.encode(encoding))
    book = open_book(path)
    assert book.kind == "csv"
    assert book.sheets == [SheetInfo("客户", True)]
    name = "李𠀾娜" if encoding == "gb18030" else "李娜"
    assert book.rows("客户") == [
        ["客户姓名", "手机号", "备注"],
        ["张伟", "13812345678", "“老客户”介绍"],
        [],
        [name, "13912345678"],
    ]
    assert book.head("客户", 2) == book.rows("客户")[:2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("姓名\t手机号\n张伟\t13812345678\n", [["姓名", "手机号"], ["张伟", "13812345678"]]),
        ("姓名;手机号\n张伟;13812345678\n", [["姓名", "手机号"], ["张伟", "13812345678"]]),
        ("\n\n姓名;手机号;备注,x\n", [[], [], ["姓名", "手机号", "备注,x"]]),
        ("姓名,手机号;备注\n", [["姓名", "手机号;备注"]]),  # a tie: the comma
        ("姓名;手机号,备注\n", [["姓名;手机号", "备注"]]),
        ("手机号\n13812345678\n", [["手机号"], ["13812345678"]]),
        ('姓名,备注\n张伟,"第一行\n第二行"\n', [["姓名", "备注"], ["张伟", "第一行\n第二行"]]),
    ],
)
def test_csv_delimiters_and_quotes(tmp_path: Path, text: str, expected: list[list[Cell]]) -> None:
    path = tmp_path / "d.csv"
    path.write_text(text, encoding="utf-8")
    assert open_book(path).rows("d") == expected


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("姓名\t手机号\r\n张伟\t13812345678\r\n".encode("utf-16"))
    book = open_book(path)
    assert book.kind == "csv"
    assert book.rows("unicode") == [["姓名", "手机号"], ["张伟", "13812345678"]]


def test_a_csv_beyond_the_row_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_ROWS", 3)
    path = tmp_path / "long.csv"
    path.write_text("a\nb\nc\n", encoding="utf-8")
    assert len(open_book(path).rows("long")) == 3
    path.write_text("a\nb\nc\nd\n", encoding="utf-8")
    book = open_book(path)
    assert book.head("long", 2) == [["a"], ["b"]]
    with pytest.raises(UserError, match="工作表超出 Excel 的行数上限"):
        book.rows("long")


@pytest.fixture
def small_csv_fields() -> Iterator[None]:
    old = csv.field_size_limit(10)
    yield
    csv.field_size_limit(old)


@pytest.mark.usefixtures("small_csv_fields")
def test_a_csv_the_csv_module_cannot_parse_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("手机号\n" + "1" * 20 + "\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"^文件已损坏，无法读取（第 2 行的内容过长或格式不对）$"):
        open_book(path).rows("bad")


# --- refusals


def test_missing_empty_and_unreadable_files(tmp_path: Path) -> None:
    assert _refused(tmp_path / "nope.xlsx") == f"找不到文件：{tmp_path / 'nope.xlsx'}"
    assert _refused(tmp_path).startswith("无法读取文件：")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert _refused(empty) == "文件是空的"
    blank = tmp_path / "blank.csv"
    blank.write_bytes(codecs.BOM_UTF8 + " \r\n\u3000\r\n".encode())
    assert _refused(blank) == "文件是空的"


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_file_that_vanishes_after_sniffing(
    sample_xlsx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    path = sample_xlsx
    if kind == "csv":
        path = tmp_path / "a.csv"
        path.write_text("手机号\n", encoding="utf-8")
    real_open = Path.open
    calls = []

    def open_once(self: Path, *args: object, **kwargs: object) -> object:
        calls.append(self)
        if len(calls) > 1:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", open_once)
    assert _refused(path) == f"无法读取文件：{path}（Permission denied）"


def test_a_picture_renamed_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(books.PNG)
    assert _refused(path) == "不是 Excel 或 CSV 文件"


def test_text_in_no_known_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(b"\x80\x80\xff,\xfe\n")
    assert "无法识别文件的文字编码" in _refused(path)
    path.write_bytes(codecs.BOM_UTF8 + b"\xff\xfe\n")
    assert "无法识别文件的文字编码" in _refused(path)


def test_files_over_500_mb_are_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_PART_BYTES", 10)
    path = tmp_path / "big.csv"
    path.write_text("手机号\n13812345678\n", encoding="utf-8")
    assert _refused(path) == "文件超过 500 MB，已拒绝读取"


def test_a_truncated_xlsx_is_damaged(sample_xlsx: Path, tmp_path: Path) -> None:
    data = sample_xlsx.read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert _refused(path) == "文件已损坏，无法读取"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    assert _refused(path) == "文件已损坏，无法读取"


def test_a_workbook_with_a_broken_part_is_damaged(sample_xlsx: Path, tmp_path: Path) -> None:
    def garble(name: str, data: bytes) -> bytes:
        return b"<workbook" if name == "xl/workbook.xml" else data

    path = books.rezip(sample_xlsx, tmp_path / "broken.xlsx", garble)
    assert _refused(path) == "文件已损坏，无法读取"  # the reader's English goes to the log


def test_a_broken_second_sheet_is_damaged_when_read(tmp_path: Path) -> None:
    source = books.xlsx(tmp_path / "two.xlsx", {"A": [["手机号"]], "B": [["x"]]})

    def garble(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet2.xml":  # its cell points past the shared strings
            return data.replace(b'<c r="A1" t="s"><v>1</v>', b'<c r="A1" t="s"><v>99</v>')
        return data

    path = books.rezip(source, tmp_path / "broken.xlsx", garble)
    book = open_book(path)
    assert book.rows("A") == [["手机号"]]
    with pytest.raises(UserError, match=r"^文件已损坏，无法读取$"):
        book.rows("B")


def test_a_damaged_xls_is_refused(tmp_path: Path) -> None:
    source = books.xls(tmp_path / "ok.xls", {"S": [["手机号"]]})
    path = tmp_path / "bad.xls"
    path.write_bytes(source.read_bytes()[:600] + b"\x00" * 40)
    assert _refused(path) == "文件已损坏，无法读取"  # the reader's English goes to the log


def test_zips_that_are_no_workbook(tmp_path: Path) -> None:
    docx = books.zip_of(tmp_path / "letter.xlsx", {"word/document.xml": "<w/>"})
    assert _refused(docx) == "不是 Excel 文件"
    odt = books.zip_of(
        tmp_path / "text.ods",
        {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"},
    )
    assert _refused(odt) == "不是 Excel 文件"
    xlsb = books.zip_of(tmp_path / "binary.xlsx", {"xl/workbook.bin": b"\x00"})
    assert "不支持 .xlsb 格式" in _refused(xlsb)
    empty_zip = tmp_path / "empty.xlsx"
    with zipfile.ZipFile(empty_zip, "w"):
        pass
    assert _refused(empty_zip) == "不是 Excel 文件"


def test_a_workbook_without_data_or_worksheets(tmp_path: Path) -> None:
    empty = books.xlsx(tmp_path / "empty.xlsx", {"Sheet1": [], "Sheet2": []})
    assert _refused(empty) == "文件里没有任何数据"
    # A cell holding an empty string counts as data for this check; its rows read blank.
    blank = books.xlsx(tmp_path / "blank.xlsx", {"Sheet1": [], "Sheet2": [[None, ""]]})
    assert open_book(blank).rows("Sheet2") == [[]]

    import xlsxwriter

    path = tmp_path / "chart.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    chart = workbook.add_chart({"type": "column"})
    chart.add_series({"values": ["图表", 0, 0, 2, 0]})
    workbook.add_chartsheet("图表").set_chart(chart)
    workbook.close()
    assert _refused(path) == "文件里没有工作表"


def test_a_zip_bomb_is_refused_from_the_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = books.zip_bomb(tmp_path / "bomb.xlsx", megabytes=600)
    assert path.stat().st_size < 1_000_000

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a part was inflated")

    import python_calamine

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", never)
    monkeypatch.setattr(zipfile.ZipFile, "open", never)
    assert _refused(path) == "文件中有部分解压后超过 500 MB（可能是压缩炸弹），已拒绝读取"


def test_a_zip_part_just_under_the_limit_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = books.zip_bomb(tmp_path / "bomb.xlsx", megabytes=2)
    monkeypatch.setattr(reader, "MAX_PART_BYTES", 2 << 20)
    # Not refused as a bomb: it gets as far as calamine, which finds no real workbook in it.
    assert _refused(path) == "文件已损坏，无法读取"  # the reader's English goes to the log


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        (f"A1:A{MAX_ROWS + 1}", "工作表超出 Excel 的行数上限"),
        ("A1:XFE1", "工作表超出 Excel 的列数上限"),
        ("$A$1:$GS$1000001", "工作表的数据区域过大（1,000,001 行 × 201 列）"),
        ("A1:XFD1048576", "工作表的数据区域过大（1,048,576 行 × 16,384 列）"),
    ],
)
def test_a_sheet_beyond_the_limits_is_refused_unread(
    sample_xlsx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ref: str, message: str
) -> None:
    path = books.with_dimension(sample_xlsx, tmp_path / "huge.xlsx", ref)
    import python_calamine

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("calamine was asked to load the sheet")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", never)
    assert _refused(path).startswith(message)
    assert MAX_COLS == 16_384


@pytest.mark.parametrize("ref", [f"A1:O{MAX_ROWS}", "A1", "a1:e7", None])
def test_dimensions_within_the_limits_or_missing_are_accepted(
    sample_xlsx: Path, tmp_path: Path, ref: str | None
) -> None:
    path = books.with_dimension(sample_xlsx, tmp_path / "ok.xlsx", ref)
    assert open_book(path).rows("客户")[2] == HEADER


def test_a_dimension_that_is_no_cell_reference_is_left_to_calamine(
    sample_xlsx: Path, tmp_path: Path
) -> None:
    path = books.with_dimension(sample_xlsx, tmp_path / "odd.xlsx", "A1:bogus")
    assert _refused(path) == "文件已损坏，无法读取"  # the reader's English goes to the log


def test_the_dimension_is_looked_for_in_the_first_64_kb_only(tmp_path: Path) -> None:
    source = books.xlsx(tmp_path / "s.xlsx", {"S": [["手机号"]]})

    def push_down(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        padding = b"<!--" + b" " * (70 * 1024) + b"-->"
        return data.replace(b"<dimension ref", padding + b"<dimension ref", 1).replace(
            b'ref="A1"', f'ref="A1:A{MAX_ROWS + 1}"'.encode()
        )

    path = books.rezip(source, tmp_path / "late.xlsx", push_down)
    assert open_book(path).rows("S") == [["手机号"]]


def test_reading_leaves_a_paused_garbage_collector_paused(sample_xlsx: Path) -> None:
    import gc

    book = open_book(sample_xlsx)
    gc.disable()
    try:
        assert book.rows("客户")[2] == HEADER
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert open_book(sample_xlsx).rows("客户")[2] == HEADER
    assert gc.isenabled()


def test_book_can_be_built_for_a_csv_text_directly(tmp_path: Path) -> None:
    book = Book(tmp_path / "x.csv", "csv", [SheetInfo("x", True)], text="a;b\n", delimiter=";")
    assert book.rows("x") == [["a", "b"]]
    book.close()
