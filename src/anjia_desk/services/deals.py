"""Deals (DOMAIN §5), the writes: 认购 (with its live quote), special-discount approval, 签约, the
steps to 办证 (按揭, 备案, 交付 with the area settlement) — 签约, the steps and 交付 are written
in services/deal_steps.py; 认筹 queue tickets are services/tickets.py; the lists, the deal page
and the next step are read in services/deal_queries.py. Each form is checked first by its
core.deal_forms validator.

Every change of a deal also sets its unit's status (and so bumps the unit's version): two PCs
racing for one unit collide on the unit row or on the one-live-deal-per-unit index, and the
second gets a ConflictError. The rules themselves are in core.deal_rules and core.money.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.address import clean_address, clean_postcode
from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.deal_forms import validate_subscribe
from anjia_desk.core.deal_rules import (
    deal_price,
    deposit_cap,
    discount_approver,
    may_approve,
    price_problems,
    standard_discount,
)
from anjia_desk.core.deals import (
    DiscountStatus,
    HoldKind,
    Nature,
    PaymentMethod,
    Stage,
    Step,
    TicketStatus,
    UnitStatus,
)
from anjia_desk.core.errors import (
    ConflictError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from anjia_desk.core.identity import normalise_id_number
from anjia_desk.core.money import build_plan, fen, yuan
from anjia_desk.core.penalty_clause import clause_text
from anjia_desk.core.plans import parse_plan
from anjia_desk.core.roles import Action
from anjia_desk.core.settings_deals import breach_base_of
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.core.units import unit_label
from anjia_desk.db.locking import lock_row
from anjia_desk.db.models import (
    Deal,
    Installment,
    QueueTicket,
    Receipt,
    Unit,
    UnitHold,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit, lookups
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import SELLERS, sees_own_deals_only
from anjia_desk.services.deal_steps import (
    add_step,
    award_points,
    require_live,
    sync_unit,
)
from anjia_desk.services.deal_views import PriceQuote, SubscribeRequest
from anjia_desk.services.holds import EXPIRED_REASON, release_expired, taken_message
from anjia_desk.services.identity import seal_id
from anjia_desk.services.projects import require_permit
from anjia_desk.services.settings import get_setting, office_today, office_zone
from anjia_desk.services.tickets import move_advances, received_on_ticket
from anjia_desk.services.unit_status import live_deal

# --- small helpers


def _now(now: datetime | None) -> datetime:
    return aware_utc(now)


def _decimal_setting(session: Session, key: str) -> Decimal:
    return Decimal(str(get_setting(session, key)))


def _int_setting(session: Session, key: str) -> int:
    return int(str(get_setting(session, key)))


# --- price and 认购


def _standard(session: Session, list_price: Decimal, method: PaymentMethod) -> Decimal:
    percent = _decimal_setting(session, f"deals.std_discount.{method.value}")
    return standard_discount(list_price, percent)


def quote(
    session: Session,
    actor: Actor,
    *,
    unit_id: int,
    payment_method: PaymentMethod,
    special_discount: Decimal = Decimal(0),
    deposit: Decimal | None = None,
) -> PriceQuote:
    """The 认购 dialog's live numbers for a unit and payment method."""
    actor.require_any(Action.SUBSCRIBE, Action.VIEW_DEALS)
    unit = lookups.unit(session, unit_id)
    special = fen(special_discount)
    std = _standard(session, unit.list_price, payment_method)
    price = deal_price(unit.list_price, std, special)
    problems = price_problems(
        price=price,
        filed_price=unit.filed_price,
        deposit=fen(deposit) if deposit is not None else Decimal(1),
        special_discount=special,
    )
    if deposit is None:
        problems.pop("deposit", None)
    needed = discount_approver(
        special, unit.list_price, _decimal_setting(session, "deals.site_discount_pct")
    )
    return PriceQuote(
        list_price=unit.list_price,
        standard_discount=std,
        special_discount=special,
        price=price,
        filed_price=unit.filed_price,
        deposit_cap=deposit_cap(price) if price > 0 else Decimal("0.00"),
        approver_label=needed.label if needed is not None else "",
        problems=problems,
    )


