"""The import pipeline's look at the rows before they are checked (issue 14): which rows are
data (blank rows and 合计 / 小计 footers are not), invisible characters taken out of the cells
that will be read (each such cell named in the report), and a header row naming a field twice
refused rather than one of the columns dropped without a word."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from anjia_desk.core.errors import UserError
from anjia_desk.core.text import has_invisible, strip_invisible
from anjia_desk.excel.cells import Cell
from anjia_desk.excel.footers import is_total_row
from anjia_desk.excel.headers import ColumnSpec, column_letter, repeated_headers

_JOIN = "\ue000"  # a private-use character: not one of the invisible ones


@dataclass
class RowNotes:
    """What the report says about rows besides their outcomes."""

    footers: list[int] = field(default_factory=list)  # indexes of 合计 rows left out
    stripped: dict[int, list[str]] = field(default_factory=dict)  # index → cells, e.g. "B5（备注）"

    def sheet_notes(self) -> list[tuple[str, str]]:
        """(项目, 内容) lines for the report's 说明 sheet."""
        notes: list[tuple[str, str]] = []
        if self.footers:
            rows = "、".join(f"第 {i + 1} 行" for i in self.footers[:20])
            more = f" 等 {len(self.footers)} 行" if len(self.footers) > 20 else ""
            notes.append(
                ("合计行（未导入）", f"{rows}{more}：合计、小计或总计行不是数据，未计入行数")
            )
        if self.stripped:
            cells = [cell for index in sorted(self.stripped) for cell in self.stripped[index]]
            more = f" 等 {len(cells)} 个单元格" if len(cells) > 20 else ""
            notes.append(
                (
                    "已去掉不可见字符",
                    f"{'、'.join(cells[:20])}{more}：去掉了控制字符、方向控制符或零宽字符",
                )
            )
        return notes

    def reason(self, index: int, reason: str) -> str:
        """A row's reason with the cells cleaned in it named."""
        cells = self.stripped.get(index)
        if not cells:
            return reason
        said = f"已去掉不可见字符：{'、'.join(cells)}"
        return f"{reason}；{said}" if reason else said


def _blank(row: Sequence[Cell]) -> bool:
    return not row or (row[-1] is None and all(v is None for v in row))


def _may_be_total(row: Sequence[Cell]) -> bool:
    return any(isinstance(value, str) and "计" in value for value in row)


def data_rows(rows: Sequence[Sequence[Cell]], start: int) -> tuple[list[int], list[int]]:
    """The indexes of the data rows from `start` on, and of the footer rows left out."""
    indexes: list[int] = []
    footers: list[int] = []
    for index in range(start, len(rows)):
        row = rows[index]
        if _blank(row):
            continue
        if _may_be_total(row) and is_total_row(row):
            footers.append(index)
        else:
            indexes.append(index)
    return indexes, footers


def strip_rows(
    rows: list[list[Cell]],
    indexes: Sequence[int],
    mapping: dict[int, str],
    labels: dict[str, str],
) -> dict[int, list[str]]:
    """Take invisible characters out of the mapped text cells of the rows at `indexes`, in
    place; returns the cells changed per row index ("B5（客户姓名）")."""
    stripped: dict[int, list[str]] = {}
    for column, key in sorted(mapping.items()):
        texts = [
            rows[i][column]
            for i in indexes
            if column < len(rows[i]) and type(rows[i][column]) is str
        ]
        joined = _JOIN.join(t for t in texts if isinstance(t, str))
        if not has_invisible(joined):
            continue
        for index in indexes:
            row = rows[index]
            value = row[column] if column < len(row) else None
            if type(value) is not str:
                continue
            cleaned, count = strip_invisible(value)
            if count:
                row[column] = cleaned.strip() or None
                cell = f"{column_letter(column)}{index + 1}（{labels.get(key, key)}）"
                stripped.setdefault(index, []).append(cell)
    return stripped


def refuse_repeated(headers: Sequence[str], specs: Sequence[ColumnSpec]) -> None:
    """UserError when two columns of the header row name the same field."""
    repeated = repeated_headers(headers, specs)
    if not repeated:
        return
    field_header, first, again = repeated[0]
    named = [headers[first], headers[again]]
    said = (
        f"表头“{named[0]}”出现了两次（{column_letter(first)} 列和 {column_letter(again)} 列）"
        if named[0] == named[1]
        else f"“{named[0]}”（{column_letter(first)} 列）和“{named[1]}”（{column_letter(again)} 列）"
        f"都是{field_header}"
    )
    raise UserError(f"{said}，不知道该用哪一列：请删除或改名其中一列后再导入")
