"""The subscription agreement (商品房认购书, DOMAIN §5 step 3): the parties, the unit, the prices in
figures and in capitals, the 定金 and what the law makes of it, the signing deadline, the payment
plan and the signature lines. A long plan flows onto the next page with its header repeated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from anjia_desk.core.penalty_clause import rate_text
from anjia_desk.core.units import unit_label
from anjia_desk.pdf.amounts import chinese_amount, figures
from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import Styles, escape, mm
from anjia_desk.pdf.parts import area_text, day_text, ruled_table, section_bar, signature_lines
from anjia_desk.pdf.widgets import FormGrid

TITLE = "商品房认购书"
ROW = 6.2 * mm


@dataclass(frozen=True)
class PlanLine:
    seq: int
    name: str  # 定金 / 首付款 / 按揭款…
    nature: str  # the Nature label
    due_on: date
    amount: Decimal
    term: str = ""  # "签约后 15 天" for an installment counted from 签约: printed instead of due_on

    @property
    def due_label(self) -> str:
        return self.term or self.due_on.isoformat()


@dataclass(frozen=True)
class SubscriptionPaper:
    """Plain values to print; money Decimal, dates date, texts already in Chinese."""

    number: int  # the deal id
    seller: str  # 出卖人 (the company)
    project: str
    permit_no: str
    buyer_name: str
    buyer_id_masked: str
    buyer_phone: str
    consultant: str
    building: str
    stairwell: str
    room: str
    floor: int
    layout: str
    area: Decimal
    inner_area: Decimal | None
    payment_method: str  # label
    list_price: Decimal
    standard_discount: Decimal
    special_discount: Decimal
    special_status: str  # "" when none, else the DiscountStatus label
    price: Decimal
    filed_price: Decimal
    deposit: Decimal
    subscribed_on: date
    sign_deadline: date
    penalty_per_10k: Decimal
    cancel_days: int
    plan: Sequence[PlanLine] = ()
    cancelled: bool = False
    #: The contract's penalty clause recorded at 认购 (issue 16): its number and its words, the
    #: rate written in; "" for a deal from before, which prints the rate sentence instead.
    penalty_clause_no: str = ""
    penalty_clause_text: str = ""

    @property
    def unit_label(self) -> str:
        return unit_label(self.building, self.stairwell, self.room)

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"认购编号 RG-{self.number:06d} · 认购日期 {self.subscribed_on.isoformat()}"

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def _money_row(grid: FormGrid, label: str, amount: Decimal, note: str = "") -> None:
    text = f"{figures(amount)}（大写：人民币{chinese_amount(amount)}）"
    grid.row(label, text + (f"  {note}" if note else ""))


def penalty_sentence(paper: SubscriptionPaper) -> str:
    """What the plan says of late payment: the deal's own clause when recorded at 认购, the
    daily rate otherwise; then the right to cancel and the loan."""
    text = paper.penalty_clause_text.strip()
    if text:
        number = paper.penalty_clause_no
        where = f"（《商品房买卖合同》{number}）" if number else ""
        first = f"逾期付款的违约责任{where}：{text}" + ("" if text.endswith("。") else "。")
    else:
        first = f"买受人逾期付款的，按逾期金额每日{rate_text(paper.penalty_per_10k)}支付违约金；"
    return (
        f"{first}逾期超过 {paper.cancel_days} 日的，出卖人有权依照《商品房买卖合同》解除合同。"
        "按揭款以银行放款为准，由出卖人协助买受人办理。"
    )


def story(paper: SubscriptionPaper, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []

    def block(title: str, *body: Flowable) -> None:
        out.extend([CondPageBreak(30 * mm), section_bar(title, styles), *body, Spacer(1, 2.5 * mm)])

    def para(text: str) -> Paragraph:
        return Paragraph(escape(text), styles.small)

    parties = FormGrid(styles, [28 * mm, None, 28 * mm, None], min_row_height=ROW)
    parties.row("出卖人", paper.seller or paper.project, "预售许可证", paper.permit_no or "—")
    parties.row("买受人", paper.buyer_name, "证件号码", paper.buyer_id_masked or "—")
    parties.row("联系电话", paper.buyer_phone or "—", "置业顾问", paper.consultant or "—")
    block("一、认购双方", parties.table())

    unit = FormGrid(styles, [28 * mm, None, 28 * mm, None], min_row_height=ROW)
    unit.row("项目", paper.project, "房源", paper.unit_label)
    unit.row("楼栋", paper.building, "单元", paper.stairwell or "—")
    unit.row("楼层", f"{paper.floor} 层", "房号", paper.room)
    unit.row("户型", paper.layout or "—", "建筑面积（预测）", area_text(paper.area))
    unit.row("套内面积（预测）", area_text(paper.inner_area), "面积结算", "交付时按实测面积结算")
    block("二、认购房源", unit.table())

    prices = FormGrid(styles, [28 * mm, None, 28 * mm, None], min_row_height=ROW)
    prices.row("付款方式", paper.payment_method, "表价", figures(paper.list_price))
    special = "无"
    if paper.special_discount:
        special = f"−{figures(paper.special_discount)}" + (
            f"（{paper.special_status}）" if paper.special_status else ""
        )
    prices.row("付款方式优惠", f"−{figures(paper.standard_discount)}", "特批优惠", special)
    _money_row(prices, "成交总价", paper.price)
    if paper.area:
        per_m2 = (paper.price / paper.area).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        prices.row("折合单价", f"{figures(per_m2)} / ㎡（按预测建筑面积计）")
    notes = ["成交总价不高于该房源的备案价，已包含上列全部优惠。"]
    if paper.special_status == "待审批":
        notes.append(
            "特批优惠尚待审批；如未获批准，成交总价按不含特批优惠的价格重新计算，并书面告知买受人。"
        )
    block("三、价格与付款方式", prices.table(), Spacer(1, 1.5 * mm), *[para(n) for n in notes])

    deposit = FormGrid(styles, [28 * mm, None], min_row_height=ROW)
    _money_row(deposit, "定金", paper.deposit)
    deposit.row("签约期限", f"{day_text(paper.sign_deadline)}（含当日）之前")
    block(
        "四、定金与签约期限",
        deposit.table(),
        Spacer(1, 1.5 * mm),
        para(
            "1. 本认购书所称定金，是《中华人民共和国民法典》第五百八十六条至第五百八十八条规定的"
            "定金，数额不超过成交总价的百分之二十。"
        ),
        para(
            "2. 买受人应在签约期限内到售楼处签订《商品房买卖合同》并办理网上签约。"
            "买受人无正当理由不按期签约的，已付定金不予返还；出卖人不按本认购书的约定与买受人"
            "签约，或将该房源另售他人的，应当向买受人双倍返还定金。"
        ),
        para(
            "3. 因不可归责于双方的原因（例如双方就合同条款未能协商一致）未能签约的，出卖人全额"
            "退还定金，双方互不承担责任。"
        ),
        para(
            "4. 签订《商品房买卖合同》后，定金抵作房款。定金与违约金不同时适用：一方违约时，"
            "另一方可以选择适用定金条款或者违约金条款。"
        ),
        para(
            "5. 定金与订金、诚意金、意向金性质不同：后者属于预付款，不适用上述定金规则，"
            "未成交的全额退还。"
        ),
    )

    total = sum((line.amount for line in paper.plan), Decimal(0))
    plan_rows = [
        (str(line.seq), line.name, line.nature, line.due_label, figures(line.amount))
        for line in paper.plan
    ]
    plan_body: list[Flowable]
    if plan_rows:
        plan_body = [
            ruled_table(
                ("序号", "付款节点", "款项性质", "应付日期", "金额（元）"),
                plan_rows,
                (14 * mm, None, 30 * mm, 30 * mm, 40 * mm),
                styles,
                right=(4,),
                footer=("", "合计", "", "", figures(total)),
            )
        ]
    else:
        plan_body = [para("付款计划在签约时确定。")]
    plan_body += [
        Spacer(1, 1.5 * mm),
        para(penalty_sentence(paper)),
    ]
    block("五、付款计划", *plan_body)

    block(
        "六、其他约定",
        para("1. 本认购书自双方签字（盖章）之日起生效，签订《商品房买卖合同》后，以合同约定为准。"),
        para("2. 买受人以实名认购，签约前不得更换买受人；确需变更的，须经出卖人书面同意。"),
        para("3. 本认购书一式两份，买受人与出卖人各执一份，具有同等效力。"),
    )
    out.append(
        KeepTogether(
            [
                Spacer(1, 2 * mm),
                signature_lines((("买受人（签字）", "日期"), ("出卖人（盖章）", "经办人")), styles),
            ]
        )
    )
    if paper.cancelled:
        out.append(Spacer(1, 3 * mm))
        out.append(Paragraph("本交易已取消，此认购书仅作存档。", styles.body))
    return out
