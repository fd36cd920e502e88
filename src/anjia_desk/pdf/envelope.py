"""Envelopes for the dunning letters: 国内标准信封 5号 (DL, 220 × 110 mm, GB/T 1416), a page each:
the six red postcode boxes top left with the recipient's postcode, the stamp box top right, the
recipient's address and name (… 收) in the middle, the sender (the letterhead's company and
address, its postcode) bottom right, and the letter's number small in the corner.

An envelope is a `Document` (`EnvelopePaper`) put on paper by its own `Layout`, `EnvelopeDL`: no
letterhead page, no flowing story — each value drawn at its place in millimetres. A batch:
`pdf.document.render_many([(envelope, issued_at), ...], letterhead=..., layout=EnvelopeDL(...))`,
the same bytes for the same envelopes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from anjia_desk import APP_TITLE
from anjia_desk.pdf.document import Document, Sheet
from anjia_desk.pdf.fonts import register_cjk_font
from anjia_desk.pdf.page import INK, MUTED, Letterhead, escape, mm

TITLE = "信封"
WIDTH, HEIGHT = 220 * mm, 110 * mm
#: GB/T 1416: six boxes 8 × 10 mm, 2 mm apart, the first 15 mm from the left and 10 mm from the
#: top edge, printed in 金红色.
BOX_W, BOX_H, BOX_GAP, BOX_LEFT, BOX_TOP = 8 * mm, 10 * mm, 2 * mm, 15 * mm, 10 * mm
POSTCODE_RED = colors.HexColor("#D7262B")
STAMP_W, STAMP_H = 22 * mm, 26 * mm


@dataclass(frozen=True)
class EnvelopePaper:
    """One envelope: the letter's code (CK-000123), the recipient's postcode, address and name."""

    code: str
    postcode: str
    address: str
    buyer: str

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return self.code

    def story(self, sheet: Sheet) -> list[Flowable]:
        """On A4 (a label sheet, when no envelope is at hand): the address block."""
        lines = [f"{self.postcode}　{self.address}".strip(), f"{self.buyer}　收", self.code]
        return [Paragraph(escape(line), sheet.styles.body) for line in lines]


def _fit(text: str, font: str, size: float, width: float, smallest: float) -> float:
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _postcode_boxes(canv: Canvas, font: str, postcode: str, *, x: float, top: float) -> None:
    digits = "".join(ch for ch in postcode if ch.isdigit())[:6]
    canv.saveState()
    canv.setStrokeColor(POSTCODE_RED)
    canv.setLineWidth(0.6 * mm)
    for index in range(6):
        left = x + index * (BOX_W + BOX_GAP)
        canv.rect(left, top - BOX_H, BOX_W, BOX_H, stroke=1, fill=0)
        if index < len(digits):
            canv.setFillColor(INK)
            canv.setFont(font, 16)
            canv.drawCentredString(left + BOX_W / 2, top - BOX_H + 2.6 * mm, digits[index])
    canv.restoreState()


def _stamp_box(canv: Canvas, font: str) -> None:
    left, bottom = WIDTH - 12 * mm - STAMP_W, HEIGHT - 10 * mm - STAMP_H
    canv.saveState()
    canv.setStrokeColor(MUTED)
    canv.setLineWidth(0.5)
    canv.setDash(2, 2)
    canv.rect(left, bottom, STAMP_W, STAMP_H, stroke=1, fill=0)
    canv.setFillColor(MUTED)
    canv.setFont(font, 8)
    canv.drawCentredString(left + STAMP_W / 2, bottom + STAMP_H / 2 + 1.5 * mm, "贴邮票处")
    canv.restoreState()


def _recipient(canv: Canvas, font: str, paper: EnvelopePaper) -> None:
    style = ParagraphStyle("envelope-address", fontName=font, fontSize=12, leading=17,
                           wordWrap="CJK", textColor=INK)  # fmt: skip
    address = Paragraph(escape(paper.address or "（当面送达）"), style)
    width = WIDTH - 25 * mm - 40 * mm  # clear of the stamp box
    _, height = address.wrap(width, 40 * mm)
    top = HEIGHT - 37 * mm
    address.drawOn(canv, 25 * mm, top - height)
    name = f"{paper.buyer}　收"
    size = _fit(name, font, 20, width, 12)
    canv.saveState()
    canv.setFillColor(INK)
    canv.setFont(font, size)
    canv.drawCentredString(WIDTH / 2, min(top - height - 14 * mm, 44 * mm), name, charSpace=2)
    canv.restoreState()


def _sender(canv: Canvas, font: str, letterhead: Letterhead, postcode: str) -> None:
    """Bottom right: the office's address and name, then 邮政编码 (a line to write it on when
    the office has not given it)."""
    office = letterhead.cleaned()
    right = WIDTH - 15 * mm
    lines = [text for text in (office.address, office.company or office.project) if text]
    canv.saveState()
    canv.setFillColor(INK)
    canv.setStrokeColor(INK)
    y = 10 * mm + 5 * len(lines) * mm
    for text in lines:
        canv.setFont(font, _fit(text, font, 9.5, 110 * mm, 7))
        canv.drawRightString(right, y, text)
        y -= 5 * mm
    canv.setFont(font, 9.5)
    if postcode:
        canv.drawRightString(right, y, f"邮政编码：{postcode}")
    else:
        canv.drawRightString(right - 22 * mm, y, "邮政编码：")
        canv.setLineWidth(0.4)
        canv.line(right - 22 * mm, y - 1.2 * mm, right, y - 1.2 * mm)
    canv.restoreState()


def _code(canv: Canvas, font: str, code: str) -> None:
    canv.saveState()
    canv.setFillColor(MUTED)
    canv.setFont(font, 7)
    canv.drawString(15 * mm, 8 * mm, code)
    canv.restoreState()


@dataclass(frozen=True)
class EnvelopeDL:
    """DL envelopes (220 × 110 mm), one page each; `sender_postcode`: the office's postcode
    ("" leaves a line to write it on)."""

    sender_postcode: str = ""

    def render(self, doc: Document, *, letterhead: Letterhead, printed_at: datetime) -> bytes:
        return self.render_many([(doc, printed_at)], letterhead=letterhead, title=doc.title)

    def render_many(
        self, docs: Sequence[tuple[Document, datetime]], *, letterhead: Letterhead, title: str
    ) -> bytes:
        font = register_cjk_font()
        buffer = io.BytesIO()
        canv = Canvas(buffer, pagesize=(WIDTH, HEIGHT), invariant=1, initialFontName=font)
        created = f"D:{docs[0][1]:%Y%m%d%H%M%S}" if docs else "D:20000101000000"
        canv.setDateFormatter(lambda *_: created)
        office = letterhead.cleaned()
        canv.setTitle(title)
        canv.setSubject(title)
        canv.setAuthor(office.company or office.project)
        canv.setCreator(APP_TITLE)
        for doc, _printed_at in docs:
            if not isinstance(doc, EnvelopePaper):
                raise TypeError(f"not an envelope: {doc!r}")
            _postcode_boxes(canv, font, doc.postcode, x=BOX_LEFT, top=HEIGHT - BOX_TOP)
            _stamp_box(canv, font)
            _recipient(canv, font, doc)
            _sender(canv, font, letterhead, self.sender_postcode)
            _code(canv, font, doc.code)
            canv.showPage()
        canv.save()
        return buffer.getvalue()


__all__ = ["HEIGHT", "TITLE", "WIDTH", "EnvelopeDL", "EnvelopePaper"]
