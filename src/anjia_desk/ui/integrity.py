"""The window's check, soon after start, that the database file is intact (issue 14).

SQLite's quick check runs as a read through the operation layer (off the GUI thread). A damaged
file gets a warning that says what to do — restore the last backup — and a permanent red note in
the status bar; backups and imports refuse it meanwhile (services call db.integrity themselves).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from anjia_desk.core.errors import UserError
from anjia_desk.ui import ops, palette

if TYPE_CHECKING:
    from anjia_desk.services.context import Actor
    from anjia_desk.ui.context import AppContext

log = logging.getLogger("anjia_desk.ui.integrity")

TITLE = "数据库已损坏"
STATUS_TEXT = "数据库已损坏：请用最近的备份恢复"
WHAT_NOW = "在恢复之前，自动备份和导入都会被拒绝；请尽快恢复，以免继续录入的内容丢失。"


class IntegrityCheck(QObject):
    """Checks the open database once (`start`) and tells the person when it is damaged."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        #: None until the check has run; then SQLite's list of problems (empty: intact).
        self.problems: list[str] | None = None
        self.label = QLabel(
            f'<span style="color:{palette.ERROR};font-weight:bold;">{STATUS_TEXT}</span>'
        )
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)

    def start(self) -> None:
        def work(session: Any, _actor: Actor) -> list[str]:
            from anjia_desk.db.integrity import session_problems

            return session_problems(session)

        ops.read(self.ctx, work, parent=self.window, done=self._done, failed=self._failed)

    def _done(self, result: ops.Read) -> None:
        self.problems = list(result.value)
        if self.problems:
            self._damaged()

    def _failed(self, exc: UserError) -> None:
        from anjia_desk.db.engine import DatabaseDamaged

        if isinstance(exc, DatabaseDamaged):  # a bad page before the check itself could run
            self.problems = [exc.message]
            self._damaged()
            return
        # Busy or locked: nothing is known; the backup and the imports check again themselves.
        log.warning("could not check the database: %s", exc.message)

    def _damaged(self) -> None:
        from anjia_desk.db.integrity import damaged_message

        problems = self.problems or []
        log.error("the database is damaged: %s", "; ".join(problems))
        self.label.setToolTip("\n".join(problems))
        self.label.show()
        self.ctx.dialogs.warning(self.window, TITLE, f"{damaged_message()}\n\n{WHAT_NOW}")
