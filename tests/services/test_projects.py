"""services/projects.py: projects and the building generator."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from anjia_desk.core.unit_forms import RoomType
from anjia_desk.db.models import AuditEntry, Building, Project, Unit
from anjia_desk.services import projects
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_building, make_project
from tests.services.unit_helpers import SYSTEM, make_staff, plan


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
    return make_staff(session)


# --- projects


def test_save_and_list_projects(session: Session, staff: dict[str, Actor]) -> None:
    secretary = staff["secretary"]
    pid = projects.save_project(
        session, secretary, project_id=None, name=" 安家·云栖府 ", permit_no="预2026-01",
        permit_date=date(2026, 1, 10), address="滨江路 1 号", opening_date=date(2026, 2, 1),
    )  # fmt: skip
    rows = projects.list_projects(session, staff["consultant"])
    assert [(r.name, r.buildings, r.units, r.address) for r in rows] == [
        ("安家·云栖府", 0, 0, "滨江路 1 号")
    ]
    projects.generate_building(session, secretary, plan(pid))
    row = projects.list_projects(session, secretary)[0]
    assert (row.buildings, row.units) == (1, 6)
    projects.save_project(
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
    with pytest.raises(ConflictError, match="项目“安家·云栖府二期”刚被 system 修改过（项目名称"):
        projects.save_project(
            session, secretary, project_id=pid, name="x", permit_no="", permit_date=None,
            version=row.version,
        )  # fmt: skip
    with pytest.raises(NotFound):
        projects.save_project(
            session, secretary, project_id=999, name="y", permit_no="", permit_date=None
        )
    with pytest.raises(PermissionDenied):
        projects.save_project(
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
        projects.save_project(session, SYSTEM, project_id=None, **values)
    assert field in err.value.fields


# --- the generator


def test_generate_building_rooms_prices_and_audit(session: Session) -> None:
    project = make_project(session)
    bid = projects.generate_building(
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
    listed = projects.list_buildings(session, SYSTEM, project.id)
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
        projects.generate_building(session, SYSTEM, plan(project.id, **values))
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
        projects.generate_building(session, SYSTEM, plan(project.id, room_types=(room,)))
    assert message in err.value.fields["room_types"]


def test_generator_needs_permission_and_project(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    with pytest.raises(PermissionDenied):
        projects.generate_building(session, staff["consultant"], plan(project.id))
    with pytest.raises(NotFound):
        projects.generate_building(session, SYSTEM, plan(999))
