"""The complaint window through its real widgets (issue 18): the header and the clocks, the tabs,
one button per shown permit (enabled when allowed, why not as the tooltip), and each step of a
case through its dialogs — the level changed with a reason, the clock paused and resumed, the
call back, the first answer, the investigation by side; then (with the solution's way and the
money on main) the solution, both reviews by different users, the plan, execution, a return
visit below 80% opening a second round, and closing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from anjia_desk.core.changes import ChangeKind, Ground
from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_kinds import (
    VISIT_ITEMS,
    ComplaintStatus,
    EventKind,
    NoteKind,
    ProofKind,
    Side,
    Solution,
)
from anjia_desk.core.complaints import Channel, Level, Liable
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import ChangeOrder, Complaint, ComplaintPayment
from anjia_desk.services.context import Actor
from anjia_desk.ui.changes import window as change_window
from anjia_desk.ui.complaints import window as complaint_window
from anjia_desk.ui.complaints.dialogs import LevelDialog, NoteDialog, ResponseDialog
from anjia_desk.ui.complaints.flow_dialogs import (
    ComplaintChangeDialog,
    PlanDialog,
    SolutionDialog,
    VisitDialog,
)
from anjia_desk.ui.complaints.money_dialogs import PayDialog, PaymentDialog
from anjia_desk.ui.complaints.window import ComplaintWindow, open_complaint
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import ReasonDialog
from tests.ui.complaints.conftest import Office
from tests.ui.deals.test_deal_window import NOW

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


def rate(dialog: VisitDialog, scores: tuple[int, int, int, int]) -> None:
    for (key, _label), score in zip(VISIT_ITEMS, scores, strict=True):
        dialog.ratings[key].set_value(score)
        dialog.ratings[key].group.idClicked.emit(score)


def test_a_case_from_intake_to_closing_through_the_window(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    """Taken in → 二级 → a note → the solution → legal, then finance (each their own button) →
    the plan → executed → a visit below 80% opens round 2 → executed → a visit at 80% → 办结."""
    world = office.world
    manager = case_window(qtbot, ctx, office.complaint_id, world.manager)
    click(qtbot, manager, A.LEVEL)
    level = manager.sub_dialog
    assert isinstance(level, LevelDialog)
    level.level.setCurrentIndex(level.level.findData(Level.GENERAL.value))
    level.reason.setText("涉及精装交付标准争议")
    press_ok(qtbot, level)
    qtbot.waitUntil(lambda: manager.detail is not None and manager.detail.level is Level.GENERAL)
    click(qtbot, manager, A.NOTE)
    note = manager.sub_dialog
    assert isinstance(note, NoteDialog)
    note.text.setPlainText("客户提供的照片：客厅 3 处空鼓")
    press_ok(qtbot, note)
    qtbot.waitUntil(lambda: manager.investigation_panel.notes_model.rowCount() == 1)

    # The solution: 维修整改, the contractor liable; then nobody may propose again.
    assert not manager.buttons[A.LEGAL_OK].isVisible()  # not the manager's to review
    click(qtbot, manager, A.PROPOSE)
    solution = manager.sub_dialog
    assert isinstance(solution, SolutionDialog)
    press_ok(qtbot, solution)
    assert solution.isVisible() and solution.errors["text"].text() == "请填写方案内容"
    solution.solution.setCurrentIndex(solution.solution.findData(Solution.REPAIR.value))
    solution.text.setPlainText("铲除重铺客厅地面，七日内完工")
    solution.finding.setPlainText("找平层空鼓，施工单位责任")
    solution.liable.setCurrentIndex(solution.liable.findData(Liable.CONTRACTOR.value))
    press_ok(qtbot, solution)
    qtbot.waitUntil(lambda: status(manager) is ComplaintStatus.REVIEW)
    assert manager.tabs.tabText(2) == "方案与审核"
    facts = manager.solution_panel.facts.values
    assert facts["solution"].text() == Solution.REPAIR.label
    assert facts["legal"].text() == "待审核" and facts["finance"].text() == "待审核"
    assert not manager.buttons[A.PROPOSE].isEnabled()

    # Legal: only legal's button; after it, disabled with its reason; finance's never shown.
    legal = case_window(qtbot, ctx, office.complaint_id, office.legal)
    assert not legal.buttons[A.FINANCE_OK].isVisible()
    assert legal.buttons[A.REFUSE].isVisible() and legal.buttons[A.REFUSE].isEnabled()
    click(qtbot, legal, A.LEGAL_OK)
    review = legal.sub_dialog
    assert isinstance(review, ReasonDialog)
    review.reason.setText("维修方案无法律风险")
    press_ok(qtbot, review)
    qtbot.waitUntil(lambda: legal.detail is not None and bool(legal.detail.legal))
    assert not legal.buttons[A.LEGAL_OK].isEnabled()
    assert legal.buttons[A.LEGAL_OK].toolTip() == "法务已审核"
    assert "法务老周" in legal.solution_panel.facts.values["legal"].text()
    assert status(legal) is ComplaintStatus.REVIEW

    finance = case_window(qtbot, ctx, office.complaint_id, world.finance)
    assert not finance.buttons[A.LEGAL_OK].isVisible()
    click(qtbot, finance, A.FINANCE_OK)
    review = finance.sub_dialog
    assert isinstance(review, ReasonDialog)
    press_ok(qtbot, review)  # the note may be empty
    qtbot.waitUntil(lambda: status(finance) is ComplaintStatus.EXECUTING)

    # The plan, then 执行完成 (refused before the plan, with the reason as the hint).
    manager = case_window(qtbot, ctx, office.complaint_id, world.manager)
    executed = manager.buttons[A.EXECUTED]
    assert executed.isVisible() and not executed.isEnabled()
    assert executed.toolTip() == "请先安排执行：责任人、期限和验收标准"
    click(qtbot, manager, A.PLAN)
    plan = manager.sub_dialog
    assert isinstance(plan, PlanDialog)
    plan.executor.setText("工程部 李工")
    plan.due_on.setDate(QDate(2026, 11, 27))
    plan.acceptance.setPlainText("敲击无空鼓，客户现场验收签字")
    press_ok(qtbot, plan)
    qtbot.waitUntil(lambda: manager.buttons[A.EXECUTED].isEnabled())
    assert manager.execution_panel.facts.values["executor"].text() == "工程部 李工"
    click(qtbot, manager, A.EXECUTED)
    done = manager.sub_dialog
    assert done is not None
    press_ok(qtbot, done)
    qtbot.waitUntil(lambda: status(manager) is ComplaintStatus.VISIT)
    # Friday 20th: three working days → Wednesday 25 November.
    assert "2026-11-25" in manager.execution_panel.facts.values["visit_due"].text()

    # The return visit by the customer-service manager: 60% — round 2 opens.
    cs = case_window(qtbot, ctx, office.complaint_id, office.cs_manager)
    assert not cs.buttons[A.CLOSE].isEnabled()
    assert cs.buttons[A.CLOSE].toolTip() == "回访之后才能办结"
    click(qtbot, cs, A.VISIT)
    visit = cs.sub_dialog
    assert isinstance(visit, VisitDialog)
    assert visit.share_label.text() == "还有 4 项未评分"
    rate(visit, (3, 3, 3, 3))
    assert visit.share_label.text() == "60%：未达 80%，保存后开启下一轮处理"
    visit.comment.setPlainText("还有一处没修好")
    press_ok(qtbot, visit)
    qtbot.waitUntil(lambda: status(cs) is ComplaintStatus.EXECUTING)
    assert cs.detail is not None and cs.detail.round == 2
    assert cs.status_label.text() == "状态：执行中（第 2 轮）"
    visits = cs.visits_panel.visits_model
    assert visits.rowCount() == 1
    assert visits.data(visits.index(0, visits.column_index("score"))) == "60%"
    assert "最近一次（第 1 轮）：60%" in cs.visits_panel.rule_label.text()

    # Round 2: executed again, a visit at 80% → 办结.
    manager = case_window(qtbot, ctx, office.complaint_id, world.manager)
    click(qtbot, manager, A.EXECUTED)
    done = manager.sub_dialog
    assert done is not None
    press_ok(qtbot, done)
    qtbot.waitUntil(lambda: status(manager) is ComplaintStatus.VISIT)
    click(qtbot, manager, A.VISIT)
    visit = manager.sub_dialog
    assert isinstance(visit, VisitDialog)
    rate(visit, (4, 4, 4, 4))
    assert visit.share_label.text() == "80%：达到 80%，可以办结"
    press_ok(qtbot, visit)
    qtbot.waitUntil(lambda: manager.buttons[A.CLOSE].isEnabled())
    assert status(manager) is ComplaintStatus.VISIT
    click(qtbot, manager, A.CLOSE)
    close = manager.sub_dialog
    assert close is not None
    press_ok(qtbot, close)
    qtbot.waitUntil(lambda: status(manager) is ComplaintStatus.CLOSED)
    assert manager.buttons[A.REOPEN].isEnabled() and manager.buttons[A.LESSON].isEnabled()
    assert not manager.buttons[A.LEVEL].isEnabled()
    assert history(manager)[-1] is EventKind.CLOSED
    assert EventKind.NEW_ROUND in history(manager)
    with session_scope(database) as s:
        row = s.get(Complaint, office.complaint_id)
        assert row is not None and row.status == ComplaintStatus.CLOSED and row.round == 2


def test_attach_adds_a_file_on_the_cases_files_tab(
    qtbot, ctx: AppContext, office: Office, fake_dialogs, tmp_path
) -> None:
    photo = tmp_path / "客厅空鼓.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"photo" * 100)
    fake_dialogs.open_path = photo
    window = case_window(qtbot, ctx, office.complaint_id, office.world.manager)
    click(qtbot, window, A.ATTACH)
    assert window.tabs.currentWidget() is window.files_panel
    panel = window.files_panel
    qtbot.waitUntil(lambda: panel.files_model.rowCount() == 1)
    assert panel.files_model.rows[0].name == "客厅空鼓.jpg"
    qtbot.waitUntil(lambda: window.detail is not None and len(window.detail.files) == 1)
    # Legal sees the files, adds none.
    legal = case_window(qtbot, ctx, office.complaint_id, office.legal)
    assert not legal.buttons[A.ATTACH].isVisible()


def reviewed(qtbot, ctx: AppContext, office: Office, solution: Solution, text: str) -> None:
    """The manager proposes `solution`; legal, then finance approve it (services' own steps
    through the windows are the flow test's: here straight through the dialogs)."""
    window = case_window(qtbot, ctx, office.complaint_id, office.world.manager)
    click(qtbot, window, A.PROPOSE)
    dialog = window.sub_dialog
    assert isinstance(dialog, SolutionDialog)
    dialog.solution.setCurrentIndex(dialog.solution.findData(solution.value))
    assert dialog.change_hint.isVisibleTo(dialog) is solution.opens_change
    dialog.text.setPlainText(text)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: status(window) is ComplaintStatus.REVIEW)
    for actor, action in ((office.legal, A.LEGAL_OK), (office.world.finance, A.FINANCE_OK)):
        window = case_window(qtbot, ctx, office.complaint_id, actor)
        click(qtbot, window, action)
        review = window.sub_dialog
        assert review is not None
        press_ok(qtbot, review)
        qtbot.waitUntil(lambda w=window, a=action: not w.buttons[a].isEnabled())
    assert status(window) is ComplaintStatus.EXECUTING


