"""A report on one A4 landscape page (issue 19): the office's letterhead line, the title, the
range and whose figures, the chart (pdf.report_chart: the drawing the window shows), the table
behind it (as many rows as fit, then "另有 N 行，见导出的 Excel"), the notes saying what each
rate divides by, and the print time.

A report is a paper like the others (pdf.document): `ReportPaper` is *what* to print, and its
layout `REPORT_PAGE` (`LandscapeReport`) *how*: drawn straight onto one canvas — the page is a
fixed layout, not a story flowing over pages — in reportlab's invariant mode, dated by the print
time, so the same report printed at the same time gives the same bytes. (On the portrait
letterhead layout the same paper flows instead: chart, the whole table, notes.)

The table is always whole in width: the font steps down (8 → 6 pt) until every column fits, and
only text too long even then is cut with "…".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from anjia_desk import APP_TITLE
from anjia_desk.core.report_values import Cell, ColumnKind, ReportTable, cell_text
from anjia_desk.pdf.document import Document, Sheet
from anjia_desk.pdf.page import ACCENT, INK, LABEL_FILL, MUTED, RULE, Letterhead, escape, mm
from anjia_desk.pdf.report_chart import chart_drawing

PAGE_WIDTH, PAGE_HEIGHT = (float(v) for v in landscape(A4))
MARGIN = 12 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
CHART_MIN, CHART_MAX = 165.0, 290.0  # the chart's height: less when the table needs the room
TABLE_SIZES = (8.0, 7.5, 7.0, 6.5, 6.0)  # the table's font, largest that fits the width
TOTAL_FILL = colors.HexColor("#E4E7EB")
GAP = 6.0


def more_rows_text(left_out: int) -> str:
    return f"另有 {left_out} 行，见导出的 Excel"


@dataclass(frozen=True)
class ReportPaper:
    """A report to print (a `pdf.document.Document`): the table with its chart and notes."""

    table: ReportTable

    @property
    def title(self) -> str:
        return self.table.title

    @property
    def subtitle(self) -> str:
        return "　".join(t for t in (self.table.range_label, self.table.scope_label) if t)

    def story(self, sheet: Sheet) -> list[Flowable]:
        """On a flowing layout (the portrait letterhead page): the chart, the whole table (its
        header repeated on every page), the notes."""
        font = sheet.styles.font
        size, widths = table_sizing(self.table, font, sheet.width)
        story: list[Flowable] = [
            chart_drawing(self.table.chart, sheet.width, CHART_MIN + 40).drawing,
            Spacer(1, GAP),
        ]
        if self.table.columns:
            story += [
                table_grid(self.table, len(self.table.rows), font, size, widths),
                Spacer(1, GAP),
            ]
        return story + notes_paragraphs(self.table, font)


@dataclass(frozen=True)
class LandscapeReport:
    """The report's layout (a `pdf.document.Layout`): each report on one A4 landscape page,
    its table cut to what fits under the chart."""

    def render(self, doc: Document, *, letterhead: Letterhead, printed_at: datetime) -> bytes:
        return self.render_many([(doc, printed_at)], letterhead=letterhead, title=doc.title)

    def render_many(
        self, docs: Sequence[tuple[Document, datetime]], *, letterhead: Letterhead, title: str
    ) -> bytes:
        """One page per report, dated by the first one's print time."""
        from anjia_desk.pdf.fonts import register_cjk_font

        if not docs:
            raise ValueError("没有要打印的内容")
        font = register_cjk_font()
        buffer = io.BytesIO()
        canvas = Canvas(
            buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, initialFontName=font
        )
        created = f"D:{docs[0][1]:%Y%m%d%H%M%S}"
        canvas.setDateFormatter(lambda *_: created)
        office = letterhead.cleaned()
        canvas.setTitle(title)
        canvas.setSubject(title)
        canvas.setAuthor(office.company or office.project)
        canvas.setCreator(APP_TITLE)
        for doc, printed_at in docs:
            if not isinstance(doc, ReportPaper):
                raise TypeError(f"not a report: {doc.title}")
            _Page(canvas, font, doc.table, office, printed_at).draw()
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()


#: The layout a report prints in: `document.render(ReportPaper(table), ..., layout=REPORT_PAGE)`.
REPORT_PAGE = LandscapeReport()


