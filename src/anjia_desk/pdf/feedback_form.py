"""The return visit's feedback form (回访表, issue 18, DOMAIN §9): each rated item with boxes 1–5,
satisfaction = average ÷ 5 against the 80% rule, and the customer's words. Filled from the
latest visit when there is one (the chosen box ticked, the figures written in), blank otherwise
for writing by hand."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from anjia_desk.pdf.change_brief import TickLine
from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import ACCENT, CONTENT_WIDTH, LABEL_FILL, RULE, Styles, escape, mm
from anjia_desk.pdf.parts import section_bar, signature_lines
from anjia_desk.pdf.widgets import FormGrid

TITLE = "回访表"
ROW = 7.2 * mm
RULE_TEXT = (
    "满意度 = 各项评分的平均分 ÷ 5。达到 80% 为满意，可办结；低于 80% 进入下一轮处理，"
    "直至达到 80%，或由案场经理注明原因后办结。"
)


@dataclass(frozen=True)
class FeedbackPaper:
    """Plain values to print; `ratings` (item label, 1–5 or None) in VISIT_ITEMS order."""

    code: str
    project: str
    unit: str
    customer: str
    complaint: str
    solution: str
    round: int
    ratings: Sequence[tuple[str, int | None]]
    visit: str = ""  # 电话回访 · 刘经理 · 2026-03-12 10:00 ("" blank form)
    average: str = ""  # 4.25
    score: str = ""  # 85%
    verdict: str = ""  # 满意（≥ 80%） / 未达 80%，进入第 2 轮
    comment: str = ""

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"投诉编号 {self.code} · 第 {self.round} 轮回访"

    def story(self, sheet: Sheet) -> list[Flowable]:
        styles = sheet.styles
        head = FormGrid(styles, [24 * mm, None, 24 * mm, None], min_row_height=ROW)
        head.row("投诉编号", self.code, "项目", self.project)
        head.row("客户", self.customer, "房源", self.unit or "—")
        head.row("投诉内容", self.complaint)
        head.row("处理方案", self.solution or "—")
        head.row("回访", self.visit or "电话 / 上门 / 线上（圈选）　回访人：　　　　　　时间：")
        out: list[Flowable] = [section_bar("基本情况", styles), head.table(), Spacer(1, 3 * mm)]
        out += [section_bar("评分（1 很不满意 … 5 很满意）", styles), _ratings(self, styles)]
        out.append(Spacer(1, 2 * mm))
        score = FormGrid(styles, [24 * mm, None, 24 * mm, None], min_row_height=ROW)
        score.row("平均分", self.average, "满意度", self.score)
        score.row("结论", self.verdict or "满意（≥ 80%） / 未达 80%，进入下一轮处理（圈选）")
        out += [score.table(), Paragraph(escape(RULE_TEXT), styles.small), Spacer(1, 3 * mm)]
        words = FormGrid(styles, [24 * mm, None], min_row_height=ROW)
        words.row("客户意见", self.comment, height=None if self.comment else 24 * mm)
        out += [section_bar("客户的话", styles), words.table(), Spacer(1, 2 * mm)]
        out.append(signature_lines([("客户签字", "日期"), ("回访人签字", "日期")], styles))
        return out


def _ratings(paper: FeedbackPaper, styles: Styles) -> Table:
    label_w, score_w = 34 * mm, 18 * mm
    box_w = (CONTENT_WIDTH - label_w - score_w) / 5
    rows: list[list[object]] = [
        [Paragraph("评价项目", styles.label)]
        + [Paragraph(str(n), styles.label) for n in range(1, 6)]
        + [Paragraph("得分", styles.label)]
    ]
    for label, value in paper.ratings:
        boxes = [TickLine(f"{n} 分", styles.body, ticked=value == n) for n in range(1, 6)]
        rows.append(
            [Paragraph(escape(label), styles.body), *boxes,
             Paragraph("" if value is None else str(value), styles.body)]
        )  # fmt: skip
    table = Table(
        rows,
        colWidths=[label_w] + [box_w] * 5 + [score_w],
        minRowHeights=[0] + [ROW] * (len(rows) - 1),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
                ("BACKGROUND", (0, 1), (0, -1), LABEL_FILL),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BOX", (0, 0), (-1, -1), 1.1, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


__all__ = ["RULE_TEXT", "TITLE", "FeedbackPaper"]
