"""The pieces the change-order papers share (issue 17): the money table line by line with the
rule in words, the amount due in figures and in capitals, and the table of who signed each
step of an order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer

from anjia_desk.pdf.amounts import chinese_amount, figures
from anjia_desk.pdf.page import Styles, escape, mm
from anjia_desk.pdf.parts import ruled_table
from anjia_desk.pdf.refund_lines import MoneySummary
from anjia_desk.pdf.widgets import FormGrid


def _money(amount: Decimal) -> str:
    return figures(amount, symbol=False) if amount else "—"


def money_table(summary: MoneySummary, styles: Styles) -> list[Flowable]:
    """Every amount received, by nature: received, returned, kept, interest and the rule; the
    totals under it, then the notes."""
    rows = [
        (
            row.label,
            row.paid_on or "—",
            _money(row.received),
            _money(row.returned),
            _money(row.kept),
            _money(row.interest),
            row.rule,
        )
        for row in summary.rows
    ]
    if not rows:
        return [Paragraph("本交易未收到任何款项，无需退款。", styles.small)]
    footer = (
        "合计",
        "",
        _money(summary.received),
        _money(summary.returned - summary.interest),
        _money(summary.kept),
        _money(summary.interest),
        f"应退合计 {figures(summary.returned)}" + ("（含利息）" if summary.interest else ""),
    )
    out: list[Flowable] = [
        ruled_table(
            ("款项", "付款日期", "已收", "退还", "不予退还", "利息", "依据"),
            rows,
            (30 * mm, 19 * mm, 21 * mm, 21 * mm, 19 * mm, 16 * mm, None),
            styles,
            right=(2, 3, 4, 5),
            footer=footer,
        )
    ]
    for note in summary.notes:
        out += [Spacer(1, 1 * mm), Paragraph(escape("注：" + note), styles.fine)]
    return out


def amount_rows(grid: FormGrid, summary: MoneySummary) -> None:
    """The amount due in figures and in capitals; an adjusted figure beside the computed one
    with its reason."""
    due = summary.amount_due
    if summary.overridden:
        grid.row("计算应退金额", figures(summary.returned))
        grid.row("调整后应退金额", figures(due), "调整原因", summary.override_reason or "—")
    grid.row("应退金额（小写）", figures(due))
    grid.row("应退金额（大写）", f"人民币{chinese_amount(due)}")


@dataclass(frozen=True)
class StepSign:
    """One step of an order on paper: what it is, who did it and when ("" when not yet)."""

    step: str  # 申请 / 洽谈 / 审核 / 审批（营销） …
    who: str
    when: str
    note: str = ""


def step_table(steps: Sequence[StepSign], styles: Styles) -> Flowable:
    """Each step with its person, time and a box to sign in."""
    rows = [(s.step, s.who or "", s.when or "", s.note, "") for s in steps]
    return ruled_table(
        ("环节", "经办人", "时间", "意见 / 说明", "签字"),
        rows,
        (26 * mm, 24 * mm, 30 * mm, None, 26 * mm),
        styles,
        min_row_height=7 * mm,
    )


__all__ = ["StepSign", "amount_rows", "money_table", "step_table"]
