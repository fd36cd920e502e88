"""The unit sheet (房源) through the import pipeline: new units, buildings made on the way,
rejections, duplicates, update mode and the prices of a sold unit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import ConflictError
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry, Building, Deal, Unit
from anjia_desk.excel.cells import CellError
from anjia_desk.services import import_units
from anjia_desk.services.context import Actor
from anjia_desk.services.import_units import UNITS, parse_floor
from anjia_desk.services.importing import (
    Checked,
    ImportOptions,
    Mode,
    Planned,
    import_kinds,
    run_import,
)
from tests.deal_fixtures import make_building, make_customer, make_project

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
SYSTEM = Actor.system()
HEADER = ["项目名称", "栋号", "单元", "层", "房间号", "户型", "建面", "套内", "备案总价", "总价"]


def xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("房源")
    ws.write_row(0, 0, ["2026 年房源表"])  # a title row above the header
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                ws.write_string(r, c, value)
            else:
                ws.write(r, c, value)
    book.close()
    return path


def run(database: Database, path: Path, **kw: Any) -> Any:
    return run_import(
        database, SYSTEM, kind="units", path=path, options=ImportOptions(**kw), now=NOW
    )


@pytest.fixture
def project(database: Database) -> int:
    with session_scope(database, SYSTEM) as session:
        made: int = make_project(session, "安家·云栖府").id
        return made


def units_of(database: Database) -> dict[str, tuple[Any, ...]]:
    with session_scope(database, SYSTEM) as session:
        rows = session.execute(
            select(
                Building.name, Unit.stairwell, Unit.room, Unit.floor, Unit.layout, Unit.area,
                Unit.inner_area, Unit.filed_price, Unit.list_price, Unit.status,
            ).join(Building, Building.id == Unit.building_id)
        )  # fmt: skip
        return {f"{r[0]}{r[1]}{r[2]}": tuple(r[3:]) for r in rows}


def test_kinds() -> None:
    assert ("units", "房源") in import_kinds()


def test_new_units_and_a_building_made_on_the_way(
    database: Database, project: int, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "units.xlsx",
        [
            HEADER,
            ["安家·云栖府", "3栋", "1单元", 8, "0801", "三室两厅", 120.5, 98, 1500000, "1,450,000"],
            ["安家·云栖府", "3#", "1单元", "9层", "0901", "三室两厅", "120.5㎡", None, "150万",
             1460000.0],
            ["安家·云栖府", " 3 ", "", "B1", "B101", None, 30, "待定", 200000, 180000],
        ],
    )  # fmt: skip
    result = run(database, path, report=tmp_path / "report.xlsx")
    assert (result.rows, result.imported, result.rejected, result.written) == (3, 3, 0, True)
    assert result.problems == [(5, "已导入", "套内面积“待定”须为大于 0 的数字，已留空")]
    found = units_of(database)
    assert found["3栋1单元0801"] == (
        8, "三室两厅", Decimal("120.50"), Decimal("98.00"), Decimal("1500000.00"),
        Decimal("1450000.00"), "available",
    )  # fmt: skip
    assert found["3栋1单元0901"][0] == 9 and found["3栋1单元0901"][4] == Decimal("1500000.00")
    assert found["3栋B101"][:4] == (-1, "", Decimal("30.00"), None)
    with session_scope(database, SYSTEM) as session:
        assert session.scalar(select(func.count()).select_from(Building)) == 1
        entries = session.scalars(
            select(AuditEntry.summary).where(
                AuditEntry.action == "import", AuditEntry.entity == "units"
            )
        ).all()
        assert len(entries) == 1 and "导入房源" in entries[0] and "新增 3" in entries[0]


def test_rejections_and_duplicates(database: Database, project: int, tmp_path: Path) -> None:
    with session_scope(database, SYSTEM) as session:
        from anjia_desk.db.models import Project

        existing = session.get(Project, project)
        assert existing is not None
        make_building(session, existing, "1栋", floors=1, rooms=("01",))
    good = ["安家·云栖府", "2栋", "", 5, "0501", "", 100, 80, 1000000, 900000]
    rows: list[list[Any]] = [
        HEADER,
        good,
        ["安家·云栖府", "2号楼", "", 5, "0501", "", 100, 80, 1000000, 900000],  # same unit
        ["安家·云栖府", "1栋", "", 1, "0101", "", 100, 80, 1000000, 900000],  # in the database
        ["无此项目", "2栋", "", 5, "0502", "", 100, 80, 1000000, 900000],
        ["安家·云栖府", None, "", 5, "0503", "", 100, 80, 1000000, 900000],
        ["安家·云栖府", "2栋", "", 5, None, "", 100, 80, 1000000, 900000],
        [None, "2栋", "", 5, "0504", "", 100, 80, 1000000, 900000],
        ["安家·云栖府", "2栋", "", None, "0505", "", 100, None, 1000000, 900000],
        ["安家·云栖府", "2栋", "", 5, "0506", "", 0, 80, 1000000, 900000],
        ["安家·云栖府", "2栋", "", 5, "0507", "", 100, 120, 1000000, 900000],
        ["安家·云栖府", "2栋", "", 5, "0508", "", 100, 80, 0, 900000],
        ["安家·云栖府", "2栋", "", 5, "0509", "", 100, 80, 1000000, 1100000],
        ["安家·云栖府", "2栋", "", "顶层", "0510", "", 100, 80, 1000000, 900000],
        ["安家·云栖府", "2栋", "", 0, "0511", "", 100, 80, 1000000, 900000],
        ["安家·云栖府", "2栋", "", 5, "0512", "户" * 21, "100万", 80, 1000000, "90㎡"],
    ]
    result = run(database, xlsx(tmp_path / "u.xlsx", rows))
    reasons = {row: (outcome, reason) for row, outcome, reason in result.problems}
    assert (result.imported, result.duplicates, result.rejected) == (1, 2, 13 - 1)
    assert reasons[4] == ("重复", "与第 3 行房源相同（以第一行为准）")
    assert reasons[5][0] == "重复" and "已有房源 1栋0101（可售）" in reasons[5][1]
    assert "不存在" in reasons[6][1]
    assert reasons[7][1] == "缺少楼栋" and reasons[8][1] == "缺少房号"
    assert reasons[9][1] == "缺少项目"
    assert reasons[10][1] == "新房源缺少楼层"
    assert "建筑面积" in reasons[11][1]
    assert "大于建筑面积" in reasons[12][1]
    assert "备案价" in reasons[13][1]
    assert "高于备案价" in reasons[14][1]
    assert "楼层“顶层”无法识别" in reasons[15][1]
    assert "无效" in reasons[16][1]
    assert "建筑面积“100万”" in reasons[17][1]
    assert set(units_of(database)) == {"1栋0101", "2栋0501"}

    fresh = [*good[:4], "0520", *good[5:]]
    strict = run(database, xlsx(tmp_path / "s.xlsx", [HEADER, fresh, rows[4]]), strict=True)
    assert (strict.written, strict.skipped, strict.rejected) == (False, 1, 1)


def test_update_mode_and_a_sold_unit(database: Database, project: int, tmp_path: Path) -> None:
    with session_scope(database, SYSTEM) as session:
        from anjia_desk.db.models import Project

        p = session.get(Project, project)
        assert p is not None
        made = make_building(session, p, "1栋", floors=1, rooms=("01", "02"))
        customer = make_customer(session)
        session.add(
            Deal(
                project_id=p.id, unit_id=made[1].id, customer_id=customer.id,
                buyer_name="王建国", payment_method="full", list_price=made[1].list_price,
                price=made[1].list_price, filed_price=made[1].filed_price,
                deposit=Decimal(50000), subscribed_at=NOW, sign_deadline=date(2026, 11, 30),
                penalty_per_10k=Decimal(5), cancel_days=90,
            )
        )  # fmt: skip
    header = ["项目", "楼栋", "房号", "户型", "表价(元)", "备案价(元)", "套内面积(㎡)"]
    rows: list[list[Any]] = [
        header,
        ["安家·云栖府", "1栋", "0101", "四室", 1050000, None, None],  # 表价 only
        ["安家·云栖府", "1", "0102", "样板", 1000000, 1100000, None],  # same prices: fine
        ["安家·云栖府", "1栋", "0102", None, 990000, None, None],  # sold: not repriced
        ["安家·云栖府", "1栋", "0103", None, 990000, None, None],  # not there
        ["安家·云栖府", "1栋", "0101", None, 1200000, None, None],  # above the filed price
        ["安家·云栖府", "1栋", "0101", None, None, None, 101],  # inner above the area
    ]
    result = run(database, xlsx(tmp_path / "u.xlsx", rows), mode=Mode.UPDATE)
    reasons = {row: (outcome, reason) for row, outcome, reason in result.problems}
    assert (result.updated, result.skipped, result.rejected, result.duplicates) == (2, 1, 3, 0)
    assert reasons[5] == ("错误", "房源 1栋0102 已认购，不能改价")
    assert reasons[6] == ("跳过", "仅更新模式：数据库里没有这个房源")
    assert "高于备案价" in reasons[7][1] and "大于建筑面积" in reasons[8][1]
    found = units_of(database)
    assert found["1栋0101"][1] == "四室" and found["1栋0101"][5] == Decimal("1050000.00")
    assert found["1栋0102"][1] == "样板"
    with session_scope(database, SYSTEM) as session:
        history = session.scalars(
            select(AuditEntry.summary).where(
                AuditEntry.entity == "units", AuditEntry.action == "update"
            )
        ).all()
        assert any("表价" in h for h in history)


def _planned(values: dict[str, Any], key: str, existing_id: int | None = None) -> Planned:
    return Planned(0, Checked(key, values), existing_id)


def test_write_stops_when_the_database_changed_meanwhile(session: Session) -> None:
    project = make_project(session)
    made = make_building(session, project, "1栋", floors=1, rooms=("01",))
    key = import_units.unit_key(project.id, "1", "", "0101")
    values = {
        "project_id": project.id, "building": "1栋", "building_key": "1", "stairwell": "",
        "room": "0101", "floor": 1, "area": Decimal(90), "filed_price": Decimal(2),
        "list_price": Decimal(1),
    }  # fmt: skip

    def write(new: list[Planned], updates: list[Planned]) -> None:
        UNITS.write(session, SYSTEM, new, updates, now=NOW, tick=lambda n: None, summary="x")

    with pytest.raises(ConflictError, match="已有房源 1栋0101"):
        write([_planned(values, key)], [])
    with pytest.raises(ConflictError):
        write([], [_planned({"layout": "x"}, key, 999)])
    session.add(
        Deal(
            project_id=project.id, unit_id=made[0].id, customer_id=make_customer(session).id,
            buyer_name="甲", payment_method="full", list_price=made[0].list_price,
            price=made[0].list_price, filed_price=made[0].filed_price, deposit=Decimal(1),
            subscribed_at=NOW, sign_deadline=date(2026, 11, 30), penalty_per_10k=Decimal(5),
            cancel_days=90,
        )
    )  # fmt: skip
    session.flush()
    with pytest.raises(ConflictError):
        write([], [_planned({"list_price": Decimal(5)}, key, made[0].id)])
    session.expire_all()
    with pytest.raises(ConflictError):
        write([], [_planned({"inner_area": Decimal(500)}, key, made[0].id)])
    session.expire_all()
    with pytest.raises(ConflictError):
        write([], [_planned({"filed_price": Decimal(5)}, key, made[0].id)])
    assert UNITS.existing(session, set()) == {}


@pytest.mark.parametrize(
    ("cell", "floor"),
    [(8, 8), (8.0, 8), ("8", 8), ("８层", 8), ("第12层", 12), ("-1", -1), ("b2", -2),
     ("负1层", -1), ("3F", 3)],
)  # fmt: skip
def test_parse_floor(cell: Any, floor: int) -> None:
    assert parse_floor(cell) == floor


@pytest.mark.parametrize("cell", [0, "0", 8.5, True, "顶层", date(2026, 1, 1), 301])
def test_parse_floor_refuses(cell: Any) -> None:
    with pytest.raises(CellError):
        parse_floor(cell)


@pytest.mark.parametrize(
    ("cell", "money", "value"),
    [
        (1234567, True, "1234567.00"),
        ("¥1,234,567.5", True, "1234567.50"),
        ("123.4万元", True, "1234000.00"),
        ("3000元", True, "3000.00"),
        ("89.5㎡", False, "89.50"),
        ("89平米", False, "89.00"),
        (89.456, False, "89.46"),
    ],
)
def test_numbers(cell: Any, money: bool, value: str) -> None:
    assert import_units._number(cell, money=money) == Decimal(value)


@pytest.mark.parametrize(
    ("cell", "money"),
    [
        ("89万", False),
        ("3000元", False),
        ("89㎡", True),
        ("面议", True),
        (True, True),
        (-5, True),
        (10001, False),
        (date(2026, 1, 1), True),
    ],
)
def test_numbers_refused(cell: Any, money: bool) -> None:
    with pytest.raises(ValueError):
        import_units._number(cell, money=money)
