"""The one seam through which the window reaches modal dialogs: files, messages, printing.

Production code calls `ctx.dialogs.<method>`; tests replace `ctx.dialogs` with a scripted fake so
no test ever blocks on a modal dialog.

Message boxes and the secret prompt run through `ui.modal.run_modal`, so they outlast the
inactivity lock. A file or print dialog hidden by the lock is simply cancelled: the person starts
that action again.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from anjia_desk.ui.modal import (
    message_box,
    run_modal,
)


class Dialogs:
    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Information, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Warning, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = message_box(
            parent,
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_discard_cancel(self, parent: QWidget | None, title: str, text: str) -> str:
        """Unsaved input: "save", "discard" or "cancel" (closing the box is "cancel")."""
        answer = message_box(
            parent,
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None

    def open_file(
        self, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
        return Path(name) if name else None

    def choose_dir(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(name) if name else None

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        try:
            accepted = run_modal(dialog) == QDialog.DialogCode.Accepted.value
            return dialog.textValue() if accepted else None
        finally:
            if shiboken6.isValid(dialog):
                dialog.deleteLater()

    def print_pdf(self, parent: QWidget | None, pdf_path: Path) -> bool:
        """Show the system print dialog and print `pdf_path`; False when cancelled.

        Implemented in ui/print_job.py, imported here on the first print: it loads QtPdf and
        QtPrintSupport, which the window does not need to start."""
        from anjia_desk.ui.print_job import print_with_dialog

        return print_with_dialog(parent, pdf_path)
