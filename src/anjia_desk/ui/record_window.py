"""A record's own window — a deal, a change order: non-modal, one per record, shown once its
first read arrives (or never, with a warning, when that read fails), reloaded when a broadcast
touches what it read or when it or its sub-dialog wrote, and its sub-dialogs opened one at a
time with "done" said in its message bar.

A subclass names its reader (`load`: a module-level function run on the operation layer's
reader, never touching the widget), what it always follows (`follows`), the title of the
warning when the record cannot be opened (`open_title`), and how it shows what was read
(`show_detail`). `open_record` keeps one window per record in the subclass's `registry`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from anjia_desk.core.errors import NotFound, UserError
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.formatting import default_zone
from anjia_desk.ui.forms import FormDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


@dataclass(frozen=True)
class Loaded:
    """What a record window's read returns: the record's detail and the office's zone."""

    detail: Any
    zone: ZoneInfo


W = TypeVar("W", bound="RecordWindow")


class RecordWindow(QDialog):
    #: The read, run on the reader thread: (session, actor, record id, now) → Loaded.
    load: ClassVar[Callable[[Session, Actor, int, datetime], Loaded]]
    #: Topics the window always follows, beside those its read touched.
    follows: ClassVar[frozenset[Topic]] = frozenset()
    #: The warning's title when the first read fails ("打开交易").
    open_title: ClassVar[str] = ""
    #: The open windows of the subclass, by record id (each subclass sets its own).
    registry: ClassVar[dict[int, Any]]

    def __init__(self, ctx: AppContext, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.detail: Any = None
        self.zone: ZoneInfo = default_zone()
        self.load_error = ""
        #: The topics the record's data came from, learnt from what its read touched.
        self.sources: frozenset[Topic] = self.follows
        self.sub_dialog: FormDialog | None = None
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

    def follow_changes(self, message: MessageBar) -> None:
        """Call at the end of the subclass's set-up: where "done" and errors are said, and
        from now on the broadcasts."""
        self.message = message
        self.ctx.changed.connect(self._on_changed)

    def show_detail(self, detail: Any) -> None:  # pragma: no cover - every subclass has one
        raise NotImplementedError

    # --- loading

    def reload(self) -> None:
        """Read the record on the reader; the first read shows the window (`open_record`)."""
        load, record_id, now = type(self).load, self.record_id, self.ctx.clock()
        ops.read(
            self.ctx,
            lambda session, actor: load(session, actor, record_id, now),
            parent=self,
            done=self._loaded,
            failed=self._load_failed,
        )

    def _loaded(self, result: ops.Read) -> None:
        loaded: Loaded = result.value
        self.sources = result.topics | self.follows
        self.zone = loaded.zone
        first = self.detail is None
        self.detail = loaded.detail
        self.show_detail(loaded.detail)
        if first and self.registry.get(self.record_id) is self:
            self.show()

    def _load_failed(self, exc: UserError) -> None:
        self.load_error = exc.message
        if self.detail is None:  # the first read: the window never shows
            self.ctx.dialogs.warning(self.parentWidget(), self.open_title, exc.message)
            if self.registry.get(self.record_id) is self:
                del self.registry[self.record_id]
            self.deleteLater()
        elif isinstance(exc, NotFound):
            self.detail = None
            self.close()
        else:
            self.message.show_error(exc.message)

    def _on_changed(self, changes: Any) -> None:
        if not shiboken6.isValid(self):  # pragma: no cover - closed meanwhile
            return
        initiator = getattr(changes, "initiator", None)
        mine = initiator is not None and initiator in (self, self.sub_dialog)
        if self.detail is not None and (
            mine or (self.isVisible() and changes.touches(self.sources))
        ):
            self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.changed.disconnect(self._on_changed)
        self.registry.pop(self.record_id, None)
        super().closeEvent(event)

    # --- sub-dialogs

    def say_done(self, text: str) -> None:
        """After a write (which reloaded the window through its broadcast): say it is done."""
        if self.detail is not None:
            self.message.show_ok(text)

    def open_dialog(self, dialog: FormDialog) -> FormDialog:
        """Open a sub-dialog of this window (one at a time; "done" said when it saved)."""
        self.message.clear_message()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.say_done)
        dialog.destroyed.connect(self._forget_sub)
        self.sub_dialog = dialog
        dialog.open()
        return dialog

    def _forget_sub(self) -> None:
        self.sub_dialog = None


def open_record(cls: type[W], ctx: AppContext, record_id: int, parent: QWidget | None = None) -> W:
    """Show the record's window (non-blocking); an already open one comes to the front."""
    window = cls.registry.get(record_id)
    if window is not None and shiboken6.isValid(window) and window.ctx is ctx:
        if window.detail is None:  # still loading: it shows itself
            return window  # type: ignore[no-any-return]
        window.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns it cannot raise
            window.raise_()
            window.activateWindow()
        return window  # type: ignore[no-any-return]
    window = cls(ctx, record_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    cls.registry[record_id] = window
    window.reload()  # shows the window once read, or warns and deletes it
    return window
