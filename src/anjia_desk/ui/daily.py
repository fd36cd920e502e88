"""The office day's automatic work while the window runs (issue 13): the stored risk index of every
customer is recomputed as of today (services.risk_daily) soon after start-up — the first start of
an office day does it, later starts find it done — and again at the office's midnight.

The work runs through the operation layer (off the GUI thread, as the built-in system in the
audit); what it wrote is broadcast like any write, so the customer list re-sorts by itself.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from anjia_desk.ui import ops

if TYPE_CHECKING:
    from anjia_desk.services.context import Actor
    from anjia_desk.services.risk_daily import DailyRisk
    from anjia_desk.ui.context import AppContext

log = logging.getLogger("anjia_desk.ui.daily")

#: After start-up, once the window is up.
FIRST_RUN_MS = 2_000
#: Past midnight by this much, so that the office's date has surely changed.
MIDNIGHT_MARGIN_MS = 5_000
#: Never wait longer than this between checks (a PC that slept through midnight catches up).
MAX_WAIT_MS = 60 * 60_000
#: After a failure (the database busy, say), try again this much later.
RETRY_MS = 5 * 60_000


class DailyJobs(QObject):
    """Runs the daily risk recompute at start-up and at each office midnight."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        #: What the last run found (None until it has run once).
        self.last: DailyRisk | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run)
        ctx.database_replaced.connect(self.stop)

    def start(self, delay_ms: int = FIRST_RUN_MS) -> None:
        self.timer.start(delay_ms)

    def stop(self) -> None:
        self.timer.stop()

    def run(self) -> None:
        """Recompute now unless it already ran this office day (the service decides)."""
        database, now = self.ctx.database, self.ctx.clock()

        def work(_session: Any, _actor: Actor, _progress: Any, _cancelled: Any) -> DailyRisk:
            from anjia_desk.services.risk_daily import run_daily_risk

            return run_daily_risk(database, now=now)

        ops.job(
            self.ctx,
            work,
            parent=self.window,
            done=self._done,
            failed=self._failed,
            cancelled=self._cancelled,
            label="正在更新成交风险指数…",
            cancellable=False,
        )

    def next_wait_ms(self, result: DailyRisk) -> int:
        """Milliseconds until just after the next office midnight, at most MAX_WAIT_MS."""
        left = (result.next_midnight - self.ctx.clock()).total_seconds() * 1000
        return int(max(0, min(left + MIDNIGHT_MARGIN_MS, MAX_WAIT_MS)))

    def _done(self, result: DailyRisk) -> None:
        self.last = result
        if result.changed is not None:
            log.info("risk index recomputed for %s: %d changed", result.today, result.changed)
        self.timer.start(self.next_wait_ms(result))

    def _failed(self, exc: BaseException) -> None:
        log.warning("daily risk recompute failed; trying again later", exc_info=exc)
        self.timer.start(RETRY_MS)

    def _cancelled(self) -> None:
        self.timer.start(RETRY_MS)
