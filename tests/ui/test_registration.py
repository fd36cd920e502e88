"""来访登记 driven like the front desk does it: typed with the keyboard alone (digits with
keyClicks, the Chinese name by an input-method commit), 判客 as the phone is typed, Enter saves,
Esc cancels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import func, select

from anjia_desk.core.customers import Relation, VisitForm
from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer, CustomerRelative, ReferralPoint, RotationTurn, Visit
from anjia_desk.services import reception, rotation
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.registration import RegistrationDialog, open_registration
from tests.helpers import add_actor

NOW = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


@pytest.fixture
def office(database: Database) -> dict[str, Actor]:
    system = Actor.system()
    with session_scope(database, system) as s:
        people = {
            "desk": add_actor(s, "desk", "前台小王", Role.FRONT_DESK),
            "li": add_actor(s, "li", "李顾问", Role.CONSULTANT),
            "zhao": add_actor(s, "zhao", "赵顾问", Role.CONSULTANT),
            "boss": add_actor(s, "boss", "钱经理", Role.SITE_MANAGER),
            "cashier": add_actor(s, "cash", "孙出纳", Role.CASHIER),
        }
        duty = [people["zhao"].user_id, people["li"].user_id]
        rotation.set_duty_list(s, people["boss"], [i for i in duty if i is not None], now=NOW)
    return people


def context(database: Database, actor: Actor, fake_dialogs) -> AppContext:
    return AppContext(database, actor, dialogs=fake_dialogs, clock=lambda: NOW)


@pytest.fixture
def desk_ctx(database, office, fake_dialogs) -> AppContext:
    return context(database, office["desk"], fake_dialogs)


def seed_customer(database: Database, owner: Actor, phone: str, name: str) -> int:
    with session_scope(database, Actor.system()) as s:
        form = VisitForm(
            phone=phone, name=name, channel="自然到访", consent=True, consultant_id=owner.user_id
        )
        return reception.register_visit(s, Actor.system(), form, now=NOW).customer_id


def count(database: Database, model: type) -> int:
    with session_scope(database) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def shown(qtbot, ctx: AppContext) -> RegistrationDialog:
    dialog = RegistrationDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.phone.hasFocus())
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def tab_to(qtbot, widget: QWidget) -> None:
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is widget or focused().parent() is widget, focused().objectName()


def commit_text(widget: QWidget, text: str) -> None:
    """Chinese typed through an input method (keyClicks cannot type it)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_a_new_visitor_registered_with_the_keyboard_alone(qtbot, desk_ctx, database, office):
    dialog = shown(qtbot, desk_ctx)
    assert dialog.consultant.currentText() == "赵顾问"  # the rotation's next, pre-filled
    assert "个人信息告知" in dialog.notice.text() and dialog.notice.isVisible()

    qtbot.keyClicks(dialog.phone, "138 1234 5678")
    qtbot.waitUntil(lambda: "新客户" in dialog.match_label.text())
    assert dialog.kind.currentText() == "首访"
    tab_to(qtbot, dialog.kind)
    tab_to(qtbot, dialog.party_size)
    press(qtbot, Qt.Key.Key_Up)  # 2 people
    tab_to(qtbot, dialog.channel)
    press(qtbot, Qt.Key.Key_Down, 5)  # 房产门户 … 自然到访
    assert dialog.channel.currentText() == "自然到访"
    tab_to(qtbot, dialog.awareness)
    press(qtbot, Qt.Key.Key_Down, 5)  # 朋友介绍 … 路过
    assert dialog.awareness.currentText() == "路过"
    tab_to(qtbot, dialog.name)
    commit_text(dialog.name, "张伟")
    assert dialog.name.text() == "张伟"
    tab_to(qtbot, dialog.consent)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.consent.isChecked()
    tab_to(qtbot, dialog.marketing)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, dialog.consultant)
    tab_to(qtbot, dialog.referrer)
    tab_to(qtbot, dialog.note)
    qtbot.keyClicks(dialog.note, "3F 120m2")
    with (
        qtbot.waitSignal(desk_ctx.changed) as changed,
        qtbot.waitSignal(dialog.registered) as signal,
    ):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert {Topic.CUSTOMERS, Topic.VISITS, Topic.ROTATION} <= changed.args[0].topics
    assert changed.args[0].initiator is dialog
    assert "新客户首访，由 赵顾问 接待" in dialog.result_text()

    with session_scope(database) as s:
        customer = s.get(Customer, signal.args[0])
        assert customer is not None
        assert (customer.name, customer.phone, customer.owner_id) == (
            "张伟",
            "13812345678",
            office["zhao"].user_id,
        )
        assert (customer.channel, customer.awareness, customer.marketing_opt_in) == (
            "自然到访",
            "路过",
            True,
        )
        assert customer.consent_at == NOW
        visit = s.scalars(select(Visit)).one()
        assert (visit.party_size, visit.note, visit.kind) == (2, "3F 120m2", "first")
        turn = s.scalars(select(RotationTurn)).one()
        assert turn.user_id == office["zhao"].user_id


