"""Issue 14: the customer list's searches that show full phones are audited — one line per
settled search (1.5 s without typing, or a row opened), not one per keystroke; a search showing
only masked numbers leaves none."""

from __future__ import annotations

from sqlalchemy import select

from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry
from anjia_desk.ui import search_settle
from anjia_desk.ui.customers import window
from tests.ui.customers.test_section import customers, make_page, names, people

__all__ = ["customers", "people"]  # fixtures shared with the section's tests


def search_lines(database: Database) -> list[AuditEntry]:
    with session_scope(database) as s:
        query = select(AuditEntry).where(AuditEntry.action == "search").order_by(AuditEntry.id)
        rows = list(s.scalars(query))
        s.expunge_all()
        return rows


def test_eight_keystrokes_then_a_pause_make_exactly_one_line(
    qtbot, database, people, customers, fake_dialogs
) -> None:
    assert search_settle.SETTLE_MS == 1500
    page = make_page(qtbot, database, people["wang"], fake_dialogs)
    assert page.settle_timer.interval() == 1500
    qtbot.waitUntil(lambda: len(search_lines(database)) == 1, timeout=4000)  # the list as shown
    [shown] = search_lines(database)
    assert shown.summary == "客户列表（全部客户）：3 位，其中 2 位显示完整手机号"
    assert shown.user_id == people["wang"].user_id

    qtbot.keyClicks(page.search, "1381")
    qtbot.wait(300)  # a short pause is still typing
    qtbot.keyClicks(page.search, "2345")  # 8 keystrokes in all
    assert len(search_lines(database)) == 1  # nothing per keystroke
    qtbot.waitUntil(lambda: names(page) == ["张三"], timeout=2000)
    qtbot.waitUntil(lambda: len(search_lines(database)) == 2, timeout=4000)
    assert not page.settle_timer.isActive()  # nothing more is on its way
    line = search_lines(database)[-1]
    assert line.summary == "客户列表（搜索“13812345”）：1 位，其中 1 位显示完整手机号"
    assert line.entity == "customers" and line.entity_id is None
    assert len(search_lines(database)) == 2


def test_opening_a_row_settles_the_search_at_once(
    qtbot, database, people, customers, fake_dialogs, monkeypatch
) -> None:
    opened: list[int] = []
    monkeypatch.setattr(
        window, "open_customer", lambda ctx, customer_id, parent=None: opened.append(customer_id)
    )
    page = make_page(qtbot, database, people["boss"], fake_dialogs)
    page.audit_search()  # the list as first shown, settled now
    qtbot.keyClicks(page.search, "5678")
    qtbot.waitUntil(lambda: names(page) == ["张三", "解晓东"], timeout=2000)
    page.open_customer(customers["zhang"])
    assert opened == [customers["zhang"]]
    lines = search_lines(database)
    assert len(lines) == 2
    assert lines[-1].entity_id == customers["zhang"]
    assert lines[-1].summary == (
        f"客户列表（搜索“5678”）：2 位，其中 2 位显示完整手机号，打开编号 {customers['zhang']}"
    )
    assert not page.settle_timer.isActive()
    page.open_customer(customers["xie"])  # no search pending: the customer page audits the view
    assert len(search_lines(database)) == 2


def test_a_search_showing_only_masked_numbers_leaves_no_line(
    qtbot, database, people, customers, fake_dialogs
) -> None:
    page = make_page(qtbot, database, people["li"], fake_dialogs)
    page.audit_search()
    assert len(search_lines(database)) == 1  # 李强 sees his own 曾小贤 in full
    qtbot.keyClicks(page.search, "5678")  # 王芳's customers only: masked for 李强
    qtbot.waitUntil(lambda: names(page) == ["张三", "解晓东"], timeout=2000)
    page.audit_search()
    assert len(search_lines(database)) == 1