def _hold_to_convert(
    session: Session, unit: Unit, label: str, request: SubscribeRequest, moment: datetime
) -> UnitHold | None:
    """The customer's own live 锁定/选房 of the unit (given, or found), or None when the unit is
    simply 可售; UserError when the unit is not this customer's to buy."""
    if request.hold_id is not None:
        hold = session.get(UnitHold, request.hold_id)
    else:
        hold = session.scalar(
            select(UnitHold).where(UnitHold.unit_id == unit.id, UnitHold.released_at.is_(None))
        )
    if hold is None:
        if live_deal(session, unit.id) is not None:
            raise ConflictError(taken_message(session, unit.id, label))
        if unit.status != UnitStatus.AVAILABLE.value:
            raise UserError(f"该房源当前为“{UnitStatus(unit.status).label}”，不能认购")
        return None
    if (
        hold is not None
        and hold.released_at is not None
        and hold.release_reason == EXPIRED_REASON
        and hold.customer_id == request.customer_id
    ):
        raise UserError("该房源的锁定已到期，请重新锁定后再认购")
    mine = (
        hold.unit_id == unit.id
        and hold.released_at is None
        and hold.customer_id == request.customer_id
        and hold.kind in (HoldKind.HOLD.value, HoldKind.CHOICE.value)
    )
    if not mine:  # whose it is, in the words of the 销控表
        raise ConflictError(taken_message(session, unit.id, label))
    if hold.expires_at is not None and hold.expires_at <= moment:
        raise UserError("该房源的锁定已到期，请重新锁定后再认购")
    return hold


def _ticket_to_convert(
    session: Session, request: SubscribeRequest, project_id: int
) -> tuple[QueueTicket | None, list[Receipt]]:
    if request.ticket_id is None:
        return None, []
    ticket = lookups.ticket(session, request.ticket_id)
    if ticket.project_id != project_id or ticket.customer_id != request.customer_id:
        raise UserError(f"第 {ticket.number} 号不是该客户在本项目的排号")
    if ticket.status != TicketStatus.ACTIVE.value:
        raise UserError(f"第 {ticket.number} 号已{TicketStatus(ticket.status).label}，不能转定金")
    return ticket, received_on_ticket(session, ticket.id)


