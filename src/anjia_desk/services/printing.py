"""Printing to PDF: the letterhead from settings, the print time in the office's zone, the audit."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import DiscountStatus, HoldKind, Nature, PaymentMethod
from anjia_desk.core.errors import NotFound
from anjia_desk.core.phones import mask_phone
from anjia_desk.core.roles import Action
from anjia_desk.db.models import (
    Building,
    Customer,
    Deal,
    Installment,
    Project,
    QueueTicket,
    Receipt,
    Unit,
    UnitHold,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.settings import get_setting, get_settings, office_zone

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.page import Letterhead


def letterhead_from_settings(session: Session) -> Letterhead:
    """The office's letterhead (settings 信头); blank fields stay blank."""
    from anjia_desk.pdf.page import Letterhead

    values = get_settings(session)
    return Letterhead(
        company=str(values.get("letterhead.company", "")).strip(),
        project=str(values.get("letterhead.project", "")).strip(),
        address=str(values.get("letterhead.address", "")).strip(),
        phone=str(values.get("letterhead.phone", "")).strip(),
    )


def office_time(session: Session, now: datetime | None = None) -> datetime:
    """`now` (aware; the clock if None) as a naive time in the office's zone, for paper."""
    return aware_utc(now).astimezone(office_zone(session)).replace(tzinfo=None)


def print_visitor_form(
    session: Session, actor: Actor, out: Path, *, now: datetime | None = None
) -> Path:
    """Write the blank visitor registration form (来访客户登记表) to `out`; audited."""
    actor.require(Action.PRINT_BLANK_FORMS)
    from anjia_desk.pdf.visitor_form import build_visitor_form

    path = build_visitor_form(
        out,
        letterhead=letterhead_from_settings(session),
        printed_at=office_time(session, now),
        retention_months=int(get_setting(session, "privacy.retention_months")),
    )
    audit.record(session, actor, "print", "visitor_form", None, "空白来访登记表")
    return path


# --------------------------------------------------------------------------- deal papers


def _local(session: Session, moment: datetime | None) -> datetime | None:
    return office_time(session, moment) if moment is not None else None


