"""The tables of the complaint window (issue 18): notes (调查 by side, 执行进度), money paid,
return visits by round, and the history — each a ColumnTableModel over a line
of services.complaint_views.ComplaintDetail."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from anjia_desk.core.complaints import SATISFIED
from anjia_desk.services.complaint_views import (
    HistoryLine,
    MoneyLine,
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


class MoneyModel(ColumnTableModel[MoneyLine]):
    """类别, 责任方, 金额, 事由, 状态, 凭证号, 付款日期."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("payment", "类别", lambda r: r.payment.label),
                Column("liable", "责任方", lambda r: r.liable.label),
                Column("amount", "金额", lambda r: money_text(r.amount), align=RIGHT),
                Column("reason", "事由", lambda r: r.reason, tooltip=lambda r: r.reason),
                Column("state", "状态", lambda r: r.state),
                Column("number", "凭证号", lambda r: r.number),
                Column("paid_on", "付款日期", lambda r: format_day(r.paid_on)),
            ],
            parent,
        )

    def row_foreground(self, row: MoneyLine) -> QColor | None:
        if "作废" in row.state or "驳回" in row.state:
            return QColor(palette.INACTIVE)
        if row.state.startswith("待"):
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
