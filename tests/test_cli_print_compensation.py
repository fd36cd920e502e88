"""`anjia-desk print compensation-voucher --id PAYMENT_ID --out FILE.pdf` (issue 18): a
complaint's 赔付凭证 from the command line, the same file when printed again; an unknown id or a
request not paid yet is refused with code 2 and no file left."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk.cli import run
from anjia_desk.db.engine import open_database
from anjia_desk.db.models import AuditEntry
from anjia_desk.pdf.fonts import cjk_font
from tests.pdf.pdfcheck import assert_sound, read_pdf


@pytest.fixture
def payments(db_path: Path) -> dict[str, int]:
    """A paid 补偿 of ¥3,000 and one still waiting for its approval, in the file the command
    opens."""
    from anjia_desk.core.complaints import Payment
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services.context import Actor
    from tests.deal_fixtures import make_project
    from tests.services.test_complaint_money import (
        Office,
        approved,
        ask,
        make_complaint,
        make_staff,
        pay,
    )

    database = open_database(str(db_path))
    try:
        with session_scope(database, Actor.system()) as session:
            project = make_project(session)
            office = Office(make_staff(session), project, make_complaint(session, project, 7))
            paid = approved(session, office, "3000", payment=Payment.GOODWILL)
            pay(session, office, paid)
            waiting = ask(session, office, "800")
            return {"paid": paid, "waiting": waiting}
    finally:
        database.close()


def test_print_a_compensation_voucher(
    payments: dict[str, int], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "voucher.pdf"
    args = ["--db", str(db_path), "print", "compensation-voucher"]
    args += ["--id", str(payments["paid"]), "--out", str(out)]
    assert run(args) == 0
    facts = read_pdf(out)
    text = facts.text.replace(" ", "").replace("\n", "")
    for phrase in ("赔付凭证", "PC-000001", "¥3,000.00", "人民币叁仟元整", "TS-000007", "补偿"):
        assert phrase in text, phrase
    assert_sound(facts, cjk_font())
    assert "已生成" in capsys.readouterr().err
    database = open_database(str(db_path))
    try:
        with database.sessions() as session:
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).one()
            assert (entry.entity, entry.entity_id) == ("compensation_voucher", payments["paid"])
    finally:
        database.close()
    again = tmp_path / "again.pdf"
    assert run([*args[:-1], str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()


@pytest.mark.parametrize(
    ("record", "message"),
    [("4242", "找不到赔付"), ("{waiting}", "尚未由出纳支付"), (None, "参数有误")],
)
def test_refused_with_code_2_and_no_file(
    record: str | None,
    message: str,
    payments: dict[str, int],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.pdf"
    ids = ["--id", record.format(waiting=payments["waiting"])] if record else []
    args = ["--db", str(db_path), "print", "compensation-voucher", *ids, "--out", str(out)]
    assert run(args) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err
    assert list(folder.iterdir()) == []