def test_a_known_phone_is_a_return_visit_to_its_owner(qtbot, desk_ctx, database, office):
    first = seed_customer(database, office["li"], "13900001111", "王芳")
    changes = []
    desk_ctx.changed.connect(changes.append)
    dialog = shown(qtbot, desk_ctx)
    qtbot.keyClicks(dialog.phone, "139-0000-1111")
    qtbot.waitUntil(lambda: "已是客户：王芳" in dialog.match_label.text())
    text = dialog.match_label.text()
    assert "归属 李顾问" in text and "复访" in text
    assert "139" not in text  # the desk does not see the full number of someone else's customer
    assert dialog.kind.currentText() == "复访"
    assert dialog.consultant.currentText() == "李顾问" and not dialog.consultant.isEnabled()
    # Typing on to a different number hands the visitor back to the rotation.
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.phone, "2")
    qtbot.waitUntil(lambda: "新客户" in dialog.match_label.text())
    assert dialog.consultant.isEnabled() and dialog.consultant.currentText() == "赵顾问"
    assert dialog.kind.currentText() == "首访"
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.phone, "1")
    qtbot.waitUntil(lambda: "已是客户：王芳" in dialog.match_label.text())
    dialog.channel.setCurrentText("自然到访")
    dialog.consent.setChecked(True)
    dialog.phone.setFocus()
    with qtbot.waitSignal(dialog.registered) as signal:
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert signal.args == [first]
    assert count(database, Customer) == 1 and count(database, Visit) == 2
    assert changes
    assert {Topic.CUSTOMERS, Topic.VISITS} <= changes[-1].topics
    # Its owner receives a known customer: no rotation turn taken, no points.
    assert Topic.ROTATION not in changes[-1].topics
    assert Topic.REFERRALS not in changes[-1].topics
    assert dialog.result_text() == "已登记老客户复访，由 李顾问 接待"


def test_a_relatives_phone_shows_the_linked_customer(qtbot, desk_ctx, database, office):
    customer_id = seed_customer(database, office["li"], "13900001111", "王芳")
    with session_scope(database, Actor.system()) as s:
        phone = parse_phone("13700002222")
        s.add(
            CustomerRelative(
                customer_id=customer_id,
                relation=Relation.SPOUSE.value,
                name="陈刚",
                phone=phone.text,
                phone_key=phone.key,
            )
        )
    dialog = shown(qtbot, desk_ctx)
    qtbot.keyClicks(dialog.phone, "13700002222")
    qtbot.waitUntil(lambda: "配偶" in dialog.match_label.text())
    assert "是客户“王芳”的配偶（陈刚）" in dialog.match_label.text()
    assert dialog.consultant.currentText() == "李顾问"


def test_masked_and_virtual_numbers_are_flagged(qtbot, desk_ctx, database, office):
    seed_customer(database, office["li"], "13812345678", "张伟")
    dialog = shown(qtbot, desk_ctx)
    qtbot.keyClicks(dialog.phone, "138****5678")
    qtbot.waitUntil(lambda: "渠道隐号" in dialog.match_label.text())
    text = dialog.match_label.text()
    assert "可能是 张伟（138****5678，李顾问）" in text
    assert dialog.kind.currentText() == "首访"
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "13812345678#66")
    qtbot.waitUntil(lambda: "虚拟号" in dialog.match_label.text())
    assert "新客户" in dialog.match_label.text()


