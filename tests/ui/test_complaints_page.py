"""The 投诉 section (issue 18): who sees it and its 受理投诉… button; filing through the intake
dialog (a refused phone stays beside its field with everything typed kept, then the case is
written, its window opens and it is listed with its clock); the list's filters, its debounced
search, the overdue and paused colours with the deadline on hover, Enter opening a case, and the
refresh on a complaint written elsewhere. Office time is Asia/Shanghai (UTC+8); NOW is Friday
2026-11-20 10:00 there."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from anjia_desk.core.complaint_forms import IntakeForm
from anjia_desk.core.complaint_kinds import ComplaintStatus, Solution
from anjia_desk.core.complaints import Channel, Level, Nature
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Complaint, Project
from anjia_desk.services import complaints
from anjia_desk.services.context import Actor
from anjia_desk.ui import ops, palette
from anjia_desk.ui.complaints import window as complaint_window
from anjia_desk.ui.complaints.intake_dialog import IntakeDialog
from anjia_desk.ui.complaints.page import ComplaintsSection, may_see_complaints
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages import build_sections
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # Friday 10:00 in the office


@dataclass
class Office:
    desk: Actor
    secretary: Actor
    consultant: Actor
    manager: Actor
    cs: Actor
    vp: Actor
    finance: Actor
    cashier: Actor
    legal: Actor
    customer_id: int


@pytest.fixture
def office(database: Database, ctx: AppContext) -> Office:
    ctx.clock = lambda: NOW
    with session_scope(database, Actor.system()) as s:
        staff = Office(
            desk=add_actor(s, "desk", "前台小美", Role.FRONT_DESK),
            secretary=add_actor(s, "zhaomin", "赵敏", Role.SALES_SECRETARY),
            consultant=add_actor(s, "wangfang", "王芳", Role.CONSULTANT),
            manager=add_actor(s, "sunqiang", "孙强", Role.SITE_MANAGER),
            cs=add_actor(s, "kefu", "客服吴静", Role.CS_MANAGER),
            vp=add_actor(s, "vp", "陈副总", Role.VICE_PRESIDENT),
            finance=add_actor(s, "zhouhua", "周华", Role.FINANCE),
            cashier=add_actor(s, "qianli", "钱丽", Role.CASHIER),
            legal=add_actor(s, "fawu", "法务老周", Role.LEGAL),
            customer_id=0,
        )
        project = make_project(s, "安家·测试苑")
        make_building(s, project, "1栋")
        customer = make_customer(s, "王建国", "13800001111", owner=staff.consultant)
        s.flush()
        staff.customer_id = customer.id
    return staff


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The cases whose window was asked for: the complaint window records instead of opening."""
    calls: list[int] = []

    def fake(_ctx: AppContext, complaint_id: int, _parent: object) -> None:
        calls.append(complaint_id)

    monkeypatch.setattr(complaint_window, "open_complaint", fake)
    return calls


