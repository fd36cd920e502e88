"""The forms of the unit side — a project, the building generator's plan, a unit's areas and
prices, a measured area at 交付 — as plain dataclasses with pure validators.

Each validator returns `{field: message}` (empty when the form is fine); the dialogs show the
messages next to their fields, and the services call the same validators first, so the command
line and the Excel import obey the same rules. What needs the database (a name already taken,
a unit with a live deal keeping its prices) stays in the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from anjia_desk.core.deal_rules import building_key
from anjia_desk.core.money import fen

MAX_UNITS_PER_BUILDING = 5000
MAX_FLOORS = 150
#: The largest area (㎡) a unit may have.
AREA_LIMIT = Decimal(10000)


# --- a project


@dataclass(frozen=True)
class ProjectForm:
    """A project as typed (`validate_project` strips the texts)."""

    name: str
    permit_no: str = ""
    permit_date: date | None = None
    address: str = ""


def validate_project(form: ProjectForm) -> dict[str, str]:
    """A project's own fields (the name's uniqueness is the service's)."""
    name, permit_no, address = form.name.strip(), form.permit_no.strip(), form.address.strip()
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = "请填写项目名称"
    elif len(name) > 60:
        errors["name"] = "项目名称最多 60 个字"
    if len(permit_no) > 60:
        errors["permit_no"] = "预售许可证号最多 60 个字"
    elif form.permit_date is not None and not permit_no:
        errors["permit_no"] = "填写了预售许可日期，请同时填写许可证号"
    if permit_no and form.permit_date is None:
        errors["permit_date"] = "请填写预售许可日期"
    if len(address) > 120:
        errors["address"] = "项目地址最多 120 个字"
    return errors


# --- the building generator


@dataclass(frozen=True)
class RoomType:
    """One kind of room of the generator: a room number suffix on every floor ("01")."""

    suffix: str  # "01" → rooms 0101, 0201, …
    layout: str  # 三室两厅
    area: Decimal  # 建筑面积 (predicted)
    inner_area: Decimal | None
    price_per_m2: Decimal  # 表价 per ㎡ on the base floor
    filed_per_m2: Decimal  # 备案价 per ㎡ on the base floor (≥ price_per_m2)


@dataclass(frozen=True)
class BuildingPlan:
    """What the generator builds in one go: floors × rooms, stepping the price per floor."""

    project_id: int
    name: str  # 3栋
    phase: str = ""
    stairwells: tuple[str, ...] = ("",)  # ("1单元", "2单元") or ("",) for none
    lowest_floor: int = 1
    floors: int = 18
    room_types: tuple[RoomType, ...] = ()
    #: Added per ㎡ per floor above the lowest one (may be 0 or negative).
    step_per_floor: Decimal = Decimal(0)


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


def plan_stairwells(plan: BuildingPlan) -> list[str]:
    """The plan's stairwells, stripped; one unnamed stairwell when it lists none."""
    return [s.strip() for s in plan.stairwells] or [""]


def plan_price(per_m2: Decimal, step: Decimal, area: Decimal) -> Decimal:
    """A generated unit's total price: (base price per ㎡ + the floor's step) × area, in fen."""
    return fen((per_m2 + step) * area)


def _room_type_problem(t: RoomType) -> str:
    if t.area <= 0:
        return f"{t.suffix} 的建筑面积须大于 0"
    if t.inner_area is not None and not 0 < t.inner_area <= t.area:
        return f"{t.suffix} 的套内面积须大于 0 且不大于建筑面积"
    if t.price_per_m2 <= 0:
        return f"{t.suffix} 的表价单价须大于 0"
    if t.price_per_m2 > t.filed_per_m2:
        return f"{t.suffix} 的表价单价高于备案单价：表价不能高于备案价"
    if len(t.layout.strip()) > 20:
        return f"{t.suffix} 的户型最多 20 个字"
    return ""


