"""db.locking.lock_row (issue 15): a second writer of the same row waits for the first one's
transaction to end, on each engine; the lock itself changes nothing — no column, no version, no
audit line, no table the views would take for written."""

from __future__ import annotations

import threading

from sqlalchemy import select

from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.locking import lock_row
from anjia_desk.db.models import AuditEntry, Project
from anjia_desk.db.tracking import tracking
from anjia_desk.services.context import Actor


def _project(database: Database) -> int:
    with session_scope(database, Actor.system()) as session:
        project = Project(name="安家·测试苑")
        session.add(project)
        session.flush()
        return project.id


def test_a_lock_changes_nothing(database: Database) -> None:
    project_id = _project(database)
    with session_scope(database) as session:
        before = session.get(Project, project_id)
        assert before is not None
        stamp, version = before.updated_at, before.version
        audited = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()))
    with tracking() as tracked, session_scope(database, Actor.system()) as session:
        locked = lock_row(session, Project, project_id)
        assert locked is not None and locked.id == project_id
        assert lock_row(session, Project, project_id + 1) is None
    assert "projects" not in tracked.written
    with session_scope(database) as session:
        after = session.get(Project, project_id)
        assert after is not None and (after.updated_at, after.version) == (stamp, version)
        assert session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc())) == audited


def test_a_second_writer_waits_for_the_first(database: Database) -> None:
    project_id = _project(database)
    second_has_it = threading.Event()
    renamed: list[str] = []

    def second_pc() -> None:
        with session_scope(database, Actor.system()) as session:
            row = lock_row(session, Project, project_id)
            second_has_it.set()
            assert row is not None
            renamed.append(row.name)  # read after the lock: the first PC's committed name

    with session_scope(database, Actor.system()) as first:
        row = lock_row(first, Project, project_id)
        assert row is not None
        row.name = "安家·新名"
        first.flush()
        thread = threading.Thread(target=second_pc)
        thread.start()
        assert not second_has_it.wait(0.8)  # held while the first transaction lasts
    assert second_has_it.wait(10)
    thread.join(10)
    assert renamed == ["安家·新名"]


def test_a_row_locked_too_long_is_a_clear_message_on_a_server(
    database: Database, monkeypatch
) -> None:
    """On PostgreSQL a second PC waits for a locked row at most LOCK_TIMEOUT_MS, then is told the
    record is busy (nothing done, input kept) — not left waiting for ever."""
    import pytest

    from anjia_desk.core.errors import UserError
    from anjia_desk.db import server
    from anjia_desk.db.engine import open_database

    if database.engine.dialect.name != "postgresql":
        pytest.skip("SQLite waits through its busy timeout instead")
    project_id = _project(database)
    monkeypatch.setattr(server, "LOCK_TIMEOUT_MS", 200)
    second = open_database(database.url)  # another PC: its own connections, the short wait
    try:
        with session_scope(database, Actor.system()) as first:
            assert lock_row(first, Project, project_id) is not None
            with (
                pytest.raises(UserError, match="正被另一台电脑处理") as refused,
                session_scope(second, Actor.system()) as session,
            ):
                lock_row(session, Project, project_id)
            assert "填写的内容仍在" in refused.value.message
    finally:
        second.close()


def test_a_table_held_for_writes_lets_reads_go_on(database: Database, monkeypatch) -> None:
    """hold_table_for_writes (an import numbering its rows): on PostgreSQL another PC still reads
    the table, and its write waits (here until the short lock timeout says the record is busy)."""
    import pytest

    from anjia_desk.core.errors import UserError
    from anjia_desk.db import server
    from anjia_desk.db.engine import open_database
    from anjia_desk.db.locking import hold_table_for_writes

    if database.engine.dialect.name != "postgresql":
        pytest.skip("SQLite: the first write of a transaction holds the whole file")
    project_id = _project(database)
    monkeypatch.setattr(server, "LOCK_TIMEOUT_MS", 200)
    other = open_database(database.url)
    try:
        with session_scope(database, Actor.system()) as first:
            hold_table_for_writes(first, Project.__table__)
            with other.sessions() as reader:
                assert reader.get(Project, project_id) is not None
            with (
                pytest.raises(UserError, match="正被另一台电脑处理"),
                session_scope(other, Actor.system()) as writer,
            ):
                writer.add(Project(name="安家·另一个"))
                writer.flush()
    finally:
        other.close()
