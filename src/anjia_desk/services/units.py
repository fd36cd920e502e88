"""Projects, buildings and units: the 销控表, holds (锁定 / 开盘选房 / 保留) and the generator.

A unit's `status` column is kept in step with its live hold or deal (so the board is one
query); every change of a hold also bumps the unit's version, so two PCs racing for one unit
collide on the version as well as on the partial unique index `uq_unit_holds_live`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, exists, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.deal_rules import building_key
from anjia_desk.core.deals import FEN, HoldKind, Stage, TicketStatus, UnitStatus
from anjia_desk.core.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from anjia_desk.core.roles import Action, Role
from anjia_desk.db.bulk import bulk_insert
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
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import (
    Board,
    BoardCell,
    BuildingPlan,
    BuildingRow,
    HoldInfo,
    ProjectRow,
    TicketRow,
    UnitDetail,
)
from anjia_desk.services.settings import get_setting, office_today, office_zone

EXPIRED_REASON = "到期自动释放"
MANUAL_REASON = "手动释放"
MAX_UNITS_PER_BUILDING = 5000
MAX_FLOORS = 150
#: Who may release anybody's hold (besides the holder).
RELEASERS = frozenset({Role.SALES_SECRETARY, Role.SITE_MANAGER, Role.ADMIN})
_UNIT_FIELDS = frozenset(
    {
        "layout",
        "area",
        "inner_area",
        "measured_area",
        "measured_inner_area",
        "filed_price",
        "list_price",
    }
)
_DIGITS = re.compile(r"(\d+)")


def _fen(value: Decimal) -> Decimal:
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def natural_key(text: str) -> tuple[Any, ...]:
    """ "2单元" before "10单元", "3栋" before "12栋": digits compared as numbers."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _DIGITS.split(text)
        if part
    )


def _end_of_day(session: Session, day: date) -> datetime:
    """The end of `day` in the office's zone (the next midnight), as aware UTC."""
    zone = office_zone(session)
    return aware_utc(datetime.combine(day + timedelta(days=1), time(), tzinfo=zone))


def _local_text(session: Session, moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(office_zone(session)).strftime("%m-%d %H:%M")


# --- projects and buildings


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


def _project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(f"没有编号为 {project_id} 的项目")
    return project


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
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = "请填写项目名称"
    elif len(name) > 60:
        errors["name"] = "项目名称最多 60 个字"
    else:
        clash = session.scalar(select(Project.id).where(Project.name == name))
        if clash is not None and clash != project_id:
            errors["name"] = f"已有名为“{name}”的项目"
    if len(permit_no) > 60:
        errors["permit_no"] = "预售许可证号最多 60 个字"
    elif permit_date is not None and not permit_no:
        errors["permit_no"] = "填写了预售许可日期，请同时填写许可证号"
    if permit_no and permit_date is None:
        errors["permit_date"] = "请填写预售许可日期"
    if len(address) > 120:
        errors["address"] = "项目地址最多 120 个字"
    if errors:
        raise ValidationError(errors)
    if project_id is None:
        project = Project(name=name)
        session.add(project)
    else:
        project = _project(session, project_id)
        if version is not None and project.version != version:
            raise ConflictError(f"项目“{project.name}”已被其他人修改，请刷新后再改")
        project.name = name
    project.permit_no = permit_no
    project.permit_date = permit_date
    project.address = address
    project.opening_date = opening_date
    session.flush()
    return project.id


def list_buildings(session: Session, actor: Actor, project_id: int) -> list[BuildingRow]:
    actor.require(Action.VIEW_UNITS)
    project = _project(session, project_id)
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
        )
        for b, n, f in rows
    ]
    return sorted(out, key=lambda r: (natural_key(r.phase), natural_key(r.name)))


def plan_floors(lowest: int, floors: int) -> list[int]:
    """`floors` floors from `lowest` up, skipping 0 (B1 is right under 1)."""
    out: list[int] = []
    floor = lowest
    while len(out) < floors:
        if floor != 0:
            out.append(floor)
        floor += 1
    return out


def room_name(floor: int, suffix: str) -> str:
    """0801 for floor 8 room 01; B101 for the first basement."""
    return f"B{-floor}{suffix}" if floor < 0 else f"{floor:02d}{suffix}"


