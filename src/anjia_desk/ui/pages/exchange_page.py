"""导入导出: the Excel hand-off with head office — 导入客户… (the import wizard) and 导出 Excel…
(the export dialog), each shown to those who may use it, and the last result of each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar, hint_label
from anjia_desk.ui.importing import files
from anjia_desk.ui.importing.wizard import ImportWizard

ACTION_STYLE = "QPushButton{font-size:15px;padding:8px 22px;}"

IMPORT_TEXT = (
    "把总部、渠道或旧系统发来的 Excel（.xlsx、.xls）或 CSV 文件导入为{label}。"
    "先核对各列、检查每一行，确认后才写入；每一行的结果写进导入报告，可发回给对方修改。"
)
EXPORT_TEXT = (
    "把客户和跟进记录导出为 Excel 工作簿，用来交给总部或存档；手机号默认脱敏。"
    "导出的客户表可以原样再导入。"
)


def may_exchange(actor: Actor) -> bool:
    """Who sees 导入导出: whoever may import or export (a consultant does neither)."""
    return actor.can(Action.IMPORT_DATA) or actor.can(Action.EXPORT_DATA)


class ExchangeSection(QWidget):
    """The section: one box per action, the last result under them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from anjia_desk.services.importing import import_kinds

        self.ctx = ctx
        actor = ctx.actor
        self.wizard: ImportWizard | None = None
        self.export_dialog: Any = None
        self.last_folder: Path | None = None
        self.import_buttons: dict[str, QPushButton] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(14)
        if actor.can(Action.IMPORT_DATA):
            for kind, label in import_kinds():
                button = QPushButton(f"导入{label}…")
                button.setProperty("kind", kind)
                button.clicked.connect(self._import_clicked)
                self.import_buttons[kind] = button
                outer.addWidget(
                    self._action_box(f"导入{label}", button, IMPORT_TEXT.format(label=label))
                )
        self.export_button: QPushButton | None = None
        if actor.can(Action.EXPORT_DATA):
            self.export_button = QPushButton("导出 Excel…")
            self.export_button.clicked.connect(self.open_export)
            outer.addWidget(self._action_box("导出 Excel", self.export_button, EXPORT_TEXT))

        self.last_label = QLabel("最近一次：")
        self.last_label.hide()
        outer.addWidget(self.last_label)
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.open_folder_button = QPushButton("打开文件夹")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    @staticmethod
    def _action_box(title: str, button: QPushButton, text: str) -> QGroupBox:
        box = QGroupBox(title)
        layout = QHBoxLayout(box)
        layout.setSpacing(16)
        button.setStyleSheet(ACTION_STYLE)
        button.setMinimumWidth(170)
        layout.addWidget(button)
        layout.addWidget(hint_label(text), 1)
        return box

    # --- importing ---

    def _import_clicked(self) -> None:
        button = self.sender()
        kind = button.property("kind") if isinstance(button, QPushButton) else None
        self.open_import(str(kind or "customers"))

    def open_import(self, kind: str = "customers") -> ImportWizard | None:
        """Ask for a file, then open the wizard on it (None when no file was chosen)."""
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = ImportWizard(self.ctx, self, kind=kind)
        if not wizard.choose_file():
            wizard.deleteLater()
            return None
        self.wizard = wizard
        wizard.imported.connect(self._imported)
        wizard.finished.connect(self._wizard_closed)
        wizard.open()
        return wizard

    def _imported(self, result: Any) -> None:
        name = self.wizard.path.name if self.wizard and self.wizard.path else ""
        self.last_label.show()
        text = f"导入 {name}：{result.summary()}。"
        if result.written:
            self.message.show_ok(text)
        else:
            self.message.show_warning(text)
        self.last_folder = self.wizard.path.parent if self.wizard and self.wizard.path else None
        self.open_folder_button.setVisible(self.last_folder is not None)

    def _wizard_closed(self, _result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()

    # --- exporting ---

    def open_export(self) -> Any:
        from anjia_desk.ui.export_dialog import ExportDialog

        if self.export_dialog is not None:
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            return self.export_dialog
        dialog = ExportDialog(self.ctx, self)
        self.export_dialog = dialog
        dialog.exported.connect(self._exported)
        dialog.finished.connect(self._export_closed)
        dialog.open()
        return dialog

    def _exported(self, result: Any) -> None:
        from anjia_desk.ui.export_dialog import exported_text

        self.last_label.show()
        self.message.show_ok(exported_text(result))
        self.last_folder = result.path.parent
        self.open_folder_button.show()

    def _export_closed(self, _result: int) -> None:
        dialog, self.export_dialog = self.export_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def open_folder(self) -> None:
        if self.last_folder is not None and not files.open_in_system(self.last_folder):
            self.message.show_error(f"无法打开文件夹：{self.last_folder}")
