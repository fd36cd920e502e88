"""报表 › 总部报表 and 设置 › 报表模板 (issue 19): who has them; 生成… fills the workbook where the
save dialog says and lists the run; the administrator saves a copy of a template, is told what a
workbook that is not a template lacks, puts the copy in place and goes back to the shipped one.
NOW is Wednesday 2026-12-09 10:00 in the office (Asia/Shanghai)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from anjia_desk.core.roles import Role
from anjia_desk.db.engine import session_scope
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages import SettingsSection, build_sections
from anjia_desk.ui.pages.report_templates_page import ReportTemplatesPage
from anjia_desk.ui.reports.head_office_tab import HeadOfficeTab
from anjia_desk.ui.reports.page import ReportsSection
from tests.helpers import add_actor

NOW = datetime(2026, 12, 9, 2, 0, tzinfo=UTC)


@pytest.fixture
def staff(ctx: AppContext) -> dict[Role, Actor]:
    ctx.clock = lambda: NOW
    with session_scope(ctx.database, Actor.system()) as s:
        return {
            Role.SALES_SECRETARY: add_actor(s, "zhaomin", "赵敏", Role.SALES_SECRETARY),
            Role.SITE_MANAGER: add_actor(s, "sunqiang", "孙强", Role.SITE_MANAGER),
            Role.CONSULTANT: add_actor(s, "wangfang", "王芳", Role.CONSULTANT),
        }


def reports_section(ctx: AppContext) -> ReportsSection | None:
    for section in build_sections(ctx):
        if section.key == "reports":
            assert isinstance(section.widget, ReportsSection)
            return section.widget
    return None


def test_who_has_which_tab(qtbot, ctx: AppContext, staff: dict[Role, Actor]) -> None:
    admin = ctx.actor
    expected = {
        Role.SALES_SECRETARY: ["总部报表"],
        Role.SITE_MANAGER: ["报表", "总部报表"],
        Role.CONSULTANT: ["报表"],
    }
    for role, tabs in expected.items():
        ctx.set_actor(staff[role])
        section = reports_section(ctx)
        assert section is not None and section.tab_titles() == tabs, role
        assert (section.head_office is not None) == ("总部报表" in tabs)
        settings = SettingsSection(ctx)
        assert "报表模板" not in settings.tab_titles()
    ctx.set_actor(admin)
    assert reports_section(ctx) is None
    assert "报表模板" in SettingsSection(ctx).tab_titles()


def open_head_office(qtbot, ctx: AppContext, actor: Actor) -> HeadOfficeTab:
    ctx.set_actor(actor)
    tab = HeadOfficeTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded)
    return tab


def test_produce_saves_the_workbook_and_lists_the_run(
    qtbot, ctx: AppContext, staff: dict[Role, Actor], fake_dialogs, tmp_path: Path
) -> None:
    tab = open_head_office(qtbot, ctx, staff[Role.SALES_SECRETARY])
    assert tab.day.isoformat() == "2026-12-09"  # the office's today
    assert tab.runs_model.rowCount() == 0
    tab.kind_box.setCurrentIndex(tab.kind_box.findData("weekly"))
    assert "周一至报表日期" in tab.period_label.text()
    fake_dialogs.save_path = tmp_path / "周报"
    tab.produce_button.click()
    qtbot.waitUntil(lambda: tab.message.kind == "ok")
    assert fake_dialogs.calls[0][1][1].name == "销售周报-2026-12-09.xlsx"
    target = tmp_path / "周报.xlsx"
    assert target.exists() and load_workbook(target).sheetnames
    qtbot.waitUntil(lambda: tab.runs_model.rowCount() == 1)
    row = tab.runs_model.row_at(0)
    assert (row.kind.label, row.period_on.isoformat(), row.produced_by, row.via_label) == (
        "周报",
        "2026-12-09",
        "赵敏",
        "窗口",
    )
    assert row.filename == "周报.xlsx"


def test_the_admin_copies_replaces_and_resets_a_template(
    qtbot, ctx: AppContext, fake_dialogs, tmp_path: Path
) -> None:
    page = ReportTemplatesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    assert [page.model.row_at(i).kind.label for i in range(3)] == ["日报", "周报", "月报"]
    assert not any(row.custom for row in page.model.rows)
    assert page.chosen() is not None and page.chosen().label == "日报"

    fake_dialogs.save_path = tmp_path / "日报模板"
    page.copy_button.click()
    qtbot.waitUntil(lambda: page.message.kind == "ok")
    copy = tmp_path / "日报模板.xlsx"
    assert copy.exists() and load_workbook(copy).sheetnames

    plain = tmp_path / "空白.xlsx"
    Workbook().save(plain)
    fake_dialogs.open_path = plain
    page.replace_button.click()
    qtbot.waitUntil(lambda: page.message.kind == "error")
    assert "报表模板不能使用" in page.message.text() and "day_visits_first" in page.message.text()
    assert not page.model.row_at(0).custom

    fake_dialogs.open_path = copy
    page.replace_button.click()
    qtbot.waitUntil(lambda: page.model.row_at(0).custom)
    assert page.model.row_at(0).filename == "日报模板.xlsx"
    assert page.model.row_at(0).uploaded_by == "管理员"

    page.reset_button.click()
    assert fake_dialogs.names()[-1] == "confirm"
    qtbot.waitUntil(lambda: not page.model.row_at(0).custom)
    assert "已恢复内置模板" in page.message.text()


def test_the_secretarys_reminder_opens_the_workbook_to_produce(
    qtbot, ctx: AppContext, staff: dict[Role, Actor], monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """Friday 2026-12-04 16:00 in the office: 周报 is due at 17:30 (reminded 2 hours before); a
    double-click on the reminder shows 报表 › 总部报表 with 周报 for that Friday chosen."""
    from PySide6.QtCore import Qt

    from anjia_desk.ui.main_window import MainWindow

    monkeypatch.setenv("ANJIA_DESK_HOME", str(tmp_path / "home"))
    ctx.clock = lambda: datetime(2026, 12, 4, 8, 0, tzinfo=UTC)
    ctx.set_actor(staff[Role.SALES_SECRETARY])
    window = MainWindow(ctx, auto_backup=False)
    qtbot.addWidget(window)
    window.show()
    window.show_section("workbench")
    bench = next(s.widget for s in window.sections if s.key == "workbench")

    def due_friday(item) -> bool:
        return item.kind.value == "report_weekly" and item.due == date(2026, 12, 4)

    qtbot.waitUntil(lambda: any(due_friday(i) for i in bench.shown_items()))
    row = next(n for n, i in enumerate(bench.shown_items()) if due_friday(i))
    view = bench.table
    rect = view.visualRect(bench.model.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section_key() == "reports"
    section = next(s.widget for s in window.sections if s.key == "reports")
    tab = section.head_office
    assert tab is not None and section.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.loaded)
    assert tab.kind.label == "周报" and tab.day.isoformat() == "2026-12-04"
