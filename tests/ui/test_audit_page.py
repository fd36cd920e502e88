"""设置 › 审计日志: searching and filtering the audit log."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import audit, users
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import update_settings
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.audit_page import AuditPage

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


@pytest.fixture
def history(database: Database, admin_actor: Actor) -> None:
    with session_scope(database, admin_actor) as s:
        update_settings(s, admin_actor, {"security.lock_minutes": 20})
        users.add_user(
            s,
            admin_actor,
            username="wangfang",
            display_name="王芳",
            roles=[Role.CONSULTANT.value],
            password=None,
        )
    clerk = Actor(
        user_id=None, username="system", display_name="system", os_user="it", host="pc-07"
    )
    with session_scope(database, clerk) as s:
        audit.record(s, clerk, "export", "customers", None, "导出客户 12 条", reason="总部月报")


@pytest.fixture
def page(qtbot, ctx: AppContext, history: None) -> AuditPage:
    ctx.clock = lambda: NOW
    widget = AuditPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def column(page: AuditPage, key: str) -> list[str]:
    col = page.model.column_index(key)
    return [page.model.data(page.model.index(r, col)) for r in range(page.model.rowCount())]


def test_all_entries_newest_first(page: AuditPage, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    actions = column(page, "action")
    assert actions[0] == "导出"
    assert "登录" in actions and "新增" in actions
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(7)]
    assert headers == ["时间", "用户", "动作", "对象", "字段", "旧值 → 新值", "原因"]
    # The export was the command line's: the system, with the PC it ran on on hover.
    assert column(page, "actor")[0] == "系统"
    user_cell = page.model.index(0, page.model.column_index("actor"))
    assert "it@pc-07" in page.model.data(user_cell, Qt.ItemDataRole.ToolTipRole)
    assert column(page, "reason")[0] == "总部月报"
    first = page.model.rows[0].at.astimezone(ZoneInfo("Asia/Shanghai"))
    assert column(page, "at")[0] == first.strftime("%Y-%m-%d %H:%M")  # office time, minutes
    # The lock setting by its name, the change old → new without quotes.
    entities = column(page, "entity")
    lock = entities.index("设置 无操作锁屏（分钟）")
    assert "值：20" in column(page, "summary")[lock]
    assert "王芳" in " ".join(entities)  # the new user by name
    entries = len({line.entry_id for line in page.model.rows})
    assert page.status.text() == f"共 {entries} 条"
    header = page.table.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed


def test_search_filters_rows(qtbot, page: AuditPage) -> None:
    everything = page.model.rowCount()
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(page.model.rowCount()))
    qtbot.keyClicks(page.search, "wangfang")
    assert resets == []  # debounced: nothing while typing
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert resets == [1]  # one query for the whole word
    assert "wangfang" in column(page, "summary")[0]

    with qtbot.waitSignal(page.model.modelReset):  # after the debounce delay
        page.search.setText("王芳")  # Chinese by setText
    assert page.model.rowCount() == 1
    assert all(
        "王芳" in s or a == "王芳"
        for s, a in zip(column(page, "summary"), column(page, "actor"), strict=True)
    )

    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == everything


def test_action_filter_and_dates(qtbot, page: AuditPage) -> None:
    page.action_combo.setCurrentIndex(page.action_combo.findData("login"))
    assert column(page, "action") == ["登录"]

    page.action_combo.setCurrentIndex(0)
    local_today = date(2026, 11, 20)
    assert page.date_from.date().toPython() == date(2026, 10, 21)
    assert page.date_to.date().toPython() == local_today
    page.set_dates(date(2020, 1, 1), date(2020, 1, 31))
    assert page.model.rowCount() == 0
    assert page.status.text() == "共 0 条"

    qtbot.mouseClick(page.use_dates, Qt.MouseButton.LeftButton, pos=page.use_dates.rect().center())
    assert not page.use_dates.isChecked()
    assert page.model.rowCount() > 0


def test_refreshes_when_something_changed(
    qtbot, page: AuditPage, ctx: AppContext, database: Database, admin_actor: Actor
) -> None:
    before = page.model.rowCount()
    ops.write(
        ctx, lambda s, a: update_settings(s, a, {"letterhead.company": "安家置业"}), parent=None
    )
    assert page.model.rowCount() == before + 1
    assert "公司名称" in column(page, "summary")[0]


def test_reloads_on_an_audited_write_and_not_on_an_unaudited_one(
    qtbot, page: AuditPage, ctx: AppContext, monkeypatch
) -> None:

    from anjia_desk.db.tracking import mark_written
    from anjia_desk.services.topics import BACKUP_FILES

    # (and the tables the objects' names come from: a renamed user reads anew)
    assert {Topic.AUDIT, Topic.SETTINGS} <= page.sources
    fills: list[int] = []
    original = page._fill
    monkeypatch.setattr(page, "_fill", lambda result: (fills.append(1), original(result)))
    ops.write(
        ctx,
        lambda s, a: audit.record(s, a, "print", "visitor_form", None, "空白来访登记表"),
        parent=None,
    )
    assert fills == [1]
    # Almost every write is audited: a new file in the backup folder is not (by itself).
    ops.write(ctx, lambda s, a: mark_written(BACKUP_FILES), parent=None)
    assert fills == [1]


def _recorded_entities() -> set[str]:
    """The entity names the code writes into the audit: the 4th argument (or `entity=`) of every
    audit.record(...) call, and every "entity": value of a hand-written audit row."""
    import ast
    from pathlib import Path

    import anjia_desk

    found: set[str] = set()
    unreadable: list[str] = []
    for path in Path(anjia_desk.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (
                isinstance(node.func, ast.Attribute)
                and node.func.attr == "record"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "audit"
            ):
                args = [kw.value for kw in node.keywords if kw.arg == "entity"]
                args += node.args[3:4]
                for arg in args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.add(arg.value)
                    else:
                        unreadable.append(f"{path.name}:{node.lineno}")
            elif isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if (
                        isinstance(key, ast.Constant)
                        and key.value == "entity"
                        and isinstance(value, ast.Constant)
                        and isinstance(value.value, str)
                    ):
                        found.add(value.value)
    assert not unreadable, f"audit.record with a computed entity: {unreadable}"
    return found


def test_every_audited_entity_has_a_chinese_label() -> None:
    from anjia_desk.db import models
    from anjia_desk.ui.pages.audit_page import ENTITY_LABELS

    recorded = _recorded_entities()
    assert {"visitor_form", "backup_passphrase", "users"} <= recorded  # the scan finds them
    tables = set(models.Base.metadata.tables)
    missing = sorted((recorded | tables) - set(ENTITY_LABELS))
    assert missing == []
    assert ENTITY_LABELS["visitor_form"] == "空白来访登记表"


def test_a_print_of_the_visitor_form_reads_in_chinese(
    page: AuditPage, ctx: AppContext, database: Database, admin_actor: Actor
) -> None:
    ops.write(
        ctx,
        lambda s, a: audit.record(s, a, "print", "visitor_form", None, "空白来访登记表"),
        parent=None,
    )
    assert column(page, "entity")[0] == "空白来访登记表"


@pytest.mark.parametrize(
    "model",
    [
        "anjia_desk.ui.pages.audit_page:AuditModel",
        "anjia_desk.ui.pages.backup_page:BackupModel",
        "anjia_desk.ui.pages.users_page:UsersModel",
    ],
)
def test_time_columns_start_in_the_default_office_zone(qtbot, monkeypatch, model: str) -> None:
    """Before the settings are read, times show in office.timezone's default (not a copy of it)."""
    import dataclasses
    import importlib
    from zoneinfo import ZoneInfo

    from anjia_desk.core.settings import SPECS

    spec = SPECS["office.timezone"]
    monkeypatch.setitem(SPECS, spec.key, dataclasses.replace(spec, default="Asia/Urumqi"))
    module, name = model.split(":")
    table = getattr(importlib.import_module(module), name)()
    assert table.zone == ZoneInfo("Asia/Urumqi")
