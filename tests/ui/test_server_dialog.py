"""连接服务器数据库… (issue 15): fields checked beside themselves, 测试连接 off the GUI thread with
its answer beside the fields, nothing typed lost on a failure, TLS on unless turned off (with a
warning), 保存 remembering the connection (the password in a real keyring only), Esc cancelling;
the start-up opening the saved server, and offering the dialog when that server cannot be used."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from anjia_desk.core.errors import UserError
from anjia_desk.db import server_config
from anjia_desk.db.server_config import ServerConnection
from anjia_desk.ui.app import Startup
from anjia_desk.ui.errors import ErrorHandler
from anjia_desk.ui.server_dialog import ServerDialog, connection_from_url
from anjia_desk.ui.tasks import TaskRunner


class MemoryKeyring(KeyringBackend):
    """A real keyring as far as the app can tell (what Windows' Credential Manager is)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "pc"))
    monkeypatch.delenv("ANJIA_DESK_DB", raising=False)
    return tmp_path / "pc"


@pytest.fixture
def no_keyring() -> Any:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def memory_keyring() -> Any:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def tasks(qtbot, fake_dialogs) -> Any:
    runner = TaskRunner(fake_dialogs, error_handler=ErrorHandler(fake_dialogs))  # type: ignore[arg-type]
    yield runner
    runner.shutdown(timeout=5)


def _dialog(qtbot, tasks, check, **kwargs: Any) -> ServerDialog:
    dialog = ServerDialog(tasks, check=check, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: ServerDialog, host="192.168.1.10", port="5432", db="anjia", user="anjia_app",
          password="pw-1") -> None:  # fmt: skip
    for edit, value in (
        (dialog.host_edit, host),
        (dialog.port_edit, port),
        (dialog.database_edit, db),
        (dialog.user_edit, user),
        (dialog.password_edit, password),
    ):
        edit.setText(value)


def _typed(dialog: ServerDialog) -> tuple[str, ...]:
    return tuple(
        e.text()
        for e in (
            dialog.host_edit,
            dialog.port_edit,
            dialog.database_edit,
            dialog.user_edit,
            dialog.password_edit,
        )
    )


def test_fields_are_checked_beside_themselves(qtbot, tasks, home, no_keyring) -> None:
    asked: list[str] = []
    dialog = _dialog(qtbot, tasks, asked.append)
    assert dialog.port_edit.text() == "5432" and dialog.tls_box.isChecked()
    _fill(dialog, host="", port="99999", db="", user="")
    dialog.test_button.click()
    assert dialog.error_text("host").startswith("请填写服务器地址")
    assert dialog.error_text("port") == "端口是 1–65535 之间的数字"
    assert dialog.error_text("database") == "请填写数据库名"
    assert dialog.error_text("user") == "请填写数据库用户名"
    qtbot.wait(50)
    assert asked == [] and not dialog.busy  # nothing was tried


def test_the_test_runs_off_the_gui_thread_and_answers_beside_the_fields(
    qtbot, tasks, home, no_keyring
) -> None:
    seen: list[tuple[str, bool]] = []

    def check(url: str) -> str:
        seen.append((url, threading.current_thread() is threading.main_thread()))
        return "连接成功（PostgreSQL 15.8）：数据库结构是最新的"

    dialog = _dialog(qtbot, tasks, check)
    _fill(dialog)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "连接成功" in dialog.result_text())
    ((url, on_gui),) = seen
    assert not on_gui
    parsed = make_url(url)
    assert (parsed.host, parsed.port, parsed.database, parsed.username, parsed.password) == (
        "192.168.1.10", 5432, "anjia", "anjia_app", "pw-1",
    )  # fmt: skip
    assert parsed.query["sslmode"] == "require"  # TLS unless turned off
    assert dialog.isVisible() and not server_config.config_path().exists()  # a test saves nothing