def intake(**changes: object) -> IntakeForm:
    base = IntakeForm(
        channel=Channel.PHONE,
        who="李四",
        what="客厅地面空鼓",
        nature=Nature.QUALITY,
        level=Level.MINOR,
        contact_phone="13900002222",
        point="墙地面空鼓开裂",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def file(database: Database, actor: Actor, form: IntakeForm, now: datetime = NOW) -> int:
    with session_scope(database, actor) as s:
        return complaints.file_complaint(s, actor, form, now=now)


def open_page(qtbot, ctx: AppContext, actor: Actor) -> ComplaintsSection:
    ctx.set_actor(actor)
    page = ComplaintsSection(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    return page


def cell(model, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, model.column_index(key)), role)


def row_of(page: ComplaintsSection, complaint_id: int) -> int:
    return next(i for i, r in enumerate(page.list_model.rows) if r.id == complaint_id)


def test_everyone_sees_the_section_and_only_intake_staff_the_button(
    qtbot, ctx: AppContext, office: Office
) -> None:
    assert not may_see_complaints(Actor(user_id=None, username="x", display_name="x"))
    takes_in = (office.desk, office.secretary, office.consultant, office.cs, office.vp)
    only_reads = (office.finance, office.cashier, office.legal, ctx.actor)  # ctx: the admin
    for actor in (*takes_in, *only_reads):
        assert may_see_complaints(actor)
        ctx.set_actor(actor)
        sections = build_sections(ctx)
        titles = [section.title for section in sections]
        assert "投诉" in titles
        if "变更" in titles:
            assert titles.index("投诉") == titles.index("变更") + 1
        page = next(s.widget for s in sections if s.key == "complaints")
        assert isinstance(page, ComplaintsSection)
        assert page.file_button.isVisibleTo(page) == (actor in takes_in), actor.username
        for section in sections:
            section.widget.deleteLater()


def test_filing_through_the_dialog_keeps_the_text_on_a_refusal_then_lists_the_case(
    qtbot, ctx: AppContext, database: Database, office: Office, opened: list[int]
) -> None:
    page = open_page(qtbot, ctx, office.secretary)
    assert page.list_model.rowCount() == 0
    page.file_button.click()
    dialog = page.findChild(IntakeDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 728  # fits the office screen

    # The referral fields show only for 外部转办.
    referral = dialog.referral_rows[0]
    assert not referral.isVisibleTo(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.REFERRED.value))
    assert referral.isVisibleTo(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.ON_SITE.value))
    assert not referral.isVisibleTo(dialog)

    # The customer, found by name, with the deal list read for them (none here).
    assert dialog.picker is not None
    dialog.picker.search.setText("王建国")
    dialog.picker.look_up()
    assert dialog.picker.customer_id() == office.customer_id
    assert dialog.who.text() == "王建国"  # the customer's name, while 投诉人 was blank
    assert dialog.deal.count() == 1  # "不涉及具体交易": no deal yet

    qtbot.keyClicks(dialog.phone, "1380000")
    dialog.what.setPlainText("主卧窗户下渗水，墙面发霉")
    dialog.place.setText("1栋1单元101 主卧")
    dialog.nature.setCurrentIndex(dialog.nature.findData(Nature.QUALITY.value))
    dialog.level.setCurrentIndex(dialog.level.findData(Level.GENERAL.value))
    assert "3 个工作日内" in dialog.level_hint.text() and "孙强" in dialog.level_hint.text()
    dialog.media_risk.setChecked(True)  # media attention: 一级, the vice president's
    assert dialog.level_value() is Level.MAJOR and not dialog.level.isEnabled()
    assert "24 小时" in dialog.level_hint.text() and "陈副总" in dialog.level_hint.text()
    dialog.point.setEditText("渗水漏水")
    dialog.group_size.setValue(3)

    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.errors.message("contact_phone")  # beside the phone
    assert "红字" in dialog.message.text()
    assert dialog.phone.text() == "1380000"  # nothing typed is lost
    assert dialog.what.toPlainText() == "主卧窗户下渗水，墙面发霉"
    assert dialog.place.text() == "1栋1单元101 主卧"
    with session_scope(database) as s:
        assert s.query(Complaint).count() == 0

    dialog.phone.setText("13800001111")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.complaint_id is not None
    assert opened == [dialog.complaint_id]  # the new case's window
    with session_scope(database) as s:
        case = s.get(Complaint, dialog.complaint_id)
        assert case is not None
        assert (case.who, case.contact_phone, case.level) == ("王建国", "13800001111", "1")
        assert (case.customer_id, case.group_size, case.point) == (
            office.customer_id,
            3,
            "渗水漏水",
        )
        assert case.media_risk and case.channel == Channel.ON_SITE
        assert case.intake_at.astimezone(UTC) == NOW
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1)
    assert cell(page.list_model, 0, "code") == "TS-000001"
    assert cell(page.list_model, 0, "clock") == "还剩 1 天"  # 24 clock hours for 一级
    assert cell(page.list_model, 0, "owner") == "陈副总"
    assert cell(page.list_model, 0, "intake") == "2026-11-20 10:00"


