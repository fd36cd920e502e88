"""A report's table as an Excel sheet (issue 19): the title, the range and whose figures, the
header, typed cells (counts as whole numbers, money "#,##0.00", a rate as its fraction shown
"0.0%" — blank when there is nothing to divide by — hours "0.0", text as text, safe from formula
injection), the 合计 row, the notes, and a native Excel chart of the kind the window shows
(column, stacked column or bar) drawn over the table's own cells, in the same colours
(core.report_palette).

A series whose figures are not one of the table's columns as they stand (a chart in 万元 over a
column in 元, a chart of some rows only) is drawn from a small 图表数据 block written under the
notes, so the chart always shows exactly what the window's chart shows.

The workbook is made in memory, then written beside its path and moved into place, so a failure
never leaves half a file (`write_report`).
"""

from __future__ import annotations

import io
import itertools
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from anjia_desk.core.errors import UserError
from anjia_desk.core.report_palette import OUTLINE, Stripes, series_look
from anjia_desk.core.report_values import (
    Cell,
    ChartKind,
    ColumnKind,
    Ratio,
    ReportTable,
    cell_text,
)
from anjia_desk.excel.writer import RISKY_START, WORKBOOK_OPTIONS, _unwritable, text_width
from anjia_desk.scratch import create_file, discard, scratch_path, settled

HEADER_ROW = 3  # title, range, a blank row, then the header
COUNT_FORMAT = "#,##0"
MONEY_FORMAT = "#,##0.00"
RATIO_FORMAT = "0.0%"
NUMBER_FORMAT = "0.0"
CHART_DATA_TITLE = "图表数据"
_PATTERNS = {
    Stripes.VERTICAL: "light_vertical",
    Stripes.HORIZONTAL: "light_horizontal",
    Stripes.GRID: "small_grid",
}
_BAD_SHEET_CHARS = str.maketrans({ch: "_" for ch in "[]:*?/\\"})


def sheet_name(title: str) -> str:
    """The report's title as a sheet name Excel accepts (31 characters, none of []:*?/\\)."""
    name = title.translate(_BAD_SHEET_CHARS).strip("'").strip() or "报表"
    return name[:31]


def report_workbook(table: ReportTable, *, created: datetime | None = None) -> bytes:
    """The report as .xlsx bytes (`created`: the workbook's creation time, for the same bytes
    on the same input)."""
    import xlsxwriter

    buffer = io.BytesIO()
    options = {k: v for k, v in WORKBOOK_OPTIONS.items() if k != "constant_memory"}
    workbook = xlsxwriter.Workbook(buffer, {**options, "in_memory": True})
    if created is not None:
        workbook.set_properties({"created": created})
    _Sheet(workbook, table).write()
    workbook.close()
    return buffer.getvalue()