def _plan_errors(plan: BuildingPlan) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not 1 <= plan.floors <= MAX_FLOORS:
        errors["floors"] = f"层数须在 1–{MAX_FLOORS} 之间"
    stairwells = [s.strip() for s in plan.stairwells] or [""]
    if len(set(stairwells)) != len(stairwells):
        errors["stairwells"] = "单元名称重复"
    elif any(len(s) > 10 for s in stairwells):
        errors["stairwells"] = "单元名称最多 10 个字"
    types = plan.room_types
    suffixes = [t.suffix.strip() for t in types]
    if not types:
        errors["room_types"] = "请至少添加一种房间"
    elif any(not s for s in suffixes) or len(set(suffixes)) != len(suffixes):
        errors["room_types"] = "每种房间须有不重复的房号尾号（如 01、02）"
    else:
        for t in types:
            if t.area <= 0:
                errors["room_types"] = f"{t.suffix} 的建筑面积须大于 0"
            elif t.inner_area is not None and not 0 < t.inner_area <= t.area:
                errors["room_types"] = f"{t.suffix} 的套内面积须大于 0 且不大于建筑面积"
            elif t.price_per_m2 <= 0:
                errors["room_types"] = f"{t.suffix} 的表价单价须大于 0"
            elif t.price_per_m2 > t.filed_per_m2:
                errors["room_types"] = f"{t.suffix} 的表价单价高于备案单价：表价不能高于备案价"
            elif len(t.layout.strip()) > 20:
                errors["room_types"] = f"{t.suffix} 的户型最多 20 个字"
            if "room_types" in errors:
                break
    if "floors" not in errors and "room_types" not in errors:
        if plan.floors * len(types) * len(stairwells) > MAX_UNITS_PER_BUILDING:
            errors["floors"] = f"一栋楼最多生成 {MAX_UNITS_PER_BUILDING} 套"
        top = plan.floors - 1
        lowest_price = min(t.price_per_m2 for t in types) + plan.step_per_floor * top
        if lowest_price <= 0:
            errors["step"] = "按此楼层差价，高层的单价将不大于 0"
    return errors


def generate_building(session: Session, actor: Actor, plan: BuildingPlan) -> int:
    """Create a building and all its units in one go (楼栋生成器); returns the building id."""
    actor.require(Action.MANAGE_UNITS)
    project = _project(session, plan.project_id)
    errors = _plan_errors(plan)
    name = plan.name.strip()
    key = building_key(name) if name else ""
    if not name:
        errors["name"] = "请填写楼栋名称"
    elif len(name) > 20:
        errors["name"] = "楼栋名称最多 20 个字"
    elif not key:
        errors["name"] = f"楼栋名称“{name}”无法识别"
    else:
        clash = session.scalar(
            select(Building.name).where(Building.project_id == project.id, Building.key == key)
        )
        if clash is not None:
            errors["name"] = f"项目中已有楼栋“{clash}”"
    if errors:
        raise ValidationError(errors)
    building = Building(project_id=project.id, phase=plan.phase.strip(), name=name, key=key)
    session.add(building)
    session.flush()
    now = aware_utc(None)
    rows: list[dict[str, Any]] = []
    stairwells = [s.strip() for s in plan.stairwells] or [""]
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
                        "list_price": _fen((t.price_per_m2 + step) * t.area),
                        "filed_price": _fen((t.filed_per_m2 + step) * t.area),
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


# --- the board


def column_suffix(floor: int, room: str) -> str:
    """The room's column on the board: "0801" on floor 8 → "01"; "B101" on floor -1 → "01";
    a room not starting with its floor stays whole."""
    prefixes = [f"B{-floor}"] if floor < 0 else [f"{floor:02d}", str(floor)]
    for prefix in prefixes:
        if room.startswith(prefix) and len(room) > len(prefix):
            return room[len(prefix) :]
    return room


