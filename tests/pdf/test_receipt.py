"""收据: number, date, payer, nature, amount in figures and capitals, method, cashier, not an
invoice; a voided one marked 作废 with its reason, a reissue naming the one it replaces; audited."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature
from anjia_desk.core.errors import NotFound, PermissionDenied
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry, Installment, QueueTicket, Receipt
from anjia_desk.pdf.document import build, render
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.page import Letterhead
from anjia_desk.pdf.receipt import (
    NOT_AN_INVOICE,
    TITLE,
    ReceiptPaper,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.printing import print_receipt
from tests.deal_fixtures import make_customer, make_project
from tests.helpers import add_actor
from tests.pdf.pdfcheck import PdfFacts, assert_sound, read_pdf
from tests.pdf.test_subscription import NOW, letterhead, make_deal

PRINTED = datetime(2026, 3, 10, 10, 0)
OFFICE = Letterhead(
    "安家置业（杭州）有限公司", "安家·云栖府", "余杭区文一西路 1 号", "0571-8888 6666"
)


def paper(**changes: object) -> ReceiptPaper:
    values: dict[str, object] = dict(
        code="SJ-000123", project="安家·云栖府", paid_on=date(2026, 3, 5), payer="欧阳晓梅",
        nature="首付款", amount=Decimal("696132.50"), method="转账", cashier="郑丽",
        purpose="3栋1单元1801 首付款", note="工行转账 尾号6688",
    )  # fmt: skip
    values.update(changes)
    return ReceiptPaper(**values)  # type: ignore[arg-type]


def flat(facts: PdfFacts) -> str:
    return facts.text.replace("\n", "").replace(" ", "")


def test_a_receipt_has_everything_twice_on_one_page() -> None:
    facts = read_pdf(render(paper(), letterhead=OFFICE, printed_at=PRINTED))
    text = flat(facts)
    assert facts.metadata["/Title"] == TITLE and len(facts.pages) == 1
    for phrase in (
        "No.SJ-000123",
        "2026年3月5日",
        "欧阳晓梅",
        "首付款",
        "¥696,132.50",
        "人民币陆拾玖万陆仟壹佰叁拾贰元伍角整",
        "转账",
        "郑丽",
        "3栋1单元1801首付款",
        "工行转账尾号6688",
        "未确认",
        "第一联交款人收执",
        "第二联财务记账",
        "交款人（签字）",
        "收款单位（盖章）",
    ):
        assert phrase in text, phrase
    assert text.count(NOT_AN_INVOICE) == 2
    assert "作废" not in text
    assert_sound(facts, cjk_font())


def test_a_voided_receipt_is_marked() -> None:
    facts = read_pdf(
        render(
            paper(voided=True, void_reason="金额录错", voided_at="2026-03-05 15:20", note=""),
            letterhead=Letterhead(),
            printed_at=PRINTED,
        )
    )
    text = flat(facts)
    assert "（已作废）" in text
    assert "已作废（2026-03-0515:20）：金额录错" in text
    assert text.count("作废") >= 5  # subtitle, two remarks, two stamps
    assert_sound(facts, cjk_font())


def test_a_reissue_names_the_original_and_the_confirmation() -> None:
    text = flat(
        read_pdf(
            render(
                paper(reissue_of="SJ-000120", confirmed="许红 2026-03-06 09:30", method=""),
                letterhead=OFFICE,
                printed_at=PRINTED,
            )
        )
    )
    assert "重开自收据SJ-000120（原收据已作废）" in text
    assert "许红2026-03-0609:30" in text


def test_build_writes_the_file(tmp_path: Path) -> None:
    out = build(tmp_path / "r.pdf", paper(), letterhead=OFFICE, printed_at=PRINTED)
    assert out == tmp_path / "r.pdf" and read_pdf(out).pages


# --------------------------------------------------------------------------- from the models


def test_print_a_deal_receipt(session: Session, system: Actor, tmp_path: Path) -> None:
    letterhead(session, system)
    project, _unit, customer, deal = make_deal(session)
    cashier = add_actor(session, "chuna", "郑丽", Role.CASHIER)
    finance = add_actor(session, "caiwu", "许红", Role.FINANCE)
    down = session.scalars(
        select(Installment).where(Installment.deal_id == deal.id, Installment.seq == 2)
    ).one()
    original = Receipt(
        project_id=project.id, number=7, customer_id=customer.id, deal_id=deal.id,
        installment_id=down.id, payer="欧阳晓梅", nature=Nature.DOWN.value,
        amount=Decimal("100000"), method="转账", paid_on=date(2026, 3, 9),
        cashier_id=cashier.user_id, voided_at=datetime(2026, 3, 9, 7, 20, tzinfo=UTC),
        void_reason="金额录错", voided_by_id=cashier.user_id,
    )  # fmt: skip
    session.add(original)
    session.flush()
    again = Receipt(
        project_id=project.id, number=8, customer_id=customer.id, deal_id=deal.id,
        installment_id=down.id, payer="欧阳晓梅", nature=Nature.DOWN.value,
        amount=Decimal("10000"), method="转账", paid_on=date(2026, 3, 9),
        cashier_id=cashier.user_id, reissue_of_id=original.id,
        confirmed_at=datetime(2026, 3, 9, 8, 0, tzinfo=UTC), confirmed_by_id=finance.user_id,
    )  # fmt: skip
    session.add(again)
    session.flush()

    text = flat(read_pdf(print_receipt(session, cashier, again.id, tmp_path / "8.pdf", now=NOW)))
    for phrase in ("SJ-000008", "重开自收据SJ-000007", "3栋0101首付款", "壹万元整", "郑丽",
                   "许红2026-03-0916:00", "安家·云栖府"):  # fmt: skip
        assert phrase in text, phrase
    assert "已作废" not in text.replace("原收据已作废", "")

    facts = read_pdf(print_receipt(session, finance, original.id, tmp_path / "7.pdf", now=NOW))
    voided = flat(facts)
    assert "已作废（2026-03-0915:20）：金额录错" in voided and "壹拾万元整" in voided
    assert_sound(facts, cjk_font())
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "print").order_by(AuditEntry.id)
    ).all()
    assert [(e.entity, e.entity_id, e.actor) for e in entries] == [
        ("receipt", again.id, "郑丽"),
        ("receipt", original.id, "许红"),
    ]
    assert entries[1].summary == "收据 SJ-000007（已作废）"


def test_print_a_ticket_receipt(session: Session, system: Actor, tmp_path: Path) -> None:
    project = make_project(session, "安家·云栖府")
    customer = make_customer(session, "司马相如", "13900002222")
    ticket = QueueTicket(project_id=project.id, number=12, customer_id=customer.id,
                         amount=Decimal("20000"))  # fmt: skip
    session.add(ticket)
    session.flush()
    receipt = Receipt(
        project_id=project.id, number=1, customer_id=customer.id, ticket_id=ticket.id,
        payer="司马相如", nature=Nature.QUEUE.value, amount=Decimal("20000"), method="刷卡",
        paid_on=date(2026, 3, 1),
    )  # fmt: skip
    session.add(receipt)
    session.flush()
    text = flat(read_pdf(print_receipt(session, system, receipt.id, tmp_path / "t.pdf", now=NOW)))
    assert "认筹第12号" in text and "认筹金" in text and "贰万元整" in text


def test_print_receipt_refusals(session: Session, tmp_path: Path) -> None:
    consultant = add_actor(session, "qiantai", "林晓雯", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        print_receipt(session, consultant, 1, tmp_path / "x.pdf")
    with pytest.raises(NotFound, match="找不到收据"):
        print_receipt(session, Actor.system(), 999, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
