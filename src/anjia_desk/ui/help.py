"""The 帮助 menu: 使用指南 (a short guide per role, opening on the user's own) and 开办清单 (the
first-run checklist, for whoever may edit the settings), beside 关于."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.roles import START_ORDER, Action, Role
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.first_run_checklist import ChecklistDialog
from anjia_desk.ui.role_guides import guide_html
from anjia_desk.ui.start_page import Navigable


def own_role(roles: frozenset[Role]) -> Role | None:
    """The role whose guide a person sees first: the one their start page comes from."""
    return next((role for role in START_ORDER if role in roles), None)


class GuideDialog(QDialog):
    """使用指南: the roles on the left, the chosen role's guide on the right."""

    def __init__(self, roles: frozenset[Role], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("使用指南")
        self.resize(820, 560)
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        self.role_list = QListWidget()
        self.role_list.setFixedWidth(150)
        for role in Role:
            item = QListWidgetItem(role.label)
            item.setData(Qt.ItemDataRole.UserRole, role.value)
            self.role_list.addItem(item)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.role_list.currentRowChanged.connect(self._show_row)
        row.addWidget(self.role_list)
        row.addWidget(self.browser, 1)
        outer.addLayout(row, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        box.rejected.connect(self.reject)
        outer.addWidget(box)
        self.show_role(own_role(roles) or Role.FRONT_DESK)

    def show_role(self, role: Role) -> None:
        self.role_list.setCurrentRow(list(Role).index(role))

    def current_role(self) -> Role:
        return list(Role)[self.role_list.currentRow()]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(Role):
            self.browser.setHtml(guide_html(list(Role)[row]))


class HelpMenu(QObject):
    """Fills the 帮助 menu and owns the dialogs it opens (one of each, reopened)."""

    def __init__(self, ctx: AppContext, window: Navigable, menu: QMenu) -> None:
        super().__init__(menu)
        self.ctx = ctx
        self.window = window
        self.parent_widget = window if isinstance(window, QWidget) else None
        self.guide: GuideDialog | None = None
        self.checklist: ChecklistDialog | None = None
        self.guide_action = QAction("使用指南…", menu)
        self.guide_action.triggered.connect(self.open_guide)
        self.checklist_action = QAction("开办清单…", menu)
        self.checklist_action.triggered.connect(self.open_checklist)
        menu.addAction(self.guide_action)
        menu.addAction(self.checklist_action)
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        """The checklist is the administrator's: others do not see it."""
        self.checklist_action.setVisible(self.ctx.actor.can(Action.EDIT_SETTINGS))

    def open_guide(self) -> GuideDialog:
        if self.guide is None:
            self.guide = GuideDialog(self.ctx.actor.roles, self.parent_widget)
        else:
            own = own_role(self.ctx.actor.roles)
            if own is not None:
                self.guide.show_role(own)
        _present(self.guide)
        return self.guide

    def open_checklist(self) -> ChecklistDialog | None:
        if not self.ctx.actor.can(Action.EDIT_SETTINGS):
            return None
        if self.checklist is None:
            self.checklist = ChecklistDialog(self.ctx, self.window, self.parent_widget)
        self.checklist.reload()
        _present(self.checklist)
        return self.checklist


def _present(dialog: QDialog) -> None:
    """Show `dialog`, or bring it to the front when it is open already (behind the window)."""
    if dialog.isVisible():
        dialog.raise_()
    else:
        dialog.show()
