"""The tables of the complaint window (issue 18): notes (调查 by side, 执行进度), money paid
(with its approvals and voucher), return visits by round, and the history — each a
ColumnTableModel over a line of the case's detail."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from anjia_desk.core.complaints import SATISFIED
from anjia_desk.core.roles import Role
from anjia_desk.services.complaint_money import PaymentLine
from anjia_desk.services.complaint_views import (
    HistoryLine,
    NoteLine,
    VisitLine,
)
from anjia_desk.ui import palette
from anjia_desk.ui.deals.format import ERROR_ROW, RIGHT
from anjia_desk.ui.formatting import format_day, format_local
from anjia_desk.ui.forms import money_text
from anjia_desk.ui.tables import Column, ColumnTableModel


def percent(score: object) -> str:
    """0.85 → "85%"."""
    from decimal import Decimal

    return f"{(Decimal(str(score)) * 100).quantize(Decimal(1))}%"


class NotesModel(ColumnTableModel[NoteLine]):
    """时间, 记录人, 类别, 证据来源, 内容, 附件 (the count of files attached to the note)."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        self.zone = zone
        super().__init__(
            [
                Column("at", "时间", lambda r: format_local(r.at, self.zone)),
                Column("who", "记录人", lambda r: r.who),
                Column("kind", "类别", lambda r: r.kind.label),
                Column("side", "证据来源", lambda r: r.side.label if r.side else ""),
                Column("text", "内容", lambda r: r.text, tooltip=lambda r: r.text),
                Column("files", "附件", lambda r: str(r.files) if r.files else "", align=RIGHT),
            ],
            parent,
        )


def approvals(line: PaymentLine) -> str:
    """Who approved and who still must, in full: "客服中心经理 吴静；分管副总 待审批"."""
    signed = {Role.CS_MANAGER: line.cs_by, Role.VICE_PRESIDENT: line.vp_by}
    parts = [
        f"{role.label} {signed[role]}" if role not in line.waiting else f"{role.label} 待审批"
        for role in line.needs
    ]
    if line.rejected_at is not None:
        parts.append(f"{line.rejected_by} 驳回：{line.reject_reason}")
    return "；".join(parts)


def approvals_short(line: PaymentLine) -> str:
    """The column's words: the names who approved, "待…" for those still to ("吴静、陈副总")."""
    signed = {Role.CS_MANAGER: line.cs_by, Role.VICE_PRESIDENT: line.vp_by}
    names = [signed[role] for role in line.needs if role not in line.waiting]
    if line.rejected_at is not None:
        return f"{line.rejected_by} 驳回"
    waiting = [role.label for role in line.waiting]
    return "、".join(names + ([f"待{'、'.join(waiting)}"] if waiting else []))


def voucher(line: PaymentLine) -> str:
    """ "PC-000001 2026-11-20 王建国" once paid; "" before."""
    if not line.code:
        return ""
    return f"{line.code} {format_day(line.paid_on)} {line.payee}".strip()


class PaymentsModel(ColumnTableModel[PaymentLine]):
    """类别, 金额, 事由, 审批, 状态, 凭证 (number, day, payee) — voided and rejected lines grey,
    those waiting amber."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("kind", "类别", lambda r: r.kind),
                Column("amount", "金额", lambda r: money_text(r.amount), align=RIGHT),
                Column("reason", "事由", lambda r: r.reason, tooltip=lambda r: r.reason),
                Column("approvals", "审批", approvals_short, tooltip=approvals),
                Column("state", "状态", lambda r: r.status),
                Column("code", "凭证", voucher, tooltip=voucher),
            ],
            parent,
        )

    def row_foreground(self, row: PaymentLine) -> QColor | None:
        if row.state.voided or row.state.rejected:
            return QColor(palette.INACTIVE)
        if not row.state.confirmed:
            return QColor(palette.WARNING)
        return None


class VisitsModel(ColumnTableModel[VisitLine]):
    """轮次, 回访时间, 回访人, 方式, 各项评分, 满意度, 客户意见 — below 80% in red."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        self.zone = zone
        super().__init__(
            [
                Column("round", "轮次", lambda r: f"第 {r.round} 轮"),
                Column("at", "回访时间", lambda r: format_local(r.at, self.zone)),
                Column("who", "回访人", lambda r: r.who),
                Column("way", "方式", lambda r: r.way.label),
                Column("ratings", "各项评分", lambda r: r.ratings_text),
                Column("score", "满意度", lambda r: percent(r.score), align=RIGHT),
                Column("comment", "客户意见", lambda r: r.comment, tooltip=lambda r: r.comment),
            ],
            parent,
        )

    def row_foreground(self, row: VisitLine) -> QColor | None:
        return ERROR_ROW if row.score < SATISFIED else None


class HistoryModel(ColumnTableModel[HistoryLine]):
    """时间, 经办人, 事项 (a level change with old → new), 说明."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        self.zone = zone
        super().__init__(
            [
                Column("at", "时间", lambda r: format_local(r.at, self.zone)),
                Column("who", "经办人", lambda r: r.who),
                Column("what", "事项", lambda r: r.what),
                Column("text", "说明", lambda r: r.text, tooltip=lambda r: r.text),
            ],
            parent,
        )
