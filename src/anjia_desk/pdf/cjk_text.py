"""Plain Chinese text that wraps fast, and a plain ruled grid: for papers printed by the thousand
(a batch of dunning letters), where reportlab's `Paragraph` spends most of its time measuring one
character at a time and its `Table` measuring cells.

Lines break between any two Chinese characters; a run of Latin letters, digits and their
punctuation (596,132.50 · HT-2026-0088 · 2026年 → "2026") never breaks; a full-width comma or
full stop never opens a line (the character before it moves down with it, as reportlab does with
its kinsoku list, `page.NO_LINE_START`) and an opening bracket never ends one. Widths come from the
font's own table, cached per character. It splits between lines across pages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from reportlab.lib import colors
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from anjia_desk.pdf.page import INK, NO_LINE_START

_CANNOT_START = frozenset(ALL_CANNOT_START + NO_LINE_START)
_CANNOT_END = frozenset(ALL_CANNOT_END + "（《“‘「『【〔")
#: What never breaks inside: Latin words, numbers with their separators, codes.
_TOKEN = re.compile(r"[A-Za-z0-9¥$€£%.,:/_+\-@#&'*]+|\s+|.", re.DOTALL)


class _Widths(dict[str, float]):
    """Character → advance width in 1/1000 em, filled from the font's table on first use."""

    def __init__(self, font: str) -> None:
        super().__init__()
        face = getFont(font).face
        self.table, self.default = face.charWidths, float(face.defaultWidth)

    def __missing__(self, ch: str) -> float:
        width = self[ch] = float(self.table.get(ord(ch), self.default))
        return width

    def of(self, text: str) -> float:
        return sum([self[ch] for ch in text])


@cache
def _widths(font: str) -> _Widths:
    return _Widths(font)


def text_width(text: str, font: str, size: float) -> float:
    """The width of `text` in points (as `pdfmetrics.stringWidth`)."""
    return _widths(font).of(text) * size / 1000.0


def break_lines(text: str, font: str, size: float, width: float, indent: float = 0.0) -> list[str]:
    """`text` in lines no wider than `width` (the first `indent` narrower)."""
    return list(_break_lines(text, font, size, width, indent))


@lru_cache(maxsize=2048)  # a batch repeats many of its sentences letter after letter
def _break_lines(text: str, font: str, size: float, width: float, indent: float) -> tuple[str, ...]:
    widths = _widths(font)
    # in 1/1000 em, so the sums need no scaling
    room, full = (width - indent) * 1000.0 / size + 0.01, width * 1000.0 / size + 0.01
    lines: list[list[tuple[str, float]]] = [[]]
    line = lines[0]
    used = 0.0
    for token in _TOKEN.findall(text):
        token_width = widths[token] if len(token) == 1 else widths.of(token)
        if token.isspace() and not line:
            continue  # spaces at a line's start are dropped
        if line and used + token_width > room:
            # a closing mark may not open the next line, an opening one may not end this one:
            # what would break that rule moves down with the token
            keep, first = len(line), token
            while keep > 1 and (first[0] in _CANNOT_START or line[keep - 1][0][-1] in _CANNOT_END):
                keep -= 1
                first = line[keep][0]
            carried = line[keep:]
            del line[keep:]
            while line and line[-1][0].isspace():
                line.pop()
            while carried and carried[0][0].isspace():
                carried.pop(0)
            lines.append(carried)
            line = carried
            used = sum(w for _, w in line)
            room = full
            if token.isspace() and not line:
                continue
        line.append((token, token_width))
        used += token_width
    return tuple("".join(piece for piece, _ in line) for line in lines if line)


