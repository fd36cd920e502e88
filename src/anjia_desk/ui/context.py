"""What every page of the window shares: the database, the acting user, the dialog seam, the task
runner, the clock, and one signal that broadcasts what each write changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from anjia_desk.services.context import Actor
from anjia_desk.ui.seams import Dialogs

if TYPE_CHECKING:
    # SQLAlchemy costs ~0.4 s to import: the login dialog must not wait for it (PITFALLS.md).

    from anjia_desk.db.engine import Database
    from anjia_desk.ui.tasks import TaskRunner


def _utcnow() -> datetime:
    return datetime.now(UTC)


class AppContext(QObject):
    #: Emitted by ui/ops.py with a `Changed` (the topics written) after every committed write.
    changed = Signal(object)
    #: Emitted when the acting user changes (login, switch user, roles changed by an admin).
    actor_changed = Signal(object)
    #: Emitted when the logged-in account turns out to be disabled (the window locks).
    account_disabled = Signal()
    #: Emitted when a restore has replaced the database under the window (it must restart).
    database_replaced = Signal()
    # Internal: a fresher Actor found inside a unit of work, possibly on the worker thread;
    # delivered to the GUI thread through a queued connection.
    _actor_refreshed = Signal()  # the Actor waits in _fresh_actor: no Python object crosses

    def __init__(
        self,
        database: Database,
        actor: Actor | None = None,
        *,
        dialogs: Dialogs | None = None,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        super().__init__()
        self.database = database
        self._actor = actor
        self.dialogs = dialogs or Dialogs()
        self.clock = clock
        self.tasks: TaskRunner | None = None  # set by the main window
        self._fresh_actor: Actor | None = None
        self._actor_refreshed.connect(self._apply_refreshed, Qt.ConnectionType.QueuedConnection)

    @property
    def actor(self) -> Actor:
        if self._actor is None:
            raise RuntimeError("no user is logged in")
        return self._actor

    def set_actor(self, actor: Actor | None) -> None:
        self._actor = actor
        self.actor_changed.emit(actor)

    def actor_refreshed(self, actor: Actor) -> None:
        """A fresher Actor was read inside a unit of work (maybe on a worker thread): it reaches
        the GUI thread through a queued connection."""
        self._fresh_actor = actor
        self._actor_refreshed.emit()

    def _apply_refreshed(self) -> None:
        actor, self._fresh_actor = self._fresh_actor, None
        current = self._actor
        if actor is None:
            return
        if current is not None and current.user_id == actor.user_id and current != actor:
            self.set_actor(actor)