@cache
def _board_query() -> Select[*tuple[Any, ...]]:
    """The cells of a building: units LEFT JOIN live hold LEFT JOIN live deal, with the
    customers' names. Built once (making the aliases costs more than running it)."""
    hold_customer = aliased(Customer, name="hold_customer")
    deal_customer = aliased(Customer, name="deal_customer")
    return (
        select(
            Unit.id,
            Unit.stairwell,
            Unit.floor,
            Unit.room,
            Unit.layout,
            Unit.area,
            Unit.list_price,
            Unit.filed_price,
            Unit.status,
            UnitHold.id.label("hold_id"),
            UnitHold.expires_at,
            hold_customer.name.label("hold_name"),
            Deal.id.label("deal_id"),
            deal_customer.name.label("deal_name"),
        )
        .outerjoin(UnitHold, (UnitHold.unit_id == Unit.id) & UnitHold.released_at.is_(None))
        .outerjoin(hold_customer, hold_customer.id == UnitHold.customer_id)
        .outerjoin(Deal, (Deal.unit_id == Unit.id) & Deal.cancelled_at.is_(None))
        .outerjoin(deal_customer, deal_customer.id == Deal.customer_id)
        .where(Unit.building_id == bindparam("building_id"))
    )


def board(
    session: Session, actor: Actor, building_id: int, *, now: datetime | None = None
) -> Board:
    """One building's 销控表. Expired holds are released first; the cells are ONE query."""
    actor.require(Action.VIEW_UNITS)
    release_expired(session, now=now)
    head = session.execute(
        select(Building.name, Project.name)
        .join(Project, Project.id == Building.project_id)
        .where(Building.id == building_id)
    ).first()
    if head is None:
        raise NotFound(f"没有编号为 {building_id} 的楼栋")
    cells: dict[tuple[int, str, str], BoardCell] = {}
    columns: set[tuple[str, str]] = set()
    floors: set[int] = set()
    counts = dict.fromkeys(UnitStatus, 0)
    statuses = {s.value: s for s in UnitStatus}
    rows = session.execute(_board_query(), {"building_id": building_id}).all()
    for (unit_id, stairwell, floor, room, layout, area, list_price, filed_price, status_text,
         hold_id, expires_at, hold_name, deal_id, deal_name) in rows:  # fmt: skip
        suffix = column_suffix(floor, room)
        status = statuses[status_text]
        counts[status] += 1
        floors.add(floor)
        columns.add((stairwell, suffix))
        name = deal_name if deal_id is not None else hold_name
        cells[(floor, stairwell, suffix)] = BoardCell(
            unit_id, stairwell, floor, room, layout, area, list_price, filed_price, status,
            expires_at if deal_id is None else None,
            (name or UNNAMED) if name is not None else "",
            deal_id, hold_id,
        )  # fmt: skip
    return Board(
        building_id=building_id,
        building_name=head[0],
        project_name=head[1],
        floors=sorted(floors, reverse=True),
        columns=sorted(columns, key=lambda c: (natural_key(c[0]), natural_key(c[1]))),
        cells=cells,
        counts=counts,
    )


# --- one unit


def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFound(f"没有编号为 {unit_id} 的房源")
    return unit


def _unit_label(session: Session, unit: Unit) -> str:
    name = session.scalar(select(Building.name).where(Building.id == unit.building_id)) or ""
    return f"{name}{unit.stairwell}{unit.room}"


def _live_hold(session: Session, unit_id: int) -> UnitHold | None:
    return session.scalar(
        select(UnitHold).where(UnitHold.unit_id == unit_id, UnitHold.released_at.is_(None))
    )


def _live_deal(session: Session, unit_id: int) -> Deal | None:
    return session.scalar(select(Deal).where(Deal.unit_id == unit_id, Deal.cancelled_at.is_(None)))


def _hold_info(session: Session, hold: UnitHold) -> HoldInfo:
    staff = cs.staff_names(session, (hold.user_id, hold.approver_id))
    customer = session.get(Customer, hold.customer_id) if hold.customer_id is not None else None
    number = (
        session.scalar(select(QueueTicket.number).where(QueueTicket.id == hold.ticket_id))
        if hold.ticket_id is not None
        else None
    )
    return HoldInfo(
        id=hold.id,
        kind=hold.kind,
        customer_id=hold.customer_id,
        customer_name=(customer.name or UNNAMED) if customer is not None else "",
        user_name=staff.get(hold.user_id, "") if hold.user_id is not None else "",
        approver_name=staff.get(hold.approver_id, "") if hold.approver_id is not None else "",
        expires_at=hold.expires_at,
        reason=hold.reason,
        ticket_number=number,
    )