def test_a_refused_solution_then_a_lawful_refund_opens_its_change_order(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    world = office.world
    window = case_window(qtbot, ctx, office.complaint_id, world.manager)
    click(qtbot, window, A.PROPOSE)
    dialog = window.sub_dialog
    assert isinstance(dialog, SolutionDialog)
    dialog.solution.setCurrentIndex(dialog.solution.findData(Solution.CANCEL.value))
    dialog.text.setPlainText("无损退房，另赔偿装修损失")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: status(window) is ComplaintStatus.REVIEW)

    # Legal sends it back with a reason: the case is open again, the reason shown.
    legal = case_window(qtbot, ctx, office.complaint_id, office.legal)
    click(qtbot, legal, A.REFUSE)
    refuse = legal.sub_dialog
    assert isinstance(refuse, ReasonDialog)
    press_ok(qtbot, refuse)
    assert refuse.isVisible()  # a reason is required
    refuse.reason.setText("空鼓不属于主体结构质量问题，不构成法定退房事由")
    press_ok(qtbot, refuse)
    qtbot.waitUntil(lambda: status(legal) is ComplaintStatus.OPEN)
    shown = legal.solution_panel.facts.values["refused"].text()
    assert shown == "空鼓不属于主体结构质量问题，不构成法定退房事由"

    reviewed(qtbot, ctx, office, Solution.CANCEL, "检测确认主体结构问题，依法无损退房")
    window = case_window(qtbot, ctx, office.complaint_id, world.manager)
    executed = window.buttons[A.EXECUTED]
    assert not executed.isEnabled()
    click(qtbot, window, A.OPEN_CHANGE)
    change = window.sub_dialog
    assert isinstance(change, ComplaintChangeDialog)
    assert change.kind.count() == 1 and change.kind_value() is ChangeKind.UNSUBSCRIBE
    assert not change.kind.isEnabled()
    change.ground.setCurrentIndex(change.ground.findData(Ground.QUALITY.value))
    change.ground_note.setText("第三方检测报告：楼板裂缝属主体结构质量问题")
    press_ok(qtbot, change)
    qtbot.waitUntil(lambda: len(change_window._OPEN) == 1)
    qtbot.waitUntil(lambda: window.detail is not None and bool(window.detail.change_order))
    assert window.solution_panel.change_button.isVisibleTo(window.solution_panel)
    assert window.solution_panel.change_button.text().startswith("变更单 BG-")
    assert not window.buttons[A.OPEN_CHANGE].isEnabled()
    assert window.buttons[A.OPEN_CHANGE].toolTip() == "已生成变更单"
    [order_id] = change_window._OPEN
    with session_scope(database) as s:
        order = s.get(ChangeOrder, order_id)
        assert order is not None and order.kind == ChangeKind.UNSUBSCRIBE
        assert order.ground == Ground.QUALITY
        row = s.get(Complaint, office.complaint_id)
        assert row is not None and row.change_order_id == order_id


