"""Projects and their buildings: the project list, a project's 预售许可, the building list and
the building generator (楼栋生成器) that creates a building and all its units in one go.

The forms' own rules are core.unit_forms (validate_project, validate_plan); what needs the
database — a name already taken — is checked here.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.deal_rules import building_key
from anjia_desk.core.deals import UnitStatus
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.core.unit_forms import (
    BuildingPlan,
    ProjectForm,
    plan_floors,
    plan_price,
    plan_stairwells,
    room_name,
    validate_plan,
    validate_project,
)
from anjia_desk.core.units import natural_key
from anjia_desk.db.bulk import bulk_insert
from anjia_desk.db.conflicts import conflict_message
from anjia_desk.db.models import Building, Project, Unit
from anjia_desk.db.types import utcnow
from anjia_desk.services import audit, lookups
from anjia_desk.services.context import Actor
from anjia_desk.services.unit_views import BuildingRow, ProjectRow


def require_permit(project: Project, today: date, what: str) -> None:
    """Refuse `what` (认筹, 认购 …) before the project's 预售许可 date or without one."""
    if project.permit_date is None:
        raise UserError(f"项目“{project.name}”尚未录入预售许可日期，不能{what}")
    if today < project.permit_date:
        raise UserError(f"预售许可日期（{project.permit_date.isoformat()}）之前不能{what}")


def list_projects(session: Session, actor: Actor) -> list[ProjectRow]:
    actor.require(Action.VIEW_UNITS)
    buildings = (
        select(func.count(Building.id))
        .where(Building.project_id == Project.id)
        .correlate(Project)
        .scalar_subquery()
    )
    units = (
        select(func.count(Unit.id))
        .join(Building, Building.id == Unit.building_id)
        .where(Building.project_id == Project.id)
        .correlate(Project)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Project, buildings.label("buildings"), units.label("units")).order_by(Project.name)
    )
    return [
        ProjectRow(
            id=p.id,
            name=p.name,
            permit_no=p.permit_no,
            permit_date=p.permit_date,
            address=p.address,
            opening_date=p.opening_date,
            buildings=int(b or 0),
            units=int(u or 0),
            version=p.version,
        )
        for p, b, u in rows
    ]


def save_project(
    session: Session,
    actor: Actor,
    *,
    project_id: int | None,
    name: str,
    permit_no: str,
    permit_date: date | None,
    address: str = "",
    opening_date: date | None = None,
    version: int | None = None,
) -> int:
    """Create (project_id None) or edit a project; returns its id."""
    actor.require(Action.MANAGE_UNITS)
    name, permit_no, address = name.strip(), permit_no.strip(), address.strip()
    errors = validate_project(ProjectForm(name, permit_no, permit_date, address))
    if "name" not in errors:
        clash = session.scalar(select(Project.id).where(Project.name == name))
        if clash is not None and clash != project_id:
            errors["name"] = f"已有名为“{name}”的项目"
    if errors:
        raise ValidationError(errors)
    if project_id is None:
        project = Project(name=name)
        session.add(project)
    else:
        project = lookups.project(session, project_id)
        if version is not None and project.version != version:
            raise ConflictError(conflict_message(session, project, version, "请刷新后再改"))
        project.name = name
    project.permit_no = permit_no
    project.permit_date = permit_date
    project.address = address
    project.opening_date = opening_date
    session.flush()
    return project.id


def list_buildings(session: Session, actor: Actor, project_id: int) -> list[BuildingRow]:
    actor.require(Action.VIEW_UNITS)
    project = lookups.project(session, project_id)
    counts = (
        select(
            Unit.building_id,
            func.count(Unit.id).label("units"),
            func.count(func.distinct(Unit.floor)).label("floors"),
        )
        .group_by(Unit.building_id)
        .subquery()
    )
    rows = session.execute(
        select(Building, counts.c.units, counts.c.floors)
        .outerjoin(counts, counts.c.building_id == Building.id)
        .where(Building.project_id == project_id)
    ).all()
    out = [
        BuildingRow(
            id=b.id,
            project_id=project.id,
            project_name=project.name,
            phase=b.phase,
            name=b.name,
            units=int(n or 0),
            floors=int(f or 0),
            version=b.version,
            delivery_on=b.delivery_on,
        )
        for b, n, f in rows
    ]
    return sorted(out, key=lambda r: (natural_key(r.phase), natural_key(r.name)))


def generate_building(session: Session, actor: Actor, plan: BuildingPlan) -> int:
    """Create a building and all its units in one go (楼栋生成器); returns the building id."""
    actor.require(Action.MANAGE_UNITS)
    project = lookups.project(session, plan.project_id)
    errors = validate_plan(plan)
    name = plan.name.strip()
    if "name" not in errors:
        clash = session.scalar(
            select(Building.name).where(
                Building.project_id == project.id, Building.key == building_key(name)
            )
        )
        if clash is not None:
            errors["name"] = f"项目中已有楼栋“{clash}”"
    if errors:
        raise ValidationError(errors)
    building = Building(
        project_id=project.id, phase=plan.phase.strip(), name=name, key=building_key(name)
    )
    session.add(building)
    session.flush()
    now = utcnow()  # the rows' bookkeeping stamps, as Base's created_at default gives them
    rows: list[dict[str, Any]] = []
    stairwells = plan_stairwells(plan)
    for level, floor in enumerate(plan_floors(plan.lowest_floor, plan.floors)):
        step = plan.step_per_floor * level
        for stairwell in stairwells:
            for t in plan.room_types:
                rows.append(
                    {
                        "building_id": building.id,
                        "stairwell": stairwell,
                        "floor": floor,
                        "room": room_name(floor, t.suffix.strip()),
                        "layout": t.layout.strip(),
                        "area": t.area,
                        "inner_area": t.inner_area,
                        "measured_area": None,
                        "measured_inner_area": None,
                        "list_price": plan_price(t.price_per_m2, step, t.area),
                        "filed_price": plan_price(t.filed_per_m2, step, t.area),
                        "status": UnitStatus.AVAILABLE.value,
                        "blocked_reason": "",
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
    bulk_insert(session, cast(Table, Unit.__table__), rows)
    prices = [r["list_price"] for r in rows]
    audit.record(
        session,
        actor,
        "generate",
        "buildings",
        building.id,
        f"生成楼栋：{project.name} {name}，共 {len(rows)} 套，"
        f"表价 {min(prices):,} – {max(prices):,} 元",
    )
    session.flush()
    return building.id
