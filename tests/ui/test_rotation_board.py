"""The rotation board worked like the front desk and the site manager do: the next consultant
highlighted, 安排接待, 跳过 (the place is kept), 标记无效 (the turn comes back), 设置值班表."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from anjia_desk.core.customers import VisitForm
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import reception, rotation
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.rotation_board import (
    NEXT_BACKGROUND,
    DutyDialog,
    InvalidReasonDialog,
    RotationBoard,
)
from tests.deal_fixtures import make_project
from tests.helpers import add_actor

NOW = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


@pytest.fixture
def office(database: Database) -> dict[str, Actor]:
    system = Actor.system()
    with session_scope(database, system) as s:
        people = {
            "desk": add_actor(s, "desk", "前台小王", Role.FRONT_DESK),
            "an": add_actor(s, "an", "安顾问", Role.CONSULTANT),
            "bai": add_actor(s, "bai", "白顾问", Role.CONSULTANT),
            "chen": add_actor(s, "chen", "陈顾问", Role.SENIOR_CONSULTANT),
            "boss": add_actor(s, "boss", "钱经理", Role.SITE_MANAGER),
            "cashier": add_actor(s, "cash", "孙出纳", Role.CASHIER),
        }
        duty = [people[k].user_id for k in ("an", "bai", "chen")]
        rotation.set_duty_list(s, people["boss"], [i for i in duty if i is not None], now=NOW)
    return people


def board_for(qtbot, database: Database, actor: Actor, fake_dialogs) -> RotationBoard:
    ctx = AppContext(database, actor, dialogs=fake_dialogs, clock=lambda: NOW)
    widget = RotationBoard(ctx)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(board: RotationBoard) -> list[str]:
    return [row.name for row in board.queue_model.rows]


def cell(board: RotationBoard, row: int, key: str) -> str:
    model = board.queue_model
    return str(model.index(row, model.column_index(key)).data())


def test_board_shows_the_queue_with_the_next_highlighted(
    qtbot, qtmodeltester, database, office, fake_dialogs
):
    board = board_for(qtbot, database, office["desk"], fake_dialogs)
    qtmodeltester.check(board.queue_model)
    qtmodeltester.check(board.turns_model)
    assert board.next_label.text() == "3月5日 下一位：安顾问"
    assert names(board) == ["安顾问", "白顾问", "陈顾问"]
    assert cell(board, 0, "status") == "下一位"
    next_index = board.queue_model.index(0, 1)
    assert next_index.data(Qt.ItemDataRole.BackgroundRole) == NEXT_BACKGROUND
    assert next_index.data(Qt.ItemDataRole.FontRole).bold()
    assert board.queue_model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert board.serve_button.isVisible() and not board.duty_button.isVisible()
    assert not board.skip_button.isEnabled() and not board.invalid_button.isEnabled()


def test_serve_skip_and_invalid_keep_the_rotation_fair(qtbot, database, office, fake_dialogs):
    board = board_for(qtbot, database, office["desk"], fake_dialogs)
    qtbot.mouseClick(board.serve_button, Qt.MouseButton.LeftButton)  # 安 receives
    assert board.next_label.text().endswith("白顾问")
    assert "已安排 安顾问 接待" in board.message.text()
    assert board.turns_model.rows[0].user_name == "安顾问"
    assert board.turns_model.index(0, 3).data() == "（待登记）"

    # 白 is out: skipped, keeps the place; 陈 is next.
    assert board.select_consultant(office["bai"].user_id or 0)
    assert board.skip_button.isEnabled()
    qtbot.mouseClick(board.skip_button, Qt.MouseButton.LeftButton)
    assert names(board) == ["陈顾问", "安顾问", "白顾问"]
    assert cell(board, 2, "status") == "已跳过（保留位置）" and cell(board, 2, "skips") == "1"
    assert board.selected_line() is not None and not board.skip_button.isEnabled()
    qtbot.mouseClick(board.serve_button, Qt.MouseButton.LeftButton)  # 陈 receives
    assert board.next_label.text().endswith("白顾问")  # back, with the fewest receptions

    # 安's visitor was a competitor's agent: invalid, 安 gets the next one back after 白.
    an_turn = next(t for t in board.turns_model.rows if t.user_name == "安顾问")
    assert board.select_turn(an_turn.id)
    qtbot.mouseClick(board.invalid_button, Qt.MouseButton.LeftButton)
    dialog = board.dialog
    assert isinstance(dialog, InvalidReasonDialog) and dialog.isVisible()
    dialog.reason.setCurrentText("同行踩盘")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "同行踩盘" in board.message.text()
    an = next(r for r in board.queue_model.rows if r.name == "安顾问")
    assert (an.served, an.invalid) == (0, 1)
    assert names(board) == ["安顾问", "白顾问", "陈顾问"]
    assert board.next_label.text().endswith("安顾问")
    logged = next(t for t in board.turns_model.rows if t.id == an_turn.id)
    assert logged.invalid_reason == "同行踩盘"


def test_registering_a_visit_elsewhere_refreshes_the_board(qtbot, database, office, fake_dialogs):
    """A write through the operation layer to what the board read (a visit) reloads it; a write
    to anything else (a project of the 销控表) does not."""
    board = board_for(qtbot, database, office["desk"], fake_dialogs)
    assert {Topic.ROTATION, Topic.USERS, Topic.SETTINGS} <= board.sources
    assert Topic.UNITS not in board.sources
    reloads: list[object] = []
    fill = board._fill
    board._fill = lambda loaded: (reloads.append(loaded), fill(loaded))  # type: ignore[method-assign]

    ops.write(board.ctx, lambda s, a: make_project(s), parent=None)
    assert reloads == []  # not its concern
    form = VisitForm(
        phone="13812345678",
        name="张伟",
        channel="自然到访",
        consent=True,
        consultant_id=office["an"].user_id,
    )
    ops.write(board.ctx, lambda s, a: reception.register_visit(s, a, form, now=NOW), parent=None)
    assert len(reloads) == 1
    assert board.turns_model.index(0, 3).data() == "张伟"
    assert board.next_label.text().endswith("白顾问")


def test_the_site_manager_sets_todays_duty_list(qtbot, database, office, fake_dialogs):
    board = board_for(qtbot, database, office["boss"], fake_dialogs)
    assert board.duty_button.isVisible()
    qtbot.mouseClick(board.duty_button, Qt.MouseButton.LeftButton)
    dialog = board.dialog
    assert isinstance(dialog, DutyDialog)
    assert [dialog.list.item(i).text() for i in range(3)] == ["安顾问", "白顾问", "陈顾问（资深）"]
    # Take 安 off (Space on the current item), move 陈 to the front with the keyboard.
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.list.item(0).checkState() == Qt.CheckState.Unchecked
    dialog.list.setCurrentRow(2)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # at the top
    dialog.move_current(5)  # out of range: nothing
    assert dialog.chosen_ids() == [office["chen"].user_id, office["bai"].user_id]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert names(board) == ["陈顾问", "白顾问"]
    assert "2 位顾问" in board.message.text()


def test_duty_list_down_and_empty(qtbot, database, office, fake_dialogs):
    board = board_for(qtbot, database, office["boss"], fake_dialogs)
    board.edit_duty()
    dialog = board.dialog
    assert isinstance(dialog, DutyDialog)
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert dialog.list.item(1).text() == "安顾问"
    for i in range(dialog.list.count()):
        dialog.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert board.next_label.text() == "3月5日：还没有值班表"
    assert not board.serve_button.isEnabled()


def test_refusals_show_in_the_message_bar(qtbot, database, office, fake_dialogs):
    board = board_for(qtbot, database, office["desk"], fake_dialogs)
    # Someone else skips 安 meanwhile; the desk's view is stale and tries again.
    with session_scope(database, Actor.system()) as s:
        rotation.skip_consultant(s, office["desk"], office["an"].user_id or 0, now=NOW)
    assert board.select_consultant(office["an"].user_id or 0)
    board.skip_selected()
    assert board.message.kind == "error" and "已被跳过" in board.message.text()
    board.reload()
    assert board.next_label.text().endswith("白顾问")


def test_everyone_skipped(qtbot, database, office, fake_dialogs):
    with session_scope(database, Actor.system()) as s:
        for key in ("an", "bai", "chen"):
            rotation.skip_consultant(s, office["desk"], office[key].user_id or 0, now=NOW)
    board = board_for(qtbot, database, office["desk"], fake_dialogs)
    assert board.next_label.text() == "3月5日：值班顾问都已跳过，等有人回来"
    assert not board.serve_button.isEnabled()
    board.serve_next()  # nothing to do
    assert board.message.kind == ""


def test_invalid_reason_dialog_shows_refusals(qtbot, database, office, fake_dialogs):
    board = board_for(qtbot, database, office["desk"], fake_dialogs)
    board.serve_next()
    assert board.select_turn(board.turns_model.rows[0].id)
    board.mark_invalid()
    dialog = board.dialog
    assert isinstance(dialog, InvalidReasonDialog)
    dialog.reason.addItem("下雨")  # not one of the settings' reasons
    dialog.reason.setCurrentText("下雨")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "不在选项中" in dialog.errors.message("reason")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert board.dialog is None


def test_viewers_without_rotation_rights(qtbot, database, office, fake_dialogs):
    board = board_for(qtbot, database, office["an"], fake_dialogs)  # a consultant: looks only
    assert names(board) == ["安顾问", "白顾问", "陈顾问"]
    for button in (board.serve_button, board.skip_button, board.invalid_button, board.duty_button):
        assert not button.isVisible()
    cashier = board_for(qtbot, database, office["cashier"], fake_dialogs)
    assert cashier.message.kind == "error" and "没有权限" in cashier.message.text()


def test_embeds_in_a_page(qtbot, database, office, fake_dialogs):
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(database, office["desk"], dialogs=fake_dialogs, clock=lambda: NOW)
    board = RotationBoard(ctx, parent)
    assert board.parent() is parent and board.data is None  # loads when first shown
