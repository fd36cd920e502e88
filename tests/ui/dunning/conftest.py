"""What the 催款 screens' tests share (issue 16): an office with a secretary, a site manager and
a consultant, and three deals owing money on TODAY — 62 days overdue (第4阶段), 3 days
overdue (第1阶段, no mailing address) and 95 days overdue (付款催告函) — with the app's clock
at NOW; every deal window a test opened is closed afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
import shiboken6
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Project, Unit
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals import window as deal_window
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.test_payments import make_deal

TODAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


@dataclass
class Dunning:
    secretary: Actor
    manager: Actor
    consultant: Actor
    finance: Actor
    stage4: int  # deal ids
    stage1: int
    demand: int


def _owing(
    session: Session,
    project: Project,
    unit: Unit,
    consultant: Actor,
    index: int,
    days: int,
    amount: str,
    *,
    address: str = "上海市浦东新区世纪大道100号",
) -> int:
    customer = make_customer(session, f"客户{index}", f"1380000{index:04d}")
    deal = make_deal(
        session,
        project,
        unit,
        customer,
        (
            (Nature.DEPOSIT, "定金", date(2026, 1, 20), Decimal("50000.00")),
            (Nature.DOWN, "首付款", TODAY - timedelta(days=days), Decimal(amount)),
        ),
        consultant=consultant,
        buyer_name=("张伟", "李娜", "王强", "赵敏")[index],
        paid=(Decimal("50000.00"),),
    )
    deal.mailing_address = address
    deal.mailing_postcode = "200120" if address else ""
    session.flush()
    return deal.id


@pytest.fixture
def dunning(database: Database) -> Dunning:
    with session_scope(database, Actor.system()) as s:
        project = make_project(s)
        units = make_building(s, project, floors=3)
        consultant = add_actor(s, "guwen", "顾问丙", Role.CONSULTANT)
        return Dunning(
            add_actor(s, "mishu", "秘书甲", Role.SALES_SECRETARY),
            add_actor(s, "jingli", "经理乙", Role.SITE_MANAGER),
            consultant,
            add_actor(s, "caiwu", "财务丁", Role.FINANCE),
            _owing(s, project, units[0], consultant, 0, 62, "300000.00"),
            _owing(s, project, units[1], consultant, 1, 3, "80000.00", address=""),
            _owing(s, project, units[2], consultant, 2, 95, "120000.00"),
        )


@pytest.fixture
def at_now(ctx: AppContext) -> Iterator[None]:
    """The app clock at NOW; afterwards every deal window still open is closed."""
    ctx.clock = lambda: NOW
    yield
    for window in list(deal_window._OPEN.values()):
        if shiboken6.isValid(window):
            window.close()
    deal_window._OPEN.clear()