def _stamp(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment is not None else ""


def _unit_parts(session: Session, unit_id: int) -> tuple[Unit, Building, Project]:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFound("找不到该房源")
    building = session.get(Building, unit.building_id)
    assert building is not None  # a foreign key
    project = session.get(Project, building.project_id)
    assert project is not None
    return unit, building, project


def print_receipt(
    session: Session, actor: Actor, receipt_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The receipt (收款收据) with its number, the amount in figures and in capitals, the payer,
    the nature and the cashier; a voided one carries a large 作废. Audited ("print", receipt)."""
    actor.require_any(Action.VIEW_DEALS, Action.RECORD_PAYMENTS)
    receipt = session.get(Receipt, receipt_id)
    if receipt is None:
        raise NotFound(f"找不到收据（编号 {receipt_id}）")
    from anjia_desk.services.deals import require_own_deal, sees_own_deals_only

    if sees_own_deals_only(actor):
        owner = session.get(Deal, receipt.deal_id) if receipt.deal_id is not None else None
        require_own_deal(actor, owner.consultant_id if owner is not None else None)
    from anjia_desk.pdf.receipt import ReceiptPaper, build_receipt
    from anjia_desk.services.payments import receipt_code

    project = session.get(Project, receipt.project_id)
    assert project is not None  # a foreign key
    nature = Nature(receipt.nature).label if receipt.nature in Nature._value2member_map_ else ""
    purpose = nature
    if receipt.deal_id is not None:
        deal = session.get(Deal, receipt.deal_id)
        assert deal is not None
        unit, building, _project = _unit_parts(session, deal.unit_id)
        what = nature
        if receipt.installment_id is not None:
            installment = session.get(Installment, receipt.installment_id)
            what = installment.name if installment is not None else nature
        purpose = f"{building.name}{unit.stairwell}{unit.room} {what}"
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
        confirmed = f"{who} {_stamp(_local(session, receipt.confirmed_at))}".strip()
    code = receipt_code(receipt.number)
    paper = ReceiptPaper(
        code=code,
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
        voided_at=_stamp(_local(session, receipt.voided_at)),
        reissue_of=reissue_of,
        confirmed=confirmed,
    )
    path = build_receipt(
        out,
        paper,
        letterhead=letterhead_from_settings(session),
        printed_at=office_time(session, now),
    )
    voided = "（已作废）" if paper.voided else ""
    audit.record(session, actor, "print", "receipt", receipt.id, f"收据 {code}{voided}")
    return path


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
    from anjia_desk.services.deals import require_own_deal

    require_own_deal(actor, deal.consultant_id)
    from anjia_desk.pdf.subscription import PlanLine, SubscriptionPaper, build_subscription

    unit, building, project = _unit_parts(session, deal.unit_id)
    customer = session.get(Customer, deal.customer_id)
    installments = session.scalars(
        select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
    ).all()
    names = staff_names(session, [deal.consultant_id])
    status = DiscountStatus(deal.discount_status)
    letterhead = letterhead_from_settings(session)
    paper = SubscriptionPaper(
        number=deal.id,
        seller=letterhead.company,
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
            )
            for row in installments
        ],
        cancelled=deal.cancelled_at is not None,
    )
    path = build_subscription(
        out, paper, letterhead=letterhead, printed_at=office_time(session, now)
    )
    audit.record(
        session,
        actor,
        "print",
        "subscription",
        deal.id,
        f"认购书 {paper.unit_label} {deal.buyer_name}",
    )
    return path


def print_choice(
    session: Session, actor: Actor, hold_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The opening-day choice confirmation (选房确认单) of a 开盘选房 hold: queue number,
    customer (phone masked), unit and prices, time of choice and expiry, signature lines.
    Audited ("print", choice)."""
    actor.require_any(Action.CHOOSE_UNITS, Action.VIEW_DEALS)
    hold = session.get(UnitHold, hold_id)
    if hold is None or hold.kind != HoldKind.CHOICE.value:
        raise NotFound(f"找不到选房记录（编号 {hold_id}）")
    from anjia_desk.pdf.choice import ChoicePaper, build_choice

    unit, building, project = _unit_parts(session, hold.unit_id)
    customer = session.get(Customer, hold.customer_id) if hold.customer_id else None
    ticket = session.get(QueueTicket, hold.ticket_id) if hold.ticket_id else None
    names = staff_names(session, [hold.user_id])
    released = ""
    if hold.released_at is not None:
        released = f"已释放（{_stamp(_local(session, hold.released_at))}"
        released += f"，{hold.release_reason}）" if hold.release_reason else "）"
    paper = ChoicePaper(
        queue_number=ticket.number if ticket is not None else None,
        customer_name=(customer.name or "") if customer is not None else "",
        customer_phone=mask_phone(customer.phone) if customer is not None else "",
        queue_amount=ticket.amount if ticket is not None else None,
        project=project.name,
        building=building.name,
        stairwell=unit.stairwell,
        room=unit.room,
        floor=unit.floor,
        layout=unit.layout,
        area=unit.area,
        inner_area=unit.inner_area,
        list_price=unit.list_price,
        filed_price=unit.filed_price,
        chosen_at=office_time(session, hold.created_at),
        expires_at=_local(session, hold.expires_at),
        handled_by=names.get(hold.user_id, "") if hold.user_id else "",
        released=released,
    )
    path = build_choice(
        out,
        paper,
        letterhead=letterhead_from_settings(session),
        printed_at=office_time(session, now),
    )
    audit.record(
        session,
        actor,
        "print",
        "choice",
        hold.id,
        f"选房确认单 {paper.unit_label} {paper.customer_name}",
    )
    return path
