"""What every page of the window shares: the database, the acting user, the dialog seam, the task
runner, the clock, and one signal that broadcasts what each write changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.changes import Changes
from anjia_desk.services.context import Actor
from anjia_desk.ui.seams import Dialogs

if TYPE_CHECKING:
    from anjia_desk.ui.tasks import TaskRunner


def _utcnow() -> datetime:
    return datetime.now(UTC)


class AppContext(QObject):
    #: Emitted with a Changes after every completed write.
    changed = Signal(object)
    #: Emitted when the acting user changes (login, switch user).
    actor_changed = Signal(object)

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

    @property
    def actor(self) -> Actor:
        if self._actor is None:
            raise RuntimeError("no user is logged in")
        return self._actor

    def set_actor(self, actor: Actor | None) -> None:
        self._actor = actor
        self.actor_changed.emit(actor)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work as the logged-in user: committed on success, rolled back on error."""
        with session_scope(self.database, self._actor) as session:
            yield session

    def notify(self, changes: Changes) -> None:
        self.changed.emit(changes)
