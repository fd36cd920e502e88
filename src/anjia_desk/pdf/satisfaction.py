"""The satisfaction confirmation (满意度确认单, issue 18, DOMAIN §9): the work done on a complaint
and the standard it was accepted against, the customer's signature and date — and, in plain
words, that signing confirms the work done and waives none of the customer's legal rights."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer

from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import escape, mm
from anjia_desk.pdf.parts import section_bar, signature_lines
from anjia_desk.pdf.widgets import FormGrid

TITLE = "满意度确认单"
ROW = 7.2 * mm

#: What signing means, in plain words (DOMAIN §9): it confirms the work, it waives nothing.
STATEMENT = (
    "本人确认：上述处理工作已经完成，并已按上列验收标准查看。"
    "签署本确认单仅表示确认上述工作已经完成，不代表放弃本人依法享有的任何权利；"
    "如日后发现问题，本人仍可依法提出投诉、要求维修或赔偿、申请调解、仲裁或提起诉讼。"
)


@dataclass(frozen=True)
class SatisfactionPaper:
    """Plain values to print, already in Chinese."""

    code: str  # TS-000012
    project: str
    unit: str
    customer: str
    complaint: str  # what the customer complained about
    solution: str
    work: Sequence[str]  # the work done, line by line
    executor: str
    executed_on: str  # "" not yet
    acceptance: str
    signed_on: str = ""  # the date recorded once signed

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"投诉编号 {self.code}"

    def story(self, sheet: Sheet) -> list[Flowable]:
        styles = sheet.styles
        grid = FormGrid(styles, [26 * mm, None, 26 * mm, None], min_row_height=ROW)
        grid.row("投诉编号", self.code, "项目", self.project)
        grid.row("客户", self.customer, "房源", self.unit or "—")
        grid.row("投诉内容", self.complaint)
        grid.row("处理方案", self.solution or "—")
        grid.row("完成的工作", [Paragraph(escape(line), styles.body) for line in self.work] or "—")
        grid.row("执行责任人", self.executor or "—", "完成日期", self.executed_on or "—")
        grid.row("验收标准", self.acceptance or "—")
        out: list[Flowable] = [section_bar("处理结果", styles), grid.table(), Spacer(1, 4 * mm)]
        out += [section_bar("客户确认", styles), Paragraph(escape(STATEMENT), styles.body)]
        out.append(Spacer(1, 2 * mm))
        out.append(signature_lines([("客户签字", "日期"), ("经办人签字", "日期")], styles))
        if self.signed_on:
            out.append(Spacer(1, 2 * mm))
            out.append(Paragraph(escape(f"（客户已于 {self.signed_on} 签字确认）"), styles.small))
        return out


__all__ = ["STATEMENT", "TITLE", "SatisfactionPaper"]
