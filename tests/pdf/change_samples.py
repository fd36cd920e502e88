"""Sample values of the change-order papers (issue 17) for the pdf tests: plain values, no
database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from anjia_desk.core.changes import Fault
from anjia_desk.core.deals import Nature
from anjia_desk.core.refund_money import Breach, BreachBase, Paid, RefundCase, compute_refund
from anjia_desk.pdf.change_brief import BriefItem, BriefLine, BriefPaper
from anjia_desk.pdf.change_form import ChangeFormPaper, RenamePart, SwapPart
from anjia_desk.pdf.refund_confirmation import RefundConfirmationPaper
from anjia_desk.pdf.refund_lines import MoneySummary, summary_of
from anjia_desk.pdf.refund_parts import StepSign
from anjia_desk.pdf.refund_voucher import RefundVoucherPaper
from anjia_desk.pdf.termination import TerminationNotice
from anjia_desk.pdf.thanks_card import ThanksCard


def money(*, signed: bool = True, fault: Fault = Fault.BUYER, statutory: bool = False,
          due: Decimal | None = None) -> MoneySummary:  # fmt: skip
    paid = [
        Paid(Nature.DEPOSIT, Decimal("50000"), date(2026, 3, 6), "SJ-000001"),
        Paid(Nature.DOWN, Decimal("646132.50"), date(2026, 3, 13), "SJ-000002"),
    ]
    table = compute_refund(
        RefundCase(
            paid=paid, signed=signed, fault=fault, statutory=statutory,
            price=Decimal("2320441.67"), due_to_date=Decimal("696132.50"),
            breach=Breach(BreachBase.PRICE, Decimal("5"), "第十二条"), rate=Decimal("3.1"),
            refund_on=date(2026, 6, 20),
        )
    )  # fmt: skip
    return summary_of(table, due=due, override_reason="客户困难，营销负责人同意少扣" if due else "")


def steps() -> tuple[StepSign, ...]:
    return (
        StepSign("申请", "欧阳晓梅", "2026-03-08 14:20", "书面申请"),
        StepSign("洽谈", "林峰", "2026-03-09 10:00", "坚持退"),
        StepSign("审核", "林峰", "2026-03-09 16:00"),
        StepSign("审批（营销）", "陈总", "2026-03-10 09:30"),
        StepSign("审批（财务）", "许红", "2026-03-10 11:00"),
        StepSign("执行", "", ""),
    )


def form(**changes: object) -> ChangeFormPaper:
    values: dict[str, object] = dict(
        form_title="退房申请单", code="BG-000123", status="待审批", project="安家·云栖府",
        unit="3栋1单元0101", buyer="欧阳晓梅", stage="已签约", requested_at="2026-03-08 14:20",
        within_72h=True, signed_at="2026-03-06 10:00", reason_type="资金压力型",
        handling="帮客户换一家银行或换贷款方式（公积金、组合贷）再试；不得提供垫资或首付分期。",
        tags="贷款、价格", fault="买方", money=money(), steps=steps(),
        after_steps=(StepSign("解除买卖合同", "周婷", "2026-03-11 10:00"),),
    )  # fmt: skip
    values.update(changes)
    return ChangeFormPaper(**values)  # type: ignore[arg-type]


def swap_form() -> ChangeFormPaper:
    return form(
        form_title="换房申请单", money=None, reason_type="", handling="", tags="户型",
        swap=SwapPart("3栋1单元0101", "5栋2单元1203", "¥2,320,441.67", "¥2,456,000.00",
                      "商业贷款", "¥10,000.00"),
    )  # fmt: skip


def rename_form() -> ChangeFormPaper:
    return form(
        form_title="更名申请单", money=None, reason_type="", handling="", tags="家庭",
        rename=RenamePart("增名", "欧阳晓梅", "王建国", "330106********5678", "配偶",
                          "2026-03-08", "资格审核通过"),
    )  # fmt: skip


def confirmation(**changes: object) -> RefundConfirmationPaper:
    values: dict[str, object] = dict(
        code="BG-000123", kind="退房", seller="安家置业（杭州）有限公司", project="安家·云栖府",
        unit="3栋1单元0101", buyer="欧阳晓梅", buyer_id="330106********1234",
        contract_no="HT-2026-0088", fault="买方", ground="", money=money(),
    )  # fmt: skip
    values.update(changes)
    return RefundConfirmationPaper(**values)  # type: ignore[arg-type]


def voucher(**changes: object) -> RefundVoucherPaper:
    values: dict[str, object] = dict(
        code="TK-000045", project="安家·云栖府", paid_on=date(2026, 3, 20), payee="欧阳晓梅",
        amount=Decimal("580112.42"), method="转账", cashier="郑丽",
        order="BG-000123（退房）", purpose="3栋1单元0101 退房退款",
    )  # fmt: skip
    values.update(changes)
    return RefundVoucherPaper(**values)  # type: ignore[arg-type]


def brief(**changes: object) -> BriefPaper:
    values: dict[str, object] = dict(
        code="BG-000123", kind="退房", status="已办结", customer="欧阳女士", unit="3栋1单元0101",
        stage="已签约", reason_type="资金压力型", tags="贷款", fault="买方", within_72h="是",
        outcome="坚持退",
        touchpoints=(
            BriefLine("2026-02-20 10:00", "来访", "首访，2 人同行"),
            BriefLine("2026-02-25 15:00", "跟进", "电话：关心贷款额度"),
            BriefLine("2026-03-01", "风险标记", "资金：高风险"),
            BriefLine("2026-03-06 10:00", "交易", "签约/网签"),
            BriefLine("2026-03-08 14:20", "变更单", "书面申请退房"),
        ),
        real_reason="家中老人生病，首付需挪作医疗费用。", talk_note="由林峰主导，客户态度坚决。",
        checklist=(BriefItem("书面申请当天登记", True), BriefItem("由非成交顾问主导洽谈", False)),
        score=50, scored_by="林峰 2026-03-20 10:00",
    )  # fmt: skip
    values.update(changes)
    return BriefPaper(**values)  # type: ignore[arg-type]


def thanks(**changes: object) -> ThanksCard:
    values: dict[str, object] = dict(
        greeting="尊敬的欧阳女士", text="感谢您一直以来对安家·云栖府的信任与支持。",
        gift="定制保温杯", sender="安家置业（杭州）有限公司", day="2026年3月20日",
    )  # fmt: skip
    values.update(changes)
    return ThanksCard(**values)  # type: ignore[arg-type]


def notice(**changes: object) -> TerminationNotice:
    values: dict[str, object] = dict(
        code="BG-000124", seller="安家置业（杭州）有限公司", project="安家·云栖府",
        buyer="欧阳晓梅", buyer_id="330106********1234", address="杭州市余杭区文一西路 1 号",
        unit="3栋1单元0101", contract_no="HT-2026-0088", signed_on="2026年3月6日",
        ground="付款催告期满",
        ground_text="您未按合同约定支付首付款。我司已向您发出付款催告函，催告期满您仍未付款。",
        ground_note="催告函 2026-05-10 送达，催告期 30 日，2026-06-09 期满",
        money=money(), issued_on="2026年6月20日",
    )  # fmt: skip
    values.update(changes)
    return TerminationNotice(**values)  # type: ignore[arg-type]