def unit_detail(
    session: Session, actor: Actor, unit_id: int, *, now: datetime | None = None
) -> UnitDetail:
    actor.require(Action.VIEW_UNITS)
    release_expired(session, now=now)
    unit = _unit(session, unit_id)
    row = session.execute(
        select(Building.name, Project.id, Project.name)
        .join(Project, Project.id == Building.project_id)
        .where(Building.id == unit.building_id)
    ).one()
    hold = _live_hold(session, unit.id)
    deal_id = session.scalar(
        select(Deal.id).where(Deal.unit_id == unit.id, Deal.cancelled_at.is_(None))
    )
    return UnitDetail(
        id=unit.id,
        project_id=row[1],
        project_name=row[2],
        building_name=row[0],
        stairwell=unit.stairwell,
        floor=unit.floor,
        room=unit.room,
        layout=unit.layout,
        area=unit.area,
        inner_area=unit.inner_area,
        measured_area=unit.measured_area,
        measured_inner_area=unit.measured_inner_area,
        filed_price=unit.filed_price,
        list_price=unit.list_price,
        status=UnitStatus(unit.status),
        blocked_reason=unit.blocked_reason,
        version=unit.version,
        hold=_hold_info(session, hold) if hold is not None else None,
        deal_id=deal_id,
    )


def _check_version(unit: Unit, version: int | None, label: str) -> None:
    if version is not None and unit.version != version:
        raise ConflictError(f"房源 {label} 刚被其他人改动过，请刷新后再操作")


def _area_problem(value: Decimal | None, label: str, *, required: bool) -> str:
    if value is None:
        return f"请填写{label}" if required else ""
    if value <= 0:
        return f"{label}须大于 0"
    if value > 10000:
        return f"{label}不能超过 10000 ㎡"
    return ""


def update_unit(
    session: Session, actor: Actor, unit_id: int, *, version: int | None, **fields: Any
) -> None:
    """Edit a unit's layout, areas and prices. 表价 ≤ 备案价; a unit with a live deal keeps its
    prices (已认购的房源不能改价)."""
    actor.require(Action.MANAGE_UNITS)
    unknown = set(fields) - _UNIT_FIELDS
    if unknown:
        raise TypeError(f"update_unit: unknown fields {sorted(unknown)}")
    unit = _unit(session, unit_id)
    label = _unit_label(session, unit)
    _check_version(unit, version, label)
    values = {k: getattr(unit, k) for k in _UNIT_FIELDS}
    values.update(fields)
    if isinstance(values["layout"], str):
        values["layout"] = values["layout"].strip()
    errors: dict[str, str] = {}
    if len(values["layout"] or "") > 20:
        errors["layout"] = "户型最多 20 个字"
    for key, name, required, outer in (
        ("area", "建筑面积", True, None),
        ("inner_area", "套内面积", False, "area"),
        ("measured_area", "实测建筑面积", False, None),
        ("measured_inner_area", "实测套内面积", False, "measured_area"),
    ):
        problem = _area_problem(values[key], name, required=required)
        bigger = outer and values[key] is not None and values[outer] is not None
        if not problem and bigger and values[key] > values[cast(str, outer)]:
            problem = f"{name}不能大于{'建筑面积' if outer == 'area' else '实测建筑面积'}"
        if problem:
            errors[key] = problem
    for key, name in (("filed_price", "备案价"), ("list_price", "表价")):
        if values[key] is None or values[key] <= 0:
            errors[key] = f"{name}须大于 0"
    if "filed_price" not in errors and "list_price" not in errors:
        values["filed_price"], values["list_price"] = (
            _fen(values["filed_price"]),
            _fen(values["list_price"]),
        )
        if values["list_price"] > values["filed_price"]:
            errors["list_price"] = f"表价不能高于备案价（{values['filed_price']:,} 元）"
    if not errors and _live_deal(session, unit.id) is not None:
        for key in ("filed_price", "list_price"):
            if values[key] != getattr(unit, key):
                errors[key] = "已认购的房源不能改价"
    if errors:
        raise ValidationError(errors)
    for key, value in values.items():
        if getattr(unit, key) != value:
            setattr(unit, key, value)
    session.flush()


def block_unit(
    session: Session, actor: Actor, unit_id: int, *, reason: str, version: int | None
) -> None:
    """设为不可售: only a 可售 unit, with a reason."""
    actor.require(Action.MANAGE_UNITS)
    unit = _unit(session, unit_id)
    label = _unit_label(session, unit)
    _check_version(unit, version, label)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "请填写不可售的原因"})
    if len(reason) > 100:
        raise ValidationError({"reason": "原因最多 100 个字"})
    if unit.status != UnitStatus.AVAILABLE:
        raise UserError(
            f"房源 {label} 当前为“{UnitStatus(unit.status).label}”，只有可售的房源能设为不可售"
        )
    unit.blocked_reason = reason
    _set(unit, UnitStatus.UNSELLABLE)
    session.flush()


