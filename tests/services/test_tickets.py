"""services/tickets.py: 认筹 queue tickets and 开盘选房 (choose in turn, 过号)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import HoldKind, TicketStatus, UnitStatus
from anjia_desk.core.errors import ConflictError, NotFound, PermissionDenied, UserError
from anjia_desk.db.models import AuditEntry, QueueTicket, UnitHold
from anjia_desk.services import tickets, units
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_building, make_project
from tests.services.unit_helpers import NOW, SYSTEM, make_staff, make_tickets


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
