"""The customer page: header and masking, the profile form with optimistic locking, relatives,
phone change, merge (the merged page closes), deletion on request, printing with preview, 撞单."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry, Customer, Dispute, PhoneChange
from anjia_desk.services import users
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers import window as module
from anjia_desk.ui.customers.window import CustomerDialog, open_customer
from anjia_desk.ui.forms import ReasonDialog
from tests.services.test_customer_profile import NOW, make_customer


def type_chinese(widget: QWidget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def wang(database: Database, admin_actor: Actor) -> Actor:
    with session_scope(database, admin_actor) as s:
        users.add_user(
            s,
            admin_actor,
            username="wangfang",
            display_name="王芳",
            roles=[Role.CONSULTANT.value],
            password="pass-123",
        )
    with session_scope(database) as s:
        return users.login(s, "wangfang", "pass-123")


@pytest.fixture
def li(database: Database, admin_actor: Actor) -> Actor:
    with session_scope(database, admin_actor) as s:
        users.add_user(
            s,
            admin_actor,
            username="lilei",
            display_name="李雷",
            roles=[Role.CONSULTANT.value],
            password="pass-123",
        )
    with session_scope(database) as s:
        return users.login(s, "lilei", "pass-123")


def customer(
    database: Database, actor: Actor, name: str, phone: str, owner: Actor | None, **kw: object
) -> int:
    with session_scope(database, actor) as s:
        return make_customer(s, actor, name, phone, owner, **kw).id  # type: ignore[arg-type]


def audit_actions(database: Database, customer_id: int) -> list[str]:
    with session_scope(database) as s:
        return list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "customers", AuditEntry.entity_id == customer_id)
                .where(AuditEntry.action.in_(["view", "print", "delete"]))
                .order_by(AuditEntry.id)
            )
        )


@pytest.fixture
def zhang(database: Database, admin_actor: Actor, wang: Actor) -> int:
    return customer(database, admin_actor, "张伟", "13812345678", wang)


@pytest.fixture(autouse=True)
def _close_pages(ctx: AppContext):
    ctx.clock = lambda: NOW
    yield
    ctx.dialogs.unsaved_answer = "discard"  # type: ignore[attr-defined]
    for dialog in list(module._OPEN.values()):
        if shiboken6.isValid(dialog):
            dialog.close()
    module._OPEN.clear()


def open_page(qtbot, ctx: AppContext, customer_id: int) -> CustomerDialog:
    ctx.clock = lambda: NOW
    dialog = open_customer(ctx, customer_id)
    qtbot.waitExposed(dialog)
    return dialog


def test_page_shows_the_header_and_tabs_and_records_each_view(
    qtbot, ctx: AppContext, database: Database, zhang: int, qtmodeltester
) -> None:
    page = open_page(qtbot, ctx, zhang)
    assert page.windowTitle() == "客户 — 张伟"
    assert page.phone_label.text() == "13812345678"
    assert "王芳" in page.owner_label.text() and "保护期至" in page.owner_label.text()
    assert page.grade_label.text() == "等级：B 中意向"
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[:3] == ["资料", "亲属", "来访"] and titles[-1] == "历史"
    try:
        import anjia_desk.ui.customers.followups_tab  # noqa: F401
    except ImportError:
        pass
    else:
        assert {"跟进", "风险提示", "老带新"} <= set(titles)
    assert page.visits_model.rowCount() == 1
    for model in (
        page.visits_model,
        page.relatives.model,
        page.history.grades,
        page.history.phones,
        page.history.owners,
    ):
        qtmodeltester.check(model)
    assert page.history.owners.data(page.history.owners.index(0, 1)) == "登记"
    assert open_customer(ctx, zhang) is page  # raised, not opened twice
    assert audit_actions(database, zhang) == ["view"]
    page.reload()
    assert audit_actions(database, zhang) == ["view", "view"]


def test_another_consultant_sees_a_masked_read_only_page_and_may_claim_it(
    qtbot, database: Database, fake_dialogs, zhang: int, li: Actor
) -> None:
    ctx = AppContext(database, li, dialogs=fake_dialogs)  # type: ignore[arg-type]
    page = open_page(qtbot, ctx, zhang)
    assert page.phone_label.text() == "138****5678"
    assert page.profile.phone.text() == "138****5678"
    assert not page.profile.save_button.isEnabled() and not page.profile.name.isEnabled()
    assert not page.relatives.add_box.isEnabled() and not page.phone_button.isEnabled()
    for button in (page.merge_button, page.print_button, page.erase_button):
        assert not button.isEnabled()
    assert page.dispute_button.isEnabled()

    qtbot.mouseClick(page.dispute_button, Qt.MouseButton.LeftButton)
    dialog = page.sub_dialog
    assert isinstance(dialog, ReasonDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "请说明理由" in dialog.errors.message("reason")
    type_chinese(dialog.reason, "上周是我首次接待")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.sub_dialog is None
    assert "撞单申请" in page.message.text()
    with session_scope(database) as s:
        dispute = s.scalar(select(Dispute))
        assert dispute is not None and dispute.claim_reason == "上周是我首次接待"


def test_overdue_shows_red_in_the_header(
    qtbot, ctx: AppContext, database: Database, admin_actor: Actor, wang: Actor
) -> None:
    old = customer(
        database, admin_actor, "老客户", "13900001111", wang, visited=NOW - timedelta(days=400)
    )
    page = open_page(qtbot, ctx, old)
    assert "已逾期" in page.due_label.text()
    assert "#b42318" in page.due_label.styleSheet()
    assert "公客池" in page.owner_label.text()


def test_edit_the_profile_and_save(qtbot, ctx: AppContext, database: Database, zhang: int) -> None:
    page = open_page(qtbot, ctx, zhang)
    form = page.profile
    form.name.clear()
    type_chinese(form.name, "张大伟")
    form.budget.clear()
    qtbot.keyClicks(form.budget, "200-300")
    qtbot.keyClicks(form.birthday, "1990-05-01")
    form.age_band.setCurrentText("25-34岁")
    form.focus_boxes["交通"].setChecked(True)
    form.do_not_disturb.setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "ok", page.message.text()
    with session_scope(database) as s:
        saved = s.get(Customer, zhang)
        assert saved is not None
        assert (saved.name, saved.name_initials, saved.focus) == ("张大伟", "zdw", "交通")
        assert saved.budget_max == 300 and saved.do_not_disturb and saved.age_band == "25-34岁"
    assert page.windowTitle() == "客户 — 张大伟"
    assert form.budget.text() == "200-300"


def test_profile_errors_show_beside_their_fields(
    qtbot, ctx: AppContext, database: Database, zhang: int
) -> None:
    page = open_page(qtbot, ctx, zhang)
    qtbot.keyClicks(page.profile.birthday, "1990-13-40")
    page.save_shortcut.activated.emit()  # Ctrl+S
    assert "格式" in page.profile.errors.message("birthday")
    page.profile.birthday.clear()
    qtbot.keyClicks(page.profile.budget, "300-200")
    qtbot.keyClicks(page.profile.area, "abc")
    qtbot.mouseClick(page.profile.save_button, Qt.MouseButton.LeftButton)
    assert "下限大于上限" in page.profile.errors.message("budget")
    assert "数字" in page.profile.errors.message("area")
    assert page.message.kind == "error"


def test_a_stale_page_does_not_overwrite(
    qtbot, ctx: AppContext, database: Database, admin_actor: Actor, zhang: int
) -> None:
    page = open_page(qtbot, ctx, zhang)
    with session_scope(database, admin_actor) as s:
        row = s.get(Customer, zhang)
        assert row is not None
        row.notes = "别人刚改过"
    type_chinese(page.profile.name, "改")
    page.profile.budget.clear()
    qtbot.keyClicks(page.profile.budget, "200-300")
    typed = page.profile.values()
    qtbot.mouseClick(page.profile.save_button, Qt.MouseButton.LeftButton)
    # Who changed what (issue 15), and the input stays in the form to be saved again.
    assert page.message.kind == "error"
    assert page.message.text() == (
        f"客户“张伟”刚被 {admin_actor.display_name} 修改过（备注），"
        "您的修改未保存：请看过新的资料后再改"
    )
    assert page.profile.values() == typed
    assert (page.profile.name.text(), page.profile.budget.text()) == ("张伟改", "200-300")
    with session_scope(database) as s:
        assert s.get(Customer, zhang).name == "张伟"  # type: ignore[union-attr]


def test_relatives_add_and_remove(
    qtbot, ctx: AppContext, database: Database, zhang: int, fake_dialogs
) -> None:
    page = open_page(qtbot, ctx, zhang)
    tab = page.relatives
    page.tabs.setCurrentWidget(tab)
    tab.relation.setCurrentIndex(0)
    type_chinese(tab.name, "刘丽")
    qtbot.keyClicks(tab.phone, "13812345678")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert "本人" in tab.errors.message("phone")
    tab.phone.clear()
    qtbot.keyClicks(tab.phone, "13900002222")
    qtbot.keyClick(tab.phone, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1
    assert [tab.model.data(tab.model.index(0, c)) for c in range(3)] == [
        "配偶",
        "刘丽",
        "13900002222",
    ]
    assert tab.name.text() == ""
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names() == ["confirm"]
    assert tab.model.rowCount() == 0


def test_change_phone_keeps_history_and_refuses_another_customers_number(
    qtbot, ctx: AppContext, database: Database, admin_actor: Actor, zhang: int, li: Actor
) -> None:
    customer(database, admin_actor, "李娜", "13900004444", li)
    page = open_page(qtbot, ctx, zhang)
    dialog = page.ask_phone_change()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.extra, "13900004444")
    type_chinese(dialog.reason, "换号")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "李娜" in dialog.errors.message("phone") and "合并客户" in dialog.errors.message("phone")
    dialog.extra.clear()
    qtbot.keyClicks(dialog.extra, "139 0000 3333")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.sub_dialog is None
    assert page.phone_label.text() == "13900003333"
    history = page.history.phones
    assert [history.data(history.index(0, c)) for c in (1, 2, 4)] == [
        "13812345678",
        "13900003333",
        "换号",
    ]
    with session_scope(database) as s:
        assert s.scalar(select(PhoneChange.old_phone)) == "13812345678"


def test_change_phone_to_a_masked_number_is_refused_beside_the_field(
    qtbot, ctx: AppContext, database: Database, zhang: int
) -> None:
    page = open_page(qtbot, ctx, zhang)
    dialog = page.ask_phone_change()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.extra, "138****5678")
    type_chinese(dialog.reason, "渠道报的号")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "打码号码" in dialog.errors.message("phone")
    assert page.sub_dialog is dialog and dialog.isVisible()
    assert page.phone_label.text() == "13812345678"
    with session_scope(database) as s:
        assert s.scalar(select(PhoneChange.id)) is None
    dialog.reject()


def test_merge_from_one_page_closes_the_merged_page(
    qtbot,
    ctx: AppContext,
    database: Database,
    admin_actor: Actor,
    zhang: int,
    wang: Actor,
    fake_dialogs,
) -> None:
    other = customer(database, admin_actor, "张伟", "13700005555", wang)
    keep_page = open_page(qtbot, ctx, zhang)
    merged_page = open_page(qtbot, ctx, other)
    dialog = keep_page.ask_merge()
    qtbot.keyClicks(dialog.extra, "abc")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "编号" in dialog.errors.message("merge_id")
    dialog.extra.clear()
    qtbot.keyClicks(dialog.extra, str(other))
    type_chinese(dialog.reason, "同一人")
    fake_dialogs.confirm_answer = False
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert keep_page.sub_dialog is dialog  # not confirmed: nothing happened
    fake_dialogs.confirm_answer = True
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert keep_page.sub_dialog is None
    qtbot.waitUntil(lambda: not merged_page.isVisible())
    assert keep_page.visits_model.rowCount() == 2
    assert keep_page.history.phones.rowCount() == 1
    with session_scope(database) as s:
        assert s.get(Customer, other) is None


def test_erase_asks_for_a_reason_and_confirmation_then_closes(
    qtbot, ctx: AppContext, database: Database, zhang: int, fake_dialogs
) -> None:
    page = open_page(qtbot, ctx, zhang)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    dialog = page.sub_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("reason")
    type_chinese(dialog.reason, "客户本人当面提出")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names() == ["confirm"]
    qtbot.waitUntil(lambda: not page.isVisible())
    with session_scope(database) as s:
        row = s.get(Customer, zhang)
        assert row is not None and row.anonymised_at is not None and row.phone is None
    assert audit_actions(database, zhang)[-1] == "delete"


def test_erase_shows_what_it_removes_before_the_confirmation(
    qtbot, ctx: AppContext, database: Database, zhang: int, fake_dialogs
) -> None:
    """Issue 14: the dialog lists what goes (counts per kind) and the confirmation repeats it;
    declining the confirmation erases nothing."""
    with session_scope(database, Actor.system()) as s:
        other = make_customer(s, None, "李四", "13900000000", None)
        other.notes = "和 138 1234 5678 是同事"
    page = open_page(qtbot, ctx, zhang)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    dialog = page.sub_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "到访" in dialog.preview_label.text())  # type: ignore[attr-defined]
    shown = dialog.preview_label.text()  # type: ignore[attr-defined]
    assert "他人备注中的号码 1 处" in shown and "审计摘要" in shown
    picture = dialog.grab().toImage()  # what a person sees: not a blank dialog
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 4) for y in (20, 60, 100)}
    assert picture.width() > 300 and len(colours) > 2
    # The list arrives after the dialog is shown: it grows to show it whole, not clipped.
    assert dialog.height() >= dialog.minimumSizeHint().height()
    assert dialog.width() >= 560
    type_chinese(dialog.reason, "客户本人当面提出")
    fake_dialogs.confirm_answer = False
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    title, text = fake_dialogs.calls[-1][1][:2]
    assert title == "删除个人信息" and "他人备注中的号码 1 处" in text and "无法恢复" in text
    with session_scope(database) as s:
        assert s.get(Customer, zhang).anonymised_at is None  # declined: nothing erased
    fake_dialogs.confirm_answer = True
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.isVisible())
    with session_scope(database) as s:
        assert s.get(Customer, zhang).anonymised_at is not None
        assert "13812345678" not in s.get(Customer, other.id).notes


def test_print_opens_a_preview_and_is_audited(
    qtbot, ctx: AppContext, database: Database, zhang: int
) -> None:
    page = open_page(qtbot, ctx, zhang)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=15_000)
    preview = page.preview
    assert preview is not None and preview.isVisible()
    pdf: Path = preview.pdf_path  # type: ignore[attr-defined]
    assert pdf.is_file() and "张伟" in pdf.name
    assert audit_actions(database, zhang) == ["view", "print"]
    preview.close()
    qtbot.waitUntil(lambda: not pdf.exists())


def test_opening_a_customer_that_is_gone_says_so(qtbot, ctx: AppContext, fake_dialogs) -> None:
    dialog = open_customer(ctx, 4242)
    assert dialog.detail is None and not dialog.isVisible()
    assert fake_dialogs.names() == ["warning"]
    assert 4242 not in module._OPEN


def test_page_reloads_on_its_data_and_not_on_an_unrelated_write(
    qtbot, ctx: AppContext, database: Database, zhang: int, monkeypatch
) -> None:
    from anjia_desk.services.calendar import save_year

    page = open_page(qtbot, ctx, zhang)
    assert page.sources == {Topic.CUSTOMERS, Topic.VISITS, Topic.USERS, Topic.SETTINGS}
    loads: list[int] = []
    original = page._loaded
    monkeypatch.setattr(page, "_loaded", lambda read: (loads.append(1), original(read)))

    def regrade(s, _actor) -> None:
        row = s.get(Customer, zhang)
        assert row is not None
        row.grade = "A"

    ops.write(ctx, regrade, parent=None)
    assert loads == [1]
    assert page.grade_label.text() == "等级：A 高意向"

    ops.write(ctx, lambda s, a: save_year(s, a, 2031, []), parent=None)
    assert loads == [1]
    assert audit_actions(database, zhang) == ["view", "view"]  # each load is an audited view


def test_in_the_window_the_page_loads_and_saves_in_the_background(
    qtbot, ctx: AppContext, database: Database, zhang: int, fake_dialogs, runner
) -> None:
    page = open_customer(ctx, zhang)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert page.windowTitle() == "客户 — 张伟"
    page.profile.name.clear()
    type_chinese(page.profile.name, "张大伟")
    qtbot.mouseClick(page.profile.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind == "ok")
    qtbot.waitUntil(lambda: page.windowTitle() == "客户 — 张大伟")

    gone = open_customer(ctx, 4242)  # shown at once, closed with a warning when found gone
    qtbot.waitUntil(lambda: fake_dialogs.names() == ["warning"])
    qtbot.waitUntil(lambda: not shiboken6.isValid(gone))  # closed, deleted on close
    assert 4242 not in module._OPEN


def test_closing_with_an_unsaved_note_asks_first(
    qtbot, ctx: AppContext, database: Database, zhang: int, fake_dialogs
) -> None:
    page = open_page(qtbot, ctx, zhang)
    qtbot.waitUntil(lambda: page.detail is not None)
    page.profile.notes.setPlainText("想要南向三居，周末再来")
    fake_dialogs.unsaved_answer = "cancel"
    page.close()
    assert page.isVisible() and fake_dialogs.names()[-1] == "save_discard_cancel"
    assert page.profile.notes.toPlainText() == "想要南向三居，周末再来"  # nothing lost
    fake_dialogs.unsaved_answer = "save"
    page.close()
    qtbot.waitUntil(lambda: not page.profile.unsaved_notes())  # saved and reloaded
    with session_scope(database) as s:
        assert s.get(Customer, zhang).notes == "想要南向三居，周末再来"  # type: ignore[union-attr]
    page.close()  # nothing unsaved now: closes without asking
    assert not page.isVisible()