def unblock_unit(session: Session, actor: Actor, unit_id: int, *, version: int | None) -> None:
    """恢复可售."""
    actor.require(Action.MANAGE_UNITS)
    unit = _unit(session, unit_id)
    label = _unit_label(session, unit)
    _check_version(unit, version, label)
    if unit.status != UnitStatus.UNSELLABLE:
        raise UserError(f"房源 {label} 不是不可售状态")
    unit.blocked_reason = ""
    set_unit_status(session, unit)
    session.flush()


# --- status


def _set(unit: Unit, status: UnitStatus) -> None:
    """Set the status and bump the row even when the status stays the same."""
    unit.status = status.value
    flag_modified(unit, "status")


def _derived_status(deal_stage: str | None, hold_kind: str | None, blocked: bool) -> UnitStatus:
    if deal_stage is not None:
        if deal_stage == Stage.SUBSCRIBED:
            return UnitStatus.SUBSCRIBED
        if deal_stage == Stage.SIGNED:
            return UnitStatus.SIGNED
        return UnitStatus.DELIVERED  # delivered or certified
    if hold_kind is not None:
        return UnitStatus.RESERVED if hold_kind == HoldKind.RESERVE else UnitStatus.HELD
    return UnitStatus.UNSELLABLE if blocked else UnitStatus.AVAILABLE


def set_unit_status(session: Session, unit: Unit) -> None:
    """Recompute `unit.status` from its live deal, live hold or 不可售 mark, and bump the row."""
    stage = session.scalar(
        select(Deal.stage).where(Deal.unit_id == unit.id, Deal.cancelled_at.is_(None))
    )
    kind = session.scalar(
        select(UnitHold.kind).where(UnitHold.unit_id == unit.id, UnitHold.released_at.is_(None))
    )
    _set(unit, _derived_status(stage, kind, bool(unit.blocked_reason)))


# --- holds


def _taken_message(session: Session, unit_id: int, label: str) -> str:
    """Who has the unit now, in one Chinese line."""
    hold = _live_hold(session, unit_id)
    if hold is not None:
        info = _hold_info(session, hold)
        until = _local_text(session, info.expires_at)
        until_text = f"，至 {until}" if until else ""
        if info.kind == HoldKind.RESERVE:
            who = f"批准人 {info.approver_name}" if info.approver_name else "案场"
            return f"房源 {label} 已被保留（{who}{until_text}）"
        if info.kind == HoldKind.CHOICE:
            number = f"第 {info.ticket_number} 号 " if info.ticket_number is not None else ""
            return f"房源 {label} 已被 {number}{info.customer_name} 选定{until_text}"
        parts = [f"经办 {info.user_name}" if info.user_name else "", f"至 {until}" if until else ""]
        extra = "，".join(p for p in parts if p)
        extra = f"（{extra}）" if extra else ""
        return f"房源 {label} 已被 {info.customer_name or '其他客户'} 锁定{extra}"
    deal = _live_deal(session, unit_id)
    if deal is not None:
        return f"房源 {label} 已{Stage(deal.stage).label}（买受人 {deal.buyer_name}）"
    return f"房源 {label} 刚被其他人改动过，请刷新后再操作"


def _require_available(session: Session, unit: Unit, label: str) -> None:
    if _live_hold(session, unit.id) is not None or _live_deal(session, unit.id) is not None:
        raise ConflictError(_taken_message(session, unit.id, label))
    if unit.status == UnitStatus.UNSELLABLE:
        raise UserError(f"房源 {label} 不可售：{unit.blocked_reason}")
    if unit.status != UnitStatus.AVAILABLE:  # a stale status: someone is changing it right now
        raise ConflictError(_taken_message(session, unit.id, label))


def _place_hold(
    session: Session, unit: Unit, label: str, hold: UnitHold, status: UnitStatus
) -> int:
    """Add `hold` and set the unit's status; a clash with another PC becomes ConflictError.

    On a clash the session is rolled back (a failed flush leaves nothing usable), then asked
    who has the unit now, for the message."""
    try:
        session.add(hold)
        _set(unit, status)
        session.flush()
    except (IntegrityError, StaleDataError) as exc:
        session.rollback()
        raise ConflictError(_taken_message(session, unit.id, label)) from exc
    return hold.id


