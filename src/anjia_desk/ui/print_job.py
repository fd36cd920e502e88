"""Sending a PDF to a printer: the system print dialog (`print_with_dialog`, what
`Dialogs.print_pdf` calls), then each page rendered at the printer's resolution. A PC without a
printer is told to save the PDF instead. Also `load_pdf`, which the print preview shares.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from anjia_desk.core.errors import UserError
from anjia_desk.ui.modal import message_box

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
