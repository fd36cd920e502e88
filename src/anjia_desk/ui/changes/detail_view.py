"""What the change-order window shows of services.change_views.ChangeDetail (issue 17): the
request's facts, with the customer's risk marks and warnings beside them (for the conversation
only — never in the money), the reason type's suggested handling, the money table line by line
with its rule in words, the amount due (and the adjusted figure with its reason), who did each
step and when, the steps needed after 签约 and those done, the refund vouchers, and the brief's
score and the gift."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.changes import STEP_LABELS, ChangeKind
from anjia_desk.core.refund_money import RefundLine
from anjia_desk.services.change_views import ChangeDetail, StepLine
from anjia_desk.services.refund_vouchers import VoucherLine
from anjia_desk.ui import palette
from anjia_desk.ui.deals.format import INACTIVE_ROW, RIGHT, make_table
from anjia_desk.ui.formatting import format_day, format_local
from anjia_desk.ui.forms import money_text, yuan
from anjia_desk.ui.tables import Column, ColumnTableModel

_WARN = (
    f"QLabel{{background:{palette.WARNING_TINT};color:{palette.WARNING};"
    "border:1px solid #ffe082;border-radius:4px;padding:6px 10px;}"
)


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MoneyModel(ColumnTableModel[RefundLine]):
    """The money table: every amount received, by nature, and what happens to it, with the rule
    in words beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("label", "款项", lambda r: r.label),
                Column("paid_on", "交款日期", lambda r: format_day(r.paid_on)),
                Column("received", "已收", lambda r: money_text(r.received), align=RIGHT),
                Column("returned", "退还", lambda r: money_text(r.returned), align=RIGHT),
                Column("kept", "不退", lambda r: money_text(r.kept) if r.kept else "", align=RIGHT),
                Column(
                    "interest",
                    "利息",
                    lambda r: money_text(r.interest) if r.interest else "",
                    align=RIGHT,
                ),
                Column("rule", "依据", lambda r: r.rule, tooltip=lambda r: r.rule),
            ],
            parent,
        )


class StepsModel(ColumnTableModel[StepLine]):
    """The steps needed after 签约: done (who, when) or still to do."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        self.zone = zone
        super().__init__(
            [
                Column("step", "步骤", lambda r: STEP_LABELS[r.step]),
                Column("done", "完成时间", lambda r: format_local(r.done_at, self.zone)),
                Column("by", "办理人", lambda r: r.user_name),
                Column("note", "备注", lambda r: r.note),
            ],
            parent,
        )

    def row_foreground(self, row: StepLine) -> QColor | None:
        return None if row.done_at is not None else QColor(palette.WARNING)


@dataclass(frozen=True)
class TrailLine:
    """One step of the order's way: what, when and by whom ("2026-12-01 10:00 孙强"), a note."""

    what: str
    stamp: str
    note: str = ""


def trail_of(d: ChangeDetail) -> list[TrailLine]:
    """Who did what on the order, and when, in the order's way; steps not taken left out."""
    notes = {
        "洽谈": f"{d.talk_outcome.label}：{d.talk_note}" if d.talk_outcome else d.talk_note,
        "审核": d.review_note,
        "驳回": d.reject_reason,
        "撤回": d.withdraw_reason,
    }
    lines = [TrailLine(what, stamp, notes.get(what, "")) for what, stamp in d.who.items() if stamp]
    if d.legal_confirmed:
        lines.append(TrailLine("法务确认", d.legal_confirmed))
    return lines


