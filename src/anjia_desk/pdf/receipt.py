"""A receipt (收款收据, DOMAIN §5 Money): numbered per project, the amount in figures and in
capitals, its nature, the payer and the cashier; "收据不作发票使用". Two copies on one A4 page
(交款人收执 / 财务记账) with a cut line between. A voided receipt carries a large red 作废 and
the reason; a reissued one names the receipt it replaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer

from anjia_desk.pdf.amounts import chinese_amount, figures
from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import RULE, Styles, escape, mm
from anjia_desk.pdf.parts import day_text, signature_lines
from anjia_desk.pdf.widgets import FormGrid

TITLE = "收款收据"
NOT_AN_INVOICE = "本收据不作发票使用"
VOID_MARK = "作废"
VOID_RED = colors.HexColor("#C62828")
COPIES = ("第一联 交款人收执", "第二联 财务记账")


@dataclass(frozen=True)
class ReceiptPaper:
    """Plain values to print, already in Chinese."""

    code: str  # SJ-000123
    project: str
    paid_on: date
    payer: str
    nature: str  # the Nature label
    amount: Decimal
    method: str  # 现金/刷卡/转账…
    cashier: str
    purpose: str  # 3栋1单元0801 首付款 / 认筹号 第 12 号
    note: str = ""
    voided: bool = False
    void_reason: str = ""
    voided_at: str = ""  # formatted office-local time
    reissue_of: str = ""  # the code of the receipt this one replaces
    confirmed: str = ""  # "许红 2026-03-05 16:00" once finance confirmed it

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"No. {self.code}" + ("（已作废）" if self.voided else "")

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


class Stamped(Flowable):  # type: ignore[misc]
    """A flowable with a large slanted stamp (作废) drawn over it."""

    def __init__(
        self, inner: Flowable, text: str, font: str, color: colors.Color = VOID_RED
    ) -> None:
        super().__init__()
        self.inner, self.text, self.font, self.color = inner, text, font, color

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)
        canv = self.canv
        size = min(self.height * 0.45, 72.0)
        canv.saveState()
        canv.translate(self.width / 2, self.height / 2)
        canv.rotate(18)
        canv.setFillColor(self.color, alpha=0.55)
        canv.setStrokeColor(self.color, alpha=0.8)
        canv.setLineWidth(2.2)
        box_w, box_h = size * 2.6, size * 1.45
        canv.roundRect(-box_w / 2, -box_h / 2, box_w, box_h, size * 0.12, stroke=1, fill=0)
        canv.setFont(self.font, size)
        canv.drawCentredString(0, -size * 0.36, self.text, charSpace=size * 0.2)
        canv.restoreState()


def _copy(paper: ReceiptPaper, copy: str, styles: Styles) -> list[Flowable]:
    grid = FormGrid(styles, [26 * mm, None, 26 * mm, None], min_row_height=7.4 * mm)
    grid.row("收据号", paper.code, "交款日期", day_text(paper.paid_on))
    grid.row("交款人", paper.payer, "款项性质", paper.nature)
    grid.row("项目", paper.project, "收款事由", paper.purpose)
    grid.row("金额（小写）", figures(paper.amount), "支付方式", paper.method or "—")
    grid.row("金额（大写）", f"人民币{chinese_amount(paper.amount)}")
    remarks = [text for text in (paper.note,) if text]
    if paper.reissue_of:
        remarks.append(f"重开自收据 {paper.reissue_of}（原收据已作废）")
    if paper.voided:
        remarks.append(
            "已作废" + (f"（{paper.voided_at}）" if paper.voided_at else "")
            + (f"：{paper.void_reason}" if paper.void_reason else "")
        )  # fmt: skip
    grid.row("备注", "；".join(remarks) or "—")
    grid.row("收款人", paper.cashier or "—", "财务确认", paper.confirmed or "未确认")
    table: Flowable = grid.table()
    if paper.voided:
        table = Stamped(table, VOID_MARK, styles.font)
    head = Paragraph(
        f"{escape(copy)}　　<font color='#C62828'>{NOT_AN_INVOICE}</font>", styles.small
    )
    return [
        head,
        Spacer(1, 1.2 * mm),
        table,
        signature_lines((("交款人（签字）", "日期"), ("收款单位（盖章）", "经手人")), styles),
    ]


class CutLine(Flowable):  # type: ignore[misc]
    """A dashed line across the page to cut the copies apart."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, 10 * mm
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setDash(4, 3)
        canv.setLineWidth(0.6)
        canv.line(0, self.height / 2, self.width, self.height / 2)
        canv.restoreState()


def story(paper: ReceiptPaper, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for index, copy in enumerate(COPIES):
        if index:
            out.append(CutLine())
        out.extend(_copy(paper, copy, styles))
    return out
