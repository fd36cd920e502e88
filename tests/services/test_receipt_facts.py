"""A printed receipt never changes afterwards (issue 13): its facts are stored when it is issued
and every reprint is printed from them — SJ-000001, a 认筹金 receipt, still reads 认筹金 and its
queue number after the number became the 定金 of 1栋1704."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk.core.deals import Nature
from anjia_desk.db.models import Receipt, Unit, User
from anjia_desk.services import deals, payments, printing, settings, tickets
from anjia_desk.services.receipt_facts import FACTS_VERSION, ReceiptFacts
from tests.pdf.pdfcheck import read_pdf
from tests.services import test_deals
from tests.services.test_deals import NOW, request

staff, site = test_deals.staff, test_deals.site  # the fixtures, shared


def _text(path: Path) -> str:
    return read_pdf(path).text.replace("\n", "").replace(" ", "")


def _queue_receipt(session, staff, site) -> tuple[int, int]:
    project, customer = site["project"], site["customer"]
    ticket = tickets.issue_ticket(
        session, staff["c1"], project_id=project.id, customer_id=customer.id,
        amount=Decimal("20000"), now=NOW,
    )  # fmt: skip
    receipt = payments.record_payment(
        session, staff["cash"], amount=Decimal("20000"), nature=Nature.QUEUE, payer="王建国",
        method="转账", ticket_id=ticket, now=NOW,
    )  # fmt: skip
    return ticket, receipt


def test_a_queue_receipt_reprints_the_same_after_the_number_bought_a_unit(
    session, staff, site, system, tmp_path
):
    settings.update_settings(session, system, {"letterhead.company": "安家置业（杭州）有限公司"})
    ticket, receipt_id = _queue_receipt(session, staff, site)
    receipt = session.get(Receipt, receipt_id)
    assert receipt is not None and receipt.number == 1
    first = _text(printing.print_receipt(session, staff["cash"], receipt_id, tmp_path / "1.pdf",
                                         now=NOW))  # fmt: skip
    assert "SJ-000001" in first and "认筹金" in first and "认筹第" in first

    # The number buys a unit (its 认筹金 becomes the 定金), the cashier's name and the letterhead
    # change: none of it reaches the paper already printed.
    unit = site["units"][0]
    hold = tickets.choose_unit(session, staff["c1"], unit.id, ticket_id=ticket, now=NOW)
    deals.subscribe(session, staff["c1"], request(unit, site["customer"], hold_id=hold), now=NOW)
    session.refresh(receipt)
    assert receipt.deal_id is not None  # converted: the receipt now pays the deal's 定金
    cashier = session.get(User, staff["cash"].user_id)
    assert cashier is not None
    cashier.display_name = "钱出纳"
    settings.update_settings(session, system, {"letterhead.company": "新公司名称有限公司"})
    session.flush()

    again = _text(printing.print_receipt(session, staff["cash"], receipt_id, tmp_path / "2.pdf",
                                         now=NOW))  # fmt: skip
    assert again == first
    row = session.get(Unit, unit.id)
    assert row is not None and row.room not in again
    assert "定金" not in again and "出纳小钱" in again and "安家置业（杭州）有限公司" in again


def test_the_facts_are_stored_when_the_receipt_is_issued(session, staff, site, system):
    _ticket, receipt_id = _queue_receipt(session, staff, site)
    receipt = session.get(Receipt, receipt_id)
    assert receipt is not None and receipt.printed_facts
    stored = json.loads(receipt.printed_facts)
    assert stored["v"] == FACTS_VERSION
    facts = ReceiptFacts.from_json(receipt.printed_facts)
    assert (facts.code, facts.nature, facts.amount, facts.cashier, facts.payer) == (
        "SJ-000001", "认筹金", Decimal("20000.00"), "出纳小钱", "王建国",
    )  # fmt: skip
    assert facts.purpose.startswith("认筹 第 ")


def test_a_reissue_keeps_its_own_facts_and_the_void_shows_on_the_old_one(
    session, staff, site, tmp_path
):
    deal_id = deals.subscribe(session, staff["c1"], request(site["units"][0], site["customer"]),
                              now=NOW)  # fmt: skip
    old = payments.record_payment(
        session, staff["cash"], amount=Decimal("1000"), nature=Nature.DEPOSIT, payer="王建国",
        method="转账", deal_id=deal_id, now=NOW,
    )  # fmt: skip
    before = _text(printing.print_receipt(session, staff["cash"], old, tmp_path / "a.pdf",
                                          now=NOW))  # fmt: skip
    new = payments.reissue_receipt(session, staff["cash"], old, reason="付款人写错", now=NOW)
    after = _text(printing.print_receipt(session, staff["cash"], old, tmp_path / "b.pdf",
                                         now=NOW))  # fmt: skip
    # The void is the receipt's own later record: printed on top of the same facts.
    assert "作废" not in before and "付款人写错" in after
    assert after.startswith(before.split("第一联")[0])
    reissued = _text(printing.print_receipt(session, staff["cash"], new, tmp_path / "c.pdf",
                                            now=NOW))  # fmt: skip
    assert "重开自收据SJ-000001" in reissued and "SJ-000002" in reissued


def test_an_older_receipt_without_facts_keeps_what_it_first_printed(session, staff, site, tmp_path):
    """A receipt issued before the facts were kept (printed_facts empty) takes them at its first
    print — a 认筹金 one reads as 认筹金 even when its number was already converted — and keeps
    them."""
    ticket, receipt_id = _queue_receipt(session, staff, site)
    unit = site["units"][0]
    hold = tickets.choose_unit(session, staff["c1"], unit.id, ticket_id=ticket, now=NOW)
    deals.subscribe(session, staff["c1"], request(unit, site["customer"], hold_id=hold), now=NOW)
    receipt = session.get(Receipt, receipt_id)
    assert receipt is not None
    receipt.printed_facts = None
    session.flush()
    text = _text(printing.print_receipt(session, staff["cash"], receipt_id, tmp_path / "o.pdf",
                                        now=NOW))  # fmt: skip
    assert "认筹第" in text and "定金" not in text
    assert session.scalar(select(Receipt.printed_facts).where(Receipt.id == receipt_id))


def test_unknown_facts_version_is_refused():
    with pytest.raises(ValueError, match="无法识别"):
        ReceiptFacts.from_json(json.dumps({"v": 99}))
