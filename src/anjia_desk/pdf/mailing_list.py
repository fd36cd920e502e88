"""The 交寄清单 for a batch of letters: what the office hands to the post office (or the courier)
— each letter's recipient, postcode, address and number, a column left blank for the 挂号 or
courier tracking number, the count, and the signatures of who handed the letters over and who took
them in (with the post office's date stamp). A long list flows over pages, its header repeated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import Styles, escape, mm
from anjia_desk.pdf.parts import day_text, ruled_table, signature_lines

TITLE = "函件交寄清单"
HEADER = ("序号", "收件人", "邮编", "地址", "信函编号", "挂号或快递单号", "备注")


@dataclass(frozen=True)
class MailingRow:
    """One letter to post: the buyer, where it goes and its number (CK-000123)."""

    buyer: str
    postcode: str
    address: str
    code: str
    tracking_no: str = ""  # blank: written in by hand at the counter
    note: str = ""


@dataclass(frozen=True)
class MailingListPaper:
    """The list for the letters posted on `day`."""

    day: date
    rows: Sequence[MailingRow]

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"交寄日期 {day_text(self.day)} · 共 {len(self.rows)} 件"

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def story(paper: MailingListPaper, styles: Styles) -> list[Flowable]:
    rows = [
        (str(index), row.buyer, row.postcode or "—", row.address or "—", row.code,
         row.tracking_no, row.note)
        for index, row in enumerate(paper.rows, start=1)
    ]  # fmt: skip
    out: list[Flowable] = [
        Paragraph(
            escape(
                "以下信函为本单位致买受人的付款函件，请按挂号信或快递寄出，并在回执上注明单号。"
            ),
            styles.small,
        ),
        Spacer(1, 2 * mm),
    ]
    if rows:
        out.append(
            ruled_table(
                HEADER,
                rows,
                (11 * mm, 20 * mm, 15 * mm, None, 22 * mm, 34 * mm, 18 * mm),
                styles,
                min_row_height=9 * mm,
                footer=("", f"共 {len(rows)} 件", "", "", "", "", ""),
            )
        )
    else:
        out.append(Paragraph("本日没有需要邮寄的函件。", styles.body))
    out.append(
        KeepTogether(
            [
                Spacer(1, 4 * mm),
                signature_lines(
                    (("交寄人（签字）", "交寄日期"), ("收寄人（邮局）", "日戳")), styles
                ),
            ]
        )
    )
    return out


__all__ = ["HEADER", "TITLE", "MailingListPaper", "MailingRow"]
