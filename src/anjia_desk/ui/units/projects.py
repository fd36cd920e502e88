"""The 房源 page's projects and buildings: the pane on the left (the project, its permit, its
buildings), 新建/编辑项目, 生成楼栋 and 导入房源."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.roles import Action
from anjia_desk.services.unit_views import BuildingRow
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.units.delivery_dialog import DeliveryDialog
from anjia_desk.ui.units.page_base import UnitsPageBase
from anjia_desk.ui.units.project_dialogs import BuildingDialog, ProjectDialog


class ProjectsMode(UnitsPageBase):
    """Choosing the project and the building, and the office's project and building work."""

    wizard: Any  # ui.importing.wizard.ImportWizard while open
    delivery_button: QPushButton

    def _projects_pane(self) -> QWidget:
        """The left pane: projects and buildings."""
        actor = self.ctx.actor
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(QLabel("项目："))
        self.project_combo = QComboBox()
        self.project_combo.currentIndexChanged.connect(self._project_chosen)
        left_layout.addWidget(self.project_combo)
        row = QHBoxLayout()
        self.new_project_button = QPushButton("新建项目…")
        self.new_project_button.clicked.connect(self.open_new_project)
        self.edit_project_button = QPushButton("编辑项目…")
        self.edit_project_button.clicked.connect(self.open_edit_project)
        row.addWidget(self.new_project_button)
        row.addWidget(self.edit_project_button)
        left_layout.addLayout(row)
        self.project_info = hint_label("")
        left_layout.addWidget(self.project_info)
        left_layout.addWidget(QLabel("楼栋："))
        self.building_list = QListWidget()
        self.building_list.currentRowChanged.connect(self._building_chosen)
        left_layout.addWidget(self.building_list, 1)
        self.generate_button = QPushButton("生成楼栋…")
        self.generate_button.clicked.connect(self.open_generator)
        self.import_button = QPushButton("导入房源…")
        self.import_button.clicked.connect(self.open_import)
        self.delivery_button = QPushButton("预计交付…")  # issue 18: 预验房
        self.delivery_button.clicked.connect(self.open_delivery)
        left_layout.addWidget(self.delivery_button)
        left_layout.addWidget(self.generate_button)
        left_layout.addWidget(self.import_button)
        manage = actor.can(Action.MANAGE_UNITS)
        for button in (
            self.new_project_button,
            self.edit_project_button,
            self.generate_button,
            self.delivery_button,
        ):
            button.setVisible(manage)
        self.import_button.setVisible(manage and actor.can(Action.IMPORT_DATA))
        left.setMinimumWidth(220)
        left.setMaximumWidth(320)
        return left

    def _fill_lists(self) -> None:
        self._loading = True
        try:
            self.project_combo.clear()
            for p in self.projects:
                self.project_combo.addItem(p.name, p.id)
            if self.project_id is not None:
                self.project_combo.setCurrentIndex(self.project_combo.findData(self.project_id))
            self.building_list.clear()
            for b in self.buildings:
                phase = f"（{b.phase}）" if b.phase else ""
                delivery = f" · 交付 {format_day(b.delivery_on)}" if b.delivery_on else ""
                item = QListWidgetItem(f"{b.name}{phase}  {b.units} 套 · {b.floors} 层{delivery}")
                item.setData(Qt.ItemDataRole.UserRole, b.id)
                self.building_list.addItem(item)
                if b.id == self.building_id:
                    self.building_list.setCurrentItem(item)
        finally:
            self._loading = False
        project = self.project()
        manage = self.ctx.actor.can(Action.MANAGE_UNITS)
        self.edit_project_button.setEnabled(project is not None)
        self.generate_button.setEnabled(project is not None)
        self.delivery_button.setEnabled(self.building() is not None)
        self.import_button.setEnabled(project is not None or manage)
        if project is None:
            self.project_info.setText(
                "还没有项目。" + ("请先点“新建项目…”。" if manage else "请联系销售秘书录入项目。")
            )
        else:
            permit = project.permit_no or "未填写"
            day = format_day(project.permit_date) or "未取得"
            text = f"预售许可证：{permit}\n许可日期：{day}"
            if project.opening_date is not None:
                text += f"\n开盘日期：{format_day(project.opening_date)}"
            text += f"\n{project.buildings} 栋，{project.units} 套"
            self.project_info.setText(text)

    def _project_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self.project_id = self.project_combo.itemData(index)
        self.building_id = None
        self.board.select(None)
        self.reload()

    def _building_chosen(self, row: int) -> None:
        if self._loading or row < 0:
            return
        self.building_id = self.building_list.item(row).data(Qt.ItemDataRole.UserRole)
        self.board.select(None)
        self.reload()

    def select_building(self, name: str) -> None:
        for i, b in enumerate(self.buildings):
            if b.name == name:
                self.building_list.setCurrentRow(i)
                return
        raise KeyError(name)

    # --- dialogs

    def open_new_project(self) -> None:
        self._open(ProjectDialog(self.ctx, self, None)).saved.connect(self._project_saved)

    def open_edit_project(self) -> None:
        project = self.project()
        if project is None:
            return
        self._open(ProjectDialog(self.ctx, self, project)).saved.connect(self._project_saved)

    def _project_saved(self, _text: str) -> None:
        dialog = self.sender()
        if isinstance(dialog, ProjectDialog) and dialog.made is not None:
            self.project_id = dialog.made
            self.building_id = None
            self.reload()

    def building(self) -> BuildingRow | None:
        return next((b for b in self.buildings if b.id == self.building_id), None)

    def open_delivery(self) -> DeliveryDialog | None:
        """预计交付… of the chosen building (issue 18)."""
        building = self.building()
        if building is None:
            return None
        dialog = DeliveryDialog(self.ctx, self, building)
        self._open(dialog)
        return dialog

    def open_generator(self) -> None:
        project = self.project()
        if project is None:
            return
        self._open(BuildingDialog(self.ctx, self, project)).saved.connect(self._generated)

    def _generated(self, _text: str) -> None:
        dialog = self.sender()
        if isinstance(dialog, BuildingDialog) and dialog.made is not None:
            self.building_id = dialog.made
            self.reload()

    def open_import(self) -> Any:
        # Imported when used: the wizard brings the Excel reader, a start-up cost.
        from anjia_desk.ui.importing.wizard import ImportWizard

        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = ImportWizard(self.ctx, self, kind="units")
        if not wizard.choose_file():
            wizard.deleteLater()
            return None
        self.wizard = wizard
        wizard.imported.connect(self._imported)
        wizard.finished.connect(self._wizard_closed)
        wizard.open()
        return wizard

    def _imported(self, result: Any) -> None:
        self.reload()  # the wizard broadcasts what its import wrote
        self.message.show_ok(f"导入房源：{result.summary()}。")

    def _wizard_closed(self, _result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
