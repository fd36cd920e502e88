"""The command line's `report` command (issue 19): head office's workbooks,

    anjia-desk [--db ...] report {daily|weekly|monthly} [--date YYYY-MM-DD] --out FILE.xlsx

filled for the office day given (default: the office's today) by services.head_office, as the
built-in administrator. Exit codes as every command: 0 done; 2 refused with nothing written (an
unknown kind, a bad or future date, an output that cannot be written, a template that no longer
fits), one Chinese line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from anjia_desk.exit_codes import EXIT_OK

KINDS = ("daily", "weekly", "monthly")
#: The main command line's helpers (opening --db, checking an output path), given by
#: cli.build_parser: imported from there they would make an import cycle.
_helpers: dict[str, Callable[..., Any]] = {}


def _day(text: str) -> date:
    return date.fromisoformat(text)  # argparse turns a ValueError into “无效的值”


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from anjia_desk.db.engine import session_scope
    from anjia_desk.services.context import Actor
    from anjia_desk.services.head_office import produce_report

    out: Path = _helpers["out"](args.out)
    database = _helpers["open_database"](args, create=False)  # never a new, empty database
    try:
        actor = Actor.system()
        with session_scope(database, actor) as session:
            run = produce_report(
                session, actor, args.kind, args.date, now=datetime.now(UTC), out=out, via="cli"
            )
    finally:
        database.close()
    print(f"已生成销售{run.kind.label}（{run.period_on.isoformat()}）：{out}", file=sys.stderr)
    return EXIT_OK


def add_commands(
    sub: Any, *, open_database: Callable[..., Any], out: Callable[[str], Path]
) -> None:
    _helpers.update(open_database=open_database, out=out)
    report = sub.add_parser("report", help="生成总部报表（日报、周报、月报）")
    report.add_argument(
        "kind",
        choices=KINDS,
        help="daily 日报，weekly 周报（周一至该日），monthly 月报（1 日至该日）",
    )
    report.add_argument(
        "--date", type=_day, metavar="YYYY-MM-DD", help="报表日期（默认今天，不能晚于今天）"
    )
    report.add_argument("--out", required=True, metavar="FILE.xlsx", help="输出的 Excel 文件")
    report.set_defaults(handler=cmd_report)