def validate_plan(plan: BuildingPlan) -> dict[str, str]:
    """The generator's plan: name, floors, stairwells, room types and the price step (whether
    the project already has the building is the service's)."""
    errors: dict[str, str] = {}
    if not 1 <= plan.floors <= MAX_FLOORS:
        errors["floors"] = f"层数须在 1–{MAX_FLOORS} 之间"
    stairwells = plan_stairwells(plan)
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
            problem = _room_type_problem(t)
            if problem:
                errors["room_types"] = problem
                break
    if "floors" not in errors and "room_types" not in errors:
        if plan.floors * len(types) * len(stairwells) > MAX_UNITS_PER_BUILDING:
            errors["floors"] = f"一栋楼最多生成 {MAX_UNITS_PER_BUILDING} 套"
        top = plan.floors - 1
        lowest_price = min(t.price_per_m2 for t in types) + plan.step_per_floor * top
        if lowest_price <= 0:
            errors["step"] = "按此楼层差价，高层的单价将不大于 0"
    name = plan.name.strip()
    if not name:
        errors["name"] = "请填写楼栋名称"
    elif len(name) > 20:
        errors["name"] = "楼栋名称最多 20 个字"
    elif not building_key(name):
        errors["name"] = f"楼栋名称“{name}”无法识别"
    return errors


# --- a unit's areas and prices


@dataclass(frozen=True)
class UnitForm:
    """A unit's editable facts (services.units.update_unit merges the changed ones into the
    unit's current values and checks the whole)."""

    layout: str
    area: Decimal | None
    inner_area: Decimal | None
    measured_area: Decimal | None
    measured_inner_area: Decimal | None
    filed_price: Decimal | None
    list_price: Decimal | None


def area_problem(value: Decimal | None, label: str, *, required: bool) -> str:
    """What is wrong with an area of a unit ("" when nothing): above 0, at most AREA_LIMIT."""
    if value is None:
        return f"请填写{label}" if required else ""
    if value <= 0:
        return f"{label}须大于 0"
    if value > AREA_LIMIT:
        return f"{label}不能超过 {AREA_LIMIT} ㎡"
    return ""


def validate_unit(form: UnitForm) -> tuple[UnitForm | None, dict[str, str]]:
    """The clean form (layout stripped, prices in fen) or the message per field.

    表价 never above 备案价; 套内 never above 建筑面积 (and 实测套内 above 实测建筑)."""
    layout = form.layout.strip()
    errors: dict[str, str] = {}
    if len(layout) > 20:
        errors["layout"] = "户型最多 20 个字"
    for key, name, required, outer, outer_name in (
        ("area", "建筑面积", True, None, ""),
        ("inner_area", "套内面积", False, "area", "建筑面积"),
        ("measured_area", "实测建筑面积", False, None, ""),
        ("measured_inner_area", "实测套内面积", False, "measured_area", "实测建筑面积"),
    ):
        value: Decimal | None = getattr(form, key)
        problem = area_problem(value, name, required=required)
        bigger: Decimal | None = getattr(form, outer) if outer else None
        if not problem and value is not None and bigger is not None and value > bigger:
            problem = f"{name}不能大于{outer_name}"
        if problem:
            errors[key] = problem
    filed, listed = form.filed_price, form.list_price
    for key, name, price in (("filed_price", "备案价", filed), ("list_price", "表价", listed)):
        if price is None or price <= 0:
            errors[key] = f"{name}须大于 0"
    if filed is not None and listed is not None and filed > 0 and listed > 0:
        filed, listed = fen(filed), fen(listed)
        if listed > filed:
            errors["list_price"] = f"表价不能高于备案价（{filed:,} 元）"
    if errors:
        return None, errors
    clean = UnitForm(
        layout=layout,
        area=form.area,
        inner_area=form.inner_area,
        measured_area=form.measured_area,
        measured_inner_area=form.measured_inner_area,
        filed_price=filed,
        list_price=listed,
    )
    return clean, {}


# --- 交付: the measured area


def validate_measured_area(value: Decimal) -> dict[str, str]:
    """The measured 建筑面积 typed at 交付 (the area settlement's input): above 0, below
    AREA_LIMIT, at most two decimals."""
    if not value.is_finite() or value <= 0 or value >= AREA_LIMIT:
        return {"measured_area": f"实测面积须大于 0 且小于 {AREA_LIMIT} ㎡"}
    if value != value.quantize(Decimal("0.01")):
        return {"measured_area": "面积最多两位小数"}
    return {}
