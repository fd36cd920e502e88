"""The 房源 section's project dialogs: a project (name, pre-sale permit, address, opening day)
and the building generator with its live preview.

Both follow the shared form convention (ui.forms): `save()` checks the fields and returns the
write, the dialog runs it through the operation layer and remembers what it made (`made`: the
project's or the new building's id), the page reacts to `saved`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import ValidationError
from anjia_desk.core.money import fen
from anjia_desk.core.unit_forms import plan_floors
from anjia_desk.services.projects import generate_building, list_buildings, save_project
from anjia_desk.services.unit_views import BuildingPlan, ProjectRow, RoomType
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.forms import DATE_HINT, Saved, line_edit, parse_day
from anjia_desk.ui.units.conflicts import UnitFormDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


def parse_decimal(text: str) -> Decimal:
    """A number typed by a person ("1,234.5", "１２", "89.5㎡") → Decimal; ValueError otherwise."""
    cleaned = text.strip().replace(",", "").replace("，", "").rstrip("㎡元")
    cleaned = cleaned.translate(
        {ord(c): ord("0") + i for i, c in enumerate("０１２３４５６７８９")}
    )
    cleaned = cleaned.replace("．", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"“{text.strip()}”不是数字") from None
    if not value.is_finite():
        raise ValueError(f"“{text.strip()}”不是数字")
    return value


# --- project


class ProjectDialog(UnitFormDialog):
    """新建项目 / 编辑项目: name, pre-sale permit (number and date), address, opening day."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, row: ProjectRow | None = None):
        super().__init__(ctx, parent, "编辑项目" if row else "新建项目", "保存")
        self.row = row
        self.made: int | None = None
        self.setMinimumWidth(520)
        self.save_button = self.ok_button
        self.name = line_edit(60, "如 安家·云栖府")
        self.permit_no = line_edit(60, "如 X预售字(2026)第018号")
        self.permit_date = line_edit(10, DATE_HINT)
        self.address = line_edit(120)
        self.opening_date = line_edit(10, DATE_HINT)
        self.add("项目名称：", self.name, "name")
        self.add("预售许可证号：", self.permit_no, "permit_no")
        self.add(
            "预售许可日期：",
            self.permit_date,
            "permit_date",
            "取得预售许可之前，不能收认筹金，也不能认购。",
        )
        self.add("项目地址：", self.address, "address")
        self.add("开盘日期：", self.opening_date, "opening_date")
        if row is not None:
            self.name.setText(row.name)
            self.permit_no.setText(row.permit_no)
            self.permit_date.setText(format_day(row.permit_date))
            self.address.setText(row.address)
            self.opening_date.setText(format_day(row.opening_date))
        self.name.setFocus()

    def days(self) -> dict[str, date | None]:
        """The two typed dates; ValidationError beside each one that is not a date."""
        problems: dict[str, str] = {}
        days: dict[str, date | None] = {}
        for key, edit in (("permit_date", self.permit_date), ("opening_date", self.opening_date)):
            try:
                days[key] = parse_day(edit.text(), key)
            except ValidationError as exc:
                problems.update(exc.fields)
        if problems:
            raise ValidationError(problems)
        return days

    def save(self) -> ops.Work[Saved]:
        days = self.days()
        row = self.row
        name = self.name.text().strip()
        permit_no = self.permit_no.text().strip()
        address = self.address.text().strip()

        def work(session: Session, actor: Actor) -> Saved:
            project_id = save_project(
                session,
                actor,
                project_id=row.id if row else None,
                name=name,
                permit_no=permit_no,
                permit_date=days["permit_date"],
                address=address,
                opening_date=days["opening_date"],
                version=row.version if row else None,
            )
            text = f"已保存项目 {name}。" if row else f"已新建项目 {name}。"
            return Saved(text, project_id)

        return work

    def keep(self, made: Any) -> None:
        self.made = int(made)


# --- building generator

#: The room type table's columns: (title, placeholder of a new row).
TYPE_COLUMNS: list[tuple[str, str]] = [
    ("房号尾号", "01"),
    ("户型", "三室两厅"),
    ("建筑面积㎡", "89.5"),
    ("套内面积㎡", "72.3"),
    ("表价 元/㎡", "15000"),
    ("备案价 元/㎡", "16500"),
]


