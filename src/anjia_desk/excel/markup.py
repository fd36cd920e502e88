"""The ".xls" files that Chinese web systems export but that are no Excel binary: an HTML page
with a table, or an Excel 2003 XML workbook (SpreadsheetML). Both become sheets of raw rows for
excel.reader, which normalises them like any other sheet (issue 14).

SpreadsheetML is parsed by defusedxml with entity definitions and external entities refused, so
a billion-laughs file or one that names a file on this PC is refused, never expanded. Both
readers keep to the limits of an .xlsx: Excel's rows and columns, and the cells one sheet may hold.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
from collections.abc import Callable
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from anjia_desk.core.errors import UserError

Sheet = tuple[str, list[list[Any]]]

_SS = "urn:schemas-microsoft-com:office:spreadsheet"
ENTITIES = "文件中含有 XML 实体定义或外部引用，为安全起见已拒绝读取"
_NOT_A_WORKBOOK = "不是 Excel 文件（XML 文件中没有工作表）"
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|table)\b", re.I | re.S
)


def looks_like_html(head: str) -> bool:
    """An HTML page (or a bare table) by its first characters."""
    return bool(_HTML_START.match(head)) or "<table" in head[:4096].lower()


def looks_like_xml(head: str) -> bool:
    return head.lstrip().startswith("<?xml") or head.lstrip().startswith("<Workbook")


class Limits:
    """Excel's limits on one sheet, passed in by the reader."""

    def __init__(self, rows: int, columns: int, cells: int, refuse: Callable[[int, int], None]):
        self.rows, self.columns, self.cells = rows, columns, cells
        self.refuse = refuse

    def check(self, rows: int, columns: int) -> None:
        if rows > self.rows or columns > self.columns or rows * columns > self.cells:
            self.refuse(rows, columns)


def _place(row: list[Any], column: int, value: Any) -> None:
    if column >= len(row):
        row.extend([None] * (column - len(row) + 1))
    row[column] = value


# --- HTML


class _Tables(HTMLParser):
    """Every <table>'s rows, with colspan and rowspan honoured (a spanned area keeps its value
    in its first cell, like a merged range). Nested tables are tables of their own."""

    def __init__(self, limits: Limits) -> None:
        super().__init__(convert_charrefs=True)
        self.limits = limits
        self.done: list[list[list[Any]]] = []
        self._stack: list[dict[str, Any]] = []

    def _table(self) -> dict[str, Any] | None:
        return self._stack[-1] if self._stack else None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        table = self._table()
        if tag == "table":
            self._stack.append({"rows": [], "row": None, "cell": None, "spans": {}, "width": 0})
        elif table is None:
            return
        elif tag == "tr":
            self._end_row(table)
            table["row"] = []
            table["column"] = 0
        elif tag in ("td", "th"):
            self._end_cell(table)
            if table["row"] is None:
                table["row"] = []
                table["column"] = 0
            named = dict(attrs)
            table["cell"] = {
                "text": [],
                "colspan": _span(named.get("colspan")),
                "rowspan": _span(named.get("rowspan")),
            }
        elif tag == "br" and table["cell"] is not None:
            table["cell"]["text"].append("\n")

    def handle_endtag(self, tag: str) -> None:
        table = self._table()
        if table is None:
            return
        if tag in ("td", "th"):
            self._end_cell(table)
        elif tag == "tr":
            self._end_row(table)
        elif tag == "table":
            self._end_row(table)
            self._stack.pop()
            self.done.append(table["rows"])

    def handle_data(self, data: str) -> None:
        table = self._table()
        if table is not None and table["cell"] is not None:
            table["cell"]["text"].append(data)

    def _skip_spanned(self, table: dict[str, Any]) -> None:
        spans: dict[int, int] = table["spans"]
        while spans.get(table["column"], 0) > 0:
            _place(table["row"], table["column"], None)
            table["column"] += 1

    def _end_cell(self, table: dict[str, Any]) -> None:
        cell = table["cell"]
        if cell is None:
            return
        table["cell"] = None
        self._skip_spanned(table)
        start = table["column"]
        end = start + cell["colspan"]
        self.limits.check(len(table["rows"]) + 1, end)
        text = "".join(cell["text"])
        _place(table["row"], start, text)
        for column in range(start + 1, end):
            _place(table["row"], column, None)
        if cell["rowspan"] > 1:
            for column in range(start, end):
                table["spans"][column] = cell["rowspan"]  # counted down as rows end
        table["column"] = end

    def _end_row(self, table: dict[str, Any]) -> None:
        self._end_cell(table)
        row = table["row"]
        if row is None:
            return
        self._skip_spanned(table)
        table["row"] = None
        spans: dict[int, int] = table["spans"]
        for column in list(spans):
            spans[column] -= 1
            if spans[column] <= 0:
                del spans[column]
        table["rows"].append(row)
        self.limits.check(len(table["rows"]), len(row))


