"""The sections of the left navigation. A section appears only when it works (DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QTabWidget, QWidget

from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext


@dataclass
class Section:
    key: str  # stable id, e.g. "settings"
    title: str  # navigation label, e.g. "设置"
    widget: QWidget


class SettingsSection(QTabWidget):
    """设置: one tab per page, each shown only to those who may use it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setDocumentMode(True)
        self.pages: dict[str, QWidget] = {}
        self._build(ctx.actor)  # the main window rebuilds the sections when the user changes

    def _build(self, actor: Actor) -> None:
        from anjia_desk.ui.pages.audit_page import AuditPage
        from anjia_desk.ui.pages.backup_page import BackupPage
        from anjia_desk.ui.pages.calendar_page import CalendarPage
        from anjia_desk.ui.pages.id_key_page import IdKeyPage
        from anjia_desk.ui.pages.privacy_page import PrivacyPage
        from anjia_desk.ui.pages.settings_page import SettingsPage
        from anjia_desk.ui.pages.users_page import UsersPage

        self.pages = {}
        self.pages["general"] = SettingsPage(self.ctx)
        self.addTab(self.pages["general"], "办公设置")
        self.pages["calendar"] = CalendarPage(self.ctx)
        self.addTab(self.pages["calendar"], "办公日历")
        if actor.can(Action.MANAGE_USERS):
            self.pages["users"] = UsersPage(self.ctx)
            self.addTab(self.pages["users"], "用户")
        if any(actor.can(a) for a in (Action.BACKUP, Action.RESTORE, Action.SET_BACKUP_PASSPHRASE)):
            self.pages["backup"] = BackupPage(self.ctx)
            self.addTab(self.pages["backup"], "备份与恢复")
        if actor.can(Action.SET_BACKUP_PASSPHRASE):  # the ID key goes with the passphrase
            self.pages["id_key"] = IdKeyPage(self.ctx)
            self.addTab(self.pages["id_key"], "证件密钥")
        if actor.can(Action.RESTORE):  # which database this PC opens (issue 15)
            from anjia_desk.ui.pages.server_page import ServerPage

            self.pages["server"] = ServerPage(self.ctx)
            self.addTab(self.pages["server"], "数据库连接")
        if actor.can(Action.ANONYMISE_CUSTOMERS):
            self.pages["privacy"] = PrivacyPage(self.ctx)
            self.addTab(self.pages["privacy"], "个人信息")
        if actor.can(Action.REPORT_TEMPLATES):  # issue 19
            from anjia_desk.ui.pages.report_templates_page import ReportTemplatesPage

            self.pages["report_templates"] = ReportTemplatesPage(self.ctx)
            self.addTab(self.pages["report_templates"], "报表模板")
        if actor.can(Action.VIEW_AUDIT):
            self.pages["audit"] = AuditPage(self.ctx)
            self.addTab(self.pages["audit"], "审计日志")

    def tab_titles(self) -> list[str]:
        return [self.tabText(i) for i in range(self.count())]


def build_sections(ctx: AppContext) -> list[Section]:
    """The sections for the logged-in user, in navigation order."""
    from anjia_desk.ui.changes.page import ChangesSection, may_see_changes
    from anjia_desk.ui.complaints.page import ComplaintsSection, may_see_complaints
    from anjia_desk.ui.customers.section import CustomersSection
    from anjia_desk.ui.deals.section import DealsSection, may_see_deals
    from anjia_desk.ui.dunning.page import DunningSection, may_see_dunning
    from anjia_desk.ui.pages.exchange_page import ExchangeSection, may_exchange
    from anjia_desk.ui.pages.workbench_page import WorkbenchSection
    from anjia_desk.ui.reports.page import ReportsSection, may_see_report_section
    from anjia_desk.ui.units.page import UnitsSection, may_see_units

    actor = ctx.actor
    sections: list[Section] = []
    if any(actor.can(a) for a in (Action.VIEW_CUSTOMERS, Action.REGISTER_VISIT)):
        sections.append(Section("workbench", "工作台", WorkbenchSection(ctx)))
    if actor.can(Action.VIEW_CUSTOMERS):
        sections.append(Section("customers", "客户", CustomersSection(ctx)))
    if may_see_units(actor):
        sections.append(Section("units", "房源", UnitsSection(ctx)))
    if may_see_deals(actor):
        sections.append(Section("deals", "交易", DealsSection(ctx)))
    if may_see_dunning(actor):  # issue 16
        sections.append(Section("dunning", "催款", DunningSection(ctx)))
    if may_see_changes(actor):  # issue 17
        sections.append(Section("changes", "变更", ChangesSection(ctx)))
    if may_see_complaints(actor):  # issue 18
        sections.append(Section("complaints", "投诉", ComplaintsSection(ctx)))
    if may_see_report_section(actor):  # issue 19
        sections.append(Section("reports", "报表", ReportsSection(ctx)))
    if may_exchange(actor):
        sections.append(Section("exchange", "导入导出", ExchangeSection(ctx)))
    sections.append(Section("settings", "设置", SettingsSection(ctx)))
    return sections
