"""core/unit_forms.py: the project form, the generator's plan, a unit's areas and prices and
the measured area at 交付, each checked by a pure validator."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from anjia_desk.core.unit_forms import (
    BuildingPlan,
    ProjectForm,
    RoomType,
    UnitForm,
    area_problem,
    plan_floors,
    plan_price,
    plan_stairwells,
    room_name,
    validate_measured_area,
    validate_plan,
    validate_project,
    validate_unit,
)

D = Decimal

# --- the project


@pytest.mark.parametrize(
    ("form", "errors"),
    [
        (ProjectForm("安家·云栖府"), {}),
        (ProjectForm(" 安家 ", "预1", date(2026, 1, 1), "滨江路"), {}),
        (ProjectForm(" "), {"name": "请填写项目名称"}),
        (ProjectForm("长" * 61), {"name": "项目名称最多 60 个字"}),
        (ProjectForm("x", permit_no="x" * 61, permit_date=date(2026, 1, 1)),
         {"permit_no": "预售许可证号最多 60 个字"}),
        (ProjectForm("x", permit_date=date(2026, 1, 1)),
         {"permit_no": "填写了预售许可日期，请同时填写许可证号"}),
        (ProjectForm("x", permit_no="预1"), {"permit_date": "请填写预售许可日期"}),
        (ProjectForm("x", address="路" * 121), {"address": "项目地址最多 120 个字"}),
        (ProjectForm("", address="路" * 121), {"name": "请填写项目名称",
                                               "address": "项目地址最多 120 个字"}),
    ],
)  # fmt: skip
def test_validate_project(form: ProjectForm, errors: dict[str, str]) -> None:
    assert validate_project(form) == errors


# --- the generator

ROOM = RoomType("01", "三室两厅", D(100), D(80), D(10000), D(11000))
PLAN = BuildingPlan(project_id=1, name="3栋", floors=3, room_types=(ROOM,), step_per_floor=D(100))


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": " "}, "name", "请填写楼栋名称"),
        ({"name": "楼" * 21}, "name", "楼栋名称最多 20 个字"),
        ({"floors": 0}, "floors", "层数须在 1–150 之间"),
        ({"floors": 151}, "floors", "层数须在 1–150 之间"),
        ({"floors": 150, "stairwells": tuple(f"{i}单元" for i in range(40))}, "floors",
         "一栋楼最多生成 5000 套"),
        ({"stairwells": ("1单元", " 1单元")}, "stairwells", "单元名称重复"),
        ({"stairwells": ("单" * 11,)}, "stairwells", "单元名称最多 10 个字"),
        ({"room_types": ()}, "room_types", "请至少添加一种房间"),
        ({"room_types": (ROOM, ROOM)}, "room_types", "每种房间须有不重复的房号尾号（如 01、02）"),
        ({"room_types": (replace(ROOM, suffix=" "),)}, "room_types", "尾号"),
        ({"room_types": (replace(ROOM, area=D(0)),)}, "room_types", "01 的建筑面积须大于 0"),
        ({"room_types": (replace(ROOM, inner_area=D(101)),)}, "room_types", "套内面积"),
        ({"room_types": (replace(ROOM, inner_area=D(0)),)}, "room_types", "套内面积"),
        ({"room_types": (replace(ROOM, price_per_m2=D(0)),)}, "room_types", "表价单价须大于 0"),
        ({"room_types": (replace(ROOM, price_per_m2=D(12000)),)}, "room_types", "高于备案"),
        ({"room_types": (replace(ROOM, layout="户" * 21),)}, "room_types", "户型最多 20 个字"),
        ({"step_per_floor": D(-5000)}, "step", "按此楼层差价，高层的单价将不大于 0"),
    ],
)  # fmt: skip
def test_validate_plan_refusals(changes: dict[str, Any], field: str, message: str) -> None:
    errors = validate_plan(replace(PLAN, **changes))
    assert message in errors[field], errors


def test_validate_plan_accepts_and_reports_each_field() -> None:
    assert validate_plan(PLAN) == {}
    assert validate_plan(replace(PLAN, step_per_floor=D(-4999))) == {}  # top floor still > 0
    many = validate_plan(replace(PLAN, name="", floors=0, stairwells=("a", "a")))
    assert set(many) == {"name", "floors", "stairwells"}


def test_generator_helpers() -> None:
    assert plan_floors(-2, 4) == [-2, -1, 1, 2]
    assert plan_floors(1, 3) == [1, 2, 3]
    assert room_name(-2, "01") == "B201"
    assert room_name(8, "01") == "0801"
    assert room_name(12, "03") == "1203"
    assert plan_stairwells(replace(PLAN, stairwells=())) == [""]
    assert plan_stairwells(replace(PLAN, stairwells=(" 1单元 ",))) == ["1单元"]
    assert plan_price(D(10000), D(100), D("89.5")) == D("903950.00")
    assert plan_price(D("10000.005"), D(0), D(1)) == D("10000.01")  # half-up to the fen


# --- a unit

UNIT = UnitForm(" 三室 ", D(100), D(80), None, None, D("1100000.004"), D("1000000.005"))


def test_validate_unit_cleans() -> None:
    clean, errors = validate_unit(UNIT)
    assert errors == {} and clean is not None
    assert clean.layout == "三室"
    assert (clean.filed_price, clean.list_price) == (D("1100000.00"), D("1000000.01"))


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"area": None}, {"area": "请填写建筑面积"}),
        ({"area": D(0)}, {"area": "建筑面积须大于 0", "inner_area": "套内面积不能大于建筑面积"}),
        ({"area": D(10001)}, {"area": "建筑面积不能超过 10000 ㎡"}),
        ({"inner_area": D(120)}, {"inner_area": "套内面积不能大于建筑面积"}),
        ({"inner_area": D(-1)}, {"inner_area": "套内面积须大于 0"}),
        ({"measured_area": D(99), "measured_inner_area": D(100)},
         {"measured_inner_area": "实测套内面积不能大于实测建筑面积"}),
        ({"measured_inner_area": D(100)}, {}),  # no 实测建筑面积 to compare with
        ({"filed_price": D(0)}, {"filed_price": "备案价须大于 0"}),
        ({"list_price": None}, {"list_price": "表价须大于 0"}),
        ({"list_price": D(2000000)}, {"list_price": "表价不能高于备案价（1,100,000.00 元）"}),
        ({"layout": "户" * 21}, {"layout": "户型最多 20 个字"}),
    ],
)  # fmt: skip
def test_validate_unit_refusals(changes: dict[str, Any], errors: dict[str, str]) -> None:
    clean, found = validate_unit(replace(UNIT, **changes))
    assert found == errors
    assert (clean is None) == bool(errors)


@pytest.mark.parametrize(
    ("value", "required", "problem"),
    [
        (None, True, "请填写面积"),
        (None, False, ""),
        (D(0), False, "面积须大于 0"),
        (D(10000), True, ""),
        (D("10000.01"), True, "面积不能超过 10000 ㎡"),
    ],
)
def test_area_problem(value: Decimal | None, required: bool, problem: str) -> None:
    assert area_problem(value, "面积", required=required) == problem


# --- 交付


@pytest.mark.parametrize(
    ("value", "errors"),
    [
        (D("101.25"), {}),
        (D("0.01"), {}),
        (D(0), {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        (D(10000), {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        (D("NaN"), {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        (D("Infinity"), {"measured_area": "实测面积须大于 0 且小于 10000 ㎡"}),
        (D("101.255"), {"measured_area": "面积最多两位小数"}),
    ],
)
def test_validate_measured_area(value: Decimal, errors: dict[str, str]) -> None:
    assert validate_measured_area(value) == errors
