"""设置 › 办公日历: the year's source, the fallback warning, editing and the check box."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.calendar import YearSource
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import users
from anjia_desk.services.calendar import office_calendar, year_entries
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.calendar_page import CalendarPage, to_qdate

# 2026-11-20 10:00 in Shanghai: 2026 is in the package, 2027 is not.
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
NEW_YEAR = date(2027, 1, 1)  # a Friday
MAKE_UP_SATURDAY = date(2027, 2, 20)


@pytest.fixture
def page(qtbot, ctx: AppContext) -> CalendarPage:
    ctx.clock = lambda: NOW
    widget = CalendarPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    return widget


def add_row(qtbot, page: CalendarPage, day: date, workday: bool, name: str) -> None:
    page.new_date.setDate(to_qdate(day))
    page.new_kind.setCurrentIndex(page.new_kind.findData(workday))
    page.new_name.setText(name)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)


def test_current_year_from_the_package_is_read_only_until_copied(
    qtbot, page: CalendarPage, qtmodeltester
) -> None:
    assert [page.year_combo.itemData(i) for i in range(page.year_combo.count())] == [
        2025,
        2026,
        2027,
    ]
    assert page.year == 2026
    assert page.source_label.text() == "内置日历"
    assert not page.editing
    assert not page.editor_row.isVisible()
    assert page.copy_button.isVisible()
    assert not page.forget_button.isVisible()
    assert page.model.rowCount() == 39
    qtmodeltester.check(page.model)


def test_fallback_warning_for_next_year(page: CalendarPage) -> None:
    assert page.banner.isVisible()
    assert page.banner.kind == "warning"
    text = page.banner.text()
    assert "2027 年的法定节假日尚未录入，目前按周一至周五计算工作日" in text
    assert "国务院通常在 11 月公布下一年安排" in text
    assert "2026 年" not in text

    page.select_year(2027)
    assert page.source_label.text() == "未知（按周一至周五）"
    assert page.model.rowCount() == 0
    assert page.editing  # a year in neither table can be entered at once
    assert page.editor_row.isVisible()


def test_edit_2027_save_as_hand_kept_then_forget_it(
    qtbot, page: CalendarPage, ctx: AppContext, database: Database, fake_dialogs, qtmodeltester
) -> None:
    assert NEW_YEAR.weekday() == 4 and MAKE_UP_SATURDAY.weekday() == 5
    page.select_year(2027)
    add_row(qtbot, page, NEW_YEAR, False, "元旦")
    add_row(qtbot, page, MAKE_UP_SATURDAY, True, "春节")
    assert page.model.rowCount() == 2
    assert page.dirty_label.isVisible()
    qtmodeltester.check(page.model)

    with qtbot.waitSignal(ctx.changed) as blocker:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert Topic.CALENDAR in blocker.args[0].topics
    assert page.source_label.text() == "手工维护"
    assert page.message.kind == "ok"
    assert not page.dirty_label.isVisible()
    assert not page.banner.isVisible()  # 2027 is known now
    assert page.forget_button.isVisible()
    assert page.forget_button.text() == "停止手工维护"

    with session_scope(database) as s:
        calendar = office_calendar(s)
        source, entries = year_entries(s, 2027)
    assert source is YearSource.EDITED
    assert [(e.day, e.is_workday, e.name) for e in entries] == [
        (NEW_YEAR, False, "元旦"),
        (MAKE_UP_SATURDAY, True, "春节"),
    ]
    assert not calendar.is_working_day(NEW_YEAR)
    assert calendar.is_working_day(MAKE_UP_SATURDAY)
    assert calendar.year_source(2027) is YearSource.EDITED

    # Declining the confirmation changes nothing.
    fake_dialogs.confirm_answer = False
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert page.source_label.text() == "手工维护"

    fake_dialogs.confirm_answer = True
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names().count("confirm") == 2
    assert "周一至周五" in fake_dialogs.calls[-1][1][1]
    assert page.source_label.text() == "未知（按周一至周五）"
    assert page.banner.isVisible()
    with session_scope(database) as s:
        assert office_calendar(s).year_source(2027) is YearSource.FALLBACK
        assert office_calendar(s).is_working_day(NEW_YEAR)


def test_validation_messages_from_the_service_mark_the_rows(
    qtbot, page: CalendarPage, database: Database
) -> None:
    page.select_year(2027)
    wednesday = date(2027, 3, 3)
    add_row(qtbot, page, wednesday, True, "调休")
    add_row(qtbot, page, NEW_YEAR, False, "元旦")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.message.kind == "error"
    assert "2027-03-03 是周一至周五" in page.message.text()
    assert wednesday in page.model.errors
    row = [e.day for e in page.model.rows].index(wednesday)
    index = page.model.index(row, 3)
    assert "不必标为调休上班" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    with session_scope(database) as s:
        assert year_entries(s, 2027)[0] is YearSource.FALLBACK

    # Remove the wrong row and save again.
    page.table.selectRow(row)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "ok"
    assert page.source_label.text() == "手工维护"


def test_copy_a_package_year_edit_and_restore_the_package(
    qtbot, page: CalendarPage, database: Database
) -> None:
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.editing and page.editor_row.isVisible()
    assert page.dirty_label.isVisible()
    extra = date(2026, 12, 31)
    add_row(qtbot, page, extra, False, "公司年会")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.source_label.text() == "手工维护"
    assert page.model.rowCount() == 40
    with session_scope(database) as s:
        calendar = office_calendar(s)
    assert not calendar.is_working_day(extra)
    assert calendar.day_name(extra) == "公司年会"

    assert page.forget_button.text() == "恢复使用内置日历"
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert page.source_label.text() == "内置日历"
    with session_scope(database) as s:
        assert office_calendar(s).is_working_day(extra)


def test_switching_years_with_unsaved_rows_asks_first(
    qtbot, page: CalendarPage, fake_dialogs
) -> None:
    page.select_year(2027)
    add_row(qtbot, page, NEW_YEAR, False, "元旦")
    fake_dialogs.confirm_answer = False
    page.select_year(2026)
    assert page.year == 2027
    assert page.year_combo.currentData() == 2027
    assert page.model.rowCount() == 1

    fake_dialogs.confirm_answer = True
    page.select_year(2026)
    assert page.year == 2026


def test_check_box_tells_working_days(qtbot, page: CalendarPage) -> None:
    page.check_date.setDate(to_qdate(date(2026, 10, 1)))
    assert "休息日（国庆节）" in page.day_result.text()
    page.check_days.setValue(1)
    # The 2026 National Day holiday runs 10-01 to 10-07; 10-10 is a make-up working Saturday.
    assert page.after_result.text() == "1 个工作日后：2026-10-08 星期四"
    page.check_days.setValue(3)
    assert page.after_result.text() == "3 个工作日后：2026-10-10 星期六"

    page.check_date.setDate(to_qdate(date(2026, 10, 10)))
    assert "工作日（国庆节调休上班）" in page.day_result.text()

    page.check_date.setDate(to_qdate(date(2027, 1, 1)))
    assert "工作日" in page.day_result.text()
    assert "按周一至周五推算" in page.day_result.text()


def test_read_only_for_a_consultant(qtbot, database: Database, admin_actor: Actor, fake_dialogs):
    with session_scope(database, admin_actor) as s:
        users.add_user(
            s,
            admin_actor,
            username="wangfang",
            display_name="王芳",
            roles=[Role.CONSULTANT],
            password="pass-123",
        )
    with session_scope(database) as s:
        consultant = users.login(s, "wangfang", "pass-123")
    ctx = AppContext(database, consultant, dialogs=fake_dialogs, clock=lambda: NOW)
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert "管理员、案场经理" in page.note.text()
    assert not page.copy_button.isVisible()
    page.select_year(2027)
    assert not page.editing
    assert not page.editor_row.isVisible()
    assert not page.save_button.isVisible()
    assert "管理员、案场经理" in page.banner.text()


def test_reloads_on_a_calendar_write_and_not_on_an_unrelated_one(
    qtbot, page: CalendarPage, ctx: AppContext, monkeypatch
) -> None:
    from anjia_desk.services.calendar import DayEntry, save_year

    assert page.sources == {Topic.CALENDAR, Topic.SETTINGS}
    shown: list[int] = []
    original = page._show
    monkeypatch.setattr(page, "_show", lambda view: (shown.append(view.year), original(view)))
    entries = [DayEntry(NEW_YEAR, False, "元旦")]
    ops.write(ctx, lambda s, a: save_year(s, a, 2027, entries), parent=None)
    assert shown == [2026]
    ops.write(
        ctx,
        lambda s, a: users.add_user(
            s, a, username="lisi", display_name="李四", roles=[Role.CONSULTANT], password=None
        ),
        parent=None,
    )
    assert shown == [2026]
