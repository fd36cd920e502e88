"""设置 › 证件密钥: the administrator exports the ID key under the backup passphrase on one PC and
imports it on another, where ID numbers then open (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.identity import check_character
from anjia_desk.db import backup_file
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import backup, identity
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.id_key_page import IdKeyPage

PASSPHRASE = "correct horse 1"
FIRST17 = "44030519851231002"
NUMBER = FIRST17 + check_character(FIRST17)


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)


@pytest.fixture
def sealed(database: Database, admin_actor: Actor, tmp_path: Path, monkeypatch) -> str:
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "pc-a"))
    with session_scope(database, admin_actor) as s:
        backup.set_backup_passphrase(s, admin_actor, PASSPHRASE)
        cipher, _ = identity.seal_id(s, NUMBER)
    return cipher


def make_page(qtbot, ctx: AppContext) -> IdKeyPage:
    page = IdKeyPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitUntil(lambda: page.status is not None)
    return page


def opens(database: Database, cipher: str) -> str:
    with database.sessions() as s:
        return identity.open_id(s, cipher)


def test_export_then_import_on_another_pc(
    qtbot, ctx: AppContext, database: Database, sealed: str, fake_dialogs, tmp_path, monkeypatch
) -> None:
    page = make_page(qtbot, ctx)
    assert "本机已安装" in page.status_label.text()
    assert page.sealed_label.text() == "0 个"  # sealed above, not kept in a deal
    fake_dialogs.save_path = tmp_path / "u-disk" / "key"
    fake_dialogs.save_path.parent.mkdir()
    fake_dialogs.secret = PASSPHRASE
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind == "ok")
    exported = tmp_path / "u-disk" / "key.anjiakey"
    assert exported.is_file()
    assert fake_dialogs.names()[-2:] == ["save_file", "ask_secret"]

    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "pc-b"))  # another PC
    page.reload()
    qtbot.waitUntil(lambda: "本机未安装密钥" in page.status_label.text())
    assert not page.export_button.isEnabled()
    with pytest.raises(identity.NoIdKey):
        opens(database, sealed)

    fake_dialogs.open_path = exported
    fake_dialogs.secret = "not the passphrase"
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind == "error")
    assert "备份口令不正确" in page.message.text()
    assert page.import_button.isEnabled()

    fake_dialogs.secret = PASSPHRASE
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind == "ok")
    qtbot.waitUntil(lambda: "本机已安装" in page.status_label.text())
    assert opens(database, sealed) == NUMBER


def test_cancelling_a_dialog_does_nothing(
    qtbot, ctx: AppContext, sealed: str, fake_dialogs
) -> None:
    page = make_page(qtbot, ctx)
    fake_dialogs.save_path = None
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    fake_dialogs.open_path = Path("whatever.anjiakey")
    fake_dialogs.secret = None
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names() == ["save_file", "open_file", "ask_secret"]
    assert page.message.kind != "error"
