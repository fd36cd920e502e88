"""Follow-ups and grades: cadence and the next due date after a follow-up, grade history, and the
protection period renewed only by the owner's valid follow-up."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.followups import FollowUpForm
from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Customer, FollowUp, GradeChange, RiskWarning
from anjia_desk.services import customer_state as cs
from anjia_desk.services import followups, settings
from anjia_desk.services.context import Actor
from tests.helpers import add_actor

# 2026-03-05 10:00 in Shanghai.
NOW = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)
TODAY = date(2026, 3, 5)


def make_customer(
    session: Session,
    owner: Actor | None,
    *,
    name: str = "张伟",
    phone: str = "13812345678",
    grade: str = "C",
    at: datetime = NOW,
) -> Customer:
    """A customer registered (and visited) at `at`, owned by `owner`."""
    rule = cs.rules(session)
    customer = Customer(grade=grade, channel="自然到访", consent_at=at)
    cs.set_name(customer, name)
    cs.set_phone(customer, parse_phone(phone))
    session.add(customer)
    session.flush()
    if owner is not None:
        cs.set_owner(
            session,
            Actor.system(),
            customer,
            owner.user_id,
            kind="register",
            today=rule.today(at),
            rule=rule,
        )
    cs.record_contact(customer, at=at, kind="visit", rule=rule)
    session.flush()
    return customer


def form(**changes: object) -> FollowUpForm:
    values: dict[str, object] = {"channel": "电话", "content": "电话沟通户型", "grade": "C"}
    values.update(changes)
    return FollowUpForm(**values)  # type: ignore[arg-type]


@pytest.fixture
def wang(session: Session) -> Actor:
    return add_actor(session, "wang", "王芳", Role.CONSULTANT)


@pytest.fixture
def li(session: Session) -> Actor:
    return add_actor(session, "li", "李强", Role.CONSULTANT)


def test_a_follow_up_sets_the_next_due_date_by_the_grades_cadence(session, wang) -> None:
    customer = make_customer(session, wang, grade="C")
    assert customer.next_follow_up_on == TODAY + timedelta(days=30)
    later = NOW + timedelta(days=2)
    followups.log_follow_up(session, wang, customer.id, form(grade="B"), now=later)
    # No next date entered: last contact (today + 2) plus B's 7 days.
    assert customer.next_follow_up_on == TODAY + timedelta(days=2 + 7)
    assert customer.last_follow_up_at == later
    assert customer.last_contact_at == later
    followups.log_follow_up(session, wang, customer.id, form(grade="A"), now=later)
    assert customer.next_follow_up_on == TODAY + timedelta(days=2 + 3)


def test_the_next_date_entered_wins_and_a_later_contact_overrides_it(session, wang) -> None:
    customer = make_customer(session, wang, grade="A")
    planned = TODAY + timedelta(days=10)
    followups.log_follow_up(session, wang, customer.id, form(grade="A", next_on=planned), now=NOW)
    assert customer.planned_follow_up_on == planned
    assert customer.next_follow_up_on == planned
    # The next follow-up without a date: the plan is cleared, the cadence applies again.
    followups.log_follow_up(session, wang, customer.id, form(grade="A"), now=NOW)
    assert customer.planned_follow_up_on is None
    assert customer.next_follow_up_on == TODAY + timedelta(days=3)


def test_the_offices_cadence_from_the_settings(session, wang) -> None:
    from anjia_desk.services.settings import update_settings

    update_settings(session, Actor.system(), {"followup.cadence_b": 10})
    customer = make_customer(session, wang)
    followups.log_follow_up(session, wang, customer.id, form(grade="B"), now=NOW)
    assert customer.next_follow_up_on == TODAY + timedelta(days=10)


def test_grade_changes_are_kept_with_who_why_and_from_to(session, wang) -> None:
    customer = make_customer(session, wang, grade="C")
    followups.log_follow_up(
        session, wang, customer.id, form(grade="B", reason="预算已落实"), now=NOW
    )
    followups.log_follow_up(session, wang, customer.id, form(grade="B"), now=NOW)  # unchanged
    followups.log_follow_up(
        session, wang, customer.id, form(grade="a", reason="下月买"), now=NOW + timedelta(hours=1)
    )
    assert customer.grade == "A"
    history = followups.grade_history(session, wang, customer.id)
    assert [(h.from_grade, h.to_grade, h.reason, h.user_name) for h in history] == [
        ("B", "A", "下月买", "王芳"),
        ("C", "B", "预算已落实", "王芳"),
    ]
    rows = followups.follow_ups(session, wang, customer.id)
    assert [r.grade_text for r in rows] == ["B → A", "B", "C → B"]
    assert rows[0].user_name == "王芳" and rows[0].channel == "电话"
    assert session.scalar(select(GradeChange.user_id).limit(1)) == wang.user_id
    assert history[0].at == NOW + timedelta(hours=1)  # the follow-up's moment, not the clock's


def test_protection_is_renewed_by_the_owners_follow_up(session, wang) -> None:
    customer = make_customer(session, wang)
    assert customer.protected_until == TODAY + timedelta(days=30)
    followups.log_follow_up(session, wang, customer.id, form(), now=NOW + timedelta(days=20))
    assert customer.protected_until == TODAY + timedelta(days=50)


def test_a_site_managers_follow_up_does_not_renew_the_owners_protection(session, wang) -> None:
    boss = add_actor(session, "boss", "赵经理", Role.SITE_MANAGER)
    customer = make_customer(session, wang)
    followups.log_follow_up(session, boss, customer.id, form(), now=NOW + timedelta(days=20))
    assert customer.protected_until == TODAY + timedelta(days=30)
    assert customer.last_follow_up_at == NOW + timedelta(days=20)  # still a contact
    assert customer.next_follow_up_on == TODAY + timedelta(days=50)


def test_with_reclaim_off_a_lapsed_customer_stays_in_the_pool_after_the_former_owners_follow_up(
    session, wang
) -> None:
    # (On by default the follow-up takes it back: tests/services/test_lapsed_follow_ups.py.)
    settings.update_settings(session, Actor.system(), {"customer.lapse_reclaim": False})
    customer = make_customer(session, wang)
    late = NOW + timedelta(days=40)
    followups.log_follow_up(session, wang, customer.id, form(), now=late)
    assert customer.protected_until == TODAY + timedelta(days=30)
    assert cs.in_pool(customer, TODAY + timedelta(days=40))
    panel = followups.follow_up_panel(session, wang, customer.id, now=late)
    assert panel.in_pool and panel.is_owner


def test_only_the_owner_the_site_manager_or_an_assigned_senior_may_log(session, wang, li) -> None:
    customer = make_customer(session, wang)
    with pytest.raises(PermissionDenied, match="不归您跟进"):
        followups.log_follow_up(session, li, customer.id, form(), now=NOW)
    desk = add_actor(session, "desk", "前台小陈", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied, match="没有权限"):
        followups.log_follow_up(session, desk, customer.id, form(), now=NOW)

    senior = add_actor(session, "senior", "陈资深", Role.SENIOR_CONSULTANT)
    warning = RiskWarning(customer_id=customer.id, start_day=TODAY, end_day=TODAY, status="open")
    session.add(warning)
    session.flush()
    with pytest.raises(PermissionDenied):
        followups.log_follow_up(session, senior, customer.id, form(), now=NOW)
    warning.assignee_id = senior.user_id
    warning.status = "assigned"
    session.flush()
    followups.log_follow_up(session, senior, customer.id, form(content="回访"), now=NOW)
    assert customer.protected_until == TODAY + timedelta(days=30)  # not the owner
    warning.status = "done"
    session.flush()
    with pytest.raises(PermissionDenied):
        followups.log_follow_up(session, senior, customer.id, form(), now=NOW)
    panel = followups.follow_up_panel(session, senior, customer.id, now=NOW)
    assert not panel.can_log and "不归您跟进" in panel.why_not


def test_invalid_forms_are_refused_field_by_field(session, wang) -> None:
    customer = make_customer(session, wang)
    with pytest.raises(ValidationError) as caught:
        followups.log_follow_up(
            session,
            wang,
            customer.id,
            FollowUpForm(channel="飞鸽传书", content=" ", next_on=TODAY - timedelta(days=1)),
            now=NOW,
        )
    assert set(caught.value.fields) == {"channel", "content", "next_on", "grade"}
    assert session.scalar(select(FollowUp.id)) is None


def test_an_anonymised_customer_takes_no_follow_up(session, wang) -> None:
    customer = make_customer(session, wang)
    cs.scrub_personal_data(session, customer, now=NOW)
    with pytest.raises(UserError, match="匿名化"):
        followups.log_follow_up(session, wang, customer.id, form(), now=NOW)
    panel = followups.follow_up_panel(session, wang, customer.id, now=NOW)
    assert not panel.can_log


def test_the_panel_shows_grade_due_date_channels_and_history(session, wang) -> None:
    customer = make_customer(session, wang, grade="B")
    followups.log_follow_up(session, wang, customer.id, form(grade="A", reason="急"), now=NOW)
    panel = followups.follow_up_panel(session, wang, customer.id, now=NOW + timedelta(days=4))
    assert panel.grade == "A"
    assert panel.next_due == TODAY + timedelta(days=3)
    assert panel.due_state == "overdue"
    assert panel.channels[:2] == ["电话", "微信"]
    assert panel.can_log and panel.why_not == ""
    assert len(panel.rows) == 1 and len(panel.grades) == 1
    assert panel.today == TODAY + timedelta(days=4)


def test_reading_needs_view_customers(session, wang) -> None:
    customer = make_customer(session, wang)
    cashier = add_actor(session, "cash", "出纳", Role.CASHIER)
    for call in (followups.follow_ups, followups.grade_history):
        with pytest.raises(PermissionDenied):
            call(session, cashier, customer.id)
    with pytest.raises(UserError, match="不存在"):
        followups.follow_ups(session, wang, 999)


def test_system_entries_read_as_system(session, wang, system) -> None:
    customer = make_customer(session, wang)
    followups.log_follow_up(session, system, customer.id, form(grade="B"), now=NOW)
    assert followups.follow_ups(session, wang, customer.id)[0].user_name == "系统"
    assert followups.grade_history(session, wang, customer.id)[0].user_name == "系统"
