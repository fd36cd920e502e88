"""Many papers in one PDF (a batch of dunning letters): each paper starts on a new page, its
footer counts its own pages (第 1 页 / 共 1 页) and prints its own time, and the same papers always
give the same bytes — reportlab's invariant mode, the creation date taken from the first paper's
time — so a reprint is the paper that was issued. `pdf.document`'s `render_many` builds it on one
A4 template (`page.a4_template`, the letterhead drawn once as a PDF form): one font subset for
the whole batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from anjia_desk.pdf.page import TITLE_GAP, Styles, _Title, paint_footer


@dataclass(frozen=True)
class Part:
    """One paper of a batch: title, subtitle, story and its own print time (office-local)."""

    title: str
    subtitle: str
    flowables: Sequence[Flowable]
    printed_at: datetime


class PartTitle(_Title):
    """A paper's title that tells the canvas the paper begins on the page it lands on."""

    def __init__(self, index: int, title: str, subtitle: str, styles: Styles) -> None:
        super().__init__(title, subtitle, styles)
        self.index = index
        self.spaceAfter = TITLE_GAP

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """As `_Title`, without building paragraphs when both lines fit (a thousand titles)."""
        sub = self.styles.subtitle
        self._size = float(self.styles.title.fontSize)
        self._space = self._size * 0.25
        self._plain = self._title_width() <= availWidth and (
            float(stringWidth(self.subtitle, sub.fontName, sub.fontSize)) <= availWidth
        )
        if not self._plain:
            return super().wrap(availWidth, availHeight)
        self._title_h = self._size * 1.3
        self._sub = None
        self.width = availWidth
        self.height = self._title_h + 4 + (sub.leading + 1 if self.subtitle else 0)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.part_starts[canv.getPageNumber()] = self.index
        super().draw()
        if self._plain and self.subtitle:
            sub = self.styles.subtitle
            canv.saveState()
            canv.setFont(sub.fontName, sub.fontSize)
            canv.setFillColor(sub.textColor)
            baseline = self.height - self._title_h - 4 - sub.fontSize
            canv.drawCentredString(self.width / 2, baseline, self.subtitle)
            canv.restoreState()


def batch_canvas(font: str, parts: Sequence[Part]) -> type[Canvas]:
    """Holds the pages back to number each paper's own; invariant, dated by the first paper."""
    created = f"D:{parts[0].printed_at:%Y%m%d%H%M%S}"

    class BatchCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = font
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: created)
            self.part_starts: dict[int, int] = {}
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            owner: list[int] = []  # the paper of each page
            for number in range(1, len(self._pages) + 1):
                owner.append(self.part_starts.get(number, owner[-1] if owner else 0))
            seen: dict[int, int] = {}
            for state, index in zip(self._pages, owner, strict=True):
                self.__dict__.update(state)
                seen[index] = seen.get(index, 0) + 1
                at = parts[index].printed_at
                paint_footer(self, font, at, seen[index], owner.count(index))
                super().showPage()
            super().save()

    return BatchCanvas


def story(parts: Sequence[Part], styles: Styles) -> list[Flowable]:
    """The papers one after the other, each from a new page under its title."""
    out: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            out.append(PageBreak())
        out += [PartTitle(index, part.title, part.subtitle, styles), *part.flowables]
    return out


__all__ = ["Part", "PartTitle", "batch_canvas", "story"]
