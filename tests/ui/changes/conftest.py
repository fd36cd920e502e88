"""What the 变更 screens' tests share (issue 17): the deal world of the deal screens plus a
customer-service manager and a marketing head, a subscribed deal with its 定金 and part of the
price paid at the cashier, the app's clock at NOW; every deal and change-order window a test
opened is closed afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
import shiboken6

from anjia_desk.core.deals import Nature
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.ui.changes import window as change_window
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals import window as deal_window
from tests.helpers import add_actor
from tests.ui.deals.test_deal_window import NOW, World, build_world, subscribe_deal


@dataclass
class Office:
    world: World
    cs_manager: Actor
    marketing: Actor
    deal_id: int
    unit_id: int


@pytest.fixture
def office(database: Database) -> Office:
    from anjia_desk.services.payments import record_payment

    world = build_world(database)
    with session_scope(database, Actor.system()) as s:
        cs_manager = add_actor(s, "kefu", "客服吴静", Role.CS_MANAGER)
        marketing = add_actor(s, "yingxiao", "营销郑伟", Role.MARKETING_HEAD)
    deal_id = subscribe_deal(database, world)
    with session_scope(database, world.cashier) as s:
        for nature, amount in ((Nature.DEPOSIT, "50000"), (Nature.PRICE, "100000")):
            record_payment(
                s, world.cashier, amount=Decimal(amount), nature=nature, payer="王建国",
                method="转账", deal_id=deal_id, now=NOW,
            )  # fmt: skip
    return Office(world, cs_manager, marketing, deal_id, world.unit_ids[0])


@pytest.fixture
def at_now(ctx: AppContext) -> Iterator[None]:
    """The app clock at NOW; afterwards every window still open is closed."""
    ctx.clock = lambda: NOW
    yield
    for registry in (change_window._OPEN, deal_window._OPEN):
        for window in list(registry.values()):  # type: ignore[attr-defined]
            if shiboken6.isValid(window):
                window.close()
        registry.clear()  # type: ignore[attr-defined]
