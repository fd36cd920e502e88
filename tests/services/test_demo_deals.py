"""Demo deals: every stage and payment method, the queue's story, money that adds up, late
payments across the aging buckets, holds live and expired, care touches; repeatable by seed."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from anjia_desk.cli import run
from anjia_desk.core import passwords
from anjia_desk.core.deals import (
    Aging,
    DiscountStatus,
    HoldKind,
    Nature,
    PaymentMethod,
    Stage,
    TicketStatus,
    UnitStatus,
)
from anjia_desk.db.engine import open_database, session_scope
from anjia_desk.db.models import (
    AuditEntry,
    CareTouch,
    Customer,
    Deal,
    Installment,
    Project,
    QueueTicket,
    Receipt,
    Unit,
    UnitHold,
)
from anjia_desk.services import customer_state, receivables
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import ReceivableQuery
from anjia_desk.services.demo import create_demo
from anjia_desk.services.demo_deals import PROJECT, create_demo_deals
from anjia_desk.services.holds import release_expired

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)  # 14:00 in Shanghai
COUNT = 400


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "_N", 2**10)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    saved, passwords._N = passwords._N, 2**10
    try:
        database = open_database(str(tmp_path_factory.mktemp("deals") / "demo.db"))
        result = create_demo(database, seed=2, customers=COUNT, now=NOW)
        yield database, result
        database.close()
    finally:
        passwords._N = saved


def test_stats_agree_with_the_rows(demo):
    database, result = demo
    stats = result.deals
    assert stats is not None
    with database.sessions() as s:
        project = s.scalars(select(Project)).one()
        assert project.name == PROJECT and project.permit_date < NOW.date()
        assert s.scalar(select(func.count()).select_from(Unit)) == stats.units
        assert stats.buildings == 3 and stats.units > 300
        tickets = Counter(s.scalars(select(QueueTicket.status)))
        assert sum(tickets.values()) == stats.tickets == 60
        assert tickets[TicketStatus.VOIDED] == stats.tickets_voided == 2
        assert tickets[TicketStatus.REFUNDED] == stats.tickets_refunded == 5
        assert tickets[TicketStatus.CONVERTED] > 40
        assert s.scalar(select(func.count()).select_from(Deal)) == stats.deals
        stages = Counter(s.scalars(select(Deal.stage)))
        assert stats.stages == {stage.label: stages[stage.value] for stage in Stage}
        assert s.scalar(select(func.count()).select_from(Receipt)) == stats.receipts
        assert s.scalar(select(func.count(Receipt.voided_at))) == stats.receipts_voided == 1
        assert s.scalar(select(func.count()).select_from(CareTouch)) == stats.care_touches
    assert "安家·云栖府" not in stats.summary() and "交易 " in stats.summary()


def test_every_stage_method_and_discount_state(demo):
    database, _result = demo
    with database.sessions() as s:
        today = customer_state.rules(s).today(NOW)
        rows = s.execute(
            select(Deal.stage, Deal.payment_method, Deal.discount_status, Deal.sign_deadline)
        ).all()
        assert {r.stage for r in rows} >= {s.value for s in Stage if s is not Stage.CANCELLED}
        assert {r.payment_method for r in rows} == {m.value for m in PaymentMethod}
        statuses = Counter(r.discount_status for r in rows)
        assert statuses[DiscountStatus.PENDING] >= 1 and statuses[DiscountStatus.APPROVED] >= 3
        # 认购未签约: some within the deadline, some past it.
        unsigned = [r.sign_deadline for r in rows if r.stage == Stage.SUBSCRIBED]
        assert any(d < today for d in unsigned) and any(d >= today for d in unsigned)


def test_the_queue_story(demo):
    database, _result = demo
    with database.sessions() as s:
        numbers = s.scalars(select(QueueTicket.number).order_by(QueueTicket.number)).all()
        assert numbers == list(range(1, 61))
        for ticket in s.scalars(select(QueueTicket)):
            received = s.scalars(
                select(Receipt).where(Receipt.ticket_id == ticket.id, Receipt.voided_at.is_(None))
            ).all()
            if ticket.status == TicketStatus.VOIDED:
                assert not received and ticket.void_reason
            elif ticket.status == TicketStatus.CONVERTED:
                deal = s.get(Deal, ticket.deal_id)
                assert deal is not None and deal.customer_id == ticket.customer_id
                assert all(r.deal_id == deal.id for r in received)  # 认筹金 turned into 定金
            else:
                assert sum(r.amount for r in received) == ticket.amount
        choices = s.scalars(select(UnitHold).where(UnitHold.kind == HoldKind.CHOICE)).all()
        assert len(choices) == numbers.__len__() - 2 - 5 - 3  # not voided, refunded, skipped
        assert all(h.release_reason == "转认购" for h in choices)
        skips = s.scalar(select(func.count()).where(AuditEntry.action == "skip"))
        assert skips == 3


def test_money_adds_up(demo):
    database, _result = demo
    with database.sessions() as s:
        paid: dict[int, Decimal] = defaultdict(Decimal)
        for installment_id, amount in s.execute(
            select(Receipt.installment_id, Receipt.amount).where(
                Receipt.voided_at.is_(None), Receipt.installment_id.is_not(None)
            )
        ):
            paid[installment_id] += amount
        plans: dict[int, Decimal] = defaultdict(Decimal)
        for item in s.scalars(select(Installment)):
            assert item.paid == paid[item.id] <= item.amount
            assert (item.settled_on is not None) == (item.paid == item.amount)
            plans[item.deal_id] += item.amount
        for deal in s.scalars(select(Deal)):
            extra = max(deal.area_settlement or Decimal(0), Decimal(0)) + deal.fees
            assert plans[deal.id] == deal.price + extra
            assert deal.price <= deal.filed_price and deal.deposit <= deal.price / 5
        reissued = s.scalars(select(Receipt).where(Receipt.reissue_of_id.is_not(None))).one()
        original = s.get(Receipt, reissued.reissue_of_id)
        assert original is not None and original.voided_at is not None
        assert (reissued.amount, reissued.installment_id) == (
            original.amount,
            original.installment_id,
        )
        assert reissued.number > original.number
        assert s.scalar(select(func.count(Receipt.confirmed_at))) > 100


def test_late_payments_across_the_buckets(demo):
    database, result = demo
    with database.sessions() as s:
        summary = receivables.receivables(s, Actor.system(), ReceivableQuery(), now=NOW)
    overdue = [row for row in summary.rows if row.days_overdue > 0 and not row.loan_late]
    assert len(overdue) == result.deals.overdue
    days = [row.days_overdue for row in overdue]
    assert min(days) <= 5 and max(days) >= 100
    assert {row.bucket for row in overdue} >= {Aging.D1_15, Aging.D16_30, Aging.OVER_90}
    assert any(row.nature is Nature.DOWN for row in overdue)
    assert any(row.nature is Nature.PRICE for row in overdue)
    assert summary.total_penalty > 0


def test_units_agree_with_holds_and_deals_and_expired_holds_go(demo, tmp_path):
    database, result = demo
    with database.sessions() as s:
        # A deal cancelled by a change order (issue 17) gave its unit back: 可售 again.
        live = select(Deal.unit_id, Deal.stage).where(Deal.cancelled_at.is_(None))
        stages = {unit_id: stage for unit_id, stage in s.execute(live)}
        holds = {
            unit_id: kind
            for unit_id, kind in s.execute(
                select(UnitHold.unit_id, UnitHold.kind).where(UnitHold.released_at.is_(None))
            )
        }
        expected_by_stage = {
            Stage.SUBSCRIBED: UnitStatus.SUBSCRIBED,
            Stage.SIGNED: UnitStatus.SIGNED,
            Stage.DELIVERED: UnitStatus.DELIVERED,
            Stage.CERTIFIED: UnitStatus.DELIVERED,
        }
        for unit_id, status in s.execute(select(Unit.id, Unit.status)):
            if unit_id in stages:
                assert status == expected_by_stage[Stage(stages[unit_id])]
            elif unit_id in holds:
                wanted = (
                    UnitStatus.RESERVED if holds[unit_id] == HoldKind.RESERVE else UnitStatus.HELD
                )
                assert status == wanted
            else:
                assert status == UnitStatus.AVAILABLE
        stats = result.deals
        assert stats.live_holds == 5 and stats.expired_holds == 3
        # Holds remember when they were placed, not when the demo ran.
        for hold in s.scalars(select(UnitHold).where(UnitHold.kind == HoldKind.HOLD)):
            assert hold.created_at < NOW and hold.expires_at > hold.created_at
    copy = tmp_path / "copy.db"
    with database.sessions() as s:
        s.execute(text(f"VACUUM INTO '{copy}'"))
    other = open_database(str(copy))
    try:
        with session_scope(other, Actor.system()) as s:
            assert release_expired(s, now=NOW) == 3
            left = s.scalar(select(func.count()).where(UnitHold.released_at.is_(None)))
            assert left == 5
    finally:
        other.close()


def test_care_touches(demo):
    database, _result = demo
    with database.sessions() as s:
        signed = s.execute(
            select(Deal.id, Customer.do_not_disturb)
            .join(Customer, Customer.id == Deal.customer_id)
            .where(Deal.signed_at.is_not(None))
        ).all()
        touches = Counter(s.scalars(select(CareTouch.deal_id)))
        for deal_id, quiet in signed:
            assert touches[deal_id] == (0 if quiet else 3)
        done = s.execute(select(CareTouch.due_at, CareTouch.done_at)).all()
        assert any(d is None for _, d in done) and any(d is not None for _, d in done)
        for due, at in done:
            assert at is None or at >= due
            if at is None:
                assert due >= NOW - timedelta(days=1)


def _snapshot(database) -> list[tuple]:
    with database.sessions() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(
                    Deal.unit_id,
                    Deal.customer_id,
                    Deal.payment_method,
                    Deal.price,
                    Deal.stage,
                    Deal.buyer_id_masked,
                    Deal.subscribed_at,
                ).order_by(Deal.id)
            )
        ]


def test_the_same_seed_gives_the_same_deals(tmp_path):
    runs = {}
    for name, seed in (("a", 4), ("b", 4), ("c", 5)):
        database = open_database(str(tmp_path / f"{name}.db"))
        try:
            result = create_demo(database, seed=seed, customers=80, now=NOW)
            assert result.deals is not None and result.deals.deals >= 10
            runs[name] = _snapshot(database)
        finally:
            database.close()
    assert runs["a"] == runs["b"] and runs["a"] != runs["c"]


def test_no_buyers_no_deals(session, system):
    assert create_demo_deals(session, system, rng=random.Random(1), now=NOW) is None
    assert session.scalar(select(func.count()).select_from(Project)) == 0


def test_cli_demo_prints_the_deals_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "cli.db"
    assert run(["--db", str(path), "demo", "--customers", "60", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("项目 安家·云栖府："))
    assert "认筹" in line and "交易" in line and "收据" in line and "逾期" in line
