"""The customer page's tabs: add a follow-up that changes the grade, mark risk until a warning
fires and have it assigned and closed, and work the points ledger — through the real widgets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from anjia_desk.core.risk import Dimension, Level
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer, FollowUp, GradeChange, ReferralPoint, RiskWarning
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers.followups_tab import FollowUpsTab
from anjia_desk.ui.customers.referrals_tab import ReferralsTab
from anjia_desk.ui.customers.risk_tab import RiskTab
from tests.helpers import add_actor
from tests.risk_fixtures import make_subscription
from tests.services.test_followups import NOW, TODAY, make_customer
from tests.ui.conftest import FakeDialogs


def type_chinese(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def people(database: Database) -> dict[str, Actor]:
    with session_scope(database, Actor.system()) as s:
        return {
            "wang": add_actor(s, "wang", "王芳", Role.CONSULTANT),
            "li": add_actor(s, "li", "李强", Role.CONSULTANT),
            "boss": add_actor(s, "boss", "赵经理", Role.SITE_MANAGER),
            "senior": add_actor(s, "senior", "陈资深", Role.SENIOR_CONSULTANT),
            "mi": add_actor(s, "mi", "孙秘书", Role.SALES_SECRETARY),
        }


@pytest.fixture
def customer_id(database: Database, people: dict[str, Actor]) -> int:
    with session_scope(database, Actor.system()) as s:
        return make_customer(s, people["wang"], grade="C").id


def context_for(database: Database, actor: Actor, dialogs: FakeDialogs) -> AppContext:
    return AppContext(database, actor, dialogs=dialogs, clock=lambda: NOW)  # type: ignore[arg-type]


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(900, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- follow-ups


def test_add_a_follow_up_that_changes_the_grade(
    qtbot, qtmodeltester, database, people, customer_id, fake_dialogs
) -> None:
    ctx = context_for(database, people["wang"], fake_dialogs)
    tab = shown(qtbot, FollowUpsTab(ctx, customer_id))
    assert tab.form_box.isEnabled()
    assert "C 低意向" in tab.status.text()
    assert tab.grade.currentData() == "C"  # pre-set to the current grade
    assert tab.channel.currentText() == "电话"

    qtbot.keyClick(tab.channel, Qt.Key.Key_Down)
    assert tab.channel.currentText() == "微信"
    tab.content.setFocus()
    type_chinese(tab.content, "客户看了三房样板间，预算已到位")
    type_chinese(tab.result, "约周六带家人来")
    qtbot.keyClicks(tab.grade, "A")
    assert tab.grade.currentData() == "A"
    type_chinese(tab.reason, "首付已备齐")
    with qtbot.waitSignal(ctx.changed) as blocker:
        qtbot.keyClick(tab.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert {Topic.FOLLOW_UPS, Topic.CUSTOMERS} <= blocker.args[0].topics
    assert blocker.args[0].initiator is tab

    # The grade change is visible at once: header, history, grade log, message.
    assert "A 高意向" in tab.status.text()
    assert tab.message.kind == "ok" and "C → A" in tab.message.text()
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.grade_model)
    assert tab.model.rowCount() == 1
    row = tab.model.index(0, tab.model.column_index("grade"))
    assert tab.model.data(row) == "C → A"
    assert tab.model.data(tab.model.index(0, 0)) == "2026-03-05 10:00"
    assert tab.grade_model.data(tab.grade_model.index(0, 3)) == "首付已备齐"
    assert tab.content.toPlainText() == "" and tab.grade.currentData() == "A"
    # A grade's cadence: 3 days from today.
    assert (TODAY + timedelta(days=3)).isoformat() in tab.status.text()

    with session_scope(database, Actor.system()) as s:
        customer = s.get(Customer, customer_id)
        assert customer is not None and customer.grade == "A"
        entry = s.scalars(select(FollowUp)).one()
        assert (entry.channel, entry.result) == ("微信", "约周六带家人来")
        change = s.scalars(select(GradeChange)).one()
        assert (change.from_grade, change.to_grade, change.user_id) == (
            "C",
            "A",
            people["wang"].user_id,
        )


def test_a_planned_date_and_errors_beside_the_fields(
    qtbot, database, people, customer_id, fake_dialogs
) -> None:
    ctx = context_for(database, people["wang"], fake_dialogs)
    tab = shown(qtbot, FollowUpsTab(ctx, customer_id))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.errors.message("content") == "请填写跟进内容"
    assert tab.message.kind == "error"

    type_chinese(tab.content, "电话未接通")
    qtbot.mouseClick(tab.plan, Qt.MouseButton.LeftButton)
    assert tab.next_on.isEnabled()
    planned = TODAY + timedelta(days=5)
    tab.next_on.setDate(QDate(planned.year, planned.month, planned.day))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.errors.message("content") == ""
    assert tab.message.kind == "ok" and "等级" not in tab.message.text()
    assert planned.isoformat() in tab.status.text()
    assert not tab.plan.isChecked()
    with session_scope(database, Actor.system()) as s:
        assert s.scalars(select(FollowUp.next_on)).one() == planned


def test_someone_elses_customer_shows_why_the_form_is_off(
    qtbot, database, people, customer_id, fake_dialogs
) -> None:
    ctx = context_for(database, people["li"], fake_dialogs)
    tab = shown(qtbot, FollowUpsTab(ctx, customer_id))
    assert not tab.form_box.isEnabled()
    assert tab.why_not.isVisible() and "不归您跟进" in tab.why_not.text()


def test_an_overdue_customer_is_shown_in_red(qtbot, database, people, fake_dialogs) -> None:
    with session_scope(database, Actor.system()) as s:
        customer = make_customer(s, people["wang"], grade="A", at=NOW - timedelta(days=10))
        customer_id = customer.id
    ctx = context_for(database, people["wang"], fake_dialogs)
    tab = shown(qtbot, FollowUpsTab(ctx, customer_id))
    assert "已逾期" in tab.status.text() and "color:#b42318" in tab.status.text()


def test_the_tab_reloads_when_another_view_changes_the_customer(
    qtbot, database, people, customer_id, fake_dialogs
) -> None:
    ctx = context_for(database, people["wang"], fake_dialogs)
    tab = shown(qtbot, FollowUpsTab(ctx, customer_id))

    def regrade(s, _actor) -> None:
        customer = s.get(Customer, customer_id)
        assert customer is not None
        customer.grade = "B"

    ops.write(ctx, regrade, parent=None)
    assert "B 中意向" in tab.status.text()


# --- risk


def click_level(qtbot, tab: RiskTab, dimension: Dimension, level: Level | None) -> None:
    qtbot.mouseClick(tab.choices[dimension][level], Qt.MouseButton.LeftButton)


def mark_two_high(qtbot, tab: RiskTab, day) -> None:
    tab.day.setDate(QDate(day.year, day.month, day.day))
    click_level(qtbot, tab, Dimension.COMMUNICATION, Level.HIGH)
    click_level(qtbot, tab, Dimension.FUNDING, Level.HIGH)
    click_level(qtbot, tab, Dimension.FOCUS, Level.LOW)
    qtbot.mouseClick(tab.save_marks_button, Qt.MouseButton.LeftButton)


def test_risk_marks_raise_a_warning_that_is_assigned_and_closed(
    qtbot, qtmodeltester, database, people, customer_id
) -> None:
    ctx = context_for(database, people["wang"], FakeDialogs())
    tab = shown(qtbot, RiskTab(ctx, customer_id))
    assert not tab.monitor.isChecked() and not tab.marks_box.isEnabled()
    # Monitoring starts at 认购 (DOMAIN §4): not switched on by hand before it.
    assert not tab.monitor.isEnabled() and "认购" in tab.monitor.toolTip()
    with session_scope(database, Actor.system()) as s:
        customer = s.get(Customer, customer_id)
        assert customer is not None
        make_subscription(s, customer, at=NOW, monitoring=False)  # then switched off
    tab.reload()
    assert tab.monitor.isEnabled()
    with qtbot.waitSignal(ctx.changed):
        qtbot.mouseClick(tab.monitor, Qt.MouseButton.LeftButton)
    assert tab.monitor.isChecked() and tab.marks_box.isEnabled()
    assert "—" in tab.index_label.text()

    mark_two_high(qtbot, tab, TODAY - timedelta(days=1))
    assert tab.message.kind == "ok" and "预警" not in tab.message.text()
    mark_two_high(qtbot, tab, TODAY)
    assert "已生成二级预警" in tab.message.text()
    assert "<b>33</b>" in tab.index_label.text()  # 2 low of 6
    qtmodeltester.check(tab.grid_model)
    qtmodeltester.check(tab.warning_model)
    assert tab.grid_model.columnCount() == 14
    assert tab.grid_model.data(tab.grid_model.index(0, 13)) == "高"
    assert tab.grid_model.data(tab.grid_model.index(1, 12)) == "低"
    assert tab.warning_model.rowCount() == 1
    assert tab.warning_model.data(tab.warning_model.index(0, 2)) == "待指派"
    assert not tab.assign_button.isVisible()  # consultants do not assign
    # Back on yesterday, the radios show what was saved.
    tab.day.setDate(QDate(2026, 3, 4))
    assert tab.choices[Dimension.FUNDING][Level.HIGH].isChecked()
    assert tab.choices[Dimension.COMPANIONS][None].isChecked()

    boss_tab = shown(
        qtbot, RiskTab(context_for(database, people["boss"], FakeDialogs()), customer_id)
    )
    assert boss_tab.assign_button.isVisible() and boss_tab.assignee.currentText() == "陈资深"
    boss_tab.warnings.selectRow(0)
    assert boss_tab.assign_button.isEnabled()
    qtbot.mouseClick(boss_tab.assign_button, Qt.MouseButton.LeftButton)
    assert boss_tab.message.kind == "ok"
    assert boss_tab.warning_model.data(boss_tab.warning_model.index(0, 3)) == "陈资深"

    senior_tab = shown(
        qtbot, RiskTab(context_for(database, people["senior"], FakeDialogs()), customer_id)
    )
    assert not senior_tab.marks_box.isEnabled()
    senior_tab.warnings.selectRow(0)
    assert senior_tab.close_button.isEnabled()
    qtbot.mouseClick(senior_tab.close_button, Qt.MouseButton.LeftButton)
    assert senior_tab.message.text() == "请填写回访结果"
    type_chinese(senior_tab.note, "家人已同意，按期签约")
    qtbot.mouseClick(senior_tab.close_button, Qt.MouseButton.LeftButton)
    assert senior_tab.message.text() == "已记录回访结果，预警已完成。"
    assert senior_tab.warning_model.data(senior_tab.warning_model.index(0, 2)) == "已回访"
    with session_scope(database, Actor.system()) as s:
        w = s.scalars(select(RiskWarning)).one()
        assert (w.status, w.assignee_id) == ("done", people["senior"].user_id)


def test_risk_is_hidden_from_those_who_do_not_work_with_the_customer(
    qtbot, database, people, customer_id
) -> None:
    tab = shown(qtbot, RiskTab(context_for(database, people["li"], FakeDialogs()), customer_id))
    assert tab.denied.isVisible() and not tab.body.isVisible()
    assert "归属顾问" in tab.denied.text()


# --- referrals


@pytest.fixture
def referral(database: Database, people: dict[str, Actor], customer_id: int) -> int:
    """The customer (张伟) referred 新朋友, who visited: 100 points."""
    with session_scope(database, Actor.system()) as s:
        friend = make_customer(s, people["wang"], name="新朋友", phone="13800000002")
        friend.referrer_id = customer_id
        cs.award_referral_points(
            s,
            Actor.system(),
            referrer_id=customer_id,
            referred_id=friend.id,
            points=100,
            kind="visit",
        )
        return friend.id


def test_thank_and_redeem_points(
    qtbot, qtmodeltester, database, people, customer_id, referral
) -> None:
    tab = shown(
        qtbot, ReferralsTab(context_for(database, people["wang"], FakeDialogs()), customer_id)
    )
    qtmodeltester.check(tab.ledger_model)
    qtmodeltester.check(tab.referred_model)
    assert "100" in tab.balance_label.text()
    assert tab.referred_model.data(tab.referred_model.index(0, 0)) == "新朋友"
    assert tab.ledger_model.data(tab.ledger_model.index(0, 6)) == "待致谢"
    assert not tab.redeem_box.isVisible()  # consultants do not redeem
    assert not tab.thank_button.isEnabled()
    tab.ledger.selectRow(0)
    qtbot.mouseClick(tab.thank_button, Qt.MouseButton.LeftButton)
    assert tab.ledger_model.data(tab.ledger_model.index(0, 6)) == "2026-03-05 10:00"

    mi = shown(qtbot, ReferralsTab(context_for(database, people["mi"], FakeDialogs()), customer_id))
    assert mi.redeem_box.isVisible() and not mi.thank_button.isVisible()
    qtbot.mouseClick(mi.redeem_button, Qt.MouseButton.LeftButton)
    assert mi.errors.message("points") == "兑换积分应大于 0"
    assert mi.errors.message("note") != ""
    mi.points.lineEdit().selectAll()
    qtbot.keyClicks(mi.points, "80")
    type_chinese(mi.redeem_note, "物业费抵用券 80 元")
    qtbot.mouseClick(mi.redeem_button, Qt.MouseButton.LeftButton)
    assert mi.message.kind == "ok" and "80" in mi.message.text()
    assert "<b>20</b>" in mi.balance_label.text()
    assert mi.ledger_model.data(mi.ledger_model.index(0, 3)) == "-80"
    assert mi.points.maximum() == 20  # never beyond the balance
    with session_scope(database, Actor.system()) as s:
        assert sorted(s.scalars(select(ReferralPoint.points))) == [-80, 100]


def test_link_a_referrer_and_a_decline(qtbot, database, people, customer_id, referral) -> None:
    dialogs = FakeDialogs()
    ctx = context_for(database, people["wang"], dialogs)
    tab = shown(qtbot, ReferralsTab(ctx, customer_id))
    assert tab.link_box.isVisible() and not tab.decline_button.isVisible()
    qtbot.keyClicks(tab.referrer_phone, "13999999999")
    qtbot.keyClick(tab.referrer_phone, Qt.Key.Key_Return)
    assert "没有这个手机号" in tab.errors.message("referrer_phone")

    friend = shown(qtbot, ReferralsTab(ctx, referral))
    assert "新朋友" not in friend.referrer_label.text() and "张伟" in friend.referrer_label.text()
    assert friend.decline_button.isVisible()
    dialogs.confirm_answer = False
    qtbot.mouseClick(friend.decline_button, Qt.MouseButton.LeftButton)
    with session_scope(database, Actor.system()) as s:
        assert s.get(Customer, referral).phone == "13800000002"  # type: ignore[union-attr]
    dialogs.confirm_answer = True
    with qtbot.waitSignal(ctx.changed):
        qtbot.mouseClick(friend.decline_button, Qt.MouseButton.LeftButton)
    assert dialogs.names() == ["confirm", "confirm"]
    with session_scope(database, Actor.system()) as s:
        gone = s.get(Customer, referral)
        assert gone is not None and gone.phone is None and gone.anonymised_at is not None
    assert not friend.decline_button.isVisible()


@pytest.mark.parametrize(
    ("tab_class", "own"),
    [(FollowUpsTab, Topic.FOLLOW_UPS), (RiskTab, Topic.RISK), (ReferralsTab, Topic.REFERRALS)],
)
def test_a_tab_reloads_on_its_data_and_not_on_an_unrelated_write(
    qtbot, database, people, customer_id, monkeypatch, tab_class, own
) -> None:
    from anjia_desk.services.calendar import save_year

    ctx = context_for(database, people["wang"], FakeDialogs())
    tab = shown(qtbot, tab_class(ctx, customer_id))
    # The risk tab also asks whether there is an 认购 (monitoring starts there).
    deals = {Topic.DEALS} if tab_class is RiskTab else set()
    assert tab.sources == {Topic.CUSTOMERS, Topic.SETTINGS, own} | deals
    fills: list[int] = []
    original = tab._fill
    monkeypatch.setattr(tab, "_fill", lambda *a: (fills.append(1), original(*a)))
    ops.write(  # writes the customer, which every tab shows
        ctx, lambda s, a: setattr(cs.get_customer(s, customer_id), "notes", "改备注"), parent=None
    )
    assert fills == [1]

    ops.write(ctx, lambda s, a: save_year(s, Actor.system(), 2031, []), parent=None)
    assert fills == [1]


def test_linking_referrers_beyond_the_lookup_limit_waits_beside_the_field(
    qtbot, database, people, customer_id
) -> None:
    """Issue 14: each referrer tried is a lookup like 判客; beyond the limit the next one is
    refused beside the field, at once."""
    from anjia_desk.db.models import AuditEntry
    from anjia_desk.services import settings

    with session_scope(database, Actor.system()) as s:
        settings.update_settings(s, Actor.system(), {"lookup.limit": 2})
    tab = shown(
        qtbot, ReferralsTab(context_for(database, people["wang"], FakeDialogs()), customer_id)
    )
    for phone in ("13900000001", "13900000002", "13900000003"):
        tab.referrer_phone.setText(phone)
        qtbot.keyClick(tab.referrer_phone, Qt.Key.Key_Return)
    assert tab.errors.message("referrer_phone") == "查询过于频繁，请 2 秒后再试"
    with session_scope(database, Actor.system()) as s:
        query = select(AuditEntry.summary).where(AuditEntry.action == "lookup")
        assert list(s.scalars(query)) == [
            "推荐人查询 139****0001：不是已有客户",
            "推荐人查询 139****0002：不是已有客户",
        ]
