"""The daily risk recompute while the window runs (issue 13): soon after start-up, off the GUI
thread as the system, and again just after the office's midnight; once per office day."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from anjia_desk.core.risk import Dimension, Level
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import session_scope
from anjia_desk.db.models import AuditEntry, Customer
from anjia_desk.services import risk
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import daily
from anjia_desk.ui import main_window as main_window_module
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.daily import DailyJobs
from anjia_desk.ui.main_window import MainWindow
from anjia_desk.ui.ops import Changed
from anjia_desk.ui.pages import Section
from tests.helpers import add_actor
from tests.risk_fixtures import make_subscription
from tests.services.test_followups import make_customer

# 2026-06-10 23:30 in Shanghai; the office's midnight is 16:00 UTC.
LATE = datetime(2026, 6, 10, 15, 30, tzinfo=UTC)
MIDNIGHT = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)


def customer_marked_on(ctx: AppContext, day: date) -> int:
    """A subscribed customer with two marks of `day` (index 50), saved that day."""
    with session_scope(ctx.database, Actor.system()) as s:
        wang = add_actor(s, "wang", "王芳", Role.CONSULTANT)
        customer = make_customer(s, wang, at=LATE - timedelta(days=30))
        make_subscription(s, customer, at=LATE - timedelta(days=20))
        saved = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=2)
        marks = {Dimension.COMMUNICATION: Level.LOW, Dimension.FOCUS: Level.HIGH}
        risk.mark_risk(s, wang, customer.id, day=day, marks=marks, now=saved)
        assert customer.risk_index == 50
        return customer.id


def stored_index(ctx: AppContext, customer_id: int) -> int | None:
    with session_scope(ctx.database, Actor.system()) as s:
        customer = s.get(Customer, customer_id)
        assert customer is not None
        return customer.risk_index


def test_runs_at_start_then_just_after_the_offices_midnight(qtbot, ctx) -> None:
    customer_id = customer_marked_on(ctx, date(2026, 6, 4))  # the window's first day on 06-10
    clock = [LATE]
    ctx.clock = lambda: clock[0]
    window = QWidget()
    qtbot.addWidget(window)
    jobs = DailyJobs(ctx, window)
    changes: list[Changed] = []
    ctx.changed.connect(changes.append)

    jobs.run()  # what the start-up timer does
    assert jobs.last is not None and jobs.last.today == date(2026, 6, 10)
    assert jobs.last.changed == 0 and stored_index(ctx, customer_id) == 50
    # Next: just after midnight (30 minutes and the margin away).
    assert jobs.timer.isActive()
    assert jobs.timer.interval() == 30 * 60_000 + daily.MIDNIGHT_MARGIN_MS

    jobs.run()  # a second start the same office day: nothing to do
    assert jobs.last.changed is None

    clock[0] = MIDNIGHT + timedelta(seconds=5)
    jobs.timer.timeout.emit()
    assert jobs.last.today == date(2026, 6, 11) and jobs.last.changed == 1
    assert stored_index(ctx, customer_id) is None  # the 06-04 marks left the window
    assert any(change.touches(Topic.CUSTOMERS) for change in changes)  # the list re-sorts
    # A whole day ahead, but never more than an hour without a look.
    assert jobs.timer.interval() == daily.MAX_WAIT_MS

    ctx.database_replaced.emit()
    assert not jobs.timer.isActive()


def test_runs_off_the_gui_thread_as_the_system(qtbot, ctx, runner, monkeypatch) -> None:
    customer_id = customer_marked_on(ctx, date(2026, 6, 3))  # already out of the window
    ctx.clock = lambda: LATE
    threads: list[threading.Thread] = []
    original = daily.ops.job

    def spy(*args, **kwargs):
        work = args[1]

        def recorded(*a):
            threads.append(threading.current_thread())
            return work(*a)

        return original(args[0], recorded, *args[2:], **kwargs)

    monkeypatch.setattr(daily.ops, "job", spy)
    window = QWidget()
    qtbot.addWidget(window)
    jobs = DailyJobs(ctx, window)
    jobs.start(0)
    qtbot.waitUntil(lambda: jobs.last is not None, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert stored_index(ctx, customer_id) is None
    with session_scope(ctx.database, Actor.system()) as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.summary.contains("重算成交风险指数"))
        ).one()
        assert (entry.actor, entry.user_id) == ("system", None)  # not the logged-in admin


def test_the_main_window_starts_it_with_its_automatic_work(qtbot, ctx, monkeypatch) -> None:
    started: list[int] = []
    monkeypatch.setattr(DailyJobs, "start", lambda self, delay=0: started.append(delay))
    monkeypatch.setattr(
        main_window_module,
        "build_sections",
        lambda _ctx: [Section("workbench", "工作台", QLabel())],
    )
    quiet = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(quiet)
    assert isinstance(quiet.daily, DailyJobs) and started == []
    busy = MainWindow(ctx, auto_backup=True)
    qtbot.addWidget(busy)
    busy.backup_timer.stop()
    assert started == [0]