def test_a_masked_number_match_is_confirmed_or_rejected_at_the_desk(
    qtbot, desk_ctx, database, office
):
    """Issue 13: 137****0000 for 张三, then for 李四 — the desk rejects the match: two people."""
    zhang = seed_customer(database, office["li"], "137****0000", "张三")
    dialog = shown(qtbot, desk_ctx)
    assert dialog.same_box.isHidden()
    qtbot.keyClicks(dialog.phone, "137****0000")
    qtbot.waitUntil(lambda: "可能是" in dialog.match_label.text())
    assert "可能是 张三（137****0000，李顾问）" in dialog.match_label.text()
    assert "确认是否同一人" in dialog.match_label.text()
    assert dialog.same.isVisible()
    label = dialog.match_label  # the whole 判客 line shows, however many lines it wraps to
    assert label.height() >= label.heightForWidth(label.width())
    assert [dialog.same.itemText(i) for i in range(dialog.same.count())] == [
        "（请确认：是否同一人？）",
        "是 张三（137****0000，李顾问）",
        "都不是，登记为新客户",
    ]
    dialog.channel.setCurrentIndex(dialog.channel.findData("自然到访"))
    commit_text(dialog.name, "李四")
    dialog.consent.setChecked(True)
    # Undecided: refused beside the list, nothing written.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors.message("same_customer_id")))
    assert "张三" in dialog.errors.message("same_customer_id")
    assert dialog.same.hasFocus()
    assert count(database, Customer) == 1
    # Rejected with the keyboard: 李四 is a new customer, 张三 keeps his name.
    press(qtbot, Qt.Key.Key_Down, 2)
    assert dialog.same.currentText() == "都不是，登记为新客户"
    assert dialog.kind.currentText() == "首访" and dialog.consultant.isEnabled()
    with qtbot.waitSignal(dialog.registered) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] != zhang
    with session_scope(database) as s:
        names = {row.id: row.name for row in s.execute(select(Customer.id, Customer.name))}
    assert names == {zhang: "张三", signal.args[0]: "李四"}


def test_confirming_a_masked_match_registers_a_return_visit_of_that_customer(
    qtbot, desk_ctx, database, office
):
    zhang = seed_customer(database, office["li"], "137****0000", "张三")
    dialog = shown(qtbot, desk_ctx)
    qtbot.keyClicks(dialog.phone, "13712340000")
    qtbot.waitUntil(lambda: dialog.same.isVisible())
    tab_to(qtbot, dialog.same)
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.same.currentText() == "是 张三（137****0000，李顾问）"
    assert dialog.kind.currentText() == "复访"
    assert dialog.consultant.currentText() == "李顾问" and not dialog.consultant.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("自然到访"))
    commit_text(dialog.name, "王五")
    dialog.consent.setChecked(True)
    with qtbot.waitSignal(dialog.registered) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] == zhang
    assert "老客户复访，由 李顾问 接待" in dialog.result_text()
    with session_scope(database) as s:
        customer = s.get(Customer, zhang)
        assert customer is not None
        assert (customer.name, customer.phone) == ("张三", "13712340000")
        assert count(database, Customer) == 1


def test_a_former_number_is_shown_as_such(qtbot, desk_ctx, database, office):
    from anjia_desk.services.customer_profile import change_phone

    zhang = seed_customer(database, office["li"], "13812345678", "张伟")
    with session_scope(database, office["boss"]) as s:
        change_phone(s, office["boss"], zhang, "13900003333", reason="换号", now=NOW)
    dialog = shown(qtbot, desk_ctx)
    qtbot.keyClicks(dialog.phone, "13812345678")
    qtbot.waitUntil(lambda: "曾用号码" in dialog.match_label.text())
    assert "是客户“张伟”的曾用号码（2026-03-05 已换为 139****3333，归属 李顾问）" in (
        dialog.match_label.text()
    )
    assert dialog.same.itemText(1).startswith("是 张伟（曾用号码，2026-03-05")


def test_lookup_waits_for_typing_to_pause(qtbot, desk_ctx):
    dialog = shown(qtbot, desk_ctx)
    qtbot.keyClicks(dialog.phone, "1381")
    assert dialog._timer.isActive()
    assert dialog.match_label.text() == "判客：请输入手机号"
    qtbot.waitUntil(lambda: "现在是 4 位" in dialog.match_label.text())


def test_errors_appear_beside_the_fields_and_nothing_is_saved(qtbot, desk_ctx, database):
    dialog = shown(qtbot, desk_ctx)
    notice_height = dialog.notice.height()
    dialog.consultant.setCurrentIndex(0)
    qtbot.keyClicks(dialog.phone, "1381234")
    qtbot.keyClicks(dialog.referrer, "12")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.message("phone") == "手机号应为 11 位，现在是 7 位"
    assert dialog.errors.message("channel") == "请选择来源渠道"
    assert dialog.errors.message("consent").startswith("须客户同意")
    assert dialog.errors.message("referrer_phone").startswith("推荐人")
    assert dialog.message.kind == "error"
    assert dialog.phone.hasFocus()
    # The personal-information notice keeps all its lines, clear of the 姓名 field above it.
    assert dialog.notice.height() >= notice_height
    name_bottom = dialog.name.mapTo(dialog, dialog.name.rect().bottomLeft()).y()
    assert dialog.notice.mapTo(dialog, dialog.notice.rect().topLeft()).y() > name_bottom
    # Fix what was wrong; the consultant is still missing.
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "13812345678")
    dialog.referrer.clear()
    dialog.channel.setCurrentText("展会")
    dialog.consent.setChecked(True)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.errors.message("consultant_id") == "请选择接待顾问"
    assert not dialog.errors.message("phone")
    assert dialog.consultant.hasFocus()
    assert count(database, Customer) == 0