def test_closed_below_80_percent_by_the_site_manager_then_reopened_with_a_lesson(
    qtbot, ctx: AppContext, office: Office
) -> None:
    world = office.world
    reviewed(qtbot, ctx, office, Solution.EXPLAIN, "出示交付标准，解释说明")
    window = case_window(qtbot, ctx, office.complaint_id, world.manager)
    click(qtbot, window, A.PLAN)
    plan = window.sub_dialog
    assert isinstance(plan, PlanDialog)
    plan.executor.setText("客服 吴静")
    plan.acceptance.setPlainText("客户知悉交付标准")
    press_ok(qtbot, plan)
    qtbot.waitUntil(lambda: window.buttons[A.EXECUTED].isEnabled())
    click(qtbot, window, A.EXECUTED)
    done = window.sub_dialog
    assert done is not None
    press_ok(qtbot, done)
    qtbot.waitUntil(lambda: status(window) is ComplaintStatus.VISIT)
    click(qtbot, window, A.VISIT)
    visit = window.sub_dialog
    assert isinstance(visit, VisitDialog)
    rate(visit, (2, 3, 2, 3))
    assert visit.share_label.text().startswith("50%：未达 80%")
    press_ok(qtbot, visit)
    qtbot.waitUntil(lambda: status(window) is ComplaintStatus.EXECUTING)

    # Below 80%: the site manager closes with a reason (the CS manager has no such button).
    cs = case_window(qtbot, ctx, office.complaint_id, office.cs_manager)
    assert not cs.buttons[A.CLOSE_UNSATISFIED].isVisible()
    window = case_window(qtbot, ctx, office.complaint_id, world.manager)
    click(qtbot, window, A.CLOSE_UNSATISFIED)
    close = window.sub_dialog
    assert isinstance(close, ReasonDialog)
    assert "50%" in close.findChild(QLabel).text()
    close.reason.setText("客户诉求超出合同约定，已书面答复")
    press_ok(qtbot, close)
    qtbot.waitUntil(lambda: status(window) is ComplaintStatus.CLOSED)
    assert "客户诉求超出合同约定" in window.history_panel.closing_label.text()

    click(qtbot, window, A.LESSON)
    lesson = window.sub_dialog
    assert lesson is not None
    lesson.text.setPlainText("交付前向客户出示精装标准样板，签字确认")  # type: ignore[attr-defined]
    press_ok(qtbot, lesson)
    qtbot.waitUntil(lambda: window.detail is not None and bool(window.detail.lesson))
    assert "案例总结：交付前" in window.history_panel.closing_label.text()

    click(qtbot, window, A.REOPEN)
    reopen = window.sub_dialog
    assert isinstance(reopen, ReasonDialog)
    reopen.reason.setText("客户再次来访，地面又出现空鼓")
    press_ok(qtbot, reopen)
    qtbot.waitUntil(lambda: status(window) is ComplaintStatus.OPEN)
    assert history(window)[-1] is EventKind.REOPENED
    assert window.buttons[A.PROPOSE].isEnabled()


