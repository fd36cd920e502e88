"""认筹 queue tickets (排号) and 开盘选房: issue, void and list a project's numbers; on opening
day the customers choose in queue order, a customer who is not there is skipped (过号).

A skipped ticket stays active: it no longer holds up the queue, and may still choose later
(nobody before it waiting). Whose turn it is comes from the tickets themselves — the lowest
active number that has not chosen and was not skipped (`queue_tickets.skipped_at`). A number
chooses only with its 认筹金 received, unless the site manager allowed it (`allow_choice`,
特许选房; core.ticket_rules). 退筹 (money back on a ticket) is the cashier's and lives in
services.payments.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.deals import HoldKind, Nature, TicketStatus, UnitStatus
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.money import fen
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.core.ticket_rules import choice_refusal, held_on_ticket, money_in
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, Customer, Deal, QueueTicket, Receipt, Unit, UnitHold
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit, lookups
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.holds import (
    hold_hours,
    place_hold,
    release_expired,
    require_available,
)
from anjia_desk.services.numbering import next_number
from anjia_desk.services.projects import require_permit
from anjia_desk.services.settings import office_today
from anjia_desk.services.unit_views import TicketRow

# --- 认筹 / 排号


def issue_ticket(
    session: Session,
    actor: Actor,
    *,
    project_id: int,
    customer_id: int,
    amount: Decimal,
    now: datetime | None = None,
) -> int:
    """A queue number for a customer: the next of the project (voided numbers stay used)."""
    actor.require(Action.ISSUE_TICKETS)
    project = lookups.project(session, project_id)
    customer = cs.get_customer(session, customer_id)
    if customer.anonymised_at is not None:
        raise UserError("这位客户的个人信息已删除（匿名化），不能认筹")
    require_permit(project, office_today(session, now), "认筹")
    if amount <= 0:
        raise ValidationError({"amount": "认筹金须大于0"})
    ticket = QueueTicket(
        project_id=project.id,
        number=next_number(session, QueueTicket.number, project.id),  # one PC after the other
        customer_id=customer.id,
        amount=fen(amount),
        status=TicketStatus.ACTIVE.value,
        issued_by_id=actor.user_id,
        created_at=aware_utc(now),
    )
    session.add(ticket)
    session.flush()
    return ticket.id


def received_on_ticket(session: Session, ticket_id: int) -> list[Receipt]:
    """The receipts not voided of the 认筹金 taken on the ticket (what becomes 定金 at 认购)."""
    return _receipts_on_ticket(session, ticket_id, Nature.QUEUE)


def advances_on_ticket(session: Session, ticket_id: int) -> list[Receipt]:
    """The receipts not voided of 订金/诚意金 taken on the ticket beside its 认筹金 (issue 17):
    returned in full, never turned into 定金."""
    return _receipts_on_ticket(session, ticket_id, Nature.ADVANCE)


def _receipts_on_ticket(session: Session, ticket_id: int, nature: Nature) -> list[Receipt]:
    return list(
        session.scalars(
            select(Receipt)
            .where(
                Receipt.ticket_id == ticket_id,
                Receipt.nature == nature.value,
                Receipt.voided_at.is_(None),
            )
            .order_by(Receipt.number)
        )
    )


def move_advances(session: Session, ticket: QueueTicket, deal_id: int) -> None:
    """At 认购 with the ticket: its 订金/诚意金 moves to the deal with its nature (no installment:
    it does not pay the plan), where a refund's money table finds it."""
    for receipt in advances_on_ticket(session, ticket.id):
        receipt.deal_id = deal_id
        receipt.installment_id = None


def received_total(session: Session, ticket: QueueTicket, nature: Nature = Nature.QUEUE) -> Decimal:
    """The 认筹金 (or, with `nature`, the 订金/诚意金) the office holds on the ticket now
    (core.ticket_rules.held_on_ticket)."""
    total = session.scalar(
        select(func.sum(Receipt.amount)).where(
            Receipt.ticket_id == ticket.id,
            Receipt.nature == nature.value,
            Receipt.voided_at.is_(None),
        )
    )
    return held_on_ticket(ticket.status, total if total is not None else Decimal(0))


def _received_column(nature: Nature = Nature.QUEUE) -> Any:
    """The sum of a ticket's receipts not voided of one nature, for a list's query."""
    return (
        select(func.coalesce(func.sum(Receipt.amount), 0))
        .where(
            Receipt.ticket_id == QueueTicket.id,
            Receipt.nature == nature.value,
            Receipt.voided_at.is_(None),
        )
        .scalar_subquery()
    )