def test_a_failed_test_keeps_everything_typed(qtbot, tasks, home, no_keyring) -> None:
    def check(_url: str) -> str:
        raise UserError("数据库用户名或密码不正确（用户“anjia_app”）（192.168.1.10:5432）")

    dialog = _dialog(qtbot, tasks, check)
    _fill(dialog)
    dialog.ok_button.click()  # 保存 tests first: refused, nothing saved, the dialog stays
    qtbot.waitUntil(lambda: "密码不正确" in dialog.result_text())
    assert dialog.result_text().startswith("✘")
    assert _typed(dialog) == ("192.168.1.10", "5432", "anjia", "anjia_app", "pw-1")
    assert dialog.isVisible() and not dialog.busy and dialog.ok_button.isEnabled()
    assert not server_config.config_path().exists()


def test_turning_tls_off_warns_and_is_remembered(qtbot, tasks, home, no_keyring) -> None:
    urls: list[str] = []
    dialog = _dialog(qtbot, tasks, lambda url: urls.append(url) or "连接成功")
    assert dialog.tls_warning.isHidden()
    dialog.tls_box.setChecked(False)
    assert not dialog.tls_warning.isHidden() and "明文" in dialog.tls_warning.text()
    _fill(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert make_url(urls[0]).query["sslmode"] == "prefer"
    saved = server_config.load()
    assert saved == ServerConnection("192.168.1.10", "anjia", "anjia_app", 5432, tls=False)


def test_save_without_a_keyring_keeps_no_password(qtbot, tasks, home, no_keyring) -> None:
    dialog = _dialog(qtbot, tasks, lambda _url: "连接成功")
    assert "不会保存" in dialog.keyring_label.text()
    _fill(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.url is not None and make_url(dialog.url).password == "pw-1"
    assert not dialog.password_kept
    text = server_config.config_path().read_text(encoding="utf-8")
    assert "pw-1" not in text
    assert json.loads(text) == {
        "host": "192.168.1.10", "database": "anjia", "user": "anjia_app", "port": 5432,
        "tls": True,
    }  # fmt: skip
    saved = server_config.saved_url()
    assert saved is not None and saved[1] is None  # asked at the next start


def test_save_with_a_keyring_keeps_the_password_there(qtbot, tasks, home, memory_keyring) -> None:
    dialog = _dialog(qtbot, tasks, lambda _url: "连接成功")
    assert "凭据管理器" in dialog.keyring_label.text()
    _fill(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.password_kept
    assert memory_keyring.saved == {("AnJiaDesk", "anjia_app@192.168.1.10:5432/anjia"): "pw-1"}
    saved = server_config.saved_url()
    assert saved is not None and saved[1] == "pw-1"
    assert "pw-1" not in server_config.config_path().read_text(encoding="utf-8")
    server_config.forget()
    assert memory_keyring.saved == {} and server_config.load() is None


def test_escape_cancels_and_saves_nothing(qtbot, tasks, home, no_keyring) -> None:
    dialog = _dialog(qtbot, tasks, lambda _url: "连接成功")
    _fill(dialog)
    qtbot.keyClick(dialog.host_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.url is None
    assert not server_config.config_path().exists()


def test_a_server_url_fills_the_dialog() -> None:
    found = connection_from_url("postgresql://app@db.office.lan:6543/anjia?sslmode=disable")
    assert found == ServerConnection("db.office.lan", "anjia", "app", 6543, tls=False)
    assert connection_from_url("sqlite:///x.db") is None


class _Exit:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def __call__(self, code: int) -> None:
        self.codes.append(code)


def test_a_saved_server_that_cannot_be_reached_offers_the_dialog(
    qtbot, home, no_keyring, fake_dialogs
) -> None:
    server_config.save(ServerConnection("127.0.0.1", "anjia", "anjia_app", port=1, tls=False))
    exit_ = _Exit()
    startup = Startup(None, dialogs=fake_dialogs, exit_app=exit_, auto_backup=False)
    startup.start()
    qtbot.addWidget(startup.login)
    try:
        qtbot.waitUntil(lambda: startup.server_dialog is not None, timeout=20000)
        dialog = startup.server_dialog
        assert dialog is not None and "连接被拒绝" in dialog.message.text()
        assert dialog.host_edit.text() == "127.0.0.1" and dialog.port_edit.text() == "1"
        assert exit_.codes == [] and not startup.login.ok_button.isEnabled()
        assert startup.login.database_label.text() == "未打开数据库"
        dialog.reject()
        qtbot.waitUntil(lambda: startup.server_dialog is None)
        startup.login.server_button.click()  # the login's 连接服务器数据库… opens it again
        qtbot.waitUntil(lambda: startup.server_dialog is not None)
        startup.server_dialog.reject()  # type: ignore[union-attr]
    finally:
        startup.shutdown()


@pytest.mark.skipif(not os.environ.get("ANJIA_TEST_PG"), reason="needs $ANJIA_TEST_PG")
def test_the_start_up_opens_the_server_chosen_in_the_dialog(
    qtbot, home, no_keyring, fake_dialogs
) -> None:
    from tests import pg

    url = pg.fresh_database()
    parsed = make_url(url)
    exit_ = _Exit()
    startup = Startup(None, dialogs=fake_dialogs, exit_app=exit_, auto_backup=False)
    try:
        server_config.save(
            ServerConnection(str(parsed.host), str(parsed.database), "postgres", port=1, tls=False)
        )
        startup.start()
        qtbot.addWidget(startup.login)
        qtbot.waitUntil(lambda: startup.server_dialog is not None, timeout=20000)
        dialog = startup.server_dialog
        assert dialog is not None
        dialog.port_edit.setText(str(parsed.port))  # the right port this time
        dialog.password_edit.setText("")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: startup.first_admin is not None, timeout=20000)  # a fresh office
        assert startup.ctx is not None
        assert startup.ctx.database.engine.dialect.name == "postgresql"
        assert server_config.load() == ServerConnection(
            str(parsed.host), str(parsed.database), "postgres", int(parsed.port or 0), tls=False
        )
        assert exit_.codes == []
    finally:
        startup.shutdown()
        pg.drop_database(url)


def test_the_settings_page_chooses_the_server_for_the_next_start(
    qtbot, ctx, runner, home, no_keyring, monkeypatch
) -> None:
    from anjia_desk.ui.pages.server_page import ServerPage

    monkeypatch.setattr(server_config, "check_connection", lambda _url: "连接成功")
    page = ServerPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.current_label.text() == ctx.database.display_name
    assert page.next_label.text() == "本机的数据库文件" and not page.local_button.isEnabled()
    page.connect_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ServerDialog)
    _fill(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert "下次启动安家 Desk 时打开服务器数据库 anjia_app@192.168.1.10:5432/anjia" in (
        page.message.text()
    )
    assert "密码未保存" in page.message.text()
    assert page.next_label.text() == "服务器数据库 anjia_app@192.168.1.10:5432/anjia（加密连接）"
    assert page.local_button.isEnabled()
    page.local_button.click()
    assert server_config.load() is None and page.next_label.text() == "本机的数据库文件"


@pytest.mark.skipif(not os.environ.get("ANJIA_TEST_PG"), reason="needs $ANJIA_TEST_PG")
def test_the_saved_server_is_opened_at_start_without_asking(
    qtbot, home, memory_keyring, fake_dialogs
) -> None:
    from tests import pg

    url = pg.fresh_database()
    parsed = make_url(url)
    connection = ServerConnection(
        str(parsed.host), str(parsed.database), "postgres", int(parsed.port or 0), tls=False
    )
    server_config.save(connection)
    server_config.store_password(connection, "unused-by-trust")
    exit_ = _Exit()
    startup = Startup(None, dialogs=fake_dialogs, exit_app=exit_, auto_backup=False)
    try:
        startup.start()
        qtbot.addWidget(startup.login)
        qtbot.waitUntil(lambda: startup.ctx is not None, timeout=20000)
        assert startup.server_dialog is None and exit_.codes == []
        database = startup.ctx.database  # type: ignore[union-attr]
        assert database.engine.dialect.name == "postgresql"
        assert database.engine.url.password == "unused-by-trust"  # from the keyring
        assert "unused-by-trust" not in database.display_name
    finally:
        startup.shutdown()
        pg.drop_database(url)