def _span(value: str | None) -> int:
    try:
        return max(1, int((value or "1").strip()))
    except ValueError:
        return 1


def read_html(text: str, stem: str, limits: Limits) -> list[Sheet]:
    parser = _Tables(limits)
    parser.feed(text)
    parser.close()
    while parser._stack:  # tables left open at the end of the file
        table = parser._stack.pop()
        parser._end_row(table)
        parser.done.append(table["rows"])
    tables = [rows for rows in parser.done if rows]
    if not tables:
        raise UserError("网页文件中没有表格")
    if len(tables) == 1:
        return [(stem, tables[0])]
    return [(f"表格{number}", rows) for number, rows in enumerate(tables, start=1)]


# --- SpreadsheetML 2003


def _value(kind: str, text: str) -> Any:
    if kind == "Number":
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if kind == "DateTime":
        try:
            return datetime.fromisoformat(text[:19])
        except ValueError:
            return text
    if kind == "Boolean":
        return text.strip() in ("1", "true", "TRUE")
    return text


def _index(element: Any, fallback: int) -> int:
    raw = element.get(f"{{{_SS}}}Index")
    if raw is None:
        return fallback
    try:
        number = int(raw)
    except ValueError:
        raise UserError("文件已损坏，无法读取（单元格序号无效）") from None
    if number < 1:
        raise UserError("文件已损坏，无法读取（单元格序号无效）")
    return number


_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_EXPAT_KNOWS = frozenset({"utf8", "utf16", "usascii", "ascii", "iso88591", "latin1"})


def _xml_source(path: Path) -> str | IO[bytes]:
    """The file for the XML parser: as it is, or — when it declares an encoding the parser
    does not know (web systems write GB2312 or GBK) — decoded and handed over as UTF-8."""
    with path.open("rb") as stream:
        head = stream.read(512)
    match = _DECLARED.match(head.removeprefix(codecs.BOM_UTF8))
    if match is None:
        return str(path)
    declared = match[1].decode("ascii").lower()
    if declared.replace("-", "").replace("_", "") in _EXPAT_KNOWS:
        return str(path)
    name = "gb18030" if declared in ("gb2312", "gbk", "gb18030", "x-gbk") else declared
    try:
        text = path.read_bytes().decode(name)
    except (LookupError, UnicodeDecodeError):
        raise UserError(f"无法识别文件的文字编码（{declared}）") from None
    text = text.replace(match[1].decode("ascii"), "UTF-8", 1)
    return io.BytesIO(text.encode("utf-8"))


def read_spreadsheetml(path: Path, limits: Limits) -> list[Sheet]:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    sheets: list[Sheet] = []
    rows: list[list[Any]] = []
    row_number = 0
    try:
        for event, element in iterparse(
            _xml_source(path), events=("start", "end"), forbid_dtd=False, forbid_entities=True,
            forbid_external=True,
        ):  # fmt: skip
            tag = element.tag
            if event == "start":
                if tag == f"{{{_SS}}}Worksheet":
                    rows, row_number = [], 0
                continue
            if tag == f"{{{_SS}}}Row":
                row_number = _index(element, row_number + 1)
                limits.check(row_number, 0)
                row: list[Any] = []
                column = 0
                for cell in element.findall(f"{{{_SS}}}Cell"):
                    column = _index(cell, column + 1)
                    limits.check(row_number, column)
                    data = cell.find(f"{{{_SS}}}Data")
                    if data is not None:
                        text = "".join(data.itertext())
                        _place(row, column - 1, _value(data.get(f"{{{_SS}}}Type", ""), text))
                    across = cell.get(f"{{{_SS}}}MergeAcross")
                    if across is not None and across.strip().isdigit():
                        column += int(across)
                        limits.check(row_number, column)
                while len(rows) < row_number - 1:
                    rows.append([])
                rows.append(row)
                element.clear()
            elif tag == f"{{{_SS}}}Worksheet":
                name = element.get(f"{{{_SS}}}Name") or f"Sheet{len(sheets) + 1}"
                sheets.append((name, rows))
                element.clear()
    except DefusedXmlException:
        raise UserError(ENTITIES) from None
    except SyntaxError as exc:  # xml.etree.ElementTree.ParseError: its English to the log
        logging.getLogger(__name__).warning("spreadsheet XML unreadable: %s", str(exc)[:200])
        raise UserError("文件已损坏，无法读取（XML 格式不对）") from None
    if not sheets:
        raise UserError(_NOT_A_WORKBOOK)
    return sheets
