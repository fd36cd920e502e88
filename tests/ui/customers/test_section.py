"""客户: search as you type, filters, header sorting, lazy pages, claim, bulk transfer, 撞单."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer, Dispute
from anjia_desk.services import customer_state as cs
from anjia_desk.services import customers as svc
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.services.users import add_user
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers import disputes_page, filters, window
from anjia_desk.ui.customers.list_model import PAGE_SIZE
from anjia_desk.ui.customers.list_page import CustomersPage
from anjia_desk.ui.customers.section import CustomersSection

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


def staff(database: Database, username: str, name: str, role: Role) -> Actor:
    with session_scope(database, Actor.system()) as s:
        row = add_user(
            s, Actor.system(), username=username, display_name=name, roles=[role], password=None
        )
    return Actor(user_id=row.id, username=username, display_name=name, roles=frozenset({role}))


def customer(
    database: Database, name: str, phone: str, owner: Actor | None, *, days_ago: int = 1
) -> int:
    with session_scope(database, Actor.system()) as s:
        rule = cs.rules(s)
        c = Customer(grade="B", channel="自然到访")
        cs.set_name(c, name)
        cs.set_phone(c, parse_phone(phone))
        s.add(c)
        s.flush()
        at = NOW - timedelta(days=days_ago)
        if owner is not None:
            cs.set_owner(
                s,
                Actor.system(),
                c,
                owner.user_id,
                kind="register",
                today=rule.local_date(at),
                rule=rule,
            )
        cs.record_contact(c, at=at, kind="visit", rule=rule)
        return c.id


@pytest.fixture
def people(database: Database) -> dict[str, Actor]:
    return {
        "wang": staff(database, "wang", "王芳", Role.CONSULTANT),
        "li": staff(database, "li", "李强", Role.CONSULTANT),
        "boss": staff(database, "boss", "周经理", Role.SITE_MANAGER),
    }


@pytest.fixture
def customers(database: Database, people: dict[str, Actor]) -> dict[str, int]:
    return {
        "zhang": customer(database, "张三", "13812345678", people["wang"]),
        "zeng": customer(database, "曾小贤", "13900001111", people["li"], days_ago=2),
        "xie": customer(database, "解晓东", "15000005678", people["wang"], days_ago=60),
    }


def make_page(qtbot, database: Database, actor: Actor, fake_dialogs) -> CustomersPage:
    ctx = AppContext(database, actor, dialogs=fake_dialogs, clock=lambda: NOW)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def names(page: CustomersPage) -> list[str]:
    return [page.model.data(page.model.index(i, 0)) for i in range(page.model.rowCount())]


def type_chinese(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_the_list_and_search_as_you_type(
    qtbot, database, people, customers, fake_dialogs, qtmodeltester
) -> None:
    page = make_page(qtbot, database, people["li"], fake_dialogs)
    qtmodeltester.check(page.model)
    assert names(page) == ["张三", "曾小贤", "解晓东"]  # last contact, newest first
    assert page.count_label.text() == "共 3 位客户"
    # 李强 does not own 张三: the phone is masked; 解晓东's protection lapsed: the pool.
    assert page.model.data(page.model.index(0, 1)) == "138****5678"
    assert page.model.data(page.model.index(1, 1)) == "13900001111"
    assert page.model.data(page.model.index(2, 3)) == "王芳（公客池）"

    qtbot.keyClicks(page.search, "zxx")  # 曾 reads z as a surname
    qtbot.waitUntil(lambda: names(page) == ["曾小贤"], timeout=2000)
    page.search.clear()
    qtbot.keyClicks(page.search, "5678")  # 尾号
    qtbot.waitUntil(lambda: names(page) == ["张三", "解晓东"], timeout=2000)
    page.search.clear()
    type_chinese(page.search, "张")
    qtbot.waitUntil(lambda: names(page) == ["张三"], timeout=2000)
    assert page.count_label.text() == "共 1 位客户"


def test_filters_and_header_sorting(qtbot, database, people, customers, fake_dialogs) -> None:
    page = make_page(qtbot, database, people["wang"], fake_dialogs)
    page.pool_check.setChecked(True)
    assert names(page) == ["解晓东"]
    page.pool_check.setChecked(False)
    page.mine_check.setChecked(True)
    assert names(page) == ["张三", "解晓东"]
    page.mine_check.setChecked(False)
    page.owner_box.setCurrentIndex(page.owner_box.findData(people["li"].user_id))
    assert names(page) == ["曾小贤"]
    page.owner_box.setCurrentIndex(0)
    header = page.table.horizontalHeader()
    # 姓名 sorts ascending first, a second click reverses.
    name_header = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)
    assert page.sort_key == "name" and not page.descending
    assert sorted(names(page)) == names(page)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)
    assert page.descending and names(page) == sorted(names(page), reverse=True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    page.model.sort(7, Qt.SortOrder.AscendingOrder)  # the model's own sort asks SQL too
    assert page.sort_key == "visits" and not page.descending


def test_rows_are_fetched_a_page_at_a_time(qtbot, database, people, fake_dialogs) -> None:
    from sqlalchemy import insert

    with session_scope(database, Actor.system()) as s:
        s.execute(
            insert(Customer),
            [
                {"name": f"客户{i}", "name_initials": "kh", "phone": f"137{i:08d}", "grade": "C"}
                for i in range(PAGE_SIZE * 3)
            ],
        )
    page = make_page(qtbot, database, people["boss"], fake_dialogs)
    assert page.model.rowCount() == PAGE_SIZE * 3
    qtbot.waitUntil(lambda: page.model.fetches >= 1)  # the view painted its visible rows
    shown = page.model.fetches
    assert shown <= 2  # never all three pages
    page.model.data(page.model.index(PAGE_SIZE * 3 - 1, 0))
    assert page.model.fetches == shown + 1


def test_open_a_customer_with_enter_or_double_click(
    qtbot, database, people, customers, fake_dialogs, monkeypatch
) -> None:
    opened: list[int] = []
    monkeypatch.setattr(
        window, "open_customer", lambda ctx, customer_id, parent=None: opened.append(customer_id)
    )
    page = make_page(qtbot, database, people["wang"], fake_dialogs)
    page.table.setFocus()
    page.select_customer(customers["zeng"])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [customers["zeng"]]
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [customers["zeng"], customers["zhang"]]


def test_claim_from_the_pool(qtbot, database, people, customers, fake_dialogs) -> None:
    page = make_page(qtbot, database, people["li"], fake_dialogs)
    page.select_customer(customers["zhang"])
    assert not page.claim_button.isEnabled()  # protected for 王芳
    page.select_customer(customers["xie"])
    assert page.claim_button.isEnabled()
    with qtbot.waitSignal(page.ctx.changed):
        qtbot.mouseClick(page.claim_button, Qt.MouseButton.LeftButton)
    assert "已认领 解晓东" in page.message.text()
    row = page.model.row_of(customers["xie"])
    assert row is not None
    assert page.model.data(page.model.index(row, 3)) == "李强"
    assert page.model.data(page.model.index(row, 1)) == "15000005678"  # now his: unmasked


def test_site_manager_transfers_selected_customers(
    qtbot, database, people, customers, fake_dialogs
) -> None:
    page = make_page(qtbot, database, people["boss"], fake_dialogs)
    assert page.reassign_button.isVisible()
    assert not page.claim_button.isVisible()
    page.select_customer(customers["zhang"])
    qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    dialog = page.reassign_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.from_user_id() == people["wang"].user_id
    assert dialog.selected_radio.isChecked()
    dialog.to_box.setCurrentIndex(dialog.to_box.findData(people["li"].user_id))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("reason") == "请填写转移原因"
    type_chinese(dialog.reason, "客户要求更换顾问")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.reassign_dialog is None)
    assert "已把 1 位客户从 王芳 转给 李强" in page.message.text()
    row = page.model.row_of(customers["zhang"])
    assert page.model.data(page.model.index(row, 3)) == "李强"  # type: ignore[arg-type]
    assert fake_dialogs.names() == []  # a selection needs no confirmation


def test_site_manager_transfers_all_after_confirming(
    qtbot, database, people, customers, fake_dialogs
) -> None:
    page = make_page(qtbot, database, people["boss"], fake_dialogs)
    page.open_reassign()
    dialog = page.reassign_dialog
    assert dialog is not None and dialog.all_radio.isChecked()
    dialog.from_box.setCurrentIndex(dialog.from_box.findData(people["wang"].user_id))
    dialog.to_box.setCurrentIndex(dialog.to_box.findData(people["li"].user_id))
    type_chinese(dialog.reason, "离职交接")
    fake_dialogs.confirm_answer = False
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.reassign_dialog is dialog  # declined: nothing moved, the dialog stays
    fake_dialogs.confirm_answer = True
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.reassign_dialog is None)
    assert "已把 2 位客户" in page.message.text()


def test_rule_a_dispute(qtbot, database, people, customers, fake_dialogs, qtmodeltester) -> None:
    with session_scope(database, people["li"]) as s:
        svc.raise_dispute(s, people["li"], customers["zhang"], "我先接待的", now=NOW)
    ctx = AppContext(database, people["boss"], dialogs=fake_dialogs, clock=lambda: NOW)
    section = CustomersSection(ctx)
    qtbot.addWidget(section)
    section.show()
    assert section.tab_titles() == ["客户列表", "撞单裁定"]
    section.setCurrentIndex(1)
    page = section.disputes_page
    assert page is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtmodeltester.check(page.model)
    page.table.selectRow(0)
    assert page.winner_box.count() == 2
    page.winner_box.setCurrentIndex(page.winner_box.findData(people["li"].user_id))
    qtbot.mouseClick(page.rule_button, Qt.MouseButton.LeftButton)
    assert page.errors.message("reason") == "请填写裁定理由"
    type_chinese(page.reason, "来访登记显示李强先接待")
    with qtbot.waitSignal(ctx.changed):
        qtbot.mouseClick(page.rule_button, Qt.MouseButton.LeftButton)
    assert "归申请顾问 李强" in page.message.text()
    assert page.model.rowCount() == 0
    page.open_only.setChecked(False)
    assert page.model.data(page.model.index(0, 5)) == "已裁定"
    with session_scope(database) as s:
        dispute = s.query(Dispute).one()
        assert dispute.ruling_reason == "来访登记显示李强先接待"
        assert s.get(Customer, customers["zhang"]).owner_id == people["li"].user_id  # type: ignore[union-attr]


def test_consultants_see_no_ruling_tab(qtbot, database, people, fake_dialogs) -> None:
    ctx = AppContext(database, people["wang"], dialogs=fake_dialogs, clock=lambda: NOW)
    section = CustomersSection(ctx)
    qtbot.addWidget(section)
    assert section.tab_titles() == ["客户列表"]
    assert filters.SEARCH_DELAY_MS <= 200


def test_the_list_reloads_on_customers_and_not_on_an_unrelated_write(
    qtbot, database, people, customers, fake_dialogs, monkeypatch
) -> None:
    from anjia_desk.services.calendar import save_year

    page = make_page(qtbot, database, people["li"], fake_dialogs)
    assert page.sources == {Topic.CUSTOMERS, Topic.USERS, Topic.SETTINGS}
    loads: list[int] = []
    original = page._choices_loaded
    monkeypatch.setattr(page, "_choices_loaded", lambda c: (loads.append(1), original(c)))
    ops.write(
        page.ctx,
        lambda s, a: svc.claim_customer(s, a, customers["xie"], now=NOW),
        parent=None,
    )
    assert loads == [1]
    row = page.model.row_of(customers["xie"])
    assert page.model.data(page.model.index(row, 3)) == "李强"  # type: ignore[arg-type]

    ops.write(page.ctx, lambda s, a: save_year(s, Actor.system(), 2031, []), parent=None)
    assert loads == [1]


def test_the_rulings_reload_on_disputes_and_not_on_an_unrelated_write(
    qtbot, database, people, customers, fake_dialogs, monkeypatch
) -> None:
    from anjia_desk.services.calendar import save_year

    ctx = AppContext(database, people["boss"], dialogs=fake_dialogs, clock=lambda: NOW)
    page = disputes_page.DisputesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.sources == {Topic.DISPUTES, Topic.CUSTOMERS, Topic.SETTINGS}
    assert page.model.rowCount() == 0
    fills: list[int] = []
    original = page._fill
    monkeypatch.setattr(page, "_fill", lambda *a: (fills.append(1), original(*a)))
    ops.write(
        ctx,
        lambda s, a: svc.raise_dispute(s, people["li"], customers["zhang"], "我先接待的", now=NOW),
        parent=None,
    )
    assert fills == [1]
    assert page.model.rowCount() == 1

    ops.write(ctx, lambda s, a: save_year(s, Actor.system(), 2031, []), parent=None)
    assert fills == [1]
