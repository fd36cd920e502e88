"""The refund confirmation (退款确认书, issue 17, DOMAIN §8): what is returned to the buyer, by
nature, with the rule of each line, the total in figures and in capitals, how and where it is
paid, and both parties' signatures — the buyer's and the seller's with its seal — signed before
any money moves."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import RULE, Styles, escape, mm
from anjia_desk.pdf.parts import section_bar, signature_lines
from anjia_desk.pdf.refund_lines import MoneySummary
from anjia_desk.pdf.refund_parts import amount_rows, money_table
from anjia_desk.pdf.widgets import FormGrid

TITLE = "退款确认书"


@dataclass(frozen=True)
class RefundConfirmationPaper:
    """Plain values to print, already in Chinese."""

    code: str  # the change order's code, BG-000123
    kind: str  # 退定 / 退房 / 解约
    seller: str  # 出卖人 (the company on the letterhead, else the project)
    project: str
    unit: str
    buyer: str
    buyer_id: str  # masked
    contract_no: str
    fault: str
    ground: str
    money: MoneySummary
    refund_due_on: str = ""  # the latest day to pay (the area ground: 30 days)

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"变更单号 {self.code} · {self.kind}"

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def story(paper: RefundConfirmationPaper, styles: Styles) -> list[Flowable]:
    def para(text: str) -> Paragraph:
        return Paragraph(escape(text), styles.body)

    parties = FormGrid(styles, [26 * mm, None, 26 * mm, None], min_row_height=6.6 * mm)
    parties.row("出卖人", paper.seller or paper.project, "项目", paper.project)
    parties.row("买受人", paper.buyer, "证件号码", paper.buyer_id or "—")
    parties.row("房源", paper.unit, "合同编号", paper.contract_no or "未签约")
    parties.row("过错方", paper.fault, "解除依据", paper.ground or "—")

    due = FormGrid(styles, [30 * mm, None, 26 * mm, None], min_row_height=7 * mm)
    amount_rows(due, paper.money)
    due.row("最迟退款日期", paper.refund_due_on or "双方签字后按约定办理")
    due.row("收款户名", "", "开户银行", "")
    due.row("收款账号", "")

    total = paper.money.amount_due
    clauses = [
        f"一、买受人与出卖人确认，就上述房源的{paper.kind}事宜，出卖人已收款项及其处理按上表逐项"
        "计算，每一项均写明依据。",
        "二、出卖人在双方签署本确认书后，按上列金额将款项退至买受人指定的本人账户，"
        "出纳出具退款凭证。退款金额以本确认书为准。",
        "三、款项退清后，双方就本房源的已付款项不再另行主张；"
        "违约金超出应退款项的部分（如有）按上表注明处理。",
        "四、本确认书一式两份，买受人与出卖人各执一份，自双方签字（盖章）之日起生效。",
    ]
    if not total:
        clauses[1] = "二、按上表计算，出卖人无需向买受人退还款项。"
    return [
        section_bar("一、双方与房源", styles),
        parties.table(),
        Spacer(1, 2 * mm),
        section_bar("二、已收款项及退还（按款项性质）", styles),
        *money_table(paper.money, styles),
        Spacer(1, 2 * mm),
        due.table(),
        Spacer(1, 2 * mm),
        section_bar("三、双方确认", styles),
        *[para(text) for text in clauses],
        KeepTogether(
            [
                Spacer(1, 2 * mm),
                signature_lines((("买受人（签字）", "日期"), ("出卖人（盖章）", "经办人")), styles),
                Spacer(1, 3 * mm),
                SealBox(styles.font),
            ]
        ),
    ]


class SealBox(Flowable):  # type: ignore[misc]
    """A dashed square on the seller's side where the seal goes."""

    SIZE = 36 * mm

    def __init__(self, font: str) -> None:
        super().__init__()
        self.font = font

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.SIZE
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        left = self.width - self.SIZE - 10 * mm
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setDash(3, 2)
        canv.rect(left, 0, self.SIZE, self.SIZE, stroke=1, fill=0)
        canv.setFillColor(RULE)
        canv.setFont(self.font, 8)
        canv.drawCentredString(left + self.SIZE / 2, self.SIZE / 2 - 3, "出卖人盖章处")
        canv.restoreState()


__all__ = ["TITLE", "RefundConfirmationPaper", "SealBox"]
