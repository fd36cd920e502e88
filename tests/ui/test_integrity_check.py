"""The window at start (issue 14): a damaged database is checked off the GUI thread and the person
is told what to do (restore the last backup); a zero-byte file and another program's database are
refused with exit code 2 and left as they were."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from anjia_desk.core.roles import Role
from anjia_desk.db import integrity
from anjia_desk.db.engine import open_database
from anjia_desk.exit_codes import EXIT_REFUSED
from anjia_desk.services.context import Actor
from anjia_desk.ui import main_window as main_window_module
from anjia_desk.ui.app import Startup
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.integrity import STATUS_TEXT, TITLE
from anjia_desk.ui.main_window import MainWindow
from tests.damaged_files import (
    copy_demo,
    damage_middle,
    damage_table,
    foreign_sqlite,
    journal_mode,
    side_files,
)


@pytest.fixture(autouse=True)
def _no_pages(monkeypatch, tmp_path):
    monkeypatch.setattr(main_window_module, "build_sections", lambda ctx: [])
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))


def _admin(path) -> Actor:
    with sqlite3.connect(path) as conn:
        user_id, name = conn.execute(
            "SELECT id, display_name FROM users WHERE username = 'admin'"
        ).fetchone()
    return Actor(
        user_id=user_id, username="admin", display_name=name, roles=frozenset({Role.ADMIN})
    )


def _window(qtbot, tmp_path_factory, tmp_path, fake_dialogs, monkeypatch, *, damaged: str = ""):
    path = copy_demo(tmp_path_factory, tmp_path / "office.db")
    actor = _admin(path)
    if damaged == "middle":
        damage_middle(path)
    elif damaged:
        damage_table(path, damaged)
    threads: list[threading.Thread] = []
    checked = integrity.session_problems

    def spy(session):
        threads.append(threading.current_thread())
        return checked(session)

    monkeypatch.setattr(integrity, "session_problems", spy)
    database = open_database(str(path), create=False)
    ctx = AppContext(database, actor, dialogs=fake_dialogs)
    window = MainWindow(ctx, auto_backup=True)
    qtbot.addWidget(window)
    window.backup_timer.stop()
    window.daily.stop()
    window.show()
    qtbot.waitUntil(lambda: window.integrity.problems is not None, timeout=20_000)
    if damaged != "users":  # there the user's own row is unreadable before the check runs
        assert threads and threads[0] is not threading.main_thread()
    return window, database


@pytest.mark.parametrize("where", ["middle", "users"])
def test_a_damaged_database_is_told_at_start_with_what_to_do(
    qtbot, tmp_path_factory, tmp_path, fake_dialogs, monkeypatch, where
):
    window, database = _window(
        qtbot, tmp_path_factory, tmp_path, fake_dialogs, monkeypatch, damaged=where
    )
    try:
        assert window.integrity.problems
        warnings = [args for name, args in fake_dialogs.calls if name == "warning"]
        assert len(warnings) == 1
        title, text = warnings[0]
        assert title == TITLE
        assert "设置 → 备份与恢复" in text and "从备份恢复" in text
        assert window.integrity.label.isVisible() and STATUS_TEXT in window.integrity.label.text()
    finally:
        window.close()
        database.close()


def test_an_intact_database_says_nothing(
    qtbot, tmp_path_factory, tmp_path, fake_dialogs, monkeypatch
):
    window, database = _window(qtbot, tmp_path_factory, tmp_path, fake_dialogs, monkeypatch)
    try:
        assert window.integrity.problems == []
        assert "warning" not in fake_dialogs.names()
        assert not window.integrity.label.isVisible()
    finally:
        window.close()
        database.close()


class _Exit:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def __call__(self, code: int) -> None:
        self.codes.append(code)


def _start(qtbot, path, fake_dialogs) -> tuple[Startup, _Exit]:
    exit_ = _Exit()
    startup = Startup(str(path), dialogs=fake_dialogs, exit_app=exit_, auto_backup=False)
    startup.start()
    qtbot.addWidget(startup.login)
    qtbot.waitUntil(lambda: exit_.codes != [], timeout=20_000)
    startup.shutdown()
    return startup, exit_


def test_the_window_refuses_a_zero_byte_file(qtbot, tmp_path, fake_dialogs):
    empty = tmp_path / "anjia.db"
    empty.write_bytes(b"")
    startup, exit_ = _start(qtbot, empty, fake_dialogs)
    assert exit_.codes == [EXIT_REFUSED]
    name, (title, text) = fake_dialogs.calls[-1]
    assert title == "无法打开数据库"
    assert name == "warning" and "数据库文件是空的" in text
    assert startup.first_admin is None  # not made into a new office
    assert empty.read_bytes() == b"" and side_files(empty) == []


def test_the_window_leaves_a_foreign_sqlite_file_untouched(qtbot, tmp_path, fake_dialogs):
    other = foreign_sqlite(tmp_path / "other.db")
    before = other.read_bytes()
    _startup, exit_ = _start(qtbot, other, fake_dialogs)
    assert exit_.codes == [EXIT_REFUSED]
    assert "不是安家 Desk 的数据库" in fake_dialogs.calls[-1][1][1]
    assert other.read_bytes() == before and journal_mode(other) == "rollback"
    assert side_files(other) == []
