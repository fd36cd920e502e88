"""客户 in the navigation: the customer list (customers.list_page) and, for the site manager, the
撞单 rulings (customers.disputes_page)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from anjia_desk.core.roles import Action
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers.disputes_page import DisputesPage
from anjia_desk.ui.customers.list_page import CustomersPage


class CustomersSection(QTabWidget):
    """客户: the list, and for the site manager the 撞单 rulings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setDocumentMode(True)
        self.list_page = CustomersPage(ctx)
        self.addTab(self.list_page, "客户列表")
        self.disputes_page: DisputesPage | None = None
        if ctx.actor.can(Action.RULE_DISPUTES):
            self.disputes_page = DisputesPage(ctx)
            self.addTab(self.disputes_page, "撞单裁定")

    def tab_titles(self) -> list[str]:
        return [self.tabText(i) for i in range(self.count())]
