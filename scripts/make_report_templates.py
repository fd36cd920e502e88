"""Make the shipped templates of head office's workbooks (issue 19):

    .venv/bin/python scripts/make_report_templates.py [resources/report_templates]

writes daily.xlsx, weekly.xlsx and monthly.xlsx from the layout in anjia_desk.core.head_office:
Chinese labels, styled, A4 print setup, a workbook name on every figure's cell and on every
table's header row (the first data row under it carries the rows' style). The files are
resources committed with the code (the app fills copies of them); rerun this after changing the
layout, and the tests check the committed files against it.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from anjia_desk.core.head_office import (
    FUNNEL,
    INDICATORS,
    MONTHLY_EXTRAS,
    PERIODS,
    TABLES,
    TableLayout,
    ValueKind,
    WorkbookKind,
)

FONT = "微软雅黑"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
FORMATS = {
    ValueKind.TEXT: "@",
    ValueKind.COUNT: "#,##0",
    ValueKind.MONEY: "#,##0.00",
    ValueKind.RATIO: "0.0%",
}
#: A fixed date in the files' properties and zip entries: the same layout makes the same bytes.
STAMP = datetime(2026, 12, 7)


def _name(book: Workbook, name: str, sheet: Worksheet, ref: str) -> None:
    book.defined_names[name] = DefinedName(name, attr_text=f"'{sheet.title}'!{ref}")


def _cell_ref(row: int, column: int) -> str:
    return f"${get_column_letter(column)}${row}"


def _title(sheet: Worksheet, text: str, width: int) -> None:
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    cell = sheet.cell(row=1, column=1, value=text)
    cell.font = Font(name=FONT, size=16, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 30


def _label(sheet: Worksheet, row: int, column: int, text: str, *, head: bool = False) -> None:
    cell = sheet.cell(row=row, column=column, value=text)
    cell.font = Font(name=FONT, size=10, bold=head)
    cell.border = BOX
    cell.alignment = Alignment(horizontal="center" if head else "left", vertical="center")
    if head:
        cell.fill = HEAD_FILL


def _figure(
    book: Workbook, sheet: Worksheet, row: int, column: int, name: str, kind: ValueKind
) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.font = Font(name=FONT, size=10)
    cell.border = BOX
    cell.number_format = FORMATS[kind]
    cell.alignment = Alignment(horizontal="left" if kind is ValueKind.TEXT else "right")
    _name(book, name, sheet, _cell_ref(row, column))


def _headings(book: Workbook, sheet: Worksheet, title: str, width: int) -> int:
    """Title, company, period and production time; returns the next free row."""
    _title(sheet, title, width)
    for row, (label, name) in enumerate(
        (("单位", "office_name"), ("统计期间", "period_label"), ("生成时间", "produced_at")), 2
    ):
        cell = sheet.cell(row=row, column=1, value=label)
        cell.font = Font(name=FONT, size=10, color="595959")
        value = sheet.cell(row=row, column=2)
        value.font = Font(name=FONT, size=10)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=max(width, 3))
        _name(book, name, sheet, _cell_ref(row, 2))
    return 6


def _indicators(book: Workbook, sheet: Worksheet, kind: WorkbookKind, top: int) -> int:
    periods = PERIODS[kind]
    _label(sheet, top, 1, "指标", head=True)
    for n, (_, label) in enumerate(periods):
        _label(sheet, top, 2 + n, label, head=True)
    for i, (key, label, value_kind) in enumerate(INDICATORS, top + 1):
        _label(sheet, i, 1, label)
        for n, (prefix, _) in enumerate(periods):
            _figure(book, sheet, i, 2 + n, f"{prefix}_{key}", value_kind)
    return top + len(INDICATORS) + 2


def _section(sheet: Worksheet, row: int, text: str) -> None:
    cell = sheet.cell(row=row, column=1, value=text)
    cell.font = Font(name=FONT, size=12, bold=True)


def _table(book: Workbook, sheet: Worksheet, table: TableLayout, header: int) -> None:
    """The header row (named) and the first data row carrying the rows' style."""
    for n, (label, value_kind) in enumerate(table.columns, 1):
        _label(sheet, header, n, label, head=True)
        cell = sheet.cell(row=header + 1, column=n)
        cell.font = Font(name=FONT, size=10)
        cell.border = BOX
        cell.number_format = FORMATS[value_kind]
        right = value_kind is not ValueKind.TEXT
        cell.alignment = Alignment(horizontal="right" if right else "left")
    sheet.row_dimensions[header].height = 30
    for n in range(1, len(table.columns) + 1):
        sheet.cell(row=header, column=n).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    start, end = _cell_ref(header, 1), _cell_ref(header, len(table.columns))
    _name(book, table.name, sheet, f"{start}:{end}")


