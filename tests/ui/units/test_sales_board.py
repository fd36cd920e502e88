"""销控表 widget: painted cells, clicks and keys select units, tooltips, the legend's counts."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from anjia_desk.core.deals import UnitStatus
from anjia_desk.services.unit_views import Board, BoardCell
from anjia_desk.ui.units.board import (
    CELL_H,
    CELL_W,
    STATUS_COLORS,
    BoardLegend,
    SalesBoard,
    area_text,
    cell_lines,
    cell_tooltip,
    expiry_text,
    price_wan,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 in the office


def make_board(
    *,
    floors: int = 3,
    stairwells: tuple[str, ...] = ("",),
    suffixes: tuple[str, ...] = ("01", "02"),
    statuses: dict[int, UnitStatus] | None = None,
    missing: tuple[tuple[int, str, str], ...] = (),
) -> Board:
    statuses = statuses or {}
    cells: dict[tuple[int, str, str], BoardCell] = {}
    unit_id = 0
    for stairwell in stairwells:
        for floor in range(1, floors + 1):
            for suffix in suffixes:
                unit_id += 1
                if (floor, stairwell, suffix) in missing:
                    continue
                status = statuses.get(unit_id, UnitStatus.AVAILABLE)
                cells[(floor, stairwell, suffix)] = BoardCell(
                    unit_id=unit_id,
                    stairwell=stairwell,
                    floor=floor,
                    room=f"{floor:02d}{suffix}",
                    layout="三室两厅",
                    area=Decimal("89.50"),
                    list_price=Decimal("1286500.00") + floor * 10000,
                    filed_price=Decimal("1400000.00"),
                    status=status,
                    hold_expires_at=(
                        datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
                        if status is UnitStatus.HELD
                        else None
                    ),
                    customer_name="王建国" if status is not UnitStatus.AVAILABLE else "",
                    hold_id=100 + unit_id if status is UnitStatus.HELD else None,
                )
    counts: dict[UnitStatus, int] = {}
    for cell in cells.values():
        counts[cell.status] = counts.get(cell.status, 0) + 1
    return Board(
        building_id=1,
        building_name="3栋",
        project_name="安家·测试苑",
        floors=list(range(floors, 0, -1)),
        columns=[(s, x) for s in stairwells for x in suffixes],
        cells=cells,
        counts=counts,
    )


@pytest.fixture
def board_widget(qtbot) -> SalesBoard:
    widget = SalesBoard()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def unit_of(board: Board, floor: int, room_suffix: str, stairwell: str = "") -> int:
    return board.cells[(floor, stairwell, room_suffix)].unit_id


def test_texts_of_a_cell() -> None:
    assert price_wan(Decimal("1286500.00")) == "128.65万"
    assert price_wan(Decimal("999999.99")) == "100.00万"
    assert area_text(Decimal("89.50")) == "89.5㎡"
    assert area_text(Decimal("100.00")) == "100㎡"
    assert area_text(Decimal("100")) == "100㎡"
    board = make_board(statuses={1: UnitStatus.HELD, 2: UnitStatus.SIGNED})
    held = board.cells[(1, "", "01")]
    # 06:30 UTC is 14:30 in the office, the same day as NOW.
    assert cell_lines(held, SHANGHAI, NOW) == [
        "0101",
        "三室两厅 89.5㎡",
        "129.65万",
        "锁定 至 14:30",
    ]
    assert expiry_text(held.hold_expires_at, SHANGHAI, None) == "至 11-20 14:30"
    assert expiry_text(None, SHANGHAI, NOW) == ""
    signed = board.cells[(1, "", "02")]
    assert cell_lines(signed, SHANGHAI, NOW)[-1] == "已签约"
    assert len(cell_lines(board.cells[(2, "", "01")], SHANGHAI, NOW)) == 3
    tip = cell_tooltip(held, SHANGHAI, "3栋0101")
    assert "3栋0101（锁定）" in tip
    assert "客户：王建国" in tip
    assert "到期：2026-11-20 14:30" in tip
    assert "表价：1,296,500.00 元" in tip


def test_clicking_a_cell_selects_its_unit(qtbot, board_widget: SalesBoard) -> None:
    board = make_board()
    board_widget.set_board(board, zone=SHANGHAI, now=NOW)
    target = unit_of(board, 2, "02")
    rect = board_widget.cell_rect(target)
    assert rect.size().width() == CELL_W and rect.height() == CELL_H
    with qtbot.waitSignal(board_widget.unit_clicked) as clicked:
        qtbot.mouseClick(board_widget, Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == [target]
    assert board_widget.selected_id == target
    # Top floor first: floor 3 is painted above floor 1.
    assert (
        board_widget.cell_rect(unit_of(board, 3, "01")).top()
        < board_widget.cell_rect(unit_of(board, 1, "01")).top()
    )
    # Between cells nothing happens.
    gap = QPoint(rect.right() + 2, rect.center().y())
    qtbot.mouseClick(board_widget, Qt.MouseButton.LeftButton, pos=gap)
    assert board_widget.selected_id == target
    # A right click does not select.
    other = board_widget.cell_rect(unit_of(board, 1, "01")).center()
    qtbot.mouseClick(board_widget, Qt.MouseButton.RightButton, pos=other)
    assert board_widget.selected_id == target


def test_painted_colours_follow_the_status(qtbot, board_widget: SalesBoard) -> None:
    board = make_board(statuses={1: UnitStatus.SIGNED, 2: UnitStatus.UNSELLABLE})
    board_widget.set_board(board, zone=SHANGHAI, now=NOW)
    image = board_widget.grab().toImage()
    for unit_id, status in ((1, UnitStatus.SIGNED), (3, UnitStatus.AVAILABLE)):
        rect = board_widget.cell_rect(unit_id)
        # A point near the bottom right corner, inside the cell, below the text.
        pixel = image.pixelColor(rect.right() - 4, rect.bottom() - 3)
        assert pixel == QColor(STATUS_COLORS[status][0]), status
    assert board_widget.sizeHint().width() >= 2 * CELL_W


def test_stairwells_are_grouped_and_missing_cells_left_empty(
    qtbot, board_widget: SalesBoard
) -> None:
    board = make_board(stairwells=("1单元", "2单元"), missing=((2, "2单元", "01"),))
    board_widget.set_board(board, zone=SHANGHAI, now=NOW)
    first = board_widget.cell_rect(unit_of(board, 1, "02", "1单元"))
    second = board_widget.cell_rect(unit_of(board, 1, "01", "2单元"))
    assert second.left() - first.right() > 10  # a wider gap between stairwells
    # The missing cell: a click there selects nothing.
    empty_pos = QPoint(
        second.center().x(), board_widget.cell_rect(unit_of(board, 2, "02", "2单元")).center().y()
    )
    assert board_widget.unit_at(empty_pos) is None
    qtbot.mouseClick(board_widget, Qt.MouseButton.LeftButton, pos=empty_pos)
    assert board_widget.selected_id is None
    assert board_widget.grab().toImage().pixelColor(empty_pos) != QColor("white")


def test_selection_survives_a_reload_only_while_the_unit_is_there(
    qtbot, board_widget: SalesBoard
) -> None:
    board = make_board()
    board_widget.set_board(board, zone=SHANGHAI, now=NOW)
    board_widget.select(5)
    board_widget.set_board(make_board(), zone=SHANGHAI, now=NOW)
    assert board_widget.selected_id == 5
    with qtbot.waitSignal(board_widget.selection_changed) as changed:
        board_widget.set_board(make_board(floors=1), zone=SHANGHAI, now=NOW)
    assert changed.args == [0]
    assert board_widget.selected_id is None
    board_widget.select(999)  # not on the board
    assert board_widget.selected_id is None
    board_widget.set_board(None)
    assert board_widget.unit_at(QPoint(60, 60)) is None
    assert board_widget.cell(1) is None
    assert board_widget.cell_rect(1).isEmpty()
    assert not board_widget.grab().isNull()


def test_arrow_keys_move_and_enter_opens(qtbot, board_widget: SalesBoard) -> None:
    board = make_board()
    board_widget.set_board(board, zone=SHANGHAI, now=NOW)
    board_widget.setFocus()
    qtbot.keyClick(board_widget, Qt.Key.Key_Down)  # nothing selected: the top left cell
    assert board_widget.selected_id == unit_of(board, 3, "01")
    qtbot.keyClick(board_widget, Qt.Key.Key_Right)
    assert board_widget.selected_id == unit_of(board, 3, "02")
    qtbot.keyClick(board_widget, Qt.Key.Key_Right)  # the edge: stays
    assert board_widget.selected_id == unit_of(board, 3, "02")
    qtbot.keyClick(board_widget, Qt.Key.Key_Down)
    assert board_widget.selected_id == unit_of(board, 2, "02")
    with qtbot.waitSignal(board_widget.unit_clicked) as clicked:
        qtbot.keyClick(board_widget, Qt.Key.Key_Return)
    assert clicked.args == [unit_of(board, 2, "02")]


def test_tooltip_names_the_unit(qtbot, board_widget: SalesBoard) -> None:
    board = make_board(statuses={1: UnitStatus.HELD})
    board_widget.set_board(board, zone=SHANGHAI, now=NOW)
    qtbot.mouseMove(board_widget, board_widget.cell_rect(1).center())
    qtbot.waitUntil(lambda: board_widget.toolTip().startswith("3栋0101（锁定）"))
    assert "至" not in board_widget.toolTip().splitlines()[0]
    qtbot.mouseMove(board_widget, QPoint(2, 2))  # the margin: no tooltip
    qtbot.waitUntil(lambda: board_widget.toolTip() == "")


def test_legend_counts(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    legend = BoardLegend(parent)
    board = make_board(statuses={1: UnitStatus.HELD, 2: UnitStatus.SIGNED, 3: UnitStatus.SIGNED})
    legend.set_counts(board.counts)
    assert legend.text_of(UnitStatus.AVAILABLE) == "可售 3"
    assert legend.text_of(UnitStatus.SIGNED) == "已签约 2"
    assert legend.text_of(UnitStatus.RESERVED) == "保留 0"
    assert legend.total.text() == "共 6 套"
