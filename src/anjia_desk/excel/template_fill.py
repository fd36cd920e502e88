"""Filling head office's workbook templates (issue 19, DOMAIN §11–12) with openpyxl: single
figures go into the cells a workbook name (a defined name such as `day_visits_first`) points
at; a table's rows go under the header row its name covers, each row taking the style (font,
border, fill, number format, alignment, height) of the template's first data row. The template's
own styles, merged cells, column widths and print setup stay as they are. No database here: the
figures come in as plain values.

A template is checked before it is used or accepted: every name the layout needs must be there,
a single figure's name on one cell, a table's on one row exactly as wide as its columns, with
nothing below the table's first data row (rows are written there). What is wrong comes back as a
list of Chinese lines. (openpyxl keeps cells, styles, names, merges and print setup; charts and
pictures an administrator adds to a template are not kept.)
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zipfile import BadZipFile

from anjia_desk.core.errors import UserError

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

#: What a cell receives: text, a number, a date, or None (left blank).
Value = str | int | float | Decimal | date | datetime | None

#: The largest template accepted (a styled workbook of a few sheets is tens of KB).
MAX_TEMPLATE_BYTES = 5 * 1024 * 1024


class TemplateError(UserError):
    """A template that cannot be used: `problems` lists what is wrong, one line each."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("报表模板不能使用：" + "；".join(self.problems))


@dataclass(frozen=True)
class Filling:
    """The figures of one workbook: named single cells and named tables' rows."""

    values: Mapping[str, Value]
    tables: Mapping[str, Sequence[Sequence[Value]]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Place:
    sheet: str
    row: int
    column: int
    width: int = 1
    height: int = 1


def _open(data: bytes) -> Workbook:
    from openpyxl import load_workbook

    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateError([f"文件超过 {MAX_TEMPLATE_BYTES // (1024 * 1024)} MB"])
    try:
        return load_workbook(io.BytesIO(data))
    except (BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise TemplateError(["不是可读取的 Excel 工作簿（.xlsx）"]) from exc


def _place(workbook: Workbook, name: str) -> _Place | str | None:
    """Where `name` points: a place, None when there is no such name, or a problem."""
    from openpyxl.utils.cell import range_boundaries

    defined = workbook.defined_names.get(name)
    if defined is None:
        for sheet in workbook.worksheets:
            defined = sheet.defined_names.get(name)
            if defined is not None:
                break
    if defined is None:
        return None
    try:
        destinations = list(defined.destinations)
    except (AttributeError, ValueError, TypeError):
        destinations = []
    if len(destinations) != 1:
        return f"名称 {name} 应指向一个单元格区域"
    sheet, reference = destinations[0]
    if sheet not in workbook.sheetnames:
        return f"名称 {name} 指向的工作表“{sheet}”不存在"
    try:
        low_col, low_row, high_col, high_row = range_boundaries(reference.replace("$", ""))
    except (ValueError, TypeError):
        return f"名称 {name} 的引用 {reference} 无法识别"
    if None in (low_col, low_row, high_col, high_row):
        return f"名称 {name} 应指向单元格，而不是整行或整列"
    assert low_col and low_row and high_col and high_row
    return _Place(sheet, low_row, low_col, high_col - low_col + 1, high_row - low_row + 1)


def _last_row(sheet: Worksheet) -> int:
    """The last row holding a value (styles alone do not count)."""
    last = 0
    for row in sheet.iter_rows():
        if any(cell.value not in (None, "") for cell in row):
            last = row[0].row
    return last


def _problems(
    workbook: Workbook, names: Iterable[str], tables: Mapping[str, int]
) -> tuple[list[str], dict[str, _Place]]:
    missing: list[str] = []
    wrong: list[str] = []
    places: dict[str, _Place] = {}
    for name in names:
        place = _place(workbook, name)
        if place is None:
            missing.append(name)
        elif isinstance(place, str):
            wrong.append(place)
        elif place.width != 1 or place.height != 1:
            wrong.append(f"名称 {name} 应指向一个单元格")
        else:
            places[name] = place
    for name, width in tables.items():
        place = _place(workbook, name)
        if place is None:
            missing.append(name)
        elif isinstance(place, str):
            wrong.append(place)
        elif place.height != 1 or place.width != width:
            wrong.append(f"表格 {name} 的名称应指向表头一行 {width} 列")
        elif _last_row(workbook[place.sheet]) > place.row + 1:
            wrong.append(f"表格 {name} 下方应留空（数据行从表头下一行起写入）")
        else:
            places[name] = place
    problems = []
    if missing:
        problems.append("缺少名称 " + "、".join(missing))
    return problems + wrong, places


def check_template(data: bytes, names: Iterable[str], tables: Mapping[str, int]) -> list[str]:
    """What keeps `data` from serving as a template with the single-cell `names` and the
    `tables` {name: width}: [] when it can."""
    try:
        workbook = _open(data)
    except TemplateError as exc:
        return list(exc.problems)
    return _problems(workbook, names, tables)[0]


def _cell_value(value: Value) -> Any:
    if isinstance(value, datetime) and value.tzinfo is not None:
        raise ValueError("Excel gets naive local times")  # a programming error, not a user's
    return value


def _write_table(sheet: Worksheet, place: _Place, rows: Sequence[Sequence[Value]]) -> None:
    first = place.row + 1
    styles = [
        copy(sheet.cell(row=first, column=place.column + n)._style) for n in range(place.width)
    ]
    height = sheet.row_dimensions[first].height
    for index, values in enumerate(rows):
        row = first + index
        for n in range(place.width):
            cell = sheet.cell(row=row, column=place.column + n)
            cell._style = copy(styles[n])
            cell.value = _cell_value(values[n])
        if height is not None:
            sheet.row_dimensions[row].height = height
    if not rows:  # the template's sample row, if any, is not a figure
        for n in range(place.width):
            sheet.cell(row=first, column=place.column + n).value = None


def fill(data: bytes, filling: Filling) -> bytes:
    """The template `data` with `filling` written in: the workbook's bytes. A template the
    figures do not fit raises TemplateError with every problem (each table's rows must be as
    wide as its header)."""
    workbook = _open(data)
    widths: dict[str, int] = {}
    for name, rows in filling.tables.items():
        place = _place(workbook, name)
        header = place.width if isinstance(place, _Place) else 0
        widths[name] = len(rows[0]) if rows else header
        if any(len(row) != widths[name] for row in rows):
            raise ValueError(f"the rows of table {name} differ in width")
    problems, places = _problems(workbook, filling.values, widths)
    if problems:
        raise TemplateError(problems)
    for name, value in filling.values.items():
        place = places[name]
        workbook[place.sheet].cell(row=place.row, column=place.column).value = _cell_value(value)
    for name, rows in filling.tables.items():
        place = places[name]
        _write_table(workbook[place.sheet], place, rows)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def read_template(path: Path) -> bytes:
    """A template file's bytes (a person chose it: an unreadable one is a UserError)."""
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateError([f"文件超过 {MAX_TEMPLATE_BYTES // (1024 * 1024)} MB"])
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取模板文件：{path}（{exc.strerror or '读取失败'}）") from exc
