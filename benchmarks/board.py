"""The 销控表 of a 40-floor × 8-room building: board() and painting it, against the bare SQL.

    .venv/bin/python benchmarks/board.py [--floors 40] [--rooms 8] [--rounds 9]

Builds a database in a temporary folder with the generator (two stairwells of 4 rooms), some
units 保留 and some 不可售, then times, interleaved in the same run: `services.units.board()`;
board() plus showing it in the painted widget and rendering the whole widget offscreen (what a
person waits for after clicking a building); and the same one query board() runs, through plain
sqlite3 with the rows fetched. Prints medians and ratios; the target is ≤ 200 ms for board() +
painting.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.harness import interleaved, report

TARGET = 0.200
NOW = datetime(2026, 6, 30, 2, 0, tzinfo=UTC)
BOARD_SQL = """
SELECT u.id, u.stairwell, u.floor, u.room, u.layout, u.area, u.list_price, u.filed_price,
       u.status, h.id, h.expires_at, hc.name, d.id, dc.name
FROM units u
LEFT OUTER JOIN unit_holds h ON h.unit_id = u.id AND h.released_at IS NULL
LEFT OUTER JOIN customers hc ON hc.id = h.customer_id
LEFT OUTER JOIN deals d ON d.unit_id = u.id AND d.cancelled_at IS NULL
LEFT OUTER JOIN customers dc ON dc.id = d.customer_id
WHERE u.building_id = ?
"""


def build(path: Path, floors: int, rooms: int) -> int:
    """The project, the building and its units; some reserved, some blocked. Its building id."""
    from anjia_desk.core.unit_forms import BuildingPlan, RoomType
    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services import holds, projects, units
    from anjia_desk.services.context import Actor

    system = Actor.system()
    database = open_database(str(path))
    try:
        with session_scope(database, system) as session:
            project_id = projects.save_project(
                session,
                system,
                project_id=None,
                name="安家·基准苑",
                permit_no="基准预售字第1号",
                permit_date=date(2026, 1, 10),
            )
            half = max(1, rooms // 2)
            types = tuple(
                RoomType(
                    suffix=f"{i + 1:02d}",
                    layout="三室两厅" if i % 2 else "两室两厅",
                    area=Decimal("89.50") + i * 7,
                    inner_area=Decimal("72.10") + i * 5,
                    price_per_m2=Decimal(15000),
                    filed_per_m2=Decimal(16500),
                )
                for i in range(half)
            )
            building_id = projects.generate_building(
                session,
                system,
                BuildingPlan(
                    project_id=project_id,
                    name="1栋",
                    stairwells=("1单元", "2单元") if rooms > 1 else ("",),
                    floors=floors,
                    room_types=types,
                    step_per_floor=Decimal(80),
                ),
            )
        with session_scope(database, system) as session:
            board = units.board(session, system, building_id, now=NOW)
            ids = sorted(cell.unit_id for cell in board.cells.values())
            for n, unit_id in enumerate(ids[::9]):
                if n % 2:
                    holds.reserve_unit(
                        session, system, unit_id, until=date(2026, 7, 30), reason="预留", now=NOW
                    )
                else:
                    detail = units.unit_detail(session, system, unit_id, now=NOW)
                    units.block_unit(
                        session, system, unit_id, reason="样板间", version=detail.version
                    )
        return building_id
    finally:
        database.close()


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floors", type=int, default=40)
    parser.add_argument("--rooms", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services import units
    from anjia_desk.services.context import Actor
    from anjia_desk.ui.formatting import default_zone
    from anjia_desk.ui.units.board import SalesBoard

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "board.db"
        building_id = build(path, args.floors, args.rooms)
        database = open_database(str(path))
        system = Actor.system()
        widget = SalesBoard()
        zone = default_zone()
        connection = sqlite3.connect(str(path))
        try:

            def view() -> Any:
                with session_scope(database, system) as session:
                    return units.board(session, system, building_id, now=NOW)

            def view_and_paint() -> tuple[int, int]:
                widget.set_board(view(), zone=zone, now=NOW)
                image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
                widget.render(image)
                return image.width(), image.height()

            def sql() -> Any:
                return connection.execute(BOARD_SQL, (building_id,)).fetchall()

            cells = len(view().cells)
            width, height = view_and_paint()
            print(
                f"{cells} units ({args.floors} floors × {args.rooms} rooms), "
                f"widget {width}×{height} px"
            )
            samples = interleaved(
                {
                    "board() + paint (render)": view_and_paint,
                    "board()": view,
                    "bare SQL (sqlite3)": sql,
                },
                rounds=args.rounds,
            )
            report("销控表", samples, app="board()", bare="bare SQL (sqlite3)")
            report("销控表", samples, app="board() + paint (render)", bare="bare SQL (sqlite3)")
            total = statistics.median(samples["board() + paint (render)"])
            verdict = "within" if total <= TARGET else "OVER"
            print(f"  board() + paint {total * 1000:.1f} ms: {verdict} the 200 ms target")
        finally:
            connection.close()
            database.close()
            widget.set_board(None)
            app.processEvents()
    return 0


def main(argv: list[str] | None = None) -> int:
    import gc

    code = _main(argv)
    gc.collect()  # Qt objects go before the interpreter's final collection
    return code


if __name__ == "__main__":
    raise SystemExit(main())
