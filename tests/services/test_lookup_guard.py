"""Issue 14 (enumeration): 判客 lookups are audited; beyond the limit (20 in 10 minutes without a
registration, settings) each further lookup must wait (2 s) and the site manager gets a to-do.
Before, a consultant learnt another's customer's full number by trying the hidden middle
digits through 判客: 8,746 lookups in 3.9 s, nothing audited, nothing slowed down."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import VisitForm
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry
from anjia_desk.services import reception, settings
from anjia_desk.services.context import Actor
from anjia_desk.services.lookup_guard import LookupWait
from anjia_desk.services.workbench import TodoKind, todo_for
from tests.helpers import add_actor

NOW = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
SECRET = "13824681357"  # 乙顾问's customer's number; 甲 sees it as 138****1357


@pytest.fixture
def office(session: Session) -> dict[str, Actor]:
    people = {
        "jia": add_actor(session, "jia", "甲顾问", Role.CONSULTANT),
        "yi": add_actor(session, "yi", "乙顾问", Role.CONSULTANT),
        "boss": add_actor(session, "boss", "周经理", Role.SITE_MANAGER),
    }
    register(session, Actor.system(), SECRET, people["yi"], NOW - timedelta(days=1))
    register(session, Actor.system(), "13911112222", people["jia"], NOW - timedelta(days=1))
    return people


def register(session: Session, actor: Actor, phone: str, consultant: Actor, at: datetime) -> int:
    form = VisitForm(
        phone=phone, name="访客", channel="自然到访", consent=True, consultant_id=consultant.user_id
    )
    return reception.register_visit(session, actor, form, now=at).customer_id


def lookups(session: Session) -> list[AuditEntry]:
    session.flush()
    query = select(AuditEntry).where(AuditEntry.action == "lookup").order_by(AuditEntry.id)
    return list(session.scalars(query))


def test_each_lookup_is_one_audit_line_masked_unless_it_is_ones_own(session, office) -> None:
    jia = office["jia"]
    reception.lookup_phone(session, jia, SECRET, now=NOW)
    reception.lookup_phone(session, jia, "13911112222", now=NOW + timedelta(seconds=5))
    reception.lookup_phone(session, jia, "13700000000", now=NOW + timedelta(seconds=9))
    reception.lookup_phone(session, jia, "1382468", now=NOW + timedelta(seconds=12))  # not a number
    lines = lookups(session)
    assert [line.summary for line in lines] == [
        f"判客 138****1357：已是客户（编号 {lines[0].entity_id}）",
        f"判客 13911112222：已是客户（编号 {lines[1].entity_id}）",
        "判客 137****0000：不是已有客户",
    ]
    assert all(line.user_id == jia.user_id and line.actor == "甲顾问" for line in lines)
    assert SECRET not in " ".join(line.summary for line in lines)


def test_beyond_the_limit_each_further_lookup_waits(session, office) -> None:
    jia = office["jia"]
    at = NOW
    for middle in range(20):  # trying the hidden digits one after another
        result = reception.lookup_phone(session, jia, f"138{middle:04d}1357", now=at)
        at += timedelta(milliseconds=100)
    assert result.wait_next == 2.0  # the 21st must wait 2 s
    with pytest.raises(LookupWait) as refused:
        reception.lookup_phone(session, jia, "13800211357", now=at)
    assert 1.8 <= refused.value.seconds <= 2.0
    assert refused.value.message == "查询过于频繁，请 2 秒后再查"
    assert len(lookups(session)) == 20  # the refused one looked nothing up
    at += timedelta(seconds=2)
    assert reception.lookup_phone(session, jia, "13800211357", now=at).phone is not None
    with pytest.raises(LookupWait):
        reception.lookup_phone(session, jia, "13800221357", now=at + timedelta(seconds=1.5))
    # At 2 s a lookup, 1,000 tries take over half an hour instead of 0.4 s.
    assert len(lookups(session)) == 21
    # Others are not slowed down by it.
    yi = office["yi"]
    assert reception.lookup_phone(session, yi, SECRET, now=at).wait_next == 0


def test_a_registration_clears_the_count_and_old_lookups_fall_out(session, office) -> None:
    jia = office["jia"]
    at = NOW
    for middle in range(20):
        reception.lookup_phone(session, jia, f"138{middle:04d}1357", now=at)
        at += timedelta(seconds=1)
    register(session, jia, "13600001111", jia, at)  # a visitor looked up and registered
    assert reception.lookup_phone(session, jia, "13600002222", now=at).wait_next == 0
    for _ in range(19):  # 20 since the registration
        at += timedelta(seconds=1)
        result = reception.lookup_phone(session, jia, "13600003333", now=at)
    assert result.wait_next == 2.0
    later = at + timedelta(minutes=10, seconds=1)  # the window has passed
    assert reception.lookup_phone(session, jia, "13600003333", now=later).wait_next == 0


def test_the_numbers_are_settings(session, office) -> None:
    jia = office["jia"]
    settings.update_settings(
        session,
        Actor.system(),
        {"lookup.limit": 3, "lookup.window_minutes": 1, "lookup.wait_seconds": 5},
    )
    at = NOW
    for _ in range(3):
        result = reception.lookup_phone(session, jia, SECRET, now=at)
    assert result.wait_next == 5.0
    with pytest.raises(LookupWait):
        reception.lookup_phone(session, jia, SECRET, now=at + timedelta(seconds=4))
    assert reception.lookup_phone(session, jia, SECRET, now=at + timedelta(minutes=1, seconds=1))


def test_the_site_manager_gets_a_to_do_naming_the_person_and_the_count(session, office) -> None:
    jia, boss = office["jia"], office["boss"]
    at = NOW
    for middle in range(23):
        reception.lookup_phone(session, jia, f"138{middle:04d}1357", now=at)
        at += timedelta(seconds=2)
    assert todo_for(session, jia, now=at).counts[TodoKind.LOOKUPS] == 0  # not the consultant's
    todo = todo_for(session, boss, now=at)
    assert todo.counts[TodoKind.LOOKUPS] == 1
    [item] = todo.items_of(TodoKind.LOOKUPS)
    assert item.owner_name == "甲顾问" and item.ref_id == jia.user_id
    assert item.detail.startswith("甲顾问 今天判客查询 23 次未登记来访，其中 3 次超过")
    assert "10 分钟内 20 次" in item.detail
    assert todo_for(session, boss, now=at + timedelta(days=1)).counts[TodoKind.LOOKUPS] == 0


def test_the_command_line_has_no_lookup_and_is_not_counted(session, office) -> None:
    from pathlib import Path

    from anjia_desk import cli

    source = Path(cli.__file__).read_text(encoding="utf-8")
    assert "lookup_phone" not in source and "判客" not in source
    for _ in range(30):  # the built-in administrator (scripts, tests) is audited, not slowed
        assert reception.lookup_phone(session, Actor.system(), SECRET, now=NOW).wait_next == 0
    assert len(lookups(session)) == 30


def test_possible_and_relatives_matches_are_said_in_the_line(session, office) -> None:
    from anjia_desk.services.customer_profile import add_relative

    jia = office["jia"]
    [own] = reception.lookup_phone(session, jia, "13911112222", now=NOW).matches
    add_relative(session, jia, own.customer_id, relation="spouse", name="配偶", phone="13633334444")
    reception.lookup_phone(session, jia, "13633334444", now=NOW)
    reception.lookup_phone(session, jia, "138****1357", now=NOW + timedelta(seconds=1))
    theirs = lookups(session)[-1].summary
    assert lookups(session)[-2].summary == (
        f"判客 136****4444：已是客户（编号 {own.customer_id}）（亲属的号码）"
    )
    assert theirs.startswith("判客 138****1357：可能是 1 位客户（编号 ")
    assert theirs.endswith("待确认")