class TrailModel(ColumnTableModel[TrailLine]):
    """Who did what on the order, and when (登记, 洽谈, 审核, 审批, 执行, 办结 …)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("what", "环节", lambda r: r.what),
                Column("stamp", "时间、经办人", lambda r: r.stamp),
                Column("note", "说明", lambda r: r.note, tooltip=lambda r: r.note),
            ],
            parent,
        )


def voucher_state(line: VoucherLine) -> str:
    if line.voided_at is not None:
        return f"已作废（{line.void_reason}）" if line.void_reason else "已作废"
    if line.confirmed_at is not None:
        return f"财务已确认（{line.confirmed_by}）"
    return "待财务确认"


class VouchersModel(ColumnTableModel[VoucherLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("code", "凭证号", lambda r: r.code),
                Column("paid_on", "付款日期", lambda r: format_day(r.paid_on)),
                Column("amount", "金额", lambda r: money_text(r.amount), align=RIGHT),
                Column("payee", "收款人", lambda r: r.payee),
                Column("method", "方式", lambda r: r.method),
                Column("cashier", "出纳", lambda r: r.cashier_name),
                Column("state", "状态", voucher_state),
            ],
            parent,
        )

    def row_foreground(self, row: VoucherLine) -> QColor | None:
        return INACTIVE_ROW if row.voided_at is not None else None


class RequestPanel(QWidget):
    """申请: the request's facts on the left; the customer's risk marks and warnings, and the
    reason type's suggested handling, on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        facts_box = QGroupBox("申请")
        self.facts = QFormLayout(facts_box)
        row.addWidget(facts_box, 3)
        side = QVBoxLayout()
        handling_box = QGroupBox("建议处理")
        self.handling_label = wrapped()
        QVBoxLayout(handling_box).addWidget(self.handling_label)
        risk_box = QGroupBox("客户风险标记与预警（仅供洽谈参考，不影响退款）")
        self.risk_label = wrapped()
        QVBoxLayout(risk_box).addWidget(self.risk_label)
        side.addWidget(handling_box)
        side.addWidget(risk_box)
        side.addStretch(1)
        row.addLayout(side, 2)
        self.values: dict[str, QLabel] = {}

    def show_detail(self, d: ChangeDetail, zone: ZoneInfo) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self.values = {}
        for key, label, text in facts_of(d, zone):
            value = wrapped(text)
            self.values[key] = value
            self.facts.addRow(label, value)
        self.handling_label.setText(d.handling or "—")
        marks = [f"• {format_day(line.day)} {line.text}" for line in d.risks]
        self.risk_label.setText("\n".join(marks) if marks else "无")
        self.risk_label.setStyleSheet(_WARN if marks else "")


def swap_text(d: ChangeDetail) -> str:
    method = f"，{d.new_payment_method.label}" if d.new_payment_method else ""
    old = f"（{yuan(d.old_price)}）" if d.old_price is not None else ""
    new = f"（{yuan(d.new_price)}{method}）" if d.new_price is not None else method
    return f"{d.old_unit}{old} → {d.new_unit}{new}"


def rename_text(d: ChangeDetail) -> str:
    mode = d.rename_mode.label if d.rename_mode else "更名"
    new = f"{d.new_buyer}（{d.new_buyer_id_masked}）" if d.new_buyer_id_masked else d.new_buyer
    consent = f"；原买受人 {format_day(d.consent_on)} 书面同意" if d.consent_on else ""
    relation = f"，{d.relation}" if d.relation else ""
    qualification = f"；资格审核：{d.qualification_note}" if d.qualification_note else ""
    return f"{mode}：{d.old_buyer} → {new}{relation}{consent}{qualification}"


def notice_text(d: ChangeDetail) -> str:
    if d.notice_at is None:
        return "解除合同通知书尚未出具"
    reached = (
        f"，{format_day(d.notice_reached_on)} 送达买受人（合同自该日解除）"
        if d.notice_reached_on
        else "，尚未登记送达"
    )
    tracking = f" {d.notice_tracking}" if d.notice_tracking else ""
    return f"已出具；{d.notice_delivery.label}{tracking}{reached}"


def facts_of(d: ChangeDetail, zone: ZoneInfo) -> list[tuple[str, str, str]]:
    """(key, label, text) of the request's facts, those that apply to the order's kind."""
    r = d.row
    early = "（签约后72小时内）" if r.within_72h else ""
    rows = [
        ("requested", "收到书面申请：", f"{format_local(r.requested_at, zone)}{early}"),
        ("stage", "申请时交易阶段：", d.stage_at_request.label),
    ]
    if r.kind.is_refund:
        rows += [
            ("reason", "原因类型：", r.reason_type.label if r.reason_type else "—"),
            ("tags", "原因标签：", "、".join(d.tags) or "—"),
            ("fault", "过错方：", r.fault.label),
        ]
    if d.ground_label:
        check = f"\n系统核对：{d.ground_check}" if d.ground_check else ""
        rows.append(("ground", "依据：", f"{d.ground_label}：{d.ground_note}{check}"))
    if r.kind is ChangeKind.TERMINATE:
        rows.append(("notice", "解除通知：", notice_text(d)))
    if r.kind is ChangeKind.SWAP:
        rows.append(("swap", "换房：", swap_text(d)))
    if r.kind is ChangeKind.RENAME:
        rows.append(("rename", "更名：", rename_text(d)))
    if d.real_reason:
        rows.append(("real_reason", "真实原因：", d.real_reason))
    if d.note:
        rows.append(("note", "备注：", d.note))
    return rows


