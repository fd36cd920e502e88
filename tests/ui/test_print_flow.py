"""Printing opens a preview first: the blank visitor form from the menu, 打印…, 另存为 PDF…, and
painting the pages onto a printer."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from anjia_desk.core.errors import UserError
from anjia_desk.ui import main_window as main_window_module
from anjia_desk.ui import print_job
from anjia_desk.ui.main_window import MainWindow
from anjia_desk.ui.print_job import load_pdf, print_pages
from anjia_desk.ui.print_preview import PrintPreviewDialog


@pytest.fixture
def window(qtbot, ctx, monkeypatch, tmp_path) -> MainWindow:
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(main_window_module, "build_sections", lambda c: [])
    win = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def preview(qtbot, window) -> PrintPreviewDialog:
    """The preview, deleted with the window when pytest-qt closes it."""
    window.print_visitor_action.trigger()
    qtbot.waitUntil(lambda: window.preview is not None, timeout=15_000)
    dialog = window.preview
    assert isinstance(dialog, PrintPreviewDialog)
    return dialog


def _two_page_pdf(path: Path) -> Path:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(200, 200, "page one")
    writer.newPage()
    painter.drawText(200, 200, "page two")
    painter.end()
    return path


def test_menu_action_opens_a_preview_of_one_page(qtbot, preview):
    assert preview.isVisible()
    assert preview.page_count == 1
    assert preview.pages_label.text() == "共 1 页"
    assert preview.windowTitle().startswith("打印预览")
    assert preview.pdf_path.is_file()


def test_print_button_reaches_the_print_seam(qtbot, preview, fake_dialogs):
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.calls == [("print_pdf", (preview.pdf_path,))]
    assert preview.status_label.text() == "已发送到打印机"


def test_save_as_copies_the_pdf_and_adds_the_extension(qtbot, preview, fake_dialogs, tmp_path):
    fake_dialogs.save_path = tmp_path / "来访登记表-副本"
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "来访登记表-副本.pdf"
    assert saved.read_bytes() == preview.pdf_path.read_bytes()
    assert fake_dialogs.names() == ["save_file"]
    assert str(saved) in preview.status_label.text()


def test_save_as_cancelled_writes_nothing(qtbot, preview, fake_dialogs, tmp_path):
    fake_dialogs.save_path = None
    assert preview.save_as() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_closing_the_preview_removes_the_temporary_file(qtbot, window, preview):
    folder = preview.pdf_path.parent
    qtbot.mouseClick(preview.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.preview is None)
    assert not folder.exists()


def test_a_failed_print_job_is_a_warning(qtbot, window, monkeypatch, fake_dialogs):
    def no_font(session, actor, out):
        raise UserError("找不到可用的中文字体")

    monkeypatch.setattr("anjia_desk.services.printing.print_visitor_form", no_font)
    window.print_visitor_action.trigger()
    qtbot.waitUntil(lambda: "warning" in fake_dialogs.names())
    assert fake_dialogs.calls[-1][1] == ("无法完成", "找不到可用的中文字体")
    assert window.preview is None


def test_preview_of_a_file_that_is_not_a_pdf(tmp_path):
    bogus = tmp_path / "bogus.pdf"
    bogus.write_text("not a pdf")
    with pytest.raises(UserError, match="无法打开 PDF"):
        load_pdf(bogus)


def test_print_pages_paints_every_page_onto_the_printer(qtbot, tmp_path):
    source = _two_page_pdf(tmp_path / "two.pdf")
    document = load_pdf(source)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pages(printer, document) == 2
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2


def test_print_pages_honours_the_chosen_range(qtbot, tmp_path):
    document = load_pdf(_two_page_pdf(tmp_path / "two.pdf"))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "second.pdf"))
    printer.setFromTo(2, 2)
    assert print_pages(printer, document) == 1
    assert len(PdfReader(tmp_path / "second.pdf").pages) == 1


def test_without_a_printer_the_user_is_told_to_save_a_pdf(qtbot, tmp_path, monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(print_job.QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(
        print_job,
        "message_box",
        lambda parent, icon, title, text: said.append((title, text)),
    )
    assert print_job.print_with_dialog(None, _two_page_pdf(tmp_path / "x.pdf")) is False
    assert said and said[0][0] == "没有打印机"
    assert "另存为 PDF" in said[0][1]


class _PrintDialogThatChoosesAFile:
    """Stands in for QPrintDialog: 'prints' to a PDF file, or cancels."""

    output: Path | None = None
    printers: ClassVar[list[QPrinter]] = []

    def __init__(self, printer: QPrinter, parent=None) -> None:
        self.printer = printer
        type(self).printers.append(printer)

    def setWindowTitle(self, title: str) -> None:
        self.title = title

    def setMinMax(self, low: int, high: int) -> None:
        self.range = (low, high)

    def deleteLater(self) -> None:
        self.deleted = True

    def exec(self):
        from PySide6.QtWidgets import QDialog

        if self.output is None:
            return QDialog.DialogCode.Rejected
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.output))
        return QDialog.DialogCode.Accepted


@pytest.fixture
def print_dialog(monkeypatch):
    class Dialog(_PrintDialogThatChoosesAFile):
        printers: ClassVar[list[QPrinter]] = []

    monkeypatch.setattr(
        print_job.QPrinterInfo, "availablePrinters", staticmethod(lambda: ["printer"])
    )
    monkeypatch.setattr(print_job, "QPrintDialog", Dialog)
    return Dialog


def test_print_with_dialog_sends_every_page_on_a4(qtbot, tmp_path, print_dialog):
    print_dialog.output = tmp_path / "out.pdf"
    assert print_job.print_with_dialog(None, _two_page_pdf(tmp_path / "two.pdf")) is True
    printer = print_dialog.printers[0]
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.docName() == "two.pdf"
    assert len(PdfReader(tmp_path / "out.pdf").pages) == 2


def test_print_with_dialog_cancelled(qtbot, tmp_path, print_dialog):
    print_dialog.output = None
    assert print_job.print_with_dialog(None, _two_page_pdf(tmp_path / "two.pdf")) is False
