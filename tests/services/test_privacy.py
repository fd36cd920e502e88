"""The retention job: anonymise customers past the retention period (dry run first), and the
daily schedule."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry, Customer, CustomerRelative, Deal, FollowUp
from anjia_desk.services import customer_state, privacy, settings, users
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import ANONYMISED_NAME
from tests.deal_fixtures import make_building, make_project

# 2026-03-05 10:00 in Shanghai; 24 months back: 2024-03-05 (local midnight).
NOW = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)
CUTOFF = datetime(2024, 3, 4, 16, 0, tzinfo=UTC)  # 2024-03-05 00:00 in Shanghai


def add(
    session: Session,
    name: str,
    phone: str,
    *,
    contact: datetime | None = None,
    created: datetime | None = None,
) -> int:
    rule = customer_state.rules(session)
    customer = Customer(created_at=created or NOW)
    customer_state.set_name(customer, name)
    customer_state.set_phone(customer, parse_phone(phone))
    customer_state.set_birthday(customer, date(1980, 1, 2))
    customer.notes = "喜欢南向"
    session.add(customer)
    session.flush()
    if contact is not None:
        customer_state.record_contact(customer, at=contact, kind="visit", rule=rule)
    session.flush()
    return customer.id


@pytest.fixture
def people(session: Session) -> dict[str, int]:
    ids = {
        "old": add(session, "老客户", "13800000001", contact=CUTOFF - timedelta(seconds=1)),
        "recent": add(session, "近期", "13800000002", contact=CUTOFF + timedelta(minutes=1)),
        "silent_old": add(session, "从未联系", "13800000003", created=CUTOFF - timedelta(days=1)),
        "silent_new": add(session, "新登记", "13800000004", created=CUTOFF + timedelta(days=1)),
        # Created long ago, but contacted recently: kept.
        "revived": add(
            session,
            "回头客",
            "13800000005",
            created=CUTOFF - timedelta(days=400),
            contact=NOW - timedelta(days=3),
        ),
    }
    session.add(CustomerRelative(customer_id=ids["old"], relation="spouse", name="配偶"))
    session.add(
        FollowUp(
            customer_id=ids["old"],
            at=CUTOFF - timedelta(days=2),
            channel="电话",
            content="聊了预算",
        )
    )
    session.flush()
    return ids


def test_months_before_clamps_the_day():
    assert privacy.months_before(date(2026, 3, 5), 24) == date(2024, 3, 5)
    assert privacy.months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert privacy.months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)
    assert privacy.months_before(date(2024, 2, 29), 12) == date(2023, 2, 28)


def test_dry_run_counts_then_the_real_run_anonymises(session, people):
    system = Actor.system()
    assert privacy.anonymise_due(session, system, now=NOW, dry_run=True) == 2
    assert session.get(Customer, people["old"]).anonymised_at is None  # the dry run wrote nothing
    assert not session.scalars(select(AuditEntry).where(AuditEntry.action == "anonymise")).all()

    assert privacy.anonymise_due(session, system, now=NOW, dry_run=False) == 2
    session.expire_all()
    for key in ("old", "silent_old"):
        gone = session.get(Customer, people[key])
        assert gone.anonymised_at == NOW
        assert gone.name == ANONYMISED_NAME and gone.phone is None and gone.birthday is None
        assert gone.notes == ""
    for key in ("recent", "silent_new", "revived"):
        kept = session.get(Customer, people[key])
        assert kept.anonymised_at is None and kept.phone is not None, key
    assert not session.scalars(
        select(CustomerRelative).where(CustomerRelative.customer_id == people["old"])
    ).all()
    follow_up = session.scalar(select(FollowUp).where(FollowUp.customer_id == people["old"]))
    assert follow_up.content == "" and follow_up.channel == "电话"  # statistics stay

    entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "anonymise")).all()
    assert len(entries) == 1
    assert entries[0].entity == "customers" and entries[0].actor == "system"
    assert entries[0].summary.startswith("匿名化 2 位客户")
    assert "2024-03-05" in entries[0].summary and "24 个月" in entries[0].summary

    # Nothing is due any more; a second run does nothing and logs nothing.
    assert privacy.anonymise_due(session, system, now=NOW, dry_run=True) == 0
    assert privacy.anonymise_due(session, system, now=NOW, dry_run=False) == 0
    assert (
        len(session.scalars(select(AuditEntry).where(AuditEntry.action == "anonymise")).all()) == 1
    )


def test_retention_follows_the_setting(session, people):
    system = Actor.system()
    settings.update_settings(session, system, {"privacy.retention_months": 120})
    assert privacy.anonymise_due(session, system, now=NOW, dry_run=True) == 0
    settings.update_settings(session, system, {"privacy.retention_months": 6})
    # Six months: everyone last in touch (or created) before 2025-09-05.
    assert privacy.anonymise_due(session, system, now=NOW, dry_run=True) == 4


def test_large_backlog_in_batches(session, monkeypatch):
    monkeypatch.setattr(privacy, "BATCH", 2)
    for i in range(5):
        add(session, f"旧{i}", f"1390000000{i}", contact=CUTOFF - timedelta(days=10 + i))
    system = Actor.system()
    assert privacy.anonymise_due(session, system, now=NOW, dry_run=False) == 5
    names = session.scalars(select(Customer.name)).all()
    assert names == [ANONYMISED_NAME] * 5


def test_only_the_administrator_may_anonymise(session, people):
    row = users.add_user(
        session,
        Actor.system(),
        username="mgr",
        display_name="周经理",
        roles=[Role.SITE_MANAGER.value],
        password=None,
    )
    manager = Actor(row.id, "mgr", "周经理", frozenset({Role.SITE_MANAGER}))
    for dry_run in (True, False):
        with pytest.raises(PermissionDenied, match="匿名化过期客户"):
            privacy.anonymise_due(session, manager, now=NOW, dry_run=dry_run)
    with pytest.raises(PermissionDenied):
        privacy.retention_status(session, manager, now=NOW)
    admin = Actor(None, "a", "管理员", frozenset({Role.ADMIN}))
    assert privacy.anonymise_due(session, admin, now=NOW, dry_run=True) == 2


def test_retention_status(session, people):
    system = Actor.system()
    status = privacy.retention_status(session, system, now=NOW)
    assert status == privacy.RetentionStatus(
        months=24, cutoff=date(2024, 3, 5), due=2, auto=True, last_auto_run=None
    )


def _seed(database: Database) -> dict[str, int]:
    with session_scope(database, Actor.system()) as s:
        return {
            "old": add(s, "老客户", "13800000001", contact=CUTOFF - timedelta(days=1)),
            "recent": add(s, "近期", "13800000002", contact=NOW - timedelta(days=1)),
        }


def _auto(database: Database, on: bool) -> None:
    with session_scope(database, Actor.system()) as s:
        settings.update_settings(s, Actor.system(), {"privacy.auto_anonymise": on})


def test_automatic_anonymisation_is_on_by_default(database):
    """Issue 14: a new office anonymises past the retention period without being told to."""
    ids = _seed(database)
    assert privacy.run_scheduled_anonymisation(database, now=NOW) == 1
    with session_scope(database) as s:
        assert s.get(Customer, ids["old"]).anonymised_at == NOW
        notice = privacy.retention_notice(s, Actor.system())
        assert "自动匿名化已开启" in notice and "24 个月" in notice


def test_on_a_server_only_the_backup_pc_anonymises(database, monkeypatch):
    """Issue 15: several PCs on one server; the daily anonymisation is the backup PC's work."""
    from anjia_desk.services import backup_pc

    ids = _seed(database)
    with session_scope(database, Actor.system()) as s:
        backup_pc.set_backup_pc(s, Actor.system(), "front-desk-pc")
    monkeypatch.setattr(privacy, "this_pc", lambda: "cashier-pc")
    server = database.engine.dialect.name != "sqlite"
    assert privacy.run_scheduled_anonymisation(database, now=NOW) == (None if server else 1)
    monkeypatch.setattr(privacy, "this_pc", lambda: "front-desk-pc")
    assert privacy.run_scheduled_anonymisation(database, now=NOW) == (1 if server else None)
    with session_scope(database) as s:
        assert s.get(Customer, ids["old"]).anonymised_at == NOW


