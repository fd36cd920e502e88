"""The complaint's handling form (投诉处理单, issue 18, DOMAIN §9): the case's number, intake with
its channel and referral, the 5W2H, nature and level with its owner and first-answer deadline,
the pauses and the level changes, the investigation by side, the finding and liability, the
solution with legal's and finance's review, the execution with its progress, the money paid, the
return visits by round and the closing — with lines for the handler's and the reviewer's
signatures. A long case flows onto a second page rather than being cut."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import CONTENT_WIDTH, INK, Styles, mm
from anjia_desk.pdf.parts import ruled_table, section_bar
from anjia_desk.pdf.widgets import FormGrid

TITLE = "投诉处理单"
ROW = 5.4 * mm
LABEL = 24 * mm


@dataclass(frozen=True)
class Review:
    """One side's review of the solution: who, when, their opinion ("" not yet)."""

    who: str = ""
    at: str = ""
    opinion: str = ""

    @property
    def text(self) -> str:
        if not self.at:
            return "未审核"
        return "　".join(part for part in (f"{self.who} {self.at}".strip(), self.opinion) if part)


@dataclass(frozen=True)
class ComplaintFormPaper:
    """Plain values to print, already in Chinese ("" for what is not known yet)."""

    code: str  # TS-000012
    status: str
    project: str
    unit: str
    customer: str  # 投诉人
    phone: str  # masked
    channel: str
    intake_at: str
    filed_by: str
    referral: str = ""  # 12345 热线 · 编号 … · 时限 …
    response: str = ""  # 到场/回电 who at
    # 5W2H
    happened: str = ""
    place: str = ""
    what: str = ""
    why: str = ""
    how_much: str = ""
    how_to_solve: str = ""
    # nature, level, the clock
    nature: str = ""
    point: str = ""
    level: str = ""
    owner: str = ""  # 分管副总（吴总）
    rule: str = ""  # 3 个工作日内
    due: str = ""  # 2026-10-09 10:00
    due_note: str = ""  # Deadline.note when a year is guessed; 暂停中
    answered: str = ""
    contacts: str = ""  # 工程部 / 施工单位 / 物业管家
    pauses: Sequence[tuple[str, str, str]] = ()  # (from, to, reason)
    levels: Sequence[tuple[str, str, str, str]] = ()  # (at, old → new, reason, who)
    notes: Sequence[tuple[str, str, str, str]] = ()  # (side, at, who, text)
    finding: str = ""
    liable: str = ""
    solution: str = ""
    solution_text: str = ""
    proposed: str = ""
    legal: Review = Review()
    finance: Review = Review()
    refused: str = ""
    change_order: str = ""
    executor: str = ""
    execute_due: str = ""
    acceptance: str = ""
    executed: str = ""
    progress: Sequence[tuple[str, str, str]] = ()  # (at, who, text)
    payments: Sequence[
        tuple[str, str, str, str, str]
    ] = ()  # (kind, liable, amount, approvals, voucher)
    visits: Sequence[tuple[str, str, str, str, str]] = ()  # (round, at, way · who, score, words)
    round: int = 1
    visit_due: str = ""
    signed_on: str = ""
    closed: str = ""
    close_reason: str = ""

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"投诉编号 {self.code} · {self.status}"

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def _grid(styles: Styles) -> FormGrid:
    return FormGrid(styles, [LABEL, None, LABEL, None], min_row_height=ROW)


def _tight(grid: FormGrid) -> Table:
    """The grid with less padding, so a whole case fits on a page more often."""
    table = grid.table()
    table.setStyle(
        TableStyle(
            [("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]
        )
    )
    return table


def _signatures(styles: Styles) -> Table:
    """One line for the handler's and the reviewer's hand-written signatures and dates."""
    label, day, gap = 22 * mm, 10 * mm, 6 * mm
    line = (CONTENT_WIDTH - 2 * (label + day) - gap) / 4
    cells: list[object] = []
    for who in ("经办人签字：", "审核人签字："):
        if cells:
            cells.append("")
        cells += [Paragraph(who, styles.body), "", Paragraph("日期：", styles.body), ""]
    widths = [label, line, day, line, gap, label, line, day, line]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    rules = [("LINEBELOW", (col, 0), (col, 0), 0.6, INK) for col in (1, 3, 6, 8)]
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                *rules,
            ]
        )
    )
    return table


