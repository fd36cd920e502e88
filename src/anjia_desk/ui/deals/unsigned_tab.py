"""The 交易 section's 认购未签约 tab: deals subscribed but not signed, the nearest signing deadline
first, red once passed and amber within two days."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QVBoxLayout, QWidget

from anjia_desk.services.deal_queries import unsigned
from anjia_desk.services.deal_views import DealRow
from anjia_desk.ui import ops
from anjia_desk.ui.deals.deals_tab import DealsModel
from anjia_desk.ui.deals.format import make_table
from anjia_desk.ui.deals.section_tab import SectionTab
from anjia_desk.ui.fields import hint_label

TAB_UNSIGNED = "unsigned"


class UnsignedTab(SectionTab):
    """认购未签约: `unsigned_model` in `unsigned_table` (the section opens the deal activated)."""

    key = TAB_UNSIGNED

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label("已认购尚未签约的交易，签约期限近的在前；红色为已过期限，橙色为两天内到期。")
        )
        self.unsigned_model = DealsModel(self, deadlines=True)
        self.unsigned_table = make_table(self.unsigned_model)
        layout.addWidget(self.unsigned_table, 1)

    def read(self, now: datetime) -> ops.Work[list[DealRow]]:
        return lambda session, actor: unsigned(session, actor, now=now)

    def show_result(self, value: list[DealRow], zone: ZoneInfo, today: date) -> None:
        self.unsigned_model.zone = zone
        self.unsigned_model.today = today
        self.unsigned_model.set_rows(value)
