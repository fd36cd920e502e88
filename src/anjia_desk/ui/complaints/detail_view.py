"""What the complaint window shows of services.complaint_views.ComplaintDetail (issue 18): the
clocks in words (the first answer's deadline with the words of the 工作台, the guessed-year note
beside the date, 暂停中; the response clock while it runs), and the tabs — 受理信息 (5W2H, the
channel or the referring body, the contacts; for a 承诺 case whether the deal's 风险告知书 was
signed, as a fact), 调查 (notes by side), 方案与审核, 执行, 赔付, 回访 (by round) and 处理记录."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.complaint_kinds import EVIDENCE_SIDES, ComplaintStatus, NoteKind
from anjia_desk.core.complaints import SATISFIED, Channel, Level, time_left
from anjia_desk.services.complaint_money import PaymentLine
from anjia_desk.services.complaint_views import ComplaintDetail
from anjia_desk.ui import palette
from anjia_desk.ui.complaints.detail_tables import (
    HistoryModel,
    NotesModel,
    PaymentsModel,
    VisitsModel,
    percent,
)
from anjia_desk.ui.deals.format import make_table
from anjia_desk.ui.formatting import format_day, format_local
from anjia_desk.ui.forms import yuan

#: The level's colour in the header: 一级 red, 二级 amber, 三级 the plain blue.
LEVEL_COLOURS = {
    Level.MAJOR: palette.ERROR,
    Level.GENERAL: palette.WARNING,
    Level.MINOR: palette.INFO,
}


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def tinted(colour: str, tint: str) -> str:
    return (
        f"QLabel{{background:{tint};color:{colour};border-radius:4px;padding:4px 8px;"
        "font-weight:bold;}"
    )


# --- the clocks in words


def clock_text(d: ComplaintDetail) -> str:
    """The first answer: "首次答复时限 2026-11-23 15:00（3 个工作日内）还剩 2 天 …" with the
    guessed-year note; once answered, when and whether on time."""
    c = d.clock
    due = f"{d.deadline.due_at:%Y-%m-%d %H:%M}"
    note = f"（{c.note}）" if c.note else ""
    if d.answered_at is not None:
        return f"首次答复：{d.answered_at:%Y-%m-%d %H:%M}，{c.words}（时限 {due}{note}）"
    return f"首次答复时限：{due}{note}（{d.level.rule_text}）  {c.words}"


def clock_style(d: ComplaintDetail) -> str:
    c = d.clock
    if d.answered_at is not None:
        late = "超时" in c.words
        return (
            tinted(palette.ERROR, palette.ERROR_TINT)
            if late
            else tinted(palette.OK, palette.OK_TINT)
        )
    if c.paused:
        return tinted(palette.WARNING, palette.WARNING_TINT)
    if c.overdue:
        return tinted(palette.ERROR, palette.ERROR_TINT)
    return tinted(palette.INFO, palette.INFO_TINT)


def response_text(d: ComplaintDetail, now: datetime) -> str:
    """The response clock while it runs (到场 10 分钟 / 回电 1 小时), or when it was done; a
    referred case answers by the body's own deadline."""
    word = "到场" if d.channel is Channel.ON_SITE else "回电"
    if d.channel is Channel.REFERRED:
        if d.referred_due_at is None:
            return ""
        body = d.referrer.label if d.referrer else "转办单位"
        return f"{body}要求 {d.referred_due_at:%Y-%m-%d %H:%M} 前答复（{d.referred_ref}）"
    if d.responded_at is not None:
        late = d.response_due is not None and d.responded_at > d.response_due
        return f"已{word}：{d.responded_at:%Y-%m-%d %H:%M}" + ("（超时）" if late else "")
    if d.response_due is None or d.status is ComplaintStatus.CLOSED:
        return ""
    local_now = now.astimezone(d.response_due.tzinfo)
    return f"{word}时限：{d.response_due:%Y-%m-%d %H:%M}  {time_left(d.response_due, local_now)}"


