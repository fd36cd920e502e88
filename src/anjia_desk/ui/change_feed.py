"""Hearing what the other PCs changed (issue 15): every POLL_MS the window looks at the change
log (db.change_log) on the task runner's feed lane — one indexed query, never on the GUI thread —
and the operation layer broadcasts the topics of the tables the others wrote, so an open 销控表
or customer list shows a unit sold or a customer registered on another PC within seconds. This
window's own changes are skipped there: they were broadcast when they were made.

A lost connection (the server down, the network gone) shows one quiet note in the status bar and
the feed keeps trying; the first look that works again removes the note, and what the others
changed meanwhile is heard then. Only a bug in the feed itself is reported, once, and it stops.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from anjia_desk.core.errors import UserError
from anjia_desk.ui import ops

if TYPE_CHECKING:
    from anjia_desk.services.topics import Topic
    from anjia_desk.ui.context import AppContext

log = logging.getLogger("anjia_desk.ui.change_feed")

#: How often the window looks (a change is on screen within about this much plus a reload).
POLL_MS = 2_000
#: How soon it tries again after the database could not be reached.
RETRY_MS = 3_000
LOST_NOTE = "与数据库的连接中断，其他电脑的修改暂时看不到，正在重试…"


class ChangeFeed(QObject):
    """Polls the change log while the window is open; `start` after the window is built."""

    def __init__(
        self, ctx: AppContext, window: QMainWindow | None = None, *, interval_ms: int = POLL_MS
    ) -> None:
        super().__init__(window)
        from anjia_desk.db.change_log import ChangeCursor, origin_of

        self.ctx = ctx
        self.interval_ms = interval_ms
        self.cursor = ChangeCursor(origin=origin_of(ctx.database.engine))
        #: Whether the last look failed to reach the database (the note is showing).
        self.lost = False
        #: The topics the last look heard of (for a test, and the log).
        self.heard: frozenset[Topic] = frozenset()
        self._stopped = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)  # the next look is timed once this one has ended
        self.timer.timeout.connect(self.poll)
        self.note = QLabel(LOST_NOTE)
        self.note.setProperty("role", "hint")
        self.note.hide()
        if window is not None:
            window.statusBar().addPermanentWidget(self.note)
        ctx.database_replaced.connect(self.stop)

    def start(self, delay_ms: int = 0) -> None:
        self._stopped = False
        self.timer.start(delay_ms)

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()

    @property
    def running(self) -> bool:
        return not self._stopped

    def poll(self) -> None:
        """Look now (on the feed lane); the next look follows when this one has ended."""
        tasks = self.ctx.tasks
        if self._stopped or tasks is None or tasks.closed:
            return
        ops.watch(self.ctx, self.cursor.poll, done=self._heard, failed=self._failed)

    def _heard(self, topics: frozenset[Topic]) -> None:
        self.heard = topics
        if topics:
            log.debug("other PCs changed %s", sorted(t.value for t in topics))
        if self.lost:
            self.lost = False
            self.note.hide()
            log.info("the database can be reached again")
        self._again(self.interval_ms)

    def _failed(self, exc: BaseException) -> None:
        from sqlalchemy.exc import DBAPIError

        if not isinstance(exc, UserError | DBAPIError | OSError):  # a bug: told once, then quiet
            self.stop()
            if self.ctx.tasks is not None:
                self.ctx.tasks.report_error(exc)
            return
        if not self.lost:
            self.lost = True
            self.note.show()
            log.warning("cannot reach the database to hear other PCs' changes: %s", exc)
        self._again(RETRY_MS)

    def _again(self, delay_ms: int) -> None:
        if not self._stopped:
            self.timer.start(delay_ms)