def test_compensation_requested_approved_on_both_sides_paid_confirmed_and_printed(
    qtbot, ctx: AppContext, database: Database, office: Office, fake_dialogs
) -> None:
    """A contractor's liability above the ¥20,000 limit: its proof required, the CS manager
    and the vice president approve (the dialog says so as the amount is typed), the cashier
    pays on a PC- voucher, finance confirms, the voucher prints through the preview; the case
    can be marked executed only once no request waits."""
    world = office.world
    reviewed(qtbot, ctx, office, Solution.REPAIR, "返修并赔偿装修损失")
    window = case_window(qtbot, ctx, office.complaint_id, world.manager)
    click(qtbot, window, A.REQUEST_PAYMENT)
    request = window.sub_dialog
    assert isinstance(request, PaymentDialog)
    request.liable.setCurrentIndex(request.liable.findData(Liable.CONTRACTOR.value))
    qtbot.keyClicks(request.amount, "15000")
    assert request.approvers_label.text() == "审批：客服中心经理（不超过 20,000.00 元）"
    request.amount.clear()
    qtbot.keyClicks(request.amount, "25000")
    shown = request.approvers_label.text()
    assert shown == "审批：客服中心经理、分管副总（超过 20,000.00 元）"
    request.reason.setText("返修期间无法入住，租房损失")
    press_ok(qtbot, request)
    assert request.isVisible()  # a contractor's liability needs its proof
    assert request.errors["proof"].text().startswith("施工单位责任的赔偿须有")
    request.proof.setCurrentIndex(request.proof.findData(ProofKind.SUPERVISOR.value))
    request.proof_note.setText("监理确认单 2026-11-19")
    press_ok(qtbot, request)
    qtbot.waitUntil(lambda: window.money_panel.payments_model.rowCount() == 1)
    line = window.money_panel.payments_model.rows[0]
    assert line.amount == Decimal("25000.00") and line.waiting
    assert not window.buttons[A.EXECUTED].isEnabled()
    assert not window.buttons[A.APPROVE_PAYMENT].isVisible()  # not the site manager's

    for approver in (office.cs_manager, office.vice_president):
        window = case_window(qtbot, ctx, office.complaint_id, approver)
        click(qtbot, window, A.APPROVE_PAYMENT)
        qtbot.waitUntil(lambda w=window: not w.buttons[A.APPROVE_PAYMENT].isEnabled())
        assert window.buttons[A.APPROVE_PAYMENT].toolTip() == "没有等待您审批的赔付"
    assert "审批通过" in fake_dialogs.calls[-1][1][1]
    line = window.money_panel.payments_model.rows[0]
    assert line.state.approved and line.status == "已审批，待出纳支付"

    cashier = case_window(qtbot, ctx, office.complaint_id, world.cashier)
    assert not cashier.buttons[A.PRINT_VOUCHER].isEnabled()
    click(qtbot, cashier, A.PAY)
    pay = cashier.sub_dialog
    assert isinstance(pay, PayDialog)
    assert pay.payee.text() == "王建国"
    press_ok(qtbot, pay)
    qtbot.waitUntil(lambda: cashier.money_panel.payments_model.rows[0].code == "PC-000001")
    assert "PC-000001" in cashier.message.text()
    click(qtbot, cashier, A.PRINT_VOUCHER)
    qtbot.waitUntil(lambda: cashier.printer.preview is not None, timeout=15_000)
    preview = cashier.printer.preview
    assert preview is not None and preview.pdf_path.name == "赔付凭证-PC-000001.pdf"
    preview.close()

    finance = case_window(qtbot, ctx, office.complaint_id, world.finance)
    click(qtbot, finance, A.CONFIRM_PAYMENT)
    qtbot.waitUntil(lambda: finance.money_panel.payments_model.rows[0].state.confirmed)
    assert "已支付 25,000.00 元" in finance.money_panel.summary_label.text()
    with session_scope(database) as s:
        row = s.scalar(select(ComplaintPayment))
        assert row is not None and row.confirmed_at is not None and row.number == 1