@dataclass(frozen=True)
class _Fit:
    """The table as it goes on the page: the rows shown and how many were left out."""

    grid: Table | None
    height: float
    left_out: int


class _Page:
    def __init__(
        self,
        canvas: Canvas,
        font: str,
        table: ReportTable,
        letterhead: Letterhead,
        printed_at: datetime,
    ) -> None:
        self.canvas, self.font, self.table = canvas, font, table
        self.letterhead, self.printed_at = letterhead, printed_at

    def draw(self) -> None:
        y = PAGE_HEIGHT - MARGIN
        y = self.letterhead_line(y)
        y = self.title(y)
        bottom = MARGIN + 12  # the print time's line
        notes = notes_paragraphs(self.table, self.font)
        notes_h = sum(p.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1] for p in notes)
        room = y - bottom - notes_h - (GAP if notes else 0)
        full = self.fit_table(room)  # all rows, if they fit under the smallest chart
        chart_h = min(CHART_MAX, max(CHART_MIN, room - full.height - GAP - 14))
        fit = self.fit_table(room - chart_h - GAP)
        drawn = chart_drawing(self.table.chart, CONTENT_WIDTH, chart_h)
        renderPDF.draw(drawn.drawing, self.canvas, MARGIN, y - chart_h)
        y -= chart_h + GAP
        if fit.grid is not None:
            fit.grid.drawOn(self.canvas, MARGIN, y - fit.height)
            y -= fit.height
        if fit.left_out:
            self.text(MARGIN, y - 10, more_rows_text(fit.left_out), 8, ACCENT)
            y -= 13
        y -= GAP
        for paragraph in notes:
            _, height = paragraph.wrap(CONTENT_WIDTH, PAGE_HEIGHT)
            paragraph.drawOn(self.canvas, MARGIN, y - height)
            y -= height
        self.footer()

    # -- the parts --

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        colour: object = INK,
        *,
        anchor: str = "start",
        heavy: bool = False,
    ) -> None:
        canvas = self.canvas
        canvas.saveState()
        canvas.setFont(self.font, size)
        canvas.setFillColor(colour)
        mode = 0
        if heavy:  # Chinese fonts rarely have a bold: fill and stroke
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(size * 0.035)
            mode = 2
        if anchor == "middle":
            x -= stringWidth(text, self.font, size) / 2
        elif anchor == "end":
            x -= stringWidth(text, self.font, size)
        canvas.drawString(x, y, text, mode=mode)
        canvas.restoreState()

    def letterhead_line(self, y: float) -> float:
        """The office on one line (name left, address and phone right) over a rule."""
        head = self.letterhead
        main, second = (head.project, head.company) if head.project else (head.company, "")
        contact = "　".join(
            text
            for text in (
                f"地址：{head.address}" if head.address else "",
                f"电话：{head.phone}" if head.phone else "",
            )
            if text
        )
        if not (main or contact):
            return y
        baseline = y - 10
        x = MARGIN
        if main:
            self.text(x, baseline, main, 10.5, ACCENT, heavy=True)
            x += stringWidth(main, self.font, 10.5) + 8
        if second:
            self.text(x, baseline, second, 8, MUTED)
        if contact:
            self.text(PAGE_WIDTH - MARGIN, baseline, contact, 8, MUTED, anchor="end")
        canvas = self.canvas
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.line(MARGIN, baseline - 5, PAGE_WIDTH - MARGIN, baseline - 5)
        canvas.restoreState()
        return baseline - 9

    def title(self, y: float) -> float:
        """The title, then the range and whose figures on a line under it."""
        size = 15.0
        while size > 10 and stringWidth(self.table.title, self.font, size) > CONTENT_WIDTH:
            size -= 1
        self.text(
            PAGE_WIDTH / 2, y - size - 2, self.table.title, size, INK, anchor="middle", heavy=True
        )
        y -= size + 6
        meta = "　".join(t for t in (self.table.range_label, self.table.scope_label) if t)
        if meta:
            self.text(PAGE_WIDTH / 2, y - 11, meta, 8.5, MUTED, anchor="middle")
            y -= 15
        return y - 4

    def footer(self) -> None:
        y = MARGIN
        canvas = self.canvas
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y + 9, PAGE_WIDTH - MARGIN, y + 9)
        canvas.restoreState()
        self.text(MARGIN, y, f"打印时间：{self.printed_at:%Y-%m-%d %H:%M}", 7.5, MUTED)
        self.text(PAGE_WIDTH - MARGIN, y, "第 1 页 / 共 1 页", 7.5, MUTED, anchor="end")

    # -- the table --

    def fit_table(self, room: float) -> _Fit:
        """The table with as many rows as fit in `room` (the total row always shown; the line
        saying how many were left out takes a row's room)."""
        table = self.table
        if not table.columns:
            return _Fit(None, 0.0, 0)
        size, widths = table_sizing(table, self.font, CONTENT_WIDTH)
        rows = len(table.rows)
        grid = table_grid(table, rows, self.font, size, widths)
        height = float(grid.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1])
        if height <= room:
            return _Fit(grid, height, 0)
        room -= 13  # the "另有 N 行" line
        heights = [float(h) for h in grid._rowHeights]  # header, rows…, total
        used = heights[0] + (heights[-1] if table.total is not None else 0.0)
        shown = 0
        while shown < rows and used + heights[1 + shown] <= room:
            used += heights[1 + shown]
            shown += 1
        grid = table_grid(table, shown, self.font, size, widths)
        height = float(grid.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1])
        return _Fit(grid, height, rows - shown)


