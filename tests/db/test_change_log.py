"""The change log (issue 15): a commit in one open database is heard by a reader on another one
(another process, another PC) as the tables it wrote; the writer's own rows are its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, insert, select

from anjia_desk.db import change_log as feed
from anjia_desk.db.bulk import bulk_insert
from anjia_desk.db.engine import Database, open_database, session_scope
from anjia_desk.db.models import Customer, Setting, change_log
from anjia_desk.services import settings
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import WHOLE_DATABASE, Topic, topics_for
from tests.deal_fixtures import make_customer


@pytest.fixture
def other(database: Database) -> Iterator[Database]:
    """The same database opened a second time, as another PC's window would."""
    second = open_database(database.url)
    yield second
    second.close()


def _poll(database: Database, cursor: feed.ChangeCursor) -> frozenset[str]:
    with session_scope(database) as s:
        return cursor.poll(s)


def _rows(database: Database) -> int:
    with database.sessions() as s:
        return s.scalar(select(func.count()).select_from(change_log)) or 0


def test_a_commit_on_one_pc_is_heard_on_another(database, other, system):
    theirs = feed.ChangeCursor(origin=feed.origin_of(other.engine))
    mine = feed.ChangeCursor(origin=feed.origin_of(database.engine))
    assert feed.origin_of(database.engine) != feed.origin_of(other.engine)
    assert _poll(other, theirs) == frozenset()  # starts at the end of the log
    assert _poll(database, mine) == frozenset()

    with session_scope(database, system) as s:
        make_customer(s, "李雷", "13900001111")
    heard = _poll(other, theirs)
    assert "customers" in heard and "change_log" not in heard
    assert Topic.CUSTOMERS in topics_for(heard)
    assert _poll(other, theirs) == frozenset()  # once only
    assert _poll(database, mine) == frozenset()  # its own change: broadcast already

    with session_scope(other, system) as s:
        settings.update_settings(s, system, {"security.lock_minutes": 20})
    assert topics_for(_poll(database, mine)) == {Topic.SETTINGS, Topic.AUDIT}
    assert _poll(other, theirs) == frozenset()


#: Another process: opens the database by its URL and changes a setting, as a second PC would.
OTHER_PROCESS = """
import sys
from anjia_desk.db.engine import open_database, session_scope
from anjia_desk.services import settings
from anjia_desk.services.context import Actor

database = open_database(sys.argv[1])
with session_scope(database, Actor.system()) as s:
    settings.update_settings(s, Actor.system(), {"security.lock_minutes": 7})
database.close()
"""


def test_a_commit_in_another_process_is_heard(database, tmp_path):
    import os
    import subprocess
    import sys

    cursor = feed.ChangeCursor(origin=feed.origin_of(database.engine))
    _poll(database, cursor)
    env = dict(os.environ, ANJIA_DESK_HOME=str(tmp_path / "other-home"))
    url = database.engine.url.render_as_string(hide_password=False)
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, url], env=env, check=True, timeout=120)
    assert topics_for(_poll(database, cursor)) == {Topic.SETTINGS, Topic.AUDIT}


def test_a_commit_that_wrote_nothing_logs_nothing(database, system):
    before = _rows(database)
    with session_scope(database, system) as s:
        s.scalars(select(Setting)).all()
    assert _rows(database) == before
    with session_scope(database, system) as s:  # rolled back: neither the change nor its row
        make_customer(s, "韩梅梅", "13900002222")
        s.rollback()
    assert _rows(database) == before


def test_a_commit_that_only_recorded_a_look_is_not_logged(database, other, system):
    """Opening a customer's page writes a "view" line: logged, the other PCs' open pages would
    reload, write their own "view" lines, and wake this one again, for ever."""
    from anjia_desk.services import audit

    cursor = feed.ChangeCursor(origin=feed.origin_of(other.engine))
    _poll(other, cursor)
    before = _rows(database)
    with session_scope(database, system) as s:
        audit.record(s, system, "view", "customers", 1, "查看客户档案")
    assert _rows(database) == before
    assert _poll(other, cursor) == frozenset()
    with session_scope(database, system) as s:  # a real change: heard, its audit line with it
        settings.update_settings(s, system, {"security.lock_minutes": 20})
    assert _poll(other, cursor) == {"settings", "audit_log"}


def test_a_savepoint_is_logged_once_with_its_transaction(database, system):
    before = _rows(database)
    with session_scope(database, system) as s:
        with s.begin_nested():
            make_customer(s, "韩梅梅", "13900002222")
        settings.update_settings(s, system, {"security.lock_minutes": 25})
    with database.sessions() as s:
        rows = s.scalars(select(change_log.c.tables).order_by(change_log.c.id)).all()
    assert len(rows) == before + 1
    assert {"customers", "settings", "audit_log"} <= set(rows[-1].split(","))


def test_writes_handed_to_the_driver_are_logged(database, other, system):
    cursor = feed.ChangeCursor(origin=feed.origin_of(other.engine))
    _poll(other, cursor)
    with session_scope(database, system) as s:
        customer = make_customer(s, "李雷", "13900001111")
        row = {
            c.key: getattr(customer, c.key)
            for c in Customer.__table__.columns
            if c.key not in ("id", "version")
        }
    with session_scope(database, system) as s:
        _poll(other, cursor)
        bulk_insert(
            s,
            Customer.__table__,
            [{**row, "phone": "13900003333", "phone_key": "13900003333", "version": 1}],
        )
    assert "customers" in _poll(other, cursor)


def test_a_row_committed_late_with_a_smaller_id_is_still_heard(database, other):
    """PostgreSQL hands out ids before commit: id 7 may be visible before id 6."""
    cursor = feed.ChangeCursor(origin="reader")
    _poll(other, cursor)
    start = cursor.last or 0
    with database.engine.begin() as conn:
        conn.execute(insert(change_log).values(id=start + 2, tables="units", origin="a"))
    assert _poll(other, cursor) == {"units"}
    assert cursor.holes == {start + 1}
    with database.engine.begin() as conn:
        conn.execute(insert(change_log).values(id=start + 1, tables="deals", origin="b"))
    assert _poll(other, cursor) == {"deals"}
    assert cursor.holes == set()


def test_writers_prune_the_log_and_a_reader_left_behind_reloads_everything(
    database, other, system, monkeypatch
):
    monkeypatch.setattr(feed, "KEEP", 6)
    monkeypatch.setattr(feed, "PRUNE_EVERY", 3)
    cursor = feed.ChangeCursor(origin="reader")
    _poll(other, cursor)
    for minutes in range(10, 30):
        with session_scope(database, system) as s:
            settings.update_settings(s, system, {"security.lock_minutes": minutes})
    assert _rows(database) <= 6 + 3
    heard = _poll(other, cursor)
    assert WHOLE_DATABASE in heard and feed.EVERYTHING == WHOLE_DATABASE
    assert topics_for(heard) == frozenset(Topic)


def test_a_reader_never_writes(database, system):
    """Polling is a read: it adds no row of its own (or every PC would wake every other)."""
    cursor = feed.ChangeCursor(origin="reader")
    before = _rows(database)
    for _ in range(3):
        _poll(database, cursor)
    assert _rows(database) == before


def test_the_system_actor_is_not_needed_to_poll(database):
    """A window polls before anyone logs in again (the lock screen): no actor at all."""
    with session_scope(database, Actor.system()) as s:
        assert feed.ChangeCursor().poll(s) == frozenset()