def test_schedule_does_nothing_while_the_setting_is_off(database):
    ids = _seed(database)
    _auto(database, False)
    assert privacy.run_scheduled_anonymisation(database, now=NOW) is None
    with session_scope(database) as s:
        assert s.get(Customer, ids["old"]).anonymised_at is None
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "anonymise")) is None


def test_schedule_runs_once_per_office_day(database):
    ids = _seed(database)
    _auto(database, True)
    assert privacy.run_scheduled_anonymisation(database, now=NOW) == 1
    with session_scope(database) as s:
        assert s.get(Customer, ids["old"]).anonymised_at == NOW
        assert s.get(Customer, ids["recent"]).anonymised_at is None
        status = privacy.retention_status(s, Actor.system(), now=NOW)
        assert status.auto and status.last_auto_run == date(2026, 3, 5)

    # Later the same office day (23:30 in Shanghai): not again, even with a new customer due.
    with session_scope(database, Actor.system()) as s:
        add(s, "又一位", "13800000003", contact=CUTOFF - timedelta(days=5))
    late = datetime(2026, 3, 5, 15, 30, tzinfo=UTC)
    assert privacy.run_scheduled_anonymisation(database, now=late) is None
    # The next office day (00:30 in Shanghai is still 3-05 16:30 UTC): it runs again.
    next_day = datetime(2026, 3, 5, 16, 30, tzinfo=UTC)
    assert privacy.run_scheduled_anonymisation(database, now=next_day) == 1
    assert privacy.run_scheduled_anonymisation(database, now=next_day) is None

    # A day with nothing due is still remembered as run.
    day3 = NOW + timedelta(days=2)
    assert privacy.run_scheduled_anonymisation(database, now=day3) == 0
    assert privacy.run_scheduled_anonymisation(database, now=day3) is None
    with session_scope(database) as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "anonymise")).all()
        assert [e.summary[:8] for e in entries] == ["匿名化 1 位客", "匿名化 1 位客"]

    # Switched off again: nothing, whatever the day.
    _auto(database, False)
    assert privacy.run_scheduled_anonymisation(database, now=NOW + timedelta(days=9)) is None


def test_customers_with_a_deal_are_kept(session, people):
    """A buyer's record stays whatever their last contact: deals are accounting records."""
    project = make_project(session)
    unit = make_building(session, project, floors=1, rooms=("01",))[0]
    deal = Deal(
        project_id=project.id,
        unit_id=unit.id,
        customer_id=people["old"],
        buyer_name="老客户",
        payment_method="full",
        list_price=Decimal("1000000"),
        price=Decimal("980000"),
        filed_price=Decimal("1100000"),
        deposit=Decimal("50000"),
        subscribed_at=CUTOFF - timedelta(days=30),
        sign_deadline=date(2024, 2, 10),
        penalty_per_10k=Decimal("5"),
        cancel_days=90,
        # Cancelled long ago: still a deal on the books.
        cancelled_at=CUTOFF - timedelta(days=20),
        stage="cancelled",
    )
    session.add(deal)
    session.flush()
    system = Actor.system()
    assert privacy.anonymise_due(session, system, now=NOW, dry_run=True) == 1
    assert privacy.anonymise_due(session, system, now=NOW, dry_run=False) == 1
    assert session.get(Customer, people["old"]).anonymised_at is None
    assert session.get(Customer, people["silent_old"]).anonymised_at == NOW
