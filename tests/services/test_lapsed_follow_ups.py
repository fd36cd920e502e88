"""Overdue follow-ups do not vanish (DOMAIN §3, issue 13): a C customer whose protection lapses
stays on its former owner's and the site manager's to-do lists, marked 已入公客池, until someone
claims it or follows up; the former owner's follow-up takes it back (customer.lapse_reclaim)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.followups import FollowUpForm
from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Customer, OwnershipChange
from anjia_desk.services import customer_state as cs
from anjia_desk.services import customers, followups, settings, workbench
from anjia_desk.services.context import Actor
from anjia_desk.services.workbench import TodoKind
from tests.helpers import add_actor

# Day 0: 2026-04-01 10:00 in Shanghai, a C customer registered at a visit.
DAY0 = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)
TODAY0 = date(2026, 4, 1)


def at(day: int) -> datetime:
    return DAY0 + timedelta(days=day)


@pytest.fixture
def team(session: Session) -> dict[str, Actor]:
    return {
        "wang": add_actor(session, "wang", "王顾问", Role.CONSULTANT),
        "li": add_actor(session, "li", "李顾问", Role.CONSULTANT),
        "boss": add_actor(session, "boss", "周经理", Role.SITE_MANAGER),
    }


@pytest.fixture
def customer(session: Session, team: dict[str, Actor]) -> Customer:
    rule = cs.rules(session)
    customer = Customer(grade="C", channel="自然到访", consent_at=DAY0)
    cs.set_name(customer, "张伟")
    cs.set_phone(customer, parse_phone("13812345678"))
    session.add(customer)
    session.flush()
    cs.set_owner(
        session,
        Actor.system(),
        customer,
        team["wang"].user_id,
        kind="register",
        today=TODAY0,
        rule=rule,
    )
    cs.record_contact(customer, at=DAY0, kind="visit", rule=rule)
    session.flush()
    return customer


def follow_up_items(session: Session, actor: Actor, day: int) -> dict[TodoKind, list[str]]:
    todo = workbench.todo_for(session, actor, now=at(day))
    return {
        kind: [f"{i.customer_name}|{i.detail}" for i in todo.items_of(kind)]
        for kind in (TodoKind.DUE_TODAY, TodoKind.OVERDUE)
    }


def team_line(session: Session, boss: Actor, user: Actor, day: int) -> workbench.TeamLine:
    lines = workbench.team_summary(session, boss, now=at(day))
    return next(line for line in lines if line.user_id == user.user_id)


def form() -> FollowUpForm:
    return FollowUpForm(channel="电话", content="电话沟通户型", grade="C")


def test_day_30_due_today_day_31_and_45_overdue_and_marked_in_the_pool(
    session, team, customer
) -> None:
    wang, boss = team["wang"], team["boss"]
    assert customer.next_follow_up_on == TODAY0 + timedelta(days=30)
    assert customer.protected_until == TODAY0 + timedelta(days=30)

    for who in (wang, boss):
        day30 = follow_up_items(session, who, 30)
        assert [text.split("|")[0] for text in day30[TodoKind.DUE_TODAY]] == ["张伟"], who
        assert day30[TodoKind.OVERDUE] == []
        assert "已入公客池" not in day30[TodoKind.DUE_TODAY][0]
    assert not cs.in_pool(customer, TODAY0 + timedelta(days=30))

    for day, late in ((31, 1), (45, 15)):
        assert cs.in_pool(customer, TODAY0 + timedelta(days=day))
        for who in (wang, boss):
            items = follow_up_items(session, who, day)
            assert items[TodoKind.DUE_TODAY] == [], (who, day)
            assert len(items[TodoKind.OVERDUE]) == 1, (who, day)
            name, detail = items[TodoKind.OVERDUE][0].split("|")
            assert name == "张伟"
            assert f"已逾期 {late} 天" in detail and "已入公客池" in detail
            todo = workbench.todo_for(session, who, now=at(day))
            assert todo.counts[TodoKind.OVERDUE] == 1
        line = team_line(session, boss, wang, day)
        assert (line.overdue, line.due_today) == (1, 0)

    # Another consultant sees it to claim, not among their follow-ups.
    li_todo = workbench.todo_for(session, team["li"], now=at(45))
    assert [i.customer_name for i in li_todo.items_of(TodoKind.POOL)] == ["张伟"]
    assert li_todo.items_of(TodoKind.OVERDUE) == []


def test_a_claim_moves_it_to_the_claimers_list_and_off_the_former_owners(
    session, team, customer
) -> None:
    wang, li, boss = team["wang"], team["li"], team["boss"]
    customers.claim_customer(session, li, customer.id, now=at(45))
    session.flush()
    assert follow_up_items(session, wang, 45)[TodoKind.OVERDUE] == []
    # Still overdue (nobody followed up), now on the claimer's list, no longer in the pool.
    mine = follow_up_items(session, li, 45)[TodoKind.OVERDUE]
    assert len(mine) == 1 and "已入公客池" not in mine[0]
    assert team_line(session, boss, wang, 45).overdue == 0
    assert team_line(session, boss, li, 45).overdue == 1


def test_the_former_owners_follow_up_reclaims_it_by_default(session, team, customer) -> None:
    wang, boss = team["wang"], team["boss"]
    assert settings.get_setting(session, "customer.lapse_reclaim") is True
    followups.log_follow_up(session, wang, customer.id, form(), now=at(45))
    session.flush()
    day45 = TODAY0 + timedelta(days=45)
    assert not cs.in_pool(customer, day45)
    assert customer.owner_id == wang.user_id
    assert customer.protected_until == day45 + timedelta(days=30)
    assert customer.next_follow_up_on == day45 + timedelta(days=30)
    for who in (wang, boss):
        assert follow_up_items(session, who, 45)[TodoKind.OVERDUE] == []
    claim = session.scalars(
        select(OwnershipChange).where(
            OwnershipChange.customer_id == customer.id, OwnershipChange.kind == "claim"
        )
    ).one()
    assert (claim.from_user_id, claim.to_user_id, claim.user_id) == (
        wang.user_id,
        wang.user_id,
        wang.user_id,
    )
    assert claim.reason == followups.RECLAIM_REASON
    panel = followups.follow_up_panel(session, wang, customer.id, now=at(45))
    assert not panel.in_pool and panel.is_owner


def test_with_reclaim_off_the_follow_up_clears_the_to_do_but_it_stays_in_the_pool(
    session, team, customer
) -> None:
    wang, li = team["wang"], team["li"]
    settings.update_settings(session, Actor.system(), {"customer.lapse_reclaim": False})
    followups.log_follow_up(session, wang, customer.id, form(), now=at(45))
    session.flush()
    day45 = TODAY0 + timedelta(days=45)
    assert cs.in_pool(customer, day45)
    assert customer.protected_until == TODAY0 + timedelta(days=30)  # not renewed
    assert follow_up_items(session, wang, 45)[TodoKind.OVERDUE] == []  # followed up
    assert (
        session.scalars(select(OwnershipChange).where(OwnershipChange.kind == "claim")).all() == []
    )
    # Still free to claim for the others.
    customers.claim_customer(session, li, customer.id, now=at(45))
    assert customer.owner_id == li.user_id


def test_another_persons_follow_up_never_reclaims(session, team, customer) -> None:
    wang, boss = team["wang"], team["boss"]
    followups.log_follow_up(session, boss, customer.id, form(), now=at(45))
    session.flush()
    assert cs.in_pool(customer, TODAY0 + timedelta(days=45))
    assert customer.owner_id == wang.user_id
    assert follow_up_items(session, wang, 45)[TodoKind.OVERDUE] == []
