"""The A4 page every printed document shares: letterhead, title, footer, styles, colours.

`render_pdf` lays out a list of flowables under the office's letterhead (`build_pdf` also writes
the file atomically); papers reach it through `pdf.document`'s `LetterheadA4` layout. The form
widgets that go on the page live in `anjia_desk.pdf.widgets`.
"""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from anjia_desk import APP_TITLE
from anjia_desk.core.errors import UserError
from anjia_desk.pdf.fonts import register_cjk_font
from anjia_desk.scratch import create_file, discard, scratch_path, settled

mm = 72 / 25.4  # one millimetre in points
#: Full-width punctuation that must not open a line. reportlab's kinsoku list has 、。） but
#: not ，；：！？ — without these a line can begin with a comma (PITFALLS.md).
NO_LINE_START = "，；：！？％）》」』】〉〕"


def _teach_line_breaking() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (paragraph, textsplit):
        known = module.ALL_CANNOT_START
        module.ALL_CANNOT_START = known + "".join(ch for ch in NO_LINE_START if ch not in known)


_teach_line_breaking()

PAGE_WIDTH, PAGE_HEIGHT = float(A4[0]), float(A4[1])
MARGIN_X = 15 * mm
MARGIN_TOP = 11 * mm
MARGIN_BOTTOM = 16 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5B6573")
RULE = colors.HexColor("#8593A6")
LABEL_FILL = colors.HexColor("#EEF2F7")


@dataclass(frozen=True)
class Letterhead:
    """What the office prints at the top of every page; any field may be blank."""

    company: str = ""
    project: str = ""
    address: str = ""
    phone: str = ""

    def cleaned(self) -> Letterhead:
        return Letterhead(
            " ".join(self.company.split()),
            " ".join(self.project.split()),
            " ".join(self.address.split()),
            " ".join(self.phone.split()),
        )

    @property
    def is_blank(self) -> bool:
        c = self.cleaned()
        return not (c.company or c.project or c.address or c.phone)


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    """Paragraph styles in the Chinese font, all with CJK line breaking."""

    font: str
    body: ParagraphStyle
    small: ParagraphStyle
    fine: ParagraphStyle
    label: ParagraphStyle
    section: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    head_name: ParagraphStyle
    head_sub: ParagraphStyle
    head_contact: ParagraphStyle


def make_styles(font: str | None = None) -> Styles:
    font = font or register_cjk_font()

    def style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
        extra.setdefault("textColor", INK)
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **extra
        )

    return Styles(
        font=font,
        body=style("body", 9.5, 13.5),
        small=style("small", 8.5, 12),
        fine=style("fine", 8, 11.6),
        label=style("label", 9, 11.5, alignment=TA_CENTER),
        section=style("section", 10, 13, textColor=colors.white),
        title=style("title", 18, 24, alignment=TA_CENTER),
        subtitle=style("subtitle", 8.5, 12, alignment=TA_CENTER, textColor=MUTED),
        head_name=style("head_name", 14, 18, textColor=ACCENT),
        head_sub=style("head_sub", 9, 12.5, textColor=MUTED),
        head_contact=style("head_contact", 8, 11, textColor=MUTED, alignment=TA_RIGHT),
    )