def test_a_referral_needs_its_body_and_is_filed_with_its_deadline(
    qtbot, ctx: AppContext, database: Database, office: Office, opened: list[int]
) -> None:
    page = open_page(qtbot, ctx, office.vp)  # the vice president does not look customers up
    page.file_button.click()
    dialog = page.findChild(IntakeDialog)
    assert dialog is not None and dialog.picker is None
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.REFERRED.value))
    dialog.who.setText("12345 转来的业主")
    dialog.what.setPlainText("小区大门承诺的景观未兑现")
    dialog.nature.setCurrentIndex(dialog.nature.findData(Nature.PROMISE.value))
    dialog.level.setCurrentIndex(dialog.level.findData(Level.MINOR.value))
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.errors.message("referrer") and dialog.errors.message("referred_ref")
    dialog.referrer.setCurrentIndex(1)
    qtbot.keyClicks(dialog.referred_ref, "GD-20261120-7")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with session_scope(database) as s:
        case = s.get(Complaint, dialog.complaint_id)
        assert case is not None and case.referred_ref == "GD-20261120-7"
        assert case.referred_due_at is not None
        assert case.referred_due_at.astimezone(UTC) == NOW + timedelta(days=7)
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1)
    assert cell(page.list_model, 0, "channel") == "外部转办"


def test_filters_search_colours_and_opening(
    qtbot, ctx: AppContext, database: Database, office: Office, opened: list[int]
) -> None:
    minor = file(database, office.secretary, intake())  # 三级: the CS manager's, Monday 10:00
    late = file(  # 三级 taken in on Tuesday: due Wednesday 10:00, long past
        database,
        office.secretary,
        intake(who="张三", contact_phone="", point="物业服务", nature=Nature.SERVICE),
        now=NOW - timedelta(days=3),
    )
    paused = file(database, office.secretary, intake(who="赵六", level=Level.GENERAL, point="门窗"))
    closed = file(database, office.secretary, intake(who="钱七", point="精装标准"))
    with session_scope(database, office.manager) as s:
        complaints.pause_clock(s, office.manager, paused, reason="等业主回国", now=NOW)
        case = s.get(Complaint, closed)
        assert case is not None
        case.status = ComplaintStatus.CLOSED
    page = open_page(qtbot, ctx, office.cs)
    model = page.list_model
    assert sorted(r.id for r in model.rows) == sorted([minor, late, paused])  # 进行中
    assert "共 3 件，其中 1 件已超过首次答复时限" in page.count_label.text()

    # Colours: overdue red, paused grey; the deadline on hovering the clock.
    assert cell(model, row_of(page, late), "clock") == "已超时 2 天"
    assert cell(model, row_of(page, late), "clock", Qt.ItemDataRole.ForegroundRole) == QColor(
        palette.ERROR
    )
    assert cell(model, row_of(page, paused), "who", Qt.ItemDataRole.ForegroundRole) == QColor(
        palette.INACTIVE
    )
    assert cell(model, row_of(page, paused), "clock").startswith("暂停中")
    assert cell(model, row_of(page, minor), "who", Qt.ItemDataRole.ForegroundRole) is None
    tip = cell(model, row_of(page, minor), "clock", Qt.ItemDataRole.ToolTipRole)
    assert "2026-11-23 10:00" in tip and "1 个工作日内" in tip
    assert cell(model, row_of(page, minor), "round") == "第 1 轮"

    def shows(ids: list[int]) -> bool:
        return sorted(r.id for r in model.rows) == sorted(ids)

    page.scope_box.setCurrentIndex(page.scope_box.findData(False))
    qtbot.waitUntil(lambda: shows([minor, late, paused, closed]))
    assert cell(model, row_of(page, closed), "status") == "已办结"
    page.level_box.setCurrentIndex(page.level_box.findData(Level.GENERAL.value))
    qtbot.waitUntil(lambda: shows([paused]))
    page.level_box.setCurrentIndex(0)
    page.nature_box.setCurrentIndex(page.nature_box.findData(Nature.SERVICE.value))
    qtbot.waitUntil(lambda: shows([late]))
    page.nature_box.setCurrentIndex(0)
    page.mine_box.setChecked(True)  # the CS manager owns the 三级 cases
    qtbot.waitUntil(lambda: shows([minor, late, closed]))
    page.overdue_box.setChecked(True)
    qtbot.waitUntil(lambda: shows([late]))
    page.overdue_box.setChecked(False)
    page.mine_box.setChecked(False)
    qtbot.waitUntil(lambda: shows([minor, late, paused, closed]))

    # The search waits for typing to pause, then reads once.
    loads = page.loads
    for typed in ("物", "物业"):  # typed as an input method hands it over
        page.search_edit.setText(typed)
        page.search_edit.textEdited.emit(typed)
    assert page.loads == loads  # not yet: a keystroke does not read
    qtbot.waitUntil(lambda: shows([late]))
    assert page.loads == loads + 1
    page.search_edit.clear()
    page.search_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: model.rowCount() == 4)

    # Enter opens the case.
    page.list_table.setFocus()
    page.list_table.setCurrentIndex(model.index(row_of(page, paused), 0))
    qtbot.keyClick(page.list_table, Qt.Key.Key_Return)
    assert opened == [paused]

    # A case taken in elsewhere: the list refreshes.
    ctx.set_actor(office.desk)
    ops.write(
        ctx,
        lambda s, a: complaints.file_complaint(s, a, intake(who="孙八"), now=NOW),
        parent=None,
    )
    qtbot.waitUntil(lambda: model.rowCount() == 5)


