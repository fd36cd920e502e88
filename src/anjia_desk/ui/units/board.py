"""销控表: one building's floors (top first) × rooms, painted in one widget (not a widget per
cell), each cell coloured by its status; a click selects a unit; a legend counts each status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from anjia_desk.core.deals import UnitStatus
from anjia_desk.core.units import unit_label
from anjia_desk.services.unit_views import Board, BoardCell
from anjia_desk.ui import palette
from anjia_desk.ui.formatting import default_zone

CELL_W = 112
CELL_H = 70
GAP = 4
GROUP_GAP = 14  # between stairwells
FLOOR_W = 46  # the floor labels on the left
HEADER_H = 24  # room suffixes
GROUP_H = 22  # stairwell names, when the building has stairwells
MARGIN = 6

#: (background, text) per status: green for sale, warm for taken, grey for not for sale. The
#: text of a unit for sale is the window's "in good standing" green, of a 锁定 one its "look at
#: this" amber (ui.palette); the other statuses have no meaning of the palette's.
STATUS_COLORS: dict[UnitStatus, tuple[str, str]] = {
    UnitStatus.AVAILABLE: ("#dff3e4", palette.OK),
    UnitStatus.HELD: ("#ffe8a3", palette.WARNING),
    UnitStatus.SUBSCRIBED: ("#ffc9a8", "#7a2e00"),
    UnitStatus.SIGNED: ("#f4a6a6", "#6b0f0f"),
    UnitStatus.DELIVERED: ("#c9d3e6", "#1f2f4d"),
    UnitStatus.RESERVED: ("#dccdf2", "#3f2a66"),
    UnitStatus.UNSELLABLE: ("#d0d0d0", "#4a4a4a"),
}
# The board's own colours, one name each.
PAPER_COLOR = "white"
EMPTY_COLOR = "#f6f6f6"  # a place of the grid without a unit
GRID_COLOR = "#b8c0bd"
SELECTED_COLOR = palette.ACCENT
HEADER_COLOR = "#374151"  # floors, room suffixes, stairwell names
GROUP_COLOR = "#eef2f0"  # the band behind a stairwell's name
HATCH_COLOR = "#b0b0b0"  # over a 不可售 unit
PLACEHOLDER_COLOR = palette.HINT  # "请选择楼栋", "还没有房源"
WAN = Decimal(10000)


def price_wan(price: Decimal) -> str:
    """1,286,500.00 → "128.65万" (to the hundred yuan, half up)."""
    value = (price / WAN).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{value}万"


def area_text(area: Decimal) -> str:
    """89.50 → "89.5㎡"; 100.00 → "100㎡"."""
    text = f"{area:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}㎡"


def expiry_text(moment: datetime | None, zone: ZoneInfo, now: datetime | None) -> str:
    """When a hold ends, short: "至 14:30" today, else "至 11-21 14:30"."""
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    if now is not None and now.astimezone(zone).date() == local.date():
        return f"至 {local:%H:%M}"
    return f"至 {local:%m-%d %H:%M}"


def cell_lines(cell: BoardCell, zone: ZoneInfo, now: datetime | None = None) -> list[str]:
    """What a cell shows: room, layout/area, price in 万, and a hold's end (or the status)."""
    lines = [
        cell.room,
        " ".join(p for p in (cell.layout, area_text(cell.area)) if p),
        price_wan(cell.list_price),
    ]
    if cell.hold_expires_at is not None:
        lines.append(f"{cell.status.label} {expiry_text(cell.hold_expires_at, zone, now)}")
    elif cell.status is not UnitStatus.AVAILABLE:
        lines.append(cell.status.label)
    return lines


def cell_tooltip(cell: BoardCell, zone: ZoneInfo, unit_label: str = "") -> str:
    """The hover text: the unit in full, with who holds or bought it."""
    parts = [
        f"{unit_label or cell.room}（{cell.status.label}）",
        f"户型：{cell.layout or '—'}，建筑面积 {area_text(cell.area)}",
        f"表价：{cell.list_price:,.2f} 元（{price_wan(cell.list_price)}）",
        f"备案价：{cell.filed_price:,.2f} 元",
    ]
    if cell.customer_name:
        parts.append(f"客户：{cell.customer_name}")
    if cell.hold_expires_at is not None:
        local = cell.hold_expires_at.astimezone(zone)
        parts.append(f"到期：{local:%Y-%m-%d %H:%M}")
    return "\n".join(parts)


@dataclass(frozen=True)
class _Geometry:
    """Where each column and floor row sits (x of each column, y of each floor row)."""

    xs: list[int]
    ys: list[int]
    groups: list[tuple[str, int, int]]  # stairwell, x from, x to
    top: int
    width: int
    height: int


