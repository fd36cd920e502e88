"""A customer search that settles is audited once (issue 14): the customer list and every
CustomerPicker start `SettledSearch` on each edit; 1.5 s later without another — or at once when
a row is opened or a match chosen — the search shown is recorded by services.search_audit
(which writes a line only when the results show someone's full phone). The same search twice in
a row is recorded once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from anjia_desk.ui import ops

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor
    from anjia_desk.services.customers import CustomerQuery
    from anjia_desk.ui.context import AppContext
    from anjia_desk.ui.fields import MessageBar

#: A search is settled once the typing has paused this long.
SETTLE_MS = 1500


class SettledSearch(QObject):
    """The settling of one search field's searches; `query` says what is shown now."""

    def __init__(
        self,
        ctx: AppContext,
        query: Callable[[], CustomerQuery],
        parent: QWidget,
        *,
        message: MessageBar | None = None,
        place: str = "客户列表",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._query = query
        self._message = message
        self._place = place
        self._owner = parent
        self._audited: CustomerQuery | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.settle)

    def edited(self) -> None:
        """The search changed: it settles SETTLE_MS from now, unless changed again."""
        self.timer.start()

    def pending(self) -> bool:
        return self.timer.isActive()

    def settle(self, opened_id: int | None = None) -> None:
        """Record the search shown now (`opened_id`: the row opened that settled it)."""
        from anjia_desk.services.search_audit import record_settled_search

        self.timer.stop()
        query, now = self._query(), self.ctx.clock()
        if query == self._audited:
            return
        self._audited = query

        def work(session: Session, actor: Actor) -> bool:
            return record_settled_search(
                session, actor, query, opened_id=opened_id, place=self._place, now=now
            )

        ops.write(self.ctx, work, parent=self._owner, message=self._message, quiet=True)
