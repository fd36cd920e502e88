"""The receipt (收款收据) from the models: its number, the amount, the payer, the nature, what it
was paid for, the cashier, finance's confirmation; voided and reissued ones say so."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature
from anjia_desk.core.errors import NotFound
from anjia_desk.core.roles import Action
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Deal, Installment, Project, QueueTicket, Receipt
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.deal_queries import require_own_deal, sees_own_deals_only
from anjia_desk.services.papers.common import local_time, stamp, unit_parts, write_paper
from anjia_desk.services.receipt_lines import receipt_code

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.receipt import ReceiptPaper


def receipt_paper(session: Session, receipt: Receipt) -> ReceiptPaper:
    """The receipt's values as printed."""
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.receipt import ReceiptPaper

    project = session.get(Project, receipt.project_id)
    assert project is not None  # a foreign key
    nature = Nature(receipt.nature).label if receipt.nature in Nature._value2member_map_ else ""
    purpose = nature
    if receipt.deal_id is not None:
        deal = session.get(Deal, receipt.deal_id)
        assert deal is not None
        unit, building, _project = unit_parts(session, deal.unit_id)
        what = nature
        if receipt.installment_id is not None:
            installment = session.get(Installment, receipt.installment_id)
            what = installment.name if installment is not None else nature
        purpose = f"{unit_label(building.name, unit.stairwell, unit.room)} {what}"
    elif receipt.ticket_id is not None:
        ticket = session.get(QueueTicket, receipt.ticket_id)
        if ticket is not None:
            purpose = f"认筹 第 {ticket.number} 号"
    names = staff_names(session, [receipt.cashier_id, receipt.confirmed_by_id])
    reissue_of = ""
    if receipt.reissue_of_id is not None:
        original = session.get(Receipt, receipt.reissue_of_id)
        reissue_of = receipt_code(original.number) if original is not None else ""
    confirmed = ""
    if receipt.confirmed_at is not None:
        who = names.get(receipt.confirmed_by_id, "") if receipt.confirmed_by_id else ""
        confirmed = f"{who} {stamp(local_time(session, receipt.confirmed_at))}".strip()
    return ReceiptPaper(
        code=receipt_code(receipt.number),
        project=project.name,
        paid_on=receipt.paid_on,
        payer=receipt.payer,
        nature=nature,
        amount=receipt.amount,
        method=receipt.method,
        cashier=names.get(receipt.cashier_id, "") if receipt.cashier_id else "",
        purpose=purpose,
        note=receipt.note,
        voided=receipt.voided_at is not None,
        void_reason=receipt.void_reason,
        voided_at=stamp(local_time(session, receipt.voided_at)),
        reissue_of=reissue_of,
        confirmed=confirmed,
    )


def print_receipt(
    session: Session, actor: Actor, receipt_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The receipt (收款收据) with its number, the amount in figures and in capitals, the payer,
    the nature and the cashier; a voided one carries a large 作废. Audited ("print", receipt)."""
    actor.require_any(Action.VIEW_DEALS, Action.RECORD_PAYMENTS)
    receipt = session.get(Receipt, receipt_id)
    if receipt is None:
        raise NotFound(f"找不到收据（编号 {receipt_id}）")
    if sees_own_deals_only(actor):
        owner = session.get(Deal, receipt.deal_id) if receipt.deal_id is not None else None
        require_own_deal(actor, owner.consultant_id if owner is not None else None)
    paper = receipt_paper(session, receipt)
    path = write_paper(session, paper, out, now=now)
    voided = "（已作废）" if paper.voided else ""
    audit.record(session, actor, "print", "receipt", receipt.id, f"收据 {paper.code}{voided}")
    return path
