"""The paper protocol and the one render/build every paper goes through.

A `Document` is *what to print*: a paper's values with its title, subtitle and story. A `Layout`
is *how it goes onto paper*: `LetterheadA4` today (see the package docstring for the overlay that
can come next). `render` gives PDF bytes (for a preview), `build` writes them atomically;
`render_many` puts many papers into one PDF (a batch of letters), each from a new page, the same
bytes for the same papers.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from reportlab.platypus import Flowable

from anjia_desk.pdf import batch
from anjia_desk.pdf.batch import Part, batch_canvas
from anjia_desk.pdf.page import (
    CONTENT_WIDTH,
    Letterhead,
    Styles,
    a4_template,
    body_height,
    make_styles,
    render_pdf,
    write_atomic,
)


class Document(Protocol):
    """A paper to print: its values (a frozen data class of plain, already Chinese values) and
    how they read. Nothing here knows the sheet: the layout hands the story a `Sheet`."""

    @property
    def title(self) -> str:
        """The document's title (also the PDF's title metadata)."""
        ...

    @property
    def subtitle(self) -> str:
        """The line under the title: a number, a date, a note ("" for none)."""
        ...

    def story(self, sheet: Sheet) -> list[Flowable]:
        """The flowables that say the paper's values, in reading order."""
        ...


@dataclass(frozen=True)
class Sheet:
    """What a story may know of where it is going: the styles, the office's letterhead (a
    notice may quote its phone) and the room the layout leaves for the story."""

    styles: Styles
    letterhead: Letterhead
    title: str
    subtitle: str
    width: float = CONTENT_WIDTH

    def first_page_height(self) -> float:
        """The height left for the story on the first page (to fit a form to one page)."""
        return body_height(
            self.letterhead, title=self.title, subtitle=self.subtitle, styles=self.styles
        )


class Layout(Protocol):
    """How a document goes onto paper: the page template, margins, what is printed around it."""

    def render(self, doc: Document, *, letterhead: Letterhead, printed_at: datetime) -> bytes:
        """The document laid out, as PDF bytes (`printed_at`: naive office-local time)."""
        ...

    def render_many(
        self, docs: Sequence[tuple[Document, datetime]], *, letterhead: Letterhead, title: str
    ) -> bytes:
        """Many documents in one PDF, each from a new page with its own print time and page
        count; the same input gives the same bytes (`title`: the PDF's metadata)."""
        ...


@dataclass(frozen=True)
class LetterheadA4:
    """Plain A4 paper: the office's letterhead, the title, the story flowing over as many pages
    as it needs, and a footer with the print time and "第 n 页 / 共 m 页" (`pdf.page`)."""

    def render(self, doc: Document, *, letterhead: Letterhead, printed_at: datetime) -> bytes:
        styles = make_styles()
        title, subtitle = doc.title, doc.subtitle
        sheet = Sheet(styles=styles, letterhead=letterhead, title=title, subtitle=subtitle)
        return render_pdf(
            letterhead=letterhead,
            title=title,
            subtitle=subtitle,
            flowables=doc.story(sheet),
            printed_at=printed_at,
            styles=styles,
        )

    def render_many(
        self, docs: Sequence[tuple[Document, datetime]], *, letterhead: Letterhead, title: str
    ) -> bytes:
        if not docs:
            raise ValueError("没有要打印的内容")
        styles = make_styles()
        parts = []
        for doc, printed_at in docs:
            sheet = Sheet(styles=styles, letterhead=letterhead, title=doc.title, subtitle="")
            parts.append(Part(doc.title, doc.subtitle, doc.story(sheet), printed_at))
        buffer = io.BytesIO()
        template = a4_template(buffer, letterhead, styles, title, form=True)
        template.build(batch.story(parts, styles), canvasmaker=batch_canvas(styles.font, parts))
        return buffer.getvalue()


#: The layout every paper uses today.
LETTERHEAD_A4 = LetterheadA4()


def render(
    doc: Document,
    *,
    letterhead: Letterhead,
    printed_at: datetime,
    layout: Layout = LETTERHEAD_A4,
) -> bytes:
    """The document as PDF bytes (for a preview or for `build`)."""
    return layout.render(doc, letterhead=letterhead, printed_at=printed_at)


def render_many(
    docs: Sequence[tuple[Document, datetime]],
    *,
    letterhead: Letterhead,
    title: str = "",
    layout: Layout = LETTERHEAD_A4,
) -> bytes:
    """Many documents (each with its own print time) as one PDF, each from a new page, its
    footer counting its own pages; the same documents always give the same bytes. `title`
    defaults to the first document's."""
    if not docs:
        raise ValueError("没有要打印的内容")
    return layout.render_many(docs, letterhead=letterhead, title=title or docs[0][0].title)


def build(
    out_path: Path | str,
    doc: Document,
    *,
    letterhead: Letterhead,
    printed_at: datetime,
    layout: Layout = LETTERHEAD_A4,
) -> Path:
    """Render the document and write it to `out_path` atomically; return the path."""
    data = render(doc, letterhead=letterhead, printed_at=printed_at, layout=layout)
    return write_atomic(Path(out_path), data)


__all__ = [
    "LETTERHEAD_A4",
    "Document",
    "Layout",
    "LetterheadA4",
    "Sheet",
    "build",
    "render",
    "render_many",
]
