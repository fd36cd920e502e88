"""Printing opens a preview first (DESIGN.md): the PDF's pages, 打印…, 另存为 PDF… and 关闭.

`print_with_dialog` is what `Dialogs.print_pdf` calls: the system print dialog, then each page
rendered at the printer's resolution. A PC without a printer is told to save the PDF instead.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError
from anjia_desk.ui.seams import Dialogs, message_box

MAX_PRINT_DPI = 600  # a page image at 600 dpi is ~140 MB already; more buys nothing on paper
NO_PRINTER_TITLE = "没有打印机"
NO_PRINTER_TEXT = (
    "这台电脑还没有安装打印机。\n可以在预览中点“另存为 PDF…”，把文件拷到有打印机的电脑上打印。"
)


def load_pdf(pdf_path: Path, parent: QObject | None = None) -> QPdfDocument:
    """Open `pdf_path`; UserError (Chinese) when it is missing or not a readable PDF."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    error = document.load(str(pdf_path))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise UserError(f"无法打开 PDF 文件：{pdf_path}")
    return document


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
        width, height = 820, 1000
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

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
                shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            self.dialogs.warning(self, "无法保存", f"无法保存到 {target}：{exc.strerror or exc}")
            return None
        self.status_label.setText(f"已保存：{target}")
        return target


def print_pages(printer: QPrinter, document: QPdfDocument) -> int:
    """Paint the pages the printer asks for (its from/to range, else all) at the printer's
    resolution, each scaled to the paper keeping its proportions. Returns the pages printed."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    if first < 1 or last < first:
        first, last = 1, count
    last = min(last, count)
    printer.setFullPage(True)  # the PDF carries its own margins: map it 1:1 onto the paper
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("无法开始打印：打印机没有响应，请检查打印机后再试")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for index, page in enumerate(range(first - 1, last)):
            if index:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, pixels)
            scaled = QSizeF(image.size()).scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = paper.x() + (paper.width() - scaled.width()) / 2
            y = paper.y() + (paper.height() - scaled.height()) / 2
            painter.drawImage(QRectF(x, y, scaled.width(), scaled.height()), image)
    finally:
        painter.end()
    return last - first + 1


def print_with_dialog(parent: QWidget | None, pdf_path: Path) -> bool:
    """The system print dialog for `pdf_path`; True when the pages went to the printer."""
    if not QPrinterInfo.availablePrinters():
        message_box(parent, QMessageBox.Icon.Information, NO_PRINTER_TITLE, NO_PRINTER_TEXT)
        return False
    document = load_pdf(Path(pdf_path))
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(pdf_path).name)
        first = document.pagePointSize(0)
        printer.setPageSize(QPageSize(first, QPageSize.Unit.Point))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if first.width() > first.height()
            else QPageLayout.Orientation.Portrait
        )
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("打印")
        dialog.setMinMax(1, document.pageCount())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False  # cancelled (also when the inactivity lock hid the dialog)
        finally:
            dialog.deleteLater()  # a hidden dialog must not come back when the window unlocks
        print_pages(printer, document)
        return True
    finally:
        document.close()
