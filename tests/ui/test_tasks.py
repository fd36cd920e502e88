"""The task runner: one worker, results and errors back on the GUI thread, a late progress
dialog, cancelling."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from anjia_desk.core.errors import UserError
from anjia_desk.ui.errors import ErrorHandler
from anjia_desk.ui.tasks import PROGRESS_DELAY_MS, TaskCancelled, TaskRunner


@pytest.fixture
def bugs(fake_dialogs) -> ErrorHandler:
    return ErrorHandler(fake_dialogs)


@pytest.fixture
def runner(qtbot, fake_dialogs, bugs):
    runner = TaskRunner(fake_dialogs, error_handler=bugs)
    yield runner
    runner.shutdown(timeout=5)


class Done:
    def __init__(self) -> None:
        self.values: list[object] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, value: object) -> None:
        self.values.append(value)
        self.threads.append(threading.current_thread())


def test_result_comes_back_on_the_gui_thread(qtbot, runner):
    done = Done()
    worker_threads: list[threading.Thread] = []

    def work(progress, cancelled):
        worker_threads.append(threading.current_thread())
        return 6 * 7

    runner.run(work, on_done=done)
    qtbot.waitUntil(lambda: done.values == [42])
    assert done.threads == [threading.main_thread()]
    assert worker_threads[0] is not threading.main_thread()
    assert not runner.busy


def test_tasks_run_one_at_a_time_in_order(qtbot, runner):
    order: list[str] = []
    gate = threading.Event()
    active = 0
    overlap = False

    def make(name: str, wait: bool):
        def work(progress, cancelled):
            nonlocal active, overlap
            active += 1
            overlap = overlap or active > 1
            if wait:
                assert gate.wait(5)
            order.append(name)
            active -= 1
            return name

        return work

    done = Done()
    runner.run(make("first", True), on_done=done)
    runner.run(make("second", False), on_done=done)
    assert runner.busy
    gate.set()
    qtbot.waitUntil(lambda: len(done.values) == 2)
    assert order == ["first", "second"] == done.values
    assert not overlap


def test_user_error_becomes_a_warning(qtbot, runner, fake_dialogs):
    def work(progress, cancelled):
        raise UserError("文件被占用，请关闭后再试")

    runner.run(work, on_done=Done())
    qtbot.waitUntil(lambda: "warning" in fake_dialogs.names())
    assert fake_dialogs.calls[-1] == ("warning", ("无法完成", "文件被占用，请关闭后再试"))


def test_other_errors_open_the_bug_dialog_with_the_traceback(qtbot, runner, bugs):
    def broken_step(progress, cancelled):
        return {}["missing"]

    runner.run(broken_step, on_done=Done())
    qtbot.waitUntil(lambda: bugs.dialog is not None)
    qtbot.addWidget(bugs.dialog)
    report = bugs.dialog.report.toPlainText()
    assert "KeyError: 'missing'" in report
    assert "broken_step" in report


def test_on_error_replaces_the_default(qtbot, runner, fake_dialogs):
    seen: list[BaseException] = []

    def work(progress, cancelled):
        raise UserError("不行")

    runner.run(work, on_done=Done(), on_error=seen.append)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert isinstance(seen[0], UserError)
    assert fake_dialogs.calls == []


def test_quick_task_never_shows_a_progress_dialog(qtbot, runner):
    done = Done()
    task = runner.run(lambda progress, cancelled: "quick", on_done=done, label="很快")
    qtbot.waitUntil(lambda: done.values == ["quick"])
    assert task.dialog is None and task.done


def test_progress_dialog_appears_after_600_ms_and_follows_progress(qtbot, runner):
    assert PROGRESS_DELAY_MS == 600
    reported = threading.Event()
    release = threading.Event()

    def work(progress, cancelled):
        progress(3, 10)
        reported.set()
        assert release.wait(10)
        return "ok"

    done = Done()
    task = runner.run(work, on_done=done, label="正在导入…")
    assert reported.wait(5)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
    dialog = task.dialog
    assert dialog.labelText() == "正在导入…"
    qtbot.waitUntil(lambda: (dialog.value(), dialog.maximum()) == (3, 10))
    release.set()
    qtbot.waitUntil(lambda: done.values == ["ok"])
    assert task.dialog is None


def test_cancel_button_sets_the_flag_and_cancelled_task_calls_nothing(qtbot, runner, fake_dialogs):
    started = threading.Event()
    saw_cancel = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            if saw_cancel.wait(0.01):
                break
        saw_cancel.set()
        raise TaskCancelled

    done = Done()
    runner.progress_delay_ms = 0
    task = runner.run(work, on_done=done, label="可取消", cancellable=True)
    assert started.wait(5)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
    cancel = task.dialog.findChild(QPushButton)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert saw_cancel.wait(5)
    qtbot.waitUntil(lambda: not runner.busy)
    assert done.values == [] and fake_dialogs.calls == []
    assert task.cancelled


def test_on_cancelled_is_called_for_a_cancelled_task_queued_or_running(qtbot, runner):
    gate, started = threading.Event(), threading.Event()
    ended: list[str] = []

    def busy(progress, cancelled):
        started.set()
        gate.wait(10)
        if cancelled():
            raise TaskCancelled
        return "not cancelled"

    running = runner.run(busy, on_done=ended.append, on_cancelled=lambda: ended.append("running"))
    queued = runner.run(lambda p, c: "never", on_done=ended.append,
                        on_cancelled=lambda: ended.append("queued"))  # fmt: skip
    assert started.wait(5)
    queued.cancel()
    running.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert ended == ["running", "queued"]


def test_escape_does_not_close_a_task_that_cannot_be_cancelled(qtbot, runner):
    release = threading.Event()
    runner.progress_delay_ms = 0
    done = Done()
    task = runner.run(lambda p, c: release.wait(10), on_done=done, label="不能取消")
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
    qtbot.keyClick(task.dialog, Qt.Key.Key_Escape)
    assert task.dialog.isVisible() and not task.cancelled
    release.set()
    qtbot.waitUntil(lambda: done.values == [True])


def test_shutdown_drops_queued_tasks_and_refuses_new_ones(qtbot, runner):
    gate = threading.Event()
    ran: list[str] = []
    done = Done()
    runner.run(lambda p, c: gate.wait(5) and ran.append("first"), on_done=done)
    queued = runner.run(lambda p, c: ran.append("second"), on_done=done)
    gate.set()
    runner.shutdown(timeout=5)
    assert "second" not in ran and queued.cancelled
    with pytest.raises(RuntimeError):
        runner.run(lambda p, c: None, on_done=done)
