"""The compensation voucher (赔付凭证, issue 18): the cashier pays money because of a complaint
against it, like any money out. Numbered per project (PC-000003), the amount in figures and in
capitals, the payee, the complaint and its unit, 赔偿 (with whose liability and, for a
contractor's, its proof) or 补偿, the approvals (the customer-service manager; the vice president
above the limit), the method and the cashier; finance's confirmation. Two copies on one A4 page
like a refund voucher (收款人收执 / 财务记账) with a cut line between; a voided voucher carries a
large red 作废."""

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

TITLE = "赔付凭证"
COPIES = ("第一联 收款人收执", "第二联 财务记账")
NOT_NEEDED = "无需（未超过审批限额）"


@dataclass(frozen=True)
class CompensationVoucherPaper:
    """Plain values to print, already in Chinese."""

    code: str  # PC-000003
    project: str
    paid_on: date
    payee: str
    amount: Decimal
    method: str
    cashier: str
    complaint: str  # TS-000012（王建国）
    unit: str  # 1栋0101, or ""
    kind: str  # 赔偿（施工单位责任） / 补偿
    reason: str
    proof: str = ""  # a contractor's liability: 监理确认：…
    cs_approval: str = ""
    vp_approval: str = ""  # "" when not needed
    note: str = ""
    voided: bool = False
    void_reason: str = ""
    voided_at: str = ""
    confirmed: str = ""  # "孙财务 2026-11-21 16:00" once finance confirmed it

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"No. {self.code}" + ("（已作废）" if self.voided else "")

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def _copy(paper: CompensationVoucherPaper, copy: str, styles: Styles) -> list[Flowable]:
    grid = FormGrid(styles, [26 * mm, None, 26 * mm, None], min_row_height=6.8 * mm)
    grid.row("凭证号", paper.code, "付款日期", day_text(paper.paid_on))
    grid.row("收款人", paper.payee, "投诉单", paper.complaint)
    grid.row("项目", paper.project, "房号", paper.unit or "—")
    grid.row("赔付性质", paper.kind, "支付方式", paper.method or "—")
    grid.row("金额（小写）", figures(paper.amount), "出纳", paper.cashier or "—")
    grid.row("金额（大写）", f"人民币{chinese_amount(paper.amount)}")
    grid.row("赔付事由", paper.reason or "—")
    if paper.proof:
        grid.row("责任确认", paper.proof)
    grid.row(
        "客服经理审批", paper.cs_approval or "—", "分管副总审批", paper.vp_approval or NOT_NEEDED
    )
    remarks = [paper.note] if paper.note else []
    if paper.voided:
        remarks.append(
            "已作废" + (f"（{paper.voided_at}）" if paper.voided_at else "")
            + (f"：{paper.void_reason}" if paper.void_reason else "")
        )  # fmt: skip
    grid.row("备注", "；".join(remarks) or "—")
    grid.row("财务确认", paper.confirmed or "未确认")
    table: Flowable = grid.table()
    if paper.voided:
        table = Stamped(table, VOID_MARK, styles.font)
    return [
        Paragraph(escape(copy), styles.small),
        Spacer(1, 1.2 * mm),
        table,
        signature_lines((("收款人（签字）", "日期"), ("付款单位（盖章）", "经手人")), styles),
    ]


def story(paper: CompensationVoucherPaper, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for index, copy in enumerate(COPIES):
        if index:
            out.append(CutLine())
        out.extend(_copy(paper, copy, styles))
    return out


__all__ = ["COPIES", "NOT_NEEDED", "TITLE", "CompensationVoucherPaper"]
