"""A long operation (ui/ops.py `job`: progress and Cancel) that always says how it ended (done,
failed or cancelled), and the dialog that runs one at a time (the import wizard, the export
dialog)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar

if TYPE_CHECKING:
    from anjia_desk.ui.tasks import Task


class Job(QObject):
    """One cancellable operation through `ops.job` (right here when there is no task runner).

    Its end is always reported, as done, failed or cancelled (the runner's `on_cancelled` also
    covers a task cancelled while it still waited in the queue); what it wrote is broadcast by
    the operation layer, with the dialog as the initiator."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self._callbacks: (
            tuple[Callable[[Any], None], Callable[[BaseException], None], Callable[[], None]] | None
        ) = None

    @property
    def running(self) -> bool:
        return self._callbacks is not None

    def start(
        self,
        ctx: AppContext,
        work: ops.LongWork[Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_cancelled: Callable[[], None],
        label: str,
    ) -> None:
        """Run `work(session, actor, progress, cancelled)` as one operation."""
        if self.running:
            raise RuntimeError("a job is already running")
        self._callbacks = (on_done, on_error, on_cancelled)
        owner = self.parent()
        task = ops.job(
            ctx,
            work,
            parent=owner if isinstance(owner, QWidget) else None,
            done=self._done,
            failed=self._failed,
            cancelled=self._cancelled,
            label=label,
        )
        if self._callbacks is not None:  # still running (None: it ended here and now)
            self._task = task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _finish(
        self,
    ) -> tuple[Callable[[Any], None], Callable[[BaseException], None], Callable[[], None]] | None:
        callbacks, self._callbacks, self._task = self._callbacks, None, None
        return callbacks

    def _done(self, result: object) -> None:
        callbacks = self._finish()
        if callbacks is not None:
            callbacks[0](result)

    def _failed(self, exc: BaseException) -> None:
        callbacks = self._finish()
        if callbacks is not None:
            callbacks[1](exc)

    def _cancelled(self) -> None:
        callbacks = self._finish()
        if callbacks is not None:
            callbacks[2]()


class JobDialog(QDialog):
    """A dialog that runs one Job at a time (the import wizard, the export dialog): 取消, Esc or
    the close button while it runs cancel the job, and the dialog closes when the job ends.
    A subclass shows its state in `_update` and calls `_after_job` when a job has ended."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = Job(self)
        self._close_when_idle = False

    message: MessageBar  # each dialog places its own

    @property
    def busy(self) -> bool:
        return self.job.running

    def _update(self) -> None:
        """Enable and disable the controls for the current state."""

    def _after_job(self) -> None:
        self._update()
        if self._close_when_idle:
            self._close_when_idle = False
            super().reject()

    def reject(self) -> None:
        """取消, Esc or the close button: while a job runs, cancel it and close when it ends."""
        if self.busy:
            self._close_when_idle = True
            self.job.cancel()
            self.message.show_info("正在取消…")
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def report_bug(ctx: AppContext, exc: BaseException) -> None:
    """Anything that is not a UserError is a bug: the window's report dialog (raised in tests)."""
    if ctx.tasks is None:
        raise exc
    ctx.tasks.report_error(exc)
