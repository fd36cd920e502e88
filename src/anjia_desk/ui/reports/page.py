"""报表: the section of the main window where the managers read their numbers (issue 19, DOMAIN
§12). Its tab 报表 (ui/reports/report_tab.py) is for those who see reports — the office's figures,
or a consultant's own; 总部报表 (ui/reports/head_office_tab.py) is for those who produce head
office's 日报/周报/月报. The section is in the navigation for either."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.report_base import may_see_reports
from anjia_desk.ui.context import AppContext

if TYPE_CHECKING:
    from anjia_desk.ui.reports.head_office_tab import HeadOfficeTab
    from anjia_desk.ui.reports.report_tab import ReportsTab


def may_see_report_section(actor: Actor) -> bool:
    """Whether 报表 belongs in this person's navigation."""
    return may_see_reports(actor) or actor.can(Action.HEAD_OFFICE_REPORTS)


class ReportsSection(QWidget):
    """报表. `tabs`; `reports` (ReportsTab, or None without a report right), `head_office`
    (HeadOfficeTab, or None without 生成总部报表); `pages` by key ("reports", "head_office"), for
    an address such as "reports/head_office" (ui/start_page.go_to)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from anjia_desk.ui.reports.head_office_tab import HeadOfficeTab
        from anjia_desk.ui.reports.report_tab import ReportsTab

        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 8)
        title = QLabel("报表（来访与成交、退房、回款、投诉）")
        title.setStyleSheet("font-size:16px;font-weight:bold;")
        outer.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        actor = ctx.actor
        self.reports: ReportsTab | None = None
        self.head_office: HeadOfficeTab | None = None
        self.pages: dict[str, QWidget] = {}
        if may_see_reports(actor):
            self.reports = ReportsTab(ctx)
            self.tabs.addTab(self.reports, "报表")
            self.pages["reports"] = self.reports
        if actor.can(Action.HEAD_OFFICE_REPORTS):
            self.head_office = HeadOfficeTab(ctx)
            self.tabs.addTab(self.head_office, "总部报表")
            self.pages["head_office"] = self.head_office
        outer.addWidget(self.tabs, 1)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]
