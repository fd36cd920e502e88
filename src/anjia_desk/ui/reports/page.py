"""报表: the section of the main window where the managers read their numbers (issue 19, DOMAIN
§12). Its tab 报表 (ui/reports/report_tab.py) is for those who see reports — the office's figures,
or a consultant's own; 总部报表 (ui/reports/head_office_tab.py) is for those who produce head
office's 日报/周报/月报. The section is in the navigation for either."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.report_base import may_see_reports
from anjia_desk.ui.context import AppContext


def may_see_report_section(actor: Actor) -> bool:
    """Whether 报表 belongs in this person's navigation."""
    return may_see_reports(actor) or actor.can(Action.HEAD_OFFICE_REPORTS)


class ReportsSection(QWidget):
    """报表. `tabs`; `reports` (ReportsTab, or None without a report right), `head_office`
    (HeadOfficeTab, or None without 生成总部报表)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.head_office: QWidget | None = None
        if may_see_reports(actor):
            self.reports = ReportsTab(ctx)
            self.tabs.addTab(self.reports, "报表")
        if actor.can(Action.HEAD_OFFICE_REPORTS):
            self.head_office = _head_office_tab(ctx)
            if self.head_office is not None:
                self.tabs.addTab(self.head_office, "总部报表")
        outer.addWidget(self.tabs, 1)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]


def _head_office_tab(ctx: AppContext) -> QWidget | None:
    from anjia_desk.ui.reports.head_office_tab import HeadOfficeTab

    return HeadOfficeTab(ctx)
