"""The complaint window through its real widgets (issue 18): the header and the clocks, the tabs,
one button per shown permit (enabled when allowed, why not as the tooltip), and each step of a
case through its dialogs — the level changed with a reason, the clock paused and resumed, the
call back, the first answer, the investigation by side; then (with the solution's way and the
money on main) the solution, both reviews by different users, the plan, execution, a return
visit below 80% opening a second round, and closing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_kinds import ComplaintStatus, EventKind, NoteKind, Side
from anjia_desk.core.complaints import Level
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Complaint
from anjia_desk.services.context import Actor
from anjia_desk.ui.complaints import window as complaint_window
from anjia_desk.ui.complaints.dialogs import LevelDialog, NoteDialog, ResponseDialog
from anjia_desk.ui.complaints.window import ComplaintWindow, open_complaint
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import ReasonDialog
from tests.ui.complaints.conftest import Office

pytestmark = pytest.mark.usefixtures("at_now")
A = ComplaintAction


def case_window(qtbot, ctx: AppContext, complaint_id: int, actor: Actor) -> ComplaintWindow:
    """The case as `actor` sees it on their own PC (the window opened afresh)."""
    old = complaint_window._OPEN.get(complaint_id)
    if old is not None:
        old.close()
    ctx.set_actor(actor)
    window = open_complaint(ctx, complaint_id)
    qtbot.waitExposed(window)
    return window


def click(qtbot, window: ComplaintWindow, action: ComplaintAction) -> None:
    button = window.buttons[action]
    assert button.isVisible() and button.isEnabled(), (action, button.toolTip())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def status(window: ComplaintWindow) -> ComplaintStatus:
    assert window.detail is not None
    return window.detail.status


def history(window: ComplaintWindow) -> list[EventKind]:
    assert window.detail is not None
    return [line.kind for line in window.detail.history]


def test_the_header_the_clocks_and_who_sees_which_buttons(
    qtbot, ctx: AppContext, office: Office
) -> None:
    world = office.world
    window = case_window(qtbot, ctx, office.complaint_id, office.cs_manager)
    assert window.code_label.text() == "TS-000001"
    assert window.level_label.text() == "三级·质量"
    assert window.status_label.text() == "状态：受理调查中"
    assert window.owner_label.text() == "负责人：客服吴静"  # 三级: the customer-service manager
    # Friday 10:00, 三级: one working day → Monday 23 November 10:00.
    assert "2026-11-23 10:00" in window.clock_label.text()
    assert "1 个工作日内" in window.clock_label.text()
    assert "还剩 3 天" in window.clock_label.text()
    # A phone complaint: the call back within the hour, still running.
    assert "回电时限：2026-11-20 11:00" in window.response_label.text()
    assert window.intake_panel.facts.values["what"].text() == "客厅地面空鼓，约 12 平方米"
    assert "1栋" in window.intake_panel.facts.values["unit"].text()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "受理信息", "调查", "方案与审核", "执行", "赔付", "回访", "附件", "处理记录",
    ]  # fmt: skip
    for action in (A.LEVEL, A.PAUSE, A.RESPOND, A.ANSWER, A.NOTE):
        assert window.buttons[action].isVisible() and window.buttons[action].isEnabled()
    resume = window.buttons[A.RESUME]
    assert resume.isVisible() and not resume.isEnabled()
    assert resume.toolTip() == "计时没有暂停"
    assert window.history_panel.history_model.rowCount() == 1  # 受理

    # The consultant who sold the unit sees the case but none of the handling buttons.
    window = case_window(qtbot, ctx, office.complaint_id, world.consultant)
    for action in (A.LEVEL, A.PAUSE, A.ANSWER, A.NOTE):
        assert not window.buttons[action].isVisible()
    # Legal sees the case, not the intake's buttons.
    window = case_window(qtbot, ctx, office.complaint_id, office.legal)
    assert not window.buttons[A.LEVEL].isVisible()


def test_level_pause_response_answer_and_notes_through_the_window(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    world = office.world
    window = case_window(qtbot, ctx, office.complaint_id, world.manager)

    # 调整等级 → 二级 with its reason: three working days from intake (Wednesday 25th).
    click(qtbot, window, A.LEVEL)
    dialog = window.sub_dialog
    assert isinstance(dialog, LevelDialog)
    dialog.level.setCurrentIndex(dialog.level.findData(Level.GENERAL.value))
    assert "3 个工作日内" in dialog.rule.text() and "案场经理" in dialog.rule.text()
    press_ok(qtbot, dialog)  # no reason: refused beside the field
    assert dialog.isVisible() and dialog.errors["reason"].text() == "请填写调整原因"
    dialog.reason.setText("涉及精装交付标准争议")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.level is Level.GENERAL)
    assert window.level_label.text() == "二级·质量"
    assert "2026-11-25 10:00" in window.clock_label.text()
    assert "已调整为二级" in window.message.text()
    levels = window.history_panel.history_model
    assert levels.data(levels.index(1, levels.column_index("what"))) == "调整等级：三级 → 二级"
    assert levels.data(levels.index(1, levels.column_index("text"))) == "涉及精装交付标准争议"

    # 暂停计时 with its reason; the clock says 暂停中 and only 恢复计时 is offered.
    click(qtbot, window, A.PAUSE)
    pause = window.sub_dialog
    assert isinstance(pause, ReasonDialog)
    pause.reason.setText("等客户提供装修前照片")
    press_ok(qtbot, pause)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.clock.paused)
    assert "暂停中" in window.clock_label.text()
    assert not window.buttons[A.PAUSE].isEnabled()
    assert window.buttons[A.ANSWER].toolTip() == "计时暂停中，请先恢复计时"
    click(qtbot, window, A.RESUME)
    qtbot.waitUntil(lambda: window.detail is not None and not window.detail.clock.paused)
    assert "暂停中" not in window.clock_label.text()

    # 回电, then 首次答复 (its text required).
    click(qtbot, window, A.RESPOND)
    respond = window.sub_dialog
    assert isinstance(respond, ResponseDialog)
    respond.note.setPlainText("已回电，约好周一上门查看")
    press_ok(qtbot, respond)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.responded_at is not None)
    assert window.response_label.text().startswith("已回电：2026-11-20 10:00")
    assert not window.buttons[A.RESPOND].isEnabled()

    click(qtbot, window, A.NOTE)
    note = window.sub_dialog
    assert isinstance(note, NoteDialog)
    note.side.setCurrentIndex(note.side.findData(Side.THIRD_PARTY.value))
    note.text.setPlainText("检测站空鼓检测：空鼓面积 11.5 平方米")
    press_ok(qtbot, note)
    qtbot.waitUntil(lambda: window.investigation_panel.notes_model.rowCount() == 1)
    sides = window.investigation_panel.sides_label.text()
    assert "第三方检测 1 条" in sides and "尚无客户材料、案场记录" in sides
    click(qtbot, window, A.NOTE)
    note = window.sub_dialog
    assert isinstance(note, NoteDialog)
    note.kind.setCurrentIndex(note.kind.findData(NoteKind.CONTACT.value))
    assert not note.side.isEnabled()
    note.text.setPlainText("电话告知客户检测结果")
    press_ok(qtbot, note)
    qtbot.waitUntil(lambda: window.investigation_panel.notes_model.rowCount() == 2)

    click(qtbot, window, A.ANSWER)
    answer = window.sub_dialog
    assert isinstance(answer, ResponseDialog)
    press_ok(qtbot, answer)
    assert answer.isVisible() and answer.errors["note"].text() == "请填写答复内容"
    answer.note.setPlainText("确认空鼓，下周一前给出维修方案")
    press_ok(qtbot, answer)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.answered_at is not None)
    assert "已按时答复" in window.clock_label.text()
    assert not window.buttons[A.ANSWER].isEnabled()
    assert window.buttons[A.ANSWER].toolTip() == "已登记首次答复"
    assert history(window) == [
        EventKind.FILED, EventKind.LEVEL, EventKind.PAUSED, EventKind.RESUMED,
        EventKind.RESPONDED, EventKind.ANSWERED,
    ]  # fmt: skip
    with session_scope(database) as s:
        row = s.get(Complaint, office.complaint_id)
        assert row is not None and row.answer_note == "确认空鼓，下周一前给出维修方案"