def test_referrer_phone_earns_points(qtbot, desk_ctx, database, office):
    referrer = seed_customer(database, office["li"], "13900001111", "王芳")
    dialog = shown(qtbot, desk_ctx)
    qtbot.keyClicks(dialog.phone, "13812345678")
    dialog.channel.setCurrentText("老带新")
    dialog.consent.setChecked(True)
    qtbot.keyClicks(dialog.referrer, "139 0000 1111")
    changes = []
    desk_ctx.changed.connect(changes.append)
    with qtbot.waitSignal(dialog.registered):
        qtbot.keyClick(dialog.referrer, Qt.Key.Key_Return)
    assert Topic.REFERRALS in changes[-1].topics
    with session_scope(database) as s:
        line = s.scalars(select(ReferralPoint)).one()
        assert line.referrer_id == referrer and line.points == 100


def test_escape_cancels(qtbot, desk_ctx, database):
    dialog = shown(qtbot, desk_ctx)
    qtbot.keyClicks(dialog.phone, "13812345678")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert count(database, Customer) == 0
    assert dialog.result_text() == ""


def test_escape_with_a_name_typed_asks_before_dropping_it(qtbot, desk_ctx, database, fake_dialogs):
    dialog = shown(qtbot, desk_ctx)
    qtbot.keyClicks(dialog.phone, "13812345678")
    commit_text(dialog.name, "张伟")
    fake_dialogs.unsaved_answer = "cancel"
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    assert fake_dialogs.names()[-1] == "save_discard_cancel"
    assert dialog.isVisible() and dialog.name.text() == "张伟"  # nothing lost
    fake_dialogs.unsaved_answer = "save"  # saving checks the form: consent is missing
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(dialog.errors.message("consent")))
    assert dialog.isVisible() and count(database, Customer) == 0
    fake_dialogs.unsaved_answer = "discard"
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    assert count(database, Customer) == 0


def test_open_registration_does_not_block_and_deletes_itself(qtbot, desk_ctx):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = open_registration(desk_ctx, parent)
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    assert dialog.phone.hasFocus() or QApplication.focusWidget() is None
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()


def test_no_duty_list_asks_for_a_consultant(qtbot, database, office, fake_dialogs):
    with session_scope(database, Actor.system()) as s:
        rotation.set_duty_list(s, office["boss"], [], now=NOW)
    dialog = shown(qtbot, context(database, office["desk"], fake_dialogs))
    assert dialog.consultant.currentIndex() == 0
    assert "请选择接待顾问" in dialog.consultant_hint.text()


def test_someone_without_the_right_is_told_so(qtbot, database, office, fake_dialogs):
    dialog = shown(qtbot, context(database, office["cashier"], fake_dialogs))
    qtbot.keyClicks(dialog.phone, "13812345678")
    qtbot.waitUntil(lambda: "没有权限" in dialog.match_label.text())
    dialog.channel.setCurrentText("展会")
    dialog.consent.setChecked(True)
    dialog.consultant.setCurrentText("李顾问")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert "没有权限" in dialog.message.text()
    assert count(database, Customer) == 0


