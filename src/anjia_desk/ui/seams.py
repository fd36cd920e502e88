"""The one seam through which the window reaches modal dialogs: files, messages, printing.

Production code calls `ctx.dialogs.<method>`; tests replace `ctx.dialogs` with a scripted fake so
no test ever blocks on a modal dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Dialogs:
    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def print_pdf(self, parent: QWidget | None, pdf_path: Path) -> bool:
        """Show the system print dialog and print `pdf_path`; False when cancelled.

        Implemented in ui/print_preview.py (imported lazily: printing support is heavy)."""
        from anjia_desk.ui.print_preview import print_with_dialog

        return print_with_dialog(parent, pdf_path)