def allow_choice(
    session: Session, actor: Actor, ticket_id: int, *, reason: str, now: datetime | None = None
) -> None:
    """特许选房: the site manager lets an active number whose 认筹金 is not (all) in choose at
    开盘选房, with a reason. Recorded on the ticket and audited ("allow")."""
    actor.require(Action.ALLOW_UNPAID_CHOICE)
    ticket = lookups.ticket(session, ticket_id)
    if ticket.status != TicketStatus.ACTIVE:
        status = TicketStatus(ticket.status).label
        raise UserError(f"第 {ticket.number} 号排号{status}，不能特许选房")
    if ticket.choice_allowed_at is not None:
        raise UserError(f"第 {ticket.number} 号已特许选房")
    received = received_total(session, ticket)
    if money_in(ticket.amount, received):
        raise UserError(f"第 {ticket.number} 号认筹金已收齐，无需特许")
    text = clean_note(reason)  # no control or direction characters (issue 14)
    if not text:
        raise ValidationError({"reason": "请填写特许选房的原因"})
    if len(text) > 200:
        raise ValidationError({"reason": "原因最多 200 个字"})
    ticket.choice_allowed_at = aware_utc(now)
    ticket.choice_allowed_by_id = actor.user_id
    ticket.choice_allowed_reason = text
    name = session.scalar(select(Customer.name).where(Customer.id == ticket.customer_id))
    audit.record(
        session,
        actor,
        "allow",
        "queue_tickets",
        ticket.id,
        f"特许选房（认筹金未收齐）：第 {ticket.number} 号 {name or UNNAMED}，"
        f"应收 {ticket.amount:,.2f} 元，已收 {received:,.2f} 元",
        text,
    )
    session.flush()


def void_ticket(
    session: Session, actor: Actor, ticket_id: int, *, reason: str, now: datetime | None = None
) -> None:
    """作废 an active ticket that holds no money (money received → 退筹 instead)."""
    actor.require(Action.VOID_TICKETS)
    reason = clean_note(reason)  # no control or direction characters (issue 14)
    ticket = lookups.ticket(session, ticket_id)
    if not reason.strip():
        raise ValidationError({"reason": "请填写作废原因"})
    if ticket.status != TicketStatus.ACTIVE.value:
        raise UserError(f"第 {ticket.number} 号已{TicketStatus(ticket.status).label}，不能作废")
    if received_on_ticket(session, ticket.id) or advances_on_ticket(session, ticket.id):
        raise UserError(f"第 {ticket.number} 号已收款，不能作废，请由出纳办理退筹")
    release_expired(session, now=now)  # a choice whose time is up no longer counts
    choice = session.scalar(
        select(UnitHold.id).where(UnitHold.ticket_id == ticket.id, UnitHold.released_at.is_(None))
    )
    if choice is not None:
        raise UserError(f"第 {ticket.number} 号已选房，请先释放所选房源")
    ticket.status = TicketStatus.VOIDED
    ticket.void_reason = reason.strip()[:200]
    ticket.closed_at = aware_utc(now)
    ticket.closed_by_id = actor.user_id
    session.flush()


