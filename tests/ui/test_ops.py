"""ui/ops.py: writes on the writer with the topics they wrote broadcast, reads on the reader with
the topics they read, user errors beside the form, long work with Cancel, pages that learn what
their data comes from."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.db.engine import session_scope
from anjia_desk.services import users
from anjia_desk.services.settings import get_setting, update_settings
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import FieldErrors, MessageBar
from anjia_desk.ui.ops import Changed
from anjia_desk.ui.tasks import TaskCancelled
from anjia_desk.ui.widgets import LazyPage


def _save_setting(session, actor):
    update_settings(session, actor, {"security.lock_minutes": 15})
    return "saved"


def _lock_after(minutes: int):
    def work(session, actor):
        update_settings(session, actor, {"security.lock_minutes": minutes})

    return work


def _read_setting(session, actor):
    return get_setting(session, "security.lock_minutes")


def test_a_write_broadcasts_the_topics_of_the_tables_it_wrote(qtbot, ctx: AppContext) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    results: list[str] = []
    with qtbot.waitSignal(ctx.changed) as changed:
        ops.write(ctx, _save_setting, parent=owner, done=results.append)
    assert results == ["saved"]
    [broadcast] = changed.args
    assert isinstance(broadcast, Changed)
    assert broadcast.topics == {Topic.SETTINGS, Topic.AUDIT}
    assert broadcast.initiator is owner
    assert broadcast.touches(Topic.SETTINGS) and broadcast.touches({Topic.DEALS, Topic.AUDIT})
    assert not broadcast.touches(Topic.DEALS, Topic.UNITS) and not broadcast.touches(set())


def test_a_user_error_is_shown_beside_the_field_and_nothing_is_broadcast(qtbot, ctx) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    bar = MessageBar(owner)
    errors = FieldErrors()
    errors.label_for("name", owner)
    heard: list[object] = []
    ctx.changed.connect(heard.append)

    def refuse(session, actor):
        update_settings(session, actor, {"security.lock_minutes": 15})
        raise ValidationError({"name": "请填写姓名"})

    ops.write(ctx, refuse, parent=owner, message=bar, errors=errors)
    assert errors.message("name") == "请填写姓名"
    assert bar.kind == "error"
    assert heard == []
    with session_scope(ctx.database) as session:  # rolled back
        assert get_setting(session, "security.lock_minutes") == 10


def test_a_user_error_without_a_form_goes_to_failed_or_a_warning(qtbot, ctx, fake_dialogs) -> None:
    def refuse(session, actor):
        raise UserError("不行")

    seen: list[str] = []
    ops.write(ctx, refuse, parent=None, failed=lambda exc: seen.append(exc.message))
    assert seen == ["不行"]
    ops.write(ctx, refuse, parent=None)
    assert fake_dialogs.calls[-1] == ("warning", ("无法完成", "不行"))


def test_a_bug_raises_when_run_here(qtbot, ctx) -> None:
    def broken(session, actor):
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        ops.write(ctx, broken, parent=None)


def test_with_a_runner_the_work_runs_on_the_writer_and_done_on_the_gui_thread(
    qtbot, ctx, runner
) -> None:
    threads: list[threading.Thread] = []

    def work(session, actor):
        threads.append(threading.current_thread())
        return _save_setting(session, actor)

    done: list[tuple[str, threading.Thread]] = []
    with qtbot.waitSignal(ctx.changed):
        ops.write(
            ctx, work, parent=None, done=lambda v: done.append((v, threading.current_thread()))
        )
    qtbot.waitUntil(lambda: bool(done))
    assert threads[0] is not threading.main_thread()
    assert done == [("saved", threading.main_thread())]


def test_a_read_runs_beside_a_long_write(qtbot, ctx, runner) -> None:
    gate = threading.Event()
    wrote: list[str] = []

    def slow_write(session, actor):
        gate.wait(10)
        return _save_setting(session, actor)

    ops.write(ctx, slow_write, parent=None, done=wrote.append)
    reads: list[ops.Read] = []
    ops.read(ctx, _read_setting, parent=None, done=reads.append)
    qtbot.waitUntil(lambda: bool(reads))  # while the write still waits
    assert wrote == []
    assert reads[0].value == 10 and reads[0].topics == {Topic.SETTINGS}
    gate.set()
    qtbot.waitUntil(lambda: wrote == ["saved"])
    assert ops.read_now(ctx, _read_setting) == 15


def test_a_deleted_owner_gets_no_callback(qtbot, ctx, runner) -> None:
    owner = QWidget()
    done: list[object] = []
    gate = threading.Event()

    def work(session, actor):
        gate.wait(10)
        return 1

    ops.read(ctx, work, parent=owner, done=done.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner))
    gate.set()
    qtbot.waitUntil(lambda: not runner._tasks)
    assert done == []


def test_a_disabled_account_does_nothing_and_the_window_hears_it(qtbot, ctx: AppContext) -> None:
    with session_scope(ctx.database, ctx.actor) as session:
        clerk = users.add_user(
            session,
            ctx.actor,
            username="clerk",
            display_name="前台",
            roles=["front_desk"],
            password="clerk-pass-1",
        )
    with session_scope(ctx.database) as session:
        actor = users.login(session, "clerk", "clerk-pass-1")
    with session_scope(ctx.database, ctx.actor) as session:
        users.set_active(session, ctx.actor, clerk.id, active=False)
    ctx.set_actor(actor)
    with qtbot.waitSignal(ctx.account_disabled):
        ops.write(ctx, _save_setting, parent=None, failed=lambda exc: None)


def test_a_job_reports_progress_cancel_and_its_writes(qtbot, ctx, runner) -> None:
    ended: list[object] = []

    def work(session, actor, progress, cancelled):
        progress(1, 2)
        return _save_setting(session, actor)

    with qtbot.waitSignal(ctx.changed) as changed:
        ops.job(
            ctx,
            work,
            parent=None,
            done=ended.append,
            failed=ended.append,
            cancelled=lambda: ended.append("cancelled"),
            label="导入",
        )
    qtbot.waitUntil(lambda: ended == ["saved"])
    assert Topic.SETTINGS in changed.args[0].topics

    def stops(session, actor, progress, cancelled):
        raise TaskCancelled

    ops.job(
        ctx,
        stops,
        parent=None,
        done=ended.append,
        failed=ended.append,
        cancelled=lambda: ended.append("cancelled"),
        label="导入",
    )
    qtbot.waitUntil(lambda: ended[-1] == "cancelled")


class _SettingsView(LazyPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.loads = 0

    def reload(self) -> None:
        self.load(_read_setting, self._loaded)

    def _loaded(self, value: object) -> None:
        self.loads += 1


def test_a_page_refreshes_on_what_its_data_came_from(qtbot, ctx: AppContext) -> None:
    page = _SettingsView(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.loads == 1 and page.sources == {Topic.SETTINGS}
    ops.write(ctx, _save_setting, parent=None)
    assert page.loads == 2

    def other(session, actor):
        users.add_user(
            session,
            actor,
            username="clerk",
            display_name="前台",
            roles=["front_desk"],
            password="clerk-pass-1",
        )

    ops.write(ctx, other, parent=None)
    assert page.loads == 2
    ops.write(ctx, _save_setting, parent=None)  # the same value again: nothing written
    assert page.loads == 2
    page.hide()
    ops.write(ctx, _lock_after(20), parent=None)
    assert page.loads == 2  # hidden: stale until shown
    page.show()
    assert page.loads == 3
    page.hide()
    ops.write(ctx, _lock_after(25), parent=None, initiator=page)
    assert page.loads == 4  # the page that wrote shows the result even when hidden