class CjkText(Flowable):  # type: ignore[misc]
    """Plain paragraphs in one font and size, left-aligned, wrapped by `break_lines`: `text`
    is one paragraph (its first line `indent` in), `paragraphs` several, each with its own first
    indent (a letter's greeting and body as one flowable)."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        leading: float,
        *,
        indent: float = 0.0,
        color: colors.Color = INK,
        bold: bool = False,
        space_before: float = 0.0,
        paragraphs: Sequence[tuple[str, float]] = (),
    ) -> None:
        super().__init__()
        self.paragraphs = tuple(paragraphs) or ((text, indent),)
        self.font, self.size, self.leading = font, size, leading
        self.color, self.bold = color, bold
        self.spaceBefore = space_before
        self._lines: list[tuple[float, str]] | None = None
        self._width = -1.0

    def text(self) -> str:
        """The words drawn (for checking glyph coverage)."""
        return "".join(text for text, _ in self.paragraphs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or self._width != availWidth:
            self._lines = []
            for text, indent in self.paragraphs:
                lines = break_lines(text, self.font, self.size, availWidth, indent)
                self._lines += [(indent if i == 0 else 0.0, line) for i, line in enumerate(lines)]
            self._width = availWidth
        self.width, self.height = availWidth, self.leading * len(self._lines)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fits = int(availHeight // self.leading)
        if fits <= 0 or fits >= len(self._lines):
            return []
        first, rest = self._copy(self._lines[:fits]), self._copy(self._lines[fits:])
        first.spaceBefore = self.spaceBefore
        return [first, rest]

    def _copy(self, lines: list[tuple[float, str]]) -> CjkText:
        part = CjkText("", self.font, self.size, self.leading, color=self.color, bold=self.bold)
        part._lines, part._width = lines, self._width
        return part

    def draw(self) -> None:
        assert self._lines is not None
        canv = self.canv
        canv.saveState()
        canv.setFillColor(self.color)
        if self.bold:
            canv.setStrokeColor(self.color)
            canv.setLineWidth(self.size * 0.035)
        # the baseline sits where reportlab's Paragraph puts it: descent below the leading
        y = self.height - self.leading + (self.leading - self.size) * 0.5 + self.size * 0.12
        at = self._lines[0][0] if self._lines else 0.0
        text = canv.beginText(at, y)
        text.setFont(self.font, self.size, self.leading)
        if self.bold:
            text.setTextRenderMode(2)
        for x, line in self._lines:
            if x != at:  # a paragraph's first line is indented, the others are not
                text.moveCursor(x - at, 0)
                at = x
            text.textLine(line)
        canv.drawText(text)
        canv.restoreState()


class PlainGrid(Flowable):  # type: ignore[misc]
    """A ruled table of short plain texts, one line per cell, drawn directly: the header row
    shaded (and repeated when it flows onto the next page), a shaded footer row. `align` per
    column: "L", "R" or "C"; the first width None takes what is left of the frame."""

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        footer: Sequence[str] | None,
        widths: Sequence[float | None],
        align: str,
        font: str,
        *,
        size: float = 8.5,
        row_height: float = 17.0,
        fill: colors.Color = colors.white,
        rule: colors.Color = INK,
        box: colors.Color = INK,
    ) -> None:
        super().__init__()
        self.header, self.rows, self.footer = tuple(header), [tuple(r) for r in rows], footer
        self.widths, self.align, self.font, self.size = list(widths), align, font, size
        self.row_height, self.fill, self.rule, self.box = row_height, fill, rule, box

    def _all_rows(self) -> list[tuple[str, ...]]:
        return [self.header, *self.rows, *([tuple(self.footer)] if self.footer else [])]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        fixed = sum(w for w in self.widths if w is not None)
        self._cols = [availWidth - fixed if w is None else w for w in self.widths]
        self.width, self.height = sum(self._cols), self.row_height * len(self._all_rows())
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fits = int(availHeight // self.row_height) - 1  # rows under the header
        if fits < 1 or fits >= len(self.rows) + (1 if self.footer else 0):
            return []
        head = self._copy(self.rows[:fits], None)
        rest = self._copy(self.rows[fits:], self.footer)
        return [head, rest]

    def _copy(self, rows: Sequence[Sequence[str]], footer: Sequence[str] | None) -> PlainGrid:
        return PlainGrid(self.header, rows, footer, self.widths, self.align, self.font,
                         size=self.size, row_height=self.row_height, fill=self.fill,
                         rule=self.rule, box=self.box)  # fmt: skip

    def draw(self) -> None:
        canv = self.canv
        rows = self._all_rows()
        h, width = self.row_height, self.width
        canv.saveState()
        canv.setFillColor(self.fill)
        canv.rect(0, self.height - h, width, h, stroke=0, fill=1)
        if self.footer:
            canv.rect(0, 0, width, h, stroke=0, fill=1)
        canv.setStrokeColor(self.rule)
        canv.setLineWidth(0.5)
        path = canv.beginPath()
        for index in range(1, len(rows)):
            path.moveTo(0, index * h)
            path.lineTo(width, index * h)
        x = 0.0
        for col in self._cols[:-1]:
            x += col
            path.moveTo(x, 0)
            path.lineTo(x, self.height)
        canv.drawPath(path, stroke=1, fill=0)
        canv.setStrokeColor(self.box)
        canv.setLineWidth(0.9)
        canv.rect(0, 0, width, self.height, stroke=1, fill=0)
        canv.setFillColor(INK)
        text = canv.beginText(0, 0)
        text.setFont(self.font, self.size, 0)  # no leading: each cell moves from the last
        pad, at_x, at_y = 4.0, 0.0, 0.0
        for number, row in enumerate(rows):
            y = self.height - (number + 1) * h + (h - self.size) / 2 + self.size * 0.14
            left = 0.0
            for col, (cell, col_width) in enumerate(zip(row, self._cols, strict=False)):
                if cell:
                    how = "C" if number == 0 else self.align[col]
                    free = col_width - text_width(cell, self.font, self.size)
                    x = left + {"L": pad, "R": free - pad, "C": free / 2}[how]
                    text.moveCursor(x - at_x, at_y - y)  # reportlab's dy points down
                    at_x, at_y = x, y
                    text.textLine(cell)
                left += col_width
        canv.drawText(text)
        canv.restoreState()


class Stack(Flowable):  # type: ignore[misc]
    """Flowables laid out one under the other as one block when they fit the frame (one frame
    step instead of one per flowable); split into them when they do not, so they flow on."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self._placed: list[tuple[Flowable, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        placed, y = [], 0.0
        for index, part in enumerate(self.parts):
            if index:
                y += part.getSpaceBefore()
            _, height = part.wrap(availWidth, availHeight)
            placed.append((part, y + height))
            y += height
        self._placed, self.width, self.height = placed, availWidth, y
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.parts[0].getSpaceBefore()) if self.parts else 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return list(self.parts)

    def draw(self) -> None:
        for part, bottom in self._placed:
            part.drawOn(self.canv, 0, self.height - bottom)


__all__ = ["CjkText", "PlainGrid", "Stack", "break_lines", "text_width"]
