"""The background workers (STYLE.md §4, after Anki's taskman and progress).

One writer thread, because SQLite has one writer, and one reader thread beside it (WAL lets
readers run while a write is under way), so a list does not wait behind a long import. A task is
a plain Python function `fn(progress, cancelled)`: it may call `progress(done, total)` and poll
`cancelled()`, and never touches Qt. Its result or exception comes back on the GUI thread
through a queued signal. A progress dialog appears only when the task is still running after
600 ms, so quick actions never flash one.
"""

from __future__ import annotations

import gc
import itertools
import logging
import math
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from anjia_desk.core.errors import UserError
from anjia_desk.ui import errors
from anjia_desk.ui.seams import Dialogs

log = logging.getLogger("anjia_desk.ui.tasks")

PROGRESS_DELAY_MS = 600
_TICK_MS = 50  # how often waiting tasks are checked for a due progress dialog
_PROGRESS_EVERY_S = 0.05  # at most ~20 progress updates a second cross to the GUI thread
_GC_EVERY_MS = 500
_gc_holders: set[int] = set()  # the live runners that keep automatic collection off


def _collect_garbage() -> None:
    """Collect the generations whose thresholds were passed, on the GUI thread."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] > thresholds[0]:
        gc.collect(0)
        if counts[1] > thresholds[1]:
            gc.collect(1)
            if counts[2] > thresholds[2]:
                gc.collect(2)


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
TaskFn = Callable[[Progress, Cancelled], Any]

#: The two lanes: writes one at a time, reads one at a time beside them.
WRITE = "write"
READ = "read"
#: A third lane for the look at what other PCs changed (ui.change_feed, issue 15): it must not
#: wait behind a long read.
FEED = "feed"


class TaskCancelled(Exception):
    """Raised by a task that stopped because the user pressed Cancel: no callback runs."""


@dataclass
class Task:
    """What `TaskRunner.run` returns: the caller may cancel it or ask whether it is done."""

    id: int
    label: str
    cancellable: bool
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    #: Called when the task ended by Cancel (also before it started); None: nothing is called.
    on_cancelled: Callable[[], None] | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event)
    done: bool = False
    progress: tuple[int, int] = (0, 0)
    dialog: _ProgressDialog | None = None
    show_at: float = 0.0  # time.monotonic() when the progress dialog may appear
    lane: str = WRITE

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _ProgressDialog(QProgressDialog):
    """A progress dialog that Esc or the close button cannot dismiss unless the task can be
    cancelled (and then they cancel it, like the button)."""

    def __init__(self, task: Task, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.task = task
        self.setWindowTitle("请稍候")
        self.setLabelText(task.label or "正在处理…")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        if task.cancellable:
            self.setCancelButtonText("取消")
        else:
            self.setCancelButton(None)
        self.set_progress(*task.progress)
        self.canceled.connect(self._on_canceled)

    def _on_canceled(self) -> None:
        self.task.cancel()
        if not self.task.done:
            self.setLabelText("正在取消…")
            self.show()  # QProgressDialog hides itself on cancel: keep it until the task ends

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
        else:
            self.setRange(0, 0)  # busy indicator

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.task.cancellable:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task.cancellable:
            self.task.cancel()
            super().closeEvent(event)
        elif not self.task.done:
            event.ignore()


class TaskRunner(QObject):
    """Runs tasks one at a time per lane (a writer and a reader thread); callbacks run on the GUI
    thread."""

    # Only the task's id crosses the thread boundary: its outcome waits in `_outcomes` (a dict
    # that the GIL guards). PySide 6.12's reference handling of Python objects carried by a
    # queued signal raced with a second worker thread and crashed the process now and then.
    _finished = Signal(int)
    _progressed = Signal(int, int, int)

    def __init__(
        self,
        dialogs: Dialogs | None = None,
        parent_widget: QWidget | None = None,
        *,
        progress_delay_ms: int = PROGRESS_DELAY_MS,
        error_handler: errors.ErrorHandler | None = None,
    ) -> None:
        super().__init__()
        self.dialogs = dialogs or Dialogs()
        self.parent_widget = parent_widget
        self.progress_delay_ms = progress_delay_ms
        self._error_handler = error_handler
        self._ids = itertools.count(1)
        self._tasks: dict[int, Task] = {}
        self._outcomes: dict[int, tuple[bool, object, object]] = {}
        self._queues: dict[str, queue.SimpleQueue[tuple[int, TaskFn, threading.Event] | None]]
        self._queues = {lane: queue.SimpleQueue() for lane in (WRITE, READ, FEED)}
        self._threads: dict[str, threading.Thread] = {}
        self._closed = False
        # Python's cyclic garbage collector runs in whichever thread happens to allocate: with
        # workers about, it could destroy a Qt object off the GUI thread. While a runner lives,
        # it runs only here, on the GUI thread, as often as its thresholds ask (qutebrowser does
        # the same).
        self._gc_timer = QTimer(self)
        self._gc_timer.setInterval(_GC_EVERY_MS)
        self._gc_timer.timeout.connect(_collect_garbage)
        self._gc_timer.start()
        _gc_holders.add(id(self))
        gc.disable()
        self._tick = QTimer(self)
        self._tick.setInterval(_TICK_MS)
        self._tick.timeout.connect(self._check_progress)
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    # -- GUI thread ------------------------------------------------------------------------

    def run(
        self,
        fn: TaskFn,
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
        cancellable: bool = False,
        on_cancelled: Callable[[], None] | None = None,
        lane: str = WRITE,
        show_progress: bool = True,
    ) -> Task:
        """Queue `fn(progress, cancelled)` on `lane` (WRITE or READ); `on_done(result)` or
        `on_error(exc)` follows on the GUI thread. Without `on_error`, a UserError is shown as a
        warning and anything else as a bug report. A task ended by Cancel (raising
        TaskCancelled, or cancelled while it still waited in the queue) calls `on_cancelled`
        when given, else nothing. Without `show_progress` no progress dialog ever appears (a
        list loading in the background)."""
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        task = Task(next(self._ids), label, cancellable, on_done, on_error, on_cancelled)
        task.lane = lane
        task.show_at = time.monotonic() + self.progress_delay_ms / 1000
        if not show_progress:
            task.show_at = math.inf
        self._tasks[task.id] = task
        if not self._tick.isActive():
            self._tick.start()
        self._ensure_thread(lane)
        self._queues[lane].put((task.id, fn, task.cancel_event))
        return task

    @property
    def closed(self) -> bool:
        """Whether `shutdown` was called: no task may be queued any more."""
        return self._closed

    @property
    def busy(self) -> bool:
        """True while a write is queued or running (reads do not count)."""
        return any(task.lane == WRITE for task in self._tasks.values())

    def shutdown(self, *, timeout: float | None = None) -> None:
        """Stop taking tasks, cancel the queued ones and wait for the running one to end."""
        self._closed = True
        self._tick.stop()
        self._gc_timer.stop()
        _gc_holders.discard(id(self))
        if not _gc_holders:
            gc.enable()
        for task in self._tasks.values():
            task.cancel()
            self._stop_feedback(task)
        self._tasks.clear()  # no callback runs after shutdown
        for lane in self._threads:
            self._queues[lane].put(None)
        for thread in self._threads.values():
            thread.join(timeout)
        self._threads.clear()

    def _ensure_thread(self, lane: str) -> None:
        if lane not in self._threads:
            thread = threading.Thread(
                target=self._work, args=(lane,), name=f"anjia-{lane}", daemon=True
            )
            self._threads[lane] = thread
            thread.start()

    def _check_progress(self) -> None:
        """Every few ms while tasks wait for their progress dialog: show the ones now due.

        (One timer owned by the runner and bound methods only: a lambda connected to a child's
        signal would keep the runner alive from inside its own child, and Qt would delete the
        child twice.)"""
        now = time.monotonic()
        waiting = False
        for task in list(self._tasks.values()):
            if task.dialog is not None or task.done or task.show_at == math.inf:
                continue
            if now >= task.show_at:
                task.dialog = _ProgressDialog(task, self.parent_widget)
                task.dialog.show()
            else:
                waiting = True
        if not waiting:
            self._tick.stop()

    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        task = self._tasks.get(task_id)
        if task is None:
            return
        task.progress = (done, total)
        if task.dialog is not None:
            task.dialog.set_progress(done, total)

    def _stop_feedback(self, task: Task) -> None:
        task.done = True
        if task.dialog is not None:
            task.dialog.hide()
            task.dialog.deleteLater()
            task.dialog = None

    def _on_finished(self, task_id: int) -> None:
        ok, value, _fn = self._outcomes.pop(task_id)  # released here, on the GUI thread
        task = self._tasks.pop(task_id, None)
        if task is None:
            return
        self._stop_feedback(task)
        if ok:
            task.on_done(value)
            return
        assert isinstance(value, BaseException)
        if isinstance(value, TaskCancelled):
            if task.on_cancelled is not None:
                task.on_cancelled()
            return
        if task.on_error is not None:
            task.on_error(value)
        else:
            self.report_error(value)

    def report_error(self, exc: BaseException) -> None:
        """The default for a failed task: a UserError as a warning, anything else as a bug."""
        if isinstance(exc, UserError):
            self.dialogs.warning(self.parent_widget, errors.USER_ERROR_TITLE, exc.message)
        else:
            handler = self._error_handler or errors.current_handler()
            handler.report_bug(type(exc), exc, exc.__traceback__, self.parent_widget)

    # -- worker thread: no Qt objects touched here except emitting signals -------------------

    def _work(self, lane: str) -> None:
        tasks = self._queues[lane]
        while True:
            item = tasks.get()
            if item is None:
                return
            task_id = item[0]
            # The outcome keeps the task's function too: whatever it holds (a dialog, a page) is
            # let go on the GUI thread, never here, where a Qt object's last reference dropped
            # would destroy it on the wrong thread. Nothing of it is left in this frame.
            self._outcomes[task_id] = self._run_one(item)
            del item
            self._finished.emit(task_id)

    def _run_one(self, item: tuple[int, TaskFn, threading.Event]) -> tuple[bool, object, object]:
        task_id, fn, cancel_event = item
        if cancel_event.is_set():
            return False, TaskCancelled(), fn
        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= _PROGRESS_EVERY_S or (total > 0 and done >= total):
                last = now
                self._progressed.emit(task_id, int(done), int(total))

        try:
            return True, fn(progress, cancel_event.is_set), fn
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            if not isinstance(exc, UserError | TaskCancelled):
                log.debug("task %s failed", task_id, exc_info=True)
            return False, exc, fn