class SalesBoard(QWidget):
    """The painted grid. `set_board` shows a Board; clicking a cell selects its unit."""

    #: The unit id of the cell clicked (also emitted again when the same one is clicked).
    unit_clicked = Signal(int)
    #: The selected unit id, or 0 when nothing is selected (after a reload without it).
    selection_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self.zone = default_zone()
        self.now: datetime | None = None
        self.selected_id: int | None = None
        self._by_unit: dict[int, tuple[int, int]] = {}  # unit id → (row, column)
        self._geometry = _Geometry([], [], [], 0, 0, 0)
        self._hover_id: int | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        base = QFont(self.font())
        self._room_font = QFont(base)
        self._room_font.setBold(True)
        self._room_font.setPixelSize(13)
        self._small_font = QFont(base)
        self._small_font.setPixelSize(11)
        self._header_font = QFont(base)
        self._header_font.setPixelSize(12)

    # --- content

    def set_board(
        self, board: Board | None, *, zone: ZoneInfo | None = None, now: datetime | None = None
    ) -> None:
        """Show `board` (None: nothing); the selection stays when its unit is still there."""
        self.board = board
        if zone is not None:
            self.zone = zone
        self.now = now
        self._by_unit = {}
        if board is not None:
            for r, floor in enumerate(board.floors):
                for c, (stairwell, suffix) in enumerate(board.columns):
                    cell = board.cells.get((floor, stairwell, suffix))
                    if cell is not None:
                        self._by_unit[cell.unit_id] = (r, c)
        self._geometry = self._layout()
        self.setFixedSize(self.sizeHint())
        if self.selected_id is not None and self.selected_id not in self._by_unit:
            self.selected_id = None
            self.selection_changed.emit(0)
        self.update()

    def _layout(self) -> _Geometry:
        board = self.board
        if board is None or not board.columns or not board.floors:
            return _Geometry([], [], [], 0, 0, 0)
        has_groups = any(stairwell for stairwell, _ in board.columns)
        top = MARGIN + (GROUP_H if has_groups else 0) + HEADER_H
        xs: list[int] = []
        groups: list[tuple[str, int, int]] = []
        x = MARGIN + FLOOR_W
        previous: str | None = None
        for stairwell, _suffix in board.columns:
            if previous is not None and stairwell != previous:
                x += GROUP_GAP
            if previous is None or stairwell != previous:
                groups.append((stairwell, x, x))
            xs.append(x)
            name, start, _end = groups[-1]
            groups[-1] = (name, start, x + CELL_W)
            x += CELL_W + GAP
            previous = stairwell
        ys = [top + r * (CELL_H + GAP) for r in range(len(board.floors))]
        width = x - GAP + MARGIN
        height = ys[-1] + CELL_H + MARGIN
        return _Geometry(xs, ys, groups if has_groups else [], top, width, height)

    def sizeHint(self) -> QSize:
        g = self._geometry
        if not g.xs:
            return QSize(320, 120)
        return QSize(g.width, g.height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # --- lookups (also for tests and the page)

    def cell(self, unit_id: int) -> BoardCell | None:
        board = self.board
        place = self._by_unit.get(unit_id)
        if board is None or place is None:
            return None
        r, c = place
        stairwell, suffix = board.columns[c]
        return board.cells.get((board.floors[r], stairwell, suffix))

    def cell_rect(self, unit_id: int) -> QRect:
        """Where the unit's cell is painted (an empty rect for a unit not on the board)."""
        place = self._by_unit.get(unit_id)
        if place is None:
            return QRect()
        r, c = place
        return QRect(self._geometry.xs[c], self._geometry.ys[r], CELL_W, CELL_H)

    def unit_at(self, pos: QPoint) -> int | None:
        """The unit whose cell is under `pos` (None between cells or on an empty place)."""
        board = self.board
        g = self._geometry
        if board is None or not g.xs:
            return None
        column = next((c for c, x in enumerate(g.xs) if x <= pos.x() < x + CELL_W), None)
        row = next((r for r, y in enumerate(g.ys) if y <= pos.y() < y + CELL_H), None)
        if column is None or row is None:
            return None
        stairwell, suffix = board.columns[column]
        cell = board.cells.get((board.floors[row], stairwell, suffix))
        return cell.unit_id if cell is not None else None

    def select(self, unit_id: int | None) -> None:
        if unit_id is not None and unit_id not in self._by_unit:
            unit_id = None
        if unit_id == self.selected_id:
            return
        old = self.selected_id
        self.selected_id = unit_id
        for changed in (old, unit_id):
            if changed is not None:
                self.update(self.cell_rect(changed).adjusted(-3, -3, 3, 3))
        self.selection_changed.emit(unit_id or 0)

    # --- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()

    def _paint(self, painter: QPainter, clip: QRect) -> None:
        painter.fillRect(clip, QColor(PAPER_COLOR))
        board = self.board
        g = self._geometry
        if board is None or not g.xs:
            painter.setPen(QColor(PLACEHOLDER_COLOR))
            painter.setFont(self._header_font)
            text = "还没有房源" if board is not None else "请选择楼栋"
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            return
        painter.setFont(self._header_font)
        painter.setPen(QColor(HEADER_COLOR))
        for name, x0, x1 in g.groups:
            rect = QRect(x0, MARGIN, x1 - x0, GROUP_H - 2)
            painter.fillRect(rect, QColor(GROUP_COLOR))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name or "—")
        for c, (_stairwell, suffix) in enumerate(board.columns):
            rect = QRect(g.xs[c], g.top - HEADER_H, CELL_W, HEADER_H - 2)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, suffix)
        for r, floor in enumerate(board.floors):
            y = g.ys[r]
            if y > clip.bottom() or y + CELL_H < clip.top():
                continue
            label = f"B{-floor}" if floor < 0 else f"{floor}F"
            painter.setFont(self._header_font)
            painter.setPen(QColor(HEADER_COLOR))
            painter.drawText(
                QRect(MARGIN, y, FLOOR_W - 6, CELL_H),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            for c, (stairwell, suffix) in enumerate(board.columns):
                rect = QRect(g.xs[c], y, CELL_W, CELL_H)
                if not rect.intersects(clip):
                    continue
                self._paint_cell(painter, rect, board.cells.get((floor, stairwell, suffix)))

    def _paint_cell(self, painter: QPainter, rect: QRect, cell: BoardCell | None) -> None:
        if cell is None:
            painter.fillRect(rect, QColor(EMPTY_COLOR))
            pen = QPen(QColor(GRID_COLOR))
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            return
        background, foreground = STATUS_COLORS[cell.status]
        painter.fillRect(rect, QColor(background))
        if cell.status is UnitStatus.UNSELLABLE:
            painter.fillRect(rect, QBrush(QColor(HATCH_COLOR), Qt.BrushStyle.BDiagPattern))
        selected = cell.unit_id == self.selected_id
        pen = QPen(QColor(SELECTED_COLOR if selected else GRID_COLOR))
        pen.setWidth(3 if selected else 1)
        painter.setPen(pen)
        painter.drawRect(rect.adjusted(1, 1, -2, -2) if selected else rect.adjusted(0, 0, -1, -1))
        inner = rect.adjusted(6, 3, -6, -3)
        painter.setPen(QColor(foreground))
        lines = cell_lines(cell, self.zone, self.now)
        y = inner.top()
        for i, line in enumerate(lines):
            font = self._room_font if i == 0 else self._small_font
            painter.setFont(font)
            metrics = QFontMetrics(font)
            height = metrics.height()
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(
                QRect(inner.left(), y, inner.width(), height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += height
            if y > inner.bottom():
                break

    # --- mouse, keyboard, tooltip

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        unit_id = self.unit_at(event.position().toPoint())
        if unit_id is None:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select(unit_id)
        self.unit_clicked.emit(unit_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        step = moves.get(Qt.Key(event.key()))
        board = self.board
        if step is not None and board is not None and self._by_unit:
            if self.selected_id is None:
                first = min(self._by_unit.items(), key=lambda item: item[1])[0]
                self.select(first)
                return
            r, c = self._by_unit[self.selected_id]
            at = {place: unit for unit, place in self._by_unit.items()}
            while True:
                r, c = r + step[0], c + step[1]
                if not (0 <= r < len(board.floors) and 0 <= c < len(board.columns)):
                    return
                if (r, c) in at:
                    self.select(at[(r, c)])
                    return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.unit_clicked.emit(self.selected_id)
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # The hover text follows the cell under the mouse (set here rather than by overriding
        # event(): a Python event() runs for every paint and costs a call each time).
        unit_id = self.unit_at(event.position().toPoint())
        if unit_id != self._hover_id:
            self._hover_id = unit_id
            cell = self.cell(unit_id) if unit_id is not None else None
            self.setToolTip(self.tooltip_for(cell) if cell is not None else "")
        super().mouseMoveEvent(event)

    def tooltip_for(self, cell: BoardCell) -> str:
        board = self.board
        label = unit_label(board.building_name, cell.stairwell, cell.room) if board else cell.room
        return cell_tooltip(cell, self.zone, label)


class BoardLegend(QWidget):
    """The colours of the statuses with the building's count of each: "■ 可售 58"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.labels: dict[UnitStatus, QLabel] = {}
        for status in UnitStatus:
            background = STATUS_COLORS[status][0]
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background:{background};border:1px solid {GRID_COLOR};")
            label = QLabel()
            label.setObjectName(f"legend:{status.value}")
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addWidget(swatch)
            row.addWidget(label)
            layout.addLayout(row)
            self.labels[status] = label
        self.total = QLabel()
        layout.addWidget(self.total)
        layout.addStretch(1)
        self.set_counts({})

    def set_counts(self, counts: dict[UnitStatus, int] | Any) -> None:
        total = 0
        for status, label in self.labels.items():
            n = int(counts.get(status, 0))
            total += n
            label.setText(f"{status.label} {n}")
        self.total.setText(f"共 {total} 套")

    def text_of(self, status: UnitStatus) -> str:
        return self.labels[status].text()