def response_late(d: ComplaintDetail, now: datetime) -> bool:
    return (
        d.channel is not Channel.REFERRED
        and d.responded_at is None
        and d.response_due is not None
        and d.status is not ComplaintStatus.CLOSED
        and now > d.response_due
    )


# --- 受理信息


def intake_rows(d: ComplaintDetail, zone: ZoneInfo) -> list[tuple[str, str, str]]:
    """(key, label, text) of the intake: the channel, 5W2H, contacts and the people around it."""
    channel = d.channel.label
    if d.channel is Channel.REFERRED and d.referrer is not None:
        due = f"，要求 {d.referred_due_at:%Y-%m-%d %H:%M} 前答复" if d.referred_due_at else ""
        channel = f"{channel}：{d.referrer.label} {d.referred_ref}{due}"
    group = f"（群体投诉，{d.group_size} 人）" if d.group_size > 1 else ""
    rows = [
        ("intake", "受理时间：", f"{format_local(d.intake_at, zone)}（{d.filed_by} 受理）"),
        ("channel", "渠道：", channel),
        ("who", "投诉人（谁）：", f"{d.who}{group}"),
        ("phone", "联系电话：", d.contact_phone or "—"),
        ("unit", "房号：", d.unit or "—"),
        ("when", "何时发生：", d.happened or "—"),
        ("where", "何地：", d.place or "—"),
        ("what", "什么事：", d.what),
        ("why", "为什么：", d.why or "—"),
        ("how_much", "涉及多少：", d.how_much or "—"),
        ("how", "客户诉求（怎么解决）：", d.how_to_solve or "—"),
        ("nature", "性质：", d.nature.label + (f"，投诉点：{d.point}" if d.point else "")),
    ]
    if d.media_risk:
        rows.append(("media", "媒体风险：", "有媒体关注风险（一级）"))
    if d.risk_notice_signed is not None:
        signed = "已签署" if d.risk_notice_signed else "未签署"
        rows.append(("risk_notice", "风险告知书：", f"该交易的风险告知书{signed}（仅为事实记录）"))
    people = [
        f"{label}：{value}"
        for label, value in (
            ("工程", d.engineer),
            ("施工单位", d.contractor),
            ("物业管家", d.butler),
        )
        if value
    ]
    if people:
        rows.append(("people", "相关人员：", "，".join(people)))
    if d.multi_department:
        rows.append(("multi", "跨部门：", "涉及多个部门，每周通报进展"))
    if d.answer_note:
        rows.append(("answer", "首次答复内容：", d.answer_note))
    if d.response_note:
        rows.append(("response", "到场/回电说明：", d.response_note))
    if d.pauses:
        lines = [
            f"{format_local(p.started_at, zone)} — "
            f"{format_local(p.ended_at, zone) if p.ended_at else '暂停中'}：{p.reason}"
            for p in d.pauses
        ]
        rows.append(("pauses", "暂停计时：", "\n".join(lines)))
    return rows


class FactsForm(QWidget):
    """A form of (label, value) rows, rebuilt on each read; `values[key]` the value labels."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(title) if title else QWidget()
        self.form = QFormLayout(box)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(box)
        self.values: dict[str, QLabel] = {}

    def show_rows(self, rows: list[tuple[str, str, str]]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values = {}
        for key, label, text in rows:
            value = wrapped(text)
            self.values[key] = value
            self.form.addRow(label, value)


class IntakePanel(QScrollArea):
    """受理信息: `facts` (FactsForm; `facts.values["risk_notice"]` for a 承诺 case)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.facts = FactsForm()
        self.setWidget(self.facts)

    def show_detail(self, d: ComplaintDetail, zone: ZoneInfo) -> None:
        self.facts.show_rows(intake_rows(d, zone))
        label = self.facts.values.get("risk_notice")
        if label is not None and not d.risk_notice_signed:
            label.setStyleSheet(f"color:{palette.WARNING};")


