"""The refund voucher (退款凭证, issue 17): the cashier pays out against it. Numbered per project
(TK-000045), the amount in figures and in capitals, the payee, the change order it pays, the
method and the cashier; finance's confirmation. Two copies on one A4 page like a receipt
(收款人收执 / 财务记账) with a cut line between; a voided voucher carries a large red 作废."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer

from anjia_desk.pdf.amounts import chinese_amount, figures
from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import Styles, escape, mm
from anjia_desk.pdf.parts import day_text, signature_lines
from anjia_desk.pdf.receipt import VOID_MARK, CutLine, Stamped
from anjia_desk.pdf.widgets import FormGrid

TITLE = "退款凭证"
COPIES = ("第一联 收款人收执", "第二联 财务记账")


@dataclass(frozen=True)
class RefundVoucherPaper:
    """Plain values to print, already in Chinese."""

    code: str  # TK-000045
    project: str
    paid_on: date
    payee: str
    amount: Decimal
    method: str
    cashier: str
    order: str  # 变更单 BG-000123（退房）
    purpose: str  # 3栋1单元0801 退房退款
    note: str = ""
    voided: bool = False
    void_reason: str = ""
    voided_at: str = ""
    confirmed: str = ""  # "许红 2026-03-05 16:00" once finance confirmed it

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"No. {self.code}" + ("（已作废）" if self.voided else "")

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def _copy(paper: RefundVoucherPaper, copy: str, styles: Styles) -> list[Flowable]:
    grid = FormGrid(styles, [26 * mm, None, 26 * mm, None], min_row_height=7.4 * mm)
    grid.row("凭证号", paper.code, "付款日期", day_text(paper.paid_on))
    grid.row("收款人", paper.payee, "变更单", paper.order)
    grid.row("项目", paper.project, "退款事由", paper.purpose)
    grid.row("金额（小写）", figures(paper.amount), "支付方式", paper.method or "—")
    grid.row("金额（大写）", f"人民币{chinese_amount(paper.amount)}")
    remarks = [paper.note] if paper.note else []
    if paper.voided:
        remarks.append(
            "已作废" + (f"（{paper.voided_at}）" if paper.voided_at else "")
            + (f"：{paper.void_reason}" if paper.void_reason else "")
        )  # fmt: skip
    grid.row("备注", "；".join(remarks) or "—")
    grid.row("出纳", paper.cashier or "—", "财务确认", paper.confirmed or "未确认")
    table: Flowable = grid.table()
    if paper.voided:
        table = Stamped(table, VOID_MARK, styles.font)
    return [
        Paragraph(escape(copy), styles.small),
        Spacer(1, 1.2 * mm),
        table,
        signature_lines((("收款人（签字）", "日期"), ("付款单位（盖章）", "经手人")), styles),
    ]


def story(paper: RefundVoucherPaper, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for index, copy in enumerate(COPIES):
        if index:
            out.append(CutLine())
        out.extend(_copy(paper, copy, styles))
    return out


__all__ = ["COPIES", "TITLE", "RefundVoucherPaper"]
