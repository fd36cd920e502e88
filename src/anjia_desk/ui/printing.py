"""The print flow every page shares: a paper made as a PDF through a service on the writer (printing
is audited), then the print preview (ui/print_preview.py). Deals print receipts and 认购书 here;
units print the 选房确认单 and customers their papers through `PdfPrinter.run`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from anjia_desk.core.errors import UserError
from anjia_desk.scratch import scratch_folder
from anjia_desk.services.printing import print_receipt, print_subscription
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor
    from anjia_desk.ui.print_preview import PrintPreviewDialog

#: Makes the paper: `produce(session, actor, out)` writes the PDF to `out` and returns its path.
Produce = Callable[["Session", "Actor", Path], Path]


class PdfPrinter(QObject):
    """Makes a PDF through a service on the writer (printing is audited) and opens the print
    preview; refusals go to `message`. `preview` is the open preview (None when there is none).
    The printer is the operation's initiator: the page does not reload for a print."""

    def __init__(self, ctx: AppContext, owner: QWidget, message: MessageBar) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.owner = owner
        self.message = message
        self.preview: PrintPreviewDialog | None = None

    def run(self, file_name: str, produce: Produce, label: str) -> None:
        folder = scratch_folder("print")  # in the data folder, swept if killed
        out = folder / f"{file_name}.pdf"

        def work(session: Session, actor: Actor) -> Path:
            try:
                return produce(session, actor, out)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise

        def opened(path: Path) -> None:
            self._open(path, folder)

        ops.write(
            self.ctx,
            work,
            parent=self.owner,
            done=opened,
            failed=self._refused,
            label=label,
            initiator=self,
        )

    def _refused(self, exc: UserError) -> None:
        if shiboken6.isValid(self.message):
            self.message.show_error(exc.message)

    def _open(self, pdf_path: Path, folder: Path) -> None:
        # Imported on the first preview: QtPdf is heavy and most sessions never print.
        from anjia_desk.ui.print_preview import PrintPreviewDialog

        if not shiboken6.isValid(self.owner):  # pragma: no cover - closed while printing
            shutil.rmtree(folder, ignore_errors=True)
            return
        dialog = PrintPreviewDialog(pdf_path, self.ctx.dialogs, self.owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: shutil.rmtree(folder, ignore_errors=True))
        dialog.destroyed.connect(self._forget)
        self.preview = dialog
        dialog.open()

    def _forget(self) -> None:
        self.preview = None

    def receipt(self, receipt_id: int, code: str) -> None:
        now = self.ctx.clock()

        def produce(session: Session, actor: Actor, out: Path) -> Path:
            return print_receipt(session, actor, receipt_id, out, now=now)

        self.run(f"收据-{code}", produce, "正在生成收据…")

    def subscription(self, deal_id: int, name: str) -> None:
        now = self.ctx.clock()

        def produce(session: Session, actor: Actor, out: Path) -> Path:
            return print_subscription(session, actor, deal_id, out, now=now)

        self.run(f"认购书-{name}", produce, "正在生成认购书…")