# -- 案例库 and 月度复盘 -----------------------------------------------------------------------


def office_time(month: int, day: int, hour: int) -> datetime:
    """A moment of 2026 in the office (UTC+8), as UTC."""
    return datetime(2026, month, day, hour - 8, tzinfo=UTC)


def test_the_case_library_reads_closed_cases_and_opens_one(
    qtbot, ctx: AppContext, database: Database, office: Office, opened: list[int]
) -> None:
    from tests.services.complaint_flow_helpers import complaint, visit_row

    with session_scope(database, Actor.system()) as s:
        project_id = s.scalar(select(Project.id))
        kept = complaint(
            s, project_id, 1, status=ComplaintStatus.CLOSED, point="渗水漏水",
            what="主卧飘窗渗水", finding="密封胶老化", solution=Solution.REPAIR,
            solution_text="更换飘窗密封胶", executor="李工", acceptance="淋水无渗漏",
            closed_at=NOW, lesson="飘窗打胶后须淋水验收", round=2,
        )  # fmt: skip
        visit_row(s, kept, "0.90", at=NOW - timedelta(days=1))
        sour = complaint(
            s, project_id, 2, status=ComplaintStatus.CLOSED, nature=Nature.SERVICE,
            what="物业保安态度差", closed_at=NOW - timedelta(days=3), close_reason="经理特批办结",
        )  # fmt: skip
        visit_row(s, sour, "0.60", at=NOW - timedelta(days=4))
        complaint(s, project_id, 3, what="飘窗渗水")  # still open: not a case to learn from
        kept_id, sour_id = kept.id, sour.id
    page = open_page(qtbot, ctx, office.cs)
    library = page.library
    assert page.tabs.tabText(1) == "案例库" and not library.loaded  # read when first shown
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: library.loaded)
    model = library.model
    assert [r.id for r in model.rows] == [kept_id, sour_id]
    assert "共 2 个已办结案例" in library.count_label.text()
    assert cell(model, 0, "handling") == "维修整改（可含赔偿/补偿）：更换飘窗密封胶（执行：李工）"
    assert cell(model, 0, "feedback") == "满意度 90%"
    assert cell(model, 0, "lesson") == "飘窗打胶后须淋水验收"
    amber = cell(model, 1, "code", Qt.ItemDataRole.ForegroundRole)
    assert amber == QColor(palette.WARNING)  # its last visit below 80%
    assert cell(model, 0, "code", Qt.ItemDataRole.ForegroundRole) is None
    text = library.detail.toPlainText()  # the first case, read in order
    for word in ("问题：主卧飘窗渗水", "调查结论：密封胶老化", "处理：维修整改", "反馈：满意度 90%",
                 "经验教训：飘窗打胶后须淋水验收", "共 2 轮"):  # fmt: skip
        assert word in text, word
    assert text.index("问题") < text.index("处理") < text.index("反馈") < text.index("经验教训")

    library.search_edit.setText("淋水")
    library.search_edit.textEdited.emit("淋水")
    qtbot.waitUntil(lambda: [r.id for r in model.rows] == [kept_id])
    library.search_edit.clear()
    library.nature_box.setCurrentIndex(library.nature_box.findData(Nature.SERVICE.value))
    qtbot.waitUntil(lambda: [r.id for r in model.rows] == [sour_id])
    assert "经理特批办结" in library.detail.toPlainText()

    library.table.setFocus()
    library.table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(library.table, Qt.Key.Key_Return)
    assert opened == [sour_id]