class InvestigationPanel(QWidget):
    """调查: `sides_label` (how many notes from each of the three sides) over `notes_model`
    (调查 and 沟通 notes)."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.sides_label = wrapped()
        layout.addWidget(self.sides_label)
        self.notes_model = NotesModel(zone, self)
        self.notes_table = make_table(self.notes_model)
        layout.addWidget(self.notes_table, 1)

    def show_detail(self, d: ComplaintDetail, zone: ZoneInfo) -> None:
        self.notes_model.zone = zone
        notes = [n for n in d.notes if n.kind in (NoteKind.INVESTIGATION, NoteKind.CONTACT)]
        count = Counter(n.side for n in notes if n.kind is NoteKind.INVESTIGATION)
        missing = [side.label for side in EVIDENCE_SIDES if not count[side]]
        text = "证据来源：" + "　".join(f"{s.label} {count[s]} 条" for s in EVIDENCE_SIDES)
        if missing and d.status is ComplaintStatus.OPEN:
            text += f"（尚无{'、'.join(missing)}）"
        self.sides_label.setText(text)
        self.notes_model.set_rows(notes)


def solution_rows(d: ComplaintDetail) -> list[tuple[str, str, str]]:
    rows = [
        ("finding", "调查结论：", d.finding or "—"),
        ("liable", "责任方：", d.liable.label if d.liable else "未认定"),
        ("solution", "处理方案：", d.solution.label if d.solution else "尚未提交"),
    ]
    if d.solution_text:
        rows.append(("text", "方案内容：", d.solution_text))
    if d.proposed_at is not None:
        rows.append(("proposed", "提交时间：", f"{d.proposed_at:%Y-%m-%d %H:%M}"))
    waiting = "待审核" if d.status is ComplaintStatus.REVIEW else "—"
    rows += [
        ("legal", "法务审核：", d.legal or waiting),
        ("finance", "财务审核：", d.finance or waiting),
    ]
    if d.refuse_reason:
        rows.append(("refused", "退回原因：", d.refuse_reason))
    return rows


class SolutionPanel(QScrollArea):
    """方案与审核: `facts`, and `change_button` (the change order's code) when one was opened —
    it opens the order's window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from anjia_desk.ui.deals.format import make_button

        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.facts = FactsForm()
        layout.addWidget(self.facts)
        self.change_button = make_button("", visible=False)
        layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setWidget(inner)

    def show_detail(self, d: ComplaintDetail) -> None:
        self.facts.show_rows(solution_rows(d))
        refused = self.facts.values.get("refused")
        if refused is not None:
            refused.setStyleSheet(f"color:{palette.ERROR};")
        self.change_button.setText(f"变更单 {d.change_order} …" if d.change_order else "")
        self.change_button.setVisible(bool(d.change_order))


def execution_rows(d: ComplaintDetail, zone: ZoneInfo) -> list[tuple[str, str, str]]:
    rows = [
        ("round", "处理轮次：", f"第 {d.round} 轮"),
        ("executor", "执行责任人：", d.executor or "尚未安排"),
        ("due", "执行期限：", format_day(d.execute_due_on) or "—"),
        ("acceptance", "验收标准：", d.acceptance or "—"),
        ("executed", "执行完成：", format_local(d.executed_at, zone) or "—"),
    ]
    if d.visit_due_on is not None:
        rows.append(
            ("visit_due", "回访期限：", f"{format_day(d.visit_due_on)} 前（执行后 3 个工作日内）")
        )
    if d.confirmation_signed_on is not None:
        rows.append(
            ("signed", "满意度确认单：", f"{format_day(d.confirmation_signed_on)} 客户签字")
        )
    return rows


class ExecutionPanel(QWidget):
    """执行: `facts` (who, by when, the acceptance standard, done, the visit's day) over
    `progress_model` (the progress notes)."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.facts = FactsForm()
        layout.addWidget(self.facts)
        layout.addWidget(QLabel("执行进度"))
        self.progress_model = NotesModel(zone, self)
        self.progress_table = make_table(self.progress_model)
        layout.addWidget(self.progress_table, 1)

    def show_detail(self, d: ComplaintDetail, zone: ZoneInfo) -> None:
        self.progress_model.zone = zone
        self.facts.show_rows(execution_rows(d, zone))
        self.progress_model.set_rows([n for n in d.notes if n.kind is NoteKind.PROGRESS])


@dataclass(frozen=True)
class CaseDetail(ComplaintDetail):
    """The case as the window reads it: ComplaintDetail and its money requests in full
    (services.complaint_money.payment_lines: approvals, voucher, state)."""

    payments: list[PaymentLine] = field(default_factory=list)


def case_detail(detail: ComplaintDetail, payments: list[PaymentLine]) -> CaseDetail:
    values = {f.name: getattr(detail, f.name) for f in fields(detail)}
    return CaseDetail(**values, payments=payments)


def money_summary(lines: list[PaymentLine]) -> str:
    if not lines:
        return "本投诉没有赔偿或补偿。"
    live = [p for p in lines if not p.state.rejected and not p.state.voided]
    paid = sum((p.amount for p in live if p.state.paid), Decimal(0))
    waiting = [p for p in live if p.waiting]
    text = f"共 {len(lines)} 笔；已支付 {yuan(paid)}"
    if waiting:
        text += f"，{len(waiting)} 笔待审批"
    return text + "。超过审批额度的须分管副总审批；施工单位责任须有书面确认或监理确认。"


class MoneyPanel(QWidget):
    """赔付: `payments_model` (each request with its approvals and voucher) in
    `payments_table` — the money buttons act on the selected line — and `summary_label`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.payments_model = PaymentsModel(self)
        self.payments_table = make_table(self.payments_model)
        layout.addWidget(self.payments_table, 1)
        self.summary_label = wrapped()
        layout.addWidget(self.summary_label)

    def show_detail(self, d: CaseDetail) -> None:
        self.payments_model.set_rows(d.payments)
        self.summary_label.setText(money_summary(d.payments))


class VisitsPanel(QWidget):
    """回访: `rule_label` (the 80% rule and where the case stands) over `visits_model`."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.rule_label = wrapped()
        layout.addWidget(self.rule_label)
        self.visits_model = VisitsModel(zone, self)
        self.visits_table = make_table(self.visits_model)
        layout.addWidget(self.visits_table, 1)

    def show_detail(self, d: ComplaintDetail, zone: ZoneInfo) -> None:
        self.visits_model.zone = zone
        self.visits_model.set_rows(d.visits)
        rule = (
            f"满意度 = 各项平均分 ÷ 5；达到 {percent(SATISFIED)} 方可办结，未达到则开启下一轮处理。"
        )
        if d.visits:
            last = d.visits[-1]
            rule += f"\n最近一次（第 {last.round} 轮）：{percent(last.score)}"
        self.rule_label.setText(rule)


class HistoryPanel(QWidget):
    """处理记录: every step of the case, who and when (level changes with their reasons)."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.history_model = HistoryModel(zone, self)
        self.history_table = make_table(self.history_model)
        layout.addWidget(self.history_table, 1)
        self.closing_label = wrapped()
        layout.addWidget(self.closing_label)

    def show_detail(self, d: ComplaintDetail, zone: ZoneInfo) -> None:
        self.history_model.zone = zone
        self.history_model.set_rows(d.history)
        lines = []
        if d.closed_at is not None:
            reason = f"（{d.close_reason}）" if d.close_reason else ""
            lines.append(f"{format_local(d.closed_at, zone)} 办结{reason}")
        if d.lesson:
            lines.append(f"案例总结：{d.lesson}")
        self.closing_label.setText("\n".join(lines))
        self.closing_label.setVisible(bool(lines))
