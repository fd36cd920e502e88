"""Files from outside (issue 14): a stray cell at XFD1048576 under a lying or missing
<dimension> is refused before the reader can abort the process; web systems' ".xls" files (HTML
tables, SpreadsheetML 2003) are read like any sheet, with XML entities refused; a
password-protected workbook is named as such."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from anjia_desk.core.errors import UserError
from anjia_desk.excel import extent
from anjia_desk.excel.reader import open_book
from tests.excel import books, hostile

FAR = "工作表的数据区域过大（1,048,576 行 × 16,384 列）"
PASSWORD = "文件设有密码，请在 Excel 中取消密码后再导入"
ENTITIES = "文件中含有 XML 实体定义或外部引用，为安全起见已拒绝读取"
ROWS = [["客户姓名", "手机号", "备注"], ["张伟", "13800000001", "a&b <x>"], ["李娜", "13900000002"]]


def _refused(path: Path) -> str:
    with pytest.raises(UserError) as info:
        open_book(path)
    return info.value.message


@pytest.fixture
def no_calamine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A guard that fails would abort the test run; here it fails the test instead."""
    import python_calamine

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("calamine was asked to load the workbook")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", never)
    yield


# --- the stray cell


@pytest.mark.parametrize("style", ["regular", "bare", "single", "prefixed", "late"])
@pytest.mark.parametrize("dimension", ["A1:B2", None])
def test_a_stray_cell_at_the_last_cell_is_refused_before_the_reader(
    tmp_path: Path, no_calamine: None, style: str, dimension: str | None
) -> None:
    path = hostile.stray_cell_xlsx(tmp_path / "stray.xlsx", dimension=dimension, style=style)
    message = _refused(path)
    assert message.startswith(FAR) and "零散单元格" in message


@pytest.mark.parametrize("style", ["regular", "bare", "single", "prefixed", "late"])
def test_the_same_sheets_without_the_stray_cell_are_read(tmp_path: Path, style: str) -> None:
    sheet = hostile.sheet_xml(dimension="A1:B2", stray=None, style=style, rows=3)
    path = hostile.xlsx_by_hand(tmp_path / "ok.xlsx", sheet)
    rows = open_book(path).rows("客户")
    assert rows[:3] == [["客户姓名", "手机号"], ["张伟", "13800000001"], ["客户0", "13900000000"]]


@pytest.mark.parametrize(
    ("stray", "refused"),
    [("Z999999", False), ("AC1048576", True), ("AA999999", False), ("A1048577", True)],
)
def test_where_the_limit_lies(tmp_path: Path, stray: str, refused: bool) -> None:
    """26 × 999,999 passes on the fast path; wider areas are measured exactly."""
    path = hostile.stray_cell_xlsx(tmp_path / "s.xlsx", stray=stray)
    import zipfile

    with zipfile.ZipFile(path) as archive:
        rows, columns = extent.sheet_extent(archive, archive.getinfo("xl/worksheets/sheet1.xml"))
    assert (rows * columns > 30_000_000 or rows > 1_048_576) is refused


def test_a_wide_workbook_is_measured_exactly(tmp_path: Path) -> None:
    path = books.xlsx(tmp_path / "w.xlsx", {"S": [[f"c{i}" for i in range(40)], ["x"] * 40]})
    import zipfile

    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
        assert extent.sheet_extent(archive, info) == (2, 40)


def test_a_tag_cut_between_chunks_is_still_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_calamine: None
) -> None:
    monkeypatch.setattr(extent, "CHUNK_BYTES", 7)
    path = hostile.stray_cell_xlsx(tmp_path / "stray.xlsx")
    assert _refused(path).startswith(FAR)


def test_the_cli_refuses_the_stray_cell_with_exit_2_and_does_not_crash(tmp_path: Path) -> None:
    """In a process of its own: before the guard, this aborted (rc 134, a panic in the reader)."""
    path = hostile.stray_cell_xlsx(tmp_path / "stray.xlsx")
    done = subprocess.run(
        [sys.executable, "-m", "anjia_desk", "--db", str(tmp_path / "a.db"), "import",
         "customers", str(path), "--json"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ),
    )  # fmt: skip
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stdout == ""
    err = done.stderr.strip()
    assert FAR in err and "\n" not in err and "Traceback" not in err


# --- a shared-strings table that lies about its size


