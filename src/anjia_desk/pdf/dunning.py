"""A dunning letter (催款函, DOMAIN §7) and the formal demand (付款催告函): one A4 page on the
letterhead — the letter's number and date, the buyer (and mailing address), the stage's words
(`core.dunning_texts`), the installments with their days overdue and penalty, the total in figures
and capitals, on stage 1 a framed space for the consultant's handwritten note, and the seller's
seal. Many installments flow onto a second page (the table's header repeated) rather than clip.

A batch goes into one PDF through `pdf.document.render_many([(paper, issued_at), ...],
letterhead=..., title=BATCH_TITLE)`: each letter from a new page with its own page count and its
issue time in the footer, the same bytes for the same letters (a reprint is the letter issued).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable

from anjia_desk.core.dunning_texts import (
    DEMAND,
    PRENOTICE,
    LetterValues,
    letter_paragraphs,
    letter_title,
    rate_cn,
    stage_name,
)
from anjia_desk.pdf.amounts import chinese_amount, figures
from anjia_desk.pdf.cjk_text import CjkText, PlainGrid, Stack, text_width
from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import (
    ACCENT,
    INK,
    LABEL_FILL,
    MUTED,
    RULE,
    Letterhead,
    Styles,
    mm,
)
from anjia_desk.pdf.parts import day_text

#: The title of a PDF holding several letters.
BATCH_TITLE = "催款函"
NOTE_LABEL = "顾问手写留言"
COMING = "即将到期"
BODY_INDENT = 21.0  # two characters
#: From this stage on the letter states the penalty (and its table shows it).
PENALTY_FROM = 3


@dataclass(frozen=True)
class DunningLetterPaper:
    """One letter to print: its code (CK-000123), stage 0..6, the frozen words' values, where it
    goes (mailing address and postcode, "" when handed over in person) and whether it leaves
    room for a handwritten note (None: on stage 1 only)."""

    code: str
    stage: int
    values: LetterValues
    address: str = ""
    postcode: str = ""
    handwritten_box: bool | None = None

    @property
    def has_note_box(self) -> bool:
        return self.stage == 1 if self.handwritten_box is None else self.handwritten_box

    @property
    def title(self) -> str:
        return letter_title(self.stage)

    @property
    def subtitle(self) -> str:
        stage = "" if self.stage == DEMAND else f" · {stage_name(self.stage)}"
        return f"编号 {self.code} · {day_text(self.values.letter_on)}{stage}"

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles, sheet.letterhead)


@dataclass(frozen=True)
class _Pen:
    """The letter's kinds of text, as fast plain paragraphs (`pdf.cjk_text`), few flowables
    per letter: a batch prints a thousand letters."""

    font: str

    def text(
        self, size: float, leading: float, lines: list[str], before: float = 0, **extra: object
    ) -> CjkText:
        paragraphs = [(line, 0.0) for line in lines]
        return CjkText("", self.font, size, leading, paragraphs=paragraphs, space_before=before,
                       **extra)  # type: ignore[arg-type]  # fmt: skip

    def to(self, text: str) -> CjkText:
        return self.text(11, 16, [text], bold=True)

    def info(self, *lines: str) -> CjkText:
        return self.text(8.5, 12, list(lines), color=MUTED)

    def words(self, paragraphs: list[tuple[str, float]], before: float) -> CjkText:
        return CjkText("", self.font, 10.5, 17.5, paragraphs=paragraphs, space_before=before)

    def total(self, lines: list[str], before: float) -> CjkText:
        return self.text(10, 14, lines, before)

    def note(self, text: str) -> CjkText:
        return self.text(8, 11.6, [text], color=MUTED)


def _recipient(paper: DunningLetterPaper, pen: _Pen) -> list[Flowable]:
    values = paper.values
    lines = []
    if paper.address:
        post = f"（邮编 {paper.postcode}）" if paper.postcode else ""
        lines.append(f"通讯地址：{paper.address}{post}")
    house = f"{values.project} {values.unit}".strip()
    contract = f"　　合同编号：{values.contract_no}" if values.contract_no else ""
    lines.append(f"房源：{house}{contract}")
    return [pen.to(f"致：{values.buyer}（买受人）"), pen.info(*lines)]


def _table(paper: DunningLetterPaper, font: str) -> PlainGrid:
    """The installments: short plain cells, the header repeated if it flows over."""
    values = paper.values
    with_penalty = paper.stage >= PENALTY_FROM
    header = ["款项", "应付日期", "应付金额（元）", "未付金额（元）"]
    header.append("状态" if paper.stage == PRENOTICE else "逾期天数")
    widths: list[float | None] = [None, 28 * mm, 32 * mm, 32 * mm, 22 * mm]
    rows: list[list[str]] = []
    for line in values.lines:
        rows.append(
            [
                line.name,
                line.due_on.isoformat(),
                figures(line.amount, symbol=False),
                figures(line.outstanding, symbol=False),
                COMING if line.coming else f"{line.days_overdue} 天",
            ]
        )
    total = sum((line.amount for line in values.lines), Decimal(0))
    footer = ["合计", "", figures(total, symbol=False)]
    footer += [figures(values.total_outstanding, symbol=False), ""]
    if with_penalty:
        header.append("违约金（元）")
        widths.append(28 * mm)
        for row, line in zip(rows, values.lines, strict=True):
            row.append("—" if line.coming else figures(line.penalty, symbol=False))
        footer.append(figures(values.total_penalty, symbol=False))
    align = "LLRRR" + ("R" if with_penalty else "")
    return PlainGrid(header, rows, footer, widths, align, font, fill=LABEL_FILL, rule=RULE,
                     box=ACCENT)  # fmt: skip


def _totals(paper: DunningLetterPaper, pen: _Pen) -> list[Flowable]:
    values = paper.values
    if paper.stage == PRENOTICE:
        what = "应付款项合计"
    elif values.coming_lines and values.overdue_lines:
        what = "未付款项合计（含即将到期款项）"
    else:
        what = "未付款项合计"
    amount, penalty = values.total_outstanding, values.total_penalty
    lines = [f"{what}：{figures(amount)}（大写：人民币{chinese_amount(amount)}）"]
    if paper.stage >= PENALTY_FROM:
        lines.append(f"逾期付款违约金：{figures(penalty)}（大写：人民币{chinese_amount(penalty)}）")
    if paper.stage == DEMAND and values.pay_by is not None:
        lines.append(f"付款期限：{day_text(values.pay_by)}（含当日）之前")
    out: list[Flowable] = [pen.total(lines, before=1.5 * mm)]
    if paper.stage >= PENALTY_FROM:
        out.append(
            pen.note(
                f"违约金按{rate_cn(values.penalty_per_10k)}、以每日实际未付的金额计至"
                f"{day_text(values.letter_on)}；款项到账当日起，所付金额不再计算违约金。"
            )
        )
    return out


class NoteBox(Flowable):  # type: ignore[misc]
    """A framed empty space with a small label, for the consultant to write in by hand."""

    def __init__(self, label: str, font: str, height: float = 38 * mm) -> None:
        super().__init__()
        self.label, self.font, self.box_height = label, font, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.box_height
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.8)
        canv.roundRect(0, 0, self.width, self.height, 2 * mm, stroke=1, fill=0)
        canv.setFillColor(MUTED)
        canv.setFont(self.font, 8)
        canv.drawString(3 * mm, self.height - 4.5 * mm, self.label)
        canv.setStrokeColor(RULE)
        canv.setDash(1, 2.5)
        canv.setLineWidth(0.4)
        y = self.height - 13 * mm
        while y > 5 * mm:
            canv.line(3 * mm, y, self.width - 3 * mm, y)
            y -= 8 * mm
        canv.restoreState()


class _Signature(Flowable):  # type: ignore[misc]
    """The buyer's receipt lines (when handed over) on the left, the seller's seal and the
    letter's date on the right; drawn directly."""

    def __init__(self, font: str, seller: str, on: str) -> None:
        super().__init__()
        self.font, self.seller, self.on = font, seller, on

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, 24 * mm
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        top = self.height - 9
        sign, dated = top - 10 * mm, top - 18 * mm
        right = self.width * 0.42 + 16 * mm
        # (x, y, size, colour, text), and the lines to write on
        words: list[tuple[float, float, float, Any, str]] = [
            (0, top, 8.5, MUTED, "当面送达时由买受人填写："),
            (right, sign, 10.5, INK, f"出卖人（盖章）：{self.seller}"),
            (right, dated, 10.5, INK, f"日期：{self.on}"),
        ]
        rules: list[tuple[float, float, float]] = []
        for y, pieces in ((sign, (("买受人签收：", 42 * mm),)),
                          (dated, (("签收日期：", 16 * mm), ("年", 10 * mm), ("月", 10 * mm),
                                   ("日", 0.0)))):  # fmt: skip
            x = 0.0
            for label, blank in pieces:
                words.append((x, y, 9.5, INK, label))
                x += text_width(label, self.font, 9.5)
                if blank:
                    rules.append((x + 1, x + blank - 1, y - 2))
                    x += blank
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.5)
        canv.lines([(x1, y, x2, y) for x1, x2, y in rules])
        text = canv.beginText(0, 0)
        at_x = at_y = 0.0
        for x, y, size, colour, label in words:
            text.setFont(self.font, size, 0)
            text.setFillColor(colour)
            text.moveCursor(x - at_x, at_y - y)  # reportlab's dy points down
            at_x, at_y = x, y
            text.textLine(label)
        canv.drawText(text)
        canv.restoreState()


def story(paper: DunningLetterPaper, styles: Styles, letterhead: Letterhead) -> list[Flowable]:
    pen = _Pen(styles.font)
    greeting, *body = letter_paragraphs(paper.stage, paper.values)
    words = [(greeting, 0.0)] + [(text, BODY_INDENT) for text in body]
    out: list[Flowable] = [*_recipient(paper, pen), pen.words(words, before=2.5 * mm + 2)]
    table = _table(paper, styles.font)
    table.spaceBefore = 3 * mm
    out += [table, *_totals(paper, pen)]
    if paper.has_note_box:
        box = NoteBox(NOTE_LABEL, styles.font)
        box.spaceBefore = 3 * mm
        out.append(box)
    office = letterhead.cleaned()
    seller = office.company or office.project
    signature = _Signature(styles.font, seller, day_text(paper.values.letter_on))
    signature.spaceBefore = 5 * mm
    out.append(signature)
    return [Stack(out)]  # one frame step when the letter fits its page, as it mostly does


__all__ = ["BATCH_TITLE", "NOTE_LABEL", "DunningLetterPaper", "NoteBox"]
