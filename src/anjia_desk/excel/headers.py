"""Finding the header row of a sheet and mapping its columns to fields (EXCEL_FORMAT.md).

Headers are compared folded: full-width → half-width, no spaces, no trailing unit in brackets,
Latin in lower case, so "预算（万元）", "预算(万元)", "预算" and " 预 算 " are the same header.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from anjia_desk.excel.cells import Cell, cell_text


@dataclass(frozen=True)
class ColumnSpec:
    """A field a column can hold: its canonical header and the other headers people write."""

    key: str  # field key, e.g. "phone"
    header: str  # canonical header, e.g. "手机号" or "预算(万元)"
    aliases: tuple[str, ...] = ()
    required: bool = False  # a file without this column is refused (the phone)


@dataclass(frozen=True)
class HeaderMatch:
    row: int  # index into the rows searched (0-based)
    headers: list[str]  # that row's cells as display text ('' for blank), every column
    mapping: dict[int, str]  # column index → spec key (the first column wins for a key)
    unknown: list[str]  # non-blank header texts that matched nothing, in column order


# A unit in brackets at the end, after NFKC: (万元) [元] 【万元】 〔㎡〕 — fold drops it.
_UNIT_RE = re.compile(r"(?:\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕)$")
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff")
_MARKS = "*:"  # "*手机号" (required in a template), "手机号：" — after NFKC


def fold_header(text: object) -> str:
    """The comparable form of a header cell ('' for a blank one)."""
    if text is None:
        return ""
    if isinstance(text, str):
        raw = text
    elif isinstance(text, int | float | date | time):
        raw = cell_text(text)  # numbers and dates read as they show: 2026, 2026-03-05
    else:
        raw = str(text)
    folded = "".join(unicodedata.normalize("NFKC", raw).translate(_INVISIBLE).split())
    folded = folded.strip(_MARKS)
    while True:
        match = _UNIT_RE.search(folded)
        if match is None or match.start() == 0:
            break
        folded = folded[: match.start()].rstrip(_MARKS)
    return folded.lower()


def _lookup(specs: Sequence[ColumnSpec]) -> dict[str, ColumnSpec]:
    lookup: dict[str, ColumnSpec] = {}
    for spec in specs:
        for name in (spec.header, *spec.aliases):
            lookup.setdefault(fold_header(name), spec)
    lookup.pop("", None)
    return lookup


def _match_row(row: Sequence[Cell], lookup: dict[str, ColumnSpec]) -> tuple[dict[int, str], int]:
    """The columns of a row that name a field (first column wins), and how many fields."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for column, cell in enumerate(row):
        if cell is None:
            continue
        spec = lookup.get(fold_header(cell))
        if spec is not None and spec.key not in taken:
            taken.add(spec.key)
            mapping[column] = spec.key
    return mapping, len(taken)


def find_header(
    rows: Sequence[Sequence[Cell]], specs: Sequence[ColumnSpec], *, scan: int = 10
) -> HeaderMatch | None:
    """The header among the first `scan` rows: the row naming the most fields, which must name
    every required one; on a tie the upper row. None when no row qualifies."""
    lookup = _lookup(specs)
    required = {spec.key for spec in specs if spec.required}
    best: tuple[int, dict[int, str]] | None = None
    best_score = 0
    for index, row in enumerate(rows[:scan]):
        mapping, score = _match_row(row, lookup)
        if score > best_score and required <= set(mapping.values()):
            best, best_score = (index, mapping), score
    if best is None:
        return None
    index, mapping = best
    row = rows[index]
    headers = [cell_text(cell) for cell in row]
    unknown = [
        text
        for column, text in enumerate(headers)
        if text and column not in mapping and fold_header(text) not in lookup
    ]
    return HeaderMatch(row=index, headers=headers, mapping=mapping, unknown=unknown)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: a column's name in Excel."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def repeated_headers(
    headers: Sequence[str], specs: Sequence[ColumnSpec]
) -> list[tuple[str, int, int]]:
    """Columns that name a field already named by a column to their left: (the field's header,
    the first column, the repeating column) — two 手机号 columns, or 手机号 and 电话. The reader
    would take the first and drop the other without a word."""
    lookup = _lookup(specs)
    first: dict[str, int] = {}
    repeated: list[tuple[str, int, int]] = []
    for column, header in enumerate(headers):
        spec = lookup.get(fold_header(header)) if header else None
        if spec is None:
            continue
        if spec.key in first:
            repeated.append((spec.header, first[spec.key], column))
        else:
            first[spec.key] = column
    return repeated


def layout_key(headers: Sequence[str]) -> str:
    """A stable key of a layout ("the same headers"): the folded headers joined by "|".

    Blank headers inside the row keep their place (an empty segment) so that a column moved
    behind an extra blank column is a different layout; blanks at the end are dropped."""
    folded = [fold_header(header).replace("|", "/") for header in headers]
    while folded and not folded[-1]:
        folded.pop()
    return "|".join(folded)
