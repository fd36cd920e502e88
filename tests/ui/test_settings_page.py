"""设置 › 办公设置: the settings form generated from the registry, one page per topic."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit
from sqlalchemy import select

from anjia_desk.core.roles import Role
from anjia_desk.core.settings import DECIMAL, LIST, SPECS, SettingSpec
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry, Setting
from anjia_desk.services import users
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_setting, get_settings
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.settings_page import BoundedSpinBox, SettingsPage, ZoneBox

LOCK = "security.lock_minutes"


# The offscreen platform cannot pass size hints to a top-level window, and says so on show().
def make_actor(database: Database, admin: Actor, username: str, role: Role) -> Actor:
    with session_scope(database, admin) as s:
        users.add_user(
            s, admin, username=username, display_name="王芳", roles=[role], password="pass-123"
        )
    with session_scope(database) as s:
        return users.login(s, username, "pass-123")


@pytest.fixture
def page(qtbot, ctx: AppContext) -> SettingsPage:
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 650)
    widget.show()
    return widget


def type_into_spin(qtbot, spin: BoundedSpinBox, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


def test_form_is_generated_from_the_registry(page: SettingsPage) -> None:
    assert set(page.editors) == set(SPECS)
    for key, spec in SPECS.items():
        widget = page.editors[key].widget
        expected = {
            bool: QCheckBox,
            int: BoundedSpinBox,
            str: QLineEdit,
            DECIMAL: QLineEdit,
            LIST: QLineEdit,
        }[spec.kind]
        if spec.picker == "zone":
            expected = ZoneBox
        assert isinstance(widget, expected), key
        if spec.kind is str and spec.max_length is not None:
            assert isinstance(widget, QLineEdit)
            assert widget.maxLength() == spec.max_length
        if spec.help:
            assert spec.help in widget.toolTip()
    spin = page.editors[LOCK].widget
    assert isinstance(spin, BoundedSpinBox)
    assert (spin.allowed_min, spin.allowed_max) == (1, 240)
    assert spin.value() == 10
    assert not page.is_dirty()
    assert not page.save_button.isEnabled()


def test_arrows_stay_inside_the_allowed_range(qtbot, page: SettingsPage) -> None:
    spin = page.editors[LOCK].widget
    assert isinstance(spin, BoundedSpinBox)
    spin.setValue(240)
    spin.stepUp()
    assert spin.value() == 240
    spin.setValue(1)
    spin.stepDown()
    assert spin.value() == 1


def test_invalid_lock_minutes_is_explained_beside_the_field_and_nothing_is_saved(
    qtbot, page: SettingsPage, database: Database
) -> None:
    page.show_topic("系统与安全")
    spin = page.editors[LOCK].widget
    assert isinstance(spin, BoundedSpinBox)
    type_into_spin(qtbot, spin, "0")
    assert page.dirty_label.isVisible()
    qtbot.keyClick(spin, Qt.Key.Key_Return)

    assert page.errors.message(LOCK) == "无操作锁屏（分钟）：不能小于 1"
    assert page.message.kind == "error"
    with session_scope(database) as s:
        assert s.scalars(select(Setting)).all() == []
    # The typed value stays for the person to correct.
    assert spin.text() == "0"
    assert page.is_dirty()

    type_into_spin(qtbot, spin, "500")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors.message(LOCK) == "无操作锁屏（分钟）：不能大于 240"


def test_a_valid_change_is_saved_audited_and_broadcast(
    qtbot, page: SettingsPage, ctx: AppContext, database: Database
) -> None:
    page.show_topic("系统与安全")
    spin = page.editors[LOCK].widget
    assert isinstance(spin, BoundedSpinBox)
    type_into_spin(qtbot, spin, "15")
    zone = page.editors["office.timezone"].widget
    assert isinstance(zone, ZoneBox)
    zone.set_zone("Asia/Hong_Kong")
    assert set(page.dirty_keys()) == {LOCK, "office.timezone"}

    with qtbot.waitSignal(ctx.changed) as blocker:
        qtbot.keyClick(spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Topic.SETTINGS in blocker.args[0].topics

    with session_scope(database) as s:
        values = get_settings(s)
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "settings")).all()
    assert values[LOCK] == 15
    assert values["office.timezone"] == "Asia/Hong_Kong"
    assert values["letterhead.company"] == ""  # untouched keys are not written
    assert {e.action for e in entries} == {"create"}
    assert len(entries) == 2
    assert all(e.actor == "管理员" for e in entries)
    assert any("无操作锁屏（分钟）" in e.summary for e in entries)

    assert page.message.kind == "ok"
    assert "无操作锁屏" in page.message.text()
    assert not page.is_dirty()
    assert not page.dirty_label.isVisible()
    assert not page.errors.any_shown()


def test_revert_restores_the_saved_values(qtbot, page: SettingsPage) -> None:
    line = page.editors["letterhead.phone"].widget
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "0571-8888")
    assert page.revert_button.isEnabled()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert line.text() == ""
    assert not page.is_dirty()

    # Enter on the focused 还原 button reverts rather than saves.
    qtbot.keyClicks(line, "0571-8888")
    page.revert_button.setFocus()
    qtbot.keyClick(page.revert_button, Qt.Key.Key_Return)
    assert line.text() == ""
    assert page.message.kind != "ok"


def test_the_time_zone_is_chosen_from_a_list(qtbot, page: SettingsPage, database: Database) -> None:
    from zoneinfo import available_timezones

    from anjia_desk.ui.pages.settings_editors import COMMON_ZONES

    page.show_topic("系统与安全")
    zone = page.editors["office.timezone"].widget
    assert isinstance(zone, ZoneBox)
    assert not zone.isEditable()  # nothing to mistype
    offered = [zone.itemData(i) for i in range(zone.count()) if zone.itemData(i)]
    assert offered[0] == "Asia/Shanghai" and zone.zone() == "Asia/Shanghai"
    assert "北京时间" in zone.itemText(0)
    assert offered[: len(COMMON_ZONES)] == [z for z, _ in COMMON_ZONES]
    assert set(offered) >= available_timezones()
    rest = offered[len(COMMON_ZONES) :]
    assert rest == sorted(rest) and "Europe/Berlin" in rest
    zone.setCurrentIndex(zone.findData("Europe/Berlin"))
    assert page.dirty_keys() == ["office.timezone"]
    qtbot.keyClick(zone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with session_scope(database) as s:
        assert get_setting(s, "office.timezone") == "Europe/Berlin"


def test_a_zone_this_computer_does_not_list_is_shown_not_lost(qtbot) -> None:
    box = ZoneBox()
    qtbot.addWidget(box)
    box.set_zone("Mars/Olympus")
    assert box.zone() == "Mars/Olympus"


def test_a_save_elsewhere_refreshes_the_form(
    qtbot, page: SettingsPage, ctx: AppContext, database: Database, admin_actor: Actor
) -> None:
    from anjia_desk.services.settings import update_settings

    ops.write(
        ctx,
        lambda s, a: update_settings(s, a, {"letterhead.address": "杭州市滨江区江南大道 1 号"}),
        parent=None,
    )
    line = page.editors["letterhead.address"].widget
    assert isinstance(line, QLineEdit)
    assert line.text() == "杭州市滨江区江南大道 1 号"
    assert not page.is_dirty()


def test_read_only_for_a_consultant(qtbot, database: Database, admin_actor: Actor, fake_dialogs):
    consultant = make_actor(database, admin_actor, "wangfang", Role.CONSULTANT)
    ctx = AppContext(database, consultant, dialogs=fake_dialogs)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()

    assert not page.editable
    assert page.note.isVisible()
    assert "管理员" in page.note.text()
    assert not page.save_button.isVisible()
    assert not page.revert_button.isVisible()
    line = page.editors["letterhead.company"].widget
    assert isinstance(line, QLineEdit) and line.isReadOnly()
    spin = page.editors[LOCK].widget
    assert isinstance(spin, BoundedSpinBox) and spin.isReadOnly()
    assert not page.editors["backup.enabled"].widget.isEnabled()
    assert spin.value() == 10

    qtbot.keyClick(line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    page.save()
    with session_scope(database) as s:
        assert s.scalars(select(Setting)).all() == []


def test_the_settings_section_shows_each_tab_to_who_may_use_it(
    qtbot, ctx: AppContext, database: Database, admin_actor: Actor, fake_dialogs
) -> None:
    from anjia_desk.ui.pages import SettingsSection, build_sections

    (section,) = [s for s in build_sections(ctx) if s.key == "settings"]
    assert (section.key, section.title) == ("settings", "设置")
    assert isinstance(section.widget, SettingsSection)
    qtbot.addWidget(section.widget)
    assert section.widget.tab_titles() == [
        "办公设置",
        "办公日历",
        "用户",
        "备份与恢复",
        "证件密钥",
        "数据库连接",
        "个人信息",
        "报表模板",
        "审计日志",
    ]

    expected = {
        Role.CONSULTANT: ["办公设置", "办公日历"],
        Role.SITE_MANAGER: ["办公设置", "办公日历", "备份与恢复", "审计日志"],
        Role.SALES_SECRETARY: ["办公设置", "办公日历", "备份与恢复"],
    }
    for i, (role, titles) in enumerate(expected.items()):
        actor = make_actor(database, admin_actor, f"user{i}", role)
        other = SettingsSection(AppContext(database, actor, dialogs=fake_dialogs))
        qtbot.addWidget(other)
        assert other.tab_titles() == titles, role


def test_each_tab_renders_something(qtbot, ctx: AppContext) -> None:
    from anjia_desk.ui.pages import SettingsSection

    section = SettingsSection(ctx)
    qtbot.addWidget(section)
    section.resize(1100, 700)
    section.show()
    for i in range(section.count()):
        section.setCurrentIndex(i)
        image = section.grab().toImage()
        assert (image.width(), image.height()) == (1100, 700)
        colours = {image.pixel(x, y) for x in range(0, 1100, 37) for y in range(0, 700, 23)}
        assert len(colours) > 3, section.tabText(i)


def test_the_backup_folder_can_be_chosen_with_a_dialog(qtbot, ctx, fake_dialogs, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from anjia_desk.ui.pages.settings_page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    fake_dialogs.dir_path = tmp_path / "备份"
    button = page.findChild(QPushButton, "pick:backup.directory")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names()[-1] == "choose_dir"
    assert page.editors["backup.directory"].read() == str(tmp_path / "备份")
    assert "backup.directory" in page.dirty_keys()  # chosen, not yet saved
    fake_dialogs.dir_path = None  # cancelled: nothing changes
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.editors["backup.directory"].read() == str(tmp_path / "备份")


def test_reloads_on_a_settings_write_and_not_on_an_unrelated_one(
    qtbot, page: SettingsPage, ctx: AppContext, monkeypatch
) -> None:
    from anjia_desk.services.calendar import save_year
    from anjia_desk.services.settings import update_settings

    assert page.sources == {Topic.SETTINGS}
    fills: list[object] = []
    original = page._fill
    monkeypatch.setattr(page, "_fill", lambda values: (fills.append(values), original(values)))
    ops.write(ctx, lambda s, a: update_settings(s, a, {LOCK: 15}), parent=None)
    assert len(fills) == 1
    ops.write(ctx, lambda s, a: save_year(s, a, 2031, []), parent=None)
    assert len(fills) == 1


PENALTY = "deals.penalty_per_10k"


def test_a_decimal_setting_is_typed_as_text_and_saved_as_a_number(
    qtbot, database: Database, admin_actor: Actor, fake_dialogs
) -> None:
    manager = make_actor(database, admin_actor, "zhou", Role.SITE_MANAGER)
    page = SettingsPage(AppContext(database, manager, dialogs=fake_dialogs))
    qtbot.addWidget(page)
    page.show()
    page.show_topic("交易与收款")
    line = page.editors[PENALTY].widget
    assert isinstance(line, QLineEdit)
    assert line.text() == "5"
    assert "范围 0–100" in line.toolTip()
    line.selectAll()
    qtbot.keyClicks(line, "5.0")
    assert not page.is_dirty()  # the same number
    line.setText("五")  # (QTest types ASCII only)
    assert page.dirty_keys() == [PENALTY]
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert page.errors.message(PENALTY) == "逾期付款违约金（万分之/日）：应为数字，如 0.5"
    line.selectAll()
    qtbot.keyClicks(line, "0.5")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert page.message.kind == "ok"
    assert not page.is_dirty()
    with session_scope(database) as s:
        assert get_setting(s, PENALTY) == Decimal("0.5")
        assert s.scalar(select(Setting.value).where(Setting.key == PENALTY)) == '"0.5"'


@pytest.fixture
def days_page(qtbot, ctx: AppContext, monkeypatch) -> SettingsPage:
    """The page with a list setting registered (the dunning issue adds the first real one)."""
    spec = SettingSpec(
        "test.days", "催款提醒（天）", "测试", (3, 7, 15), LIST,
        item=int, minimum=1, maximum=365, help="逾期后第几天提醒",
    )  # fmt: skip
    monkeypatch.setitem(SPECS, spec.key, spec)
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_topic("测试")  # a topic nobody placed is the administrator's
    return widget


def test_a_list_setting_is_edited_as_items_separated_by_commas(
    qtbot, days_page: SettingsPage, database: Database
) -> None:
    page = days_page
    line = page.editors["test.days"].widget
    assert isinstance(line, QLineEdit)
    assert line.text() == "3、7、15"
    assert "多项用顿号（、）或逗号分隔" in line.toolTip()
    assert "每项范围 1–365" in line.toolTip()
    assert not page.is_dirty()
    line.selectAll()
    qtbot.keyClicks(line, "3, 7, 15")
    assert not page.is_dirty()  # the same items, written another way

    line.setText("3、七")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert page.errors.message("test.days") == "催款提醒（天）：第 2 项“七”应为整数"
    line.setText("1，5，30")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert page.message.kind == "ok"
    assert not page.is_dirty()
    with session_scope(database) as s:
        assert get_setting(s, "test.days") == (1, 5, 30)
    page.reload()
    assert line.text() == "1、5、30"  # as saved
