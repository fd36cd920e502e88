"""Demo data: repeatable by seed, and every stored field is what the services' rules would store."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from anjia_desk.core import passwords
from anjia_desk.core.customers import Grade, in_public_pool, next_due
from anjia_desk.core.errors import UserError
from anjia_desk.core.names import SURNAME_INITIALS, name_initials
from anjia_desk.core.risk import high_streaks, risk_index
from anjia_desk.core.roles import Role
from anjia_desk.core.rotation import TurnEvent, TurnKind, board
from anjia_desk.db.bulk import bulk_insert
from anjia_desk.db.engine import open_database, session_scope
from anjia_desk.db.models import (
    AuditEntry,
    Customer,
    CustomerRelative,
    Deal,
    DutyRoster,
    FollowUp,
    GradeChange,
    OwnershipChange,
    ReferralPoint,
    RiskMark,
    RiskWarning,
    RotationTurn,
    User,
    UserRole,
    Visit,
)
from anjia_desk.services import customer_state, demo
from anjia_desk.services.demo import create_demo
from anjia_desk.services.demo_customers import create_demo_customers
from tests.same_engine import second_database

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)  # 14:00 in Shanghai
COUNT = 400


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "_N", 2**10)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """One demo database for the read-only checks (building it is the slow part)."""
    import anjia_desk.core.passwords as pw

    saved, pw._N = pw._N, 2**10
    try:
        path = tmp_path_factory.mktemp("demo") / "demo.db"
        database = open_database(str(path))
        result = create_demo(database, seed=3, customers=COUNT, now=NOW)
        yield database, result
        database.close()
    finally:
        pw._N = saved


def _snapshot(database) -> list[tuple]:
    with database.sessions() as s:
        rows = s.execute(
            select(
                Customer.id,
                Customer.name,
                Customer.phone,
                Customer.grade,
                Customer.owner_id,
                Customer.protected_until,
                Customer.next_follow_up_on,
                Customer.last_contact_at,
                Customer.birthday,
                Customer.budget_min,
            ).order_by(Customer.id)
        ).all()
        visits = s.execute(select(Visit.customer_id, Visit.visited_at).order_by(Visit.id)).all()
    return [tuple(r) for r in rows] + [tuple(v) for v in visits]


def test_the_same_seed_gives_the_same_customers(database, db_path, tmp_path):
    create_demo(database, seed=5, customers=60, now=NOW)
    again = open_database(str(tmp_path / "again.db"))
    other = open_database(str(tmp_path / "other.db"))
    try:
        create_demo(again, seed=5, customers=60, now=NOW)
        create_demo(other, seed=6, customers=60, now=NOW)
        first = _snapshot(database)
        assert len(first) > 60
        assert _snapshot(again) == first
        assert _snapshot(other) != first
    finally:
        again.close()
        other.close()


def test_counts_and_the_spread_a_demo_needs(demo_db):
    database, result = demo_db
    stats = result.customers
    assert stats is not None and stats.customers == COUNT
    with database.sessions() as s:
        count = s.scalar(select(func.count()).select_from(Customer))
        assert count == COUNT
        assert s.scalar(select(func.count()).select_from(Visit)) == stats.visits
        assert s.scalar(select(func.count()).select_from(FollowUp)) == stats.follow_ups
        assert s.scalar(select(func.count()).select_from(GradeChange)) == stats.grade_changes
        assert s.scalar(select(func.count()).select_from(CustomerRelative)) == stats.relatives
        assert s.scalar(select(func.count()).select_from(RiskMark)) == stats.risk_marks
        assert s.scalar(select(func.count()).select_from(RiskWarning)) == stats.warnings
        assert stats.visits >= COUNT and stats.follow_ups > COUNT
        assert stats.grade_changes > 0 and stats.relatives > 0 and stats.referrals > 0
        assert stats.risk_marks > 0 and stats.warnings > 0
        # Some overdue, some in the public pool, but not all of either.
        assert 0 < stats.in_pool < COUNT * 0.6
        assert 0 < stats.overdue < COUNT * 0.7
        grades = dict(
            s.execute(select(Customer.grade, func.count()).group_by(Customer.grade)).all()
        )
        assert set(grades) == {"A", "B", "C"}
        channels = s.scalars(select(Customer.channel).distinct()).all()
        assert len(channels) >= 6 and "老带新" in channels
        kinds = set(s.scalars(select(Customer.phone_kind).distinct()))
        assert kinds == {"mobile", "masked", "virtual"}
        # Birthdays within the care reminder's days, for the to-do list.
        rule = customer_state.rules(s)
        today = rule.today(NOW)
        soon = {
            (today + timedelta(days=d)).strftime("%m-%d") for d in range(rule.care_days_ahead + 1)
        }
        assert s.scalar(select(func.count()).where(Customer.birthday_md.in_(soon))) >= 3
        # Polyphonic surnames are there, with the surname's reading.
        polyphonic = [
            (name, initials)
            for name, initials in s.execute(select(Customer.name, Customer.name_initials))
            if name and name[0] in "曾单解仇区查"
        ]
        assert polyphonic
        assert all(initials[0] == SURNAME_INITIALS[name[0]] for name, initials in polyphonic)
        # One audit entry for the bulk rows.
        assert s.scalar(
            select(func.count()).where(
                AuditEntry.entity == "customers", AuditEntry.summary.like("演示数据%")
            )
        )


def test_stored_fields_follow_the_core_rules(demo_db):
    database, _result = demo_db
    with database.sessions() as s:
        rule = customer_state.rules(s)
        today = rule.today(NOW)
        visits = defaultdict(list)
        for cid, at in s.execute(select(Visit.customer_id, Visit.visited_at)):
            visits[cid].append(at)
        follow_ups = defaultdict(list)
        for cid, at, next_on, before, after in s.execute(
            select(
                FollowUp.customer_id,
                FollowUp.at,
                FollowUp.next_on,
                FollowUp.grade_before,
                FollowUp.grade_after,
            ).order_by(FollowUp.at, FollowUp.id)
        ):
            follow_ups[cid].append((at, next_on, before, after))
        owned_since = {}
        for cid, at in s.execute(
            select(OwnershipChange.customer_id, OwnershipChange.created_at).order_by(
                OwnershipChange.created_at
            )
        ):
            owned_since[cid] = rule.local_date(at)
        pool = 0
        for c in s.scalars(select(Customer)):
            assert c.name_initials == name_initials(c.name)
            assert c.birthday_md == (c.birthday.strftime("%m-%d") if c.birthday else None)
            assert c.visit_count == len(visits[c.id]) >= 1
            assert c.first_visit_at == min(visits[c.id])
            assert c.last_visit_at == max(visits[c.id])
            lines = follow_ups[c.id]
            assert c.last_follow_up_at == (max(a for a, *_ in lines) if lines else None)
            assert c.last_contact_at == max([*visits[c.id], *(a for a, *_ in lines)])
            assert c.planned_follow_up_on == (lines[-1][1] if lines else None)
            # Grade: C at registration, then each follow-up's grade_after in turn.
            grade = "C"
            for _at, _next, before, after in lines:
                assert before == grade
                grade = after
            assert c.grade == grade
            last_day = rule.local_date(c.last_contact_at)
            assert c.next_follow_up_on == next_due(
                grade=c.grade,
                last_contact=last_day,
                planned=c.planned_follow_up_on,
                cadence=rule.cadence,
            )
            # Protection: renewed by every contact, and fresh from the latest change of owner.
            assert c.owner_id is not None
            assert c.protected_until == max(
                last_day + timedelta(days=rule.protection_days),
                owned_since[c.id] + timedelta(days=rule.protection_days),
            )
            assert c.created_at <= c.last_contact_at <= NOW
            pool += in_public_pool(c.owner_id, c.protected_until, today)
            assert customer_state.in_pool(c, today) == (c.protected_until < today)
            if c.channel == "老带新":
                assert c.referrer_id is not None and c.referrer_id < c.id
        assert pool == demo_db[1].customers.in_pool


def test_grade_changes_and_follow_ups_agree(demo_db):
    database, _ = demo_db
    with database.sessions() as s:
        changed = s.scalar(
            select(func.count()).where(FollowUp.grade_before != FollowUp.grade_after)
        )
        assert changed == s.scalar(select(func.count()).select_from(GradeChange))
        assert not s.scalar(
            select(func.count()).where(GradeChange.from_grade == GradeChange.to_grade)
        )


def test_relatives_phones_are_nobody_elses(demo_db):
    database, _ = demo_db
    with database.sessions() as s:
        relatives = set(
            s.scalars(
                select(CustomerRelative.phone_key).where(CustomerRelative.phone_key.is_not(None))
            )
        )
        customers = set(
            s.scalars(select(Customer.phone_key).where(Customer.phone_key.is_not(None)))
        )
        assert relatives and not relatives & customers


def test_referrals_have_points(demo_db):
    database, result = demo_db
    with database.sessions() as s:
        rule = customer_state.rules(s)
        referred = set(s.scalars(select(Customer.id).where(Customer.referrer_id.is_not(None))))
        lines = s.execute(
            select(ReferralPoint.referred_id, ReferralPoint.points, ReferralPoint.kind)
        ).all()
        visits = [line for line in lines if line.kind == "visit"]
        assert {line.referred_id for line in visits} == referred
        assert all(line.points == rule.points_visit for line in visits)
        assert len(visits) == result.customers.referrals
        # A referred customer who bought earned the referrer the deal points (demo_deals.py).
        deals = [line for line in lines if line.kind != "visit"]
        assert all(line.kind == "deal" and line.referred_id in referred for line in deals)


def test_risk_index_and_warnings_follow_the_rule(demo_db):
    database, _ = demo_db
    with database.sessions() as s:
        rule = customer_state.rules(s)
        today = rule.today(NOW)
        monitored = s.scalars(select(Customer).where(Customer.risk_monitoring.is_(True))).all()
        assert len(monitored) >= 4
        for c in monitored:
            marks = s.execute(
                select(RiskMark.day, RiskMark.level).where(RiskMark.customer_id == c.id)
            ).all()
            assert c.risk_index == risk_index([(m.day, m.level) for m in marks], today=today)
            high = defaultdict(int)
            for m in marks:
                high[m.day] += m.level == "high"
            streaks = high_streaks(high, signals=rule.high_signals, days=rule.streak_days)
            warnings = s.execute(
                select(RiskWarning.start_day, RiskWarning.end_day, RiskWarning.status)
                .where(RiskWarning.customer_id == c.id)
                .order_by(RiskWarning.start_day)
            ).all()
            assert [(w.start_day, w.end_day) for w in warnings] == [
                (st.start, st.end) for st in streaks
            ]
        # Marks stay on a customer no longer monitored only when the deal ended (a 退房 stops
        # the monitoring; its history stays).
        live = select(Deal.customer_id).where(Deal.cancelled_at.is_(None))
        unmonitored = s.scalar(
            select(func.count())
            .select_from(RiskMark)
            .join(Customer, Customer.id == RiskMark.customer_id)
            .where(Customer.risk_monitoring.is_(False), Customer.id.in_(live))
        )
        assert unmonitored == 0
        assert (
            s.scalar(
                select(func.count()).where(
                    ~Customer.id.in_(select(Deal.customer_id)),
                    Customer.id.in_(select(RiskMark.customer_id)),
                )
            )
            == 0
        )  # never on someone who never bought


def test_todays_duty_list_and_a_fair_board(demo_db):
    database, _ = demo_db
    with database.sessions() as s:
        today = customer_state.rules(s).today(NOW)
        sellers = set(
            s.scalars(
                select(UserRole.user_id).where(
                    UserRole.role.in_([Role.CONSULTANT.value, Role.SENIOR_CONSULTANT.value])
                )
            )
        )
        roster = s.scalars(
            select(DutyRoster.user_id).where(DutyRoster.day == today).order_by(DutyRoster.position)
        ).all()
        assert set(roster) == sellers and len(roster) >= 6
        turns = s.scalars(select(RotationTurn).where(RotationTurn.day == today)).all()
        events = [
            TurnEvent(
                t.user_id, TurnKind(t.kind), t.created_at, invalid=t.invalid_reason is not None
            )
            for t in turns
        ]
        lines = board(roster, events)
        served = [line.served for line in lines]
        assert sum(served) >= 1 and max(served) - min(served) <= 1
        assert sum(line.invalid for line in lines) == 1
        assert sum(line.skips for line in lines) == 1
        # Every serve with a visit is a first visit today by that consultant.
        for t in turns:
            if t.visit_id is not None:
                visit = s.get(Visit, t.visit_id)
                assert visit is not None and visit.kind == "first"
                assert visit.consultant_id == t.user_id


def test_demo_logins_include_the_consultants(demo_db):
    database, result = demo_db
    names = {login.username for login in result.logins}
    assert {"guwen1", "guwen4", "guwen5", "zishen"} <= names
    with database.sessions() as s:
        assert not s.scalar(select(func.count()).where(User.must_change_password.is_(True)))


def test_no_customers_when_asked_for_none(database):
    result = create_demo(database, customers=0, now=NOW)
    assert result.customers is None
    with database.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_a_negative_count_is_refused(database):
    with pytest.raises(UserError, match="负数"):
        create_demo(database, customers=-1)


def test_customers_need_a_consultant(session, system):
    with pytest.raises(ValueError):
        create_demo_customers(
            session, system, count=3, rng=random.Random(1), now=NOW, consultant_ids=[]
        )


def test_a_single_consultant_gets_no_invalid_walk_in(session, system):
    from anjia_desk.services import users

    row = users.add_user(
        session,
        system,
        username="solo",
        display_name="独行",
        roles=[Role.CONSULTANT],
        password=None,
    )
    stats = create_demo_customers(
        session, system, count=5, rng=random.Random(2), now=NOW, consultant_ids=[row.id]
    )
    assert stats.customers == 5
    assert not session.scalar(select(func.count()).where(RotationTurn.invalid_reason.is_not(None)))


def test_the_fast_path_stores_what_sqlalchemy_would(database, system, tmp_path):
    """bulk_insert's own conversion (SQLite's executemany, PostgreSQL's COPY) gives the same
    stored values as the column types."""
    row = {
        "id": 1,
        "version": 1,
        "created_at": datetime(2026, 3, 1, 1, 2, 3, tzinfo=UTC),
        "updated_at": datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
        "name": "曾小贤",
        "name_initials": "zxx",
        "phone": "13812345678",
        "phone_key": "13812345678",
        "phone_kind": "mobile",
        "budget_min": Decimal("250.5"),
        "budget_max": None,
        "birthday": date(1990, 2, 3),
        "birthday_md": "02-03",
        "marketing_opt_in": True,
        "do_not_disturb": False,
        "last_contact_at": datetime(2026, 3, 1, 1, 2, 3, 456, tzinfo=UTC),
        "next_follow_up_on": date(2026, 3, 31),
        "grade": "B",
        "owner_id": None,
        **dict.fromkeys(
            ("gender", "age_band", "family_structure", "layout", "floor_preference", "purpose"),
            "",
        ),
        **dict.fromkeys(("buyer_type", "focus", "channel", "awareness", "notes"), ""),
        "visit_count": 2,
        "risk_monitoring": False,
    }
    with second_database(database, tmp_path) as other:
        with session_scope(database, system) as s:
            bulk_insert(s, Customer.__table__, [row])
        with session_scope(other, system) as s:
            s.execute(insert(Customer.__table__), [row])
        raw = []
        for db in (database, other):
            with db.engine.connect() as conn:
                raw.append(conn.exec_driver_sql("SELECT * FROM customers").all())
        assert raw[0] == raw[1]
        with database.sessions() as s:
            customer = s.get(Customer, 1)
            assert customer.budget_min == Decimal("250.50")
            assert customer.last_contact_at == row["last_contact_at"]


def test_the_fast_path_refuses_a_naive_moment(session):
    row = {"id": 1, "created_at": datetime(2026, 1, 1), "name": "x"}
    with pytest.raises(ValueError, match="naive"):
        bulk_insert(session, Customer.__table__, [row])


def test_grade_values_are_grades(demo_db):
    database, _ = demo_db
    with database.sessions() as s:
        assert set(s.scalars(select(GradeChange.to_grade).distinct())) <= {g.value for g in Grade}


def test_the_readme_names_every_demo_login_by_role() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for username, name, roles in demo.DEMO_USERS:
        row = f"| `{username}` | {name} | {'、'.join(role.label for role in roles)} |"
        assert row in readme, row
    assert f"password `{demo.DEMO_PASSWORD}`" in readme


def test_only_buyers_are_monitored_and_marked_after_their_subscription(demo_db):
    """DOMAIN §4: risk marks start at 认购 — the demo monitors buyers only."""
    database, _ = demo_db
    with database.sessions() as s:
        rule = customer_state.rules(s)
        monitored = s.scalars(select(Customer).where(Customer.risk_monitoring.is_(True))).all()
        assert monitored
        for c in monitored:
            subscribed = s.scalar(
                select(func.min(Deal.subscribed_at)).where(
                    Deal.customer_id == c.id, Deal.cancelled_at.is_(None)
                )
            )
            assert subscribed is not None, c.name
            first_mark = s.scalar(
                select(func.min(RiskMark.day)).where(RiskMark.customer_id == c.id)
            )
            if first_mark is not None:
                assert subscribed.astimezone(rule.zone).date() <= first_mark, c.name
        # Marks stay on a customer no longer monitored only when the deal ended (a 退房 stops
        # the monitoring; its history stays).
        live = select(Deal.customer_id).where(Deal.cancelled_at.is_(None))
        unmonitored_marks = s.scalar(
            select(func.count())
            .select_from(RiskMark)
            .join(Customer, Customer.id == RiskMark.customer_id)
            .where(Customer.risk_monitoring.is_(False), Customer.id.in_(live))
        )
        assert unmonitored_marks == 0
        assert (
            s.scalar(
                select(func.count()).where(
                    ~Customer.id.in_(select(Deal.customer_id)),
                    Customer.id.in_(select(RiskMark.customer_id)),
                )
            )
            == 0
        )  # never on someone who never bought
