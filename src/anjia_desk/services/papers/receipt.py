"""The receipt (收款收据) from the models: its number, the amount, the payer, the nature, what it
was paid for, the cashier, finance's confirmation; voided and reissued ones say so. Printed from
the facts stored when it was issued (services/receipt_facts.py), so a reprint is the same paper."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from anjia_desk.core.errors import NotFound
from anjia_desk.core.roles import Action
from anjia_desk.db.models import Deal, Receipt
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.deal_queries import require_own_deal, sees_own_deals_only
from anjia_desk.services.papers.common import local_time, stamp, write_paper
from anjia_desk.services.receipt_facts import freeze

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.page import Letterhead
    from anjia_desk.pdf.receipt import ReceiptPaper


def receipt_paper(session: Session, receipt: Receipt) -> tuple[ReceiptPaper, Letterhead]:
    """The receipt as printed: the facts stored when it was issued (stored now, at its first
    print, for an older receipt), with what the receipt recorded since — a void, finance's
    confirmation — as it stands."""
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.page import Letterhead
    from anjia_desk.pdf.receipt import ReceiptPaper

    facts = freeze(session, receipt)
    confirmed = ""
    if receipt.confirmed_at is not None:
        names = staff_names(session, [receipt.confirmed_by_id])
        who = names.get(receipt.confirmed_by_id, "") if receipt.confirmed_by_id else ""
        confirmed = f"{who} {stamp(local_time(session, receipt.confirmed_at))}".strip()
    paper = ReceiptPaper(
        code=facts.code,
        project=facts.project,
        paid_on=facts.paid_on,
        payer=facts.payer,
        nature=facts.nature,
        amount=facts.amount,
        method=facts.method,
        cashier=facts.cashier,
        purpose=facts.purpose,
        note=facts.note,
        voided=receipt.voided_at is not None,
        void_reason=receipt.void_reason,
        voided_at=stamp(local_time(session, receipt.voided_at)),
        reissue_of=facts.reissue_of,
        confirmed=confirmed,
    )
    return paper, Letterhead(**facts.letterhead)


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
    paper, letterhead = receipt_paper(session, receipt)
    voided = "（已作废）" if paper.voided else ""
    return write_paper(
        session,
        paper,
        out,
        now=now,
        letterhead=letterhead,
        audited=lambda: audit.record(
            session, actor, "print", "receipt", receipt.id, f"收据 {paper.code}{voided}"
        ),
    )
