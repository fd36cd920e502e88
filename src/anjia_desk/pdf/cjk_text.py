"""Plain Chinese text that wraps fast: a paragraph without markup for papers printed by the
thousand (a batch of dunning letters), where reportlab's `Paragraph` spends most of the time
measuring one character at a time.

Lines break between any two Chinese characters; a run of Latin letters, digits and their
punctuation (596,132.50 · HT-2026-0088 · 2026年 → "2026") never breaks; a full-width comma or
full stop never opens a line (the character before it moves down with it, as reportlab does with
its kinsoku list, `page.NO_LINE_START`) and an opening bracket never ends one. Widths come from the
font's own table, cached per character. It splits between lines across pages.
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.lib import colors
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from anjia_desk.pdf.page import INK, NO_LINE_START

_CANNOT_START = frozenset(ALL_CANNOT_START + NO_LINE_START)
_CANNOT_END = frozenset(ALL_CANNOT_END + "（《“‘「『【〔")
#: What never breaks inside: Latin words, numbers with their separators, codes.
_TOKEN = re.compile(r"[A-Za-z0-9¥$€£%.,:/_+\-@#&'*]+|\s+|.", re.DOTALL)


@cache
def _widths(font: str) -> tuple[dict[int, float], float]:
    face = getFont(font).face
    return face.charWidths, float(face.defaultWidth)


def text_width(text: str, font: str, size: float) -> float:
    """The width of `text` in points (as `pdfmetrics.stringWidth`)."""
    widths, default = _widths(font)
    get = widths.get
    return sum(get(ord(ch), default) for ch in text) * size / 1000.0


def break_lines(text: str, font: str, size: float, width: float, indent: float = 0.0) -> list[str]:
    """`text` in lines no wider than `width` (the first `indent` narrower)."""
    widths, default = _widths(font)
    get = widths.get
    scale = size / 1000.0
    lines: list[list[tuple[str, float]]] = [[]]
    used = 0.0
    room = width - indent
    for token in _TOKEN.findall(text):
        line = lines[-1]
        if token.isspace():
            if line:  # spaces at a line's start are dropped
                line.append((" ", get(32, default) * scale))
                used += line[-1][1]
            continue
        token_width = sum(get(ord(ch), default) for ch in token) * scale
        if line and used + token_width > room + 0.01:
            # a closing mark may not open the next line, an opening one may not end this one:
            # what would break that rule moves down with the token
            keep, first = len(line), token
            while keep > 1 and (first[0] in _CANNOT_START or line[keep - 1][0][-1] in _CANNOT_END):
                keep -= 1
                first = line[keep][0]
            carried = line[keep:]
            del line[keep:]
            while line and line[-1][0] == " ":
                line.pop()
            while carried and carried[0][0] == " ":
                carried.pop(0)
            lines.append(carried)
            line = carried
            used = sum(w for _, w in line)
            room = width
        line.append((token, token_width))
        used += token_width
    return ["".join(piece for piece, _ in line) for line in lines if line]


class CjkText(Flowable):  # type: ignore[misc]
    """A plain paragraph in one font and size, left-aligned, wrapped by `break_lines`."""

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
        lines: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.text, self.font, self.size, self.leading = text, font, size, leading
        self.indent, self.color, self.bold = indent, color, bold
        self.spaceBefore = space_before
        self._lines = lines
        self._width = -1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or self._width != availWidth:
            self._lines = break_lines(self.text, self.font, self.size, availWidth, self.indent)
            self._width = availWidth
        self.width, self.height = availWidth, self.leading * len(self._lines)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fits = int(availHeight // self.leading)
        if fits <= 0 or fits >= len(self._lines):
            return []
        head, tail = self._lines[:fits], self._lines[fits:]
        first = self._copy(head, indent=self.indent)
        rest = self._copy(tail, indent=0.0)
        rest.spaceBefore = 0.0
        return [first, rest]

    def _copy(self, lines: list[str], *, indent: float) -> CjkText:
        part = CjkText(self.text, self.font, self.size, self.leading, indent=indent,
                       color=self.color, bold=self.bold, lines=lines)  # fmt: skip
        part._width = self._width
        return part

    def draw(self) -> None:
        assert self._lines is not None
        canv = self.canv
        canv.saveState()
        canv.setFont(self.font, self.size)
        canv.setFillColor(self.color)
        if self.bold:
            canv.setStrokeColor(self.color)
            canv.setLineWidth(self.size * 0.035)
        # the baseline sits where reportlab's Paragraph puts it: descent below the leading
        y = self.height - self.leading + (self.leading - self.size) * 0.5 + self.size * 0.12
        for index, line in enumerate(self._lines):
            x = self.indent if index == 0 else 0.0
            canv.drawString(x, y, line, mode=2 if self.bold else None)
            y -= self.leading
        canv.restoreState()


__all__ = ["CjkText", "break_lines", "text_width"]
