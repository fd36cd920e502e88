"""`anjia-desk print {complaint-form|satisfaction|feedback} --id N --out FILE.pdf` (issue 18): a
complaint's three papers from the command line, audited as printed by the system; a reprint of
an unchanged case is the same file; an unknown id is refused with code 2 and no file left."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk.cli import run
from anjia_desk.db.engine import open_database, session_scope
from anjia_desk.db.models import AuditEntry
from anjia_desk.pdf.fonts import cjk_font
from tests.pdf.pdfcheck import assert_sound, read_pdf


@pytest.fixture
def case_id(db_path: Path) -> int:
    """A closed two-round case written to the file the command opens."""
    from anjia_desk.core.roles import Role
    from anjia_desk.services.context import Actor
    from tests.complaint_fixtures import closed_case
    from tests.deal_fixtures import make_project
    from tests.helpers import add_actor

    database = open_database(str(db_path))
    try:
        with session_scope(database, Actor.system()) as session:
            staff = {
                key: add_actor(session, key, name, role)
                for key, name, role in (
                    ("cs", "客服刘经理", Role.CS_MANAGER),
                    ("mgr", "周经理", Role.SITE_MANAGER),
                    ("vp", "分管吴总", Role.VICE_PRESIDENT),
                    ("legal", "法务林静", Role.LEGAL),
                    ("cash", "出纳小钱", Role.CASHIER),
                    ("fin", "财务老孙", Role.FINANCE),
                )
            }
            return closed_case(session, make_project(session).id, staff).id
    finally:
        database.close()


@pytest.mark.parametrize(
    ("kind", "phrase", "entity"),
    [
        ("complaint-form", "投诉处理单", "complaint_form"),
        ("satisfaction", "不代表放弃本人依法享有的任何权利", "complaint_satisfaction"),
        ("feedback", "4.25分", "complaint_feedback"),
    ],
)
def test_print_a_complaint_paper(
    kind: str,
    phrase: str,
    entity: str,
    case_id: int,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / f"{kind}.pdf"
    args = ["--db", str(db_path), "print", kind, "--id", str(case_id), "--out", str(out)]
    assert run(args) == 0
    facts = read_pdf(out)
    assert phrase in facts.text.replace(" ", "").replace("\n", "")
    assert_sound(facts, cjk_font())
    assert "已生成" in capsys.readouterr().err
    again = tmp_path / f"{kind}-again.pdf"
    assert run([*args[:-1], str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()
    database = open_database(str(db_path))
    try:
        with database.sessions() as session:
            entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
            assert [(e.entity, e.entity_id, e.actor) for e in entries] == [
                (entity, case_id, "system")
            ] * 2
    finally:
        database.close()


@pytest.mark.parametrize("kind", ["complaint-form", "satisfaction", "feedback"])
def test_an_unknown_complaint_or_a_missing_id_is_refused(
    kind: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(str(db_path)).close()
    out = tmp_path / "x.pdf"
    assert run(["--db", str(db_path), "print", kind, "--id", "4242", "--out", str(out)]) == 2
    assert not out.exists()
    assert run(["--db", str(db_path), "print", kind, "--out", str(out)]) == 2
    assert "需要 --id" in capsys.readouterr().err
    assert not out.exists()


def test_the_help_names_the_complaint_papers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["print", "--help"])
    text = capsys.readouterr().out
    for phrase in (
        "complaint-form",
        "投诉处理单",
        "satisfaction",
        "满意度确认单",
        "feedback",
        "回访表",
    ):
        assert phrase in text, phrase