def escape(text: str) -> str:
    """Text for Paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class BoldParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph drawn heavier (fill plus stroke): Chinese TrueType fonts rarely have a bold."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(self.style.textColor)
        canv.setLineWidth(self.style.fontSize * 0.035)
        canv.addLiteral("2 Tr")
        super().draw()
        canv.restoreState()


# --------------------------------------------------------------------------- the page


class _Title(Flowable):  # type: ignore[misc]
    """The document title, centred, heavier and slightly spaced, with an optional line below."""

    def __init__(self, title: str, subtitle: str, styles: Styles) -> None:
        super().__init__()
        self.title, self.subtitle, self.styles = title, subtitle, styles
        self._sub: Paragraph | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.styles.title
        self._size = float(style.fontSize)
        self._space = self._size * 0.25
        while self._size > 10 and self._title_width() > availWidth:
            self._size -= 1
            self._space = 0.0
        self._title_para = Paragraph(
            escape(self.title), _with(style, fontSize=self._size, leading=self._size * 1.3)
        )
        if self._title_width() > availWidth:  # still too long: let it wrap
            _, self._title_h = self._title_para.wrap(availWidth, availHeight)
        else:
            self._title_h = self._size * 1.3
        height = self._title_h + 4
        if self.subtitle:
            self._sub = Paragraph(escape(self.subtitle), self.styles.subtitle)
            _, sub_h = self._sub.wrap(availWidth, availHeight)
            height += sub_h + 1
        self.width, self.height = availWidth, height
        return self.width, self.height

    def _title_width(self) -> float:
        chars = len(self.title)
        text_width = float(stringWidth(self.title, self.styles.font, self._size))
        return text_width + self._space * max(chars - 1, 0)

    def draw(self) -> None:
        canv = self.canv
        sub_h = self._sub.height if self._sub is not None else 0.0
        top = self.height
        if self._title_width() > self.width:
            bold = BoldParagraph(self._title_para.text, self._title_para.style)
            bold.wrap(self.width, self._title_h)
            bold.drawOn(canv, 0, top - self._title_h)
        else:
            canv.saveState()
            canv.setFont(self.styles.font, self._size)
            canv.setFillColor(INK)
            canv.setStrokeColor(INK)
            canv.setLineWidth(self._size * 0.035)
            x = (self.width - self._title_width()) / 2
            baseline = top - self._size * 1.05
            canv.drawString(x, baseline, self.title, mode=2, charSpace=self._space)
            canv.restoreState()
        if self._sub is not None:
            self._sub.drawOn(canv, 0, self.height - self._title_h - 4 - sub_h)


def _with(style: ParagraphStyle, **changes: Any) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-x", parent=style, **changes)


def _fitted(
    text: str, style: ParagraphStyle, width: float, smallest: float, *, bold: bool = False
) -> Paragraph:
    """`text` at the largest size down to `smallest` that keeps it on one line (else wrapped)."""
    size = style.fontSize
    while size > smallest and stringWidth(text, style.fontName, size) > width:
        size = max(smallest, size - 0.5)
    fitted = _with(style, fontSize=size, leading=style.leading * size / style.fontSize)
    return (BoldParagraph if bold else Paragraph)(escape(text), fitted)


class _Letterhead:
    """The block at the top of each page, measured once so the frame can start below it.

    Long names shrink before they wrap, so even the longest letterhead stays compact.
    """

    def __init__(self, letterhead: Letterhead, styles: Styles) -> None:
        head = letterhead.cleaned()
        main, second = (head.project, head.company) if head.project else (head.company, "")
        contacts = [
            text
            for text in (
                f"地址：{head.address}" if head.address else "",
                f"电话：{head.phone}" if head.phone else "",
            )
            if text
        ]
        self.table: Table | None = None
        self.height = 0.0
        if not main and not contacts:
            return
        if main and contacts:
            widths = [CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45]
        else:
            widths = [CONTENT_WIDTH]
        left: list[Flowable] = []
        if main:
            left.append(_fitted(main, styles.head_name, widths[0], 10.5, bold=True))
        if second:
            left.append(_fitted(second, styles.head_sub, widths[0], 7.5))
        right = [_fitted(text, styles.head_contact, widths[-1], 7) for text in contacts]
        data = [[left, right]] if left and right else [[left or right]]
        self.table = Table(data, colWidths=widths)
        self.table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), styles.font),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        _, height = self.table.wrap(CONTENT_WIDTH, PAGE_HEIGHT / 3)
        self.height = height + 4 * mm  # the block, then room for the double rule

    def draw(self, canv: Canvas) -> None:
        if self.table is None:
            return
        top = PAGE_HEIGHT - MARGIN_TOP
        self.table.drawOn(canv, MARGIN_X, top - self.table._height)
        y = top - self.height + 1.6 * mm
        canv.saveState()
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.4)
        canv.line(MARGIN_X, y, PAGE_WIDTH - MARGIN_X, y)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y - 2.2, PAGE_WIDTH - MARGIN_X, y - 2.2)
        canv.restoreState()


def paint_footer(canv: Canvas, font: str, printed_at: datetime, page: int, total: int) -> None:
    """The footer: a rule, the print time, 第 page 页 / 共 total 页."""
    y = MARGIN_BOTTOM - 8 * mm
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    canv.line(MARGIN_X, y + 9, PAGE_WIDTH - MARGIN_X, y + 9)
    canv.setFont(font, 7.5)
    canv.setFillColor(MUTED)
    canv.drawString(MARGIN_X, y, f"打印时间：{printed_at:%Y-%m-%d %H:%M}")
    canv.drawRightString(PAGE_WIDTH - MARGIN_X, y, f"第 {page} 页 / 共 {total} 页")
    canv.restoreState()


def _footer_painter(styles: Styles, printed_at: datetime) -> Any:
    def paint(canv: Canvas, page: int, total: int) -> None:
        paint_footer(canv, styles.font, printed_at, page, total)

    return paint


def _numbered_canvas(paint: Any, font: str) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each footer knows the total.

    Its initial font is the Chinese one, so no unembedded Helvetica lands in the file.
    """

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                paint(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


TITLE_GAP = 3 * mm


def _frame_top(head: _Letterhead) -> float:
    return MARGIN_TOP + head.height + (3 * mm if head.height else 0)


def body_height(
    letterhead: Letterhead, *, title: str, subtitle: str = "", styles: Styles | None = None
) -> float:
    """The height left on the first page under the letterhead and title (to fit a form to it)."""
    styles = styles or make_styles()
    head = _Letterhead(letterhead, styles)
    _, title_height = _Title(title, subtitle, styles).wrap(CONTENT_WIDTH, PAGE_HEIGHT)
    return PAGE_HEIGHT - _frame_top(head) - MARGIN_BOTTOM - title_height - TITLE_GAP


def a4_template(
    buffer: io.BytesIO, letterhead: Letterhead, styles: Styles, title: str, *, form: bool = False
) -> BaseDocTemplate:
    """A4 with the letterhead on every page and one frame below it (`form`: drawn once into a
    PDF form and placed on each page — for a batch of a thousand pages, `pdf.batch`)."""
    head = _Letterhead(letterhead, styles)
    top = _frame_top(head)
    office = letterhead.cleaned()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=top,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=office.company or office.project,
        subject=title,
        creator=APP_TITLE,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - top - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        if not form:
            head.draw(canv)
            return
        if not getattr(canv, "letterhead_form", False):
            canv.beginForm("letterhead")
            head.draw(canv)
            canv.endForm()
            canv.letterhead_form = True
        canv.doForm("letterhead")

    doc.addPageTemplates([PageTemplate(id="a4", frames=[frame], onPage=on_page)])
    return doc


def render_pdf(
    *,
    letterhead: Letterhead,
    title: str,
    flowables: Sequence[Flowable],
    printed_at: datetime,
    subtitle: str = "",
    styles: Styles | None = None,
) -> bytes:
    """The document as PDF bytes (for a preview or for `build_pdf`).

    `printed_at` is a naive local time: the caller converts from UTC to the office's zone.
    """
    styles = styles or make_styles()
    buffer = io.BytesIO()
    doc = a4_template(buffer, letterhead, styles, title)
    story: list[Flowable] = [_Title(title, subtitle, styles), Spacer(1, TITLE_GAP), *flowables]
    doc.build(story, canvasmaker=_numbered_canvas(_footer_painter(styles, printed_at), styles.font))
    return buffer.getvalue()


def build_pdf(
    out_path: Path | str,
    *,
    letterhead: Letterhead,
    title: str,
    flowables: Sequence[Flowable],
    printed_at: datetime,
    subtitle: str = "",
    styles: Styles | None = None,
) -> Path:
    """Render the document and write it to `out_path` atomically; return the path."""
    data = render_pdf(
        letterhead=letterhead,
        title=title,
        flowables=flowables,
        printed_at=printed_at,
        subtitle=subtitle,
        styles=styles,
    )
    return write_atomic(Path(out_path), data)


def _why(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "没有写入权限，或文件正被其他程序打开"
    if exc.errno == errno.ENOSPC:
        return "磁盘空间不足"
    if exc.errno == errno.EROFS:
        return "磁盘只读"
    return exc.strerror or str(exc)


def write_atomic(
    path: Path, data: bytes, *, before_replace: Callable[[], None] | None = None
) -> Path:
    """Write `data` to a temporary file beside `path`, then replace `path` with it.

    A reader never sees half a file; on any error nothing is left behind and a UserError says why.
    `before_replace()` runs when the data is safely written, before the file takes its name (a
    paper commits its audit entry there); whatever it raises leaves nothing either.
    """
    path = Path(path).expanduser()
    folder = path.parent
    if path.is_dir():
        raise UserError(f"输出路径是一个文件夹：{path}")
    if not folder.is_dir():
        raise UserError(f"输出文件夹不存在：{folder}")
    tmp = scratch_path(path, "pdf")  # a name the leftover sweep knows (anjia_desk.scratch)
    try:
        fd = create_file(tmp)
    except OSError as exc:
        discard(tmp)
        raise UserError(f"无法写入输出文件：{path}（{_why(exc)}）") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
        settled(tmp)
    except BaseException as exc:
        discard(tmp)
        if isinstance(exc, OSError):
            raise UserError(f"无法写入输出文件：{path}（{_why(exc)}）") from None
        raise
    return path


__all__ = [
    "CONTENT_WIDTH",
    "BoldParagraph",
    "Letterhead",
    "Styles",
    "a4_template",
    "body_height",
    "build_pdf",
    "escape",
    "make_styles",
    "paint_footer",
    "render_pdf",
    "write_atomic",
]
