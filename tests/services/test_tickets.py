"""services/tickets.py: 认筹 queue tickets and 开盘选房 (choose in turn, 过号)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import HoldKind, TicketStatus, UnitStatus
from anjia_desk.core.errors import ConflictError, NotFound, PermissionDenied, UserError
from anjia_desk.db.models import AuditEntry, QueueTicket, UnitHold
from anjia_desk.services import tickets, units
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.services.unit_helpers import NOW, SYSTEM, make_staff, make_tickets, pay_ticket


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
    return make_staff(session)


# --- 开盘选房


def test_choose_in_queue_order_with_skips(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    made = make_building(session, project, floors=3)
    t1, t2, t3 = make_tickets(session, project, "甲一", "乙二", "丙三")
    consultant = staff["consultant"]
    nxt = tickets.next_in_queue(session, consultant, project.id)
    assert nxt is not None and (nxt.number, nxt.customer_name) == (1, "甲一")
    with pytest.raises(UserError, match="还没轮到第 2 号：第 1 号 甲一"):
        tickets.choose_unit(session, consultant, made[0].id, ticket_id=t2.id, now=NOW)
    tickets.skip_ticket(session, consultant, t1.id, reason="未到场")
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "skip"))
    assert entry is not None and entry.entity_id == t1.id and entry.reason == "未到场"
    assert tickets.next_in_queue(session, consultant, project.id).number == 2
    hold_id = tickets.choose_unit(session, consultant, made[0].id, ticket_id=t2.id, now=NOW)
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and hold.kind == HoldKind.CHOICE and hold.ticket_id == t2.id
    assert hold.customer_id == t2.customer_id and hold.expires_at == NOW + timedelta(hours=24)
    assert made[0].status == UnitStatus.HELD
    detail = units.unit_detail(session, consultant, made[0].id, now=NOW)
    assert detail.hold is not None and detail.hold.ticket_number == 2
    with pytest.raises(ConflictError, match="第 2 号 乙二 选定"):
        tickets.choose_unit(session, consultant, made[0].id, ticket_id=t3.id, now=NOW)
    with pytest.raises(UserError, match="已选定"):
        tickets.choose_unit(session, consultant, made[1].id, ticket_id=t2.id, now=NOW)
    assert tickets.next_in_queue(session, consultant, project.id).number == 3
    # the skipped customer arrives late: may still choose (nobody before them is waiting)
    tickets.choose_unit(session, consultant, made[1].id, ticket_id=t1.id, now=NOW)
    tickets.choose_unit(session, consultant, made[2].id, ticket_id=t3.id, now=NOW)
    assert tickets.next_in_queue(session, consultant, project.id) is None


def test_choice_refusals(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    made = make_building(session, project)
    other_project = make_project(session, "安家·别处")
    t1, t2 = make_tickets(session, project, "甲一", "乙二")
    consultant = staff["consultant"]
    t1.status = TicketStatus.VOIDED.value
    session.flush()
    with pytest.raises(UserError, match="作废"):
        tickets.choose_unit(session, consultant, made[0].id, ticket_id=t1.id, now=NOW)
    with pytest.raises(UserError, match="作废"):
        tickets.skip_ticket(session, consultant, t1.id, reason="")
    # a voided ticket does not block the queue
    elsewhere = make_building(session, other_project, "9栋")[0]
    with pytest.raises(UserError, match="不是这个项目"):
        tickets.choose_unit(session, consultant, elsewhere.id, ticket_id=t2.id, now=NOW)
    with pytest.raises(NotFound):
        tickets.choose_unit(session, consultant, made[0].id, ticket_id=999, now=NOW)
    with pytest.raises(PermissionDenied):
        tickets.choose_unit(session, staff["cashier"], made[0].id, ticket_id=t2.id, now=NOW)
    tickets.skip_ticket(session, consultant, t2.id, reason="")
    with pytest.raises(UserError, match="已过号"):
        tickets.skip_ticket(session, consultant, t2.id, reason="")
    tickets.choose_unit(session, consultant, made[0].id, ticket_id=t2.id, now=NOW)
    t4 = QueueTicket(project_id=project.id, number=4, customer_id=t2.customer_id, amount=1)
    session.add(t4)
    session.flush()
    pay_ticket(session, t4)
    tickets.choose_unit(session, consultant, made[1].id, ticket_id=t4.id, now=NOW)
    with pytest.raises(UserError, match="已选过房"):
        tickets.skip_ticket(session, consultant, t4.id, reason="")


def test_next_in_queue_shows_the_phone_as_allowed(
    session: Session, staff: dict[str, Actor]
) -> None:
    project = make_project(session)
    make_tickets(session, project, "甲一")
    row = tickets.next_in_queue(session, staff["consultant"], project.id)
    assert row is not None and row.shown_phone == "138****0001"
    assert tickets.next_in_queue(session, SYSTEM, project.id).shown_phone == "13800000001"


def test_a_skip_is_the_tickets_state(session: Session, staff: dict[str, Actor]) -> None:
    """过号 is written on the ticket (when, why); whose turn it is reads it from there."""
    project = make_project(session)
    t1, t2 = make_tickets(session, project, "甲一", "乙二")
    consultant = staff["consultant"]
    later = NOW + timedelta(minutes=5)
    tickets.skip_ticket(session, consultant, t1.id, reason="  叫号三次未到 ", now=later)
    assert (t1.skipped_at, t1.skip_reason, t1.status) == (later, "叫号三次未到", "active")
    rows = tickets.list_tickets(session, SYSTEM, project.id)
    assert [(r.number, r.skipped_at, r.skip_reason) for r in rows] == [
        (1, later, "叫号三次未到"),
        (2, None, ""),
    ]
    assert tickets.next_in_queue(session, consultant, project.id).skipped_at is None
    # The schema decides, not the audit log: an audit entry alone skips nobody …
    session.add(
        AuditEntry(actor="x", action="skip", entity="queue_tickets", entity_id=t2.id, summary="")
    )
    session.flush()
    assert tickets.next_in_queue(session, consultant, project.id).number == 2
    # … and a skipped_at alone is a skip.
    t2.skipped_at = later
    session.flush()
    assert tickets.next_in_queue(session, consultant, project.id) is None
    # Both may still choose, out of turn, when they come back.
    waiting = tickets.skipped_waiting(session, consultant, project.id)
    assert [r.number for r in waiting] == [1, 2]
    with pytest.raises(UserError, match="已过号"):
        tickets.skip_ticket(session, consultant, t2.id, reason="")
    # A blank reason is stored blank and audited without one.
    elsewhere = make_project(session, "安家·别处")
    t3 = QueueTicket(project_id=elsewhere.id, number=1, customer_id=t1.customer_id, amount=1)
    session.add(t3)
    session.flush()
    tickets.skip_ticket(session, consultant, t3.id, reason=" ", now=later)
    assert t3.skip_reason == ""
    entry = session.scalar(
        select(AuditEntry).where(AuditEntry.action == "skip", AuditEntry.entity_id == t3.id)
    )
    assert entry is not None and entry.reason is None


def test_issue_void_and_list(session: Session, staff: dict[str, Actor]) -> None:
    """The ticket services themselves (their refusals are in test_deals.py's ticket tests)."""
    project = make_project(session)
    units_ = make_building(session, project)
    customer = make_customer(session, owner=staff["consultant"])
    secretary = staff["secretary"]
    first = tickets.issue_ticket(
        session, staff["consultant"], project_id=project.id, customer_id=customer.id,
        amount=Decimal("20000.004"), now=NOW,
    )  # fmt: skip
    second = tickets.issue_ticket(
        session, secretary, project_id=project.id, customer_id=customer.id,
        amount=Decimal(1), now=NOW,
    )  # fmt: skip
    ticket = session.get(QueueTicket, first)
    assert ticket is not None and (ticket.number, ticket.amount) == (1, Decimal("20000.00"))
    with pytest.raises(UserError, match="尚未录入预售许可日期"):
        tickets.issue_ticket(
            session, secretary, project_id=make_project(session, "无证", permit_date=None).id,
            customer_id=customer.id, amount=Decimal(1), now=NOW,
        )  # fmt: skip
    with pytest.raises(NotFound, match="找不到编号为 999 的项目"):
        tickets.issue_ticket(
            session, secretary, project_id=999, customer_id=customer.id, amount=Decimal(1)
        )
    tickets.allow_choice(session, SYSTEM, first, reason="现场补交", now=NOW)  # no money: voidable
    tickets.choose_unit(session, secretary, units_[0].id, ticket_id=first, now=NOW)
    with pytest.raises(UserError, match="已选房"):
        tickets.void_ticket(session, secretary, first, reason="重复", now=NOW)
    # Once the choice's time is up, voiding releases it first.
    tickets.void_ticket(session, secretary, first, reason="重复", now=NOW + timedelta(days=2))
    assert ticket.status == TicketStatus.VOIDED and units_[0].status == UnitStatus.AVAILABLE
    with pytest.raises(NotFound, match="找不到编号为 999 的认筹排号"):
        tickets.void_ticket(session, secretary, 999, reason="x", now=NOW)
    rows = tickets.list_tickets(session, secretary, project.id)
    assert [(r.number, r.status, r.chosen_unit) for r in rows] == [
        (1, "voided", ""),
        (2, "active", ""),
    ]
    pay_ticket(session, second)
    tickets.choose_unit(session, secretary, units_[1].id, ticket_id=second, now=NOW)
    row = tickets.list_tickets(session, secretary, project.id, status="active")[0]
    assert row.chosen_unit == "1栋0102" and row.choice_hold_id is not None
    assert [r.amount for r in tickets.received_on_ticket(session, second)] == [Decimal(1)]
