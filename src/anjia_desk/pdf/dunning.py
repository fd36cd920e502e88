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
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

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
from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import (
    CONTENT_WIDTH,
    MUTED,
    RULE,
    BoldParagraph,
    Letterhead,
    Styles,
    escape,
    mm,
)
from anjia_desk.pdf.parts import day_text, ruled_table
from anjia_desk.pdf.widgets import Blank, Inline, Text

#: The title of a PDF holding several letters.
BATCH_TITLE = "催款函"
NOTE_LABEL = "顾问手写留言"
COMING = "即将到期"
GAP = "&nbsp;" * 4  # Paragraph collapses runs of spaces, full-width ones too
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
class _LetterStyles:
    to: ParagraphStyle
    info: ParagraphStyle
    greeting: ParagraphStyle
    body: ParagraphStyle
    total: ParagraphStyle
    note: ParagraphStyle
    sign: ParagraphStyle


@cache
def _letter_styles(styles: Styles) -> _LetterStyles:
    def derive(name: str, parent: ParagraphStyle, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(f"letter-{name}", parent=parent, **changes)

    body = derive("body", styles.body, fontSize=10.5, leading=17.5, firstLineIndent=21)
    return _LetterStyles(
        to=derive("to", styles.body, fontSize=11, leading=16),
        info=derive("info", styles.small, textColor=MUTED),
        greeting=derive("greeting", body, firstLineIndent=0, spaceBefore=2),
        body=body,
        total=derive("total", styles.body, fontSize=10, leading=14),
        note=derive("note", styles.fine, textColor=MUTED),
        sign=derive("sign", styles.body, fontSize=10.5, leading=19),
    )


def _recipient(paper: DunningLetterPaper, ls: _LetterStyles) -> list[Flowable]:
    values = paper.values
    out: list[Flowable] = [BoldParagraph(f"致：{escape(values.buyer)}（买受人）", ls.to)]
    if paper.address:
        post = f"（邮编 {paper.postcode}）" if paper.postcode else ""
        out.append(Paragraph(escape(f"通讯地址：{paper.address}{post}"), ls.info))
    house = f"{values.project} {values.unit}".strip()
    contract = f"{GAP}合同编号：{escape(values.contract_no)}" if values.contract_no else ""
    out.append(Paragraph(f"房源：{escape(house)}{contract}", ls.info))
    return out


def _table(paper: DunningLetterPaper, styles: Styles) -> Table:
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
    right = tuple(range(2, len(header)))
    return ruled_table(header, rows, widths, styles, right=right, footer=footer)


def _totals(paper: DunningLetterPaper, ls: _LetterStyles) -> list[Flowable]:
    values = paper.values
    if paper.stage == PRENOTICE:
        what = "应付款项合计"
    elif values.coming_lines and values.overdue_lines:
        what = "未付款项合计（含即将到期款项）"
    else:
        what = "未付款项合计"
    amount = values.total_outstanding
    out: list[Flowable] = [
        Paragraph(
            escape(f"{what}：{figures(amount)}（大写：人民币{chinese_amount(amount)}）"), ls.total
        )
    ]
    if paper.stage >= PENALTY_FROM:
        penalty = values.total_penalty
        out.append(
            Paragraph(
                escape(
                    f"逾期付款违约金：{figures(penalty)}（大写：人民币{chinese_amount(penalty)}）"
                ),
                ls.total,
            )
        )
        out.append(
            Paragraph(
                escape(
                    f"违约金按{rate_cn(values.penalty_per_10k)}、以每日实际未付的金额计至"
                    f"{day_text(values.letter_on)}；款项到账当日起，所付金额不再计算违约金。"
                ),
                ls.note,
            )
        )
    if paper.stage == DEMAND and values.pay_by is not None:
        out.append(
            Paragraph(escape(f"付款期限：{day_text(values.pay_by)}（含当日）之前"), ls.total)
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


def _signature(paper: DunningLetterPaper, ls: _LetterStyles, letterhead: Letterhead) -> Table:
    """The buyer's receipt line (when handed over) on the left, the seller's seal on the right."""
    office = letterhead.cleaned()
    seller = office.company or office.project
    font = ls.info.fontName
    left = [
        Paragraph("当面送达时由买受人填写：", ls.info),
        Spacer(1, 5 * mm),
        Inline([(Text("买受人签收："), Blank(42 * mm))], font=font, size=9.5),
        Spacer(1, 3 * mm),
        Inline(
            [(Text("签收日期："), Blank(16 * mm), Text("年"), Blank(10 * mm), Text("月"),
              Blank(10 * mm), Text("日"))],
            font=font,
            size=9.5,
        ),
    ]  # fmt: skip
    right = [
        Paragraph(escape(f"出卖人（盖章）：{seller}"), ls.sign),
        Paragraph(escape(f"日期：{day_text(paper.values.letter_on)}"), ls.sign),
    ]
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH * 0.42, CONTENT_WIDTH * 0.58])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 16 * mm),
            ]
        )
    )
    return table


def story(paper: DunningLetterPaper, styles: Styles, letterhead: Letterhead) -> list[Flowable]:
    ls = _letter_styles(styles)
    greeting, *body = letter_paragraphs(paper.stage, paper.values)
    out: list[Flowable] = [*_recipient(paper, ls), Spacer(1, 2.5 * mm)]
    out.append(Paragraph(escape(greeting), ls.greeting))
    out += [Paragraph(escape(text), ls.body) for text in body]
    out += [Spacer(1, 3 * mm), _table(paper, styles), Spacer(1, 1.5 * mm), *_totals(paper, ls)]
    if paper.has_note_box:
        out += [Spacer(1, 3 * mm), NoteBox(NOTE_LABEL, styles.font)]
    out.append(KeepTogether([Spacer(1, 5 * mm), _signature(paper, ls, letterhead)]))
    return out


__all__ = ["BATCH_TITLE", "NOTE_LABEL", "DunningLetterPaper", "NoteBox"]
