"""The change orders' table (issue 17): one row per order — 单号, 类型, 状态, 房源, 买受人,
收到申请, 72小时内, 原因类型, 过错方, 应退金额, 已退, 下一步/等待谁 — shared by the 变更 section
(全部 and 等我处理) and the deal window's 变更 tab. Orders no longer open (办结, 留住, 驳回,
撤回) are greyed, those asked for within 72 hours of 签约 marked."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView, QWidget

from anjia_desk.services.change_views import ChangeRow
from anjia_desk.ui import palette
from anjia_desk.ui.deals.format import INACTIVE_ROW, RIGHT
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.forms import money_text
from anjia_desk.ui.tables import COLUMN_CAP, COLUMN_PAD, Column, ColumnTableModel

EARLY_ROW = QColor(palette.WARNING)


class ChangesModel(ColumnTableModel[ChangeRow]):
    """Change orders. `zone`: the office's, for the time the written request arrived."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone: ZoneInfo = default_zone()
        super().__init__(
            [
                Column("code", "单号", lambda r: r.code, sort_key=lambda r: r.id),
                Column("kind", "类型", lambda r: r.kind.label),
                Column("status", "状态", lambda r: r.status.label),
                Column("unit", "房源", lambda r: r.unit_label),
                Column("buyer", "买受人", lambda r: r.buyer_name),
                Column(
                    "requested",
                    "收到申请",
                    lambda r: format_local(r.requested_at, self.zone),
                    sort_key=lambda r: r.requested_at,
                ),
                Column("early", "72小时内", lambda r: "是" if r.within_72h else ""),
                Column(
                    "reason", "原因类型", lambda r: r.reason_type.label if r.reason_type else ""
                ),
                Column("fault", "过错方", lambda r: r.fault.label if r.kind.is_refund else ""),
                Column(
                    "due",
                    "应退金额",
                    lambda r: money_text(r.due) if r.kind.is_refund else "",
                    sort_key=lambda r: r.due,
                    align=RIGHT,
                ),
                Column(
                    "refunded",
                    "已退",
                    lambda r: money_text(r.refunded) if r.refunded else "",
                    sort_key=lambda r: r.refunded,
                    align=RIGHT,
                ),
                Column("next", "下一步/等待谁", lambda r: r.waiting),
            ],
            parent,
        )

    def row_foreground(self, row: ChangeRow) -> QColor | None:
        if not row.status.is_open:
            return INACTIVE_ROW
        return EARLY_ROW if row.within_72h else None


#: Columns whose text may come only with later rows (the first fit may have seen none).
GROWING = ("unit", "buyer", "due", "refunded", "next")


def widen_to_fit(view: QTableView, model: ChangesModel) -> None:
    """Widen the GROWING columns to their text (never narrower than the person left them)."""
    for key in GROWING:
        column = model.column_index(key)
        wanted = min(view.sizeHintForColumn(column) + COLUMN_PAD, COLUMN_CAP)
        if wanted > view.columnWidth(column):
            view.setColumnWidth(column, wanted)
