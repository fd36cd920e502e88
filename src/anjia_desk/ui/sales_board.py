"""The 销控表 widget moved to ui.units.board (issue 12); this name stays for its importers."""

# shim: removed when issue 12 is integrated
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

__all__ = [
    "CELL_H",
    "CELL_W",
    "STATUS_COLORS",
    "BoardLegend",
    "SalesBoard",
    "area_text",
    "cell_lines",
    "cell_tooltip",
    "expiry_text",
    "price_wan",
]
