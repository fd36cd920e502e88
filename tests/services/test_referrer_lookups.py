"""Issue 14 (enumeration), the referrer's path: a referrer is found by their full phone — on a
来访登记 and when linking one later (补登推荐人) — so "推荐人手机号还不是本案场的客户" against a
registration told whether a number is a customer's. Before, trying the hidden middle digits of
another consultant's customer's masked number as referrers was free: the refused registration was
rolled back with its lookup, nothing audited, nothing counted. Now each referrer lookup is one
audit line and one row of 判客's tally, kept although the registration or link is refused; beyond
the limit each further one must wait, and the site manager's to-do counts them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from anjia_desk.core.customers import VisitForm
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry, Customer, LookupTally
from anjia_desk.db.refusals import keep_after_rollback
from anjia_desk.services import audit, reception, referrals
from anjia_desk.services.context import Actor
from anjia_desk.services.lookup_guard import FieldWait
from anjia_desk.services.workbench import TodoKind, todo_for
from tests.helpers import add_actor

NOW = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
SECRET = "13824681357"  # 乙顾问's customer's number; 甲 sees it as 138****1357
VISITOR = "13500001111"  # a new visitor 甲 registers, naming a "referrer"
NOT_FOUND = "推荐人手机号还不是本案场的客户，请核对"


def run(database: Database, actor: Actor, work: Callable[[Any], Any]) -> Any:
    """One unit of work as the window runs it: the refusal (an exception) is returned."""
    try:
        with session_scope(database, actor) as session:
            return work(session)
    except UserError as exc:
        return exc


@pytest.fixture
def office(database: Database) -> dict[str, Any]:
    with session_scope(database, Actor.system()) as session:
        people: dict[str, Any] = {
            "jia": add_actor(session, "jia", "甲顾问", Role.CONSULTANT),
            "yi": add_actor(session, "yi", "乙顾问", Role.CONSULTANT),
            "boss": add_actor(session, "boss", "周经理", Role.SITE_MANAGER),
        }
        system = Actor.system()
        people["secret_id"] = visit(session, system, SECRET, people["yi"], NOW - timedelta(days=1))
        people["own_id"] = visit(session, system, "13911112222", people["jia"], NOW - timedelta(1))
    return people


def visit(
    session: Any, actor: Actor, phone: str, consultant: Actor, at: datetime, referrer: str = ""
) -> int:
    form = VisitForm(
        phone=phone,
        name="访客",
        channel="自然到访",
        consent=True,
        consultant_id=consultant.user_id,
        referrer_phone=referrer,
    )
    return reception.register_visit(session, actor, form, now=at).customer_id


def lookup_lines(database: Database) -> list[AuditEntry]:
    with database.sessions() as session:
        query = select(AuditEntry).where(AuditEntry.action == "lookup").order_by(AuditEntry.id)
        return list(session.scalars(query))


def tally(database: Database, user_id: int | None) -> list[LookupTally]:
    with database.sessions() as session:
        return list(session.scalars(select(LookupTally).where(LookupTally.user_id == user_id)))


def try_registration(
    database: Database, actor: Actor, referrer: str, at: datetime, visitor: str = VISITOR
) -> Any:
    """`actor` registers a new visitor, received by themselves, naming `referrer`."""
    return run(database, actor, lambda s: visit(s, actor, visitor, actor, at, referrer=referrer))


def test_failed_referrers_on_registrations_are_audited_counted_and_slowed(database, office) -> None:
    jia, boss = office["jia"], office["boss"]
    at = NOW
    for middle in range(20):  # the hidden digits tried as "referrers", a second apart
        refused = try_registration(database, jia, f"138{middle:04d}1357", at)
        assert isinstance(refused, ValidationError)
        assert refused.fields == {"referrer_phone": NOT_FOUND}
        at += timedelta(seconds=1)
    # The 21st onwards: refused as too soon, beside the field, unless 2 s apart.
    too_soon = try_registration(database, jia, "13800201357", at - timedelta(milliseconds=500))
    assert isinstance(too_soon, FieldWait)
    assert too_soon.fields == {"referrer_phone": "查询过于频繁，请 2 秒后再试"}
    assert len(lookup_lines(database)) == 20  # the refused one looked nothing up
    for middle in range(20, 25):
        at += timedelta(seconds=2)
        refused = try_registration(database, jia, f"138{middle:04d}1357", at)
        assert isinstance(refused, ValidationError) and not isinstance(refused, FieldWait)
        assert isinstance(
            try_registration(database, jia, "13800991357", at + timedelta(seconds=1)), FieldWait
        )
    lines = lookup_lines(database)
    assert len(lines) == 25  # 25 attempts within 10 minutes, 25 lines, although each rolled back
    assert all(line.user_id == jia.user_id and line.actor == "甲顾问" for line in lines)
    assert lines[0].summary == "推荐人查询 138****1357：不是已有客户"
    assert audit.ACTION_LABELS[lines[0].action] == audit.ACTION_LABELS["lookup"]
    assert sum(row.beyond for row in tally(database, jia.user_id)) == 5
    with database.sessions() as session:  # the visitor was never registered
        assert session.scalar(select(Customer.id).where(Customer.phone == VISITOR)) is None
        todo = todo_for(session, boss, now=at)
    assert todo.counts[TodoKind.LOOKUPS] == 1
    [item] = todo.items_of(TodoKind.LOOKUPS)
    assert item.ref_id == jia.user_id
    assert item.detail.startswith("甲顾问 今天判客查询 25 次未登记来访，其中 5 次超过")


def test_a_registration_with_a_real_referrer_works_and_clears_the_count(database, office) -> None:
    jia = office["jia"]
    at = NOW
    for middle in range(20):
        try_registration(database, jia, f"138{middle:04d}1357", at)
        at += timedelta(seconds=1)
    at += timedelta(seconds=2)
    customer_id = try_registration(database, jia, SECRET, at)  # the right number, after the wait
    assert isinstance(customer_id, int)
    with database.sessions() as session:
        assert session.get(Customer, customer_id).referrer_id == office["secret_id"]  # type: ignore[union-attr]
    last = lookup_lines(database)[-1]
    assert last.summary == f"推荐人查询 138****1357：已是客户（编号 {office['secret_id']}）"
    assert len(lookup_lines(database)) == 21  # one line, not two, for a registration that stood
    assert all(row.registered for row in tally(database, jia.user_id))  # the count is cleared
    # Not slowed any more: the next referrer lookup comes at once.
    again = try_registration(
        database, jia, "13800001357", at + timedelta(milliseconds=100), visitor="13500002222"
    )
    assert isinstance(again, ValidationError) and not isinstance(again, FieldWait)


def test_a_referrer_a_consultant_may_see_is_named_in_full(database, office) -> None:
    jia = office["jia"]
    assert isinstance(try_registration(database, jia, "13911112222", NOW), int)
    assert lookup_lines(database)[-1].summary == (
        f"推荐人查询 13911112222：已是客户（编号 {office['own_id']}）"
    )


def link(database: Database, actor: Actor, customer_id: int, phone: str, at: datetime) -> Any:
    return run(
        database,
        actor,
        lambda s: referrals.link_referrer(s, actor, customer_id, referrer_phone=phone, now=at),
    )


def test_linking_a_referrer_later_is_audited_counted_and_slowed(database, office) -> None:
    jia, own = office["jia"], office["own_id"]
    at = NOW
    for middle in range(25):
        if middle >= 20:
            assert isinstance(link(database, jia, own, "13800991357", at), FieldWait)
            at += timedelta(seconds=2)
        refused = link(database, jia, own, f"138{middle:04d}1357", at)
        assert isinstance(refused, ValidationError) and not isinstance(refused, FieldWait)
        assert refused.fields == {"referrer_phone": "没有这个手机号的客户，请先为推荐人登记"}
        at += timedelta(seconds=1)
    lines = lookup_lines(database)
    assert len(lines) == 25
    assert lines[-1].summary == "推荐人查询 138****1357：不是已有客户"
    with database.sessions() as session:
        todo = todo_for(session, office["boss"], now=at)
    [item] = todo.items_of(TodoKind.LOOKUPS)
    assert item.detail.startswith("甲顾问 今天判客查询 25 次未登记来访，其中 5 次超过")
    # The right number, after the wait: linked, and its lookup is one line.
    at += timedelta(seconds=2)
    assert link(database, jia, own, SECRET, at) == office["secret_id"]
    assert len(lookup_lines(database)) == 26
    with database.sessions() as session:
        assert session.get(Customer, own).referrer_id == office["secret_id"]  # type: ignore[union-attr]


def test_a_link_refused_after_the_lookup_still_counts(database, office) -> None:
    jia, own = office["jia"], office["own_id"]
    refused = link(database, jia, own, "13911112222", NOW)  # the customer themselves
    assert isinstance(refused, ValidationError)
    assert refused.fields == {"referrer_phone": "客户不能推荐自己"}
    assert [line.summary for line in lookup_lines(database)] == [
        f"推荐人查询 13911112222：已是客户（编号 {own}）"
    ]
    assert len(tally(database, jia.user_id)) == 1


def test_the_system_actor_is_audited_not_slowed(database, office) -> None:
    system = Actor.system()
    for middle in range(30):
        refused = run(
            database,
            system,
            lambda s, m=middle: visit(
                s, system, VISITOR, office["jia"], NOW, referrer=f"138{m:04d}1357"
            ),
        )
        assert isinstance(refused, ValidationError) and not isinstance(refused, FieldWait)
    assert len(lookup_lines(database)) == 30
    assert tally(database, None) == []


def test_kept_writes_outlive_a_rollback_once(database) -> None:
    system = Actor.system()

    def line(summary: str) -> Callable[[Any], None]:
        def write(session: Any) -> None:
            audit.record(session, system, "lookup", "customers", None, summary)

        return write

    with session_scope(database, system) as session:  # committed: written once
        keep_after_rollback(session, line("kept, committed"))
        line("kept, committed")(session)
    with pytest.raises(RuntimeError), session_scope(database, system) as session:
        keep_after_rollback(session, line("kept, rolled back"))
        line("kept, rolled back")(session)
        audit.record(session, system, "lookup", "customers", None, "not kept")
        raise RuntimeError("refused")
    assert [entry.summary for entry in lookup_lines(database)] == [
        "kept, committed",
        "kept, rolled back",
    ]
