"""设置 › 备份与恢复: the passphrase, backing up, the list of backups and restoring."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from anjia_desk.core.roles import Role
from anjia_desk.db import backup_file
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import backup, users
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import update_settings
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.backup_page import BackupPage, PassphraseDialog

PASSPHRASE = "correct horse 1"
NOW = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)  # 14:30 in Shanghai


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)


@pytest.fixture
def folder(tmp_path: Path, database: Database, admin_actor: Actor) -> Path:
    target = tmp_path / "backups"
    with session_scope(database, admin_actor) as s:
        update_settings(s, admin_actor, {"backup.directory": str(target)})
    return target


@pytest.fixture
def page(qtbot, ctx: AppContext, folder: Path) -> BackupPage:
    ctx.clock = lambda: NOW
    widget = BackupPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    return widget


def set_passphrase(
    qtbot, page: BackupPage, new: str, again: str, old: str = ""
) -> PassphraseDialog:
    qtbot.mouseClick(page.passphrase_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    if old:
        qtbot.keyClicks(dialog.old, old)
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.again, again)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    return dialog


def add_wang(database: Database, admin: Actor) -> None:
    with session_scope(database, admin) as s:
        users.add_user(
            s,
            admin,
            username="wangfang",
            display_name="王芳",
            roles=[Role.CONSULTANT],
            password=None,
        )


def usernames(database: Database) -> list[str]:
    with session_scope(database) as s:
        return [u.username for u in users.list_users(s, Actor.system())]


def test_without_a_passphrase_backing_up_is_not_offered(page: BackupPage, folder: Path) -> None:
    assert page.passphrase_status.text() == "尚未设置备份口令。"
    assert page.banner.isVisible() and "还没有设置备份口令" in page.banner.text()
    assert not page.backup_button.isEnabled()
    assert not page.backup_to_button.isEnabled()
    assert page.passphrase_button.text() == "设置备份口令…"
    assert str(folder) in page.folder_label.text()
    assert "每天 12:30 自动备份" in page.schedule_label.text()
    assert page.empty_label.isVisible()


def test_set_and_change_the_passphrase(qtbot, page: BackupPage, database: Database) -> None:
    dialog = set_passphrase(qtbot, page, "short", "short")
    assert dialog.isVisible()
    assert dialog.errors.message("passphrase") == "备份口令至少 8 个字符"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "不会保存在电脑或数据库里" in texts and "无法找回" in texts

    dialog.new.clear()
    dialog.again.clear()
    qtbot.keyClicks(dialog.new, PASSPHRASE)
    qtbot.keyClicks(dialog.again, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("again") == "两次输入的口令不一致"

    dialog.again.clear()
    qtbot.keyClicks(dialog.again, PASSPHRASE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert page.passphrase_status.text() == "✔ 已设置备份口令。"
    assert not page.banner.isVisible()
    assert page.backup_button.isEnabled()
    assert page.passphrase_button.text() == "更换备份口令…"
    with session_scope(database) as s:
        assert backup.has_backup_passphrase(s)

    # Changing it needs the old one.
    dialog = set_passphrase(qtbot, page, "another pass 2", "another pass 2", old="wrong one")
    assert dialog.errors.message("old_passphrase") == "原来的备份口令不正确"
    assert dialog.save_button.isEnabled()
    dialog.old.clear()
    qtbot.keyClicks(dialog.old, PASSPHRASE)
    qtbot.keyClick(dialog.old, Qt.Key.Key_Return)
    assert page.dialog is None
    assert "以前的备份仍要用当时的口令恢复" in page.message.text()


def test_back_up_now_and_to_a_chosen_file(
    qtbot,
    page: BackupPage,
    ctx: AppContext,
    folder: Path,
    fake_dialogs,
    tmp_path: Path,
    qtmodeltester,
) -> None:
    set_passphrase(qtbot, page, PASSPHRASE, PASSPHRASE)
    with qtbot.waitSignal(ctx.changed) as blocker:
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].topics >= {Topic.BACKUPS, Topic.AUDIT}
    assert page.message.kind == "ok"
    files = list(folder.glob("*.anjiabak"))
    assert [f.name for f in files] == ["anjia-desk-20261120-143000.anjiabak"]
    assert page.model.rowCount() == 1
    qtmodeltester.check(page.model)
    row = [page.model.data(page.model.index(0, c)) for c in range(4)]
    assert row[0] == "2026-11-20 14:30:00"
    assert row[1].endswith("KB")
    assert row[2] == "手动"
    assert row[3] == files[0].name
    assert not page.empty_label.isVisible()

    fake_dialogs.save_path = tmp_path / "u-disk" / "office"
    fake_dialogs.save_path.parent.mkdir()
    qtbot.mouseClick(page.backup_to_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "u-disk" / "office.anjiabak").is_file()
    assert fake_dialogs.calls[-1][0] == "save_file"
    assert fake_dialogs.calls[-1][1][1].parent == folder

    fake_dialogs.save_path = None  # cancelled: nothing happens
    qtbot.mouseClick(page.backup_to_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1


def test_restore_from_a_backup(
    qtbot,
    page: BackupPage,
    ctx: AppContext,
    database: Database,
    admin_actor: Actor,
    fake_dialogs,
    folder: Path,
) -> None:
    set_passphrase(qtbot, page, PASSPHRASE, PASSPHRASE)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    (made,) = folder.glob("*.anjiabak")
    add_wang(database, admin_actor)  # after the backup: the restore takes it away
    assert "wangfang" in usernames(database)

    fake_dialogs.open_path = made
    fake_dialogs.secret = PASSPHRASE
    # The window hears of the restore (and stops its timers) before the modal message.
    ctx.database_replaced.connect(lambda: fake_dialogs.calls.append(("replaced", ())))
    with (
        qtbot.waitSignal(ctx.changed) as blocker,
        qtbot.waitSignal(ctx.database_replaced),
    ):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].topics == frozenset(Topic)  # the whole database
    assert fake_dialogs.names()[-5:] == ["open_file", "confirm", "ask_secret", "replaced", "info"]
    assert "恢复" in fake_dialogs.calls[-1][1][0] and "现在会关闭" in fake_dialogs.calls[-1][1][1]
    warning = fake_dialogs.calls[-4][1][1]
    assert "全部数据" in warning and "会丢失" in warning and "重新启动" in warning

    assert usernames(database) == ["admin"]
    text = page.banner.text()
    assert "安家 Desk 现在会关闭" in text and "重新打开" in text
    replaced = text.split("原来的数据库已另存为：")[1].strip()
    assert Path(replaced).is_file()
    assert page.restored
    assert not page.restore_button.isEnabled()
    assert not page.backup_button.isEnabled()


def test_wrong_passphrase_keeps_the_data(
    qtbot, page: BackupPage, database: Database, admin_actor: Actor, fake_dialogs, folder: Path
) -> None:
    set_passphrase(qtbot, page, PASSPHRASE, PASSPHRASE)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    (made,) = folder.glob("*.anjiabak")
    add_wang(database, admin_actor)

    fake_dialogs.open_path = made
    fake_dialogs.secret = "not the passphrase"
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "error"
    assert "备份口令不正确" in page.message.text()
    assert "当前数据未做任何改动" in page.message.text()
    assert "wangfang" in usernames(database)
    assert not page.restored
    assert page.restore_button.isEnabled()

    # Declining the warning stops before the passphrase is asked.
    fake_dialogs.confirm_answer = False
    before = fake_dialogs.names().count("ask_secret")
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names().count("ask_secret") == before


def test_a_file_that_is_not_a_backup_is_refused(
    qtbot, page: BackupPage, fake_dialogs, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.anjiabak"
    junk.write_text("hello")
    fake_dialogs.open_path = junk
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert "不能用这个文件恢复" in page.message.text()
    assert "confirm" not in fake_dialogs.names()


def test_a_secretary_may_back_up_but_not_restore(
    qtbot, database: Database, admin_actor: Actor, fake_dialogs, folder: Path
) -> None:
    with session_scope(database, admin_actor) as s:
        users.add_user(
            s,
            admin_actor,
            username="mishu",
            display_name="李秘书",
            roles=[Role.SALES_SECRETARY],
            password="pass-123",
        )
        backup.set_backup_passphrase(s, admin_actor, PASSPHRASE)
    with session_scope(database) as s:
        secretary = users.login(s, "mishu", "pass-123")
    ctx = AppContext(database, secretary, dialogs=fake_dialogs, clock=lambda: NOW)
    page = BackupPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not hasattr(page, "restore_button")
    assert not page.passphrase_button.isVisible()
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "ok"
    assert page.model.rowCount() == 1


def test_backing_up_goes_through_the_window_task_runner(
    qtbot, page: BackupPage, ctx: AppContext, fake_dialogs, folder: Path
) -> None:
    from anjia_desk.ui.tasks import TaskRunner

    set_passphrase(qtbot, page, PASSPHRASE, PASSPHRASE)
    runner = TaskRunner(fake_dialogs, progress_delay_ms=60_000)
    ctx.tasks = runner
    try:
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
        assert page.busy and not page.backup_button.isEnabled()  # no double clicks meanwhile
        qtbot.waitUntil(lambda: page.message.kind == "ok")
        assert not page.busy and page.backup_button.isEnabled()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the list reloads in the background
    finally:
        runner.shutdown(timeout=10)


def test_the_list_shows_only_this_databases_backups(qtbot, ctx, tmp_path, monkeypatch):
    """A demo database sharing the backup folder does not fill this one's list."""
    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services import backup
    from anjia_desk.services.context import Actor
    from anjia_desk.services.settings import update_settings
    from anjia_desk.ui.pages.backup_page import BackupPage

    folder = tmp_path / "shared"
    folder.mkdir()
    system = Actor.system()
    other = open_database(str(tmp_path / "other.db"))
    try:
        for database in (ctx.database, other):
            with session_scope(database, system) as s:
                update_settings(s, system, {"backup.directory": str(folder)})
                backup.set_backup_passphrase(s, system, "shared-folder-1")
        backup.backup_database(other, system)
        backup.backup_database(ctx.database, system)
    finally:
        other.close()
    assert len(list(folder.glob("*.anjiabak"))) == 2
    page = BackupPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == 1


def test_reloads_on_a_backup_or_a_settings_write_and_not_on_an_unrelated_one(
    qtbot, page: BackupPage, ctx: AppContext, database: Database, monkeypatch
) -> None:
    from anjia_desk.services.calendar import save_year

    assert page.sources == {Topic.SETTINGS, Topic.BACKUPS}
    fills: list[int] = []
    original = page._fill
    monkeypatch.setattr(page, "_fill", lambda state: (fills.append(1), original(state)))
    ops.write(ctx, lambda s, a: backup.set_backup_passphrase(s, a, PASSPHRASE), parent=None)
    assert len(fills) == 1 and page.has_passphrase
    ops.job(
        ctx,
        lambda _s, a, _p, _c: backup.backup_database(database, a, now=NOW),
        parent=None,
        done=lambda _info: None,
        failed=lambda exc: None,
        cancelled=lambda: None,
        label="",
    )
    assert len(fills) == 2 and page.model.rowCount() == 1
    ops.write(ctx, lambda s, a: save_year(s, a, 2031, []), parent=None)
    assert len(fills) == 2
