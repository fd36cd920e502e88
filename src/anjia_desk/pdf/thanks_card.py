"""The thank-you card (感谢卡, issue 17, DOMAIN §8): after a cancellation the leaving customer is
still treated well — the office's own words, priority notice of future releases (老客户优先通知)
and the gift given, if any. Never a unit or a price."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import ACCENT, CONTENT_WIDTH, Styles, escape, mm

TITLE = "感谢卡"
PRIORITY = (
    "我们已将您登记为老客户。今后本公司有新的房源推出，我们会在公开发售前优先通知您，"
    "欢迎您随时回来看看。"
)


@dataclass(frozen=True)
class ThanksCard:
    """Plain values to print: whom it greets, the office's words, the gift, who sends it."""

    greeting: str  # 尊敬的欧阳女士
    text: str  # the office's words (setting changes.thanks_text)
    gift: str  # "" for none
    sender: str  # the company or the project
    day: str  # 2026年3月20日

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return ""

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def story(card: ThanksCard, styles: Styles) -> list[Flowable]:
    big = ParagraphStyle("card", parent=styles.body, fontSize=12.5, leading=22, firstLineIndent=25)
    greeting = ParagraphStyle("card-greeting", parent=big, firstLineIndent=0)
    right = ParagraphStyle("card-right", parent=big, alignment=TA_RIGHT, firstLineIndent=0)
    heading = ParagraphStyle(
        "card-heading", parent=styles.title, fontSize=22, leading=30, alignment=TA_CENTER,
        textColor=ACCENT,
    )  # fmt: skip
    inner: list[Flowable] = [
        Paragraph("感谢有您", heading),
        Spacer(1, 8 * mm),
        Paragraph(escape(card.greeting + "："), greeting),
        Spacer(1, 3 * mm),
    ]
    for part in card.text.splitlines():
        if part.strip():
            inner.append(Paragraph(escape(part.strip()), big))
    inner.append(Paragraph(escape(PRIORITY), big))
    if card.gift:
        inner.append(Paragraph(escape(f"随卡奉上{card.gift}一份，聊表心意。"), big))
    inner += [
        Spacer(1, 12 * mm),
        Paragraph(escape(card.sender), right),
        Paragraph(escape(card.day), right),
    ]
    frame = Table([[inner]], colWidths=[CONTENT_WIDTH - 20 * mm])
    frame.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("BOX", (0, 0), (-1, -1), 1.4, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 14 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 14 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 14 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 16 * mm),
            ]
        )
    )
    return [Spacer(1, 10 * mm), frame]


__all__ = ["PRIORITY", "TITLE", "ThanksCard"]
