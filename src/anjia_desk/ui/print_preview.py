"""Printing opens a preview first (DESIGN.md): the PDF's pages, 打印…, 另存为 PDF… and 关闭.

打印… goes through `Dialogs.print_pdf` (ui/print_job.py does the printing); making the PDF and
opening this preview is ui/printing.py's `PdfPrinter`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from anjia_desk.scratch import copy_into_place
from anjia_desk.ui.print_job import load_pdf
from anjia_desk.ui.seams import Dialogs
from anjia_desk.ui.style import fit_on_screen


class PrintPreviewDialog(QDialog):
    """The pages of a PDF fitted to the width, with 打印…, 另存为 PDF… (always there) and 关闭."""

    def __init__(self, pdf_path: Path, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.dialogs = dialogs
        self.setWindowTitle(f"打印预览 — {self.pdf_path.name}")
        self.view = QPdfView(self)
        # Created after the view, so the view (and its page renderer) is deleted first. Never make
        # the document a child of the view: deleting the view then crashes in Qt.
        self.document = load_pdf(self.pdf_path, self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages_label = QLabel(f"共 {self.page_count} 页")
        fit_width = QPushButton("适合宽度")
        fit_page = QPushButton("整页")
        fit_width.clicked.connect(self.fit_width)
        fit_page.clicked.connect(self.fit_page)
        for button in (fit_width, fit_page):
            button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.pages_label)
        top.addStretch(1)
        top.addWidget(fit_width)
        top.addWidget(fit_page)

        self.status_label = QLabel()
        self.status_label.setProperty("role", "hint")
        self.print_button = QPushButton("打印…")
        self.save_button = QPushButton("另存为 PDF…")
        self.close_button = QPushButton("关闭")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._fit_to_screen()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _fit_to_screen(self) -> None:
        fit_on_screen(self, 820, 1000)

    def print_document(self) -> bool:
        printed = self.dialogs.print_pdf(self, self.pdf_path)
        if printed:
            self.status_label.setText("已发送到打印机")
        return printed

    def save_as(self) -> Path | None:
        """Copy the PDF where the person chooses (for a PC without a printer, or to keep it)."""
        suggested = Path.home() / self.pdf_path.name
        target = self.dialogs.save_file(self, "另存为 PDF", suggested, "PDF 文件 (*.pdf)")
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            if target.resolve() != self.pdf_path.resolve():
                copy_into_place(self.pdf_path, target, "pdf")
        except OSError as exc:
            self.dialogs.warning(self, "无法保存", f"无法保存到 {target}：{exc.strerror or exc}")
            return None
        self.status_label.setText(f"已保存：{target}")
        return target
