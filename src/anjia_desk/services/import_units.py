"""The unit sheet (房源) of EXCEL_FORMAT.md as a kind of the import pipeline.

A unit is identified by 项目 + 楼栋 + 单元 + 房号 (the building by its key: 3栋, 3#, 3 are one).
The project must exist; a building not yet there is created. New units need 楼层, 建筑面积,
备案价 and 表价; an update overwrites the cells the file has. 表价 never above 备案价, 套内 never
above 建筑面积, and a unit with a live deal keeps its prices (such a row is rejected with the
reason). New units are bulk inserted with one audit entry for the file; updates go through the
ORM, so each changed field is in the unit's history.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from anjia_desk.core.deal_rules import building_key
from anjia_desk.core.deals import FEN, UnitStatus
from anjia_desk.core.errors import ConflictError
from anjia_desk.core.text import clean_name
from anjia_desk.core.unit_forms import AREA_LIMIT, UnitForm, validate_unit
from anjia_desk.core.units import unit_label
from anjia_desk.db.bulk import bulk_insert
from anjia_desk.db.models import Building, Deal, Project, Unit
from anjia_desk.excel.cells import CellError, cell_text, parse_text
from anjia_desk.excel.headers import ColumnSpec, fold_header
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.importing_base import Checked, Planned

if TYPE_CHECKING:
    from anjia_desk.excel.reader import Cell

COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("project", "项目", ("项目名称",), True),
    ColumnSpec("building", "楼栋", ("栋号", "楼号"), True),
    ColumnSpec("stairwell", "单元"),
    ColumnSpec("floor", "楼层", ("层",)),
    ColumnSpec("room", "房号", ("房间号",), True),
    ColumnSpec("layout", "户型"),
    ColumnSpec("area", "建筑面积(㎡)", ("建面", "面积")),
    ColumnSpec("inner_area", "套内面积(㎡)", ("套内",)),
    ColumnSpec("filed_price", "备案价(元)", ("备案总价",)),
    ColumnSpec("list_price", "表价(元)", ("总价", "标价")),
)
HEADERS = {c.key: c.header for c in COLUMNS}
#: What a unit list may carry for reading only, and the two columns an import report adds.
READ_ONLY = ("销控状态", "状态", "导入结果", "原因")
CHUNK = 2000
MONEY_LIMIT = Decimal(10) ** 11  # 1,000 亿元: beyond any flat
PRICE_FIELDS = ("filed_price", "list_price")
NEEDED = ("floor", "area", "filed_price", "list_price")  # for a new unit
CHANGED_MEANWHILE = (
    "检查之后有人改动了这些房源（新增或认购），请重新检查后再导入；数据库没有任何改动"
)

_NUMBER_RE = re.compile(r"([0-9]+(?:\.[0-9]*)?)(万元|万|元|㎡|m2|平方米|平米|平)?")
_FLOOR_RE = re.compile(r"(-|负|B|第)?([0-9]+)(层|楼|F)?")
_AREA_UNITS = frozenset({"㎡", "m2", "平方米", "平米", "平"})


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _number(value: Cell, *, money: bool) -> Decimal:
    """A positive amount (元) or area (㎡): 1234567, "1,234,567.00", "¥123万", "89.5㎡"."""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str):
        text = _fold(value).replace(",", "").lstrip("¥￥").lower()
        match = _NUMBER_RE.fullmatch(text)
        if match is None:
            raise ValueError
        number, unit = Decimal(match[1]), match[2]
        if unit in ("万", "万元"):
            if not money:
                raise ValueError
            number *= 10000
        elif unit is not None and (unit == "元") != money:
            raise ValueError
    else:
        raise ValueError
    if not number.is_finite() or number <= 0 or number > (MONEY_LIMIT if money else AREA_LIMIT):
        raise ValueError
    return number.quantize(FEN, rounding=ROUND_HALF_UP)


def parse_floor(value: Cell) -> int:
    """8, "8", "8层", "第8层", "-1", "B1", "负1层" → the floor; 0 and anything else: CellError."""
    if isinstance(value, bool):
        raise CellError(f"楼层“{cell_text(value)}”无法识别")
    if isinstance(value, int):
        floor = value
    elif isinstance(value, float) and value.is_integer():
        floor = int(value)
    elif isinstance(value, str):
        match = _FLOOR_RE.fullmatch(_fold(value).upper())
        if match is None:
            raise CellError(f"楼层“{value}”无法识别")
        floor = int(match[2]) * (-1 if match[1] in ("-", "负", "B") else 1)
    else:
        raise CellError(f"楼层“{cell_text(value)}”无法识别")
    if floor == 0 or abs(floor) > 300:
        raise CellError(f"楼层“{cell_text(value)}”无效")
    return floor


def _amount(label: str, *, money: bool) -> Callable[[Cell], Decimal]:
    def parse(value: Cell) -> Decimal:
        try:
            return _number(value, money=money)
        except (ValueError, InvalidOperation):
            raise CellError(f"{label}“{cell_text(value)}”须为大于 0 的数字") from None

    return parse


def _text(limit: int, label: str, *, fold: bool = True) -> Callable[[Cell], str]:
    def parse(value: Cell) -> str:
        try:
            text = parse_text(value, max_len=limit)
        except CellError as exc:
            raise CellError(f"{label}{exc.message}") from None
        text = clean_name(text)  # one line, nothing invisible (issue 14)
        return _fold(text) if fold else text

    return parse


PARSERS: dict[str, Callable[[Cell], Any]] = {
    "project": _text(60, "项目"),
    "building": _text(20, "楼栋"),
    "stairwell": _text(10, "单元"),
    "floor": parse_floor,
    "room": _text(20, "房号"),
    "layout": _text(20, "户型", fold=False),
    "area": _amount("建筑面积", money=False),
    "inner_area": _amount("套内面积", money=False),
    "filed_price": _amount("备案价", money=True),
    "list_price": _amount("表价", money=True),
}
#: A cell of these that cannot be read rejects the row; an odd 户型 or 套内面积 is dropped.
DROPPABLE = frozenset({"layout", "inner_area"})


@dataclass(frozen=True)
class _Known:
    """A unit already in the database, as the checks need it."""

    id: int
    label: str
    status: str
    area: Decimal
    inner_area: Decimal | None
    filed_price: Decimal
    list_price: Decimal
    sold: bool  # has a live deal: its prices stay


def unit_key(project_id: int, building: str, stairwell: str, room: str) -> str:
    return "\x1f".join((str(project_id), building, stairwell, room))


def _known_units(session: Session, project_ids: set[int] | None = None) -> dict[str, _Known]:
    live = (
        select(Deal.id)
        .where(Deal.unit_id == Unit.id, Deal.cancelled_at.is_(None))
        .exists()
        .label("sold")
    )
    query = select(
        Building.project_id,
        Building.key,
        Building.name,
        Unit.id,
        Unit.stairwell,
        Unit.room,
        Unit.status,
        Unit.area,
        Unit.inner_area,
        Unit.filed_price,
        Unit.list_price,
        live,
    ).join(Building, Building.id == Unit.building_id)
    if project_ids is not None:
        query = query.where(Building.project_id.in_(sorted(project_ids)))
    return {
        unit_key(r.project_id, r.key, r.stairwell, r.room): _Known(
            r.id,
            unit_label(r.name, r.stairwell, r.room),
            r.status,
            r.area,
            r.inner_area,
            r.filed_price,
            r.list_price,
            bool(r.sold),
        )
        for r in session.execute(query)
    }


class _Checker:
    """Checks the rows of a unit sheet against the projects and units read once up front."""

    def __init__(self, session: Session, mapping: dict[int, str]) -> None:
        self.columns = sorted(mapping.items())
        self.projects = {
            _fold(name): pid for pid, name in session.execute(select(Project.id, Project.name))
        }
        self.known = _known_units(session)

    def __call__(self, rows: Sequence[Sequence[Cell]]) -> list[Checked]:
        return [self.check(row) for row in rows]

    def check(self, row: Sequence[Cell]) -> Checked:
        values: dict[str, Any] = {}
        dropped: list[str] = []
        for column, key in self.columns:
            cell = row[column] if column < len(row) else None
            if cell is None:
                continue
            try:
                parsed = PARSERS[key](cell)
            except CellError as exc:
                if key not in DROPPABLE:
                    return Checked(None, {}, exc.message)
                dropped.append(f"{exc.message}，已留空")
                continue
            if parsed != "":
                values[key] = parsed
        for key, label in (("project", "项目"), ("building", "楼栋"), ("room", "房号")):
            if key not in values:
                return Checked(None, {}, f"缺少{label}")
        project_id = self.projects.get(values["project"])
        if project_id is None:
            return Checked(None, {}, f"项目“{values['project']}”不存在：请先在房源页新建项目")
        values["project_id"] = project_id
        values["building_key"] = building_key(values["building"])
        values.setdefault("stairwell", "")
        key = unit_key(project_id, values["building_key"], values["stairwell"], values["room"])
        error = self._rules(values, self.known.get(key))
        if error:
            return Checked(None, {}, error)
        return Checked(key, values, "", dropped)

    @staticmethod
    def _rules(values: dict[str, Any], known: _Known | None) -> str:
        """The rules a row can be checked on now; a new unit's missing cells are noted in
        `values["missing"]` and decided in `resolve` (an update-only import skips such rows)."""
        if known is None:
            missing = [k for k in NEEDED if k not in values]
            if missing:
                values["missing"] = missing
            current: dict[str, Any] = dict.fromkeys(
                ("area", "inner_area", "filed_price", "list_price")
            )
        else:
            current = {
                "area": known.area,
                "inner_area": known.inner_area,
                "filed_price": known.filed_price,
                "list_price": known.list_price,
            }
        merged = {**current, **{k: v for k, v in values.items() if k in current}}
        # The unit form's own rules (core.unit_forms.validate_unit, as when a unit is edited on
        # screen), on what the row and the unit already say; a cell still missing is decided
        # in `resolve`.
        _clean, errors = validate_unit(
            UnitForm(
                layout="",
                area=merged["area"],
                inner_area=merged["inner_area"],
                measured_area=None,
                measured_inner_area=None,
                filed_price=merged["filed_price"],
                list_price=merged["list_price"],
            )
        )
        problems = [text for key, text in errors.items() if merged.get(key) is not None]
        if problems:
            return "；".join(problems)
        if known is not None and known.sold:
            changed = [k for k in PRICE_FIELDS if k in values and values[k] != current[k]]
            if changed:
                return f"房源 {known.label} 已认购，不能改价"
        return ""


@dataclass
class UnitSheet:
    key: str = "units"
    label: str = "房源"
    columns: Sequence[ColumnSpec] = COLUMNS
    quiet: frozenset[str] = frozenset(fold_header(h) for h in READ_ONLY)
    #: How the pipeline names a row's identity in its reasons.
    key_label: str = "房源"

    def checker(
        self, session: Session, mapping: dict[int, str]
    ) -> Callable[[Sequence[Sequence[Cell]]], list[Checked]]:
        return _Checker(session, mapping)

    def existing(self, session: Session, keys: set[str]) -> dict[str, tuple[int | None, str]]:
        projects = {int(k.split("\x1f", 1)[0]) for k in keys}
        known = _known_units(session, projects) if projects else {}
        return {
            k: (u.id, f"已有房源 {u.label}（{UnitStatus(u.status).label}）")
            for k, u in known.items()
            if k in keys
        }

    def resolve(self, session: Session, planned: list[Planned], file_keys: set[str]) -> None:
        """A new unit needs 楼层, 建筑面积, 备案价 and 表价 (an update may leave them blank)."""
        for p in planned:
            missing = p.checked.values.pop("missing", None)
            if missing and p.existing_id is None:
                labels = "、".join(HEADERS[k].split("(")[0] for k in missing)
                p.checked.error = f"新房源缺少{labels}"

    def write(
        self,
        session: Session,
        actor: Actor,
        new: list[Planned],
        updates: list[Planned],
        *,
        now: datetime,
        tick: Callable[[int], None],
        summary: str,
    ) -> None:
        audit.record(session, actor, "import", "units", None, summary)
        session.flush()  # takes the write lock: from here on nobody else writes
        taken = self.existing(session, {cast(str, p.checked.key) for p in new})
        if taken:
            raise ConflictError(f"{CHANGED_MEANWHILE}（如 {next(iter(taken.values()))[1]}）")
        buildings = _buildings(session, [p.checked.values for p in new])
        table = cast(Table, Unit.__table__)
        for first in range(0, len(new), CHUNK):
            chunk = new[first : first + CHUNK]
            rows = []
            for planned in chunk:
                v = planned.checked.values
                rows.append(
                    {
                        "building_id": buildings[(v["project_id"], v["building_key"])],
                        "stairwell": v["stairwell"],
                        "floor": v["floor"],
                        "room": v["room"],
                        "layout": v.get("layout", ""),
                        "area": v["area"],
                        "inner_area": v.get("inner_area"),
                        "measured_area": None,
                        "measured_inner_area": None,
                        "filed_price": v["filed_price"],
                        "list_price": v["list_price"],
                        "status": UnitStatus.AVAILABLE.value,
                        "blocked_reason": "",
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            bulk_insert(session, table, rows)
            tick(len(chunk))
        for first in range(0, len(updates), 500):
            chunk = updates[first : first + 500]
            ids = [cast(int, p.existing_id) for p in chunk]
            by_id = {u.id: u for u in session.scalars(select(Unit).where(Unit.id.in_(ids)))}
            sold = set(
                session.scalars(
                    select(Deal.unit_id).where(Deal.unit_id.in_(ids), Deal.cancelled_at.is_(None))
                )
            )
            for planned in chunk:
                unit = by_id.get(cast(int, planned.existing_id))
                if unit is None:
                    raise ConflictError(CHANGED_MEANWHILE)
                _update(unit, planned.checked.values, sold=unit.id in sold)
            session.flush()
            tick(len(chunk))


UNITS = UnitSheet()
_UPDATED = ("floor", "layout", "area", "inner_area", "filed_price", "list_price")


def _update(unit: Unit, values: dict[str, Any], *, sold: bool) -> None:
    """Overwrite the fields the file has (a blank cell changes nothing)."""
    for key in _UPDATED:
        if key not in values or getattr(unit, key) == values[key]:
            continue
        if sold and key in PRICE_FIELDS:
            raise ConflictError(CHANGED_MEANWHILE)
        setattr(unit, key, values[key])
    if unit.inner_area is not None and unit.inner_area > unit.area:
        raise ConflictError(CHANGED_MEANWHILE)
    if unit.list_price > unit.filed_price:
        raise ConflictError(CHANGED_MEANWHILE)


def _buildings(session: Session, rows: list[dict[str, Any]]) -> dict[tuple[int, str], int]:
    """The building of each (project, key) the new rows name; a missing one is created, named
    as the file first wrote it."""
    wanted: dict[tuple[int, str], str] = {}
    for v in rows:
        wanted.setdefault((v["project_id"], v["building_key"]), v["building"])
    if not wanted:
        return {}
    found = {
        (pid, key): bid
        for pid, key, bid in session.execute(
            select(Building.project_id, Building.key, Building.id).where(
                Building.project_id.in_(sorted({p for p, _ in wanted}))
            )
        )
    }
    for (pid, key), name in wanted.items():
        if (pid, key) not in found:
            building = Building(project_id=pid, name=name, key=key)
            session.add(building)
            session.flush()
            found[(pid, key)] = building.id
    return found
