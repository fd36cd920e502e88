"""Opening a workbook or CSV file and reading its sheets as plain, normalised rows.

The format is decided by the file's first bytes, never its name (EXCEL_FORMAT.md §Reading rules).
Everything that would make reading dangerous or pointless is refused before any data is
inflated: a zip part that unpacks to more than 500 MB, a sheet beyond Excel's own limits, a
file that is no workbook at all. `Book.rows()` starts at the sheet's row 1, so a row's index + 1
is the row number the user sees in Excel.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import logging
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from anjia_desk.core.errors import UserError
from anjia_desk.excel.cells import Cell
from anjia_desk.excel.extent import sheet_extent, worksheet_parts
from anjia_desk.excel.markup import ENTITIES, Limits, looks_like_html, looks_like_xml
from anjia_desk.excel.ole import is_password_protected

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from python_calamine import CalamineSheet, CalamineWorkbook

__all__ = [
    "MAX_CELLS",
    "MAX_COLS",
    "MAX_PART_BYTES",
    "MAX_ROWS",
    "Book",
    "Cell",
    "SheetInfo",
    "normalise",
    "open_book",
]

MAX_PART_BYTES = 500 * 1024 * 1024  # a zip part that would unpack to more → refused
MAX_ROWS = 1_048_576  # Excel's own limit
MAX_COLS = 16_384
#: calamine holds a sheet's used area densely: one stray cell at XFD1048576 would ask for
#: 17 billion cells. 30 million is Excel's row limit times the widest export, with room.
MAX_CELLS = 30_000_000

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_SNIFF_BYTES = 8192
_DIMENSION_BYTES = 64 * 1024
_DIMENSION_RE = re.compile(rb'<(?:\w+:)?dimension\b[^>]*?\bref="([^"]*)"')
_CELL_REF_RE = re.compile(r"\$?([A-Z]{1,3})\$?(\d{1,7})")

_DAMAGED = "文件已损坏，无法读取"
_BOMB = "文件中有部分解压后超过 500 MB（可能是压缩炸弹），已拒绝读取"
_TOO_LONG = "工作表超出 Excel 的行数上限"
_PASSWORD = "文件设有密码，请在 Excel 中取消密码后再导入"

# Whitespace stripped from text cells: str.strip()'s set plus the invisible ones that come
# with pasted text (zero-width space, BOM).
_BLANKS = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_KEPT_TYPES = frozenset({int, bool, date, datetime, time, type(None)})
_T = TypeVar("_T")


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool


# --- normalisation


def _duration_text(value: timedelta) -> str:
    """A duration cell ([h]:mm:ss) as Excel shows it: 30:00:00."""
    seconds = round(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"


def normalise(value: object) -> Cell:
    """The one place cell types are made uniform, whatever the reader gave: blank → None, text
    stripped (also of U+3000 and U+00A0), an integral float → int, a duration → text."""
    kind = type(value)
    if kind is str:
        return cast(str, value).strip(_BLANKS) or None
    if kind is float:
        number = cast(float, value)
        return int(number) if number.is_integer() else number
    if kind in _KEPT_TYPES:
        return cast(Cell, value)
    # Rarer types, and subclasses of the common ones (an IntEnum, a str subclass).
    if isinstance(value, int):
        return int(value)
    if isinstance(value, date | time):
        return value
    if isinstance(value, float):
        return normalise(float(value))
    if isinstance(value, timedelta):
        return _duration_text(value)
    if isinstance(value, Decimal):
        return normalise(int(value) if value == value.to_integral_value() else float(value))
    return normalise(str(value))


def _normalise_rows(rows: list[list[Any]]) -> list[list[Cell]]:
    """normalise() over every cell, in place (hot path: 1.5 million cells for 100,000 rows), and
    trailing blank cells dropped, so a blank row is []."""
    strip = str.strip
    blanks = _BLANKS
    kept = _KEPT_TYPES
    for row in rows:
        for index, value in enumerate(row):
            kind = type(value)
            if kind is str:
                if value:
                    text = strip(value, blanks)
                    if text is not value:
                        row[index] = text or None
                else:
                    row[index] = None
            elif kind is float:
                if value.is_integer():
                    row[index] = int(value)
            elif kind not in kept:
                row[index] = normalise(value)
        while row and row[-1] is None:
            row.pop()
    return rows


# --- the book


class Book:
    """An opened file. kind: "xlsx" | "xls" | "ods" | "csv" | "html" | "xml" (decided by
    content; "html" and "xml" are the web systems' ".xls" files: an HTML table, SpreadsheetML)."""

    path: Path
    kind: str
    sheets: list[SheetInfo]  # in workbook order; a CSV has one sheet named after the file stem

    def __init__(
        self,
        path: Path,
        kind: str,
        sheets: list[SheetInfo],
        *,
        workbook: CalamineWorkbook | None = None,
        text: str | None = None,
        delimiter: str = ",",
        tables: dict[str, list[list[Cell]]] | None = None,
    ) -> None:
        self.path = path
        self.kind = kind
        self.sheets = sheets
        self._workbook = workbook
        self._text = text
        self._delimiter = delimiter
        self._tables = tables  # sheets read whole at opening, normalised
        self._loaded: tuple[str, CalamineSheet] | None = None  # the last sheet calamine parsed

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Let go of the file (also done when the book is garbage-collected)."""
        self._loaded = None
        if self._workbook is not None:
            workbook, self._workbook = self._workbook, None
            workbook.close()

    def rows(self, sheet: str) -> list[list[Cell]]:
        """The whole sheet from its row 1, normalised; rows are ragged (trailing blanks dropped,
        a blank row is []), so index cells safely."""
        if self._tables is not None:
            self._check_name(sheet)
            return self._tables[sheet]
        if self._text is not None:
            self._check_name(sheet)
            with _no_cyclic_gc():
                return self._csv_rows(MAX_ROWS + 1, refuse_over=MAX_ROWS)
        loaded = self._sheet(sheet)
        self._loaded = None  # the full read is the last use: let the parsed sheet go
        with _no_cyclic_gc():
            return _normalise_rows(_convert(lambda: loaded.to_python(skip_empty_area=False)))

    def head(self, sheet: str, n: int = 30) -> list[list[Cell]]:
        """The sheet's first n rows, normalised like rows()."""
        if self._tables is not None:
            self._check_name(sheet)
            return self._tables[sheet][:n]
        if self._text is not None:
            self._check_name(sheet)
            return self._csv_rows(n)
        loaded = self._sheet(sheet)
        return _normalise_rows(_convert(lambda: loaded.to_python(skip_empty_area=False, nrows=n)))

    # --- helpers

    def _check_name(self, sheet: str) -> None:
        if all(info.name != sheet for info in self.sheets):
            raise UserError(f"文件里没有名为“{sheet}”的工作表")

    def _sheet(self, sheet: str) -> CalamineSheet:
        if self._loaded is not None and self._loaded[0] == sheet:
            return self._loaded[1]
        self._check_name(sheet)
        if self._workbook is None:
            raise UserError("文件已关闭，请重新打开")
        workbook = self._workbook
        loaded = _convert(lambda: workbook.get_sheet_by_name(sheet))
        self._loaded = (sheet, loaded)
        return loaded

    def _has_data(self) -> bool:
        """Whether any sheet holds a cell (parsing sheets in order until one does; the last
        one parsed stays loaded for the read that follows)."""
        ordered = sorted(self.sheets, key=lambda info: not info.visible)  # visible ones first
        return any(self._sheet(info.name).start is not None for info in ordered)

    def _csv_rows(self, limit: int, *, refuse_over: int | None = None) -> list[list[Cell]]:
        assert self._text is not None
        reader = csv.reader(io.StringIO(self._text, newline=""), delimiter=self._delimiter)
        try:
            rows: list[list[Any]] = list(islice(reader, limit))
        except csv.Error as exc:  # the library's English goes to the log, not to the person
            log.warning("csv file unreadable at line %d: %s", reader.line_num, exc)
            raise UserError(f"{_DAMAGED}（第 {reader.line_num} 行的内容过长或格式不对）") from None
        if refuse_over is not None and len(rows) > refuse_over:
            raise UserError(_TOO_LONG)
        return _normalise_rows(rows)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of cells are made: they hold no
    cycles, and the collector's passes over them cost more than the conversion itself."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _convert(call: Callable[[], _T]) -> _T:
    """Run a calamine call, turning its errors into the user's "damaged file" message."""
    from python_calamine import CalamineError

    try:
        return call()
    except CalamineError as exc:  # the library's English goes to the log, not to the person
        log.warning("the Excel reader refused the file: %s", _short(exc))
        if "entity" in str(exc).lower():
            raise UserError(ENTITIES) from None
        raise UserError(_DAMAGED) from None


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 80 else text[:79] + "…"


# --- opening


def open_book(path: Path) -> Book:
    """Sniff, guard and open a workbook or CSV file; UserError for anything unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            start = stream.read(_SNIFF_BYTES)
    except FileNotFoundError:
        raise UserError(f"找不到文件：{path}") from None
    except OSError as exc:
        raise UserError(f"无法读取文件：{path}（{exc.strerror or exc}）") from None
    if not start:
        raise UserError("文件是空的")
    if start.startswith(_ZIP_MAGIC):
        return _open_calamine(path, _sniff_zip(path))
    if size > MAX_PART_BYTES:
        raise UserError("文件超过 500 MB，已拒绝读取")
    if start.startswith(_OLE_MAGIC):
        if is_password_protected(path):
            raise UserError(_PASSWORD)
        return _open_calamine(path, "xls")
    head = _sniff_text(start)
    if looks_like_xml(head):
        return _open_spreadsheetml(path)
    if looks_like_html(head):
        return _open_html(path)
    return _open_csv(path, start)


def _sniff_zip(path: Path) -> str:
    """ "xlsx" or "ods" from the zip's directory, after the size guards."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if any(info.file_size > MAX_PART_BYTES for info in infos):
                raise UserError(_BOMB)
            names = {info.filename for info in infos}
            if "xl/workbook.xml" in names:
                for info in worksheet_parts(archive):
                    _check_dimension(archive, info)
                    _check_cells(archive, info)
                _check_shared_strings(archive)
                return "xlsx"
            if "xl/workbook.bin" in names:
                raise UserError("不支持 .xlsb 格式，请在 Excel 中另存为 .xlsx 后再导入")
            if "content.xml" in names and "mimetype" in names:
                with archive.open("mimetype") as stream:
                    if stream.read(len(_ODS_MIMETYPE) + 8).strip() == _ODS_MIMETYPE:
                        return "ods"
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        # NotImplementedError: an unknown compression; RuntimeError: an encrypted zip.
        raise UserError(_DAMAGED) from None
    raise UserError("不是 Excel 文件")


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _check_dimension(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse a sheet whose declared used range (<dimension ref="A1:O100001"/>, near the top of
    the part) is beyond Excel's limits or too large to hold; only the first 64 KB are inflated."""
    with archive.open(info) as stream:
        head = stream.read(_DIMENSION_BYTES)
    match = _DIMENSION_RE.search(head)
    if match is None:
        return
    last = match[1].decode("ascii", "replace").upper().rpartition(":")[2]
    cell = _CELL_REF_RE.fullmatch(last)
    if cell is None:
        return
    _check_area(int(cell[2]), _column_number(cell[1]))


_UNIQUE_COUNT_RE = re.compile(rb"<(?:\w+:)?sst\b[^>]*?\buniqueCount\s*=\s*[\"'](\d+)")
#: The fewest bytes one shared string takes in the part (`<si/>`).
_SHARED_STRING_BYTES = 5


def _check_shared_strings(archive: zipfile.ZipFile) -> None:
    """Refuse a shared-strings table that claims more strings than its part could hold: the
    reader reserves room for `uniqueCount` strings up front and aborts the process (no Python
    exception) when the number is absurd (issue 14: uniqueCount="2147483647")."""
    for info in archive.infolist():
        if not info.filename.lower().endswith("sharedstrings.xml"):
            continue
        with archive.open(info) as stream:
            head = stream.read(_DIMENSION_BYTES)
        match = _UNIQUE_COUNT_RE.search(head)
        if match is not None and int(match[1]) > info.file_size // _SHARED_STRING_BYTES + 1:
            raise UserError(_DAMAGED)


def _check_cells(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse a sheet whose cells reach beyond the limits, whatever its <dimension> says: the
    reader would abort the process on a stray cell at XFD1048576 (excel.extent)."""
    _check_area(*sheet_extent(archive, info))


def _check_area(rows: int, columns: int) -> None:
    if rows > MAX_ROWS:
        raise UserError(_TOO_LONG)
    if columns > MAX_COLS:
        raise UserError("工作表超出 Excel 的列数上限")
    if rows * columns > MAX_CELLS:
        raise UserError(
            f"工作表的数据区域过大（{rows:,} 行 × {columns:,} 列），"
            "可能有远处的零散单元格，请删除多余内容后再导入"
        )


def _open_calamine(path: Path, kind: str) -> Book:
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    # from_filelike decides the format by content (from_path goes by the extension, so an .xlsx
    # renamed .xls would fail); it reads the file into memory and needs no open handle after.
    try:
        with path.open("rb") as stream:
            workbook = _convert(lambda: CalamineWorkbook.from_filelike(stream))
    except OSError as exc:  # gone or locked since it was sniffed
        raise UserError(f"无法读取文件：{path}（{exc.strerror or exc}）") from None
    sheets = [
        SheetInfo(meta.name, meta.visible == SheetVisibleEnum.Visible)
        for meta in workbook.sheets_metadata
        if meta.typ == SheetTypeEnum.WorkSheet
    ]
    book = Book(path, kind, sheets, workbook=workbook)
    try:
        if not sheets:
            raise UserError("文件里没有工作表")
        if not book._has_data():
            raise UserError("文件里没有任何数据")
    except BaseException:
        book.close()
        raise
    return book


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), else GB18030,
    which covers GBK (what Chinese Excel writes for "CSV")."""
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError("无法识别文件的文字编码（应为 UTF-8 或 GBK），请在 Excel 中另存为 .xlsx")


def _delimiter(text: str) -> str:
    """Comma, or tab / semicolon when the first non-blank line has more of those."""
    line = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: line.count(sep) for sep in (",", "\t", ";")}
    best = max(counts, key=lambda sep: counts[sep])  # the first of equals: the comma
    return best if counts[best] > 0 else ","


def _open_csv(path: Path, start: bytes) -> Book:
    utf16 = start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in start:
        raise UserError("不是 Excel 或 CSV 文件")
    try:
        data = path.read_bytes()
    except OSError as exc:  # gone or locked since it was sniffed
        raise UserError(f"无法读取文件：{path}（{exc.strerror or exc}）") from None
    text = _decode(data)
    if not text.strip(_BLANKS):
        raise UserError("文件是空的")
    return Book(path, "csv", [SheetInfo(path.stem, True)], text=text, delimiter=_delimiter(text))


# --- web systems' ".xls": HTML tables and SpreadsheetML 2003


def _sniff_text(start: bytes) -> str:
    """The file's first bytes as text, good enough to see how it starts."""
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return start.decode("utf-16", "replace")
    return start.removeprefix(codecs.BOM_UTF8).decode("utf-8", "replace")


_LIMITS = Limits(MAX_ROWS, MAX_COLS, MAX_CELLS, lambda rows, columns: _check_area(rows, columns))


def _markup_book(path: Path, kind: str, sheets: list[tuple[str, list[list[Any]]]]) -> Book:
    tables = {name: _normalise_rows(rows) for name, rows in sheets}
    if not any(row for rows in tables.values() for row in rows):
        raise UserError("文件里没有任何数据")
    infos = [SheetInfo(name, True) for name in tables]
    return Book(path, kind, infos, tables=tables)


def _open_spreadsheetml(path: Path) -> Book:
    from anjia_desk.excel.markup import read_spreadsheetml

    try:
        sheets = read_spreadsheetml(path, _LIMITS)
    except OSError as exc:
        raise UserError(f"无法读取文件：{path}（{exc.strerror or exc}）") from None
    return _markup_book(path, "xml", sheets)


def _open_html(path: Path) -> Book:
    from anjia_desk.excel.markup import read_html

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取文件：{path}（{exc.strerror or exc}）") from None
    return _markup_book(path, "html", read_html(_decode(data), path.stem, _LIMITS))