def _with_shared_strings(path: Path, unique: int) -> Path:
    body = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    )
    hostile.xlsx_by_hand(path, body)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(
            "xl/sharedStrings.xml",
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="1" uniqueCount="{unique}"><si><t>客户姓名</t></si></sst>',
        )
    return path


def test_a_lying_shared_string_count_is_refused_before_the_reader(
    tmp_path: Path, no_calamine: None
) -> None:
    """uniqueCount="2147483647" made the reader reserve ~550 GB and abort the process (rc -6)."""
    path = _with_shared_strings(tmp_path / "lie.xlsx", 2_147_483_647)
    assert _refused(path) == "文件已损坏，无法读取"


def test_an_honest_shared_string_count_is_read(tmp_path: Path) -> None:
    assert open_book(_with_shared_strings(tmp_path / "honest.xlsx", 1)) is not None


# --- web systems' ".xls"


def test_an_html_table_saved_as_xls_is_read(tmp_path: Path) -> None:
    book = open_book(hostile.html_xls(tmp_path / "导出.xls", ROWS))
    assert book.kind == "html" and [s.name for s in book.sheets] == ["导出"]
    assert book.rows("导出") == ROWS
    assert book.head("导出", 1) == ROWS[:1]


def test_an_html_table_in_gbk_with_spans_and_line_breaks(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="gbk"></head><body><table>'
        '<tr><td colspan="3">三月客户名单</td></tr>'
        "<tr><th>客户姓名</th><th>手机号</th><th>备注</th></tr>"
        '<tr><td rowspan="2">张伟</td><td>13800000001</td><td>周末<br>看房</td></tr>'
        "<tr><td>13800000002</td><td>&nbsp;二次&amp;来访</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "web.xls"
    path.write_bytes(html.encode("gb18030"))
    assert open_book(path).rows("web") == [
        ["三月客户名单"],
        ["客户姓名", "手机号", "备注"],
        ["张伟", "13800000001", "周末\n看房"],
        [None, "13800000002", "二次&来访"],
    ]


def test_several_html_tables_are_several_sheets(tmp_path: Path) -> None:
    path = tmp_path / "two.xls"
    path.write_text("<table><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table>")
    book = open_book(path)
    assert [s.name for s in book.sheets] == ["表格1", "表格2"]
    assert book.rows("表格2") == [["b"]]


def test_an_html_table_beyond_the_limits_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.xls"
    path.write_text('<table><tr><td colspan="20000">x</td></tr></table>')
    assert _refused(path) == "工作表超出 Excel 的列数上限"


def test_an_html_page_without_a_table(tmp_path: Path) -> None:
    path = tmp_path / "page.xls"
    path.write_text("<html><body><p>会话已过期，请重新登录</p></body></html>")
    assert _refused(path) == "网页文件中没有表格"


def test_spreadsheetml_saved_as_xls_is_read(tmp_path: Path) -> None:
    path = hostile.spreadsheetml_xls(tmp_path / "报表.xls", [*ROWS, ["王强", 13700000003]])
    book = open_book(path)
    assert book.kind == "xml" and [s.name for s in book.sheets] == ["客户"]
    assert book.rows("客户") == [*ROWS, ["王强", 13700000003]]


def test_spreadsheetml_in_gb2312(tmp_path: Path) -> None:
    """Expat knows no GB2312: the file is decoded first, then parsed."""
    path = hostile.spreadsheetml_xls(tmp_path / "gb.xls", ROWS)
    text = path.read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="gb2312"')
    path.write_bytes(text.encode("gb18030"))
    assert open_book(path).rows("客户") == ROWS


def test_spreadsheetml_indexes_types_and_merges(tmp_path: Path) -> None:
    ss = "urn:schemas-microsoft-com:office:spreadsheet"
    path = tmp_path / "x.xls"
    path.write_text(
        f'<?xml version="1.0"?><Workbook xmlns="{ss}" xmlns:ss="{ss}">'
        '<Worksheet ss:Name="S"><Table>'
        '<Row><Cell ss:MergeAcross="1"><Data ss:Type="String">标题</Data></Cell>'
        '<Cell><Data ss:Type="Boolean">1</Data></Cell></Row>'
        '<Row ss:Index="3"><Cell ss:Index="2"><Data ss:Type="DateTime">2026-03-05T14:30:00.000'
        '</Data></Cell><Cell><Data ss:Type="Number">2.5</Data></Cell></Row>'
        "</Table></Worksheet></Workbook>",
        encoding="utf-8",
    )
    assert open_book(path).rows("S") == [
        ["标题", None, True],
        [],
        [None, datetime(2026, 3, 5, 14, 30), 2.5],
    ]


def test_spreadsheetml_reaching_past_the_limits_is_refused(tmp_path: Path) -> None:
    ss = "urn:schemas-microsoft-com:office:spreadsheet"
    path = tmp_path / "far.xls"
    path.write_text(
        f'<?xml version="1.0"?><Workbook xmlns="{ss}" xmlns:ss="{ss}"><Worksheet ss:Name="S">'
        '<Table><Row ss:Index="1048576"><Cell ss:Index="16384"><Data ss:Type="String">x</Data>'
        "</Cell></Row></Table></Worksheet></Workbook>"
    )
    assert _refused(path).startswith(FAR)


def test_a_billion_laughs_is_refused_unexpanded(tmp_path: Path) -> None:
    rows = [*ROWS, ["&lol9;", "13700000003"]]
    path = hostile.spreadsheetml_xls(tmp_path / "l.xls", rows, doctype=hostile.BILLION_LAUGHS)
    assert _refused(path) == ENTITIES


def test_an_external_entity_is_refused_and_the_file_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("口令：TOPSECRET")
    rows = [*ROWS, ["&secret;", "13700000003"]]
    doctype = hostile.external_entity(secret)
    path = hostile.spreadsheetml_xls(tmp_path / "x.xls", rows, doctype=doctype)
    message = _refused(path)
    assert message == ENTITIES and "TOPSECRET" not in message


def test_xml_that_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "feed.xls"
    path.write_text('<?xml version="1.0"?><rss><channel/></rss>')
    assert _refused(path) == "不是 Excel 文件（XML 文件中没有工作表）"


# --- passwords


def test_an_encrypted_xlsx_is_named_as_such(tmp_path: Path, no_calamine: None) -> None:
    assert _refused(hostile.encrypted_ooxml(tmp_path / "加密.xlsx")) == PASSWORD


def test_an_encrypted_xls_is_named_as_such(tmp_path: Path) -> None:
    plain = books.xls(tmp_path / "plain.xls", {"S": [["手机号"], ["13800000001"]]})
    assert open_book(plain).rows("S") == [["手机号"], ["13800000001"]]
    assert _refused(hostile.encrypted_xls(tmp_path / "加密.xls", plain)) == PASSWORD


def test_a_damaged_compound_file_is_still_damaged(tmp_path: Path) -> None:
    path = tmp_path / "bad.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert _refused(path).startswith("文件已损坏")


PARTS = ["data/s.xml", "/xl/other.xml", "hidden/../x.xml"]


@pytest.mark.parametrize("part", PARTS)
def test_a_worksheet_part_anywhere_the_relationships_say_is_measured(
    tmp_path: Path, no_calamine: None, part: str
) -> None:
    sheet = hostile.sheet_xml(dimension="A1:B2", stray="XFD1048576")
    path = hostile.xlsx_by_hand(tmp_path / "moved.xlsx", sheet, part=part)
    assert _refused(path).startswith(FAR)


@pytest.mark.parametrize("part", PARTS[:2])
def test_a_worksheet_part_elsewhere_is_read(tmp_path: Path, part: str) -> None:
    ok = hostile.sheet_xml(dimension="A1:B2", stray=None)
    rows = open_book(hostile.xlsx_by_hand(tmp_path / "ok.xlsx", ok, part=part)).rows("客户")
    assert rows == [["客户姓名", "手机号"], ["张伟", "13800000001"]]


def test_prefixed_bare_cells_are_walked(tmp_path: Path, no_calamine: None) -> None:
    ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet = (
        f'<?xml version="1.0"?><x:worksheet {ns}><x:sheetData>'
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>手机号</x:t></x:is></x:c></x:row>'
        + "<x:row/>" * 1_048_574
        + "<x:row>"
        + "<x:c/>" * 16_383
        + '<x:c t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>'
    )
    path = hostile.xlsx_by_hand(tmp_path / "p.xlsx", sheet)
    assert _refused(path).startswith(FAR)


def test_entities_inside_an_xlsx_sheet_are_named_in_chinese(tmp_path: Path) -> None:
    """The reader refuses entities itself, in English: the person reads why, in Chinese."""
    sheet = (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    path = hostile.xlsx_by_hand(tmp_path / "laughs.xlsx", sheet)
    book = None
    with pytest.raises(UserError) as info:
        book = open_book(path)
        book.rows(book.sheet_names()[0])
    assert info.value.message == ENTITIES
