"""The compensation voucher (赔付凭证, issue 18) from the models: printed from the facts frozen on
the payment when the cashier paid (services.compensation_facts; frozen now, at its first print,
if they are missing), so every reprint is the same paper — the same bytes, dated by the payment —
until finance confirms it or it is voided, which the paper then shows. Each reprint is counted
(ComplaintPayment.reprints) and audited ("print", compensation_voucher)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_kinds import payment_code
from anjia_desk.core.errors import NotFound, PermissionDenied, UserError
from anjia_desk.db.models import AuditEntry, ComplaintPayment
from anjia_desk.services import audit
from anjia_desk.services.compensation_facts import freeze
from anjia_desk.services.complaint_base import actions_of, get_complaint, require_access
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.papers.change_common import when, write_same

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.compensation_voucher import CompensationVoucherPaper
    from anjia_desk.pdf.page import Letterhead

ENTITY = "compensation_voucher"


def voucher_paper(
    session: Session, row: ComplaintPayment
) -> tuple[CompensationVoucherPaper, Letterhead, datetime]:
    """The voucher as printed: its frozen facts, with finance's confirmation and a void as they
    stand; and the moment it is dated by (the payment's, office time)."""
    from anjia_desk.pdf.compensation_voucher import CompensationVoucherPaper
    from anjia_desk.pdf.page import Letterhead

    facts = freeze(session, row)
    confirmed = ""
    if row.confirmed_at is not None:
        who = staff_names(session, [row.confirmed_by_id]).get(row.confirmed_by_id or 0, "")
        confirmed = f"{who} {when(session, row.confirmed_at)}".strip()
    paper = CompensationVoucherPaper(
        code=facts.code,
        project=facts.project,
        paid_on=facts.paid_on,
        payee=facts.payee,
        amount=facts.amount,
        method=facts.method,
        cashier=facts.cashier,
        complaint=f"{facts.complaint}（{facts.who}）" if facts.who else facts.complaint,
        unit=facts.unit,
        kind=facts.kind,
        reason=facts.reason,
        proof=facts.proof,
        cs_approval=facts.cs_approval,
        vp_approval=facts.vp_approval,
        note=facts.note,
        voided=row.voided_at is not None,
        void_reason=row.void_reason,
        voided_at=when(session, row.voided_at),
        confirmed=confirmed,
    )
    return paper, Letterhead(**facts.letterhead), facts.issued


def _printed_before(session: Session, payment_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(
                AuditEntry.action == "print",
                AuditEntry.entity == ENTITY,
                AuditEntry.entity_id == payment_id,
            )
        )
        or 0
    )


def print_compensation_voucher(
    session: Session, actor: Actor, payment_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The 赔付凭证 of a paid request (`payment_id`: the ComplaintPayment's id), two copies on
    one page, dated by its payment so a reprint is identical; a voided one carries a large 作废.
    For the cashier and finance (the complaint window's 打印赔付凭证). Counted and audited.
    `now` is accepted for the common signature; the paper does not depend on it."""
    del now  # the paper is dated by the payment, not by this printing
    row = session.get(ComplaintPayment, payment_id)
    if row is None:
        raise NotFound(f"找不到赔付（编号 {payment_id}）")
    complaint = get_complaint(session, row.complaint_id)
    require_access(session, actor, complaint)
    if not actions_of(session, complaint, actor)[ComplaintAction.PRINT_VOUCHER].shown:
        raise PermissionDenied(f"没有权限：打印赔付凭证（当前用户：{actor.display_name}）")
    if row.number is None:
        raise UserError("这笔赔付尚未由出纳支付，还没有赔付凭证")
    paper, letterhead, issued = voucher_paper(session, row)
    reprint = _printed_before(session, row.id) > 0

    def audited() -> None:
        if reprint:
            row.reprints += 1
        again = f"（重印第 {row.reprints} 次）" if reprint else ""
        voided = "（已作废）" if paper.voided else ""
        code = payment_code(row.number) if row.number is not None else ""
        summary = f"赔付凭证 {code}{voided}{again}"
        audit.record(session, actor, "print", "compensation_voucher", row.id, summary)

    return write_same(
        session, paper, out, printed_at=issued, letterhead=letterhead, audited=audited
    )


__all__ = ["print_compensation_voucher", "voucher_paper"]
