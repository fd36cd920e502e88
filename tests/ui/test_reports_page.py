"""The 报表 section (issue 19): who has it; the report list, the range bar (本月 by default, 今天 /
自定义 recompute, a bad custom range said beside its date and nothing computed); the table's cells
(figures right-aligned, 合计 bold, a rate over nothing "—"); a click on a bar and a double-click
on a row open the records behind them, and a double-click there opens the customer; 导出 Excel…
writes the workbook where the save dialog says; 打印… opens the preview.

The report shown is the real 来访（按日） (services.report_sales) over visits built here, drawn by
the real pdf/report_chart.chart_svg. Office time is Asia/Shanghai (UTC+8); NOW is Wednesday
2026-12-09 10:00 there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QApplication

from anjia_desk.core.customers import VisitKind
from anjia_desk.core.report_periods import Span
from anjia_desk.core.report_values import Column as ReportColumn
from anjia_desk.core.report_values import ColumnKind, DrillList, DrillTarget
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Visit
from anjia_desk.services.context import Actor
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers import window as customer_window
from anjia_desk.ui.pages import build_sections
from anjia_desk.ui.reports.drill_dialog import DrillDialog
from anjia_desk.ui.reports.page import ReportsSection
from anjia_desk.ui.reports.report_tab import ReportsTab
from tests.deal_fixtures import make_customer
from tests.helpers import add_actor

NOW = datetime(2026, 12, 9, 2, 0, tzinfo=UTC)  # Wednesday 10:00 in the office
ZONE_HOURS = 8


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """An office-time moment as the aware UTC instant stored."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(
        hours=ZONE_HOURS
    )


@dataclass
class Office:
    manager: Actor
    consultant: Actor
    other: Actor
    customers: dict[str, int]


