"""The change-order form (变更申请单, issue 17, DOMAIN §8): one form for every kind, its kind in
the title (退定申请单 / 退房申请单 / 换房申请单 / 更名申请单 / 解除合同审批单). It carries the
written request (its date and time, the deal's stage, within 72 hours of 签约), the reason type
with its suggested handling, the tags, who is at fault and the ground with its condition, the
money line by line for a refund, the old and new unit for 换房, the old and new buyer for 更名,
and the signatures of every step (申请、洽谈、审核、审批、执行)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import Styles, escape, mm
from anjia_desk.pdf.parts import section_bar
from anjia_desk.pdf.refund_lines import MoneySummary
from anjia_desk.pdf.refund_parts import StepSign, amount_rows, money_table, step_table
from anjia_desk.pdf.widgets import FormGrid

ROW = 6.6 * mm


@dataclass(frozen=True)
class SwapPart:
    """换房: the unit left and the unit taken, with their prices."""

    old_unit: str
    new_unit: str
    old_price: str  # already in figures ("" unknown)
    new_price: str
    payment_method: str = ""
    special_discount: str = ""


@dataclass(frozen=True)
class RenamePart:
    """更名 / 增减名: the buyer before and after, how they are related, the consent."""

    mode: str  # 更名 / 增名 / 减名
    old_buyer: str
    new_buyer: str
    new_buyer_id: str  # masked
    relation: str
    consent_on: str
    qualification: str = ""


@dataclass(frozen=True)
class ChangeFormPaper:
    """Plain values to print, already in Chinese."""

    form_title: str  # ChangeKind.form_title
    code: str  # BG-000123
    status: str
    project: str
    unit: str
    buyer: str
    stage: str  # the deal's stage when the request arrived
    requested_at: str  # 2026-03-08 14:20
    within_72h: bool
    signed_at: str  # "" before 签约
    reason_type: str
    handling: str
    tags: str
    fault: str
    ground: str = ""
    condition: str = ""  # what the ground asks to record
    ground_note: str = ""  # the condition met, as recorded
    ground_check: str = ""  # the app's own check
    legal: str = ""  # "法务 林静 2026-03-09 10:00" once confirmed
    talk_outcome: str = ""
    money: MoneySummary | None = None  # refund kinds only
    refund_due_on: str = ""
    swap: SwapPart | None = None
    rename: RenamePart | None = None
    steps: Sequence[StepSign] = ()
    after_steps: Sequence[StepSign] = ()  # the steps done after 签约 (撤销网签…)
    note: str = ""

    @property
    def title(self) -> str:
        return self.form_title

    @property
    def subtitle(self) -> str:
        return f"变更单号 {self.code} · {self.status}"

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def story(paper: ChangeFormPaper, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []

    def block(title: str, *body: Flowable) -> None:
        out.extend([CondPageBreak(25 * mm), section_bar(title, styles), *body, Spacer(1, 2 * mm)])

    head = FormGrid(styles, [26 * mm, None, 26 * mm, None], min_row_height=ROW)
    head.row("变更单号", paper.code, "项目", paper.project)
    head.row("房源", paper.unit, "买受人", paper.buyer)
    head.row("交易阶段", paper.stage, "签约时间", paper.signed_at or "未签约")
    early = "是（签约后 72 小时内）" if paper.within_72h else "否"
    head.row("书面申请收到", paper.requested_at, "72 小时内", early if paper.signed_at else "—")
    block("一、申请", head.table())

    reason = FormGrid(styles, [26 * mm, None, 26 * mm, None], min_row_height=ROW)
    reason.row("原因类型", paper.reason_type or "—", "原因标签", paper.tags or "—")
    if paper.handling:
        reason.row("建议处理", paper.handling)
    reason.row("过错方", paper.fault, "解除依据", paper.ground or "—")
    if paper.ground:
        reason.row("应记录的条件", paper.condition or "—")
        reason.row("已记录的条件", paper.ground_note or "—")
        reason.row("系统核对", paper.ground_check or "—", "法务确认", paper.legal or "未确认")
    if paper.talk_outcome:
        reason.row("洽谈结果", paper.talk_outcome)
    block("二、原因与依据", reason.table())

    if paper.swap is not None:
        swap = FormGrid(styles, [26 * mm, None, 26 * mm, None], min_row_height=ROW)
        swap.row("原房源", paper.swap.old_unit, "原成交价", paper.swap.old_price or "—")
        swap.row("新房源", paper.swap.new_unit, "新成交价", paper.swap.new_price or "—")
        if paper.swap.payment_method or paper.swap.special_discount:
            swap.row(
                "新付款方式", paper.swap.payment_method or "—",
                "新特批优惠", paper.swap.special_discount or "无",
            )  # fmt: skip
        block("三、换房", swap.table())
    if paper.rename is not None:
        rename = FormGrid(styles, [26 * mm, None, 26 * mm, None], min_row_height=ROW)
        rename.row("变更方式", paper.rename.mode, "与原买受人关系", paper.rename.relation or "—")
        rename.row("原买受人", paper.rename.old_buyer, "新买受人", paper.rename.new_buyer or "—")
        rename.row(
            "新买受人证件号", paper.rename.new_buyer_id or "—",
            "原买受人同意日期", paper.rename.consent_on or "—",
        )  # fmt: skip
        if paper.rename.qualification:
            rename.row("购房资格审核", paper.rename.qualification)
        block("三、更名", rename.table())
    if paper.money is not None:
        due = FormGrid(styles, [30 * mm, None, 26 * mm, None], min_row_height=ROW)
        amount_rows(due, paper.money)
        if paper.refund_due_on:
            due.row("最迟退款日期", paper.refund_due_on)
        table = money_table(paper.money, styles)
        block("三、款项（按款项性质逐项计算）", *table, Spacer(1, 2 * mm), due.table())

    steps: list[Flowable] = [step_table(paper.steps, styles)]
    if paper.after_steps:
        steps += [
            Spacer(1, 2 * mm),
            Paragraph("签约后办理事项", styles.small),
            step_table(paper.after_steps, styles),
        ]
    block("四、办理与签字", *steps)
    if paper.note:
        out.append(Paragraph(escape("备注：" + paper.note), styles.small))
    return out


__all__ = ["ChangeFormPaper", "RenamePart", "SwapPart"]
