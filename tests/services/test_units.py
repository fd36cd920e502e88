"""services/units.py: the 销控表, one unit's detail and actions, editing a unit, 不可售."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Stage, UnitStatus
from anjia_desk.core.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from anjia_desk.core.unit_forms import RoomType
from anjia_desk.core.units import UnitAction
from anjia_desk.db.engine import Database
from anjia_desk.db.models import Deal, Unit
from anjia_desk.services import holds, projects, units
from anjia_desk.services.context import Actor
from anjia_desk.services.unit_status import set_unit_status
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.services.unit_helpers import NOW, SYSTEM, make_deal, make_staff, plan


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
    return make_staff(session)


# --- the board


def test_board_cells_columns_and_counts(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    bid = projects.generate_building(
        session, SYSTEM, plan(project.id, stairwells=("2单元", "10单元"), floors=12)
    )
    target = session.scalar(select(Unit).where(Unit.building_id == bid, Unit.room == "1201"))
    assert target is not None
    customer = make_customer(session)
    holds.hold_unit(session, staff["consultant"], target.id, customer_id=customer.id, now=NOW)
    result = units.board(session, staff["consultant"], bid, now=NOW)
    assert result.floors[0] == 12 and result.floors[-1] == 1
    assert result.columns == [("2单元", "01"), ("2单元", "02"), ("10单元", "01"), ("10单元", "02")]
    cell = result.cells[(12, "2单元", "01")]
    assert cell.status is UnitStatus.HELD and cell.customer_name == "王建国"
    assert cell.hold_expires_at == NOW + timedelta(hours=24) and cell.deal_id is None
    assert result.counts[UnitStatus.HELD] == 1 and result.counts[UnitStatus.AVAILABLE] == 47
    assert (result.building_name, result.project_name) == ("3栋", "安家·测试苑")
    with pytest.raises(NotFound):
        units.board(session, SYSTEM, 999, now=NOW)
    with pytest.raises(PermissionDenied):
        units.board(session, Actor(user_id=None, username="x", display_name="x"), bid)


def test_board_is_one_query_for_the_cells(database: Database, session: Session) -> None:
    """40 floors × 8 rooms or 2 floors × 1 room: the same number of statements."""
    project = make_project(session)
    rooms = tuple(
        RoomType(f"0{i}", "", Decimal(90), None, Decimal(1), Decimal(1)) for i in range(1, 9)
    )
    big = projects.generate_building(session, SYSTEM, plan(project.id, floors=40, room_types=rooms))
    small = projects.generate_building(
        session, SYSTEM, plan(project.id, name="4栋", floors=2, room_types=rooms[:1])
    )
    customer = make_customer(session)
    some = session.scalars(select(Unit.id).where(Unit.building_id == big).limit(5)).all()
    for unit_id in some:
        holds.hold_unit(session, SYSTEM, unit_id, customer_id=customer.id, now=NOW)
    session.flush()

    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        result = units.board(session, SYSTEM, big, now=NOW)
        big_count = len(statements)
        statements.clear()
        units.board(session, SYSTEM, small, now=NOW)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert len(result.cells) == 320 and len(result.columns) == 8
    assert big_count == len(statements) <= 4


# --- editing a unit, 不可售, status from a deal


def test_update_unit(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    secretary = staff["secretary"]
    units.update_unit(
        session, secretary, unit.id, version=unit.version, layout=" 四室 ",
        list_price=Decimal("1050000.004"), measured_area=Decimal("101.5"),
    )  # fmt: skip
    assert (unit.layout, unit.list_price, unit.measured_area) == (
        "四室", Decimal("1050000.00"), Decimal("101.5"),
    )  # fmt: skip
    cases: list[tuple[dict[str, Any], str]] = [
        ({"area": None}, "area"),
        ({"area": Decimal(0)}, "area"),
        ({"area": Decimal(10001)}, "area"),
        ({"inner_area": Decimal(120)}, "inner_area"),
        ({"measured_inner_area": Decimal(102)}, "measured_inner_area"),
        ({"filed_price": Decimal(0)}, "filed_price"),
        ({"list_price": Decimal(2000000)}, "list_price"),
        ({"layout": "户" * 21}, "layout"),
    ]
    for fields, field in cases:
        with pytest.raises(ValidationError) as err:
            units.update_unit(session, secretary, unit.id, version=None, **fields)
        assert field in err.value.fields, fields
    with pytest.raises(ConflictError, match="房源 1栋0101 刚被 system 修改过（户型、"):
        units.update_unit(session, secretary, unit.id, version=1, layout="x")
    with pytest.raises(TypeError):
        units.update_unit(session, secretary, unit.id, version=None, status="held")
    with pytest.raises(PermissionDenied):
        units.update_unit(session, staff["consultant"], unit.id, version=None, layout="x")
    make_deal(session, project, unit, Stage.SUBSCRIBED)
    with pytest.raises(ValidationError, match="已认购的房源不能改价"):
        units.update_unit(session, secretary, unit.id, version=None, list_price=Decimal(1))
    units.update_unit(session, secretary, unit.id, version=None, measured_area=Decimal(99))
    assert unit.measured_area == Decimal(99)


def test_block_and_unblock(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    made = make_building(session, project)
    secretary = staff["secretary"]
    with pytest.raises(ValidationError):
        units.block_unit(session, secretary, made[0].id, reason=" ", version=None)
    with pytest.raises(ValidationError):
        units.block_unit(session, secretary, made[0].id, reason="长" * 101, version=None)
    units.block_unit(session, secretary, made[0].id, reason="样板间", version=made[0].version)
    assert made[0].status == UnitStatus.UNSELLABLE
    with pytest.raises(UserError, match="不可售：样板间"):
        holds.hold_unit(session, SYSTEM, made[0].id, customer_id=make_customer(session).id)
    with pytest.raises(UserError, match="只有可售"):
        units.block_unit(session, secretary, made[0].id, reason="再来", version=None)
    units.unblock_unit(session, secretary, made[0].id, version=None)
    assert made[0].status == UnitStatus.AVAILABLE and made[0].blocked_reason == ""
    with pytest.raises(UserError, match="不是不可售"):
        units.unblock_unit(session, secretary, made[0].id, version=None)


def test_status_follows_themake_deal(session: Session) -> None:
    project = make_project(session)
    made = make_building(session, project)
    expected = {
        Stage.SUBSCRIBED: UnitStatus.SUBSCRIBED,
        Stage.SIGNED: UnitStatus.SIGNED,
        Stage.DELIVERED: UnitStatus.DELIVERED,
        Stage.CERTIFIED: UnitStatus.DELIVERED,
    }
    for unit, (stage, status) in zip(made, expected.items(), strict=False):
        deal = make_deal(session, project, unit, stage)
        version = unit.version
        set_unit_status(session, unit)
        session.flush()
        assert unit.status == status and unit.version == version + 1
        with pytest.raises(ConflictError, match="买受人 王建国"):
            holds.hold_unit(session, SYSTEM, unit.id, customer_id=deal.customer_id, now=NOW)
    assert units.unit_detail(session, SYSTEM, made[0].id).deal_id is not None
    # a cancelled deal frees the unit
    first = session.scalar(select(Deal).where(Deal.unit_id == made[0].id))
    assert first is not None
    first.cancelled_at = NOW
    set_unit_status(session, made[0])
    session.flush()
    assert made[0].status == UnitStatus.AVAILABLE


def test_a_stale_status_is_a_conflict(session: Session) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    unit.status = UnitStatus.SUBSCRIBED.value  # the deal is being written by another PC
    session.flush()
    with pytest.raises(ConflictError, match="刚被其他人改动"):
        holds.hold_unit(session, SYSTEM, unit.id, customer_id=make_customer(session).id)


def test_the_detail_carries_the_actions(session: Session, staff: dict[str, Actor]) -> None:
    """UnitDetail.actions: core.units.unit_actions for the viewer, from the unit as it reads."""
    project = make_project(session)
    made = make_building(session, project)
    consultant, other = staff["consultant"], staff["other"]
    free = units.unit_detail(session, consultant, made[0].id, now=NOW)
    assert set(free.actions) == set(UnitAction)
    assert {a for a in UnitAction if free.may(a)} == {
        UnitAction.HOLD,
        UnitAction.SUBSCRIBE,
        UnitAction.CHOOSE,
    }
    assert free.actions[UnitAction.EDIT].lacks_role
    holds.hold_unit(session, consultant, made[0].id, customer_id=make_customer(session).id, now=NOW)
    mine = units.unit_detail(session, consultant, made[0].id, now=NOW)
    assert mine.may(UnitAction.RELEASE) and not mine.may(UnitAction.HOLD)
    theirs = units.unit_detail(session, other, made[0].id, now=NOW)
    assert theirs.actions[UnitAction.RELEASE].why_not == "只有经办人、销售秘书或案场经理可以释放"
    assert not theirs.actions[UnitAction.RELEASE].lacks_role
    assert units.unit_detail(session, staff["secretary"], made[0].id, now=NOW).may(
        UnitAction.RELEASE
    )
    make_deal(session, project, made[1], Stage.SIGNED)
    set_unit_status(session, made[1])
    sold = units.unit_detail(session, staff["manager"], made[1].id, now=NOW)
    assert sold.may(UnitAction.OPEN_DEAL) and not sold.may(UnitAction.SUBSCRIBE)
    assert not sold.may(UnitAction.BLOCK)