def test_in_the_window_choices_load_and_the_save_runs_in_the_background(
    qtbot, desk_ctx, database, office, fake_dialogs
):
    from anjia_desk.ui.errors import ErrorHandler
    from anjia_desk.ui.tasks import TaskRunner

    first = seed_customer(database, office["li"], "13900001111", "王芳")
    desk_ctx.tasks = TaskRunner(fake_dialogs, error_handler=ErrorHandler(fake_dialogs))
    try:
        dialog = RegistrationDialog(desk_ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.phone.setText("13900001111")
        dialog.run_lookup()  # before the choices arrive: applied once both are in
        # (判客 is audited since issue 14: it runs on the writer, the choices on the reader).
        qtbot.waitUntil(lambda: dialog.consultant.count() > 1 and dialog.lookup is not None)
        assert dialog.consultant.currentText() == "李顾问" and not dialog.consultant.isEnabled()
        dialog.channel.setCurrentText("自然到访")
        dialog.consent.setChecked(True)
        with qtbot.waitSignal(dialog.registered, timeout=5000) as signal:
            dialog.save()
            assert not dialog.save_button.isEnabled()  # until the write is done
        assert signal.args == [first]
    finally:
        desk_ctx.tasks.shutdown(timeout=5)
        desk_ctx.tasks = None


def test_after_registering_the_receptionist_is_told_who_receives_the_visitor(
    qtbot, desk_ctx, database
):
    told: list[str] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = open_registration(desk_ctx, parent, tell=told.append)
    qtbot.keyClicks(dialog.phone, "13812345678")
    dialog.channel.setCurrentText("自然到访")
    dialog.consent.setChecked(True)
    assert dialog.consultant.currentText() == "赵顾问"  # the rotation's next
    with qtbot.waitSignal(dialog.destroyed):
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert told == ["已登记新客户首访，由 赵顾问 接待"]
    assert count(database, Customer) == 1


def test_beyond_the_lookup_limit_the_window_waits_without_freezing(
    qtbot, database, office, fake_dialogs
):
    """Issue 14: beyond the 判客 limit the next lookup waits (here 1 s, settings) on a timer —
    the dialog answers meanwhile — and a lookup sent too soon anyway is refused and retried."""
    import time

    from anjia_desk.db.models import AuditEntry
    from anjia_desk.services import settings

    with session_scope(database, Actor.system()) as s:
        settings.update_settings(s, Actor.system(), {"lookup.limit": 2, "lookup.wait_seconds": 1})
    start = time.monotonic()
    ctx = AppContext(
        database,
        office["desk"],
        dialogs=fake_dialogs,
        clock=lambda: NOW + timedelta(seconds=time.monotonic() - start),
    )
    dialog = shown(qtbot, ctx)

    def look_up(phone: str) -> None:
        dialog.phone.setText(phone)
        dialog.run_lookup()

    def audited() -> int:
        with session_scope(database) as s:
            query = select(func.count()).where(AuditEntry.action == "lookup")
            return s.scalar(query) or 0

    for phone in ("13800000001", "13800000002"):
        look_up(phone)
        qtbot.waitUntil(lambda: "新客户" in dialog.match_label.text())
    began = time.monotonic()
    look_up("13800000003")
    assert time.monotonic() - began < 0.5  # nothing blocks: the timer waits
    assert "查询过于频繁" in dialog.match_label.text()
    assert audited() == 2
    qtbot.waitUntil(lambda: "新客户" in dialog.match_label.text(), timeout=3000)
    assert audited() == 3
    assert time.monotonic() - began >= 0.9
    dialog._ready_at = 0.0  # as if the window had not waited: the service refuses it
    look_up("13800000004")
    assert "查询过于频繁" in dialog.match_label.text()
    assert audited() == 3
    qtbot.waitUntil(lambda: "新客户" in dialog.match_label.text(), timeout=3000)
    assert audited() == 4


def test_referrer_lookups_count_and_the_wait_shows_beside_the_field(
    qtbot, desk_ctx, database, office
):
    """Issue 14: each referrer tried on a registration is a lookup like 判客 — audited although
    the registration is refused — and beyond the limit the next one is refused beside the
    referrer's field (the dialog never sleeps)."""
    import time

    from anjia_desk.db.models import AuditEntry
    from anjia_desk.services import settings

    with session_scope(database, Actor.system()) as s:
        settings.update_settings(s, Actor.system(), {"lookup.limit": 3, "lookup.wait_seconds": 30})
    dialog = shown(qtbot, desk_ctx)
    dialog.phone.setText("13812345678")
    dialog.run_lookup()  # 判客 of the visitor: the first lookup
    assert "新客户" in dialog.match_label.text()
    dialog.channel.setCurrentText("老带新")
    dialog.consent.setChecked(True)

    def save_with(referrer: str) -> None:
        dialog.referrer.setText(referrer)
        qtbot.keyClick(dialog.referrer, Qt.Key.Key_Return)

    for referrer in ("13800000001", "13800000002"):
        save_with(referrer)
        assert dialog.errors.message("referrer_phone").startswith("推荐人手机号还不是")
    began = time.monotonic()
    save_with("13800000003")
    assert time.monotonic() - began < 1  # refused at once, not slept through
    assert dialog.errors.message("referrer_phone") == "查询过于频繁，请 30 秒后再试"
    assert "30 秒后再保存" in dialog.message.text()
    assert dialog.save_button.isEnabled() and dialog.isVisible()
    with session_scope(database) as s:
        lines = list(s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "lookup")))
    assert lines == [
        "判客 138****5678：不是已有客户",
        "推荐人查询 138****0001：不是已有客户",
        "推荐人查询 138****0002：不是已有客户",
    ]
    assert count(database, Customer) == 0
