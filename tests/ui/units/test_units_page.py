"""房源: projects and the generator, the 销控表 with the unit panel's actions, 开盘选房 in queue
order with the 选房确认单, refreshes (changes, the minute timer) and what each role sees."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from anjia_desk.core.deals import UnitStatus
from anjia_desk.core.errors import ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import ReasonDialog, parse_day
from anjia_desk.ui.units.page import REFRESH_MS, UnitsSection, may_see_units
from anjia_desk.ui.units.project_dialogs import BuildingDialog, ProjectDialog, parse_decimal
from anjia_desk.ui.units.unit_dialogs import HoldDialog, ReserveDialog
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.unit_helpers import pay_ticket

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 in the office
DATE_FORMAT = "日期请按 2026-03-05 的格式填写"


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def manager(database: Database) -> Actor:
    with session_scope(database, Actor.system()) as s:
        return add_actor(s, "lijingli", "李经理", Role.SITE_MANAGER, Role.SALES_SECRETARY)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def mctx(database: Database, manager: Actor, fake_dialogs, clock: Clock) -> AppContext:
    return AppContext(database, manager, dialogs=fake_dialogs, clock=clock)  # type: ignore[arg-type]


@pytest.fixture
def units(database: Database) -> list[int]:
    """A project with 1栋 (3 floors × 01, 02) and a customer 王建国."""
    with session_scope(database, Actor.system()) as s:
        project = make_project(s)
        made = make_building(s, project)
        make_customer(s)
        return [u.id for u in made]


def make_page(qtbot, ctx: AppContext) -> UnitsSection:
    page = UnitsSection(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, mctx: AppContext, units) -> UnitsSection:
    return make_page(qtbot, mctx)


def click_unit(qtbot, page: UnitsSection, unit_id: int) -> None:
    rect = page.board.cell_rect(unit_id)
    assert not rect.isEmpty(), unit_id
    page.board_scroll.ensureVisible(rect.center().x(), rect.center().y(), 10, 10)
    qtbot.mouseClick(page.board, Qt.MouseButton.LeftButton, pos=rect.center())


def status_of(page: UnitsSection, unit_id: int) -> UnitStatus:
    cell = page.board.cell(unit_id)
    assert cell is not None
    return cell.status


def type_chinese(widget, text: str) -> None:
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_parsers() -> None:
    assert parse_day("") is None
    day = parse_day("2026/1/10")
    assert day is not None and day.isoformat() == "2026-01-10"
    for text in ("10 Jan", "2026-02-30"):  # the shared parse_day: one text for both
        with pytest.raises(ValidationError) as refused:
            parse_day(text, "permit_date")
        assert refused.value.fields == {"permit_date": DATE_FORMAT}
    assert parse_decimal("1,234.5") == Decimal("1234.5")
    assert parse_decimal("８９．５㎡") == Decimal("89.5")
    with pytest.raises(ValueError, match="不是数字"):
        parse_decimal("abc")
    with pytest.raises(ValueError, match="不是数字"):
        parse_decimal("NaN")


def test_who_sees_the_section(database: Database) -> None:
    with session_scope(database, Actor.system()) as s:
        consultant = add_actor(s, "zhangwei", "张伟", Role.CONSULTANT)
        front = add_actor(s, "qiantai", "前台", Role.FRONT_DESK)
    assert may_see_units(consultant)
    assert not may_see_units(front)


def test_board_of_the_first_building_with_legend(qtbot, page: UnitsSection, units) -> None:
    assert page.title.text() == "安家·测试苑 1栋 销控表"
    assert page.project_combo.currentText() == "安家·测试苑"
    assert page.building_list.count() == 1
    assert "6 套" in page.building_list.item(0).text()
    assert "测预售字(2026)第001号" in page.project_info.text()
    assert page.legend.text_of(UnitStatus.AVAILABLE) == "可售 6"
    assert page.legend.total.text() == "共 6 套"
    assert page.board.board is not None and page.board.board.floors == [3, 2, 1]
    assert page.panel.empty.isVisible()
    assert page.refresh_timer.isActive() and page.refresh_timer.interval() == REFRESH_MS

    click_unit(qtbot, page, units[3])  # 0202
    assert page.detail is not None and page.detail.room == "0202"
    fields = page.panel.fields
    assert fields["unit"].text() == "安家·测试苑 1栋0202（2 层）"
    assert fields["status"].text() == "可售"
    assert fields["list_price"].text() == "1,000,000.00 元（100.00万）"
    assert fields["area"].text() == "100㎡（预测）"
    assert page.panel.hold_button.isVisible()
    assert page.panel.reserve_button.isVisible()
    assert page.panel.block_button.isVisible()
    assert page.panel.subscribe_button.isVisible()
    assert not page.panel.release_button.isVisible()
    assert not page.panel.deal_button.isVisible()


def test_new_project_and_generated_building(qtbot, mctx: AppContext, database: Database) -> None:
    page = make_page(qtbot, mctx)
    assert "还没有项目" in page.project_info.text()
    assert not page.generate_button.isEnabled()
    assert page.board.board is None

    qtbot.mouseClick(page.new_project_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ProjectDialog)
    type_chinese(dialog.name, "安家·云栖府")
    qtbot.keyClicks(dialog.permit_no, "2026-018")
    qtbot.keyClicks(dialog.permit_date, "2026-13-01")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("permit_date") == DATE_FORMAT
    dialog.permit_date.clear()
    qtbot.keyClicks(dialog.permit_date, "2026-01-10")
    with qtbot.waitSignal(mctx.changed):
        qtbot.keyClick(dialog.permit_date, Qt.Key.Key_Return)
    assert page.dialog is None
    assert page.project_combo.currentText() == "安家·云栖府"
    assert "许可日期：2026-01-10" in page.project_info.text()
    assert page.message.text() == "已新建项目 安家·云栖府。"
    assert page.generate_button.isEnabled()

    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    gen = page.dialog
    assert isinstance(gen, BuildingDialog)
    type_chinese(gen.name, "3栋")
    gen.floors.setValue(5)
    gen.stairwells.setValue(2)
    row = 0
    for column, text in enumerate(["01", "三室两厅", "89.5", "72", "15000", "16500"]):
        gen.set_cell(row, column, text)
    gen.add_type(("02", "两室两厅", "70", "", "14000", "15000"))
    gen.step.clear()
    qtbot.keyClicks(gen.step, "100")
    # 2 stairwells × 5 floors × 2 types; cheapest 70 × 14000, dearest 89.5 × (15000 + 4 × 100).
    assert gen.preview.text() == "共 20 套，表价 980,000.00–1,378,300.00 元"
    gen.set_cell(1, 2, "七十")
    assert "第 2 行" in gen.preview.text()
    qtbot.mouseClick(gen.save_button, Qt.MouseButton.LeftButton)
    assert "不是数字" in gen.errors.message("room_types")
    gen.set_cell(1, 2, "70")
    gen.set_cell(1, 4, "16000")  # above the filed price: the service refuses
    qtbot.mouseClick(gen.save_button, Qt.MouseButton.LeftButton)
    assert "表价不能高于备案价" in gen.errors.message("room_types")
    gen.set_cell(1, 4, "14000")
    qtbot.mouseClick(gen.save_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert page.title.text() == "安家·云栖府 3栋 销控表"
    assert page.legend.text_of(UnitStatus.AVAILABLE) == "可售 20"
    assert page.message.text() == "已生成 3栋，共 20 套。"
    board = page.board.board
    assert board is not None
    assert board.columns == [("1单元", "01"), ("1单元", "02"), ("2单元", "01"), ("2单元", "02")]

    # Edit the project: a second project with the same name is refused beside the field.
    qtbot.mouseClick(page.edit_project_button, Qt.MouseButton.LeftButton)
    edit = page.dialog
    assert isinstance(edit, ProjectDialog)
    assert edit.permit_date.text() == "2026-01-10"
    edit.address.setText("云栖路 1 号")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert page.message.text() == "已保存项目 安家·云栖府。"


def test_generator_removes_a_type_and_reports_empty(qtbot, page: UnitsSection) -> None:
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    gen = page.dialog
    assert isinstance(gen, BuildingDialog)
    gen.types.selectRow(0)
    qtbot.mouseClick(gen.remove_type_button, Qt.MouseButton.LeftButton)
    assert gen.types.rowCount() == 0
    assert gen.preview.text() == "共 0 套"
    type_chinese(gen.name, "1栋")
    qtbot.mouseClick(gen.save_button, Qt.MouseButton.LeftButton)
    assert gen.errors.message("name") == "项目中已有楼栋“1栋”"
    assert gen.errors.message("room_types") == "请至少添加一种房间"
    qtbot.keyClick(gen.name, Qt.Key.Key_Escape)
    assert page.dialog is None


def test_hold_and_release(qtbot, page: UnitsSection, units, mctx: AppContext) -> None:
    click_unit(qtbot, page, units[0])
    qtbot.mouseClick(page.panel.hold_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, HoldDialog)
    assert dialog.hours.value() == 24
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("customer_id") == "请先搜索并选中一位客户"
    qtbot.keyClicks(dialog.picker.search, "13800001111")  # searched as it is typed
    qtbot.waitUntil(lambda: dialog.picker.matches.count() == 1)
    assert dialog.picker.matches.itemText(0).startswith("王建国")
    dialog.hours.setValue(2)
    with qtbot.waitSignal(mctx.changed) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].topics >= {Topic.UNITS}
    assert changed.args[0].initiator is page
    assert page.dialog is None
    assert page.message.text() == "已为 王建国 锁定 1栋0101，2 小时后自动释放。"
    assert status_of(page, units[0]) is UnitStatus.HELD
    assert page.legend.text_of(UnitStatus.HELD) == "锁定 1"
    cell = page.board.cell(units[0])
    assert cell is not None and cell.customer_name == "王建国"
    assert "锁定，客户 王建国，经办 李经理，至 2026-11-20 12:00" in page.panel.fields["hold"].text()
    assert page.panel.release_button.isVisible()
    assert page.panel.subscribe_button.isVisible()  # the holder's customer may subscribe
    assert not page.panel.hold_button.isVisible()

    qtbot.mouseClick(page.panel.release_button, Qt.MouseButton.LeftButton)
    release = page.dialog
    assert isinstance(release, ReasonDialog)
    qtbot.mouseClick(release.ok_button, Qt.MouseButton.LeftButton)  # no reason needed
    assert page.dialog is None
    assert status_of(page, units[0]) is UnitStatus.AVAILABLE
    assert page.message.text() == "已释放 1栋0101，恢复可售。"


def test_a_search_without_match_says_so(qtbot, page: UnitsSection, units) -> None:
    click_unit(qtbot, page, units[0])
    qtbot.mouseClick(page.panel.hold_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, HoldDialog)
    qtbot.keyClicks(dialog.picker.search, "13999999999")
    qtbot.waitUntil(lambda: dialog.errors.message("customer_id") != "")
    assert dialog.errors.message("customer_id") == "没有找到这位客户，请先做来访登记"
    assert dialog.picker.matches.count() == 0
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("customer_id") == "请先搜索并选中一位客户"


def test_holds_expire_on_the_minute_refresh(
    qtbot, page: UnitsSection, units, database: Database, manager: Actor, clock: Clock
) -> None:
    from anjia_desk.services.holds import hold_unit

    with session_scope(database, manager) as s:
        hold_unit(s, manager, units[1], customer_id=1, hours=1, now=NOW)
    page.refresh_timer.timeout.emit()
    assert status_of(page, units[1]) is UnitStatus.HELD
    clock.moment = NOW + timedelta(hours=2)
    page.refresh_timer.timeout.emit()
    assert status_of(page, units[1]) is UnitStatus.AVAILABLE


def test_a_change_elsewhere_refreshes_the_board(
    qtbot, page: UnitsSection, units, database: Database, manager: Actor, mctx: AppContext
) -> None:
    """The board reloads on a write to what it read (through the operation layer, from
    elsewhere), not on a write to anything else."""
    from anjia_desk.services.calendar import save_year
    from anjia_desk.services.holds import hold_unit

    assert {Topic.UNITS, Topic.SETTINGS} <= page.sources
    assert Topic.CALENDAR not in page.sources
    reloads: list[object] = []
    fill = page._fill
    page._fill = lambda view: (reloads.append(view), fill(view))  # type: ignore[method-assign]

    ops.write(mctx, lambda s, a: save_year(s, a, 2031, []), parent=None)  # not ours
    assert reloads == []
    ops.write(mctx, lambda s, a: hold_unit(s, a, units[2], customer_id=1, now=NOW), parent=None)
    assert len(reloads) == 1
    assert status_of(page, units[2]) is UnitStatus.HELD


def test_reserve_block_and_unblock(
    qtbot, page: UnitsSection, units, fake_dialogs, database: Database, manager: Actor
) -> None:
    click_unit(qtbot, page, units[4])
    qtbot.mouseClick(page.panel.reserve_button, Qt.MouseButton.LeftButton)
    reserve = page.dialog
    assert isinstance(reserve, ReserveDialog)
    assert reserve.values().until.isoformat() == "2026-11-27"
    qtbot.mouseClick(reserve.ok_button, Qt.MouseButton.LeftButton)
    assert reserve.errors.message("reason") == "请填写保留原因"
    type_chinese(reserve.reason, "领导预留")
    qtbot.mouseClick(reserve.ok_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert status_of(page, units[4]) is UnitStatus.RESERVED
    assert page.message.text() == "已保留 1栋0301 至 2026-11-27。"
    assert "保留，经办 李经理，批准 李经理" in page.panel.fields["hold"].text()
    assert not page.panel.subscribe_button.isVisible()

    click_unit(qtbot, page, units[5])
    qtbot.mouseClick(page.panel.block_button, Qt.MouseButton.LeftButton)
    block = page.dialog
    assert isinstance(block, ReasonDialog)
    type_chinese(block.reason, "样板间")
    qtbot.mouseClick(block.ok_button, Qt.MouseButton.LeftButton)
    assert status_of(page, units[5]) is UnitStatus.UNSELLABLE
    assert page.panel.fields["status"].text() == "不可售：样板间"
    assert page.panel.unblock_button.isVisible()
    assert not page.panel.block_button.isVisible()

    fake_dialogs.confirm_answer = False
    qtbot.mouseClick(page.panel.unblock_button, Qt.MouseButton.LeftButton)
    assert status_of(page, units[5]) is UnitStatus.UNSELLABLE
    fake_dialogs.confirm_answer = True
    qtbot.mouseClick(page.panel.unblock_button, Qt.MouseButton.LeftButton)
    assert status_of(page, units[5]) is UnitStatus.AVAILABLE
    assert page.message.text() == "1栋0302 已恢复可售。"


def test_block_needs_a_reason_release_does_not(qtbot, page: UnitsSection, units) -> None:
    """The shared ReasonDialog: 设为不可售 asks for its reason beside the field, Esc cancels."""
    click_unit(qtbot, page, units[5])
    qtbot.mouseClick(page.panel.block_button, Qt.MouseButton.LeftButton)
    block = page.dialog
    assert isinstance(block, ReasonDialog)
    assert block.required
    qtbot.keyClick(block.reason, Qt.Key.Key_Return)
    assert block.errors.message("reason") == "请填写原因"
    assert page.dialog is block
    qtbot.keyClick(block.reason, Qt.Key.Key_Escape)
    assert page.dialog is None
    assert status_of(page, units[5]) is UnitStatus.AVAILABLE


def test_stale_unit_is_a_conflict_and_reloads(
    qtbot, page: UnitsSection, units, database: Database, manager: Actor
) -> None:
    from anjia_desk.services.holds import hold_unit

    click_unit(qtbot, page, units[5])
    with session_scope(database, manager) as s:  # another PC holds it meanwhile
        hold_unit(s, manager, units[5], customer_id=1, now=NOW)
    qtbot.mouseClick(page.panel.block_button, Qt.MouseButton.LeftButton)
    block = page.dialog
    assert isinstance(block, ReasonDialog)
    type_chinese(block.reason, "样板间")
    qtbot.mouseClick(block.ok_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert page.message.kind == "error"
    assert "已重新载入" in page.message.text()
    assert status_of(page, units[5]) is UnitStatus.HELD


def test_subscribe_and_open_deal_call_the_deal_ui(
    qtbot, page: UnitsSection, units, monkeypatch, database: Database, manager: Actor
) -> None:
    calls: list[tuple[str, Any]] = []
    from anjia_desk.ui.deals import subscribe as subscribe_ui
    from anjia_desk.ui.deals import window as deal_window

    monkeypatch.setattr(
        subscribe_ui, "open_subscribe", lambda ctx, parent, **kw: calls.append(("subscribe", kw))
    )
    monkeypatch.setattr(
        deal_window, "open_deal", lambda ctx, deal_id, parent=None: calls.append(("deal", deal_id))
    )

    click_unit(qtbot, page, units[0])
    qtbot.mouseClick(page.panel.subscribe_button, Qt.MouseButton.LeftButton)
    assert calls == [("subscribe", {"unit_id": units[0], "hold_id": None})]

    from anjia_desk.core.deals import PaymentMethod
    from anjia_desk.services.deal_views import SubscribeRequest
    from anjia_desk.services.deals import subscribe

    with session_scope(database, manager) as s:
        deal_id = subscribe(
            s,
            manager,
            SubscribeRequest(
                unit_id=units[1],
                customer_id=1,
                buyer_name="王建国",
                buyer_id_number="11010519491231002X",
                payment_method=PaymentMethod.FULL,
                deposit=Decimal("50000"),
            ),
            now=NOW,
        )
    page.reload()
    click_unit(qtbot, page, units[1])
    assert status_of(page, units[1]) is UnitStatus.SUBSCRIBED
    assert page.panel.fields["deal"].text() == "王建国，已认购"
    assert not page.panel.subscribe_button.isVisible()
    qtbot.mouseClick(page.panel.deal_button, Qt.MouseButton.LeftButton)
    assert calls[-1] == ("deal", deal_id)


@pytest.fixture
def queue(database: Database, manager: Actor, units) -> list[int]:
    """Three tickets of the project: 1 王建国, 2 李娜, 3 赵强."""
    from anjia_desk.services.tickets import issue_ticket

    with session_scope(database, manager) as s:
        make_customer(s, "李娜", "13800002222")
        make_customer(s, "赵强", "13800003333")
    ids = []
    with session_scope(database, manager) as s:
        for customer_id in (1, 2, 3):
            ids.append(
                issue_ticket(
                    s,
                    manager,
                    project_id=1,
                    customer_id=customer_id,
                    amount=Decimal(20000),
                    now=NOW,
                )
            )
    with session_scope(database, Actor.system()) as s:
        for ticket_id in ids:  # 认筹金 at the cashier
            pay_ticket(s, ticket_id)
    return ids


def test_choosing_in_queue_order_and_printing(
    qtbot, page: UnitsSection, units, queue, fake_dialogs, monkeypatch, tmp_path
) -> None:
    printed: list[int] = []

    def fake_print(session, actor, hold_id, out: Path, *, now=None) -> Path:
        from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

        printed.append(hold_id)
        writer = QPdfWriter(str(out))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        painter = QPainter(writer)
        painter.drawText(200, 200, "choice")
        painter.end()
        return out

    monkeypatch.setattr("anjia_desk.services.printing.print_choice", fake_print, raising=False)
    assert not page.queue_label.isVisible()
    qtbot.mouseClick(page.choice_button, Qt.MouseButton.LeftButton)
    assert page.queue_label.text() == "当前：第 1 号 王建国"
    assert page.skip_button.isVisible()

    # A click outside choice of an available unit: confirm refused → nothing happens.
    fake_dialogs.confirm_answer = False
    click_unit(qtbot, page, units[0])
    assert fake_dialogs.names() == ["confirm"]
    assert "第 1 号 王建国 选定 1栋0101" in fake_dialogs.calls[0][1][1]
    assert status_of(page, units[0]) is UnitStatus.AVAILABLE

    fake_dialogs.confirm_answer = True
    click_unit(qtbot, page, units[0])
    qtbot.waitUntil(lambda: page.preview is not None)
    assert status_of(page, units[0]) is UnitStatus.HELD
    assert page.queue_label.text() == "当前：第 2 号 李娜"
    assert fake_dialogs.names()[-2:] == ["confirm", "confirm"]  # choose, then print
    assert len(printed) == 1
    assert page.panel.print_choice_button.isVisible()
    assert "选房，第 1 号，客户 王建国" in page.panel.fields["hold"].text()
    page.preview.close()
    qtbot.waitUntil(lambda: page.preview is None)

    # A unit already taken cannot be chosen.
    click_unit(qtbot, page, units[0])
    assert page.message.text() == "1栋0101 锁定，不能选。"

    # 李娜 is absent: 过号, then 赵强 chooses.
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    skip = page.dialog
    assert isinstance(skip, ReasonDialog)
    qtbot.mouseClick(skip.ok_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "第 2 号已过号。"
    assert page.queue_label.text() == "当前：第 3 号 赵强"
    fake_dialogs.confirm_answer = False  # chooses, prints nothing
    monkeypatch.setattr(fake_dialogs, "confirm", lambda parent, title, text: title == "确认选房")
    click_unit(qtbot, page, units[1])
    assert status_of(page, units[1]) is UnitStatus.HELD
    assert len(printed) == 1
    assert page.queue_label.text() == "当前：没有待选房的排号"  # 李娜 was skipped
    assert not page.skip_button.isVisible()
    click_unit(qtbot, page, units[2])
    assert page.message.text() == "没有待选房的排号。"

    # 李娜 comes back: her number may still choose, out of turn.
    assert page.turn_box.isVisible()
    assert page.turn_box.itemText(1) == "第 2 号 李娜（过号）"
    page.turn_box.setCurrentIndex(1)
    assert page.queue_label.text() == "当前：第 2 号 李娜（过号）"
    click_unit(qtbot, page, units[2])
    assert status_of(page, units[2]) is UnitStatus.HELD
    assert not page.turn_box.isVisible()  # nobody passed over is waiting any more
    assert page.queue_label.text() == "当前：没有待选房的排号"

    # Reprint from the panel.
    click_unit(qtbot, page, units[1])
    qtbot.mouseClick(page.panel.print_choice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None)
    assert len(printed) == 2
    page.preview.close()
    qtbot.waitUntil(lambda: page.preview is None)

    qtbot.mouseClick(page.choice_button, Qt.MouseButton.LeftButton)
    assert not page.queue_label.isVisible()


def test_a_failed_print_is_shown(
    qtbot, page: UnitsSection, units, queue, fake_dialogs, monkeypatch
) -> None:
    from anjia_desk.core.errors import UserError

    def no_font(session, actor, hold_id, out, *, now=None):
        raise UserError("找不到可用的中文字体")

    monkeypatch.setattr("anjia_desk.services.printing.print_choice", no_font, raising=False)
    qtbot.mouseClick(page.choice_button, Qt.MouseButton.LeftButton)
    click_unit(qtbot, page, units[2])
    assert page.message.text() == "找不到可用的中文字体"
    assert page.preview is None


def test_a_consultant_sees_the_board_without_office_actions(
    qtbot, database: Database, units, fake_dialogs
) -> None:
    with session_scope(database, Actor.system()) as s:
        consultant = add_actor(s, "zhangwei", "张伟", Role.CONSULTANT)
    ctx = AppContext(database, consultant, dialogs=fake_dialogs, clock=Clock(NOW))  # type: ignore[arg-type]
    page = make_page(qtbot, ctx)
    for button in (
        page.new_project_button,
        page.edit_project_button,
        page.generate_button,
        page.import_button,
    ):
        assert not button.isVisible()
    assert page.choice_button.isVisible()
    click_unit(qtbot, page, units[0])
    assert page.panel.hold_button.isVisible()
    assert page.panel.subscribe_button.isVisible()
    assert not page.panel.reserve_button.isVisible()
    assert not page.panel.block_button.isVisible()


def test_import_opens_the_wizard_for_units(qtbot, page: UnitsSection, fake_dialogs) -> None:
    assert page.import_button.isVisible()
    fake_dialogs.open_path = None  # the file dialog cancelled
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names() == ["open_file"]
    assert page.wizard is None


def test_switching_buildings(qtbot, page: UnitsSection, database: Database) -> None:
    with session_scope(database, Actor.system()) as s:
        from anjia_desk.db.models import Project

        project = s.get(Project, 1)
        assert project is not None
        make_building(s, project, "2栋", floors=2, rooms=("01",))
        other = make_project(s, "安家·第二苑", permit_date=None)
        make_building(s, other, "9栋", floors=1, rooms=("01",))
    page.reload()
    page.select_building("2栋")
    assert page.title.text() == "安家·测试苑 2栋 销控表"
    assert page.legend.total.text() == "共 2 套"
    page.project_combo.setCurrentIndex(page.project_combo.findText("安家·第二苑"))
    assert page.title.text() == "安家·第二苑 9栋 销控表"
    assert "许可日期：未取得" in page.project_info.text()
    with pytest.raises(KeyError):
        page.select_building("1栋")
