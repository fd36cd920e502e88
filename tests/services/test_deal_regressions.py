"""Bugs a review found across the deal services, each kept as a test."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from anjia_desk.core.deals import DiscountStatus, Nature, TicketStatus
from anjia_desk.core.errors import ConflictError, PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Installment, QueueTicket
from anjia_desk.services import deals, exporting, holds, payments, printing, tickets
from anjia_desk.services.exporting import ExportRequest
from tests.deal_fixtures import make_customer
from tests.helpers import add_actor
from tests.services import test_deals
from tests.services.test_deals import NOW, request, subscribed

staff, site = test_deals.staff, test_deals.site  # the fixtures, shared


def test_rejecting_a_discount_keeps_installments_a_voided_receipt_names(session, staff, site):
    deal = subscribed(session, staff, site, special="5000")
    plan = session.scalars(
        select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
    ).all()
    receipt = payments.record_payment(
        session, staff["cash"], amount=Decimal("1000"), nature=Nature(plan[1].nature),
        payer="王建国", method="转账", deal_id=deal.id, installment_id=plan[1].id, now=NOW,
    )  # fmt: skip
    payments.void_receipt(session, staff["cash"], receipt, reason="录错金额", now=NOW)
    session.refresh(deal)
    deals.decide_discount(
        session, staff["mgr"], deal.id, approve=False, reason="不批", version=deal.version, now=NOW
    )
    session.flush()
    rows = session.scalars(
        select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
    ).all()
    assert deal.discount_status == DiscountStatus.REJECTED.value
    assert plan[1].id in {row.id for row in rows}  # the voided receipt's row stayed
    assert sum(row.amount for row in rows) == deal.price
    assert all(row.paid == 0 for row in rows[1:])


def test_a_chosen_unit_is_bought_with_the_number_that_chose_it(session, staff, site):
    project, customer, unit_rows = site["project"], site["customer"], site["units"]
    ticket = tickets.issue_ticket(
        session, staff["c1"], project_id=project.id, customer_id=customer.id,
        amount=Decimal("20000"), now=NOW,
    )  # fmt: skip
    payments.record_payment(
        session, staff["cash"], amount=Decimal("20000"), nature=Nature.QUEUE, payer="王建国",
        method="转账", ticket_id=ticket, now=NOW,
    )  # fmt: skip
    hold = tickets.choose_unit(session, staff["c1"], unit_rows[0].id, ticket_id=ticket, now=NOW)
    deals.subscribe(session, staff["c1"], request(unit_rows[0], customer, hold_id=hold), now=NOW)
    row = session.get(QueueTicket, ticket)
    assert row is not None and row.status == TicketStatus.CONVERTED.value
    with pytest.raises(UserError):  # the number cannot choose a second unit
        tickets.choose_unit(session, staff["c1"], unit_rows[1].id, ticket_id=ticket, now=NOW)
    with pytest.raises(UserError):  # nor be refunded to someone who bought
        payments.refund_ticket(session, staff["cash"], ticket, reason="退筹", now=NOW)


def test_another_number_for_a_chosen_unit_is_refused(session, staff, site):
    project, customer, unit_rows = site["project"], site["customer"], site["units"]
    first, second = (
        tickets.issue_ticket(
            session,
            staff["c1"],
            project_id=project.id,
            customer_id=customer.id,
            amount=Decimal("20000"),
            now=NOW,
        )
        for _ in range(2)
    )
    payments.record_payment(
        session, staff["cash"], amount=Decimal("20000"), nature=Nature.QUEUE, payer="王建国",
        method="转账", ticket_id=first, now=NOW,
    )  # fmt: skip
    hold = tickets.choose_unit(session, staff["c1"], unit_rows[0].id, ticket_id=first, now=NOW)
    chosen = request(unit_rows[0], customer, hold_id=hold, ticket_id=second)
    with pytest.raises(ValidationError) as refused:
        deals.subscribe(session, staff["c1"], chosen, now=NOW)
    assert "ticket" in refused.value.fields


def test_a_consultant_reaches_no_other_consultants_deal_on_paper(session, staff, site, tmp_path):
    deal = subscribed(session, staff, site)
    receipt = payments.record_payment(
        session, staff["cash"], amount=Decimal("1000"), nature=Nature.DEPOSIT, payer="王建国",
        method="转账", deal_id=deal.id, now=NOW,
    )  # fmt: skip
    other = staff["c2"]
    with pytest.raises(PermissionDenied):
        printing.print_subscription(session, other, deal.id, tmp_path / "s.pdf", now=NOW)
    with pytest.raises(PermissionDenied):
        printing.print_receipt(session, other, receipt, tmp_path / "r.pdf", now=NOW)
    assert payments.list_receipts(session, other) == []
    assert [line.id for line in payments.list_receipts(session, staff["c1"])] == [receipt]


def test_an_export_holds_only_the_sheets_the_person_may_see(session, staff, site, tmp_path):
    manager = add_actor(session, "csm", "客服经理", Role.CS_MANAGER)
    subscribed(session, staff, site)
    assert [key for key, _ in exporting.export_kinds(manager)] == [
        "customers",
        "followups",
        "deals",
        "refunds",  # issue 17: the customer-service manager leads refund talks
        "complaints",  # issue 18: and handles complaints
    ]
    with pytest.raises(PermissionDenied):
        exporting.export_workbook(
            session, manager, ExportRequest(kinds=("receivables",)), tmp_path / "x.xlsx", now=NOW
        )
    assert not (tmp_path / "x.xlsx").exists()


def test_a_hold_whose_time_is_up_no_longer_blocks_the_unit(session, staff, site):
    unit, customer = site["units"][0], site["customer"]
    other = make_customer(session, "李四", "13900004444", owner=staff["c1"])
    holds.hold_unit(session, staff["c1"], unit.id, customer_id=other.id, now=NOW)
    later = NOW + timedelta(hours=25)  # past the 24 hours, and nobody looked at the board
    holds.hold_unit(session, staff["c1"], unit.id, customer_id=customer.id, now=later)
    deals.subscribe(session, staff["c1"], request(unit, customer), now=later)


def test_two_cashiers_reissuing_one_receipt_make_one_copy(database, tmp_path):
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import Receipt
    from anjia_desk.services.context import Actor
    from tests.deal_fixtures import make_project

    system = Actor.system()
    with session_scope(database, system) as s:
        project = make_project(s)
        customer = make_customer(s, "王建国", "13800001111")
        ticket = tickets.issue_ticket(
            s, system, project_id=project.id, customer_id=customer.id,
            amount=Decimal("20000"), now=NOW,
        )  # fmt: skip
        receipt = payments.record_payment(
            s, system, amount=Decimal("20000"), nature=Nature.QUEUE, payer="王建国",
            method="转账", ticket_id=ticket, now=NOW,
        )  # fmt: skip
    first, second = database.sessions(), database.sessions()
    first.info["actor"] = second.info["actor"] = system
    try:
        on_screen = [first.get(Receipt, receipt), second.get(Receipt, receipt)]  # both PCs
        assert all(row is not None and row.voided_at is None for row in on_screen)
        payments.reissue_receipt(first, system, receipt, reason="抬头写错", now=NOW)
        first.commit()
        with pytest.raises(ConflictError):
            payments.reissue_receipt(second, system, receipt, reason="抬头写错", now=NOW)
        second.rollback()
    finally:
        first.close()
        second.close()
    with session_scope(database, system) as s:
        live = s.scalars(select(Receipt).where(Receipt.voided_at.is_(None))).all()
        assert [r.reissue_of_id for r in live] == [receipt]
