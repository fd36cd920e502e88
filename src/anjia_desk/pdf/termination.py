"""The contract termination notice (解除合同通知书, issue 17, DOMAIN §8): the developer cancels
(解约) after a formal demand's period or under the contract's cancellation clause. It cites the
ground, says the contract is cancelled when this notice reaches the buyer (Civil Code Art. 565),
and states the money as computed with the buyer at fault. Printed from facts frozen at its first
print, so every reprint is the notice that was issued."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import Styles, escape, mm
from anjia_desk.pdf.parts import section_bar, signature_lines
from anjia_desk.pdf.refund_lines import MoneySummary
from anjia_desk.pdf.refund_parts import amount_rows, money_table
from anjia_desk.pdf.widgets import FormGrid

TITLE = "解除合同通知书"
ART_565 = "根据《中华人民共和国民法典》第五百六十五条的规定，本合同自本通知到达您时解除。"


@dataclass(frozen=True)
class TerminationNotice:
    """Plain values to print, already in Chinese."""

    code: str  # BG-000123
    seller: str
    project: str
    buyer: str
    buyer_id: str  # masked
    address: str
    unit: str
    contract_no: str
    signed_on: str  # 2026年3月8日
    ground: str  # 付款催告期满 / 合同约定解除条款
    ground_text: str  # the sentence that cites the ground
    ground_note: str  # the condition as recorded (the demand's dates, the clause)
    money: MoneySummary
    issued_on: str  # 2026年6月20日: the day of the first print

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"变更单号 {self.code} · 出具日期 {self.issued_on}"

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def story(notice: TerminationNotice, styles: Styles) -> list[Flowable]:
    def para(text: str) -> Paragraph:
        return Paragraph(escape(text), styles.body)

    head = FormGrid(styles, [24 * mm, None, 24 * mm, None], min_row_height=6.6 * mm)
    head.row("买受人", notice.buyer, "证件号码", notice.buyer_id or "—")
    head.row("房源", notice.unit, "合同编号", notice.contract_no or "—")
    head.row("送达地址", notice.address or "—")
    due = FormGrid(styles, [30 * mm, None, 26 * mm, None], min_row_height=7 * mm)
    amount_rows(due, notice.money)
    contract = f"《商品房买卖合同》（合同编号：{notice.contract_no or '—'}）"
    body = [
        para(f"{notice.buyer}："),
        Spacer(1, 1 * mm),
        para(
            f"您于{notice.signed_on or '—'}与{notice.seller or notice.project}签订{contract}，"
            f"购买{notice.project}{notice.unit}。"
        ),
        para(notice.ground_text),
    ]
    if notice.ground_note:
        body.append(para(f"具体情况：{notice.ground_note}"))
    body += [
        para(f"据此，我司现通知您解除上述合同。{ART_565}"),
        para(
            "因本合同系因您的原因解除，您已支付的款项按合同约定及法律规定逐项处理如下"
            "（定金已抵作房款，不与违约金同时适用）："
        ),
    ]
    return [
        section_bar("一、合同与房源", styles),
        head.table(),
        Spacer(1, 2 * mm),
        section_bar("二、解除通知", styles),
        *body,
        Spacer(1, 2 * mm),
        section_bar("三、已付款项的处理", styles),
        *money_table(notice.money, styles),
        Spacer(1, 2 * mm),
        due.table(),
        Spacer(1, 2 * mm),
        para(
            "请您在收到本通知后，携带身份证件及合同原件到售楼处办理退款及合同收回手续。"
            "如有异议，请按合同约定的争议解决方式处理。"
        ),
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                signature_lines((("出卖人（盖章）", "日期"), ("买受人签收", "签收日期")), styles),
            ]
        ),
    ]


__all__ = ["ART_565", "TITLE", "TerminationNotice"]
