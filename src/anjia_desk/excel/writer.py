"""Plain rows into .xlsx files (EXCEL_FORMAT.md §Writing rules).

xlsxwriter in constant-memory mode, one sheet per kind: a bold frozen header, an autofilter,
estimated widths, real dates and numbers, phones as text, and every text cell safe from formula
injection. The workbook is written to a temporary file beside the target and moved into place
only when complete, so a cancel or an error never leaves a partial file or harms an existing one.

`write_workbook` is the API for exports; `SheetPlan`/`ColumnPlan`/`write_plans` are the machinery
underneath it, shared with the import report (excel/report.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Any

from anjia_desk.core.errors import UserError
from anjia_desk.scratch import create_file, discard, scratch_path, settled

MAX_DATA_ROWS = 1_048_575  # Excel's 1,048,576 rows less the header
PROGRESS_EVERY = 1_000  # rows between progress reports and cancel checks
WIDTH_SAMPLE = 200  # rows looked at to estimate column widths
MIN_WIDTH = 6.0
MAX_WIDTH = 60.0
PHONE_MAX_WIDTH = 16.0
# Text starting with one of these could run as a formula once someone edits the cell in Excel,
# or when the sheet is saved as CSV and opened again (OWASP "CSV injection").
RISKY_START = ("=", "+", "-", "@", "\t", "\r")

# Options of every workbook: strings stay strings, never turned into formulas, links or numbers.
WORKBOOK_OPTIONS: dict[str, object] = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "nan_inf_to_errors": True,  # a NaN amount shows as #NUM! instead of failing the export
}

# (row, column, value) → writes one non-None value; made once per column of a sheet.
CellWriter = Callable[[int, int, Any], object]


class Kind(StrEnum):
    """What a column holds, deciding how its cells are written."""

    TEXT = "text"  # str (anything else: str(value)); always a text cell
    PHONE = "phone"  # text, narrow width
    DATE = "date"  # date → a real Excel date, "yyyy-mm-dd" (a datetime keeps only its date)
    DATETIME = "datetime"  # naive local datetime → "yyyy-mm-dd hh:mm"
    MONEY = "money"  # Decimal/int/float → number, "#,##0.00"
    NUMBER = "number"  # Decimal/int/float → number, General format
    INTEGER = "integer"  # int → number, "0"
    PERCENT = "percent"  # a share (0.85) → number, "0%" (issue 18: a return visit's satisfaction)


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT
    width: float | None = None  # None: estimated from the header and the first 200 rows


@dataclass
class SheetData:
    name: str  # sheet title (客户, 跟进记录, …)
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]  # values in column order; None → blank
    total: int | None = None  # rows expected, for progress


class Cancelled(UserError):
    """The person cancelled the writing: no file was written and an existing one is untouched."""

    def __init__(self, message: str = "已取消，没有写入文件") -> None:
        super().__init__(message)


class Styles:
    """The cell formats of one workbook, made once (xlsxwriter formats belong to a workbook)."""

    def __init__(self, workbook: Any) -> None:
        add = workbook.add_format
        self._add = add
        self.header = add({"bold": True, "bg_color": "#F2F2F2", "bottom": 1})
        self.header_quoted = add(
            {"bold": True, "bg_color": "#F2F2F2", "bottom": 1, "quote_prefix": True}
        )
        self.quoted = add({"quote_prefix": True})
        self.date = add({"num_format": "yyyy-mm-dd"})
        self.datetime = add({"num_format": "yyyy-mm-dd hh:mm"})
        self.time = add({"num_format": "hh:mm"})
        self.money = add({"num_format": "#,##0.00"})
        self.integer = add({"num_format": "0"})
        self.percent = add({"num_format": "0%"})
        self._fills: dict[tuple[str, str], Any] = {}

    def fill(self, background: str, font: str) -> Any:
        """A format with a background and a font colour (one per pair, made on first use)."""
        key = (background, font)
        made = self._fills.get(key)
        if made is None:
            made = self._fills[key] = self._add({"bg_color": background, "font_color": font})
        return made


# -- cell writers: one closure per column, the type decided once; only the value varies --------


def text_writer(sheet: Any, styles: Styles) -> CellWriter:
    """Always a text cell ("" → blank); risky text gets the quote prefix, so Excel shows it as
    text and never runs it."""
    write_string = sheet.write_string
    quoted = styles.quoted

    def write(row: int, col: int, value: Any) -> object:
        if value.__class__ is not str:
            value = str(value)
        if value.startswith(RISKY_START):
            return write_string(row, col, value, quoted)
        if value:
            return write_string(row, col, value)
        return None  # "" is a blank cell, like None

    return write


def number_writer(sheet: Any, styles: Styles, number_format: Any) -> CellWriter:
    """int/float/Decimal → a number cell; anything else (a range "200-300") → text."""
    write_number = sheet.write_number
    text = text_writer(sheet, styles)

    def write(row: int, col: int, value: Any) -> object:
        cls = value.__class__
        if cls is int or cls is float:
            return write_number(row, col, value, number_format)
        if cls is Decimal:
            return write_number(row, col, float(value), number_format)
        return text(row, col, value)

    return write


def moment_writer(sheet: Any, styles: Styles, *, day_only: bool) -> CellWriter:
    """date/datetime → a real Excel date; anything else → text."""
    write_datetime = sheet.write_datetime
    fmt = styles.date if day_only else styles.datetime
    text = text_writer(sheet, styles)

    def write(row: int, col: int, value: Any) -> object:
        cls = value.__class__
        if cls is date:
            return write_datetime(row, col, value, fmt)
        if cls is datetime:
            return write_datetime(row, col, value.date() if day_only else value, fmt)
        return text(row, col, value)

    return write


def auto_writer(sheet: Any, styles: Styles) -> CellWriter:
    """A cell typed by its own value (the import report copies the user's cells as they were)."""
    write_number = sheet.write_number
    write_datetime = sheet.write_datetime
    write_boolean = sheet.write_boolean
    text = text_writer(sheet, styles)

    def write(row: int, col: int, value: Any) -> object:
        cls = value.__class__
        if cls is str:
            return text(row, col, value)
        if cls is int or cls is float:
            return write_number(row, col, value)
        if cls is datetime:
            return write_datetime(row, col, value, styles.datetime)
        if cls is date:
            return write_datetime(row, col, value, styles.date)
        if cls is bool:
            return write_boolean(row, col, value)
        if cls is time:
            return write_datetime(row, col, value, styles.time)
        if cls is Decimal:
            return write_number(row, col, float(value))
        return text(row, col, value)

    return write


def fill_writer(sheet: Any, styles: Styles, fills: dict[str, tuple[str, str]]) -> CellWriter:
    """Text coloured by its value (`fills`: text → (background, font)); other text plain."""
    text = text_writer(sheet, styles)
    write_string = sheet.write_string
    formats = {value: styles.fill(*colours) for value, colours in fills.items()}

    def write(row: int, col: int, value: Any) -> object:
        fmt = formats.get(value)
        if fmt is None:
            return text(row, col, value)
        return write_string(row, col, str(value), fmt)  # str() of a StrEnum is its value

    return write


# -- widths ------------------------------------------------------------------------------------

# Wide, full-width, and ambiguous (“” ：, shown wide by the Chinese fonts Excel uses here).
_WIDE = frozenset(("W", "F", "A"))


def text_width(text: str) -> int:
    """Display width of text in Excel's character units: CJK, full-width and Chinese quotes count
    2; the widest line of a multi-line text counts."""
    if text.isascii() and "\n" not in text:
        return len(text)
    widest = 0
    for line in text.splitlines():
        if line.isascii():
            width = len(line)
        else:
            width = sum(2 if unicodedata.east_asian_width(ch) in _WIDE else 1 for ch in line)
        widest = max(widest, width)
    return widest


def value_width(value: object) -> int:
    """Display width of a value as the writers show it."""
    cls = value.__class__
    if cls is str:
        return text_width(value)  # type: ignore[arg-type]
    if cls is datetime:
        return 16
    if cls is date:
        return 10
    if cls is time:
        return 5
    if cls is float or cls is Decimal:
        number = float(value)  # type: ignore[arg-type]
        if number.is_integer():  # Excel's General shows 13900001111.0 as 13900001111
            return min(len(str(int(number))), 12)
        return len(f"{number:.10g}")
    return text_width(str(value))


def money_width(value: object) -> int:
    cls = value.__class__
    if cls is int or cls is float or cls is Decimal:
        return len(f"{float(value):,.2f}")  # type: ignore[arg-type]
    return value_width(value)


def date_width(value: object) -> int:
    return 10 if value.__class__ is datetime else value_width(value)


def datetime_width(value: object) -> int:
    return 16 if value.__class__ is date else value_width(value)


# -- plans: what the machinery writes ----------------------------------------------------------


@dataclass(frozen=True)
class ColumnPlan:
    header: str
    make: Callable[[Any, Styles], CellWriter]  # (worksheet, styles) → the column's writer
    width: float | None = None  # fixed width, or None to estimate
    measure: Callable[[object], int] = value_width  # width of one value, for the estimate
    max_width: float = MAX_WIDTH


@dataclass
class SheetPlan:
    name: str
    columns: Sequence[ColumnPlan]
    rows: Iterable[Sequence[object]]
    total: int | None = None


def kind_writer(kind: Kind, sheet: Any, styles: Styles) -> CellWriter:
    """The cell writer of a column of `kind`."""
    if kind is Kind.DATE or kind is Kind.DATETIME:
        return moment_writer(sheet, styles, day_only=kind is Kind.DATE)
    if kind is Kind.MONEY:
        return number_writer(sheet, styles, styles.money)
    if kind is Kind.INTEGER:
        return number_writer(sheet, styles, styles.integer)
    if kind is Kind.NUMBER:
        return number_writer(sheet, styles, None)
    if kind is Kind.PERCENT:
        return number_writer(sheet, styles, styles.percent)
    return text_writer(sheet, styles)


_MEASURES: dict[Kind, Callable[[object], int]] = {
    Kind.DATE: date_width,
    Kind.DATETIME: datetime_width,
    Kind.MONEY: money_width,
}


def column_plan(column: Column) -> ColumnPlan:
    """How a Column of the export API is written."""
    kind = Kind(column.kind)  # "date" works as well as Kind.DATE
    return ColumnPlan(
        column.header,
        partial(kind_writer, kind),
        column.width,
        _MEASURES.get(kind, value_width),
        PHONE_MAX_WIDTH if kind is Kind.PHONE else MAX_WIDTH,
    )


def estimate_width(plan: ColumnPlan, col: int, sample: Sequence[Sequence[object]]) -> float:
    """The header (plus room for the filter button) or the widest sampled value, clamped."""
    widest = text_width(plan.header) + 3
    measure = plan.measure
    for values in sample:
        if col < len(values):
            value = values[col]
            if value is not None:
                widest = max(widest, measure(value) + 2)
    return max(MIN_WIDTH, min(float(widest), plan.max_width))


# -- writing -----------------------------------------------------------------------------------


def write_workbook(
    path: Path,
    sheets: Sequence[SheetData],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    before_replace: Callable[[dict[str, int]], None] | None = None,
) -> dict[str, int]:
    """Write `sheets` to the .xlsx file `path`; returns the data rows written per sheet name.

    `progress(done, total)` comes at most every 1,000 rows and once at the end of each sheet
    (total 0 when some sheet's total is unknown); `cancelled()` is polled as often, and a cancel
    raises Cancelled. Nothing is left at `path` unless the whole workbook was written.
    `before_replace(rows)` runs when the workbook is complete, before it takes its name (the
    export commits its audit entry there); whatever it raises leaves nothing either.
    """
    plans = [
        SheetPlan(sheet.name, [column_plan(c) for c in sheet.columns], sheet.rows, sheet.total)
        for sheet in sheets
    ]
    return write_plans(
        path, plans, progress=progress, cancelled=cancelled, before_replace=before_replace
    )


def write_plans(
    path: Path,
    sheets: Sequence[SheetPlan],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    before_replace: Callable[[dict[str, int]], None] | None = None,
) -> dict[str, int]:
    """The machinery of write_workbook (see there)."""
    import xlsxwriter
    from xlsxwriter.exceptions import FileCreateError

    path = Path(path)
    _check(cancelled)
    if path.is_dir():
        raise UserError(f"无法写入文件：{path}（同名的文件夹已存在）")
    # Beside the target (os.replace stays on one disk, and a killed export leaves its rows where
    # the leftover sweep finds them, never in the system temp folder), made now so an unwritable
    # folder fails before any work; mode 0o666 less the umask, like any new file (mkstemp would
    # give 0o600). xlsxwriter's row and part files go to a scratch folder beside it too.
    tmp, parts = scratch_path(path, "xlsx"), scratch_path(path, "parts")
    try:
        os.close(create_file(tmp, 0o666))
        parts.mkdir()
    except OSError as exc:
        discard(tmp)
        discard(parts)
        raise _unwritable(path, exc) from exc
    workbook = xlsxwriter.Workbook(str(tmp), {**WORKBOOK_OPTIONS, "tmpdir": str(parts)})
    totals = [sheet.total for sheet in sheets]
    grand_total = 0 if None in totals else sum(t for t in totals if t is not None)
    counts: dict[str, int] = {}
    try:
        styles = Styles(workbook)
        done = 0
        for plan in sheets:
            worksheet = workbook.add_worksheet(plan.name)
            counts[plan.name] = _write_sheet(
                worksheet, plan, styles, done, grand_total, progress, cancelled
            )
            done += counts[plan.name]
        try:
            workbook.close()
        except FileCreateError as exc:
            _close_zips(exc)
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
            raise _unwritable(path, cause) from None
        _check(cancelled)
        if before_replace is not None:
            before_replace(counts)
        os.replace(tmp, path)
        settled(tmp)
    except OSError as exc:  # a full disk while writing the rows, or the rename
        _discard(workbook, tmp)
        raise _unwritable(path, exc) from None
    except BaseException:
        _discard(workbook, tmp)
        raise
    finally:
        discard(parts)
        _close_rows(sheets)
    return counts


def _close_rows(sheets: Sequence[SheetPlan]) -> None:
    """Close the rows' generators now, while their database cursors can still close cleanly (a
    generator abandoned by a failed write would close later, after the database, and its cursor
    error would reach the console)."""
    for plan in sheets:
        close = getattr(plan.rows, "close", None)
        if callable(close):
            close()


def _close_zips(exc: BaseException) -> None:
    """Close, without writing, the zip file a failed workbook.close() abandoned: otherwise its
    __del__ tries to finish it on the full disk and prints a traceback to stderr (PITFALLS)."""
    seen = exc.__context__ or exc.__cause__
    tb = seen.__traceback__ if seen is not None else None
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            if isinstance(value, zipfile.ZipFile):
                value._didModify = False  # type: ignore[attr-defined]
                with contextlib.suppress(OSError):
                    value.close()
        tb = tb.tb_next


def _write_sheet(
    worksheet: Any,
    plan: SheetPlan,
    styles: Styles,
    done_before: int,
    grand_total: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    columns = plan.columns
    for col, column in enumerate(columns):
        fmt = styles.header_quoted if column.header.startswith(RISKY_START) else styles.header
        worksheet.write_string(0, col, column.header, fmt)

    rows = iter(plan.rows)
    sample = list(islice(rows, WIDTH_SAMPLE))
    writers = [column.make(worksheet, styles) for column in columns]
    row = 0
    for values in chain(sample, rows):
        row += 1
        for col, value in enumerate(values):
            if value is not None:
                writers[col](row, col, value)
        if row % PROGRESS_EVERY == 0:
            _tick(plan.name, row, done_before, grand_total, progress, cancelled)
    _tick(plan.name, row, done_before, grand_total, progress, cancelled)

    last_col = max(len(columns) - 1, 0)
    for col, column in enumerate(columns):
        width = column.width
        if width is None:
            width = estimate_width(column, col, sample)
        worksheet.set_column(col, col, width)
    worksheet.freeze_panes(1, 0)
    worksheet.autofilter(0, 0, row, last_col)
    return row


def _tick(
    name: str,
    row: int,
    done_before: int,
    grand_total: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    if row > MAX_DATA_ROWS:
        raise UserError(
            f"工作表“{name}”超过 Excel 的行数上限（最多 {MAX_DATA_ROWS:,} 行数据），"
            "请缩小范围分批导出"
        )
    _check(cancelled)
    if progress is not None:
        progress(done_before + row, grand_total)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


_REASONS = {
    errno.ENOENT: "文件夹不存在",
    errno.EACCES: "没有写入权限，或文件正被其他程序（如 Excel）打开",
    errno.EPERM: "没有写入权限，或文件正被其他程序（如 Excel）打开",
    errno.ENOSPC: "磁盘空间不足",
    errno.EFBIG: "文件过大，超出了磁盘或系统允许的大小",
    errno.EDQUOT: "磁盘配额已用完",
    errno.EROFS: "磁盘是只读的",
    errno.EISDIR: "同名的文件夹已存在",
    errno.ENOTDIR: "路径中有一段不是文件夹",
}


def _unwritable(path: Path, exc: OSError | None) -> UserError:
    reason = "写入失败"
    if exc is not None:
        reason = _REASONS.get(exc.errno or 0) or exc.strerror or str(exc) or reason
    return UserError(f"无法写入文件：{path}（{reason}）")


def _discard(workbook: Any, tmp: Path) -> None:
    """After a failed or cancelled write: remove the temporary file and xlsxwriter's row files."""
    for worksheet in workbook.worksheets():
        with contextlib.suppress(OSError):  # a full disk fails the flush of the close
            worksheet.row_data_fh.close()  # constant_memory's row file; closing twice is harmless
        Path(worksheet.row_data_filename).unlink(missing_ok=True)
    workbook.fileclosed = True  # nothing for xlsxwriter's __del__ to finish
    discard(tmp)
