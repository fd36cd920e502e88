"""Issue 14: a settled search of the customer list is one audit line when it shows full phones
(services.search_audit): what was searched, how many were found and shown in full."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry
from anjia_desk.services.context import Actor
from anjia_desk.services.customers import CustomerQuery
from anjia_desk.services.search_audit import describe, record_settled_search
from tests.helpers import add_actor
from tests.services.test_search_masking import add

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


def summaries(session: Session) -> list[str]:
    session.flush()
    query = select(AuditEntry.summary).where(AuditEntry.action == "search")
    return list(session.scalars(query.order_by(AuditEntry.id)))


def test_a_line_only_when_full_phones_are_shown(session: Session) -> None:
    jia = add_actor(session, "jia", "甲顾问", Role.CONSULTANT)
    yi = add_actor(session, "yi", "乙顾问", Role.CONSULTANT)
    boss = add_actor(session, "boss", "周经理", Role.SITE_MANAGER)
    add(session, "乙的客户", "13824681357", yi)
    mine = add(session, "甲的客户", "13924681111", jia)
    assert not record_settled_search(session, jia, CustomerQuery(text="1357"), now=NOW)
    assert record_settled_search(session, jia, CustomerQuery(text="2468"), now=NOW)
    query = CustomerQuery(text="13824681357", overdue=True)
    assert record_settled_search(session, boss, query, opened_id=mine, now=NOW) is False
    assert record_settled_search(session, boss, CustomerQuery(text="2468"), opened_id=mine)
    assert record_settled_search(session, Actor.system(), CustomerQuery(), now=NOW)
    assert summaries(session) == [
        "客户列表（搜索“2468”）：1 位，其中 1 位显示完整手机号",
        f"客户列表（搜索“2468”）：2 位，其中 2 位显示完整手机号，打开编号 {mine}",
        "客户列表（全部客户）：2 位，其中 2 位显示完整手机号",
    ]


def test_the_search_in_words() -> None:
    jia = Actor(7, "jia", "甲顾问", frozenset({Role.CONSULTANT}))
    boss = Actor(8, "boss", "周经理", frozenset({Role.SITE_MANAGER}))
    everything = CustomerQuery(
        text="138 2468 1357", grade="A", owner_id=3, channel="展会", overdue=True, pool=True,
        mine=True,
    )  # fmt: skip
    assert describe(jia, everything) == (
        "搜索“138****1357”，A 级，顾问编号 3，渠道 展会，逾期，公客池，我的客户"
    )
    assert describe(boss, CustomerQuery(text="13824681357")) == "搜索“13824681357”"
    assert describe(jia, CustomerQuery(text="  ")) == "全部客户"
