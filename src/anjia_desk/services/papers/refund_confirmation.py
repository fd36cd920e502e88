"""The refund confirmation (退款确认书) of a refund order (退定, 退房, 解约) from the models: what
is returned by nature with the rule of each line, the total in figures and in capitals, both
parties' signatures. Signed before any money moves."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.core.changes import ChangeKind, Fault, Ground
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.change_common import (
    OrderPapers,
    load_order,
    money_summary,
    require_paper,
    write_same,
)
from anjia_desk.services.papers.common import letterhead_from_settings, office_time

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.refund_confirmation import RefundConfirmationPaper


def confirmation_paper(
    session: Session, papers: OrderPapers, *, seller: str, now: datetime
) -> RefundConfirmationPaper:
    from anjia_desk.pdf.refund_confirmation import RefundConfirmationPaper

    order, deal = papers.order, papers.deal
    ground = Ground(order.ground) if order.ground else None
    fault = Fault.BUYER if papers.kind is ChangeKind.TERMINATE else Fault(order.fault)
    return RefundConfirmationPaper(
        code=papers.code,
        kind=papers.kind.label,
        seller=seller,
        project=papers.project,
        unit=papers.unit,
        buyer=deal.buyer_name,
        buyer_id=deal.buyer_id_masked,
        contract_no=deal.contract_no,
        fault=fault.label,
        ground=ground.label if ground else "",
        money=money_summary(session, papers, now=now),
        refund_due_on=order.refund_due_on.isoformat() if order.refund_due_on else "",
    )


def print_refund_confirmation(
    session: Session, actor: Actor, order_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The 退款确认书 of a refund order. Audited ("print", refund_confirmation)."""
    moment = aware_utc(now)
    papers = load_order(session, actor, order_id)
    require_paper(session, actor, papers, ChangeAction.PRINT_CONFIRMATION, now=moment)
    letterhead = letterhead_from_settings(session)
    paper = confirmation_paper(session, papers, seller=letterhead.company, now=moment)
    return write_same(
        session,
        paper,
        out,
        printed_at=office_time(session, moment),
        letterhead=letterhead,
        audited=lambda: audit.record(
            session, actor, "print", "refund_confirmation", papers.order.id,
            f"退款确认书 {papers.code}（{papers.deal.buyer_name}）",
        ),
    )  # fmt: skip
