"""Rows of a sheet that are no data: a 合计 / 小计 / 总计 footer under the data (issue 14).

A row is a footer when one of its cells says 合计, 小计 or 总计 (spaces, a colon or a unit in
brackets allowed: "合 计", "合计：", "总计(元)") and every other cell is blank or a number
("1,234.50", "¥300", "12 户" included). The import leaves such a row out like a blank row and
names it in the report's notes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from anjia_desk.excel.cells import Cell

TOTAL_WORDS = frozenset({"合计", "小计", "总计"})
_TOTAL_RE = re.compile(r"(合计|小计|总计)(?:[(（][^()（）]*[)）])?[:：]?")
_NUMBER_RE = re.compile(
    r"[-+]?[¥￥$]?\d[\d,]*(?:\.\d+)?%?(?:万元|元|万|户|套|人|组|个|㎡|平米|平方米)?"
)


def _is_total_word(text: str) -> bool:
    folded = "".join(unicodedata.normalize("NFKC", text).split())
    return _TOTAL_RE.fullmatch(folded) is not None


def _is_number(value: Cell) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float | Decimal):
        return True
    if isinstance(value, str):
        folded = "".join(unicodedata.normalize("NFKC", value).split())
        return _NUMBER_RE.fullmatch(folded) is not None
    return False


def is_total_row(row: Sequence[Cell]) -> bool:
    """Whether a row is a 合计 / 小计 / 总计 footer (see the module's docstring)."""
    label = False
    for value in row:
        if value is None or value == "":
            continue
        if not label and isinstance(value, str) and _is_total_word(value):
            label = True
        elif not _is_number(value):
            return False
    return label
