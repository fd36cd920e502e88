"""Pages that load their data when first shown, and again when what they show has changed.

(Fields and the message line live in ui/fields.py, table models in ui/tables.py, text for people
in ui/formatting.py.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QWidget,
)

from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.ops import Changed

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


T = TypeVar("T")

# --- pages that load when first shown


class LazyPage(QWidget):
    """A page that loads its data when first shown, and again when shown after a change.

    Subclasses implement `reload()`, which reads through `self.load(work, done)`: the topics of
    the tables that work read become the page's `sources`, and a broadcast touching any of them
    reloads the page (at once when it is visible, else when it is next shown). The page that ran
    an operation (its initiator) reloads even when hidden, so it shows the result.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        #: The topics this page's data came from, learnt from what its loads read.
        self.sources: frozenset[Topic] = frozenset()
        ctx.changed.connect(self._on_changed)

    def concerns(self, changes: Changed) -> bool:
        return changes.touches(self.sources)

    def reload(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def load(
        self,
        work: Callable[[Session, Actor], T],
        done: Callable[[T], None],
        *,
        message: MessageBar | None = None,
    ) -> None:
        """Read through the operation layer's reader, then `done(value)`; remembers the topics
        read, so the page refreshes on exactly what its data comes from."""

        def loaded(result: ops.Read) -> None:
            self.sources = self.sources | result.topics
            done(result.value)

        ops.read(self.ctx, work, parent=self, done=loaded, message=message)

    def ensure_loaded(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def keeps_input(self) -> bool:
        """Whether the page holds input not saved yet, which a change heard from another PC must
        not overwrite (issue 15): the page then reloads when next shown or after its save."""
        return False

    def _on_changed(self, changes: Changed) -> None:
        mine = changes.initiator is self
        if not mine and not self.concerns(changes):
            return
        if changes.remote and self.keeps_input():
            self._stale = True
            return
        if mine or self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True
