"""Shared set-up of the 换房/更名 service tests (issue 17): staff, a project with three
buildings, a subscribed deal, money received on it, and a change order row as file_change
creates it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.change_forms import RequestForm
from anjia_desk.core.changes import ChangeKind, ChangeStatus
from anjia_desk.core.deals import PaymentMethod, Stage
from anjia_desk.core.identity import check_character
from anjia_desk.core.roles import Role
from anjia_desk.db.models import (
    ChangeOrder,
    Customer,
    Deal,
    Installment,
    Project,
    Receipt,
    Unit,
)
from anjia_desk.services import deals
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import SubscribeRequest
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
TODAY = date(2026, 11, 20)
LATER = NOW + timedelta(days=3)


def _id_number() -> str:
    first = "11010119900307123"
    return first + check_character(first)


def make_staff(session: Session) -> dict[str, Actor]:
    return {
        "c1": add_actor(session, "c1", "王顾问", Role.CONSULTANT),
        "c2": add_actor(session, "c2", "李顾问", Role.CONSULTANT),
        "sec": add_actor(session, "sec", "秘书小林", Role.SALES_SECRETARY),
        "mgr": add_actor(session, "mgr", "周经理", Role.SITE_MANAGER),
        "head": add_actor(session, "head", "营销吴总", Role.MARKETING_HEAD),
        "fin": add_actor(session, "fin", "财务老孙", Role.FINANCE),
    }


class Site:
    def __init__(self, session: Session, staff: dict[str, Actor]) -> None:
        self.project = make_project(session)
        # 1栋: 表价 100万, 备案价 110万; 2栋: 表价 90万, 备案价 95万; 3栋: above its 备案价.
        self.units = make_building(session, self.project)
        self.cheaper = make_building(
            session,
            self.project,
            "2栋",
            list_price=Decimal("900000.00"),
            filed_price=Decimal("950000.00"),
        )
        self.over = make_building(
            session,
            self.project,
            "3栋",
            list_price=Decimal("1200000.00"),
            filed_price=Decimal("1100000.00"),
        )
        self.customer = make_customer(session, owner=staff["c1"])


def subscribe(
    session: Session,
    actor: Actor,
    unit: Unit,
    customer: Customer,
    method: PaymentMethod = PaymentMethod.FULL,
) -> Deal:
    deal_id = deals.subscribe(
        session,
        actor,
        SubscribeRequest(
            unit_id=unit.id,
            customer_id=customer.id,
            buyer_name="王建国",
            buyer_id_number=_id_number(),
            payment_method=method,
            deposit=Decimal("50000"),
        ),
        now=NOW,
    )
    deal = session.get(Deal, deal_id)
    assert deal is not None
    return deal


def pay(
    session: Session, project: Project, deal: Deal, seq: int, amount: str, paid_on: date = TODAY
) -> Receipt:
    """Money received on the deal's installment `seq`, written with the models."""
    row = session.scalar(
        select(Installment).where(Installment.deal_id == deal.id, Installment.seq == seq)
    )
    assert row is not None
    last = session.scalar(select(func.max(Receipt.number))) or 0
    receipt = Receipt(
        project_id=project.id,
        number=last + 1,
        customer_id=deal.customer_id,
        deal_id=deal.id,
        installment_id=row.id,
        payer="王建国",
        nature=row.nature,
        amount=Decimal(amount),
        paid_on=paid_on,
    )
    session.add(receipt)
    row.paid += Decimal(amount)
    if row.paid == row.amount:
        row.settled_on = paid_on
    session.flush()
    return receipt


def make_order(session: Session, deal: Deal, number: int = 1) -> ChangeOrder:
    """The order row as file_change creates it (flushed, with its id and number)."""
    order = ChangeOrder(
        project_id=deal.project_id,
        deal_id=deal.id,
        customer_id=deal.customer_id,
        number=number,
        kind=ChangeKind.SWAP,
        status=ChangeStatus.REVIEW,
        requested_at=NOW,
        stage_at_request=Stage(deal.stage),
    )
    session.add(order)
    session.flush()
    return order


def swap_form(unit: Unit, **extra: object) -> RequestForm:
    return RequestForm(kind=ChangeKind.SWAP, new_unit_id=unit.id, **extra)  # type: ignore[arg-type]


def approve(order: ChangeOrder, staff: dict[str, Actor]) -> None:
    order.status = ChangeStatus.APPROVED
    order.marketing_by_id = staff["head"].user_id
    order.marketing_at = NOW + timedelta(days=1)
    order.finance_by_id = staff["fin"].user_id
    order.finance_at = NOW + timedelta(days=1)


def plan_rows(session: Session, deal: Deal) -> list[Installment]:
    return list(
        session.scalars(
            select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
        )
    )


def live_receipts(session: Session, deal: Deal) -> list[Receipt]:
    return list(
        session.scalars(
            select(Receipt).where(Receipt.deal_id == deal.id, Receipt.voided_at.is_(None))
        )
    )