def notes_paragraphs(table: ReportTable, font: str) -> list[Paragraph]:
    style = ParagraphStyle(
        "report-note", fontName=font, fontSize=7.5, leading=10.5, textColor=INK, wordWrap="CJK"
    )
    return [Paragraph(escape(f"注：{note}"), style) for note in table.notes if note]


def _texts(table: ReportTable, row: Sequence[Cell]) -> list[str]:
    return [
        cell_text(row[i] if i < len(row) else None, column.kind)
        for i, column in enumerate(table.columns)
    ]


def table_sizing(table: ReportTable, font: str, width: float) -> tuple[float, list[float]]:
    """The largest font whose natural column widths fit `width`, and the widths: stretched
    towards `width`, but no more than half again their need."""
    body = [_texts(table, row) for row in table.rows]
    if table.total is not None:
        body.append(_texts(table, table.total))
    need: list[float] = []
    size = TABLE_SIZES[-1]
    for size in TABLE_SIZES:
        need = []
        for i, column in enumerate(table.columns):
            cells = max((stringWidth(r[i], font, size) for r in body), default=0.0)
            label = stringWidth(column.label, font, size)
            # a long label wraps onto two lines rather than widen a column of numbers
            header = min(label, max(cells, label / 2, 4 * size))
            need.append(max(cells, header) + 8)
        if sum(need) <= width:
            break
    total = sum(need) or 1.0
    stretch = min(1.5, width / total) if total < width else width / total
    return size, [w * stretch for w in need]


def table_grid(
    table: ReportTable, shown: int, font: str, size: float, widths: list[float]
) -> Table:
    """The table's first `shown` rows and its total row, numbers right, the header shaded
    (repeated when the table runs onto another page)."""
    numeric = [c.kind is not ColumnKind.TEXT for c in table.columns]
    head_style = ParagraphStyle(
        "report-head",
        fontName=font,
        fontSize=size,
        leading=size * 1.25,
        alignment=1,
        textColor=INK,
        wordWrap="CJK",
    )
    data: list[list[object]] = [[Paragraph(escape(c.label), head_style) for c in table.columns]]
    body = [_texts(table, row) for row in table.rows[:shown]]
    if table.total is not None:
        body.append(_texts(table, table.total))
    for row in body:
        data.append(
            [
                text if numeric[i] else _cut(text, widths[i] - 6, font, size)
                for i, text in enumerate(row)
            ]
        )
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 1), (-1, -1), size),
        ("LEADING", (0, 1), (-1, -1), size * 1.2),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("INNERGRID", (0, 1), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    for i, is_number in enumerate(numeric):
        if is_number:
            commands.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    if table.total is not None:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ]
    grid = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    grid.setStyle(TableStyle(commands))
    return grid


def _cut(text: str, room: float, font: str, size: float) -> str:
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text + "…"


__all__ = [
    "CONTENT_WIDTH",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "REPORT_PAGE",
    "LandscapeReport",
    "ReportPaper",
    "more_rows_text",
    "notes_paragraphs",
    "table_grid",
    "table_sizing",
]
