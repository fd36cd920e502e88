"""风险告知书 from a deal (issue 18): printed from the facts frozen on the deal at the first
print (services.risk_notice), so a reprint is the same paper whatever the settings say later."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.services import audit, lookups
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import require_own_deal
from anjia_desk.services.papers.common import write_paper
from anjia_desk.services.risk_notice import freeze


def print_risk_notice(
    session: Session, actor: Actor, deal_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The deal's 风险告知书 for the buyer's signature. The first print (which freezes what it
    says) is for whoever may take a 认购 (SUBSCRIBE); reprints for anyone who sees the deal.
    Audited ("print", risk_notice)."""
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.page import Letterhead
    from anjia_desk.pdf.risk_notice import RiskNoticePaper

    actor.require(Action.VIEW_DEALS)
    deal = lookups.deal(session, deal_id)
    require_own_deal(actor, deal.consultant_id)
    if not deal.risk_notice_facts:
        actor.require(Action.SUBSCRIBE)
        if deal.cancelled_at is not None:
            raise UserError("这笔交易已取消，不再出具风险告知书")
    facts = freeze(session, deal, now)
    letterhead = Letterhead(**facts.letterhead)
    paper = RiskNoticePaper(
        number=facts.deal_id,
        seller=letterhead.company,
        project=facts.project,
        unit=facts.unit,
        buyer_name=facts.buyer_name,
        buyer_id_masked=facts.buyer_id_masked,
        subscribed_on=facts.subscribed_on,
        showflat=facts.showflat,
        no_promises=facts.no_promises,
    )
    summary = f"风险告知书 {facts.unit} {facts.buyer_name}"
    return write_paper(
        session,
        paper,
        out,
        now=facts.printed_at or now,
        letterhead=letterhead,
        audited=lambda: audit.record(session, actor, "print", "risk_notice", deal.id, summary),
    )
