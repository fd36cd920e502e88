"""The subscription agreement (认购书) from a deal: the parties (ID masked), the unit, the prices,
the 定金, the signing deadline and the payment plan."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import DiscountStatus, Nature, PaymentMethod
from anjia_desk.core.errors import NotFound
from anjia_desk.core.phones import mask_phone
from anjia_desk.core.plans import signing_term
from anjia_desk.core.roles import Action
from anjia_desk.db.models import Customer, Deal, Installment
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.deal_queries import require_own_deal
from anjia_desk.services.papers.common import letterhead_from_settings, unit_parts, write_paper
from anjia_desk.services.settings import office_zone

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.subscription import SubscriptionPaper


def subscription_paper(session: Session, deal: Deal, *, seller: str) -> SubscriptionPaper:
    """The agreement's values as printed; `seller` is the company on the letterhead."""
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.subscription import PlanLine, SubscriptionPaper

    unit, building, project = unit_parts(session, deal.unit_id)
    customer = session.get(Customer, deal.customer_id)
    installments = session.scalars(
        select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
    ).all()
    names = staff_names(session, [deal.consultant_id])
    status = DiscountStatus(deal.discount_status)
    return SubscriptionPaper(
        number=deal.id,
        seller=seller,
        project=project.name,
        permit_no=project.permit_no,
        buyer_name=deal.buyer_name,
        buyer_id_masked=deal.buyer_id_masked,
        buyer_phone=mask_phone(customer.phone) if customer is not None else "",
        consultant=names.get(deal.consultant_id, "") if deal.consultant_id else "",
        building=building.name,
        stairwell=unit.stairwell,
        room=unit.room,
        floor=unit.floor,
        layout=unit.layout,
        area=unit.area,
        inner_area=unit.inner_area,
        payment_method=PaymentMethod(deal.payment_method).label,
        list_price=deal.list_price,
        standard_discount=deal.standard_discount,
        special_discount=deal.special_discount,
        special_status="" if status is DiscountStatus.NONE else status.label,
        price=deal.price,
        filed_price=deal.filed_price,
        deposit=deal.deposit,
        subscribed_on=aware_utc(deal.subscribed_at).astimezone(office_zone(session)).date(),
        sign_deadline=deal.sign_deadline,
        penalty_per_10k=deal.penalty_per_10k,
        cancel_days=deal.cancel_days,
        plan=[
            PlanLine(
                seq=row.seq,
                name=row.name,
                nature=Nature(row.nature).label,
                due_on=row.due_on,
                amount=row.amount,
                # The agreement's own term: 签约后 N 天, also once 签约 gave it a date.
                term=signing_term(row.due_anchor, row.due_days),
            )
            for row in installments
        ],
        cancelled=deal.cancelled_at is not None,
        penalty_clause_no=deal.penalty_clause_no,
        penalty_clause_text=deal.penalty_clause_text,
    )


def print_subscription(
    session: Session, actor: Actor, deal_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The subscription agreement (认购书) of a deal: parties (ID masked), unit, prices in
    figures and capitals, 定金 and its legal nature, signing deadline, payment plan, signature
    lines. Audited ("print", subscription)."""
    actor.require(Action.VIEW_DEALS)
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise NotFound(f"找不到交易（编号 {deal_id}）")
    require_own_deal(actor, deal.consultant_id)
    letterhead = letterhead_from_settings(session)
    paper = subscription_paper(session, deal, seller=letterhead.company)
    return write_paper(
        session,
        paper,
        out,
        now=now,
        letterhead=letterhead,
        audited=lambda: audit.record(
            session,
            actor,
            "print",
            "subscription",
            deal.id,
            f"认购书 {paper.unit_label} {deal.buyer_name}",
        ),
    )