def plan_preview(plan: BuildingPlan) -> tuple[int, Decimal, Decimal] | None:
    """(units, lowest list price, highest list price) the generator would make of `plan` (the
    same floors and per-floor step as services.units.generate_building); None when none."""
    floors = plan_floors(plan.lowest_floor, plan.floors)
    if not floors or not plan.room_types:
        return None
    prices = [
        fen((t.price_per_m2 + plan.step_per_floor * level) * t.area)
        for level in range(len(floors))
        for t in plan.room_types
    ]
    return len(plan.stairwells) * len(floors) * len(plan.room_types), min(prices), max(prices)


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class BuildingDialog(UnitFormDialog):
    """生成楼栋: name, phase, stairwells, floors and a small table of room types; the preview
    line says how many units and the range of list prices the plan gives."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, project: ProjectRow) -> None:
        super().__init__(ctx, parent, f"生成楼栋 — {project.name}", "生成")
        self.project = project
        self.made: int | None = None
        self.setMinimumWidth(720)
        self.save_button = self.ok_button
        self.name = line_edit(20, "如 3栋")
        self.phase = line_edit(20, "如 一期（可不填）")
        self.stairwells = _spin(0, 9, 0)
        self.lowest = _spin(-5, 99, 1)
        self.floors = _spin(1, 99, 18)
        self.step = line_edit(32767)
        self.step.setText("0")
        self.step.setMaximumWidth(120)
        self.add("楼栋名称：", self.name, "name")
        self.add("分期：", self.phase, "phase")
        self.add("单元数：", self.stairwells, "stairwells", "0 表示不分单元")
        self.add("最低楼层：", self.lowest, "lowest_floor", "地下层用负数")
        self.add("层数：", self.floors, "floors")
        self.add("每升一层加价：", self.step, "step", "元/㎡，表价和备案价同加（可为 0 或负数）")
        self.add("户型（每层每单元）：", self._types_box(), "room_types")
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.foot.addWidget(self.preview)

        for spin in (self.stairwells, self.lowest, self.floors):
            spin.valueChanged.connect(self.update_preview)
        self.step.textChanged.connect(self.update_preview)
        self.types.itemChanged.connect(self.update_preview)
        self.add_type()
        self.name.setFocus()

    def _types_box(self) -> QWidget:
        self.types = QTableWidget(0, len(TYPE_COLUMNS))
        self.types.setHorizontalHeaderLabels([t for t, _ in TYPE_COLUMNS])
        self.types.verticalHeader().setVisible(False)
        self.types.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.types.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.types.setMinimumHeight(150)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.types)
        row = QHBoxLayout()
        self.add_type_button = QPushButton("添加户型")
        self.add_type_button.setAutoDefault(False)
        self.add_type_button.clicked.connect(self._add_blank_type)
        self.remove_type_button = QPushButton("删除所选")
        self.remove_type_button.setAutoDefault(False)
        self.remove_type_button.clicked.connect(self.remove_type)
        row.addWidget(self.add_type_button)
        row.addWidget(self.remove_type_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def add_type(self, values: tuple[str, ...] | None = None) -> int:
        """Append a room type row (the next suffix, blank otherwise); its row number."""
        row = self.types.rowCount()
        self.types.blockSignals(True)
        try:
            self.types.insertRow(row)
            texts = list(values) if values else [f"{row + 1:02d}"]
            for column in range(len(TYPE_COLUMNS)):
                text = texts[column] if column < len(texts) else ""
                self.types.setItem(row, column, QTableWidgetItem(text))
        finally:
            self.types.blockSignals(False)
        self.update_preview()
        return row

    def _add_blank_type(self) -> None:
        self.add_type()

    def remove_type(self) -> None:
        rows = sorted({index.row() for index in self.types.selectedIndexes()}, reverse=True)
        for row in rows:
            self.types.removeRow(row)
        self.update_preview()

    def set_cell(self, row: int, column: int, text: str) -> None:
        item = self.types.item(row, column)
        if item is None:
            self.types.setItem(row, column, QTableWidgetItem(text))
        else:
            item.setText(text)

    def _cell(self, row: int, column: int) -> str:
        item = self.types.item(row, column)
        return item.text().strip() if item is not None else ""

    def room_types(self) -> tuple[tuple[RoomType, ...], str]:
        """The rows as RoomTypes, and the first problem ("" when there is none)."""
        types: list[RoomType] = []
        for row in range(self.types.rowCount()):
            texts = [self._cell(row, c) for c in range(len(TYPE_COLUMNS))]
            if not any(texts):
                continue
            where = f"第 {row + 1} 行"
            if not texts[0]:
                return (), f"{where}：请填写房号尾号"
            try:
                area = parse_decimal(texts[2])
                inner = parse_decimal(texts[3]) if texts[3] else None
                price = parse_decimal(texts[4])
                filed = parse_decimal(texts[5])
            except ValueError as exc:
                return (), f"{where}：{exc}"
            types.append(
                RoomType(
                    suffix=texts[0],
                    layout=texts[1],
                    area=area,
                    inner_area=inner,
                    price_per_m2=price,
                    filed_per_m2=filed,
                )
            )
        return tuple(types), ""

    def plan(self) -> tuple[BuildingPlan | None, dict[str, str]]:
        problems: dict[str, str] = {}
        try:
            step = parse_decimal(self.step.text() or "0")
        except ValueError as exc:
            problems["step"] = str(exc)
            step = Decimal(0)
        types, problem = self.room_types()
        if problem:
            problems["room_types"] = problem
        count = self.stairwells.value()
        stairwells = tuple(f"{i}单元" for i in range(1, count + 1)) if count else ("",)
        plan = BuildingPlan(
            project_id=self.project.id,
            name=self.name.text().strip(),
            phase=self.phase.text().strip(),
            stairwells=stairwells,
            lowest_floor=self.lowest.value(),
            floors=self.floors.value(),
            room_types=types,
            step_per_floor=step,
        )
        return (None if problems else plan), problems

    def update_preview(self, *_args: object) -> None:
        plan, problems = self.plan()
        summary = plan_preview(plan) if plan is not None else None
        if summary is None:
            self.preview.setText(
                "共 0 套" if plan is not None else "预览：" + "；".join(problems.values())
            )
            return
        count, low, high = summary
        self.preview.setText(f"共 {count} 套，表价 {low:,.2f}–{high:,.2f} 元")

    def save(self) -> ops.Work[Saved]:
        plan, problems = self.plan()
        if plan is None:
            raise ValidationError(problems)

        def work(session: Session, actor: Actor) -> Saved:
            building_id = generate_building(session, actor, plan)
            rows = list_buildings(session, actor, plan.project_id)
            building = next(b for b in rows if b.id == building_id)
            return Saved(f"已生成 {building.name}，共 {building.units} 套。", building_id)

        return work

    def keep(self, made: Any) -> None:
        self.made = int(made)
