"""来访: the customer's visits, newest first (time, kind, party, channel, consultant…)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from anjia_desk.services.customer_detail import VisitRow
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.tables import Column, ColumnTableModel


class VisitsModel(ColumnTableModel[VisitRow]):
    """The visits, their times in the office's zone (`zone` is set on each load)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column("at", "来访时间", lambda r: format_local(r.at, self.zone)),
                Column("kind", "类型", lambda r: r.kind_label),
                Column("party", "人数", lambda r: str(r.party_size)),
                Column("channel", "来源渠道", lambda r: r.channel),
                Column("awareness", "认知途径", lambda r: r.awareness),
                Column("consultant", "接待顾问", lambda r: r.consultant_name),
                Column("invalid", "无效原因", lambda r: r.invalid_reason),
                Column("note", "备注", lambda r: r.note),
            ],
            parent,
        )
