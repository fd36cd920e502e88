"""Risk marks, the stored index, one level-2 warning per streak, and the return-visit task."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import ConflictError, NotFound, PermissionDenied, UserError
from anjia_desk.core.risk import Dimension, Level
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Customer, RiskMark, RiskWarning
from anjia_desk.services import customer_state as cs
from anjia_desk.services import risk
from anjia_desk.services.context import Actor
from tests.helpers import add_actor
from tests.risk_fixtures import make_subscription
from tests.services.test_followups import NOW, TODAY, make_customer

C, F, P, M = (
    Dimension.COMMUNICATION,
    Dimension.FOCUS,
    Dimension.COMPANIONS,
    Dimension.FUNDING,
)
HIGH, LOW = Level.HIGH, Level.LOW
TWO_HIGH = {C: HIGH, F: HIGH, P: LOW}


@pytest.fixture
def wang(session: Session) -> Actor:
    return add_actor(session, "wang", "王芳", Role.CONSULTANT)


@pytest.fixture
def boss(session: Session) -> Actor:
    return add_actor(session, "boss", "赵经理", Role.SITE_MANAGER)


@pytest.fixture
def senior(session: Session) -> Actor:
    return add_actor(session, "senior", "陈资深", Role.SENIOR_CONSULTANT)


@pytest.fixture
def customer(session: Session, wang: Actor) -> Customer:
    customer = make_customer(session, wang)
    make_subscription(session, customer, at=NOW - timedelta(days=20), monitoring=False)
    risk.set_risk_monitoring(session, wang, customer.id, True, now=NOW)
    return customer


def day(n: int) -> date:
    """n days before today."""
    return TODAY - timedelta(days=n)


def mark(session: Session, actor: Actor, customer: Customer, n: int, marks) -> None:
    risk.mark_risk(session, actor, customer.id, day=day(n), marks=marks, now=NOW)


def warnings(session: Session, customer: Customer) -> list[tuple[date, date, str]]:
    return [
        (w.start_day, w.end_day, w.status)
        for w in session.scalars(
            select(RiskWarning)
            .where(RiskWarning.customer_id == customer.id)
            .order_by(RiskWarning.start_day)
        )
    ]


def test_two_consecutive_days_with_two_highs_raise_exactly_one_warning(
    session, wang, customer
) -> None:
    mark(session, wang, customer, 1, TWO_HIGH)
    assert warnings(session, customer) == []
    mark(session, wang, customer, 0, TWO_HIGH)
    assert warnings(session, customer) == [(day(1), day(0), "open")]
    # Marking the same day again changes nothing.
    mark(session, wang, customer, 0, {**TWO_HIGH, M: HIGH})
    assert warnings(session, customer) == [(day(1), day(0), "open")]


def test_a_growing_streak_extends_the_same_warning(session, wang, customer) -> None:
    mark(session, wang, customer, 3, TWO_HIGH)
    mark(session, wang, customer, 2, TWO_HIGH)
    first = session.scalar(select(RiskWarning.id))
    mark(session, wang, customer, 1, TWO_HIGH)
    mark(session, wang, customer, 0, TWO_HIGH)
    assert warnings(session, customer) == [(day(3), day(0), "open")]
    assert session.scalar(select(RiskWarning.id)) == first
    # Also when the streak grows backwards (a missed day filled in later).
    mark(session, wang, customer, 4, TWO_HIGH)
    assert warnings(session, customer) == [(day(4), day(0), "open")]


def test_a_gap_starts_a_new_streak_and_a_new_warning(session, wang, customer) -> None:
    mark(session, wang, customer, 4, TWO_HIGH)
    mark(session, wang, customer, 3, TWO_HIGH)
    mark(session, wang, customer, 2, {C: HIGH, F: LOW})  # one high only: the gap
    mark(session, wang, customer, 1, TWO_HIGH)
    mark(session, wang, customer, 0, TWO_HIGH)
    assert warnings(session, customer) == [
        (day(4), day(3), "open"),
        (day(1), day(0), "open"),
    ]


def test_a_filled_gap_joins_two_streaks_into_one_warning(session, wang, boss, senior, customer):
    for n in (4, 3, 1, 0):
        mark(session, wang, customer, n, TWO_HIGH)
    assert len(warnings(session, customer)) == 2
    later = session.scalars(select(RiskWarning).order_by(RiskWarning.start_day.desc())).first()
    assert later is not None
    risk.assign_warning(
        session, boss, later.id, assignee_id=senior.user_id, version=later.version, now=NOW
    )
    mark(session, wang, customer, 2, TWO_HIGH)  # the gap now hot too
    # The one someone works on carries the joined streak; the untouched one is withdrawn.
    assert warnings(session, customer) == [(day(4), day(0), "assigned")]


def test_cleared_marks_withdraw_an_untouched_warning_but_keep_a_handled_one(
    session, wang, boss, senior, customer
) -> None:
    mark(session, wang, customer, 1, TWO_HIGH)
    mark(session, wang, customer, 0, TWO_HIGH)
    mark(session, wang, customer, 0, {C: None, F: None})  # entered by mistake
    assert warnings(session, customer) == []
    assert session.scalar(select(func.count()).select_from(RiskMark)) == 4  # day 1: 3, day 0: P

    mark(session, wang, customer, 0, TWO_HIGH)
    w = session.scalars(select(RiskWarning)).one()
    risk.assign_warning(session, boss, w.id, assignee_id=senior.user_id, version=w.version)
    mark(session, wang, customer, 0, {C: None})
    assert warnings(session, customer) == [(day(1), day(0), "assigned")]


def test_the_offices_thresholds(session, wang, customer) -> None:
    from anjia_desk.services.settings import update_settings

    update_settings(session, Actor.system(), {"risk.high_signals": 3, "risk.streak_days": 3})
    for n in (2, 1, 0):
        mark(session, wang, customer, n, TWO_HIGH)
    assert warnings(session, customer) == []
    for n in (2, 1):
        mark(session, wang, customer, n, {M: HIGH})
    assert warnings(session, customer) == []
    mark(session, wang, customer, 0, {M: HIGH})
    assert warnings(session, customer) == [(day(2), day(0), "open")]


def test_the_index_is_stored_over_the_last_seven_days(session, wang, customer) -> None:
    assert customer.risk_index is None
    mark(session, wang, customer, 0, {C: LOW, F: LOW, P: HIGH})
    assert customer.risk_index == 67
    mark(session, wang, customer, 6, {C: LOW})
    assert customer.risk_index == 75
    mark(session, wang, customer, 7, {C: HIGH})  # 8 days back: outside the window
    assert customer.risk_index == 75
    mark(session, wang, customer, 0, {C: None, F: None, P: None})
    mark(session, wang, customer, 6, {C: None})
    assert customer.risk_index is None  # only a mark outside the window is left: blank


def test_marks_need_monitoring_a_past_day_in_the_grid_and_the_owner(
    session, wang, customer
) -> None:
    other = make_customer(session, wang, name="李娜", phone="13900001111")
    with pytest.raises(UserError, match="开启风险监测"):
        mark(session, wang, other, 0, {C: HIGH})
    with pytest.raises(UserError, match="以后"):
        mark(session, wang, customer, -1, {C: HIGH})
    with pytest.raises(UserError, match="最近 14 天"):
        mark(session, wang, customer, 14, {C: HIGH})
    li = add_actor(session, "li", "李强", Role.CONSULTANT)
    with pytest.raises(PermissionDenied):
        mark(session, li, customer, 0, {C: HIGH})
    with pytest.raises(PermissionDenied):
        risk.set_risk_monitoring(session, li, customer.id, False)
    risk.set_risk_monitoring(session, wang, customer.id, False)
    assert not customer.risk_monitoring
    cs.scrub_personal_data(session, customer, now=NOW)
    with pytest.raises(UserError, match="匿名化"):
        risk.set_risk_monitoring(session, wang, customer.id, True)


def test_overview_shows_fourteen_days_index_and_warnings(session, wang, boss, customer) -> None:
    mark(session, wang, customer, 1, TWO_HIGH)
    mark(session, wang, customer, 0, {C: HIGH, F: HIGH, P: LOW, M: LOW})
    view = risk.risk_overview(session, wang, customer.id, now=NOW)
    assert view.monitoring and view.today == TODAY
    assert len(view.days) == 14 and view.days[-1] == TODAY and view.days[0] == day(13)
    assert view.marks[TODAY] == {C: HIGH, F: HIGH, P: LOW, M: LOW}
    assert view.index == 43  # 3 low of 7
    assert [w.status_label for w in view.warnings] == ["待指派"]
    assert view.warnings[0].days_text.endswith("（2 天）")
    assert view.can_mark and not view.can_assign and view.seniors == []
    assert view.can_close == {view.warnings[0].id: False}
    seen = risk.risk_overview(session, boss, customer.id, now=NOW)
    assert seen.can_assign and seen.can_close == {view.warnings[0].id: True}


def test_risk_marks_are_seen_only_by_those_who_work_with_the_customer(
    session, wang, senior, boss, customer
) -> None:
    desk = add_actor(session, "desk", "前台", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied, match="只有归属顾问"):
        risk.risk_overview(session, desk, customer.id)
    with pytest.raises(PermissionDenied):
        risk.risk_overview(session, senior, customer.id)
    mark(session, wang, customer, 1, TWO_HIGH)
    mark(session, wang, customer, 0, TWO_HIGH)
    w = session.scalars(select(RiskWarning)).one()
    risk.assign_warning(session, boss, w.id, assignee_id=senior.user_id, version=w.version)
    view = risk.risk_overview(session, senior, customer.id, now=NOW)
    assert not view.can_mark and view.can_close == {w.id: True}
    risk.close_warning(session, senior, w.id, note="已回访")
    view = risk.risk_overview(session, senior, customer.id, now=NOW)  # still sees the result
    assert view.can_close == {w.id: False}


def test_assigning_a_warning(session, wang, boss, senior, customer) -> None:
    mark(session, wang, customer, 1, TWO_HIGH)
    mark(session, wang, customer, 0, TWO_HIGH)
    w = session.scalars(select(RiskWarning)).one()
    with pytest.raises(PermissionDenied):
        risk.assign_warning(session, wang, w.id, assignee_id=senior.user_id, version=w.version)
    with pytest.raises(UserError, match="资深顾问"):
        risk.assign_warning(session, boss, w.id, assignee_id=wang.user_id, version=w.version)
    with pytest.raises(UserError, match="资深顾问"):
        risk.assign_warning(session, boss, w.id, assignee_id=9999, version=w.version)
    with pytest.raises(ConflictError):
        risk.assign_warning(session, boss, w.id, assignee_id=senior.user_id, version=w.version + 5)
    with pytest.raises(NotFound):
        risk.assign_warning(session, boss, 9999, assignee_id=senior.user_id, version=1)
    risk.assign_warning(session, boss, w.id, assignee_id=senior.user_id, version=w.version)
    assert (w.status, w.assignee_id, w.assigned_by_id) == ("assigned", senior.user_id, boss.user_id)
    view = risk.risk_overview(session, boss, customer.id, now=NOW)
    assert [s.name for s in view.seniors] == ["陈资深"]
    assert view.warnings[0].assignee_name == "陈资深"


def test_closing_a_warning(session, wang, boss, senior, customer) -> None:
    mark(session, wang, customer, 1, TWO_HIGH)
    mark(session, wang, customer, 0, TWO_HIGH)
    w = session.scalars(select(RiskWarning)).one()
    with pytest.raises(PermissionDenied, match="被指派"):
        risk.close_warning(session, senior, w.id, note="已回访")
    risk.assign_warning(session, boss, w.id, assignee_id=senior.user_id, version=w.version)
    with pytest.raises(PermissionDenied):
        risk.close_warning(session, wang, w.id, note="已回访")  # the owner is not the assignee
    with pytest.raises(UserError, match="回访结果"):
        risk.close_warning(session, senior, w.id, note="  ")
    with pytest.raises(UserError, match="最多"):
        risk.close_warning(session, senior, w.id, note="字" * 1001)
    risk.close_warning(session, senior, w.id, note="家人已同意，按期签约")
    assert (w.status, w.done_note) == ("done", "家人已同意，按期签约")
    with pytest.raises(UserError, match="已回访完毕"):
        risk.close_warning(session, boss, w.id, note="再次")
    with pytest.raises(UserError, match="已回访完毕"):
        risk.assign_warning(session, boss, w.id, assignee_id=senior.user_id, version=w.version)


def test_open_warnings_per_role(session, wang, boss, senior, customer) -> None:
    li = add_actor(session, "li", "李强", Role.CONSULTANT)
    others = make_customer(session, li, name="李娜", phone="13900001111")
    make_subscription(session, others, at=NOW - timedelta(days=20))
    for who, c in ((wang, customer), (li, others)):
        mark(session, who, c, 1, TWO_HIGH)
        mark(session, who, c, 0, TWO_HIGH)
    ws = {w.customer_id: w for w in session.scalars(select(RiskWarning))}
    risk.assign_warning(
        session, boss, ws[others.id].id, assignee_id=senior.user_id, version=ws[others.id].version
    )

    def names(actor: Actor) -> list[str]:
        return [row.customer_name for row in risk.open_warnings(session, actor, now=NOW)]

    assert names(boss) == ["张伟", "李娜"]
    assert names(wang) == ["张伟"]
    assert names(li) == ["李娜"]
    assert names(senior) == ["李娜"]
    assert names(add_actor(session, "desk", "前台", Role.FRONT_DESK)) == []
    assert names(add_actor(session, "cash", "出纳", Role.CASHIER)) == []
    row = risk.open_warnings(session, boss)[1]
    assert (row.owner_name, row.assignee_name, row.level) == ("李强", "陈资深", 2)

    risk.close_warning(session, senior, ws[others.id].id, note="好")
    cs.scrub_personal_data(session, customer, now=NOW)
    assert names(boss) == []