def test_a_complaints_to_do_on_the_workbench_opens_the_case(
    qtbot, ctx: AppContext, office: Office
) -> None:
    """The owner's 工作台 lists the call back still due (TODO_TARGETS "complaint"); Enter on it
    opens the case's window."""
    from anjia_desk.services.workbench_base import TODO_TARGETS
    from anjia_desk.ui.pages.workbench_page import WorkbenchSection

    ctx.set_actor(office.cs_manager)
    workbench = WorkbenchSection(ctx)
    qtbot.addWidget(workbench)
    workbench.resize(1366, 700)
    workbench.show()

    def mine() -> list[int]:
        return [
            i
            for i, item in enumerate(workbench.shown_items())
            if TODO_TARGETS.get(item.kind) == "complaint" and item.ref_id == office.complaint_id
        ]

    qtbot.waitUntil(lambda: bool(mine()))
    workbench.table.selectRow(mine()[0])
    workbench.table.setFocus()
    qtbot.keyClick(workbench.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: office.complaint_id in complaint_window._OPEN)
    window = complaint_window._OPEN[office.complaint_id]
    qtbot.waitUntil(lambda: window.detail is not None)
    assert window.code_label.text() == "TS-000001"


def test_a_promise_case_states_the_risk_notice_and_the_window_follows_other_writes(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    """A 承诺 case on a deal says whether the deal's 风险告知书 was signed (a fact, nothing
    more); a change written elsewhere (another window, the list) reloads the open window."""
    from anjia_desk.core.complaints import Nature
    from anjia_desk.db.models import Deal
    from anjia_desk.services.complaints import change_level
    from anjia_desk.ui import ops
    from tests.ui.complaints.conftest import take_in

    promise = take_in(
        database, office.world.secretary, nature=Nature.PROMISE, deal_id=office.deal_id,
        customer_id=office.world.customer_id, what="销售承诺赠送车位使用权，未兑现",
    )  # fmt: skip
    window = case_window(qtbot, ctx, promise, office.world.manager)
    shown = window.intake_panel.facts.values["risk_notice"].text()
    assert shown == "该交易的风险告知书未签署（仅为事实记录）"
    assert (
        "risk_notice"
        not in case_window(
            qtbot, ctx, office.complaint_id, office.world.manager
        ).intake_panel.facts.values
    )  # a 质量 case: not said
    with session_scope(database, Actor.system()) as s:
        deal = s.get(Deal, office.deal_id)
        assert deal is not None
        deal.risk_notice_at = NOW
    window = case_window(qtbot, ctx, promise, office.world.manager)
    shown = window.intake_panel.facts.values["risk_notice"].text()
    assert shown == "该交易的风险告知书已签署（仅为事实记录）"

    ops.write(
        ctx,
        lambda s, a: change_level(
            s, a, promise, Level.GENERAL, reason="客户已向住建局反映", now=NOW
        ),
        parent=None,
    )
    qtbot.waitUntil(lambda: window.level_label.text() == "二级·承诺")


def test_a_deadline_in_a_guessed_year_says_so_beside_the_date(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    """2099's holidays are in no table: the deadline (Friday → Monday) says it was guessed."""
    from datetime import UTC, datetime

    far = datetime(2099, 3, 6, 2, 0, tzinfo=UTC)  # Friday 10:00 office time
    ctx.clock = lambda: far
    with session_scope(database, office.world.secretary) as s:
        from anjia_desk.core.complaint_forms import IntakeForm
        from anjia_desk.core.complaints import Channel, Nature
        from anjia_desk.services.complaints import file_complaint

        form = IntakeForm(Channel.ON_SITE, "李四", "样板间与交付不符", Nature.SERVICE, Level.MINOR)
        case = file_complaint(s, office.world.secretary, form, now=far)
    window = case_window(qtbot, ctx, case, office.world.manager)
    text = window.clock_label.text()
    assert "2099-03-09 10:00（2099 年节假日未录入，按周一至周五估算）" in text
    assert window.response_label.text() == "到场时限：2099-03-06 10:10  还剩 10 分"


def test_a_case_saved_on_another_pc_meanwhile_closes_the_dialog_and_reloads(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    from anjia_desk.services.complaints import change_level

    window = case_window(qtbot, ctx, office.complaint_id, office.world.manager)
    click(qtbot, window, A.PROPOSE)
    dialog = window.sub_dialog
    assert isinstance(dialog, SolutionDialog)
    # Meanwhile on the customer-service manager's PC (no broadcast reaches this one).
    with session_scope(database, office.cs_manager) as s:
        change_level(
            s, office.cs_manager, office.complaint_id, Level.GENERAL, reason="多户反映", now=NOW
        )
    dialog.text.setPlainText("返修")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.level_label.text() == "二级·质量")
    assert "客服吴静" in window.message.text() and "请刷新后重试" in window.message.text()
    assert status(window) is ComplaintStatus.OPEN


def test_a_consultant_outside_the_cases_scope_is_told_and_no_window_opens(
    qtbot, ctx: AppContext, database: Database, office: Office, fake_dialogs
) -> None:
    from anjia_desk.core.roles import Role
    from tests.helpers import add_actor

    with session_scope(database, Actor.system()) as s:
        other = add_actor(s, "lisi", "李顾问", Role.CONSULTANT)
    ctx.set_actor(other)
    open_complaint(ctx, office.complaint_id)
    qtbot.waitUntil(lambda: "warning" in fake_dialogs.names())
    title = next(args[0] for name, args in fake_dialogs.calls if name == "warning")
    assert title == "打开投诉"
    assert office.complaint_id not in complaint_window._OPEN


def test_the_papers_open_in_the_print_preview(qtbot, ctx: AppContext, office: Office) -> None:
    """投诉处理单 for anyone who sees the case; 满意度确认单 and 回访表 once the solution passed
    review (why not on the button until then)."""
    window = case_window(qtbot, ctx, office.complaint_id, office.world.consultant)
    satisfaction = window.buttons[A.PRINT_SATISFACTION]
    assert satisfaction.isVisible() and not satisfaction.isEnabled()
    assert satisfaction.toolTip() == "方案审核通过后打印"
    assert window.buttons[A.PRINT_FEEDBACK].toolTip() == "执行后回访时打印"
    assert not window.buttons[A.PRINT_VOUCHER].isVisible()  # the cashier's and finance's
    click(qtbot, window, A.PRINT_FORM)
    qtbot.waitUntil(lambda: window.printer.preview is not None, timeout=15_000)
    preview = window.printer.preview
    assert preview is not None and preview.pdf_path.name == "投诉处理单-TS-000001.pdf"
    preview.close()

    reviewed(qtbot, ctx, office, Solution.REPAIR, "返修")
    window = case_window(qtbot, ctx, office.complaint_id, office.world.manager)
    for action, name in ((A.PRINT_SATISFACTION, "满意度确认单"), (A.PRINT_FEEDBACK, "回访表")):
        click(qtbot, window, action)
        qtbot.waitUntil(
            lambda n=name: (
                window.printer.preview is not None
                and window.printer.preview.pdf_path.name == f"{n}-TS-000001.pdf"
            ),
            timeout=15_000,
        )
        window.printer.preview.close()


def test_the_intake_is_corrected_through_the_window_keeping_channel_time_and_level(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    from anjia_desk.db.models import Complaint
    from anjia_desk.ui.complaints.edit_dialog import EditDialog

    window = case_window(qtbot, ctx, office.complaint_id, office.world.manager)
    click(qtbot, window, A.EDIT)
    dialog = window.sub_dialog
    assert isinstance(dialog, EditDialog)
    assert dialog.who.text() == "王建国" and dialog.phone.text() == "13800001111"
    assert not dialog.level.isEnabled() and not dialog.channel.isEnabled()
    dialog.phone.setText("1380000")  # a bad phone: refused beside the field, the text kept
    dialog.what.setPlainText("客厅和主卧地面空鼓")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.errors["contact_phone"].text()
    assert dialog.what.toPlainText() == "客厅和主卧地面空鼓"
    dialog.phone.setText("13800001111")
    dialog.butler.setText("物业 赵管家")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.butler == "物业 赵管家")
    with session_scope(database) as s:
        case = s.get(Complaint, office.complaint_id)
        assert case is not None
        assert (case.what, case.level, case.channel) == (
            "客厅和主卧地面空鼓",
            Level.MINOR,
            Channel.PHONE,
        )
        assert case.deal_id == office.deal_id  # the deal stays