def list_tickets(
    session: Session,
    actor: Actor,
    project_id: int,
    *,
    status: str | None = None,
    now: datetime | None = None,
) -> list[TicketRow]:
    """A project's queue numbers in order, with the unit chosen at 开盘选房 if any (with `now`,
    a choice whose time is up reads as gone, as on the board) — or, once the number turned into
    定金, the unit of its deal."""
    actor.require_any(
        Action.VIEW_DEALS, Action.ISSUE_TICKETS, Action.RECORD_PAYMENTS, label="查看认筹排号"
    )
    hold = aliased(UnitHold)
    deal_unit, deal_building = aliased(Unit), aliased(Building)
    query = (
        select(
            QueueTicket.id,
            QueueTicket.number,
            QueueTicket.customer_id,
            Customer.name,
            Customer.phone,
            Customer.owner_id,
            QueueTicket.amount,
            QueueTicket.status,
            QueueTicket.created_at,
            QueueTicket.issued_by_id,
            QueueTicket.void_reason,
            QueueTicket.closed_at,
            QueueTicket.deal_id,
            QueueTicket.skipped_at,
            QueueTicket.skip_reason,
            QueueTicket.choice_allowed_at,
            QueueTicket.choice_allowed_by_id,
            QueueTicket.choice_allowed_reason,
            _received_column().label("received"),
            _received_column(Nature.ADVANCE).label("advance"),
            hold.id.label("hold_id"),
            Building.name.label("building"),
            Unit.stairwell,
            Unit.room,
            deal_building.name.label("deal_building"),
            deal_unit.stairwell.label("deal_stairwell"),
            deal_unit.room.label("deal_room"),
        )
        .join(Customer, Customer.id == QueueTicket.customer_id)
        .outerjoin(
            hold,
            and_(
                hold.ticket_id == QueueTicket.id,
                hold.kind == HoldKind.CHOICE.value,
                hold.released_at.is_(None),
                *([] if now is None else [or_(hold.expires_at.is_(None), hold.expires_at > now)]),
            ),
        )
        .outerjoin(Unit, Unit.id == hold.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .outerjoin(Deal, Deal.id == QueueTicket.deal_id)
        .outerjoin(deal_unit, deal_unit.id == Deal.unit_id)
        .outerjoin(deal_building, deal_building.id == deal_unit.building_id)
        .where(QueueTicket.project_id == project_id)
        .order_by(QueueTicket.number)
    )
    if status:
        query = query.where(QueueTicket.status == status)
    rows = list(session.execute(query))
    names = cs.staff_names(
        session,
        [row.issued_by_id for row in rows] + [row.choice_allowed_by_id for row in rows],
    )
    return [
        TicketRow(
            id=row.id,
            project_id=project_id,
            number=row.number,
            customer_id=row.customer_id,
            customer_name=row.name or UNNAMED,
            shown_phone=cs.shown_phone(actor, phone=row.phone, owner_id=row.owner_id),
            amount=row.amount,
            status=row.status,
            issued_at=row.created_at,
            issued_by=names.get(row.issued_by_id, "") if row.issued_by_id else "",
            void_reason=row.void_reason,
            closed_at=row.closed_at,
            deal_id=row.deal_id,
            chosen_unit=(
                unit_label(row.building, row.stairwell, row.room)
                if row.hold_id
                else unit_label(row.deal_building, row.deal_stairwell, row.deal_room)
                if row.deal_room is not None
                else ""
            ),
            choice_hold_id=row.hold_id,
            skipped_at=row.skipped_at,
            skip_reason=row.skip_reason,
            received=held_on_ticket(row.status, fen(Decimal(row.received))),
            advance=held_on_ticket(row.status, fen(Decimal(row.advance))),
            choice_allowed_at=row.choice_allowed_at,
            choice_allowed_by=names.get(row.choice_allowed_by_id, "")
            if row.choice_allowed_by_id
            else "",
            choice_allowed_reason=row.choice_allowed_reason,
        )
        for row in rows
    ]


# --- 开盘选房


def _has_chosen() -> Any:
    """A ticket has had its turn once it chose a unit (the choice may have expired since)."""
    return exists(
        select(UnitHold.id).where(
            UnitHold.ticket_id == QueueTicket.id, UnitHold.kind == HoldKind.CHOICE.value
        )
    )


def _waiting(project_id: int) -> Any:
    """Active tickets of the project that have not chosen and were not skipped, lowest first."""
    return (
        select(QueueTicket)
        .where(
            QueueTicket.project_id == project_id,
            QueueTicket.status == TicketStatus.ACTIVE.value,
            QueueTicket.skipped_at.is_(None),
            ~_has_chosen(),
        )
        .order_by(QueueTicket.number)
    )


def choose_unit(
    session: Session, actor: Actor, unit_id: int, *, ticket_id: int, now: datetime | None = None
) -> int:
    """开盘选房: the ticket's customer chooses a 可售 unit, in queue order; hold id."""
    actor.require(Action.CHOOSE_UNITS)
    release_expired(session, now=now)  # a hold whose time is up no longer blocks
    moment = aware_utc(now)
    ticket = lookups.ticket(session, ticket_id)
    unit = lookups.unit(session, unit_id)
    label = lookups.unit_label(session, unit)
    if ticket.status != TicketStatus.ACTIVE:
        raise UserError(f"第 {ticket.number} 号排号{TicketStatus(ticket.status).label}，不能选房")
    project_id = session.scalar(select(Building.project_id).where(Building.id == unit.building_id))
    if project_id != ticket.project_id:
        raise UserError(f"第 {ticket.number} 号不是这个项目的排号")
    refusal = choice_refusal(
        ticket.number,
        ticket.amount,
        received_total(session, ticket),
        allowed=ticket.choice_allowed_at is not None,
    )
    if refusal:
        raise UserError(refusal)
    chosen = session.scalar(
        select(UnitHold).where(
            UnitHold.ticket_id == ticket.id,
            UnitHold.kind == HoldKind.CHOICE.value,
            UnitHold.released_at.is_(None),
        )
    )
    if chosen is not None:
        raise UserError(f"第 {ticket.number} 号已选定房源，如需换房请先释放原来的选房")
    first = session.scalar(
        _waiting(ticket.project_id).where(QueueTicket.number < ticket.number).limit(1)
    )
    if first is not None:
        name = session.scalar(select(Customer.name).where(Customer.id == first.customer_id))
        raise UserError(
            f"还没轮到第 {ticket.number} 号：第 {first.number} 号 {name or UNNAMED} 尚未选房"
            "（未到场的请先过号）"
        )
    require_available(session, unit, label)
    hold = UnitHold(
        unit_id=unit.id,
        kind=HoldKind.CHOICE.value,
        customer_id=ticket.customer_id,
        ticket_id=ticket.id,
        user_id=actor.user_id,
        expires_at=moment + timedelta(hours=hold_hours(session)),
        created_at=moment,
    )
    return place_hold(session, unit, label, hold, UnitStatus.HELD)


def skip_ticket(
    session: Session, actor: Actor, ticket_id: int, *, reason: str, now: datetime | None = None
) -> None:
    """过号: the customer whose turn it is did not come; the next one may choose. The ticket
    stays active and may still choose later."""
    actor.require(Action.CHOOSE_UNITS)
    ticket = lookups.ticket(session, ticket_id)
    if ticket.status != TicketStatus.ACTIVE:
        raise UserError(f"第 {ticket.number} 号排号{TicketStatus(ticket.status).label}，不能过号")
    if ticket.skipped_at is not None:
        raise UserError(f"第 {ticket.number} 号已过号")
    has_chosen = session.scalar(
        select(
            exists(
                select(UnitHold.id).where(
                    UnitHold.ticket_id == ticket.id, UnitHold.kind == HoldKind.CHOICE.value
                )
            )
        )
    )
    if has_chosen:
        raise UserError(f"第 {ticket.number} 号已选过房，不能过号")
    reason = clean_note(reason)
    ticket.skipped_at = aware_utc(now)
    ticket.skip_reason = reason[:200]
    name = session.scalar(select(Customer.name).where(Customer.id == ticket.customer_id))
    audit.record(
        session,
        actor,
        "skip",
        "queue_tickets",
        ticket.id,
        f"过号：第 {ticket.number} 号 {name or UNNAMED}",
        reason or None,
    )
    session.flush()


def ticket_row(session: Session, actor: Actor, ticket: QueueTicket) -> TicketRow:
    """One ticket as the queue shows it (without the chosen unit: see list_tickets)."""
    customer = session.get(Customer, ticket.customer_id)
    staff = cs.staff_names(session, (ticket.issued_by_id, ticket.choice_allowed_by_id))
    return TicketRow(
        id=ticket.id,
        project_id=ticket.project_id,
        number=ticket.number,
        customer_id=ticket.customer_id,
        customer_name=(customer.name if customer is not None else "") or UNNAMED,
        shown_phone=cs.shown_phone(
            actor,
            phone=customer.phone if customer is not None else None,
            owner_id=customer.owner_id if customer is not None else None,
        ),
        amount=ticket.amount,
        status=ticket.status,
        issued_at=ticket.created_at,
        issued_by=staff.get(ticket.issued_by_id, "") if ticket.issued_by_id is not None else "",
        void_reason=ticket.void_reason,
        closed_at=ticket.closed_at,
        deal_id=ticket.deal_id,
        skipped_at=ticket.skipped_at,
        skip_reason=ticket.skip_reason,
        received=received_total(session, ticket),
        advance=received_total(session, ticket, Nature.ADVANCE),
        choice_allowed_at=ticket.choice_allowed_at,
        choice_allowed_by=staff.get(ticket.choice_allowed_by_id, "")
        if ticket.choice_allowed_by_id is not None
        else "",
        choice_allowed_reason=ticket.choice_allowed_reason,
    )


def skipped_waiting(session: Session, actor: Actor, project_id: int) -> list[TicketRow]:
    """The numbers passed over at 开盘选房 (过号) that have not chosen since: each may still
    choose, out of turn, whenever its customer comes back."""
    actor.require_any(Action.CHOOSE_UNITS, Action.VIEW_UNITS)
    tickets = session.scalars(
        select(QueueTicket)
        .where(
            QueueTicket.project_id == project_id,
            QueueTicket.status == TicketStatus.ACTIVE.value,
            QueueTicket.skipped_at.is_not(None),
            ~_has_chosen(),
        )
        .order_by(QueueTicket.number)
    )
    return [ticket_row(session, actor, ticket) for ticket in tickets]


def next_in_queue(session: Session, actor: Actor, project_id: int) -> TicketRow | None:
    """Whose turn it is at 开盘选房: the lowest active ticket that has not chosen, not skipped."""
    actor.require_any(Action.CHOOSE_UNITS, Action.VIEW_UNITS)
    ticket = session.scalar(_waiting(project_id).limit(1))
    return ticket_row(session, actor, ticket) if ticket is not None else None
