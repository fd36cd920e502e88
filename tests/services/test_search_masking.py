"""Issue 14 (enumeration): searching by digits finds another consultant's customer only by the
digits their masked number shows (138****5678: the first three, the last four) — on every path
that searches customers by digits. Trying the hidden middle digits finds nothing; a whole
number finds the same customers whatever its middle digits, so 10,000 tries tell nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Customer
from anjia_desk.services import customer_state as cs
from anjia_desk.services import customers as svc
from anjia_desk.services.context import Actor
from tests.helpers import add_actor

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


def add(session: Session, name: str, phone: str, owner: Actor) -> int:
    customer = Customer(channel="自然到访", grade="C", created_at=NOW)
    cs.set_name(customer, name)
    cs.set_phone(customer, parse_phone(phone))
    customer.last_contact_at = NOW
    session.add(customer)
    session.flush()
    rule = cs.rules(session)
    cs.set_owner(
        session, Actor.system(), customer, owner.user_id, kind="register",
        today=rule.today(NOW), rule=rule,
    )  # fmt: skip
    return customer.id


def found(session: Session, actor: Actor, text: str) -> set[int]:
    return set(svc.search_customer_ids(session, actor, svc.CustomerQuery(text=text), now=NOW))


@pytest.fixture
def office(session: Session) -> dict[str, object]:
    a = add_actor(session, "jia", "甲顾问", Role.CONSULTANT)
    b = add_actor(session, "yi", "乙顾问", Role.CONSULTANT)
    boss = add_actor(session, "boss", "周经理", Role.SITE_MANAGER)
    theirs = add(session, "乙的客户", "13824681357", b)
    mine = add(session, "甲的客户", "13924681111", a)
    return {"a": a, "b": b, "boss": boss, "theirs": theirs, "mine": mine}


HIDDEN = ["2468", "8246", "24681", "4681", "8246813", "38246", "82468135"]
SHOWN = ["138", "38", "1357", "357", "1381357", "138 1357"]


def test_hidden_middle_digits_of_anothers_customer_find_nothing(session, office) -> None:
    a, theirs = office["a"], office["theirs"]
    for text in HIDDEN:
        assert theirs not in found(session, a, text), text
    for text in SHOWN:
        assert theirs in found(session, a, text), text


def test_a_whole_number_matches_only_what_the_mask_shows(session, office) -> None:
    a, theirs = office["a"], office["theirs"]
    # Every middle gives the same answer: the right number and a wrong one alike.
    tries = range(0, 10000, 97)
    results = {frozenset(found(session, a, f"138{middle:04d}1357")) for middle in tries}
    results.add(frozenset(found(session, a, "13824681357")))
    assert results == {frozenset({theirs})}
    assert theirs not in found(session, a, "13924681357")  # other first three: not the mask


def test_own_customers_and_the_site_manager_search_any_digits(session, office) -> None:
    a, boss, mine, theirs = office["a"], office["boss"], office["mine"], office["theirs"]
    assert mine in found(session, a, "2468")
    assert found(session, a, "13924681111") == {mine}
    assert found(session, a, "13924680000") == set()  # own: the whole number, exactly
    assert theirs in found(session, boss, "2468")
    assert found(session, boss, "13824681357") == {theirs}
    assert found(session, boss, "13800001357") == set()
    b = office["b"]
    assert theirs in found(session, b, "2468")  # their own customer
    assert mine not in found(session, b, "2468")
