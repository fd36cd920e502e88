"""The internal brief (内部简报, issue 17, DOMAIN §8): the case's story after a cancellation — the
customer de-identified, the key touchpoints in time order, the real reason found in the talk,
and the handling score from the fixed checklist, each item ticked or not. For the office only;
the one place the story lives."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import ACCENT, Styles, escape, mm
from anjia_desk.pdf.parts import ruled_table, section_bar
from anjia_desk.pdf.widgets import CheckLine, FormGrid

TITLE = "内部简报"


@dataclass(frozen=True)
class BriefLine:
    """One touchpoint: when, what kind, what happened (no name, phone, ID or address)."""

    when: str  # 2026-03-05 14:00
    kind: str  # 来访 / 跟进 / 风险标记 / 风险预警 / 交易 / 变更单
    text: str


@dataclass(frozen=True)
class BriefItem:
    text: str
    ticked: bool


@dataclass(frozen=True)
class BriefPaper:
    """Plain values to print, already de-identified."""

    code: str
    kind: str
    status: str
    customer: str  # 欧阳女士 / 客户
    unit: str
    stage: str
    reason_type: str
    tags: str
    fault: str
    within_72h: str
    outcome: str
    touchpoints: Sequence[BriefLine]
    real_reason: str
    talk_note: str
    checklist: Sequence[BriefItem]
    score: int
    scored_by: str = ""  # "林峰 2026-03-20 10:00", "" while not scored

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"变更单号 {self.code} · {self.kind} · 仅限内部使用"

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


class TickLine(CheckLine):
    """A checklist item: its box drawn, and a tick drawn in it when the item was done."""

    def __init__(self, markup: str, style: ParagraphStyle, *, ticked: bool) -> None:
        super().__init__(markup, style)
        self.ticked = ticked

    def draw(self) -> None:
        super().draw()
        if not self.ticked:
            return
        size = self.style.fontSize
        bottom = self.height - self.style.leading + (self.style.leading - size) * 0.5 + size * 0.02
        box = self.box
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.4)
        path = canv.beginPath()
        path.moveTo(box * 0.18, bottom + box * 0.5)
        path.lineTo(box * 0.42, bottom + box * 0.2)
        path.lineTo(box * 0.9, bottom + box * 0.92)
        canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()


def story(paper: BriefPaper, styles: Styles) -> list[Flowable]:
    def para(text: str) -> Paragraph:
        return Paragraph(escape(text), styles.body)

    head = FormGrid(styles, [24 * mm, None, 24 * mm, None], min_row_height=6.6 * mm)
    head.row("客户", paper.customer, "房源", paper.unit)
    head.row("变更类型", paper.kind, "状态", paper.status)
    head.row("申请时阶段", paper.stage, "72 小时内", paper.within_72h)
    head.row("原因类型", paper.reason_type or "—", "原因标签", paper.tags or "—")
    head.row("过错方", paper.fault, "洽谈结果", paper.outcome or "—")
    rows = [(line.when, line.kind, line.text) for line in paper.touchpoints]
    points: list[Flowable]
    if rows:
        points = [ruled_table(("时间", "类别", "经过"), rows, (30 * mm, 20 * mm, None), styles)]
    else:
        points = [Paragraph("没有记录的接触。", styles.small)]
    story_parts = [
        para("真实原因：" + (paper.real_reason or "（未记录）")),
        Spacer(1, 1 * mm),
        para("洽谈记录：" + (paper.talk_note or "（未记录）")),
    ]
    ticks: list[Flowable] = [
        TickLine(escape(item.text), styles.body, ticked=item.ticked) for item in paper.checklist
    ]
    hits = sum(1 for item in paper.checklist if item.ticked)
    score = f"处理评分：{paper.score} 分（{hits} / {len(paper.checklist)} 项）"
    score += f"　评分：{paper.scored_by}" if paper.scored_by else "　尚未评分"
    return [
        section_bar("一、概况（客户信息已去标识）", styles),
        head.table(),
        Spacer(1, 2 * mm),
        section_bar("二、关键接触（按时间）", styles),
        *points,
        Spacer(1, 2 * mm),
        section_bar("三、真实原因", styles),
        *story_parts,
        Spacer(1, 2 * mm),
        section_bar("四、处理评分", styles),
        *ticks,
        Spacer(1, 1.5 * mm),
        para(score),
    ]


__all__ = ["TITLE", "BriefItem", "BriefLine", "BriefPaper", "TickLine"]
