"""设置 › 备份与恢复 with a server (issue 15): 迁移到服务器数据库…, restoring a server's backup into
a new, empty database, and 由本机负责每日自动备份."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from anjia_desk.core.roles import Role
from anjia_desk.db import backup_file
from anjia_desk.db.engine import Database, make_engine, open_database, session_scope
from anjia_desk.db.models import User
from anjia_desk.services import backup, backup_pc, users
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import update_settings
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.backup_page import BackupPage
from anjia_desk.ui.pages.server_tools import server_url
from tests.conftest import PG_ADMIN
from tests.ui.conftest import ADMIN_PASSWORD, FakeDialogs

PASSPHRASE = "correct horse 1"
NOW = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
needs_pg = pytest.mark.skipif(not PG_ADMIN, reason="needs $ANJIA_TEST_PG")


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)


def _page(qtbot, ctx: AppContext) -> BackupPage:
    ctx.clock = lambda: NOW
    widget = BackupPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    return widget


def _fill(qtbot, dialog, url: str) -> None:
    from sqlalchemy.engine import make_url

    parts = make_url(url)
    qtbot.keyClicks(dialog.host, parts.host or "")
    dialog.port.setValue(parts.port or 5432)
    qtbot.keyClicks(dialog.database, parts.database or "")
    qtbot.keyClicks(dialog.user, parts.username or "")


def _users(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(User)).scalar_one())
    finally:
        engine.dispose()


def test_an_administrator_on_a_pc_may_move_to_a_server(qtbot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    assert page.migrate_button.isVisible() and page.migrate_button.isEnabled()
    assert page.migrate_button.text() == "迁移到服务器数据库…"
    assert not page.backup_pc_button.isVisible()  # one PC: no backup PC to choose
    qtbot.mouseClick(page.migrate_button, Qt.MouseButton.LeftButton)
    dialog = page.tools.dialog
    assert dialog is not None and dialog.windowTitle() == "迁移到服务器数据库"
    qtbot.keyClick(dialog.host, Qt.Key.Key_Return)  # nothing filled in
    assert dialog.errors.message("host") == "请填写"
    assert dialog.errors.message("database") == "请填写"
    dialog.reject()


def test_a_secretary_sees_no_migration(qtbot, ctx: AppContext, database: Database) -> None:
    with session_scope(database, ctx.actor) as s:
        users.add_user(
            s,
            ctx.actor,
            username="mishu",
            display_name="秘书",
            roles=[Role.SALES_SECRETARY],
            password="secret-12",
        )
        secretary = users.login(s, "mishu", "secret-12")
    other = AppContext(database, secretary, dialogs=FakeDialogs())  # type: ignore[arg-type]
    page = _page(qtbot, other)
    assert not page.can_restore
    assert not hasattr(page, "migrate_button") or not page.migrate_button.isVisible()


def test_the_url_is_built_from_the_fields() -> None:
    assert server_url("db.office", 5433, "anjia", "app", "p@ss/word") == (
        "postgresql://app:p%40ss%2Fword@db.office:5433/anjia"
    )


@pytest.fixture
def server() -> Iterator[str]:
    from tests import pg

    url = pg.empty_database("transfer_ui")
    try:
        yield url
    finally:
        pg.drop_database(url)


@needs_pg
def test_migrating_copies_the_office_to_the_server(
    qtbot, ctx: AppContext, server: str, fake_dialogs
) -> None:
    page = _page(qtbot, ctx)
    qtbot.mouseClick(page.migrate_button, Qt.MouseButton.LeftButton)
    dialog = page.tools.dialog
    assert dialog is not None
    _fill(qtbot, dialog, server)
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "ok" and "各电脑请改连到新数据库" in page.message.text()
    assert fake_dialogs.names()[-1] == "info"
    assert _users(server) == 1
    # Again into the same (now full) database: refused in the dialog, nothing written.
    qtbot.mouseClick(page.migrate_button, Qt.MouseButton.LeftButton)
    dialog = page.tools.dialog
    assert dialog is not None
    _fill(qtbot, dialog, server)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "不是空的" in dialog.message.text()
    assert dialog.ok_button.isEnabled()
    dialog.reject()
    assert _users(server) == 1


@pytest.fixture
def server_ctx(fake_dialogs) -> Iterator[AppContext]:
    """An administrator's window on a server's database."""
    from tests import pg

    url = pg.fresh_database()
    database = open_database(url)
    try:
        with session_scope(database) as s:
            users.create_first_admin(
                s, username="admin", display_name="管理员", password=ADMIN_PASSWORD
            )
        with session_scope(database) as s:
            admin = users.login(s, "admin", ADMIN_PASSWORD)
        yield AppContext(database, admin, dialogs=fake_dialogs)  # type: ignore[arg-type]
    finally:
        database.close()
        pg.drop_database(url)


@needs_pg
def test_a_server_office_chooses_its_backup_pc(qtbot, server_ctx: AppContext, monkeypatch) -> None:
    monkeypatch.setattr(backup_pc, "this_pc", lambda: "front-desk")
    with session_scope(server_ctx.database, server_ctx.actor) as s:
        backup_pc.set_backup_pc(s, server_ctx.actor, "cashier")
    page = _page(qtbot, server_ctx)
    qtbot.waitUntil(lambda: "cashier" in page.backup_pc_label.text())
    assert not page.migrate_button.isVisible()
    assert "本机（front-desk）不做自动备份" in page.backup_pc_label.text()
    assert page.backup_pc_button.isVisible() and page.backup_pc_button.isEnabled()
    qtbot.mouseClick(page.backup_pc_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "由本机（front-desk）负责" in page.backup_pc_label.text())
    assert not page.backup_pc_button.isEnabled()
    with server_ctx.database.sessions() as s:
        assert backup_pc.backup_pc(s) == "front-desk"


@needs_pg
def test_a_server_backup_is_restored_into_a_new_database(
    qtbot, server_ctx: AppContext, server: str, fake_dialogs, tmp_path: Path
) -> None:
    database, admin = server_ctx.database, server_ctx.actor
    with session_scope(database, admin) as s:
        update_settings(s, admin, {"backup.directory": str(tmp_path / "b")})
        backup.set_backup_passphrase(s, admin, PASSPHRASE)
    made = backup.backup_database(database, Actor.system(), tmp_path / "office.anjiabak", now=NOW)
    page = _page(qtbot, server_ctx)
    fake_dialogs.open_path = made.path
    fake_dialogs.secret = PASSPHRASE
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert "新的空数据库" in fake_dialogs.calls[-1][1][1]  # the question asked
    dialog = page.tools.dialog
    assert dialog is not None and dialog.windowTitle() == "恢复到新的空数据库"
    _fill(qtbot, dialog, server)
    with qtbot.waitSignal(server_ctx.database_replaced, timeout=60_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "各电脑改连到新数据库" in page.banner.text()
    assert _users(server) == 1
    with database.sessions() as s:  # the office's own database is as it was
        assert s.scalar(select(func.count()).select_from(User)) == 1
