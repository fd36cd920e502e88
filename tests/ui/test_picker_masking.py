"""Issue 14 (enumeration): the CustomerPicker every form uses to find a customer obeys the
masking rule of the list's search — another consultant's customer is found by the digits their
masked number shows, never by the hidden middle ones."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QWidget

from anjia_desk.core.customers import VisitForm
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import reception
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import FieldErrors
from anjia_desk.ui.forms import CustomerPicker
from tests.helpers import add_actor

NOW = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)


def test_the_picker_finds_anothers_customer_only_by_the_shown_digits(
    qtbot, database: Database, fake_dialogs
) -> None:
    with session_scope(database, Actor.system()) as s:
        jia = add_actor(s, "jia", "甲顾问", Role.CONSULTANT)
        yi = add_actor(s, "yi", "乙顾问", Role.CONSULTANT)
        form = VisitForm(
            phone="13824681357", name="乙的客户", channel="自然到访", consent=True,
            consultant_id=yi.user_id,
        )  # fmt: skip
        reception.register_visit(s, Actor.system(), form, now=NOW)
    ctx = AppContext(database, jia, dialogs=fake_dialogs, clock=lambda: NOW)
    holder = QWidget()
    qtbot.addWidget(holder)
    picker = CustomerPicker(ctx, FieldErrors(), holder)

    def search(text: str) -> int:
        picker.search.clear()
        qtbot.keyClicks(picker.search, text)
        picker.look_up()
        return picker.matches.count()

    assert search("2468") == 0  # the hidden middle digits
    assert search("13800001357") == search("13824681357") == 1  # a whole number: by the mask
    assert "138****1357" in picker.matches.itemText(0)
    assert search("1357") == 1
    assert search("1381357") == 1


def test_a_settled_picker_search_showing_full_phones_is_one_audit_line(
    qtbot, database: Database, fake_dialogs
) -> None:
    """Issue 14: the picker's searches are audited like the list's — once settled, not per key;
    a search that shows only masked numbers leaves no line."""
    from sqlalchemy import select

    from anjia_desk.db.models import AuditEntry

    with session_scope(database, Actor.system()) as s:
        jia = add_actor(s, "jia", "甲顾问", Role.CONSULTANT)
        yi = add_actor(s, "yi", "乙顾问", Role.CONSULTANT)
        for phone, owner in (("13824681357", yi), ("13900001357", jia)):
            form = VisitForm(
                phone=phone, name="访客", channel="自然到访", consent=True,
                consultant_id=owner.user_id,
            )  # fmt: skip
            reception.register_visit(s, Actor.system(), form, now=NOW)
    ctx = AppContext(database, jia, dialogs=fake_dialogs, clock=lambda: NOW)
    holder = QWidget()
    qtbot.addWidget(holder)
    picker = CustomerPicker(ctx, FieldErrors(), holder)

    def lines() -> list[str]:
        with session_scope(database) as s:
            query = select(AuditEntry.summary).where(AuditEntry.action == "search")
            return list(s.scalars(query))

    qtbot.keyClicks(picker.search, "138")  # 乙's customer only: masked
    qtbot.waitUntil(lambda: picker.matches.count() == 1)
    picker.settled.settle()
    assert lines() == []
    picker.search.clear()
    qtbot.keyClicks(picker.search, "1357")  # 甲's own customer in full, and 乙's masked
    qtbot.waitUntil(lambda: picker.matches.count() == 2)
    assert lines() == []  # not per keystroke
    qtbot.waitUntil(lambda: len(lines()) == 1, timeout=4000)
    assert lines() == ["选择客户（搜索“1357”）：2 位，其中 1 位显示完整手机号"]
    assert not picker.settled.pending()
