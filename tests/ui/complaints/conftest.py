"""What the complaint window's tests share (issue 18): the deal world of the deal screens plus a
customer-service manager, the vice president and legal, a subscribed deal, a complaint taken in
on it through the service (the intake dialog is the 投诉 list's), the app's clock at NOW (Friday
20 November 2026, 10:00 office time); every window a test opened is closed afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import shiboken6

from anjia_desk.core.complaint_forms import IntakeForm
from anjia_desk.core.complaints import Channel, Level, Nature
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.ui.changes import window as change_window
from anjia_desk.ui.complaints import window as complaint_window
from anjia_desk.ui.context import AppContext
from tests.helpers import add_actor
from tests.ui.deals.test_deal_window import NOW, World, build_world, subscribe_deal


@dataclass
class Office:
    world: World
    cs_manager: Actor
    vice_president: Actor
    legal: Actor
    deal_id: int
    complaint_id: int


def take_in(database: Database, actor: Actor, **changes: object) -> int:
    """A complaint taken in by `actor` through the service (TS-00000N)."""
    from dataclasses import replace

    from anjia_desk.services.complaints import file_complaint

    form = IntakeForm(
        channel=Channel.PHONE,
        who="王建国",
        what="客厅地面空鼓，约 12 平方米",
        nature=Nature.QUALITY,
        level=Level.MINOR,
        contact_phone="13800001111",
        happened="2026-11-19 晚",
        place="1栋101 客厅",
        why="找平层施工不实",
        how_much="约 12 平方米",
        how_to_solve="返修并赔偿",
        point="墙地面空鼓开裂",
    )
    with session_scope(database, actor) as s:
        return file_complaint(s, actor, replace(form, **changes), now=NOW)  # type: ignore[arg-type]


@pytest.fixture
def office(database: Database) -> Office:
    world = build_world(database)
    with session_scope(database, Actor.system()) as s:
        cs_manager = add_actor(s, "kefu", "客服吴静", Role.CS_MANAGER)
        vice_president = add_actor(s, "fuzong", "陈副总", Role.VICE_PRESIDENT)
        legal = add_actor(s, "fawu", "法务老周", Role.LEGAL)
    deal_id = subscribe_deal(database, world)
    complaint_id = take_in(
        database, world.secretary, customer_id=world.customer_id, deal_id=deal_id
    )
    return Office(world, cs_manager, vice_president, legal, deal_id, complaint_id)


@pytest.fixture
def at_now(ctx: AppContext) -> Iterator[None]:
    """The app clock at NOW; afterwards every window still open is closed."""
    ctx.clock = lambda: NOW
    yield
    for registry in (complaint_window._OPEN, change_window._OPEN):
        for window in list(registry.values()):  # type: ignore[attr-defined]
            if shiboken6.isValid(window):
                window.close()
        registry.clear()  # type: ignore[attr-defined]