def _print_setup(sheet: Worksheet, *, landscape: bool, header_rows: str | None = None) -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    if header_rows:
        sheet.print_title_rows = header_rows


def _widths(sheet: Worksheet, first: float, rest: float, count: int) -> None:
    sheet.column_dimensions["A"].width = first
    for n in range(2, count + 1):
        sheet.column_dimensions[get_column_letter(n)].width = rest


def _table_sheet(book: Workbook, table: TableLayout, title: str) -> None:
    sheet = book.create_sheet(table.sheet)
    width = len(table.columns)
    _title(sheet, f"{title} · {table.title}", width)
    _table(book, sheet, table, 3)
    _widths(sheet, 22, 13, width)
    _print_setup(sheet, landscape=width > 7, header_rows="3:3")


def daily(book: Workbook) -> None:
    sheet = book.active
    assert sheet is not None
    (table,) = TABLES[WorkbookKind.DAILY]
    sheet.title = table.sheet
    width = len(table.columns)
    row = _headings(book, sheet, "销售日报", width)
    row = _indicators(book, sheet, WorkbookKind.DAILY, row)
    _section(sheet, row, table.title)
    _table(book, sheet, table, row + 1)
    _widths(sheet, 20, 12, width)
    _print_setup(sheet, landscape=False)


def weekly(book: Workbook) -> None:
    sheet = book.active
    assert sheet is not None
    sheet.title = "周报"
    row = _headings(book, sheet, "销售周报", 4)
    row = _indicators(book, sheet, WorkbookKind.WEEKLY, row)
    _section(sheet, row, "成交漏斗（本周）")
    header = row + 1
    for n, label in enumerate(
        ("阶段", "数量", "金额（元）", "转化率（本阶段÷上一阶段，退房÷签约）"), 1
    ):
        _label(sheet, header, n, label, head=True)
    for i, (stage, label) in enumerate(FUNNEL, header + 1):
        _label(sheet, i, 1, label)
        _figure(book, sheet, i, 2, f"funnel_{stage}_count", ValueKind.COUNT)
        _figure(book, sheet, i, 3, f"funnel_{stage}_amount", ValueKind.MONEY)
        _figure(book, sheet, i, 4, f"funnel_{stage}_rate", ValueKind.RATIO)
    _widths(sheet, 20, 16, 4)
    sheet.column_dimensions["D"].width = 34
    _print_setup(sheet, landscape=False)
    for table in TABLES[WorkbookKind.WEEKLY]:
        _table_sheet(book, table, "销售周报")


def monthly(book: Workbook) -> None:
    sheet = book.active
    assert sheet is not None
    sheet.title = "月报"
    row = _headings(book, sheet, "销售月报", 3)
    row = _indicators(book, sheet, WorkbookKind.MONTHLY, row)
    _section(sheet, row, "退房与投诉（本月）")
    for i, (name, label, value_kind) in enumerate(MONTHLY_EXTRAS, row + 1):
        _label(sheet, i, 1, label)
        _figure(book, sheet, i, 2, name, value_kind)
    _widths(sheet, 40, 16, 3)
    _print_setup(sheet, landscape=False)
    for table in TABLES[WorkbookKind.MONTHLY]:
        _table_sheet(book, table, "销售月报")


MAKERS = {WorkbookKind.DAILY: daily, WorkbookKind.WEEKLY: weekly, WorkbookKind.MONTHLY: monthly}


def make(kind: WorkbookKind, path: Path) -> None:
    book = Workbook()
    MAKERS[kind](book)
    book.properties.creator = "安家 Desk"
    book.properties.title = f"销售{kind.label}模板"
    book.properties.created = STAMP
    book.properties.modified = STAMP
    out = io.BytesIO()
    book.save(out)
    path.write_bytes(_settled(out.getvalue()))


def _settled(data: bytes) -> bytes:
    """The workbook with its save time taken out (openpyxl stamps docProps' modified time and
    each zip entry with the clock), so rerunning the script changes no committed file."""
    stamp = STAMP.strftime("%Y-%m-%dT%H:%M:%SZ")
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                    rb"\g<1>" + stamp.encode() + rb"\g<2>",
                    content,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    return out.getvalue()


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for kind in WorkbookKind:
        make(kind, folder / f"{kind.value}.xlsx")
        print(folder / f"{kind.value}.xlsx")


if __name__ == "__main__":
    here = Path(__file__).resolve().parents[1] / "resources" / "report_templates"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else here)
