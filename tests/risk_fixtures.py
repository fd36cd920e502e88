"""A customer's 认购 built directly with the models, for the tests of risk monitoring (DOMAIN §4:
it starts at 认购). services.deals.subscribe is tested on its own (tests/services/test_deals.py);
this gives the risk tests the one fact they need — a live deal — without the deal machinery."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from anjia_desk.core.deals import PaymentMethod, Stage
from anjia_desk.db.models import Customer, Deal
from tests.deal_fixtures import make_building, make_project


def make_subscription(
    session: Session, customer: Customer, *, at: datetime, monitoring: bool = True
) -> Deal:
    """A live 认购 of one unit by `customer` at `at`; `monitoring` as services.deals.subscribe
    leaves it (on), or off as if switched off by hand afterwards."""
    project = make_project(session, f"风险测试苑{customer.id}")
    unit = make_building(session, project, rooms=("01",), floors=1)[0]
    price = Decimal("1000000.00")
    deal = Deal(
        project_id=project.id,
        unit_id=unit.id,
        customer_id=customer.id,
        buyer_name=customer.name or "买受人",
        payment_method=PaymentMethod.FULL,
        list_price=price,
        price=price,
        filed_price=Decimal("1100000.00"),
        deposit=Decimal("50000.00"),
        subscribed_at=at,
        sign_deadline=(at + timedelta(days=7)).date(),
        penalty_per_10k=Decimal("5"),
        cancel_days=90,
        stage=Stage.SUBSCRIBED,
    )
    session.add(deal)
    customer.risk_monitoring = monitoring
    session.flush()
    return deal