def money_summary(d: ChangeDetail) -> str:
    """The totals under the money table: received, returned, kept, interest, due and paid."""
    if not d.row.kind.is_refund:
        return "本单不涉及退款（款项按原性质转入变更后的交易）。"
    t = d.table
    parts = [
        f"已收合计 {yuan(t.received)}",
        f"按规则应退 {yuan(t.returned)}",
        f"不退 {yuan(t.kept)}",
    ]
    if t.interest:
        parts.append(f"其中利息 {yuan(t.interest)}")
    if t.penalty:
        parts.append(f"扣违约金 {yuan(t.penalty)}")
    text = "；".join(parts) + "。"
    if d.override_amount is not None:
        text += f"\n调整后应退 {yuan(d.override_amount)}（原因：{d.override_reason}）"
    left = d.row.due - d.row.refunded
    text += f"\n应退金额 {yuan(d.row.due)}，已退 {yuan(d.row.refunded)}，尚未退还 {yuan(left)}。"
    if d.refund_due_on is not None:
        text += f" 最迟 {format_day(d.refund_due_on)} 前退还。"
    if t.notes:
        text += "\n" + "\n".join(t.notes)
    return text


class MoneyPanel(QWidget):
    """款项: `money_model` in `money_table`, each line's rule in full in `rules_label`,
    `summary_label`; `vouchers_model` in `vouchers_table`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.money_model = MoneyModel(self)
        self.money_table = make_table(self.money_model)
        layout.addWidget(self.money_table, 3)
        self.rules_label = wrapped()  # each line's rule in full (the column may cut it)
        self.rules_label.setProperty("role", "hint")
        layout.addWidget(self.rules_label)
        self.summary_label = wrapped()
        self.summary_label.setStyleSheet("font-weight:bold;")
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel("退款凭证"))
        self.vouchers_model = VouchersModel(self)
        self.vouchers_table = make_table(self.vouchers_model)
        layout.addWidget(self.vouchers_table, 2)

    def show_detail(self, d: ChangeDetail) -> None:
        lines = d.table.lines if d.row.kind.is_refund else ()
        self.money_model.set_rows(lines)
        self.rules_label.setText("\n".join(f"{line.label}：{line.rule}" for line in lines))
        self.rules_label.setVisible(bool(lines))
        self.summary_label.setText(money_summary(d))
        self.vouchers_model.set_rows(d.vouchers)


class ProgressPanel(QWidget):
    """流程: `trail_model` (who did what, when), `steps_model` (the steps after 签约), and
    `brief_label` (the brief's score, the gift, the contract's archive, a dispute)."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("经办记录"))
        self.trail_model = TrailModel(self)
        self.trail_table = make_table(self.trail_model)
        layout.addWidget(self.trail_table, 3)
        layout.addWidget(QLabel("签约后须办理的步骤"))
        self.steps_model = StepsModel(zone, self)
        self.steps_table = make_table(self.steps_model)
        layout.addWidget(self.steps_table, 2)
        self.brief_label = wrapped()
        layout.addWidget(self.brief_label)

    def show_detail(self, d: ChangeDetail, zone: ZoneInfo) -> None:
        self.steps_model.zone = zone
        self.trail_model.set_rows(trail_of(d))
        self.steps_model.set_rows(d.steps)
        lines = []
        if d.score is not None:
            lines.append(f"内部简报处理评分：{d.score} 分")
        if d.gift:
            lines.append(f"礼品：{d.gift}（{format_day(d.gift_on)}）")
        if d.contract_recovered_on is not None:
            archive = f"，档案编号 {d.archive_no}" if d.archive_no else ""
            lines.append(f"合同已于 {format_day(d.contract_recovered_on)} 收回{archive}")
        if d.forum_label:
            lines.append(f"已标记争议：{d.forum_label}")
        self.brief_label.setText("\n".join(lines))
