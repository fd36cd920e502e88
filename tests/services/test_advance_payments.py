"""订金/诚意金 (Nature.ADVANCE, issue 17): received on a 认筹 ticket beside its 认筹金 (not
counted into it, not turned into 定金 at 认购 — it moves to the deal with its nature, outside
the plan), returned at 退筹; received on a deal outside its plan; the receipt's paper reads
right for both."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk.core.change_forms import RequestForm, TalkForm
from anjia_desk.core.changes import ChangeKind, ReasonType, TalkOutcome
from anjia_desk.core.deals import Nature, TicketStatus
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.db.models import ChangeOrder, Installment, Receipt
from anjia_desk.services import (
    change_execute,
    change_money,
    change_orders,
    deal_queries,
    deals,
    lookups,
    payments,
    printing,
    tickets,
)
from anjia_desk.services.receipt_facts import ReceiptFacts
from tests.pdf.pdfcheck import read_pdf
from tests.services import test_deals
from tests.services.test_deals import NOW, request

staff, site = test_deals.staff, test_deals.site  # the fixtures, shared


def _ticket(session, staff, site) -> int:
    return tickets.issue_ticket(
        session, staff["c1"], project_id=site["project"].id, customer_id=site["customer"].id,
        amount=Decimal("20000"), now=NOW,
    )  # fmt: skip


def _pay(session, staff, amount: str, nature: Nature, **where: int) -> int:
    return payments.record_payment(
        session, staff["cash"], amount=Decimal(amount), nature=nature, payer="王建国",
        method="转账", now=NOW, **where,
    )  # fmt: skip


def test_an_advance_on_a_ticket_is_beside_its_queue_money(session, staff, site, tmp_path):
    ticket_id = _ticket(session, staff, site)
    advance_id = _pay(session, staff, "5000", Nature.ADVANCE, ticket_id=ticket_id)
    # Not counted into the 认筹金: the whole 认筹金 may still be received, and no more.
    _pay(session, staff, "20000", Nature.QUEUE, ticket_id=ticket_id)
    with pytest.raises(ValidationError):
        _pay(session, staff, "1", Nature.QUEUE, ticket_id=ticket_id)
    row = tickets.ticket_row(session, staff["cash"], lookups.ticket(session, ticket_id))
    assert (row.received, row.advance) == (Decimal("20000.00"), Decimal("5000.00"))
    listed = tickets.list_tickets(session, staff["cash"], site["project"].id)
    assert (listed[0].received, listed[0].advance) == (Decimal("20000.00"), Decimal("5000.00"))
    # Any other nature is still refused on a ticket.
    with pytest.raises(ValidationError, match="认筹金或订金/诚意金"):
        _pay(session, staff, "1", Nature.DEPOSIT, ticket_id=ticket_id)

    receipt = session.get(Receipt, advance_id)
    assert receipt is not None
    facts = ReceiptFacts.from_json(receipt.printed_facts)
    assert (facts.nature, facts.purpose) == ("订金/诚意金", "认筹 第 1 号 订金/诚意金")
    path = printing.print_receipt(session, staff["cash"], advance_id, tmp_path / "a.pdf", now=NOW)
    text = read_pdf(Path(path)).text.replace("\n", "").replace(" ", "")
    assert "订金/诚意金" in text and "认筹第1号订金/诚意金" in text


def test_at_subscription_the_advance_moves_to_the_deal_with_its_nature(session, staff, site):
    ticket_id = _ticket(session, staff, site)
    queue_id = _pay(session, staff, "20000", Nature.QUEUE, ticket_id=ticket_id)
    advance_id = _pay(session, staff, "3000", Nature.ADVANCE, ticket_id=ticket_id)
    unit = site["units"][0]
    deal_id = deals.subscribe(
        session, staff["c1"], request(unit, site["customer"], ticket_id=ticket_id), now=NOW
    )
    advance, queue = session.get(Receipt, advance_id), session.get(Receipt, queue_id)
    assert advance is not None and queue is not None
    assert (advance.deal_id, advance.installment_id, advance.nature) == (
        deal_id,
        None,
        Nature.ADVANCE.value,
    )
    deposit = session.scalars(
        select(Installment).where(Installment.deal_id == deal_id).order_by(Installment.seq)
    ).first()
    assert deposit is not None and queue.installment_id == deposit.id
    assert deposit.paid == Decimal("20000.00")  # the 认筹金 only: the advance is not 定金
    # Its paper still reads what it was taken for.
    assert ReceiptFacts.from_json(advance.printed_facts).purpose == "认筹 第 1 号 订金/诚意金"


def test_refund_ticket_returns_the_advance_too_and_void_is_refused(session, staff, site):
    ticket_id = _ticket(session, staff, site)
    _pay(session, staff, "8000", Nature.ADVANCE, ticket_id=ticket_id)
    with pytest.raises(UserError, match="已收款，不能作废"):
        tickets.void_ticket(session, staff["mgr"], ticket_id, reason="不要了", now=NOW)
    _pay(session, staff, "20000", Nature.QUEUE, ticket_id=ticket_id)
    back = payments.refund_ticket(session, staff["cash"], ticket_id, reason="客户放弃", now=NOW)
    assert back == Decimal("28000.00")
    ticket = lookups.ticket(session, ticket_id)
    assert ticket.status == TicketStatus.REFUNDED


def test_an_advance_on_a_deal_is_outside_its_plan(session, staff, site, tmp_path):
    unit = site["units"][0]
    deal_id = deals.subscribe(session, staff["c1"], request(unit, site["customer"]), now=NOW)
    owed = {
        i.id: i.paid
        for i in session.scalars(select(Installment).where(Installment.deal_id == deal_id))
    }
    receipt_id = _pay(session, staff, "10000", Nature.ADVANCE, deal_id=deal_id)
    receipt = session.get(Receipt, receipt_id)
    assert receipt is not None and receipt.installment_id is None
    after = {
        i.id: i.paid
        for i in session.scalars(select(Installment).where(Installment.deal_id == deal_id))
    }
    assert after == owed  # the plan owes what it owed
    detail = deal_queries.deal_detail(session, staff["c1"], deal_id, now=NOW)
    assert detail.advance == Decimal("10000.00")
    assert [r.nature for r in detail.receipts] == [Nature.ADVANCE]
    assert ReceiptFacts.from_json(receipt.printed_facts).purpose == "1栋0101 订金/诚意金"
    # An advance is not paid into an installment; and 认筹金 still belongs on a ticket.
    first = min(owed)
    with pytest.raises(ValidationError, match="不计入付款计划"):
        _pay(session, staff, "1", Nature.ADVANCE, deal_id=deal_id, installment_id=first)
    with pytest.raises(ValidationError, match="认筹金只能收在认筹号上"):
        _pay(session, staff, "1", Nature.QUEUE, deal_id=deal_id)
    # A void takes it back, and the plan is untouched.
    payments.void_receipt(session, staff["cash"], receipt_id, reason="收错", now=NOW)
    assert deal_queries.deal_detail(session, staff["c1"], deal_id, now=NOW).advance == 0


def test_a_refund_returns_the_advance_taken_on_the_ticket_in_full(session, staff, site):
    """The advance moved to the deal at 认购 reaches the refund's money table with its nature:
    whoever is at fault, it goes back in full."""
    ticket_id = _ticket(session, staff, site)
    _pay(session, staff, "20000", Nature.QUEUE, ticket_id=ticket_id)
    _pay(session, staff, "3000", Nature.ADVANCE, ticket_id=ticket_id)
    unit = site["units"][0]
    deal_id = deals.subscribe(
        session, staff["c1"], request(unit, site["customer"], ticket_id=ticket_id), now=NOW
    )
    paid = change_money.paid_amounts(session, deal_id)
    assert {(p.nature, p.amount) for p in paid} == {
        (Nature.DEPOSIT, Decimal("20000.00")),  # the 认筹金 became the 定金 at 认购
        (Nature.ADVANCE, Decimal("3000.00")),
    }
    form = RequestForm(kind=ChangeKind.UNSUBSCRIBE, reason_type=ReasonType.REGRET)
    order_id = change_orders.file_change(session, staff["c1"], deal_id, form, now=NOW)

    def version() -> int:
        row = session.get(ChangeOrder, order_id)
        assert row is not None
        return row.version

    talk = TalkForm(TalkOutcome.LEAVE, "客户坚持退")
    change_orders.record_talk(session, staff["mgr"], order_id, talk, version=version(), now=NOW)
    change_orders.review(session, staff["mgr"], order_id, version=version(), now=NOW)
    change_orders.approve(session, staff["head"], order_id, version=version(), now=NOW)
    change_orders.approve(session, staff["fin"], order_id, version=version(), now=NOW)
    change_execute.execute(session, staff["mgr"], order_id, version=version(), now=NOW)
    row = session.get(ChangeOrder, order_id)
    assert row is not None
    deal = lookups.deal(session, deal_id)
    table = change_money.money_table(session, row, deal, today=NOW.date())
    advance = [line for line in table.lines if line.nature is Nature.ADVANCE]
    assert [(a.received, a.returned, a.kept) for a in advance] == [
        (Decimal("3000.00"), Decimal("3000.00"), Decimal("0.00"))
    ]
