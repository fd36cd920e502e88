"""导入导出: who sees the section and which actions, the wizard and the export dialog opened from
it, and the last result shown on the page."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.importing import files
from anjia_desk.ui.pages.exchange_page import ExchangeSection, may_exchange
from tests.helpers import add_actor
from tests.ui.importing.test_wizard import customers, make_xlsx

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


def actor_with(database: Database, role: Role) -> Actor:
    with session_scope(database, Actor.system()) as s:
        return add_actor(s, role.value, role.label, role)


def make_section(qtbot, ctx: AppContext) -> ExchangeSection:
    ctx.clock = lambda: NOW
    section = ExchangeSection(ctx)
    qtbot.addWidget(section)
    section.resize(900, 600)
    section.show()
    qtbot.waitExposed(section)
    return section


@pytest.mark.parametrize(
    ("role", "imports", "exports"),
    [
        (Role.SALES_SECRETARY, True, True),
        (Role.SITE_MANAGER, True, True),
        (Role.CS_MANAGER, False, True),
        (Role.MARKETING_HEAD, False, True),
        (Role.CONSULTANT, False, False),
        (Role.FRONT_DESK, False, False),
    ],
)
def test_who_sees_what(
    qtbot, ctx: AppContext, database, role: Role, imports: bool, exports: bool
) -> None:
    actor = actor_with(database, role)
    assert may_exchange(actor) is (imports or exports)
    if not may_exchange(actor):
        return  # no section at all (pages.build_sections asks may_exchange)
    ctx.set_actor(actor)
    section = make_section(qtbot, ctx)
    assert ("customers" in section.import_buttons) is imports
    assert (section.export_button is not None) is exports


def test_import_from_the_section(
    qtbot, ctx: AppContext, fake_dialogs, database, tmp_path: Path, monkeypatch
) -> None:
    section = make_section(qtbot, ctx)
    button = section.import_buttons["customers"]
    assert button.text() == "导入客户…"
    assert not section.message.isVisible()

    # No file chosen: no wizard.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names() == ["open_file"] and section.wizard is None

    source = make_xlsx(tmp_path / "名单.xlsx")
    fake_dialogs.open_path = source
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = section.wizard
    assert wizard is not None and wizard.isVisible() and wizard.step == "preview"
    assert wizard.windowTitle() == "导入客户"
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert len(customers(database)) == 3
    assert section.message.kind == "ok"
    assert section.message.text() == (
        "导入 名单.xlsx：共 5 行：新增 3，更新 0，重复 1，跳过 0，错误 1；已写入数据库。"
    )
    assert section.open_folder_button.isVisible()
    opened: list[Path] = []
    monkeypatch.setattr(files, "open_in_system", lambda p: opened.append(p) or True)
    qtbot.mouseClick(section.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path]

    qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)
    assert section.wizard is None


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen: raising the dialog again
def test_export_from_the_section(qtbot, ctx: AppContext, fake_dialogs, tmp_path: Path) -> None:
    section = make_section(qtbot, ctx)
    assert section.export_button is not None
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    dialog = section.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert section.open_export() is dialog  # a second click brings the same dialog forward

    fake_dialogs.save_path = tmp_path / "out.xlsx"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert section.message.kind == "ok"
    assert section.message.text().startswith(
        "已导出 客户 0 行、跟进记录 0 行、交易 0 行、应收款 0 行、催款记录 0 行、"
        "退房 0 行、投诉 0 行（手机号已脱敏）"
    )
    assert section.last_folder == tmp_path and section.open_folder_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert section.export_dialog is None
