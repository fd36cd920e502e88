"""开盘选房 and the 认筹金 (issue 13): a number chooses only with its money received (receipts not
voided, not refunded), unless the site manager allowed it with a reason (特许选房: on the
ticket, in the audit, in the list); the 选房确认单 prints only the money actually received."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.db.models import AuditEntry, QueueTicket, Receipt, UnitHold
from anjia_desk.services import payments, tickets
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.choice import choice_paper, print_choice
from tests.deal_fixtures import make_building, make_project
from tests.services.unit_helpers import NOW, make_staff, make_tickets, pay_ticket


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
    return make_staff(session)


def test_no_money_no_choice_until_the_site_manager_allows(
    session: Session, staff: dict[str, Actor]
) -> None:
    project = make_project(session)
    made = make_building(session, project)
    (t1,) = make_tickets(session, project, "甲一", paid=False)
    secretary, manager = staff["secretary"], staff["manager"]
    with pytest.raises(UserError, match=r"第 1 号认筹金未收（应收 20,000\.00 元，已收 0\.00 元）"):
        tickets.choose_unit(session, secretary, made[0].id, ticket_id=t1.id, now=NOW)
    part = pay_ticket(session, t1, Decimal(5000))
    with pytest.raises(UserError, match=r"认筹金未收齐（应收 20,000\.00 元，已收 5,000\.00 元）"):
        tickets.choose_unit(session, secretary, made[0].id, ticket_id=t1.id, now=NOW)
    row = tickets.next_in_queue(session, secretary, project.id)
    assert row is not None and row.received == Decimal(5000) and not row.may_choose
    # only the site manager may allow it, with a reason
    with pytest.raises(PermissionDenied, match="特许未交认筹金选房"):
        tickets.allow_choice(session, secretary, t1.id, reason="在途", now=NOW)
    with pytest.raises(ValidationError):
        tickets.allow_choice(session, manager, t1.id, reason="  ", now=NOW)
    tickets.allow_choice(session, manager, t1.id, reason="余款今日转账在途", now=NOW)
    with pytest.raises(UserError, match="已特许选房"):
        tickets.allow_choice(session, manager, t1.id, reason="again", now=NOW)
    ticket = session.get(QueueTicket, t1.id)
    assert ticket is not None and ticket.choice_allowed_at == NOW
    assert ticket.choice_allowed_by_id == manager.user_id
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "allow"))
    assert entry is not None and entry.entity_id == t1.id and entry.reason == "余款今日转账在途"
    assert "已收 5,000.00 元" in entry.summary
    (listed,) = tickets.list_tickets(session, secretary, project.id, now=NOW)
    assert listed.received == Decimal(5000) and listed.may_choose
    assert listed.allowance_text == "特许选房：余款今日转账在途（周经理）"
    hold_id = tickets.choose_unit(session, secretary, made[0].id, ticket_id=t1.id, now=NOW)
    # the paper prints what came in, never the nominal 20,000
    hold = session.get(UnitHold, hold_id)
    assert hold is not None
    assert choice_paper(session, hold).queue_amount == Decimal(5000)
    payments.void_receipt(session, staff["cashier"], part.id, reason="错收", now=NOW)
    assert choice_paper(session, hold).queue_amount == Decimal(0)


def test_money_in_chooses_and_an_allowance_needs_none(
    session: Session, staff: dict[str, Actor]
) -> None:
    project = make_project(session)
    made = make_building(session, project)
    (t1,) = make_tickets(session, project, "甲一")
    with pytest.raises(UserError, match="已收齐，无需特许"):
        tickets.allow_choice(session, staff["manager"], t1.id, reason="x", now=NOW)
    hold_id = tickets.choose_unit(session, staff["secretary"], made[0].id, ticket_id=t1.id, now=NOW)
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and choice_paper(session, hold).queue_amount == Decimal(20000)


def test_a_refunded_number_neither_chooses_nor_shows_money(
    session: Session, staff: dict[str, Actor], tmp_path: Path
) -> None:
    project = make_project(session)
    made = make_building(session, project)
    t1, _t2 = make_tickets(session, project, "甲一", "乙二")
    secretary = staff["secretary"]
    hold_id = tickets.choose_unit(session, secretary, made[0].id, ticket_id=t1.id, now=NOW)
    payments.refund_ticket(session, staff["cashier"], t1.id, reason="不买了", now=NOW)
    with pytest.raises(UserError, match="第 1 号排号已退筹，不能选房"):
        tickets.choose_unit(session, secretary, made[1].id, ticket_id=t1.id, now=NOW)
    with pytest.raises(UserError, match="已退筹，不能特许选房"):
        tickets.allow_choice(session, staff["manager"], t1.id, reason="x", now=NOW)
    rows = {r.number: r for r in tickets.list_tickets(session, secretary, project.id, now=NOW)}
    assert rows[1].received == Decimal(0) and rows[2].received == Decimal(20000)
    # its receipt stays (history), but the office holds nothing on it any more
    assert session.scalar(select(Receipt.id).where(Receipt.ticket_id == t1.id)) is not None
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and choice_paper(session, hold).queue_amount == Decimal(0)
    out = print_choice(session, secretary, hold_id, tmp_path / "choice.pdf", now=NOW)
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "未收" in text and "20,000.00" not in text
