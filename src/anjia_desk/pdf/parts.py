"""The pieces the papers share below the page: section bars, ruled tables, signature lines, and
how a date or an area reads on paper."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

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


def day_text(day: date | None) -> str:
    """2026年3月5日 — how a date reads in an agreement."""
    return f"{day.year}年{day.month}月{day.day}日" if day is not None else ""


def area_text(area: Decimal | None) -> str:
    return f"{area:.2f} ㎡" if area is not None else "—"


def section_bar(title: str, styles: Styles) -> Table:
    """A dark bar across the page with a heading."""
    bar = Table(
        [[BoldParagraph(escape(title), styles.section)]],
        colWidths=[CONTENT_WIDTH],
        spaceAfter=1.5 * mm,
    )
    bar.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return bar


def ruled_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float | None],
    styles: Styles,
    *,
    right: Sequence[int] = (),
    footer: Sequence[str] | None = None,
    min_row_height: float = 0,
) -> Table:
    """A table with a shaded header row repeated on every page; `right` columns align right;
    body rows at least `min_row_height` high (room to write in by hand)."""
    fixed = sum(w for w in widths if w is not None)
    free = [w for w in widths if w is None]
    share = (CONTENT_WIDTH - fixed) / len(free) if free else 0.0
    col_widths = [share if w is None else w for w in widths]
    right_style = ParagraphStyle("small-right", parent=styles.small, alignment=TA_RIGHT)

    def cells(values: Sequence[str]) -> list[Paragraph]:
        return [
            Paragraph(escape(v), right_style if i in right else styles.small)
            for i, v in enumerate(values)
        ]

    data: list[list[Paragraph]] = [[Paragraph(escape(h), styles.label) for h in header]]
    data += [cells(row) for row in rows]
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 0.9, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if footer is not None:
        data.append(cells(footer))
        commands.append(("BACKGROUND", (0, -1), (-1, -1), LABEL_FILL))
    heights = [0.0] + [min_row_height] * (len(data) - 1) if min_row_height else None
    table = Table(data, colWidths=col_widths, repeatRows=1, minRowHeights=heights)
    table.setStyle(TableStyle(commands))
    return table


def signature_lines(parties: Sequence[tuple[str, str]], styles: Styles) -> Table:
    """Signature blocks side by side: (who signs, what else is written: 日期…), each on a line."""
    gap = 10 * mm
    label_w = 30 * mm
    width = (CONTENT_WIDTH - gap * (len(parties) - 1)) / len(parties)
    rows: list[list[object]] = [[], []]
    widths: list[float] = []
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 9 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for index, (who, second) in enumerate(parties):
        if index:
            rows[0].append("")
            rows[1].append("")
            widths.append(gap)
        rows[0] += [Paragraph(escape(who + "："), styles.body), ""]
        rows[1] += [Paragraph(escape(second + "："), styles.body), ""]
        widths += [label_w, width - label_w]
        line_col = len(widths) - 1
        commands.append(("LINEBELOW", (line_col, 0), (line_col, -1), 0.6, INK))
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
