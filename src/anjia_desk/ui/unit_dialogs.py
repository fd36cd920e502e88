"""The 房源 section's dialogs: a project (permit), the building generator with its live preview,
and the unit actions 锁定 (customer search), 保留 (until, reason) and a reason (不可售, 释放, 过号).

Each dialog only asks: `submitted` carries its values, and the page runs the write (the dialog's
button off meanwhile) and either closes the dialog (`accept`) or shows the service's messages in
it (`show_error`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError
from anjia_desk.core.money import fen
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import BuildingPlan, ProjectRow, RoomType
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.widgets import (
    FieldErrors,
    MessageBar,
    add_field,
    dialog_buttons,
    format_day,
    hint_label,
    show_user_error,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.customers import CustomerRow

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 30
DATE_HINT = "如 2026-01-10"


def parse_day(text: str) -> date | None:
    """ "2026-01-10" (or 2026/1/10, 2026.1.10) → date; "" → None; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    for sep in ("/", "."):
        text = text.replace(sep, "-")
    parts = text.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError("日期应写成 2026-01-10")
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise ValueError("没有这个日期") from None


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


class FormDialog(QDialog):
    """A form whose submit runs as one write: its button is off while the write runs, and a
    refusal is shown beside the fields (or in the message bar)."""

    errors: FieldErrors
    message: MessageBar
    submit_button: QPushButton

    def set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)

    def show_error(self, exc: UserError) -> None:
        show_user_error(exc, self.message, self.errors)
        self.set_busy(False)


# --- project


@dataclass(frozen=True)
class ProjectForm:
    name: str
    permit_no: str
    permit_date: date | None
    address: str
    opening_date: date | None


