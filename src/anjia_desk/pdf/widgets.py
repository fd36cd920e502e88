"""Form building blocks (Inline, CheckLine, FormGrid): boxes are drawn, never typed as glyphs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from anjia_desk.pdf.page import (
    ACCENT,
    CONTENT_WIDTH,
    INK,
    LABEL_FILL,
    RULE,
    BoldParagraph,
    Styles,
    escape,
    mm,
)


@dataclass(frozen=True)
class Text:
    """Words on the line."""

    text: str


@dataclass(frozen=True)
class Check:
    """A drawn box followed by its label."""

    label: str


@dataclass(frozen=True)
class Blank:
    """Room to write by hand, underlined unless `underline` is False."""

    width: float
    underline: bool = True


@dataclass(frozen=True)
class Digits:
    """One box per digit, in groups (a mobile number: 3-4-4)."""

    groups: tuple[int, ...] = (3, 4, 4)


Atom: TypeAlias = Text | Check | Blank | Digits
Chunk: TypeAlias = Atom | tuple[Atom, ...]


class Inline(Flowable):  # type: ignore[misc]
    """Labels, boxes and blanks on a line, wrapping between chunks (a chunk never breaks).

    Each item of `chunks` is an atom or a tuple of atoms drawn together (e.g. 其他 + blank).
    """

    def __init__(
        self,
        chunks: Sequence[Chunk],
        *,
        font: str,
        size: float = 9.5,
        gap: float = 10,
        align: str = "left",
        color: colors.Color = INK,
    ) -> None:
        super().__init__()
        self.chunks = [c if isinstance(c, tuple) else (c,) for c in chunks]
        self.font = font
        self.size = size
        self.gap = gap
        self.align = align
        self.color = color
        self.line_height = size * 1.6
        self._lines: list[list[tuple[Atom, ...]]] = []
        self._avail = 0.0

    # sizes -----------------------------------------------------------------
    @property
    def box(self) -> float:
        return self.size * 0.88

    @property
    def cell(self) -> float:
        return self.size * 1.3

    def atom_width(self, atom: Atom) -> float:
        if isinstance(atom, Text):
            return float(stringWidth(atom.text, self.font, self.size))
        if isinstance(atom, Check):
            return self.box + self.size * 0.3 + float(stringWidth(atom.label, self.font, self.size))
        if isinstance(atom, Blank):
            return atom.width
        return self.cell * sum(atom.groups) + self.size * 0.5 * (len(atom.groups) - 1)

    def chunk_width(self, chunk: tuple[Atom, ...]) -> float:
        return sum(self.atom_width(a) for a in chunk)

    def text(self) -> str:
        """The words this widget draws (for checking glyph coverage)."""
        return "".join(
            a.text if isinstance(a, Text) else a.label if isinstance(a, Check) else ""
            for chunk in self.chunks
            for a in chunk
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        lines: list[list[tuple[Atom, ...]]] = [[]]
        used = 0.0
        for chunk in self.chunks:
            width = self.chunk_width(chunk)
            needed = width if not lines[-1] else used + self.gap + width
            if lines[-1] and needed > availWidth + 0.01:
                lines.append([chunk])
                used = width
            else:
                lines[-1].append(chunk)
                used = needed
        self._lines = lines
        self.width = availWidth
        self.height = self.line_height * len(lines)
        return self.width, self.height

    def line_width(self, line: Sequence[tuple[Atom, ...]]) -> float:
        return sum(self.chunk_width(c) for c in line) + self.gap * max(len(line) - 1, 0)

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(self.color)
        canv.setStrokeColor(self.color)
        canv.setFont(self.font, self.size)
        top = self.height
        for line in self._lines:
            baseline = (
                top - self.line_height + (self.line_height - self.size) / 2 + self.size * 0.14
            )
            free = self._avail - self.line_width(line)
            x = {"right": free, "center": free / 2}.get(self.align, 0.0)
            for chunk in line:
                for atom in chunk:
                    self._draw_atom(canv, atom, x, baseline)
                    x += self.atom_width(atom)
                x += self.gap
            top -= self.line_height
        canv.restoreState()

    def _draw_atom(self, canv: Canvas, atom: Atom, x: float, baseline: float) -> None:
        size = self.size
        if isinstance(atom, Text):
            canv.drawString(x, baseline, atom.text)
        elif isinstance(atom, Check):
            canv.setLineWidth(0.7)
            canv.rect(x, baseline - size * 0.08, self.box, self.box, stroke=1, fill=0)
            canv.drawString(x + self.box + size * 0.3, baseline, atom.label)
        elif isinstance(atom, Blank):
            if atom.underline:
                canv.setLineWidth(0.5)
                canv.line(x + 1, baseline - size * 0.2, x + atom.width - 1, baseline - size * 0.2)
        else:
            canv.setLineWidth(0.5)
            height = size * 1.35
            bottom = baseline - size * 0.3
            for count in atom.groups:
                for _ in range(count):
                    canv.rect(x, bottom, self.cell, height, stroke=1, fill=0)
                    x += self.cell
                x += size * 0.5


class CheckLine(Flowable):  # type: ignore[misc]
    """A drawn box in front of a paragraph that may run to several lines (consent statements)."""

    def __init__(self, markup: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.style = style
        self.box = style.fontSize * 0.9
        self.indent = self.box + style.fontSize * 0.55
        self.paragraph = Paragraph(markup, style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(availWidth - self.indent, availHeight)
        self.width, self.height = availWidth, height
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        size = self.style.fontSize
        first_baseline = self.height - self.style.leading + (self.style.leading - size) * 0.5
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.8)
        canv.rect(0, first_baseline + size * 0.02, self.box, self.box, stroke=1, fill=0)
        canv.restoreState()
        self.paragraph.drawOn(canv, self.indent, 0)


Cell: TypeAlias = str | Flowable | Sequence[Flowable] | None


class FormGrid:
    """A ruled form: label cells shaded, value cells for writing, section bars across.

    `columns` are widths; None columns share what is left of `width` equally.
    """

    def __init__(
        self,
        styles: Styles,
        columns: Sequence[float | None],
        *,
        width: float = CONTENT_WIDTH,
        min_row_height: float = 7.2 * mm,
    ) -> None:
        fixed = sum(c for c in columns if c is not None)
        free = [c for c in columns if c is None]
        share = (width - fixed) / len(free) if free else 0.0
        self.widths = [share if c is None else c for c in columns]
        self.styles = styles
        self.min_row_height = min_row_height
        self.rows: list[list[Any]] = []
        self.heights: list[float | None] = []
        self.commands: list[tuple[Any, ...]] = []

    @property
    def ncols(self) -> int:
        return len(self.widths)

    def _cell(self, value: Cell, *, label: bool) -> Any:
        if value is None:
            return ""
        if isinstance(value, str):
            style = self.styles.label if label else self.styles.body
            return Paragraph(escape(value), style)
        return value

    def section(self, title: str) -> None:
        """A dark bar across the form with a heading."""
        row = len(self.rows)
        self.rows.append(
            [BoldParagraph(escape(title), self.styles.section)] + [""] * (self.ncols - 1)
        )
        self.heights.append(None)
        self.commands += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), ACCENT),
            ("TOPPADDING", (0, row), (-1, row), 2.5),
            ("BOTTOMPADDING", (0, row), (-1, row), 3.5),
        ]

    def row(self, *cells: Cell, height: float | None = None) -> None:
        """Label, value, label, value, ...; the last value spans the remaining columns."""
        row = len(self.rows)
        values = [self._cell(c, label=i % 2 == 0) for i, c in enumerate(cells)]
        values += [""] * (self.ncols - len(values))
        self.rows.append(values)
        self.heights.append(height)
        for col in range(0, len(cells), 2):
            self.commands.append(("BACKGROUND", (col, row), (col, row), LABEL_FILL))
        if len(cells) < self.ncols:
            self.commands.append(("SPAN", (len(cells) - 1, row), (-1, row)))

    def full(self, *content: Flowable, height: float | None = None, shade: bool = False) -> None:
        """One cell across the whole form."""
        row = len(self.rows)
        self.rows.append([list(content)] + [""] * (self.ncols - 1))
        self.heights.append(height)
        self.commands.append(("SPAN", (0, row), (-1, row)))
        if shade:
            self.commands.append(("BACKGROUND", (0, row), (-1, row), LABEL_FILL))

    def table(self) -> Table:
        table = Table(
            self.rows,
            colWidths=self.widths,
            rowHeights=[h if h is not None else None for h in self.heights],
            minRowHeights=[self.min_row_height if h is None else h for h in self.heights],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.styles.font),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("BOX", (0, 0), (-1, -1), 1.1, ACCENT),
                    *self.commands,
                ]
            )
        )
        return table


__all__ = [
    "Atom",
    "Blank",
    "Cell",
    "Check",
    "CheckLine",
    "Chunk",
    "Digits",
    "FormGrid",
    "Inline",
    "Text",
]