@pytest.fixture
def office(database: Database, ctx: AppContext) -> Office:
    """Five visits: 王建国 12-01 and again 12-09 (自然来访), 张伟 12-08 09:00 (自然来访), 李娜
    12-08 23:30 (朋友推荐: on the 8th in the office, the 9th's small hours nowhere), 陈静 11-30."""
    ctx.clock = lambda: NOW
    with session_scope(database, Actor.system()) as s:
        manager = add_actor(s, "sunqiang", "孙强", Role.SITE_MANAGER)
        consultant = add_actor(s, "wangfang", "王芳", Role.CONSULTANT)
        other = add_actor(s, "lilei", "李雷", Role.CONSULTANT)
        people = {
            name: make_customer(s, name, phone, owner=consultant).id
            for name, phone in (
                ("王建国", "13800001111"),
                ("李娜", "13800002222"),
                ("张伟", "13800003333"),
                ("陈静", "13800004444"),
            )
        }
        for name, at, kind, channel, who in (
            ("王建国", local(date(2026, 12, 1), 10), VisitKind.FIRST, "自然来访", consultant),
            ("张伟", local(date(2026, 12, 8), 9), VisitKind.FIRST, "自然来访", consultant),
            ("李娜", local(date(2026, 12, 8), 23, 30), VisitKind.FIRST, "朋友推荐", other),
            ("王建国", local(date(2026, 12, 9), 9), VisitKind.RETURN, "自然来访", consultant),
            ("陈静", local(date(2026, 11, 30), 10), VisitKind.FIRST, "自然来访", consultant),
        ):
            s.add(
                Visit(
                    customer_id=people[name],
                    visited_at=at,
                    kind=kind,
                    channel=channel,
                    consultant_id=who.user_id,
                )
            )
    return Office(manager, consultant, other, people)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The customers whose page was asked for: the customer window records instead of opening."""
    calls: list[int] = []

    def fake(_ctx: AppContext, customer_id: int, _parent: object = None) -> None:
        calls.append(customer_id)

    monkeypatch.setattr(customer_window, "open_customer", fake)
    return calls


_KEPT: list[ReportsSection] = []


@pytest.fixture(autouse=True)
def _forget_sections() -> None:
    _KEPT.clear()


def open_tab(qtbot, ctx: AppContext, actor: Actor) -> ReportsTab:
    ctx.set_actor(actor)
    section = ReportsSection(ctx)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    tab = section.reports
    assert tab is not None
    _KEPT.append(section)  # the section owns the tab: keep it while the test runs
    qtbot.waitUntil(lambda: tab.loads >= 1)
    return tab


def texts(tab: ReportsTab, column: str) -> list[str]:
    model = tab.model
    index = model.column_of(column)
    return [model.text(row, index) for row in range(model.rowCount())]


def wait_loads(qtbot, tab: ReportsTab, count: int) -> None:
    qtbot.waitUntil(lambda: tab.loads == count)


def test_the_section_is_there_only_with_a_report_right(qtbot, ctx: AppContext, office) -> None:
    with session_scope(ctx.database, Actor.system()) as s:
        people = {
            role: add_actor(s, f"user{n}", f"用户{n}", role)
            for n, role in enumerate(
                (Role.FINANCE, Role.VICE_PRESIDENT, Role.FRONT_DESK, Role.CASHIER, Role.LEGAL)
            )
        }
    sees = {office.manager: True, office.consultant: True, ctx.actor: False}
    sees |= {people[Role.FINANCE]: True, people[Role.VICE_PRESIDENT]: True}
    sees |= {people[Role.FRONT_DESK]: False, people[Role.CASHIER]: False}
    sees |= {people[Role.LEGAL]: False}
    for actor, expected in sees.items():
        ctx.set_actor(actor)
        sections = build_sections(ctx)
        keys = [section.key for section in sections]
        assert ("reports" in keys) == expected, actor.username
        if expected:
            assert keys.index("reports") == keys.index("complaints") + 1
            page = sections[keys.index("reports")].widget
            assert isinstance(page, ReportsSection)
            assert page.reports is not None
            assert "报表" in page.tab_titles()


def test_the_report_list_is_grouped_and_a_consultant_misses_the_whole_office_ones(
    qtbot, ctx: AppContext, office: Office
) -> None:
    tab = open_tab(qtbot, ctx, office.manager)
    groups = [
        tab.report_list.topLevelItem(i).text(0) for i in range(tab.report_list.topLevelItemCount())
    ]
    assert groups[0] == "来访与成交"
    assert "complaints" in tab.report_keys()
    assert tab.key == "visits" and tab.title_label.text() == "来访（按日）"
    mine = open_tab(qtbot, ctx, office.consultant)
    assert "complaints" not in mine.report_keys()
    assert "仅本人" in mine.range_label.text()


def test_this_month_by_default_then_today_and_a_custom_range_recompute(
    qtbot, ctx: AppContext, office: Office
) -> None:
    tab = open_tab(qtbot, ctx, office.manager)
    bar = tab.range_bar
    assert bar.span is Span.MONTH and bar.span_buttons[Span.MONTH].isChecked()
    assert tab.range_label.text() == "2026-12-01 至 2026-12-09"
    assert tab.model.data_rows == 9  # the 1st to today
    assert texts(tab, "合计") == ["1", "0", "0", "0", "0", "0", "0", "2", "1", "4"]
    assert texts(tab, "自然来访")[-1] == "3" and texts(tab, "朋友推荐")[7] == "1"
    assert (bar.first, bar.last) == (date(2026, 12, 1), date(2026, 12, 9))

    bar.span_buttons[Span.TODAY].click()
    wait_loads(qtbot, tab, 2)
    assert tab.range_label.text() == "2026-12-09"
    assert texts(tab, "复访")[:1] == ["1"] and texts(tab, "首访")[:1] == ["0"]

    bar.span_buttons[Span.CUSTOM].click()  # starts from the range shown: today alone
    wait_loads(qtbot, tab, 3)
    assert bar.first_edit.isEnabled() and bar.last_edit.isEnabled()
    bar.first_edit.setDate(bar.first_edit.date().addDays(-9))  # 11-30: the debounce computes
    wait_loads(qtbot, tab, 4)
    assert tab.range_label.text() == "2026-11-30 至 2026-12-09"
    assert tab.model.data_rows == 10
    assert texts(tab, "合计")[0] == "1" and texts(tab, "合计")[-1] == "5"


def test_a_custom_range_ending_before_it_starts_is_said_beside_the_end_date(
    qtbot, ctx: AppContext, office: Office
) -> None:
    tab = open_tab(qtbot, ctx, office.manager)
    bar = tab.range_bar
    bar.set_custom(date(2026, 12, 5), date(2026, 12, 2))
    error = bar.errors["last"]
    assert error.isVisible() and error.text() == "结束日期不能早于开始日期"
    assert not bar.errors["first"].isVisible()
    # beside the end date: on its row, just right of it
    assert abs(error.geometry().center().y() - bar.last_edit.geometry().center().y()) < 6
    assert 0 <= error.x() - bar.last_edit.geometry().right() < 20
    qtbot.wait(500)  # past the debounce: nothing is computed for a bad range
    assert tab.loads == 1 and tab.range_label.text() == "2026-12-01 至 2026-12-09"
    bar.last_edit.setDate(bar.last_edit.date().addDays(6))  # 12-08: good again
    wait_loads(qtbot, tab, 2)
    assert not error.isVisible()
    assert tab.range_label.text() == "2026-12-05 至 2026-12-08"


def test_the_table_aligns_figures_and_bolds_the_total(qtbot, ctx: AppContext, office) -> None:
    tab = open_tab(qtbot, ctx, office.manager)
    model = tab.model
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    day, total = model.column_of("日期"), model.column_of("合计")
    align = Qt.ItemDataRole.TextAlignmentRole
    assert model.data(model.index(0, total), align) == int(right)
    assert model.data(model.index(0, day), align) != int(right)
    last = model.rowCount() - 1
    assert model.is_total(last) and model.text(last, day) == "合计"
    font = model.data(model.index(last, total), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.data(model.index(0, total), Qt.ItemDataRole.FontRole) is None
    assert model.row_key(0) == "2026-12-01" and model.row_key(last) is None


def _bar(tab: ReportsTab, row_key: str, series_key: str | None) -> QPoint:
    hit = next(
        h for h in tab.chart.hits if h.category_key == row_key and h.series_key == series_key
    )
    return tab.chart.hit_rect(hit).center().toPoint()


def test_a_click_on_a_bar_lists_its_visitors_and_a_double_click_opens_one(
    qtbot, ctx: AppContext, office: Office, opened: list[int]
) -> None:
    tab = open_tab(qtbot, ctx, office.manager)
    assert tab.chart.renderer is not None and tab.chart.hits
    point = _bar(tab, "2026-12-08", "朋友推荐")
    qtbot.mouseClick(tab.chart, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: tab.drill_dialog is not None)
    dialog = tab.drill_dialog
    assert isinstance(dialog, DrillDialog)
    assert list(dialog.model.drill.ids) == [office.customers["李娜"]]  # type: ignore[union-attr]
    name = dialog.model.column_of("customer")
    assert dialog.model.text(0, name) == "李娜"
    view = dialog.table
    rect = view.visualRect(dialog.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [office.customers["李娜"]]


def test_a_double_click_on_a_row_lists_that_days_visitors(
    qtbot, ctx: AppContext, office: Office
) -> None:
    tab = open_tab(qtbot, ctx, office.manager)
    view = tab.table
    rect = view.visualRect(tab.model.index(7, 0))  # 12-08
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.drill_dialog is not None)
    dialog = tab.drill_dialog
    assert dialog is not None and dialog.model.drill is not None
    assert sorted(dialog.model.drill.ids) == sorted(
        [office.customers["张伟"], office.customers["李娜"]]
    )
    assert "共 2 条" in dialog.count_label.text()


def test_export_writes_the_workbook_where_the_dialog_says(
    qtbot, ctx: AppContext, office: Office, fake_dialogs, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    tab = open_tab(qtbot, ctx, office.manager)
    fake_dialogs.save_path = tmp_path / "来访"  # no suffix typed: .xlsx is added
    tab.export_button.click()
    target = tmp_path / "来访.xlsx"
    qtbot.waitUntil(lambda: tab.message.kind == "ok")
    assert fake_dialogs.names() == ["save_file"]
    assert fake_dialogs.calls[0][1][1].name == "来访（按日）-2026-12-01-至-2026-12-09.xlsx"
    assert target.exists() and str(target) in tab.message.text()
    sheet = load_workbook(target).active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any("来访（按日）" in c for c in cells)


def test_export_cancelled_writes_nothing(qtbot, ctx, office, fake_dialogs, tmp_path) -> None:
    tab = open_tab(qtbot, ctx, office.manager)
    fake_dialogs.save_path = None
    tab.export_button.click()
    assert fake_dialogs.names() == ["save_file"] and not tab.message.isVisible()


def test_print_opens_the_preview(qtbot, ctx: AppContext, office: Office) -> None:
    tab = open_tab(qtbot, ctx, office.manager)
    tab.print_button.click()
    qtbot.waitUntil(lambda: tab.printer.preview is not None)
    preview = tab.printer.preview
    assert preview is not None and preview.page_count == 1
    assert preview.pdf_path.name.startswith("来访（按日）")
    preview.reject()


def hover(widget, point: QPoint) -> None:
    """The mouse moved over `widget` with no button held (QTest's mouseMove delivers none
    offscreen)."""
    where = QPointF(point)
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        where,
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_hovering_a_bar_shows_the_hand_and_says_what_it_counts(
    qtbot, ctx: AppContext, office: Office
) -> None:
    tab = open_tab(qtbot, ctx, office.manager)
    chart = tab.chart
    hover(chart, _bar(tab, "2026-12-08", "朋友推荐"))
    assert chart.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert chart.toolTip().splitlines() == ["12-08 周二", "朋友推荐：1 人次", "单击查看明细"]
    hover(chart, QPoint(2, 2))  # the corner: no bar
    assert chart.cursor().shape() != Qt.CursorShape.PointingHandCursor
    assert chart.toolTip() == ""


def test_enter_on_a_row_lists_it_and_a_visit_written_meanwhile_recounts(
    qtbot, ctx: AppContext, office: Office
) -> None:
    tab = open_tab(qtbot, ctx, office.manager)
    tab.table.setFocus()
    tab.table.selectRow(0)  # 12-01
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.drill_dialog is not None)
    assert tab.drill_dialog is not None and tab.drill_dialog.model.drill is not None
    assert list(tab.drill_dialog.model.drill.ids) == [office.customers["王建国"]]
    tab.drill_dialog.close()

    def visit(session, actor) -> None:
        session.add(
            Visit(
                customer_id=office.customers["陈静"],
                visited_at=local(date(2026, 12, 9), 9, 30),
                kind=VisitKind.RETURN,
                channel="自然来访",
                consultant_id=office.consultant.user_id,
            )
        )

    ops.write(ctx, visit, parent=None)
    wait_loads(qtbot, tab, 2)
    assert texts(tab, "合计")[-2:] == ["2", "5"]


@pytest.mark.parametrize("target", [DrillTarget.DEAL, DrillTarget.COMPLAINT])
def test_a_drilled_deal_or_case_opens_in_its_own_window(
    qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, target: DrillTarget
) -> None:
    from anjia_desk.ui.complaints import window as complaint_window
    from anjia_desk.ui.deals import window as deal_window

    calls: list[tuple[str, int]] = []
    monkeypatch.setattr(deal_window, "open_deal", lambda _c, i, _p=None: calls.append(("deal", i)))
    monkeypatch.setattr(
        complaint_window, "open_complaint", lambda _c, i, _p=None: calls.append(("case", i))
    )
    drill = DrillList(
        "本期签约",
        target,
        (
            ReportColumn("unit", "房源", ColumnKind.TEXT),
            ReportColumn("price", "成交价", ColumnKind.MONEY),
        ),
        (("1栋-0101", Decimal("1000000")), ("1栋-0102", Decimal("990000.5"))),
        (41, 42),
        more=3,
    )
    dialog = DrillDialog(ctx, drill)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.text(1, 1) == "990,000.50"
    assert "共 5 条，只列出前 2 条" in dialog.count_label.text()
    rect = dialog.table.visualRect(dialog.model.index(1, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert calls == [("deal" if target is DrillTarget.DEAL else "case", 42)]