def _hold_hours(session: Session) -> int:
    return int(cast(int, get_setting(session, "deals.hold_hours")))


def hold_unit(
    session: Session,
    actor: Actor,
    unit_id: int,
    *,
    customer_id: int,
    hours: int | None = None,
    now: datetime | None = None,
) -> int:
    """锁定 a 可售 unit for a customer for `hours` (deals.hold_hours by default); hold id."""
    actor.require(Action.HOLD_UNITS)
    release_expired(session, now=now)  # a hold whose time is up no longer blocks
    moment = aware_utc(now)
    unit = _unit(session, unit_id)
    label = _unit_label(session, unit)
    customer = session.get(Customer, customer_id)
    if customer is None or customer.anonymised_at is not None:
        raise NotFound("所选客户不存在或已匿名化")
    limit = _hold_hours(session)
    if hours is None:
        hours = limit
    elif not 1 <= hours <= 240:
        raise ValidationError({"hours": "锁定时长须在 1–240 小时之间"})
    _require_available(session, unit, label)
    hold = UnitHold(
        unit_id=unit.id,
        kind=HoldKind.HOLD.value,
        customer_id=customer.id,
        user_id=actor.user_id,
        expires_at=moment + timedelta(hours=hours),
        created_at=moment,
    )
    return _place_hold(session, unit, label, hold, UnitStatus.HELD)


def reserve_unit(
    session: Session,
    actor: Actor,
    unit_id: int,
    *,
    until: date,
    reason: str,
    now: datetime | None = None,
) -> int:
    """保留 a 可售 unit until the end of `until` (the actor, a site manager, approves it)."""
    actor.require(Action.RESERVE_UNITS)
    release_expired(session, now=now)  # a hold whose time is up no longer blocks
    unit = _unit(session, unit_id)
    label = _unit_label(session, unit)
    reason = reason.strip()
    errors: dict[str, str] = {}
    if not reason:
        errors["reason"] = "请填写保留的原因"
    elif len(reason) > 200:
        errors["reason"] = "原因最多 200 个字"
    if until < office_today(session, now):
        errors["until"] = "保留截止日期不能早于今天"
    if errors:
        raise ValidationError(errors)
    _require_available(session, unit, label)
    hold = UnitHold(
        unit_id=unit.id,
        kind=HoldKind.RESERVE.value,
        user_id=actor.user_id,
        approver_id=actor.user_id,
        expires_at=_end_of_day(session, until),
        reason=reason,
        created_at=aware_utc(now),
    )
    return _place_hold(session, unit, label, hold, UnitStatus.RESERVED)


def _ticket(session: Session, ticket_id: int) -> QueueTicket:
    ticket = session.get(QueueTicket, ticket_id)
    if ticket is None:
        raise NotFound(f"没有编号为 {ticket_id} 的排号")
    return ticket


def skipped_ids(session: Session, project_id: int) -> set[int]:
    """Tickets of the project passed over at 开盘选房 (过号): audit entries "skip"."""
    tickets = select(QueueTicket.id).where(QueueTicket.project_id == project_id)
    return {
        int(i)
        for i in session.scalars(
            select(AuditEntry.entity_id).where(
                AuditEntry.action == "skip",
                AuditEntry.entity == "queue_tickets",
                AuditEntry.entity_id.in_(tickets),
            )
        )
        if i is not None
    }


def _has_chosen() -> Any:
    """A ticket has had its turn once it chose a unit (the choice may have expired since)."""
    return exists(
        select(UnitHold.id).where(
            UnitHold.ticket_id == QueueTicket.id, UnitHold.kind == HoldKind.CHOICE.value
        )
    )


def _waiting(session: Session, project_id: int) -> Any:
    """Active tickets of the project that have not chosen and were not skipped, lowest first."""
    skipped = skipped_ids(session, project_id)
    query = (
        select(QueueTicket)
        .where(
            QueueTicket.project_id == project_id,
            QueueTicket.status == TicketStatus.ACTIVE.value,
            ~_has_chosen(),
        )
        .order_by(QueueTicket.number)
    )
    if skipped:
        query = query.where(QueueTicket.id.not_in(skipped))
    return query


