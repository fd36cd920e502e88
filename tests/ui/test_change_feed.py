"""Views hear of changes made on other PCs (issue 15): an open list shows a customer another
window registered within 5 s, the feed's queries never run on the GUI thread, this window's own
writes are not heard twice, and a lost connection is one quiet note, retried."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from anjia_desk.core.errors import UserError
from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, open_database, session_scope
from anjia_desk.db.models import Customer
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import change_feed, ops
from anjia_desk.ui.change_feed import ChangeFeed
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers.list_page import CustomersPage
from tests.helpers import add_actor

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


@pytest.fixture
def other(database: Database) -> Iterator[Database]:
    """The same database opened again, as the window on another PC (or another process) has it."""
    second = open_database(database.url)
    yield second
    second.close()


@pytest.fixture
def manager(database: Database) -> Actor:
    with session_scope(database, Actor.system()) as s:
        return add_actor(s, "boss", "周经理", Role.SITE_MANAGER)


@pytest.fixture
def mctx(ctx: AppContext, manager: Actor, runner: Any) -> AppContext:
    """The window's context as the site manager, with the task runner's threads."""
    ctx.set_actor(manager)
    ctx.clock = lambda: NOW
    return ctx


def register(database: Database, name: str, phone: str) -> int:
    with session_scope(database, Actor.system()) as s:
        customer = Customer(grade="B", channel="自然到访")
        cs.set_name(customer, name)
        cs.set_phone(customer, parse_phone(phone))
        s.add(customer)
        s.flush()
        return customer.id


def names(page: CustomersPage) -> list[str]:
    return [page.model.data(page.model.index(i, 0)) for i in range(page.model.rowCount())]


def open_list(qtbot: Any, ctx: AppContext) -> CustomersPage:
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: Topic.CUSTOMERS in page.sources)
    settle(qtbot, ctx, page)
    return page


def settle(qtbot: Any, ctx: AppContext, page: CustomersPage) -> None:
    """Until the list has nothing queued or running, its search settled (the audit line a list
    view writes 1.5 s after a load, issue 14) and the reload that follows that line done."""
    assert ctx.tasks is not None
    tasks = ctx.tasks
    qtbot.waitUntil(lambda: not tasks._tasks and not page.settle_timer.isActive(), timeout=5000)
    qtbot.waitUntil(lambda: not tasks._tasks)


def started(qtbot: Any, ctx: AppContext, window: QMainWindow | None = None) -> ChangeFeed:
    feed = ChangeFeed(ctx, window)
    feed.start()
    qtbot.waitUntil(lambda: feed.cursor.last is not None)  # it starts at the end of the log
    return feed


def test_a_customer_registered_on_another_pc_shows_in_the_open_list_within_5_s(
    qtbot, mctx, other
) -> None:
    on_gui_thread: list[str] = []
    feed_queries: list[str] = []

    def watch(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        if "change_log" in sql:
            feed_queries.append(sql)
            if threading.current_thread() is threading.main_thread():
                on_gui_thread.append(sql)

    broadcasts: list[ops.Changed] = []
    mctx.changed.connect(broadcasts.append)
    event.listen(mctx.database.engine, "before_cursor_execute", watch)
    try:
        page = open_list(qtbot, mctx)
        assert "远方客户" not in names(page)
        feed = started(qtbot, mctx)
        settle(qtbot, mctx, page)
        local = len(broadcasts)
        assert feed.cursor.origin is not None
        register(other, "远方客户", "13912340000")
        qtbot.waitUntil(lambda: "远方客户" in names(page), timeout=5000)
        heard = [b for b in broadcasts[local:] if b.remote]
        assert len(heard) == 1
        assert Topic.CUSTOMERS in heard[0].topics and heard[0].initiator is None
        feed.stop()
    finally:
        event.remove(mctx.database.engine, "before_cursor_execute", watch)
    assert feed_queries, "the feed looked at the change log"
    assert on_gui_thread == []


def test_this_windows_own_write_is_not_heard_again(qtbot, mctx, other) -> None:
    broadcasts: list[ops.Changed] = []
    mctx.changed.connect(broadcasts.append)
    feed = started(qtbot, mctx)
    looks: list[frozenset[Topic]] = []
    original = feed._heard
    feed._heard = lambda topics: (looks.append(topics), original(topics))  # type: ignore[method-assign]
    ops.write(mctx, lambda s, a: register_in(s, "本机客户", "13700000001"), parent=None)
    qtbot.waitUntil(lambda: len(broadcasts) == 1)
    assert not broadcasts[0].remote
    seen = len(looks)
    qtbot.waitUntil(lambda: len(looks) >= seen + 2, timeout=6000)  # two more looks: nothing
    assert [b.remote for b in broadcasts] == [False]
    assert all(not topics for topics in looks)

    register(other, "远方客户", "13912340000")  # while another PC's change is heard, once
    qtbot.waitUntil(lambda: len(broadcasts) == 2, timeout=5000)
    assert broadcasts[1].remote and Topic.CUSTOMERS in broadcasts[1].topics
    feed.stop()


def register_in(session: Any, name: str, phone: str) -> None:
    customer = Customer(grade="B", channel="自然到访")
    cs.set_name(customer, name)
    cs.set_phone(customer, parse_phone(phone))
    session.add(customer)


def test_a_lost_connection_is_one_quiet_note_and_is_retried(
    qtbot, mctx, other, fake_dialogs, monkeypatch
) -> None:
    monkeypatch.setattr(change_feed, "RETRY_MS", 50)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    feed = started(qtbot, mctx, window)
    broadcasts: list[ops.Changed] = []
    mctx.changed.connect(broadcasts.append)
    real_poll = feed.cursor.poll
    failures: list[int] = []

    def server_down(session: Any) -> frozenset[str]:
        if len(failures) < 5:  # as session_scope says it (a UserError), or the driver's error
            failures.append(1)
            if len(failures) % 2:
                raise UserError("数据库出错：connection failed: Connection refused")
            raise OperationalError("SELECT", {}, Exception("server closed the connection"))
        return real_poll(session)

    monkeypatch.setattr(feed.cursor, "poll", server_down)
    register(other, "断线时登记", "13912340001")  # made while this window could not look
    feed.timer.start(0)
    qtbot.waitUntil(lambda: feed.lost and feed.note.isVisible())
    assert change_feed.LOST_NOTE in feed.note.text()
    qtbot.waitUntil(lambda: len(failures) == 5 and not feed.lost, timeout=5000)
    assert not feed.note.isVisible()
    # What was changed meanwhile is heard once the database answers again.
    qtbot.waitUntil(lambda: any(b.remote and Topic.CUSTOMERS in b.topics for b in broadcasts))
    assert fake_dialogs.calls == []  # no dialog, however many looks failed
    feed.stop()


def test_a_bug_in_the_feed_is_reported_once_and_it_stops(qtbot, mctx, monkeypatch) -> None:
    feed = started(qtbot, mctx)
    reported: list[BaseException] = []
    monkeypatch.setattr(mctx.tasks, "report_error", reported.append)

    def broken(_session: Any) -> frozenset[str]:
        raise KeyError("a bug")

    monkeypatch.setattr(feed.cursor, "poll", broken)
    feed.timer.start(0)
    qtbot.waitUntil(lambda: not feed.running)
    assert [type(exc) for exc in reported] == [KeyError]
    assert not feed.timer.isActive()


def test_the_window_polls_and_stops_with_the_database_replaced(qtbot, mctx) -> None:
    feed = started(qtbot, mctx)
    assert feed.running
    mctx.database_replaced.emit()
    assert not feed.running and not feed.timer.isActive()


def rename(database: Database, customer_id: int, name: str) -> None:
    with session_scope(database, Actor.system()) as s:
        customer = s.get(Customer, customer_id)
        assert customer is not None
        cs.set_name(customer, name)


def test_an_open_customer_page_follows_another_pc_but_keeps_what_is_typed(
    qtbot, ctx, runner, other, fake_dialogs
) -> None:
    from anjia_desk.ui.customers.window import open_customer

    ctx.clock = lambda: NOW
    zhang = register(ctx.database, "张伟", "13812345678")
    feed = started(qtbot, ctx)
    page = open_customer(ctx, zhang)
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert not page._typing()
    rename(other, zhang, "张大伟")  # nothing typed here: the page follows
    qtbot.waitUntil(lambda: page.profile.name.text() == "张大伟", timeout=5000)

    broadcasts: list[ops.Changed] = []
    ctx.changed.connect(broadcasts.append)
    qtbot.keyClicks(page.profile.budget, "200-300")
    assert page._typing()
    rename(other, zhang, "张小伟")
    qtbot.waitUntil(lambda: any(b.remote for b in broadcasts), timeout=5000)
    qtbot.waitUntil(lambda: not runner._tasks)
    assert page.profile.budget.text() == "200-300"  # not reloaded under the person's hands
    assert page.profile.name.text() == "张大伟"
    qtbot.mouseClick(page.profile.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind == "error")
    assert "修改过" in page.message.text()  # the version check says so; nothing is lost
    assert page.profile.budget.text() == "200-300"
    feed.stop()
    fake_dialogs.unsaved_answer = "discard"
    page.close()


def test_the_main_window_listens_with_its_automatic_work(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QLabel

    from anjia_desk.ui import main_window as main_window_module
    from anjia_desk.ui.main_window import MainWindow
    from anjia_desk.ui.pages import Section

    starts: list[int] = []
    monkeypatch.setattr(ChangeFeed, "start", lambda self, delay_ms=0: starts.append(delay_ms))
    monkeypatch.setattr(
        main_window_module,
        "build_sections",
        lambda _ctx: [Section("workbench", "工作台", QLabel())],
    )
    quiet = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(quiet)
    assert isinstance(quiet.feed, ChangeFeed) and starts == []
    busy = MainWindow(ctx, auto_backup=True)
    qtbot.addWidget(busy)
    busy.backup_timer.stop()
    busy.daily.stop()
    assert starts == [0]
    assert busy.statusBar().isAncestorOf(busy.feed.note) and busy.feed.note.isHidden()
    busy.tasks.shutdown(timeout=5)
    busy.feed._stopped = False
    busy.feed.poll()  # after the window's runner shut down: nothing is queued, nothing raises


def test_a_page_with_unsaved_rows_keeps_them_when_another_pc_changes(qtbot, ctx) -> None:
    """The 节假日 calendar with a row added and not saved: another PC's settings change (which
    the page's data also comes from) waits until the page is saved or shown again."""
    from datetime import date

    from anjia_desk.ui.pages.calendar_page import CalendarPage, to_qdate

    ctx.clock = lambda: NOW
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_year(2027)
    page.new_date.setDate(to_qdate(date(2027, 1, 1)))
    page.new_name.setText("元旦")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.is_dirty() and page.model.rowCount() == 1
    assert Topic.SETTINGS in page.sources

    heard: list[frozenset[Topic]] = []
    ops.watch(ctx, lambda _s: frozenset({"settings"}), done=heard.append, failed=pytest.fail)
    assert heard == [{Topic.SETTINGS}]
    assert page.model.rowCount() == 1 and page.is_dirty()  # what was added is still there

    page.model.set_rows([])  # nothing unsaved any more: the next change reloads as ever
    shown: list[int] = []
    original = page._show
    page._show = lambda view: (shown.append(view.year), original(view))  # type: ignore[method-assign]
    ops.watch(ctx, lambda _s: frozenset({"settings"}), done=heard.append, failed=pytest.fail)
    assert shown == [2027]