def subscribe(
    session: Session, actor: Actor, request: SubscribeRequest, *, now: datetime | None = None
) -> int:
    """认购: a deal for the unit, its payment plan, the 认购 step; returns the deal id."""
    actor.require(Action.SUBSCRIBE)
    release_expired(session, now=now)  # a hold whose time is up no longer blocks
    moment = aware_utc(now)
    today = office_today(session, now)
    # Two PCs subscribing the unit at once take it one after the other: the second then reads
    # the first one's deal and is told who holds the unit (issue 15).
    unit = lock_row(session, Unit, request.unit_id) or lookups.unit(session, request.unit_id)
    building = lookups.building(session, unit.building_id)
    project = lookups.project(session, building.project_id)
    require_permit(project, today, "认购")
    customer = cs.get_customer(session, request.customer_id)
    if customer.anonymised_at is not None:
        raise UserError("这位客户的个人信息已删除（匿名化），不能认购")
    if (
        sees_own_deals_only(actor)
        and customer.owner_id is not None
        and customer.owner_id != actor.user_id
    ):
        raise PermissionDenied(f"客户“{customer.name or UNNAMED}”不归您跟进，不能为其办理认购")
    label = unit_label(building.name, unit.stairwell, unit.room)
    hold = _hold_to_convert(session, unit, label, request, moment)
    if hold is not None and hold.kind == HoldKind.CHOICE.value and hold.ticket_id is not None:
        # A unit chosen at 开盘选房 is bought with the queue number that chose it: its 认筹金
        # becomes the 定金, and the number cannot choose again nor be refunded.
        if request.ticket_id not in (None, hold.ticket_id):
            raise ValidationError({"ticket": "该房源是用另一个排号选定的，请选择那个排号"})
        request = dataclasses.replace(request, ticket_id=hold.ticket_id)
    ticket, queue_receipts = _ticket_to_convert(session, request, project.id)

    errors = validate_subscribe(request)
    buyer_name = clean_name(request.buyer_name)
    number = "" if "buyer_id_number" in errors else normalise_id_number(request.buyer_id_number)
    method = PaymentMethod(request.payment_method)
    special = fen(request.special_discount)
    deposit = fen(request.deposit)
    std = _standard(session, unit.list_price, method)
    price = deal_price(unit.list_price, std, special)
    errors.update(
        price_problems(
            price=price, filed_price=unit.filed_price, deposit=deposit, special_discount=special
        )
    )
    received = sum((r.amount for r in queue_receipts), Decimal(0))
    if "deposit" not in errors and received > deposit:
        errors["deposit"] = f"定金不能少于已收的认筹金（{yuan(received)}元）"
    if errors:
        raise ValidationError(errors)

    cipher, masked = seal_id(session, number)
    penalty = _decimal_setting(session, "deals.penalty_per_10k")
    consultant_id = customer.owner_id
    if consultant_id is None and actor.roles & SELLERS:
        consultant_id = actor.user_id
    deal = Deal(
        project_id=project.id,
        unit_id=unit.id,
        customer_id=customer.id,
        consultant_id=consultant_id,
        ticket_id=ticket.id if ticket is not None else None,
        buyer_name=buyer_name[:40],
        buyer_id_masked=masked,
        buyer_id_cipher=cipher,
        payment_method=method.value,
        list_price=unit.list_price,
        standard_discount=std,
        special_discount=special,
        discount_status=(DiscountStatus.PENDING if special > 0 else DiscountStatus.NONE).value,
        discount_reason=clean_note(request.discount_reason)[:200],
        price=price,
        filed_price=unit.filed_price,
        deposit=deposit,
        subscribed_at=moment,
        sign_deadline=today + timedelta(days=_int_setting(session, "deals.sign_days")),
        penalty_per_10k=penalty,
        cancel_days=_int_setting(session, "deals.cancel_days"),
        stage=Stage.SUBSCRIBED.value,
        note=clean_note(request.note),
        # Issue 16: where letters go, and the contract's penalty clause with the deal's rate.
        mailing_address=clean_address(request.mailing_address),
        mailing_postcode=clean_postcode(request.mailing_postcode),
        penalty_clause_no=str(get_setting(session, "deals.penalty_clause_no"))[:20],
        penalty_clause_text=clause_text(
            str(get_setting(session, "deals.penalty_clause_text")), penalty
        ),
        # Issue 17: the contract's breach penalty for the buyer, the office's default until
        # 签约 records the contract's own (the refund rate and the rest stay "the office's").
        breach_base=breach_base_of(get_setting(session, "deals.breach_base")),
        breach_pct=_decimal_setting(session, "deals.breach_pct"),
        breach_clause_no=str(get_setting(session, "deals.breach_clause_no"))[:20],
    )
    session.add(deal)
    if hold is not None:
        hold.released_at = moment
        hold.release_reason = "转认购"
    sync_unit(session, unit)

    template = str(get_setting(session, f"deals.plan.{method.value}"))
    plan = build_plan(price=price, deposit=deposit, subscribed_on=today, items=parse_plan(template))
    installments = [
        Installment(
            deal_id=deal.id,
            seq=item.seq,
            nature=item.nature.value,
            name=item.name,
            due_on=item.due_on,
            due_anchor=item.anchor,
            due_days=item.days,
            amount=item.amount,
            paid=Decimal(0),
        )
        for item in plan
    ]
    session.add_all(installments)
    add_step(session, deal, Step.SUBSCRIBE, actor, moment)
    session.flush()

    if ticket is not None:
        first = installments[0]  # 定金
        for receipt in queue_receipts:
            receipt.deal_id = deal.id
            receipt.installment_id = first.id
        first.paid = received
        if received >= first.amount:
            first.settled_on = max(r.paid_on for r in queue_receipts)
        move_advances(session, ticket, deal.id)  # 订金/诚意金 stays what it is (issue 17)
        ticket.status = TicketStatus.CONVERTED
        ticket.deal_id = deal.id
        ticket.closed_at = moment
        ticket.closed_by_id = actor.user_id
    customer.risk_monitoring = True
    award_points(session, actor, customer, "referral.points_subscribe", f"被推荐人认购 {label}")
    session.flush()
    return deal.id