def choose_unit(
    session: Session, actor: Actor, unit_id: int, *, ticket_id: int, now: datetime | None = None
) -> int:
    """开盘选房: the ticket's customer chooses a 可售 unit, in queue order; hold id."""
    actor.require(Action.CHOOSE_UNITS)
    release_expired(session, now=now)  # a hold whose time is up no longer blocks
    moment = aware_utc(now)
    ticket = _ticket(session, ticket_id)
    unit = _unit(session, unit_id)
    label = _unit_label(session, unit)
    if ticket.status != TicketStatus.ACTIVE:
        raise UserError(f"第 {ticket.number} 号排号{TicketStatus(ticket.status).label}，不能选房")
    project_id = session.scalar(select(Building.project_id).where(Building.id == unit.building_id))
    if project_id != ticket.project_id:
        raise UserError(f"第 {ticket.number} 号不是这个项目的排号")
    chosen = session.scalar(
        select(UnitHold).where(
            UnitHold.ticket_id == ticket.id,
            UnitHold.kind == HoldKind.CHOICE.value,
            UnitHold.released_at.is_(None),
        )
    )
    if chosen is not None:
        raise UserError(f"第 {ticket.number} 号已选定房源，如需换房请先释放原来的选房")
    first = session.scalar(
        _waiting(session, ticket.project_id).where(QueueTicket.number < ticket.number).limit(1)
    )
    if first is not None:
        name = session.scalar(select(Customer.name).where(Customer.id == first.customer_id))
        raise UserError(
            f"还没轮到第 {ticket.number} 号：第 {first.number} 号 {name or UNNAMED} 尚未选房"
            "（未到场的请先过号）"
        )
    _require_available(session, unit, label)
    hold = UnitHold(
        unit_id=unit.id,
        kind=HoldKind.CHOICE.value,
        customer_id=ticket.customer_id,
        ticket_id=ticket.id,
        user_id=actor.user_id,
        expires_at=moment + timedelta(hours=_hold_hours(session)),
        created_at=moment,
    )
    return _place_hold(session, unit, label, hold, UnitStatus.HELD)


def skip_ticket(session: Session, actor: Actor, ticket_id: int, *, reason: str) -> None:
    """过号: the customer whose turn it is did not come; the next one may choose."""
    actor.require(Action.CHOOSE_UNITS)
    ticket = _ticket(session, ticket_id)
    if ticket.status != TicketStatus.ACTIVE:
        raise UserError(f"第 {ticket.number} 号排号{TicketStatus(ticket.status).label}，不能过号")
    if ticket.id in skipped_ids(session, ticket.project_id):
        raise UserError(f"第 {ticket.number} 号已过号")
    has_chosen = session.scalar(
        select(
            exists(
                select(UnitHold.id).where(
                    UnitHold.ticket_id == ticket.id, UnitHold.kind == HoldKind.CHOICE.value
                )
            )
        )
    )
    if has_chosen:
        raise UserError(f"第 {ticket.number} 号已选过房，不能过号")
    name = session.scalar(select(Customer.name).where(Customer.id == ticket.customer_id))
    audit.record(
        session,
        actor,
        "skip",
        "queue_tickets",
        ticket.id,
        f"过号：第 {ticket.number} 号 {name or UNNAMED}",
        reason.strip() or None,
    )
    session.flush()


def _ticket_row(session: Session, actor: Actor, ticket: QueueTicket) -> TicketRow:
    customer = session.get(Customer, ticket.customer_id)
    staff = cs.staff_names(session, (ticket.issued_by_id,))
    return TicketRow(
        id=ticket.id,
        project_id=ticket.project_id,
        number=ticket.number,
        customer_id=ticket.customer_id,
        customer_name=(customer.name if customer is not None else "") or UNNAMED,
        shown_phone=cs.shown_phone(
            actor,
            phone=customer.phone if customer is not None else None,
            owner_id=customer.owner_id if customer is not None else None,
        ),
        amount=ticket.amount,
        status=ticket.status,
        issued_at=ticket.created_at,
        issued_by=staff.get(ticket.issued_by_id, "") if ticket.issued_by_id is not None else "",
        void_reason=ticket.void_reason,
        closed_at=ticket.closed_at,
        deal_id=ticket.deal_id,
    )


