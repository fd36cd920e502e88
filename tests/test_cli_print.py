"""`anjia-desk print visitor-form --out FILE.pdf` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk.cli import run
from anjia_desk.db.engine import open_database
from anjia_desk.db.models import AuditEntry
from anjia_desk.pdf.fonts import cjk_font
from tests.pdf.pdfcheck import assert_sound, read_pdf


def test_print_visitor_form_writes_a_valid_pdf(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "visitor-form.pdf"
    out.parent.mkdir()
    assert run(["--db", str(db_path), "print", "visitor-form", "--out", str(out)]) == 0
    facts = read_pdf(out)
    assert len(facts.pages) == 1 and "个人信息保护告知" in facts.text
    assert_sound(facts, cjk_font())
    captured = capsys.readouterr()
    assert captured.out == "" and "已生成" in captured.err
    assert [p.name for p in out.parent.iterdir()] == ["visitor-form.pdf"]
    database = open_database(str(db_path))
    try:
        with database.sessions() as session:
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).one()
        assert (entry.entity, entry.actor) == ("visitor_form", "system")
    finally:
        database.close()


def test_missing_output_folder_is_refused_with_code_2(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no-such-folder" / "visitor-form.pdf"
    assert run(["--db", str(db_path), "print", "visitor-form", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert "输出文件夹不存在" in err and "\n" not in err and "Traceback" not in err
    assert not out.parent.exists()


def test_unknown_form_is_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert run(["--db", str(db_path), "print", "receipt", "--out", str(out)]) == 2
    assert "参数有误" in capsys.readouterr().err
    assert not out.exists()