# --- special discount


def decide_discount(
    session: Session,
    actor: Actor,
    deal_id: int,
    *,
    approve: bool,
    reason: str = "",
    version: int,
    now: datetime | None = None,
) -> None:
    """Approve or reject a pending special discount, within the approver's limit. A rejection
    takes the special discount out of the price and rebuilds the plan (nothing paid beyond 定金)."""
    actor.require(Action.APPROVE_DISCOUNTS)
    deal = lookups.deal(session, deal_id, version)
    require_live(deal)
    if deal.discount_status != DiscountStatus.PENDING.value:
        raise UserError("这笔交易没有待审批的特批优惠")
    site_pct = _decimal_setting(session, "deals.site_discount_pct")
    needed = discount_approver(deal.special_discount, deal.list_price, site_pct)
    assert needed is not None  # a pending discount is > 0
    if not (actor.is_system or may_approve(actor.roles, needed)):
        raise PermissionDenied(
            f"特批优惠 {yuan(deal.special_discount)}元 超过表价的 {site_pct}%，"
            f"须由{needed.label}审批"
        )
    moment = aware_utc(now)
    deal.discount_approver_id = actor.user_id
    deal.discount_decided_at = moment
    if approve:
        deal.discount_status = DiscountStatus.APPROVED
        session.flush()
        return
    installments = list(
        session.scalars(
            select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
        )
    )
    if any(i.paid > 0 for i in installments if i.nature != Nature.DEPOSIT.value):
        raise UserError("已收到定金以外的房款，不能驳回特批优惠，请走变更流程")
    deal.discount_status = DiscountStatus.REJECTED
    deal.special_discount = Decimal("0.00")
    deal.price = deal_price(deal.list_price, deal.standard_discount, Decimal(0))
    if reason := clean_note(reason):
        deal.note = (deal.note + "\n" if deal.note else "") + f"特批优惠被驳回：{reason}"
    subscribed_on = deal.subscribed_at.astimezone(office_zone(session)).date()
    method = PaymentMethod(deal.payment_method)
    template = str(get_setting(session, f"deals.plan.{method.value}"))
    signed_on = deal.signed_at.astimezone(office_zone(session)).date() if deal.signed_at else None
    plan = build_plan(
        price=deal.price,
        deposit=deal.deposit,
        subscribed_on=subscribed_on,
        items=parse_plan(template),
        signed_on=signed_on,
    )
    # Rebuilt in place: a row a receipt ever pointed to (a voided one too) stays, with the new
    # figures; only rows no receipt names may go.
    by_seq = {i.seq: i for i in installments[1:]}
    for item in plan[1:]:
        row = by_seq.pop(item.seq, None)
        if row is None:
            row = Installment(deal_id=deal.id, seq=item.seq, paid=Decimal(0))
            session.add(row)
        row.nature, row.name = item.nature, item.name
        row.due_on, row.amount = item.due_on, item.amount
        row.due_anchor, row.due_days = item.anchor, item.days
    surplus = [row.id for row in by_seq.values()]
    if surplus and session.scalar(
        select(func.count(Receipt.id)).where(Receipt.installment_id.in_(surplus))
    ):
        raise UserError("该交易的付款节点已有收据记录（含作废），不能驳回特批优惠，请走变更流程")
    for row in by_seq.values():
        session.delete(row)
    audit.record(session, actor, "reject", "deals", deal.id, "驳回特批优惠", reason or None)
    session.flush()