def next_in_queue(session: Session, actor: Actor, project_id: int) -> TicketRow | None:
    """Whose turn it is at 开盘选房: the lowest active ticket that has not chosen, not skipped."""
    actor.require_any(Action.CHOOSE_UNITS, Action.VIEW_UNITS)
    ticket = session.scalar(_waiting(session, project_id).limit(1))
    return _ticket_row(session, actor, ticket) if ticket is not None else None


def release_hold(
    session: Session, actor: Actor, hold_id: int, *, reason: str, now: datetime | None = None
) -> None:
    """释放: the holder, the secretary or the site manager; the unit is 可售 again."""
    actor.require_any(
        Action.HOLD_UNITS, Action.RESERVE_UNITS, Action.CHOOSE_UNITS, label="释放房源"
    )
    hold = session.get(UnitHold, hold_id)
    if hold is None:
        raise NotFound(f"没有编号为 {hold_id} 的锁定")
    if hold.released_at is not None:
        raise UserError("这条锁定已释放")
    may = (
        actor.is_system
        or (hold.user_id is not None and hold.user_id == actor.user_id)
        or bool(actor.roles & RELEASERS)
    )
    if not may:
        raise PermissionDenied("只有经办人、销售秘书或案场经理可以释放")
    hold.released_at = aware_utc(now)
    hold.release_reason = (reason.strip() or MANUAL_REASON)[:100]
    unit = _unit(session, hold.unit_id)
    try:
        set_unit_status(session, unit)
        session.flush()
    except StaleDataError as exc:
        session.rollback()
        raise ConflictError("这条锁定刚被其他人改动过，请刷新后再操作") from exc


def release_expired(session: Session, *, now: datetime | None = None) -> int:
    """Release every hold whose time is up; how many. No actor: the board does it for everyone.

    Written with guarded UPDATEs (released_at IS NULL), so two PCs releasing the same hold at
    the same moment do not collide: the second finds nothing left to do."""
    moment = aware_utc(now)
    expired = session.execute(
        select(UnitHold.id, UnitHold.unit_id, UnitHold.kind).where(
            UnitHold.released_at.is_(None),
            UnitHold.expires_at.is_not(None),
            UnitHold.expires_at <= moment,
        )
    ).all()
    released: list[int] = []
    units: list[int] = []
    for row in expired:
        result = session.execute(
            update(UnitHold)
            .where(UnitHold.id == row.id, UnitHold.released_at.is_(None))
            .values(released_at=moment, release_reason=EXPIRED_REASON, updated_at=moment)
            .execution_options(synchronize_session=False)
        )
        if not getattr(result, "rowcount", 0):
            continue  # pragma: no cover - another PC released it a moment ago
        released.append(row.id)
        units.append(row.unit_id)
        info = session.execute(
            select(
                Unit.blocked_reason,
                select(Deal.stage)
                .where(Deal.unit_id == Unit.id, Deal.cancelled_at.is_(None))
                .scalar_subquery(),
                select(Building.name).where(Building.id == Unit.building_id).scalar_subquery(),
                Unit.stairwell,
                Unit.room,
            ).where(Unit.id == row.unit_id)
        ).one()
        status = _derived_status(info[1], None, bool(info[0]))
        session.execute(
            update(Unit)
            .where(Unit.id == row.unit_id)
            .values(status=status.value, version=Unit.version + 1, updated_at=moment)
            .execution_options(synchronize_session=False)
        )
        _audit_expiry(session, row.id, f"{info[2]}{info[3]}{info[4]}", HoldKind(row.kind))
    if released:
        _expire_loaded(session, UnitHold, released)
        _expire_loaded(session, Unit, units)
        session.flush()
    return len(released)


def _audit_expiry(session: Session, hold_id: int, label: str, kind: HoldKind) -> None:
    actor = session.info.get("actor")
    session.add(
        AuditEntry(
            user_id=getattr(actor, "user_id", None),
            actor=getattr(actor, "display_name", "system"),
            os_user=getattr(actor, "os_user", None),
            host=getattr(actor, "host", None),
            action="update",
            entity="unit_holds",
            entity_id=hold_id,
            summary=f"{label} 的{kind.label}到期，{EXPIRED_REASON}",
        )
    )


def _expire_loaded(
    session: Session, model: type[Unit] | type[UnitHold], ids: Iterable[int]
) -> None:
    """Objects of `model` with these ids already in the session are read again on next use."""
    wanted = set(ids)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, model) and obj.id in wanted:
            session.expire(obj)
