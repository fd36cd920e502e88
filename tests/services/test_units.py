"""services/units.py: projects, the building generator, the 销控表, holds and 开盘选房."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import HoldKind, Stage, TicketStatus, UnitStatus
from anjia_desk.core.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, open_database, session_scope
from anjia_desk.db.models import (
    AuditEntry,
    Building,
    Customer,
    Deal,
    Project,
    QueueTicket,
    Unit,
    UnitHold,
)
from anjia_desk.services import units
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import BuildingPlan, RoomType
from anjia_desk.services.settings import update_settings
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in the office (Asia/Shanghai)
SYSTEM = Actor.system()


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
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


# --- projects


def test_save_and_list_projects(session: Session, staff: dict[str, Actor]) -> None:
    secretary = staff["secretary"]
    pid = units.save_project(
        session, secretary, project_id=None, name=" 安家·云栖府 ", permit_no="预2026-01",
        permit_date=date(2026, 1, 10), address="滨江路 1 号", opening_date=date(2026, 2, 1),
    )  # fmt: skip
    rows = units.list_projects(session, staff["consultant"])
    assert [(r.name, r.buildings, r.units, r.address) for r in rows] == [
        ("安家·云栖府", 0, 0, "滨江路 1 号")
    ]
    units.generate_building(session, secretary, plan(pid))
    row = units.list_projects(session, secretary)[0]
    assert (row.buildings, row.units) == (1, 6)
    units.save_project(
        session, secretary, project_id=pid, name="安家·云栖府二期", permit_no="预2026-02",
        permit_date=date(2026, 3, 1), version=row.version,
    )  # fmt: skip
    project = session.get(Project, pid)
    assert project is not None
    assert (project.name, project.permit_no, project.address) == (
        "安家·云栖府二期",
        "预2026-02",
        "",
    )
    with pytest.raises(ConflictError):
        units.save_project(
            session, secretary, project_id=pid, name="x", permit_no="", permit_date=None,
            version=row.version,
        )  # fmt: skip
    with pytest.raises(NotFound):
        units.save_project(
            session, secretary, project_id=999, name="y", permit_no="", permit_date=None
        )
    with pytest.raises(PermissionDenied):
        units.save_project(
            session, staff["consultant"], project_id=None, name="z", permit_no="",
            permit_date=None,
        )  # fmt: skip


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"name": " "}, "name"),
        ({"name": "安家·已有"}, "name"),
        ({"name": "长" * 61}, "name"),
        ({"permit_no": "x" * 61}, "permit_no"),
        ({"permit_no": "", "permit_date": date(2026, 1, 1)}, "permit_no"),
        ({"permit_no": "预1", "permit_date": None}, "permit_date"),
        ({"address": "路" * 121}, "address"),
    ],
)
def test_project_fields_refused(session: Session, kw: dict[str, Any], field: str) -> None:
    make_project(session, "安家·已有")
    values: dict[str, Any] = {"name": "新项目", "permit_no": "", "permit_date": None}
    values.update(kw)
    with pytest.raises(ValidationError) as err:
        units.save_project(session, SYSTEM, project_id=None, **values)
    assert field in err.value.fields


# --- the generator


def test_generate_building_rooms_prices_and_audit(session: Session) -> None:
    project = make_project(session)
    bid = units.generate_building(
        session, SYSTEM,
        plan(project.id, stairwells=("1单元", "2单元"), lowest_floor=-1, floors=4),
    )  # fmt: skip
    rows = session.execute(
        select(Unit.stairwell, Unit.floor, Unit.room, Unit.list_price, Unit.filed_price)
        .where(Unit.building_id == bid)
        .order_by(Unit.stairwell, Unit.floor, Unit.room)
    ).all()
    assert len(rows) == 2 * 4 * 2
    assert sorted({r.floor for r in rows}) == [-1, 1, 2, 3]  # 0 skipped
    first = [r for r in rows if r.stairwell == "1单元"]
    assert [r.room for r in first[:4]] == ["B101", "B102", "0101", "0102"]
    # base floor 100 ㎡ × 10,000; one floor up +100/㎡; 89.5 ㎡ × 12,000 (+ steps)
    assert first[0].list_price == Decimal("1000000.00")
    assert first[0].filed_price == Decimal("1100000.00")
    assert first[2].list_price == Decimal("1010000.00")
    top = [r for r in first if r.floor == 3]
    assert top[1].list_price == Decimal("89.5") * Decimal("12300")
    unit = session.scalar(select(Unit).where(Unit.building_id == bid, Unit.room == "0102"))
    assert unit is not None and unit.inner_area is None and unit.status == "available"
    building = session.get(Building, bid)
    assert building is not None and building.key == "3"
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "generate"))
    assert entry is not None and "共 16 套" in entry.summary and entry.entity_id == bid
    listed = units.list_buildings(session, SYSTEM, project.id)
    assert [(b.name, b.units, b.floors) for b in listed] == [("3栋", 16, 4)]


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "3#"}, "name"),  # the same building as 3栋
        ({"name": "楼" * 21}, "name"),
        ({"floors": 0}, "floors"),
        ({"floors": 151}, "floors"),
        ({"floors": 150, "stairwells": tuple(f"{i}单元" for i in range(20))}, "floors"),
        ({"stairwells": ("1单元", "1单元")}, "stairwells"),
        ({"stairwells": ("单" * 11,)}, "stairwells"),
        ({"room_types": ()}, "room_types"),
        ({"step_per_floor": Decimal("-6000")}, "step"),
    ],
)
def test_generator_refusals(session: Session, kw: dict[str, Any], field: str) -> None:
    project = make_project(session)
    make_building(session, project, "3栋")
    values = {"name": "5栋", **kw}
    with pytest.raises(ValidationError) as err:
        units.generate_building(session, SYSTEM, plan(project.id, **values))
    assert field in err.value.fields


@pytest.mark.parametrize(
    ("room", "message"),
    [
        (RoomType("", "", Decimal(90), None, Decimal(1), Decimal(1)), "尾号"),
        (RoomType("01", "", Decimal(0), None, Decimal(1), Decimal(1)), "建筑面积"),
        (RoomType("01", "", Decimal(90), Decimal(91), Decimal(1), Decimal(1)), "套内面积"),
        (RoomType("01", "", Decimal(90), None, Decimal(0), Decimal(1)), "表价单价"),
        (RoomType("01", "", Decimal(90), None, Decimal(2), Decimal(1)), "高于备案"),
        (RoomType("01", "户" * 21, Decimal(90), None, Decimal(1), Decimal(1)), "户型"),
    ],
)
def test_generator_room_type_refusals(session: Session, room: RoomType, message: str) -> None:
    project = make_project(session)
    with pytest.raises(ValidationError) as err:
        units.generate_building(session, SYSTEM, plan(project.id, room_types=(room,)))
    assert message in err.value.fields["room_types"]


def test_generator_needs_permission_and_project(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    with pytest.raises(PermissionDenied):
        units.generate_building(session, staff["consultant"], plan(project.id))
    with pytest.raises(NotFound):
        units.generate_building(session, SYSTEM, plan(999))


# --- the board


def test_board_cells_columns_and_counts(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    bid = units.generate_building(
        session, SYSTEM, plan(project.id, stairwells=("2单元", "10单元"), floors=12)
    )
    target = session.scalar(select(Unit).where(Unit.building_id == bid, Unit.room == "1201"))
    assert target is not None
    customer = make_customer(session)
    units.hold_unit(session, staff["consultant"], target.id, customer_id=customer.id, now=NOW)
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


def test_column_suffix() -> None:
    assert units.column_suffix(8, "0801") == "01"
    assert units.column_suffix(8, "801") == "01"
    assert units.column_suffix(12, "1203") == "03"
    assert units.column_suffix(-1, "B102") == "02"
    assert units.column_suffix(3, "商铺A") == "商铺A"
    assert units.column_suffix(3, "03") == "03"  # nothing left after the floor: whole room


def test_board_is_one_query_for_the_cells(database: Database, session: Session) -> None:
    """40 floors × 8 rooms or 2 floors × 1 room: the same number of statements."""
    project = make_project(session)
    rooms = tuple(
        RoomType(f"0{i}", "", Decimal(90), None, Decimal(1), Decimal(1)) for i in range(1, 9)
    )
    big = units.generate_building(session, SYSTEM, plan(project.id, floors=40, room_types=rooms))
    small = units.generate_building(
        session, SYSTEM, plan(project.id, name="4栋", floors=2, room_types=rooms[:1])
    )
    customer = make_customer(session)
    some = session.scalars(select(Unit.id).where(Unit.building_id == big).limit(5)).all()
    for unit_id in some:
        units.hold_unit(session, SYSTEM, unit_id, customer_id=customer.id, now=NOW)
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


# --- holds


def test_hold_unit_and_its_refusals(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    customer = make_customer(session)
    other = make_customer(session, "陈小红", "13900002222")
    update_settings(session, SYSTEM, {"deals.hold_hours": 2})
    hold_id = units.hold_unit(
        session, staff["consultant"], unit.id, customer_id=customer.id, now=NOW
    )
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and hold.expires_at == NOW + timedelta(hours=2)
    assert hold.kind == HoldKind.HOLD and hold.user_id == staff["consultant"].user_id
    assert unit.status == UnitStatus.HELD and unit.version == 2
    with pytest.raises(ConflictError, match=r"王建国.*锁定.*李娜"):
        units.hold_unit(session, staff["other"], unit.id, customer_id=other.id, now=NOW)
    detail = units.unit_detail(session, staff["other"], unit.id, now=NOW)
    assert detail.hold is not None and detail.hold.customer_name == "王建国"
    assert detail.hold.user_name == "李娜" and detail.status is UnitStatus.HELD
    assert detail.label == "1栋0101" and detail.deal_id is None

    second = make_building(session, project, "2栋")[0]
    custom = units.hold_unit(
        session, staff["other"], second.id, customer_id=other.id, hours=5, now=NOW
    )
    assert units.unit_detail(session, SYSTEM, second.id, now=NOW).hold.expires_at == (
        NOW + timedelta(hours=5)
    )
    assert custom != hold_id
    with pytest.raises(ValidationError) as err:
        units.hold_unit(session, SYSTEM, second.id, customer_id=other.id, hours=0, now=NOW)
    assert "hours" in err.value.fields
    with pytest.raises(NotFound):
        units.hold_unit(session, SYSTEM, second.id, customer_id=999, now=NOW)
    with pytest.raises(NotFound):
        units.hold_unit(session, SYSTEM, 999, customer_id=other.id, now=NOW)
    with pytest.raises(PermissionDenied):
        units.hold_unit(session, staff["cashier"], second.id, customer_id=other.id, now=NOW)


def _setup_race(db_path: Path) -> tuple[int, int, int, Actor, Actor]:
    database = open_database(str(db_path))
    try:
        with session_scope(database, SYSTEM) as session:
            a = add_actor(session, "c1", "李娜", Role.CONSULTANT)
            b = add_actor(session, "c2", "赵强", Role.CONSULTANT)
            project = make_project(session)
            unit = make_building(session, project)[0]
            first = make_customer(session, "王建国", "13800001111")
            second = make_customer(session, "陈小红", "13900002222")
            return unit.id, first.id, second.id, a, b
    finally:
        database.close()


@pytest.fixture
def two_pcs(db_path: Path) -> Iterator[tuple[Database, Database]]:
    one, two = open_database(str(db_path)), open_database(str(db_path))
    yield one, two
    one.close()
    two.close()


def test_two_sessions_race_for_one_unit(db_path: Path, two_pcs: tuple[Database, Database]) -> None:
    unit_id, first, second, a, b = _setup_race(db_path)
    one, two = two_pcs
    session_b = two.sessions()
    session_b.info["actor"] = b
    try:
        # Both PCs show the unit as 可售.
        seen = session_b.get(Unit, unit_id)
        assert seen is not None and seen.status == "available"
        with session_scope(one, a) as session_a:
            assert session_a.get(Unit, unit_id).status == "available"
            units.hold_unit(session_a, a, unit_id, customer_id=first, now=NOW)
        with pytest.raises(ConflictError, match="王建国"):
            units.hold_unit(session_b, b, unit_id, customer_id=second, now=NOW)
        session_b.rollback()
    finally:
        session_b.close()
    with session_scope(one, SYSTEM) as session:
        live = session.scalars(select(UnitHold).where(UnitHold.released_at.is_(None))).all()
        assert [h.customer_id for h in live] == [first]


def test_two_pcs_past_the_check_at_once(
    db_path: Path, two_pcs: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both PCs pass the service's own check before either writes: the database decides."""
    unit_id, first, second, a, b = _setup_race(db_path)
    barrier = threading.Barrier(2, timeout=20)
    checked = units._require_available

    def check_then_wait(*args: Any) -> None:
        checked(*args)
        barrier.wait()

    monkeypatch.setattr(units, "_require_available", check_then_wait)
    outcomes: dict[str, BaseException | int] = {}

    def hold(name: str, database: Database, actor: Actor, customer_id: int) -> None:
        try:
            with session_scope(database, actor) as session:
                outcomes[name] = units.hold_unit(
                    session, actor, unit_id, customer_id=customer_id, now=NOW
                )
        except BaseException as exc:  # reported below
            outcomes[name] = exc

    threads = [
        threading.Thread(target=hold, args=("a", two_pcs[0], a, first)),
        threading.Thread(target=hold, args=("b", two_pcs[1], b, second)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    wins = [v for v in outcomes.values() if isinstance(v, int)]
    losses = [v for v in outcomes.values() if not isinstance(v, int)]
    assert len(wins) == 1 and len(losses) == 1
    assert isinstance(losses[0], ConflictError), repr(losses[0])
    assert "锁定" in losses[0].message
    with session_scope(two_pcs[0], SYSTEM) as session:
        count = session.scalar(
            select(func.count()).select_from(UnitHold).where(UnitHold.released_at.is_(None))
        )
        assert count == 1
        assert session.get(Unit, unit_id).status == "held"


def test_holds_expire_on_the_next_board(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    made = make_building(session, project)
    customer = make_customer(session)
    update_settings(session, SYSTEM, {"deals.hold_hours": 1})
    hold_id = units.hold_unit(
        session, staff["consultant"], made[0].id, customer_id=customer.id, now=NOW
    )
    assert units.board(session, SYSTEM, made[0].building_id, now=NOW).counts[UnitStatus.HELD] == 1
    later = NOW + timedelta(hours=1)
    result = units.board(session, SYSTEM, made[0].building_id, now=later)
    assert result.counts[UnitStatus.HELD] == 0
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and hold.released_at == later
    assert hold.release_reason == units.EXPIRED_REASON
    unit = session.get(Unit, made[0].id)
    assert unit is not None and unit.status == "available" and unit.version == 3
    entry = session.scalar(
        select(AuditEntry).where(AuditEntry.entity == "unit_holds", AuditEntry.entity_id == hold_id)
        .order_by(AuditEntry.id.desc())
    )  # fmt: skip
    assert entry is not None and "到期" in entry.summary and "1栋0101" in entry.summary
    assert units.release_expired(session, now=later) == 0
    # Free again: another customer may hold it.
    units.hold_unit(session, staff["other"], made[0].id, customer_id=customer.id, now=later)


def test_expired_hold_of_a_blocked_unit_keeps_it_blocked(session: Session) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    customer = make_customer(session)
    units.hold_unit(session, SYSTEM, unit.id, customer_id=customer.id, now=NOW)
    unit.blocked_reason = "样板间"
    session.flush()
    assert units.release_expired(session, now=NOW + timedelta(days=2)) == 1
    session.refresh(unit)
    assert unit.status == UnitStatus.UNSELLABLE


def test_release_hold_by_whom(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    made = make_building(session, project)
    customer = make_customer(session)
    mine = units.hold_unit(
        session, staff["consultant"], made[0].id, customer_id=customer.id, now=NOW
    )
    with pytest.raises(PermissionDenied):
        units.release_hold(session, staff["other"], mine, reason="")
    with pytest.raises(PermissionDenied):
        units.release_hold(session, staff["cashier"], mine, reason="")
    units.release_hold(session, staff["consultant"], mine, reason="", now=NOW)
    hold = session.get(UnitHold, mine)
    assert hold is not None and hold.release_reason == units.MANUAL_REASON
    assert made[0].status == UnitStatus.AVAILABLE
    with pytest.raises(UserError, match="已释放"):
        units.release_hold(session, staff["consultant"], mine, reason="")
    theirs = units.hold_unit(session, staff["other"], made[1].id, customer_id=customer.id, now=NOW)
    units.release_hold(session, staff["secretary"], theirs, reason="客户改期", now=NOW)
    hold = session.get(UnitHold, theirs)
    assert hold is not None and hold.release_reason == "客户改期"
    with pytest.raises(NotFound):
        units.release_hold(session, SYSTEM, 999, reason="")


def test_reserve_unit(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    made = make_building(session, project)
    manager = staff["manager"]
    hold_id = units.reserve_unit(
        session, manager, made[0].id, until=date(2026, 11, 30), reason="领导留房", now=NOW
    )
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and hold.kind == HoldKind.RESERVE
    assert hold.approver_id == manager.user_id
    # the end of 11-30 in Shanghai = 12-01 00:00 +08:00
    assert hold.expires_at == datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
    assert made[0].status == UnitStatus.RESERVED
    with pytest.raises(ConflictError, match=r"保留.*周经理"):
        units.hold_unit(session, SYSTEM, made[0].id, customer_id=make_customer(session).id, now=NOW)
    with pytest.raises(ValidationError) as err:
        units.reserve_unit(
            session, manager, made[1].id, until=date(2026, 11, 22), reason=" ", now=NOW
        )
    assert set(err.value.fields) == {"until", "reason"}
    with pytest.raises(ValidationError):
        units.reserve_unit(
            session, manager, made[1].id, until=date(2026, 11, 23), reason="长" * 201, now=NOW
        )
    with pytest.raises(PermissionDenied):
        units.reserve_unit(
            session, staff["consultant"], made[1].id, until=date(2026, 12, 1), reason="x", now=NOW
        )
    # the site manager releases any hold
    units.release_hold(session, manager, hold_id, reason="不留了", now=NOW)
    assert made[0].status == UnitStatus.AVAILABLE


# --- 开盘选房


def _tickets(session: Session, project: Project, *names: str) -> list[QueueTicket]:
    out = []
    for n, name in enumerate(names, start=1):
        customer = make_customer(session, name, f"1380000{n:04d}")
        ticket = QueueTicket(
            project_id=project.id, number=n, customer_id=customer.id, amount=Decimal(20000)
        )
        session.add(ticket)
        out.append(ticket)
    session.flush()
    return out


def test_choose_in_queue_order_with_skips(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    made = make_building(session, project, floors=3)
    t1, t2, t3 = _tickets(session, project, "甲一", "乙二", "丙三")
    consultant = staff["consultant"]
    nxt = units.next_in_queue(session, consultant, project.id)
    assert nxt is not None and (nxt.number, nxt.customer_name) == (1, "甲一")
    with pytest.raises(UserError, match="还没轮到第 2 号：第 1 号 甲一"):
        units.choose_unit(session, consultant, made[0].id, ticket_id=t2.id, now=NOW)
    units.skip_ticket(session, consultant, t1.id, reason="未到场")
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "skip"))
    assert entry is not None and entry.entity_id == t1.id and entry.reason == "未到场"
    assert units.next_in_queue(session, consultant, project.id).number == 2
    hold_id = units.choose_unit(session, consultant, made[0].id, ticket_id=t2.id, now=NOW)
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and hold.kind == HoldKind.CHOICE and hold.ticket_id == t2.id
    assert hold.customer_id == t2.customer_id and hold.expires_at == NOW + timedelta(hours=24)
    assert made[0].status == UnitStatus.HELD
    detail = units.unit_detail(session, consultant, made[0].id, now=NOW)
    assert detail.hold is not None and detail.hold.ticket_number == 2
    with pytest.raises(ConflictError, match="第 2 号 乙二 选定"):
        units.choose_unit(session, consultant, made[0].id, ticket_id=t3.id, now=NOW)
    with pytest.raises(UserError, match="已选定"):
        units.choose_unit(session, consultant, made[1].id, ticket_id=t2.id, now=NOW)
    assert units.next_in_queue(session, consultant, project.id).number == 3
    # the skipped customer arrives late: may still choose (nobody before them is waiting)
    units.choose_unit(session, consultant, made[1].id, ticket_id=t1.id, now=NOW)
    units.choose_unit(session, consultant, made[2].id, ticket_id=t3.id, now=NOW)
    assert units.next_in_queue(session, consultant, project.id) is None


def test_choice_refusals(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    made = make_building(session, project)
    other_project = make_project(session, "安家·别处")
    t1, t2 = _tickets(session, project, "甲一", "乙二")
    consultant = staff["consultant"]
    t1.status = TicketStatus.VOIDED.value
    session.flush()
    with pytest.raises(UserError, match="作废"):
        units.choose_unit(session, consultant, made[0].id, ticket_id=t1.id, now=NOW)
    with pytest.raises(UserError, match="作废"):
        units.skip_ticket(session, consultant, t1.id, reason="")
    # a voided ticket does not block the queue
    elsewhere = make_building(session, other_project, "9栋")[0]
    with pytest.raises(UserError, match="不是这个项目"):
        units.choose_unit(session, consultant, elsewhere.id, ticket_id=t2.id, now=NOW)
    with pytest.raises(NotFound):
        units.choose_unit(session, consultant, made[0].id, ticket_id=999, now=NOW)
    with pytest.raises(PermissionDenied):
        units.choose_unit(session, staff["cashier"], made[0].id, ticket_id=t2.id, now=NOW)
    units.skip_ticket(session, consultant, t2.id, reason="")
    with pytest.raises(UserError, match="已过号"):
        units.skip_ticket(session, consultant, t2.id, reason="")
    units.choose_unit(session, consultant, made[0].id, ticket_id=t2.id, now=NOW)
    t4 = QueueTicket(project_id=project.id, number=4, customer_id=t2.customer_id, amount=1)
    session.add(t4)
    session.flush()
    units.choose_unit(session, consultant, made[1].id, ticket_id=t4.id, now=NOW)
    with pytest.raises(UserError, match="已选过房"):
        units.skip_ticket(session, consultant, t4.id, reason="")


def test_next_in_queue_shows_the_phone_as_allowed(
    session: Session, staff: dict[str, Actor]
) -> None:
    project = make_project(session)
    _tickets(session, project, "甲一")
    row = units.next_in_queue(session, staff["consultant"], project.id)
    assert row is not None and row.shown_phone == "138****0001"
    assert units.next_in_queue(session, SYSTEM, project.id).shown_phone == "13800000001"


# --- editing a unit, 不可售, status from a deal


def _deal(session: Session, project: Project, unit: Unit, stage: Stage) -> Deal:
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
    with pytest.raises(ConflictError):
        units.update_unit(session, secretary, unit.id, version=1, layout="x")
    with pytest.raises(TypeError):
        units.update_unit(session, secretary, unit.id, version=None, status="held")
    with pytest.raises(PermissionDenied):
        units.update_unit(session, staff["consultant"], unit.id, version=None, layout="x")
    _deal(session, project, unit, Stage.SUBSCRIBED)
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
        units.hold_unit(session, SYSTEM, made[0].id, customer_id=make_customer(session).id)
    with pytest.raises(UserError, match="只有可售"):
        units.block_unit(session, secretary, made[0].id, reason="再来", version=None)
    units.unblock_unit(session, secretary, made[0].id, version=None)
    assert made[0].status == UnitStatus.AVAILABLE and made[0].blocked_reason == ""
    with pytest.raises(UserError, match="不是不可售"):
        units.unblock_unit(session, secretary, made[0].id, version=None)


def test_status_follows_the_deal(session: Session) -> None:
    project = make_project(session)
    made = make_building(session, project)
    expected = {
        Stage.SUBSCRIBED: UnitStatus.SUBSCRIBED,
        Stage.SIGNED: UnitStatus.SIGNED,
        Stage.DELIVERED: UnitStatus.DELIVERED,
        Stage.CERTIFIED: UnitStatus.DELIVERED,
    }
    for unit, (stage, status) in zip(made, expected.items(), strict=False):
        deal = _deal(session, project, unit, stage)
        version = unit.version
        units.set_unit_status(session, unit)
        session.flush()
        assert unit.status == status and unit.version == version + 1
        with pytest.raises(ConflictError, match="买受人 王建国"):
            units.hold_unit(session, SYSTEM, unit.id, customer_id=deal.customer_id, now=NOW)
    assert units.unit_detail(session, SYSTEM, made[0].id).deal_id is not None
    # a cancelled deal frees the unit
    first = session.scalar(select(Deal).where(Deal.unit_id == made[0].id))
    assert first is not None
    first.cancelled_at = NOW
    units.set_unit_status(session, made[0])
    session.flush()
    assert made[0].status == UnitStatus.AVAILABLE


def test_a_stale_status_is_a_conflict(session: Session) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    unit.status = UnitStatus.SUBSCRIBED.value  # the deal is being written by another PC
    session.flush()
    with pytest.raises(ConflictError, match="刚被其他人改动"):
        units.hold_unit(session, SYSTEM, unit.id, customer_id=make_customer(session).id)


def test_anonymised_customer_cannot_hold(session: Session) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    customer = make_customer(session)
    customer.anonymised_at = NOW
    session.flush()
    with pytest.raises(NotFound):
        units.hold_unit(session, SYSTEM, unit.id, customer_id=customer.id)


def test_natural_order() -> None:
    names = ["10栋", "2栋", "A座", "1栋"]
    assert sorted(names, key=units.natural_key) == ["1栋", "2栋", "10栋", "A座"]
    assert units.plan_floors(-2, 4) == [-2, -1, 1, 2]
    assert units.room_name(-2, "01") == "B201"
