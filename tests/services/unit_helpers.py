"""Shared set-up of the unit-side service tests (projects, units, holds, tickets)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature, Stage
from anjia_desk.core.roles import Role
from anjia_desk.core.unit_forms import BuildingPlan, RoomType
from anjia_desk.db.models import Customer, Deal, Project, QueueTicket, Receipt, Unit
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_customer
from tests.helpers import add_actor

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in the office (Asia/Shanghai)
SYSTEM = Actor.system()


def make_staff(session: Session) -> dict[str, Actor]:
    return {
        "consultant": add_actor(session, "c1", "李娜", Role.CONSULTANT),
        "other": add_actor(session, "c2", "赵强", Role.CONSULTANT),
        "secretary": add_actor(session, "s1", "孙秘书", Role.SALES_SECRETARY),
        "manager": add_actor(session, "m1", "周经理", Role.SITE_MANAGER),
        "cashier": add_actor(session, "k1", "钱出纳", Role.CASHIER),
    }


def plan(project_id: int, **kw: Any) -> BuildingPlan:
    values: dict[str, Any] = {
        "project_id": project_id,
        "name": "3栋",
        "floors": 3,
        "room_types": (
            RoomType(
                "01", "三室两厅", Decimal("100"), Decimal("80"), Decimal("10000"), Decimal("11000")
            ),
            RoomType("02", "两室两厅", Decimal("89.5"), None, Decimal("12000"), Decimal("12000")),
        ),
        "step_per_floor": Decimal("100"),
    }
    values.update(kw)
    return BuildingPlan(**values)


def make_tickets(
    session: Session, project: Project, *names: str, paid: bool = True
) -> list[QueueTicket]:
    """Active queue tickets 1, 2, … of new customers with these names; with `paid`, each with
    its 认筹金 received (a receipt written with the ORM)."""
    out = []
    for n, name in enumerate(names, start=1):
        customer = make_customer(session, name, f"1380000{n:04d}")
        ticket = QueueTicket(
            project_id=project.id, number=n, customer_id=customer.id, amount=Decimal(20000)
        )
        session.add(ticket)
        out.append(ticket)
    session.flush()
    if paid:
        for ticket in out:
            pay_ticket(session, ticket)
    return out


def pay_ticket(
    session: Session, ticket: QueueTicket | int, amount: Decimal | None = None
) -> Receipt:
    """A receipt of 认筹金 on the ticket (its whole amount by default), written with the ORM."""
    if isinstance(ticket, int):
        found = session.get(QueueTicket, ticket)
        assert found is not None
        ticket = found
    last = session.scalar(
        select(func.max(Receipt.number)).where(Receipt.project_id == ticket.project_id)
    )
    receipt = Receipt(
        project_id=ticket.project_id,
        number=int(last or 0) + 1,
        customer_id=ticket.customer_id,
        ticket_id=ticket.id,
        payer="客户",
        nature=Nature.QUEUE.value,
        amount=ticket.amount if amount is None else amount,
        method="转账",
        paid_on=NOW.date(),
    )
    session.add(receipt)
    session.flush()
    return receipt


def make_deal(session: Session, project: Project, unit: Unit, stage: Stage) -> Deal:
    """A live deal on `unit` at `stage`, written with the ORM."""
    customer = session.scalar(select(Customer).limit(1)) or make_customer(session)
    deal = Deal(
        project_id=project.id, unit_id=unit.id, customer_id=customer.id, buyer_name="王建国",
        payment_method="full", list_price=unit.list_price, price=unit.list_price,
        filed_price=unit.filed_price, deposit=Decimal(50000), subscribed_at=NOW,
        sign_deadline=date(2026, 11, 30), penalty_per_10k=Decimal(5), cancel_days=90,
        stage=stage.value,
    )  # fmt: skip
    session.add(deal)
    session.flush()
    return deal
