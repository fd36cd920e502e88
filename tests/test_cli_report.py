"""`anjia-desk report {daily|weekly|monthly} [--date YYYY-MM-DD] --out FILE.xlsx` (issue 19):
head office's workbook written and recorded (exit 0); an unknown kind, a bad or future date or an
output that cannot be written is refused with one Chinese line, exit 2 and no file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from anjia_desk.cli import run
from anjia_desk.db.engine import open_database, session_scope
from anjia_desk.db.models import ReportRun
from anjia_desk.services.context import Actor
from tests.head_office_fixtures import build


@pytest.fixture
def office_db(db_path: Path) -> Path:
    database = open_database(str(db_path))
    try:
        with session_scope(database, Actor.system()) as session:
            build(session)
    finally:
        database.close()
    return db_path


def _runs(db_path: Path) -> list[tuple[str, date, str]]:
    database = open_database(str(db_path))
    try:
        with database.sessions() as session:
            rows = session.execute(select(ReportRun.kind, ReportRun.period_on, ReportRun.via))
            return [(kind, day, via) for kind, day, via in rows]
    finally:
        database.close()


def _named(path: Path, name: str) -> object:
    book = load_workbook(path)
    ((sheet, ref),) = list(book.defined_names[name].destinations)
    return book[sheet][ref.replace("$", "")].value


def test_a_daily_for_a_given_day(
    office_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "日报.xlsx"
    code = run(
        ["--db", str(office_db), "report", "daily", "--date", "2026-12-01", "--out", str(out)]
    )
    assert code == 0
    # 12-01: B's 首访 and K2 taken in.
    assert _named(out, "day_visits_first") == 1 and _named(out, "day_complaints_opened") == 1
    assert _named(out, "period_label") == "2026-12-01"
    assert _runs(office_db) == [("daily", date(2026, 12, 1), "cli")]
    err = capsys.readouterr().err.strip()
    assert err.startswith("已生成销售日报（2026-12-01）") and "\n" not in err


def test_the_date_defaults_to_the_offices_today(office_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "月报.xlsx"
    assert run(["--db", str(office_db), "report", "monthly", "--out", str(out)]) == 0
    ((kind, day, via),) = _runs(office_db)
    assert (kind, via) == ("monthly", "cli")
    assert _named(out, "period_label") == f"{day.replace(day=1).isoformat()} 至 {day.isoformat()}"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["yearly", "--date", "2026-12-01"], "无效的选项"),
        (["daily", "--date", "2026-13-01"], "无效的值"),
        (["daily", "--date", "2099-01-01"], "晚于今天"),
        (["weekly", "--date", "2026-12-01", "--out", "/no/such/folder/x.xlsx"], "输出文件夹不存在"),
    ],
)
def test_refused_with_exit_2_and_no_file(
    office_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    said: str,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    if "--out" not in args:
        args = [*args, "--out", str(folder / "x.xlsx")]
    assert run(["--db", str(office_db), "report", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert said in err and "\n" not in err and "Traceback" not in err
    assert list(folder.iterdir()) == []
    assert _runs(office_db) == []
