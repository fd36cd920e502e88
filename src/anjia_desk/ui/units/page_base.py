"""What the 房源 page's modes share (projects and buildings, the selected unit's actions,
开盘选房): the page's state and widgets, opening a dialog (its done text on the message line,
a conflict reloading the board), and a write run by the page itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QListWidget, QPushButton

from anjia_desk.core.errors import ConflictError, UserError
from anjia_desk.services.unit_views import Board, BuildingRow, ProjectRow, TicketRow, UnitDetail
from anjia_desk.ui import ops
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.units.board import SalesBoard
from anjia_desk.ui.units.conflicts import RELOADED, UnitFormDialog, UnitReasonDialog
from anjia_desk.ui.units.panel import UnitPanel
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

#: A dialog of the page: it writes through the operation layer and may meet a conflict.
UnitsDialog = UnitFormDialog | UnitReasonDialog


class UnitsPageBase(LazyPage):
    """The 房源 page's state, widgets (made by ui.units.page.UnitsSection) and plumbing."""

    zone: ZoneInfo
    projects: list[ProjectRow]
    buildings: list[BuildingRow]
    board_data: Board | None
    detail: UnitDetail | None
    project_id: int | None
    building_id: int | None
    next_ticket: TicketRow | None
    #: 过号 numbers that may still choose, while choosing.
    skipped_tickets: list[TicketRow]
    #: The open dialog, if any.
    dialog: QDialog | None
    _loading: bool

    project_combo: QComboBox
    building_list: QListWidget
    project_info: QLabel
    new_project_button: QPushButton
    edit_project_button: QPushButton
    generate_button: QPushButton
    import_button: QPushButton
    choice_button: QPushButton
    queue_label: QLabel
    skip_button: QPushButton
    allow_button: QPushButton
    turn_box: QComboBox
    board: SalesBoard
    panel: UnitPanel
    message: MessageBar

    def project(self) -> ProjectRow | None:
        return next((p for p in self.projects if p.id == self.project_id), None)

    def _label(self) -> str:
        return self.detail.label if self.detail else ""

    def _today(self) -> date:
        return self.ctx.clock().astimezone(self.zone).date()

    # --- dialogs

    def _open(self, dialog: UnitsDialog) -> UnitsDialog:
        """Show `dialog`: once its write committed, its done text goes to the message line (the
        board reloads through the broadcast); a conflict reloads the board and says so."""
        self.message.clear_message()
        self.dialog = dialog
        dialog.saved.connect(self.message.show_ok)
        dialog.conflicted.connect(self._conflicted)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        dialog = self.sender()
        if self.dialog is dialog:
            self.dialog = None
        if isinstance(dialog, QDialog):
            dialog.deleteLater()

    def _conflicted(self, message: str) -> None:
        """Changed on another PC meanwhile: reload the board and ask to check it again."""
        self.reload()
        self.message.show_error(RELOADED.format(message=message))

    # --- writes without a dialog

    def _write(
        self, work: Callable[[Session, Actor], str], then: Callable[[], Any] | None = None
    ) -> None:
        """Run `work` as one operation: the page reloads on what it wrote and shows the text it
        returns, then `then()`. A refusal is shown on the page; a conflict reloads the board."""

        def done(text: str) -> None:
            self.message.show_ok(text)
            if then is not None:
                then()

        def failed(exc: UserError) -> None:
            if isinstance(exc, ConflictError):
                self._conflicted(exc.message)
            else:
                self.message.show_error(exc.message)

        self.message.clear_message()
        ops.write(self.ctx, work, parent=self, done=done, failed=failed)
