"""Each deal step's due days and the 补差款's due days are settings now (issue 13)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from anjia_desk.core.deals import Step
from anjia_desk.db.models import Installment
from anjia_desk.services import deal_queries, deal_steps
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import update_settings
from tests.services.test_deals import NOW, TODAY, signed, step
from tests.services.test_deals import site as site
from tests.services.test_deals import staff as staff

SYSTEM = Actor.system()

# --- the deal steps' due days and the 补差款 ------------------------------------------------------


def test_each_steps_due_days_are_a_setting(session, staff, site) -> None:
    deal = signed(session, staff, site)
    signed_on = TODAY + timedelta(days=1)
    assert deal_queries.next_steps(session, [deal.id])[deal.id] == (
        Step.FILE,
        signed_on + timedelta(days=30),
    )
    update_settings(session, SYSTEM, {"deals.step_days.file": 20})
    assert deal_queries.next_steps(session, [deal.id])[deal.id] == (
        Step.FILE,
        signed_on + timedelta(days=20),
    )


def test_the_area_payment_due_days_are_a_setting(session, staff, site) -> None:
    update_settings(session, SYSTEM, {"deals.area_due_days": 10})
    deal = signed(session, staff, site)
    step(session, staff["sec"], deal, Step.FILE)
    deal_steps.deliver(
        session, staff["sec"], deal.id, measured_area=Decimal("101"), fees=Decimal(0),
        version=deal.version, now=NOW,
    )  # fmt: skip
    due = session.scalar(
        select(Installment.due_on).where(
            Installment.deal_id == deal.id, Installment.name == "补差款"
        )
    )
    assert due == TODAY + timedelta(days=10)
