"""`anjia-desk print visitor-form|receipt|subscription|choice [--id N] --out FILE.pdf`."""

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


@pytest.mark.parametrize(
    "args",
    [
        ["print", "contract", "--id", "1"],  # not a kind of paper
        ["print", "receipt"],  # a record needs --id
        ["print", "subscription", "--id", "0"],
        ["print", "choice", "--id", "x"],
        ["print", "visitor-form", "--id", "3"],  # a blank form has no id
    ],
)
def test_bad_arguments_are_refused(
    args: list[str], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert run(["--db", str(db_path), *args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "参数有误" in err and err.count("\n") == 1
    assert not out.exists()


@pytest.fixture
def deal_records(db_path: Path) -> dict[str, int]:
    """A deal with a receipt and a 开盘选房 hold, written to the file the command opens."""
    from datetime import UTC, date, datetime
    from decimal import Decimal

    from anjia_desk.core.deals import HoldKind, Nature
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import QueueTicket, Receipt, UnitHold
    from anjia_desk.services.context import Actor
    from tests.deal_fixtures import make_building
    from tests.pdf.test_subscription import make_deal

    database = open_database(str(db_path))
    try:
        with session_scope(database, Actor.system()) as session:
            project, _unit, customer, deal = make_deal(session)
            receipt = Receipt(
                project_id=project.id, number=1, customer_id=customer.id, deal_id=deal.id,
                payer="欧阳晓梅", nature=Nature.DEPOSIT.value, amount=Decimal("50000"),
                paid_on=date(2026, 3, 6), method="转账",
            )  # fmt: skip
            other = make_building(session, project, "6栋", floors=1, rooms=("01",))[0]
            ticket = QueueTicket(project_id=project.id, number=1, customer_id=customer.id,
                                 amount=Decimal("20000"))  # fmt: skip
            session.add_all([receipt, ticket])
            session.flush()
            hold = UnitHold(
                unit_id=other.id, kind=HoldKind.CHOICE.value, customer_id=customer.id,
                ticket_id=ticket.id, expires_at=datetime(2026, 3, 11, 2, 0, tzinfo=UTC),
            )  # fmt: skip
            session.add(hold)
            session.flush()
            return {
                "receipt": receipt.id,
                "subscription": deal.id,
                "choice": hold.id,
                "risk-notice": deal.id,
            }
    finally:
        database.close()


@pytest.mark.parametrize(
    ("kind", "phrase", "entity"),
    [
        ("receipt", "收款收据", "receipt"),
        ("subscription", "商品房认购书", "subscription"),
        ("choice", "开盘选房确认单", "choice"),
        ("risk-notice", "购房风险告知书", "risk_notice"),  # issue 18
    ],
)
def test_print_a_record(
    kind: str,
    phrase: str,
    entity: str,
    deal_records: dict[str, int],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / f"{kind}.pdf"
    record_id = deal_records[kind]
    assert (
        run(["--db", str(db_path), "print", kind, "--id", str(record_id), "--out", str(out)]) == 0
    )
    facts = read_pdf(out)
    assert phrase in facts.text.replace(" ", "")
    assert_sound(facts, cjk_font())
    assert "已生成" in capsys.readouterr().err
    database = open_database(str(db_path))
    try:
        with database.sessions() as session:
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).one()
        assert (entry.entity, entry.entity_id) == (entity, record_id)
    finally:
        database.close()


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("receipt", "找不到收据"),
        ("subscription", "找不到交易"),
        ("choice", "找不到选房记录"),
        ("risk-notice", "找不到编号为 4242 的交易"),
    ],
)
def test_an_unknown_id_is_refused(
    kind: str, message: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert run(["--db", str(db_path), "print", kind, "--id", "4242", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err
    assert not out.exists()