class ProjectDialog(FormDialog):
    """新建项目 / 编辑项目: name, pre-sale permit (number and date), address, opening day."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None, row: ProjectRow | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle("编辑项目" if row else "新建项目")
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name.setPlaceholderText("如 安家·云栖府")
        self.permit_no = QLineEdit()
        self.permit_no.setMaxLength(60)
        self.permit_no.setPlaceholderText("如 X预售字(2026)第018号")
        self.permit_date = QLineEdit()
        self.permit_date.setMaxLength(10)
        self.permit_date.setPlaceholderText(DATE_HINT)
        self.address = QLineEdit()
        self.address.setMaxLength(120)
        self.opening_date = QLineEdit()
        self.opening_date.setMaxLength(10)
        self.opening_date.setPlaceholderText(DATE_HINT)
        add_field(form, "项目名称：", self.name, self.errors, "name")
        add_field(form, "预售许可证号：", self.permit_no, self.errors, "permit_no")
        add_field(
            form,
            "预售许可日期：",
            self.permit_date,
            self.errors,
            "permit_date",
            "取得预售许可之前，不能收认筹金，也不能认购。",
        )
        add_field(form, "项目地址：", self.address, self.errors, "address")
        add_field(form, "开盘日期：", self.opening_date, self.errors, "opening_date")
        if row is not None:
            self.name.setText(row.name)
            self.permit_no.setText(row.permit_no)
            self.permit_date.setText(format_day(row.permit_date))
            self.address.setText(row.address)
            self.opening_date.setText(format_day(row.opening_date))
        layout.addLayout(form)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.save_button = dialog_buttons(self, "保存", self._submit)
        self.submit_button = self.save_button
        layout.addLayout(buttons)
        self.name.setFocus()

    def _submit(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        problems: dict[str, str] = {}
        days: dict[str, date | None] = {}
        for key, edit in (("permit_date", self.permit_date), ("opening_date", self.opening_date)):
            try:
                days[key] = parse_day(edit.text())
            except ValueError as exc:
                problems[key] = str(exc)
        if problems:
            self.errors.show(problems)
            return
        self.submitted.emit(
            ProjectForm(
                name=self.name.text().strip(),
                permit_no=self.permit_no.text().strip(),
                permit_date=days["permit_date"],
                address=self.address.text().strip(),
                opening_date=days["opening_date"],
            )
        )


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
    from anjia_desk.services.units import plan_floors

    floors = plan_floors(plan.lowest_floor, plan.floors)
    if not floors or not plan.room_types:
        return None
    prices = [
        fen((t.price_per_m2 + plan.step_per_floor * level) * t.area)
        for level in range(len(floors))
        for t in plan.room_types
    ]
    return len(plan.stairwells) * len(floors) * len(plan.room_types), min(prices), max(prices)


class BuildingDialog(FormDialog):
    """生成楼栋: name, phase, stairwells, floors and a small table of room types; the preview
    line says how many units and the range of list prices the plan gives."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None, project: ProjectRow) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(f"生成楼栋 — {project.name}")
        self.setMinimumWidth(720)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.name = QLineEdit()
        self.name.setMaxLength(20)
        self.name.setPlaceholderText("如 3栋")
        self.phase = QLineEdit()
        self.phase.setMaxLength(20)
        self.phase.setPlaceholderText("如 一期（可不填）")
        self.stairwells = QSpinBox()
        self.stairwells.setRange(0, 9)
        self.stairwells.setValue(0)
        self.lowest = QSpinBox()
        self.lowest.setRange(-5, 99)
        self.lowest.setValue(1)
        self.floors = QSpinBox()
        self.floors.setRange(1, 99)
        self.floors.setValue(18)
        self.step = QLineEdit("0")
        self.step.setMaximumWidth(120)
        add_field(form, "楼栋名称：", self.name, self.errors, "name")
        add_field(form, "分期：", self.phase, self.errors, "phase")
        add_field(form, "单元数：", self.stairwells, self.errors, "stairwells", "0 表示不分单元")
        add_field(form, "最低楼层：", self.lowest, self.errors, "lowest_floor", "地下层用负数")
        add_field(form, "层数：", self.floors, self.errors, "floors")
        add_field(
            form,
            "每升一层加价：",
            self.step,
            self.errors,
            "step",
            "元/㎡，表价和备案价同加（可为 0 或负数）",
        )

        self.types = QTableWidget(0, len(TYPE_COLUMNS))
        self.types.setHorizontalHeaderLabels([t for t, _ in TYPE_COLUMNS])
        self.types.verticalHeader().setVisible(False)
        self.types.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.types.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.types.setMinimumHeight(150)
        types_box = QWidget()
        types_layout = QVBoxLayout(types_box)
        types_layout.setContentsMargins(0, 0, 0, 0)
        types_layout.addWidget(self.types)
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
        types_layout.addLayout(row)
        add_field(form, "户型（每层每单元）：", types_box, self.errors, "room_types")
        layout.addLayout(form)

        self.preview = QLabel()
        self.preview.setObjectName("preview")
        layout.addWidget(self.preview)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.save_button = dialog_buttons(self, "生成", self._submit)
        self.submit_button = self.save_button
        layout.addLayout(buttons)

        for spin in (self.stairwells, self.lowest, self.floors):
            spin.valueChanged.connect(self.update_preview)
        self.step.textChanged.connect(self.update_preview)
        self.types.itemChanged.connect(self.update_preview)
        self.add_type()
        self.name.setFocus()

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

    def _submit(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        plan, problems = self.plan()
        if plan is None:
            self.errors.show(problems)
            return
        self.submitted.emit(plan)


# --- unit actions


def find_customers(
    session: Session, actor: Actor, text: str, *, now: datetime
) -> list[CustomerRow]:
    """The first customers matching `text` (name, phone digits or initials)."""
    from anjia_desk.services.customers import CustomerQuery, customer_rows, search_customer_ids

    ids = search_customer_ids(session, actor, CustomerQuery(text=text), now=now)[:SEARCH_LIMIT]
    return customer_rows(session, actor, ids, now=now)


@dataclass(frozen=True)
class HoldForm:
    customer_id: int
    customer_name: str
    hours: int


class HoldDialog(FormDialog):
    """锁定: find the customer by name, phone digits or initials; how many hours."""

    submitted = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, unit_label: str, hours: int
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(f"锁定 {unit_label}")
        self.setMinimumWidth(480)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(f"为客户锁定 {unit_label}：到期还没有认购，系统会自动释放。"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.search = QLineEdit()
        self.search.setPlaceholderText("姓名、手机号或拼音首字母")
        self.results = QListWidget()
        self.results.setMinimumHeight(140)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.search)
        box_layout.addWidget(self.results)
        add_field(form, "客户：", box, self.errors, "customer_id")
        self.hours = QSpinBox()
        self.hours.setRange(1, 240)
        self.hours.setValue(hours)
        self.hours.setSuffix(" 小时")
        add_field(form, "锁定时长：", self.hours, self.errors, "hours")
        layout.addLayout(form)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.ok_button = dialog_buttons(self, "锁定", self._submit)
        self.submit_button = self.ok_button
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._text_changed)
        self.results.itemDoubleClicked.connect(self._double_clicked)
        self.search.setFocus()

    def _text_changed(self, _text: str) -> None:
        self.timer.start()

    def _double_clicked(self, _item: QListWidgetItem) -> None:
        self._submit()

    def run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            return
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> list[CustomerRow]:
            return find_customers(session, actor, text, now=now)

        try:
            rows = ops.read_now(self.ctx, work)
        except UserError as exc:
            self.message.show_error(exc.message)
            return
        for row in rows:
            owner = f"（{row.owner_name}）" if row.owner_name else ""
            item = QListWidgetItem(f"{row.name}  {row.shown_phone}{owner}")
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name))
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        else:
            self.results.addItem(QListWidgetItem("没有找到这位客户"))

    def _submit(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        item = self.results.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not chosen:
            self.errors.show({"customer_id": "请先搜索并选中一位客户"})
            return
        customer_id, name = chosen
        self.submitted.emit(HoldForm(int(customer_id), str(name), self.hours.value()))


@dataclass(frozen=True)
class ReserveForm:
    until: date
    reason: str


class ReserveDialog(FormDialog):
    """保留: held back by the site manager until the end of a day, with the reason."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None, unit_label: str, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"保留 {unit_label}")
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label("保留的房源不对外销售，到期当天结束后自动恢复可售。"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setMinimumDate(QDate(today.year, today.month, today.day))
        default = today + timedelta(days=7)
        self.until.setDate(QDate(default.year, default.month, default.day))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText("如 公司领导预留")
        add_field(form, "保留至：", self.until, self.errors, "until")
        add_field(form, "原因：", self.reason, self.errors, "reason")
        layout.addLayout(form)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.ok_button = dialog_buttons(self, "保留", self._submit)
        self.submit_button = self.ok_button
        layout.addLayout(buttons)
        self.reason.setFocus()

    def values(self) -> ReserveForm:
        d = self.until.date()
        return ReserveForm(date(d.year(), d.month(), d.day()), self.reason.text().strip())

    def _submit(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        form = self.values()
        if not form.reason:
            self.errors.show({"reason": "请填写保留原因"})
            return
        self.submitted.emit(form)


class ReasonDialog(FormDialog):
    """Asks for a reason (设为不可售, 释放, 过号); `submitted` carries the text, `subject` is
    what the reason is about (the page's, kept with the dialog while it is open)."""

    submitted = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        intro: str,
        *,
        ok_text: str = "确定",
        required: bool = True,
        placeholder: str = "",
        subject: object = None,
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.subject = subject
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setMaxLength(100)
        self.reason.setPlaceholderText(placeholder)
        add_field(form, "原因：", self.reason, self.errors, "reason")
        layout.addLayout(form)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.ok_button = dialog_buttons(self, ok_text, self._submit)
        self.submit_button = self.ok_button
        layout.addLayout(buttons)
        self.reason.setFocus()

    def _submit(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        reason = self.reason.text().strip()
        if self.required and not reason:
            self.errors.show({"reason": "请填写原因"})
            return
        self.submitted.emit(reason)
