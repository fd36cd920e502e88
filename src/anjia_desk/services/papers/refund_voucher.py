"""The refund voucher (退款凭证) from the models: printed from the facts frozen on the voucher
when the cashier issued it (services.refund_voucher_facts; frozen now, at its first print, if
they are missing), so every reprint is the same paper — the same bytes, dated by the voucher's
issue — until finance confirms it or it is voided, which the paper then shows. Each reprint is
counted (RefundVoucher.reprints) and audited."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import NotFound
from anjia_desk.core.roles import Action
from anjia_desk.db.models import AuditEntry, Deal, RefundVoucher
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.deal_queries import require_own_deal
from anjia_desk.services.papers.change_common import local, when, write_same
from anjia_desk.services.refund_voucher_facts import freeze

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.page import Letterhead
    from anjia_desk.pdf.refund_voucher import RefundVoucherPaper

ENTITY = "refund_voucher"


def voucher_paper(
    session: Session, voucher: RefundVoucher
) -> tuple[RefundVoucherPaper, Letterhead]:
    """The voucher as printed: its frozen facts, with finance's confirmation and a void as they
    stand."""
    from anjia_desk.pdf.page import Letterhead
    from anjia_desk.pdf.refund_voucher import RefundVoucherPaper

    facts = freeze(session, voucher)
    confirmed = ""
    if voucher.confirmed_at is not None:
        who = staff_names(session, [voucher.confirmed_by_id]).get(voucher.confirmed_by_id or 0, "")
        confirmed = f"{who} {when(session, voucher.confirmed_at)}".strip()
    paper = RefundVoucherPaper(
        code=facts.code,
        project=facts.project,
        paid_on=facts.paid_on,
        payee=facts.payee,
        amount=facts.amount,
        method=facts.method,
        cashier=facts.cashier,
        order=f"{facts.order_code}（{facts.kind}）" if facts.kind else facts.order_code,
        purpose=f"{facts.unit} {facts.kind}退款".strip(),
        note=facts.note,
        voided=voucher.voided_at is not None,
        void_reason=voucher.void_reason,
        voided_at=when(session, voucher.voided_at),
        confirmed=confirmed,
    )
    return paper, Letterhead(**facts.letterhead)


def _printed_before(session: Session, voucher_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(
                AuditEntry.action == "print",
                AuditEntry.entity == ENTITY,
                AuditEntry.entity_id == voucher_id,
            )
        )
        or 0
    )


def print_refund_voucher(
    session: Session, actor: Actor, voucher_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The 退款凭证 (two copies on one page), dated by its issue so a reprint is identical; a
    voided one carries a large 作废. Counted and audited ("print", refund_voucher)."""
    del now  # the paper is dated by the voucher's issue, not by this printing
    actor.require_any(Action.VIEW_CHANGES, Action.PAY_REFUNDS, Action.CONFIRM_REFUNDS)
    voucher = session.get(RefundVoucher, voucher_id)
    if voucher is None:
        raise NotFound(f"找不到退款凭证（编号 {voucher_id}）")
    deal = session.get(Deal, voucher.deal_id)
    if not actor.can(Action.PAY_REFUNDS) and not actor.can(Action.CONFIRM_REFUNDS):
        require_own_deal(actor, deal.consultant_id if deal is not None else None)
    paper, letterhead = voucher_paper(session, voucher)
    issued = local(session, voucher.created_at)
    assert issued is not None  # every row has its creation time
    reprint = _printed_before(session, voucher.id) > 0

    def audited() -> None:
        if reprint:
            voucher.reprints += 1
        what = f"（重印第 {voucher.reprints} 次）" if reprint else ""
        voided = "（已作废）" if paper.voided else ""
        audit.record(
            session,
            actor,
            "print",
            "refund_voucher",
            voucher.id,
            f"退款凭证 {paper.code}{voided}{what}",
        )

    return write_same(
        session, paper, out, printed_at=issued, letterhead=letterhead, audited=audited
    )
