"""`anjia-desk print dunning [--as-of YYYY-MM-DD] --out FILE.pdf` (issue 16): every letter due
that day in one PDF, idempotent for the day (the same bytes, nothing logged twice), nothing due →
exit 0 and no file, a day after today previews and logs nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from anjia_desk.cli import run
from anjia_desk.core.deals import Nature
from anjia_desk.db.engine import open_database, session_scope
from anjia_desk.db.models import AuditEntry, DunningLetter
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.pdf.pdfcheck import assert_sound, read_pdf
from tests.services.test_payments import make_deal

DAY = date(2026, 6, 1)


@pytest.fixture
def office_db(db_path: Path) -> Path:
    database = open_database(str(db_path))
    try:
        with session_scope(database, Actor.system()) as session:
            project = make_project(session)
            units = make_building(session, project)
            for n, (days, buyer) in enumerate(((3, "王建国"), (50, "李秀英"), (95, "张伟"))):
                plan = (
                    (Nature.DEPOSIT, "定金", date(2026, 1, 20), Decimal("50000.00")),
                    (Nature.DOWN, "首付款", date.fromordinal(DAY.toordinal() - days),
                     Decimal("300000.00")),
                )  # fmt: skip
                deal = make_deal(
                    session, project, units[n], make_customer(session, buyer, f"1380000{n:04d}"),
                    plan, buyer_name=buyer, paid=(Decimal("50000.00"),),
                )  # fmt: skip
                deal.mailing_address = "杭州市西湖区文三路 90 号"
                deal.mailing_postcode = "310012"
    finally:
        database.close()
    return db_path


def _count(db_path: Path, model: type, **where: object) -> int:
    database = open_database(str(db_path))
    try:
        with database.sessions() as session:
            query = select(func.count()).select_from(model)
            for key, value in where.items():
                query = query.where(getattr(model, key) == value)
            return int(session.scalar(query) or 0)
    finally:
        database.close()


def test_letters_of_the_day_once_and_a_rerun_is_the_same_paper(
    office_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    args = ["--db", str(office_db), "print", "dunning", "--as-of", DAY.isoformat(), "--out"]
    assert run([*args, str(first)]) == 0
    assert run([*args, str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert _count(office_db, DunningLetter) == 3  # logged once
    facts = read_pdf(first)
    assert len(facts.pages) == 3
    assert_sound(facts, cjk_font())
    assert "付款催告函" in facts.pages[2] and "张伟" in facts.pages[2]
    assert "王建国" in facts.pages[0] and "叁拾万元整" in facts.text
    assert "已生成" in capsys.readouterr().err


def test_nothing_due_is_exit_0_and_no_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "none.pdf"
    assert run(["--db", str(db_path), "print", "dunning", "--out", str(out)]) == 0
    assert not out.exists()
    assert "没有需要出具的催款函" in capsys.readouterr().err


def test_a_later_day_previews_and_logs_nothing(office_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "preview.pdf"
    args = ["--db", str(office_db), "print", "dunning", "--as-of", "2999-01-01"]
    assert run([*args, "--out", str(out)]) == 0
    facts = read_pdf(out)
    assert len(facts.pages) == 3 and "预览" in facts.text
    assert _count(office_db, DunningLetter) == 0
    assert _count(office_db, AuditEntry, action="preview") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["print", "dunning", "--id", "3"], "不需要 --id"),
        (["print", "receipt", "--id", "1", "--as-of", "2026-06-01"], "--as-of 只用于"),
    ],
)
def test_bad_arguments(
    args: list[str], message: str, db_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    out = tmp_path / "x.pdf"
    assert run(["--db", str(db_path), *args, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err and not out.exists()