def test_the_monthly_review_counts_points_natures_and_on_time_answers(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    from tests.services.complaint_flow_helpers import complaint

    with session_scope(database, Actor.system()) as s:
        project_id = s.scalar(select(Project.id))
        # 三级 Thursday 10:00, due Friday 10:00, answered Thursday 15:00: on time.
        complaint(
            s, project_id, 1, level=Level.MINOR, point="渗水漏水",
            intake_at=office_time(11, 19, 10), answered_at=office_time(11, 19, 15),
        )  # fmt: skip
        # 三级 Tuesday 10:00, due Wednesday 10:00, not answered by Friday: late.
        complaint(
            s, project_id, 2, level=Level.MINOR, point="渗水漏水", nature=Nature.SERVICE,
            intake_at=office_time(11, 17, 10),
        )  # fmt: skip
        # 二级 Thursday 09:00, due Tuesday 24th 09:00: not yet due, not counted.
        complaint(
            s, project_id, 3, level=Level.GENERAL, point="门窗", intake_at=office_time(11, 19, 9)
        )
        complaint(s, project_id, 4, intake_at=office_time(10, 9, 10))  # October, no point
    page = open_page(qtbot, ctx, office.manager)
    review = page.review
    page.tabs.setCurrentIndex(2)
    assert page.tabs.tabText(2) == "月度复盘"
    qtbot.waitUntil(lambda: review.loaded)
    assert review.month_box.currentText() == "2026年11月"  # the office's month now
    assert review.summary.text() == "2026年11月受理投诉 3 件"
    assert review.points_model.rows == [("渗水漏水", 2), ("门窗", 1)]
    assert [(n.label, k) for n, k in review.natures_model.rows] == [
        ("质量", 2),
        ("服务", 1),
        ("承诺", 0),
    ]
    rates = review.rates_model
    assert [cell(rates, i, "level") for i in range(3)] == ["一级", "二级", "三级"]
    assert [cell(rates, 2, key) for key in ("total", "on_time", "late", "waiting", "rate")] == [
        "2", "1", "1", "0", "50%",
    ]  # fmt: skip
    assert [cell(rates, 1, key) for key in ("total", "waiting", "rate")] == ["1", "1", "—"]
    assert cell(rates, 0, "rate") == "—"

    review.month_box.setCurrentIndex(review.month_box.findText("2026年10月"))
    qtbot.waitUntil(lambda: review.summary.text().startswith("2026年10月"))
    assert review.summary.text() == "2026年10月受理投诉 1 件，其中 1 件未填投诉点"
    assert review.points_model.rows == []


def test_a_deadline_in_a_guessed_year_says_so_on_hover(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    later = datetime(2099, 3, 2, 2, 0, tzinfo=UTC)  # a Monday whose holidays no one entered
    file(database, office.secretary, intake(level=Level.GENERAL), now=later)
    ctx.clock = lambda: later
    page = open_page(qtbot, ctx, office.cs)
    tip = cell(page.list_model, 0, "clock", Qt.ItemDataRole.ToolTipRole)
    assert "2099 年节假日未录入，按周一至周五估算" in tip
    assert "2099-03-05 10:00" in tip  # three working days, Monday to Friday as guessed


def test_the_real_window_opens_from_the_list_and_after_filing(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    listed = file(database, office.secretary, intake())
    page = open_page(qtbot, ctx, office.cs)
    try:
        page.list_table.setFocus()
        page.list_table.setCurrentIndex(page.list_model.index(0, 0))
        qtbot.keyClick(page.list_table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: listed in complaint_window._OPEN)
        assert "TS-000001" in complaint_window._OPEN[listed].windowTitle()
        page.file_button.click()
        dialog = page.findChild(IntakeDialog)
        assert dialog is not None
        dialog.who.setText("张三")
        dialog.what.setPlainText("入户门关不严")
        dialog.nature.setCurrentIndex(dialog.nature.findData(Nature.QUALITY.value))
        dialog.level.setCurrentIndex(dialog.level.findData(Level.MINOR.value))
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.complaint_id in complaint_window._OPEN)
        assert "TS-000002" in complaint_window._OPEN[dialog.complaint_id].windowTitle()
    finally:
        for window in list(complaint_window._OPEN.values()):
            window.close()
