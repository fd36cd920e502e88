"""The risk index shown and sorted is the one of the last 7 days as of today (issue 13): the daily
recompute, once per office day as the system; and monitoring starts at 认购 (DOMAIN §4)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError
from anjia_desk.core.risk import Dimension, Level
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry, Customer, RiskMark
from anjia_desk.services import customer_state as cs
from anjia_desk.services import customers, deals, risk, risk_daily, settings
from anjia_desk.services.context import Actor
from anjia_desk.services.customers import CustomerQuery
from anjia_desk.services.settings import get_internal
from tests.deal_fixtures import make_building, make_project
from tests.deal_fixtures import make_customer as make_buyer
from tests.helpers import add_actor
from tests.risk_fixtures import make_subscription
from tests.services.test_deals import request
from tests.services.test_followups import make_customer

# 2026-06-10 10:00 in Shanghai.
NOW = datetime(2026, 6, 10, 2, 0, tzinfo=UTC)
TODAY = date(2026, 6, 10)
C, F, P, M = Dimension.COMMUNICATION, Dimension.FOCUS, Dimension.COMPANIONS, Dimension.FUNDING
HIGH, LOW = Level.HIGH, Level.LOW


@pytest.fixture
def wang(session: Session) -> Actor:
    return add_actor(session, "wang", "王芳", Role.CONSULTANT)


def monitored(session: Session, owner: Actor, name: str, phone: str) -> Customer:
    customer = make_customer(session, owner, name=name, phone=phone, at=NOW - timedelta(days=30))
    make_subscription(session, customer, at=NOW - timedelta(days=20))
    return customer


def mark(session: Session, actor: Actor, customer: Customer, day: date, marks) -> None:
    """Marks of `day`, saved that day (so the stored index is as of that day)."""
    moment = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=2)
    risk.mark_risk(session, actor, customer.id, day=day, marks=marks, now=moment)


def test_an_index_whose_marks_left_the_window_is_blank_after_the_recompute(session, wang) -> None:
    old = monitored(session, wang, "张伟", "13812345678")
    fresh = monitored(session, wang, "李娜", "13900001111")
    mark(session, wang, old, TODAY - timedelta(days=12), {C: LOW, F: HIGH, P: HIGH, M: HIGH})
    mark(session, wang, fresh, TODAY - timedelta(days=7), {C: HIGH, F: HIGH, P: HIGH, M: HIGH})
    mark(session, wang, fresh, TODAY - timedelta(days=1), {C: LOW, F: LOW, P: LOW, M: HIGH})
    # Frozen at the last save of marks: 25, and 38 (3 low of 8).
    assert (old.risk_index, fresh.risk_index) == (25, 38)

    changed = risk_daily.recompute_risk(session, Actor.system(), today=TODAY)
    session.expire_all()
    assert changed == 2
    assert old.risk_index is None  # DOMAIN §4: blank when there are no marks in the 7 days
    assert fresh.risk_index == 75  # the day-7 marks have left the window
    # What the list sorts by and shows is the same.
    query = CustomerQuery(sort="risk", descending=True)
    ids = customers.search_customer_ids(session, Actor.system(), query, now=NOW)
    assert ids[0] == fresh.id
    rows = customers.customer_rows(session, Actor.system(), [old.id, fresh.id], now=NOW)
    assert [r.risk_index for r in rows] == [None, 75]
    # The customer page reads the index as of today too.
    view = risk.risk_overview(session, wang, old.id, now=NOW)
    assert view.index is None
    # Idempotent: nothing changes on a second run the same day.
    assert risk_daily.recompute_risk(session, Actor.system(), today=TODAY) == 0


def test_the_recompute_rounds_half_up_as_the_rule_does(session, wang) -> None:
    customer = monitored(session, wang, "张伟", "13812345678")
    # 1 low of 8 marks = 12.5 → 13; entered with the ORM, as an import or old data would be.
    days = [TODAY - timedelta(days=1), TODAY]
    for n, (day, dimension) in enumerate((d, dim) for d in days for dim in Dimension):
        level = LOW if n == 0 else HIGH
        session.add(RiskMark(customer_id=customer.id, day=day, dimension=dimension, level=level))
    session.flush()
    assert risk_daily.recompute_risk(session, Actor.system(), today=TODAY) == 1
    session.expire_all()
    assert customer.risk_index == 13


def test_the_daily_run_is_once_per_office_day_and_the_systems(database: Database) -> None:
    with session_scope(database, Actor.system()) as s:
        wang = add_actor(s, "wang", "王芳", Role.CONSULTANT)
        customer = monitored(s, wang, "张伟", "13812345678")
        mark(s, wang, customer, TODAY - timedelta(days=6), {C: LOW, F: HIGH})
        customer_id = customer.id

    # 2026-06-10 23:30 in Shanghai: the marks of 06-04 are on the window's first day.
    late = datetime(2026, 6, 10, 15, 30, tzinfo=UTC)
    first = risk_daily.run_daily_risk(database, now=late)
    assert (first.today, first.changed) == (date(2026, 6, 10), 0)
    assert first.next_midnight == datetime(2026, 6, 10, 16, 0, tzinfo=UTC)
    again = risk_daily.run_daily_risk(database, now=late + timedelta(minutes=10))
    assert again.changed is None  # already ran this office day
    with session_scope(database, Actor.system()) as s:
        assert s.get(Customer, customer_id).risk_index == 50  # type: ignore[union-attr]

    # Past the office's midnight (16:00 UTC): a new day, the 06-04 marks are out of the window.
    after = risk_daily.run_daily_risk(database, now=first.next_midnight + timedelta(seconds=1))
    assert (after.today, after.changed) == (date(2026, 6, 11), 1)
    with session_scope(database, Actor.system()) as s:
        assert s.get(Customer, customer_id).risk_index is None  # type: ignore[union-attr]
        assert get_internal(s, risk_daily.LAST_RUN_KEY) == "2026-06-11"
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.summary.contains("重算成交风险指数"))
        ).all()
        assert len(entries) == 2  # one per office day it ran
        assert all(e.actor == "system" and e.user_id is None for e in entries)


def test_monitoring_is_not_switched_on_by_hand_before_subscribe(session, wang) -> None:
    customer = make_customer(session, wang, at=NOW)
    with pytest.raises(UserError, match="从认购开始"):
        risk.set_risk_monitoring(session, wang, customer.id, True, now=NOW)
    assert customer.risk_monitoring is False
    view = risk.risk_overview(session, wang, customer.id, now=NOW)
    assert view.can_mark and not view.can_monitor
    with pytest.raises(UserError, match="开启风险监测"):
        risk.mark_risk(session, wang, customer.id, day=TODAY, marks={C: HIGH}, now=NOW)

    deal = make_subscription(session, customer, at=NOW, monitoring=False)
    assert risk.risk_overview(session, wang, customer.id, now=NOW).can_monitor
    risk.set_risk_monitoring(session, wang, customer.id, True, now=NOW)  # back on after 认购
    assert customer.risk_monitoring
    risk.set_risk_monitoring(session, wang, customer.id, False, now=NOW)  # off: always
    deal.cancelled_at = NOW  # a cancelled 认购 is no 认购
    session.flush()
    with pytest.raises(UserError, match="从认购开始"):
        risk.set_risk_monitoring(session, wang, customer.id, True, now=NOW)


def test_subscribe_switches_monitoring_on(session) -> None:
    seller = add_actor(session, "c1", "王顾问", Role.CONSULTANT)
    project = make_project(session)
    unit = make_building(session, project)[0]
    buyer = make_buyer(session, owner=seller)
    assert buyer.risk_monitoring is False
    deals.subscribe(
        session, seller, request(unit, buyer), now=datetime(2026, 11, 20, 2, tzinfo=UTC)
    )
    assert buyer.risk_monitoring is True
    assert cs.get_customer(session, buyer.id).risk_monitoring


def test_the_recompute_uses_the_window_setting(session, wang) -> None:
    customer = monitored(session, wang, "王磊", "13700002222")
    mark(session, wang, customer, TODAY - timedelta(days=4), {C: LOW, F: LOW, P: LOW, M: LOW})
    risk_daily.recompute_risk(session, Actor.system(), today=TODAY)
    session.expire_all()
    assert customer.risk_index == 100  # within the default 7 days
    settings.update_settings(session, Actor.system(), {"risk.index_days": 3})
    risk_daily.recompute_risk(session, Actor.system(), today=TODAY)
    session.expire_all()
    assert customer.risk_index is None  # four days back is outside a 3-day window


def test_the_customer_page_reads_the_index_over_the_window_setting(session, wang) -> None:
    customer = monitored(session, wang, "赵敏", "13700003333")
    mark(session, wang, customer, TODAY - timedelta(days=4), {C: LOW, F: LOW, P: LOW, M: LOW})
    assert risk.risk_overview(session, wang, customer.id, now=NOW).index == 100
    settings.update_settings(session, Actor.system(), {"risk.index_days": 3})
    assert risk.risk_overview(session, wang, customer.id, now=NOW).index is None