def story(paper: ComplaintFormPaper, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []

    def block(title: str, *body: Flowable) -> None:
        out.extend([CondPageBreak(22 * mm), section_bar(title, styles), *body, Spacer(1, 1 * mm)])

    def table(
        header: Sequence[str], rows: Sequence[Sequence[str]], widths: list[float | None]
    ) -> Flowable:
        return ruled_table(header, rows, widths, styles)

    head = _grid(styles)
    head.row("项目", paper.project, "房源", paper.unit or "—")
    head.row("投诉人", paper.customer, "联系电话", paper.phone or "—")
    head.row("受理渠道", paper.channel, "受理时间", paper.intake_at)
    if paper.referral:
        head.row("转办", paper.referral)
    head.row("受理人", paper.filed_by or "—", "到场/回电", paper.response or "未记录")
    head.row("发生时间", paper.happened or "—", "地点", paper.place or "—")
    head.row("投诉内容", paper.what)
    head.row("原因", paper.why or "—", "涉及金额/范围", paper.how_much or "—")
    head.row("客户诉求", paper.how_to_solve or "—")
    block("一、受理与投诉情况（5W2H）", _tight(head))

    level = _grid(styles)
    level.row("性质", f"{paper.nature}　投诉点：{paper.point or '—'}", "等级", paper.level)
    level.row("负责人", paper.owner, "答复时限", paper.rule)
    due = paper.due + (f"　{paper.due_note}" if paper.due_note else "")
    level.row("首次答复期限", due)
    level.row("首次答复", paper.answered or "未答复")
    if paper.contacts:
        level.row("协同联系人", paper.contacts)
    body: list[Flowable] = [_tight(level)]
    if paper.pauses:
        pause_header = ("暂停", "恢复", "暂停原因（等待客户）")
        body += [Spacer(1, 1.5 * mm), table(pause_header, paper.pauses, [34 * mm, 34 * mm, None])]
    if paper.levels:
        header = ("调整时间", "等级变化", "原因", "经办人")
        body += [
            Spacer(1, 1.5 * mm),
            table(header, paper.levels, [30 * mm, 26 * mm, None, 24 * mm]),
        ]
    block("二、性质、等级与时限", *body)

    invest: list[Flowable] = []
    if paper.notes:
        invest.append(table(("证据来源", "时间", "记录人", "调查记录"), paper.notes,
                            [24 * mm, 30 * mm, 20 * mm, None]))  # fmt: skip
        invest.append(Spacer(1, 1.5 * mm))
    plan = _grid(styles)
    plan.row("调查结论", paper.finding or "—", "责任方", paper.liable or "—")
    plan.row("处理方案", paper.solution or "未提出", "提交", paper.proposed or "—")
    if paper.solution_text:
        plan.row("方案说明", paper.solution_text)
    plan.row("法务审核", paper.legal.text, "财务审核", paper.finance.text)
    if paper.refused:
        plan.row("方案退回", paper.refused)
    if paper.change_order:
        plan.row("变更单", paper.change_order)
    invest.append(_tight(plan))
    block("三、调查（客户材料 / 案场记录 / 第三方检测）与处理方案", *invest)

    run = _grid(styles)
    run.row("执行责任人", paper.executor or "—", "执行期限", paper.execute_due or "—")
    run.row("验收标准", paper.acceptance or "—")
    run.row("执行完成", paper.executed or "未完成", "确认单签字", paper.signed_on or "未签")
    execution: list[Flowable] = [_tight(run)]
    if paper.progress:
        progress_header = ("时间", "记录人", "执行进度")
        execution += [
            Spacer(1, 1.5 * mm),
            table(progress_header, paper.progress, [30 * mm, 20 * mm, None]),
        ]
    block("四、执行", *execution)

    if paper.payments:
        block("五、赔付", table(("性质", "责任方", "金额（元）", "审批", "凭证"), paper.payments,
                              [16 * mm, 18 * mm, 24 * mm, None, 40 * mm]))  # fmt: skip

    visits: list[Flowable] = []
    if paper.visits:
        visits.append(table(("轮次", "回访时间", "方式 · 回访人", "满意度", "客户意见"),
                            paper.visits, [12 * mm, 28 * mm, 38 * mm, 16 * mm, None]))  # fmt: skip
        visits.append(Spacer(1, 1.5 * mm))
    close = _grid(styles)
    close.row("处理轮次", f"第 {paper.round} 轮", "回访期限", paper.visit_due or "—")
    close.row("办结", paper.closed or "未办结", "办结说明", paper.close_reason or "—")
    visits.append(_tight(close))
    block("六、回访与办结", *visits)

    out.append(_signatures(styles))
    return out


__all__ = ["TITLE", "ComplaintFormPaper", "Review"]