def write_report(
    table: ReportTable,
    path: Path,
    *,
    created: datetime | None = None,
    before_replace: Callable[[], None] | None = None,
) -> Path:
    """Write the report's workbook to `path` atomically; `before_replace()` runs once the data
    is safely beside it, before it takes its name (the service commits its audit entry there);
    whatever it raises leaves nothing."""
    data = report_workbook(table, created=created)
    path = Path(path).expanduser()
    if path.is_dir():
        raise UserError(f"无法写入文件：{path}（同名的文件夹已存在）")
    tmp = scratch_path(path, "xlsx")
    try:
        fd = create_file(tmp, 0o666)
    except OSError as exc:
        discard(tmp)
        raise _unwritable(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
        settled(tmp)
    except BaseException as exc:
        discard(tmp)
        if isinstance(exc, OSError):
            raise _unwritable(path, exc) from None
        raise
    return path


@dataclass(frozen=True)
class _Source:
    """Where a chart series (or the categories) reads its figures: rows `first`..`last` of
    column `col`."""

    first: int
    last: int
    col: int


class _Sheet:
    def __init__(self, workbook: Any, table: ReportTable) -> None:
        self.workbook, self.table = workbook, table
        self.sheet = workbook.add_worksheet(sheet_name(table.title))
        add = workbook.add_format
        self.formats = {
            ColumnKind.COUNT: add({"num_format": COUNT_FORMAT}),
            ColumnKind.MONEY: add({"num_format": MONEY_FORMAT}),
            ColumnKind.RATIO: add({"num_format": RATIO_FORMAT}),
            ColumnKind.NUMBER: add({"num_format": NUMBER_FORMAT}),
            ColumnKind.TEXT: None,
        }
        top = {"bold": True, "top": 1, "bg_color": "#E4E7EB"}
        self.total_formats = {
            ColumnKind.COUNT: add({**top, "num_format": COUNT_FORMAT}),
            ColumnKind.MONEY: add({**top, "num_format": MONEY_FORMAT}),
            ColumnKind.RATIO: add({**top, "num_format": RATIO_FORMAT}),
            ColumnKind.NUMBER: add({**top, "num_format": NUMBER_FORMAT}),
            ColumnKind.TEXT: add(top),
        }
        self.quoted = add({"quote_prefix": True})
        self.total_quoted = add({**top, "quote_prefix": True})
        self.title_format = add({"bold": True, "font_size": 14})
        self.muted = add({"font_color": "#5B6573"})
        self.header = add(
            {
                "bold": True,
                "bg_color": "#EEF2F7",
                "bottom": 1,
                "text_wrap": True,
                "valign": "vcenter",
                "align": "center",
            }
        )

    @property
    def first_row(self) -> int:
        return HEADER_ROW + 1

    def write(self) -> None:
        table, sheet = self.table, self.sheet
        sheet.write_string(0, 0, table.title, self.title_format)
        meta = "　".join(t for t in (table.range_label, table.scope_label) if t)
        if meta:
            sheet.write_string(1, 0, meta, self.muted)
        for col, column in enumerate(table.columns):
            self.text(HEADER_ROW, col, column.label, self.header)
        row = self.first_row
        for values in table.rows:
            self.write_row(row, values, total=False)
            row += 1
        if table.total is not None:
            self.write_row(row, table.total, total=True)
            row += 1
        row += 1
        for note in table.notes:
            self.text(row, 0, f"注：{note}", None)
            row += 1
        self.widths()
        row = self.chart(row + 1)
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        sheet.freeze_panes(HEADER_ROW + 1, 0)

    def text(self, row: int, col: int, value: str, fmt: Any) -> None:
        """Text as text ("" stays blank); text Excel could run as a formula gets the quote
        prefix."""
        if not value:
            return
        if value.startswith(RISKY_START):
            fmt = self.total_quoted if fmt is self.total_formats[ColumnKind.TEXT] else self.quoted
        self.sheet.write_string(row, col, value, fmt)

    def write_row(self, row: int, values: Sequence[Cell], *, total: bool) -> None:
        formats = self.total_formats if total else self.formats
        for col, column in enumerate(self.table.columns):
            value = values[col] if col < len(values) else None
            fmt = formats[column.kind]
            if isinstance(value, Ratio):
                fraction = value.value
                if fraction is None:
                    self.sheet.write_blank(row, col, None, fmt)
                else:
                    self.sheet.write_number(row, col, float(fraction), fmt)
            elif isinstance(value, bool) or value is None:
                self.sheet.write_blank(row, col, None, fmt)
            elif isinstance(value, (int, Decimal)) and column.kind is not ColumnKind.TEXT:
                self.sheet.write_number(
                    row, col, float(value) if isinstance(value, Decimal) else value, fmt
                )
            else:
                self.text(row, col, str(value), fmt)

    def widths(self) -> None:
        table = self.table
        rows = [*table.rows, *([table.total] if table.total is not None else [])]
        for col, column in enumerate(table.columns):
            cells = [
                text_width(cell_text(r[col] if col < len(r) else None, column.kind)) for r in rows
            ]
            widest = max([min(text_width(column.label), 16), *cells, 6])
            self.sheet.set_column(col, col, min(widest + 2, 40))

    # -- the chart --

    def chart(self, row: int) -> int:
        """The native chart under the notes (and its data block when it needs one); returns
        the next free row."""
        chart_values = self.table.chart
        if not chart_values.categories or not chart_values.series:
            return row
        kind = chart_values.kind
        options: dict[str, str] = {"type": "bar" if kind is ChartKind.HBAR else "column"}
        if kind is ChartKind.STACKED:
            options["subtype"] = "stacked"
        chart = self.workbook.add_chart(options)
        name = self.sheet.name
        rows = self.rows_of_categories()
        categories = self.category_source(rows)
        sources = [self.series_source(rows, s.values, s.label, s.key) for s in chart_values.series]
        if categories is None or None in sources:
            row, categories, sources = self.data_block(row)
        assert categories is not None
        many = len(chart_values.series) > 1
        labels = kind is not ChartKind.STACKED or len(chart_values.categories) <= 12
        for index, (series, source) in enumerate(zip(chart_values.series, sources, strict=True)):
            assert source is not None
            look = series_look(index)
            entry: dict[str, Any] = {
                "name": series.label,
                "categories": [
                    name,
                    categories.first,
                    categories.col,
                    categories.last,
                    categories.col,
                ],
                "values": [name, source.first, source.col, source.last, source.col],
                "border": {"color": OUTLINE, "width": 0.5},
                "gap": 60,
            }
            if look.stripes is Stripes.NONE:
                entry["fill"] = {"color": look.fill}
            else:
                entry["pattern"] = {
                    "pattern": _PATTERNS[look.stripes],
                    "fg_color": look.ink,
                    "bg_color": look.fill,
                }
            if labels:
                entry["data_labels"] = {"value": True}
            if kind is ChartKind.STACKED:
                entry["overlap"] = 100
            chart.add_series(entry)
        chart.set_title({"name": self.table.title, "name_font": {"size": 12}})
        value_axis: dict[str, Any] = {
            "major_gridlines": {"visible": True, "line": {"color": "#D5DAE1"}}
        }
        if chart_values.unit:
            value_axis["name"] = f"单位：{chart_values.unit}"
        if kind is ChartKind.HBAR:
            chart.set_x_axis(value_axis)
            chart.set_y_axis({"reverse": True})  # the first category on top, as on screen
        else:
            chart.set_y_axis(value_axis)
        chart.set_legend({"position": "bottom"} if many else {"none": True})
        chart.set_size({"width": 760, "height": 340})
        self.sheet.insert_chart(row, 0, chart)
        return row + 18

    def rows_of_categories(self) -> list[int] | None:
        """The sheet rows of the chart's categories, when they are consecutive table rows."""
        keys = self.table.row_keys
        try:
            found = [keys.index(key) for key in self.table.chart.category_keys]
        except ValueError:
            return None
        if len(found) != len(self.table.chart.categories):
            return None
        if any(b != a + 1 for a, b in itertools.pairwise(found)):
            return None
        return [self.first_row + index for index in found]

    def category_source(self, rows: list[int] | None) -> _Source | None:
        """The table's text column holding the categories as the chart names them."""
        if not rows:
            return None
        start = rows[0] - self.first_row
        for col, column in enumerate(self.table.columns):
            if column.kind is not ColumnKind.TEXT:
                continue
            cells = [self.table.rows[start + i][col] for i in range(len(rows))]
            if [str(c) if c is not None else "" for c in cells] == list(
                self.table.chart.categories
            ):
                return _Source(rows[0], rows[-1], col)
        return None

    def series_source(
        self, rows: list[int] | None, values: Sequence[float], label: str, key: str
    ) -> _Source | None:
        """The table's column with exactly the series' figures (its key or label first)."""
        if not rows:
            return None
        start = rows[0] - self.first_row
        columns = list(enumerate(self.table.columns))
        columns.sort(key=lambda c: c[1].key != key and c[1].label != label)
        for col, column in columns:
            if column.kind is ColumnKind.TEXT:
                continue
            cells = [self.table.rows[start + i][col] for i in range(len(rows))]
            if all(_same(cell, value) for cell, value in zip(cells, values, strict=False)):
                return _Source(rows[0], rows[-1], col)
        return None

    def data_block(self, row: int) -> tuple[int, _Source, list[_Source | None]]:
        """The chart's own figures, under the notes: categories, then one column per series."""
        chart = self.table.chart
        sheet = self.sheet
        sheet.write_string(row, 0, CHART_DATA_TITLE, self.header)
        for i, series in enumerate(chart.series):
            self.text(row, i + 1, series.label, self.header)
        first = row + 1
        for index, category in enumerate(chart.categories):
            self.text(first + index, 0, category, None)
            for i, series in enumerate(chart.series):
                value = series.values[index] if index < len(series.values) else 0.0
                sheet.write_number(first + index, i + 1, float(value))
        last = first + len(chart.categories) - 1
        sources: list[_Source | None] = [
            _Source(first, last, i + 1) for i in range(len(chart.series))
        ]
        return last + 2, _Source(first, last, 0), sources


def _same(cell: Cell, value: float) -> bool:
    """A table cell holds the chart's figure."""
    if isinstance(cell, bool) or cell is None:
        return False
    if isinstance(cell, Ratio):
        return False
    if isinstance(cell, (int, Decimal)):
        return abs(float(cell) - float(value)) <= 1e-9 * max(1.0, abs(float(value)))
    return False


__all__ = ["report_workbook", "sheet_name", "write_report"]
