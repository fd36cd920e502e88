"""The import report: the user's rows as they sent them, each with its outcome and reason, so the
sender can fix the marked rows and send the file again (EXCEL_FORMAT.md §Reading rules)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from anjia_desk.excel.writer import (
    ColumnPlan,
    SheetPlan,
    auto_writer,
    fill_writer,
    text_writer,
    write_plans,
)

# A cell as excel.reader gives it (None | str | int | float | bool | date | datetime | time);
# kept as `object` here so this module does not need the reader.
Cell = object

RESULT_SHEET = "导入结果"
NOTES_SHEET = "说明"
OUTCOME_HEADER = "导入结果"
REASON_HEADER = "原因"

# Outcome → (background, font): Excel's own "bad", "neutral" and "good" cell colours.
_RED = ("#FFC7CE", "#9C0006")
_AMBER = ("#FFEB9C", "#9C5700")
_GREEN = ("#C6EFCE", "#006100")
OUTCOME_COLOURS: dict[str, tuple[str, str]] = {
    "错误": _RED,
    "重复": _AMBER,
    "跳过": _AMBER,
    "已导入": _GREEN,
    "已更新": _GREEN,
}


def write_report(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[tuple[Sequence[Cell], str, str]],
    *,
    notes: Sequence[tuple[str, str]] = (),
    total: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the report to `path` (.xlsx); returns the data rows written.

    Sheet 导入结果: `headers` (the user's header row) + 导入结果 + 原因, then for each
    (cells, outcome, reason) the row's own cells with their types kept — text (injection-safe),
    numbers, real dates, booleans — then the outcome, coloured, and the reason. A row has as
    many user cells as `headers`: shorter rows are padded with blanks, cells beyond the last
    header are not copied. Sheet 说明: (项目, 内容) pairs from `notes`. Like write_workbook, a
    cancel raises writer.Cancelled and nothing is left at `path` unless all was written.
    """
    width = len(headers)
    columns = [ColumnPlan(str(header), auto_writer) for header in headers]
    columns.append(
        ColumnPlan(
            OUTCOME_HEADER, lambda sheet, styles: fill_writer(sheet, styles, OUTCOME_COLOURS)
        )
    )
    columns.append(ColumnPlan(REASON_HEADER, text_writer))
    result = SheetPlan(RESULT_SHEET, columns, _report_rows(rows, width), total)
    explained = SheetPlan(
        NOTES_SHEET,
        [ColumnPlan("项目", text_writer), ColumnPlan("内容", text_writer)],
        [list(note) for note in notes],
        len(notes),
    )
    counts = write_plans(path, [result, explained], progress=progress, cancelled=cancelled)
    return counts[RESULT_SHEET]


def _report_rows(
    rows: Iterable[tuple[Sequence[Cell], str, str]], width: int
) -> Iterator[list[object]]:
    for cells, outcome, reason in rows:
        values: list[object] = list(cells[:width])
        if len(values) < width:
            values.extend([None] * (width - len(values)))
        values.append(outcome)
        values.append(reason or None)
        yield values
