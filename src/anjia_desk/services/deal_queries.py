"""Reading deals (DOMAIN §5): who sees which deals, the deal lists (认购未签约 among them), each
deal's next step and its due date, the money of deals (outstanding, overdue, installment lines
with penalty, receipt lines), the deal page with the actions its user may take, the buyer's ID
number, and a unit's live deal.

The writes are in services/deals.py; receivables, payments and the 工作台 read through here,
never the other way round. The rules are in core (deal_rules.next_step_due, deal_actions,
money).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.deal_actions import DealAction, DealFacts, Permit, Who, deal_actions
from anjia_desk.core.deal_forms import ContractTerms
from anjia_desk.core.deal_rules import discount_approver, is_cancelled, next_step_due, steps_for
from anjia_desk.core.deals import DiscountStatus, Nature, PaymentMethod, Stage, Step
from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.money import (
    accrued_penalty,
    bears_penalty,
    days_overdue,
    is_overdue,
    loan_late,
)
from anjia_desk.core.plans import awaits_signing, due_text
from anjia_desk.core.refund_money import BreachBase
from anjia_desk.core.roles import PERMISSIONS, Action, Role
from anjia_desk.core.settings_deals import step_days
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import (
    Building,
    CareTouch,
    Customer,
    Deal,
    DealStep,
    Installment,
    Project,
    QueueTicket,
    Receipt,
    Unit,
)
from anjia_desk.services import audit, erasure, lookups
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_address import may_edit_address, shown_address
from anjia_desk.services.deal_money_out import advance_of, refunded_on_deal
from anjia_desk.services.deal_views import (
    CareLine,
    DealDetail,
    DealRow,
    InstallmentLine,
    ReceiptLine,
    StepLine,
)
from anjia_desk.services.identity import displayed_id, open_id
from anjia_desk.services.receipt_lines import receipt_lines
from anjia_desk.services.settings import get_setting, get_settings, office_today, office_zone

SELLERS = frozenset({Role.CONSULTANT, Role.SENIOR_CONSULTANT})
#: Ids per IN (...) query, well under SQLite's bound-parameter limit.
CHUNK = 900

# --- who sees which deals


def sees_own_deals_only(actor: Actor) -> bool:
    """A consultant sees the deals they sold, unless another role of theirs shows them all."""
    if actor.is_system or not (actor.roles & SELLERS):
        return False
    return not ((actor.roles - SELLERS) & PERMISSIONS[Action.VIEW_DEALS])


def require_own_deal(actor: Actor, consultant_id: int | None) -> None:
    """A consultant (with no other viewing role) reaches only the deals they sold."""
    if sees_own_deals_only(actor) and consultant_id != actor.user_id:
        raise PermissionDenied("这笔交易不是您经手的，只能查看自己的交易")


def may_see_id(actor: Actor, customer_owner_id: int | None) -> bool:
    """The full ID number: the secretary and finance, and the customer's owner."""
    if actor.can(Action.VIEW_ID_NUMBERS):
        return True
    return actor.user_id is not None and customer_owner_id == actor.user_id


# --- the next step


def done_steps(session: Session, deal_id: int) -> dict[Step, DealStep]:
    """The steps a deal has done, with their rows."""
    rows = session.scalars(select(DealStep).where(DealStep.deal_id == deal_id))
    return {Step(row.step): row for row in rows}


@dataclass(frozen=True)
class _DealKey:
    """What the next step of a deal depends on, besides its steps done."""

    id: int
    payment_method: str
    stage: str
    cancelled: bool
    subscribed_at: datetime
    sign_deadline: date


def _next_of(
    session: Session, deals: Sequence[_DealKey]
) -> dict[int, tuple[Step | None, date | None]]:
    """Each deal's (next step, due date) by core.deal_rules.next_step_due, from one query (per
    CHUNK deals) of the steps done."""
    zone = office_zone(session)
    days = step_days(get_settings(session))
    done: dict[int, dict[Step, date]] = defaultdict(dict)
    ids = [deal.id for deal in deals]
    for start in range(0, len(ids), CHUNK):
        for deal_id, step, done_at in session.execute(
            select(DealStep.deal_id, DealStep.step, DealStep.done_at).where(
                DealStep.deal_id.in_(ids[start : start + CHUNK])
            )
        ):
            done[deal_id][Step(step)] = done_at.astimezone(zone).date()
    return {
        deal.id: next_step_due(
            PaymentMethod(deal.payment_method),
            done[deal.id],
            subscribed_on=deal.subscribed_at.astimezone(zone).date(),
            sign_deadline=deal.sign_deadline,
            cancelled=deal.cancelled,
            days=days,
        )
        for deal in deals
    }


def next_steps(
    session: Session, deal_ids: Iterable[int]
) -> dict[int, tuple[Step | None, date | None]]:
    """{deal id: (next step, its due date)} for the deals `deal_ids` (the 工作台's source; no
    permission check). (None, None) for a deal cancelled or with every step done; an unknown id
    is left out. Two queries per CHUNK deals."""
    ids = list(dict.fromkeys(deal_ids))
    keys: list[_DealKey] = []
    for start in range(0, len(ids), CHUNK):
        keys.extend(
            _key(row)
            for row in session.execute(
                select(
                    Deal.id,
                    Deal.payment_method,
                    Deal.stage,
                    Deal.cancelled_at,
                    Deal.subscribed_at,
                    Deal.sign_deadline,
                ).where(Deal.id.in_(ids[start : start + CHUNK]))
            )
        )
    return _next_of(session, keys)


def _key(row: Any) -> _DealKey:
    cancelled = is_cancelled(row.stage, row.cancelled_at)
    return _DealKey(
        row.id, row.payment_method, row.stage, cancelled, row.subscribed_at, row.sign_deadline
    )


# --- money of deals


def money_of(session: Session, ids: list[int], today: date) -> dict[int, tuple[Decimal, Decimal]]:
    """(outstanding, overdue) per deal, from one query (per CHUNK deals) of the installments; a
    cancelled deal owes nothing any more (issue 17: its money went back by refund voucher)."""
    totals: dict[int, tuple[Decimal, Decimal]] = {}
    for start in range(0, len(ids), CHUNK):
        for deal_id, nature, due_on, amount, paid in session.execute(
            select(
                Installment.deal_id,
                Installment.nature,
                Installment.due_on,
                Installment.amount,
                Installment.paid,
            )
            .join(Deal, Deal.id == Installment.deal_id)
            .where(
                Installment.deal_id.in_(ids[start : start + CHUNK]),
                Installment.amount > Installment.paid,
                Deal.cancelled_at.is_(None),
                Deal.stage != Stage.CANCELLED.value,
            )
        ):
            outstanding, overdue = totals.get(deal_id, (Decimal(0), Decimal(0)))
            left = amount - paid
            late = is_overdue(nature=Nature(nature), outstanding=left, due_on=due_on, today=today)
            totals[deal_id] = (outstanding + left, overdue + (left if late else Decimal(0)))
    return totals


def installment_lines(session: Session, deal: Deal, today: date) -> list[InstallmentLine]:
    """A deal's installments with what is owed, days overdue and the penalty accrued today."""
    installments = list(
        session.scalars(
            select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
        )
    )
    payments: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for installment_id, paid_on, amount in session.execute(
        select(Receipt.installment_id, Receipt.paid_on, Receipt.amount).where(
            Receipt.deal_id == deal.id, Receipt.voided_at.is_(None)
        )
    ):
        if installment_id is not None:
            payments[installment_id].append((paid_on, amount))
    lines = []
    for item in installments:
        nature = Nature(item.nature)
        left = item.amount - item.paid
        late = is_overdue(nature=nature, outstanding=left, due_on=item.due_on, today=today)
        lines.append(
            InstallmentLine(
                id=item.id,
                seq=item.seq,
                name=item.name,
                nature=nature,
                due_on=None if awaits_signing(item.due_anchor, item.due_on) else item.due_on,
                amount=item.amount,
                paid=item.paid,
                outstanding=left,
                days_overdue=days_overdue(item.due_on, today) if late else 0,
                loan_late=loan_late(
                    nature=nature, outstanding=left, due_on=item.due_on, today=today
                ),
                penalty=accrued_penalty(
                    amount=item.amount,
                    due_on=item.due_on,
                    payments=payments[item.id],
                    per_10k=deal.penalty_per_10k,
                    as_of=today,
                )
                if bears_penalty(nature)
                else Decimal("0.00"),
                version=item.version,
                due_text=due_text(item.due_anchor, item.due_days, item.due_on),
            )
        )
    return lines


# --- lists


def rows_query() -> Select[*tuple[Any, ...]]:
    """The columns of a DealRow, joined (the lists add their WHERE and ORDER BY)."""
    return (
        select(
            Deal.id,
            Project.name.label("project_name"),
            Building.name.label("building"),
            Unit.stairwell,
            Unit.room,
            Deal.customer_id,
            Customer.name.label("customer_name"),
            Deal.buyer_name,
            Deal.consultant_id,
            Deal.payment_method,
            Deal.stage,
            Deal.price,
            Deal.subscribed_at,
            Deal.sign_deadline,
            Deal.signed_at,
            Deal.cancelled_at,
        )
        .join(Project, Project.id == Deal.project_id)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Customer, Customer.id == Deal.customer_id)
    )


def deal_rows(
    session: Session, actor: Actor, query: Select[*tuple[Any, ...]], today: date
) -> list[DealRow]:
    """The DealRows of `query` (a rows_query), only the actor's own for a consultant."""
    if sees_own_deals_only(actor):
        query = query.where(Deal.consultant_id == (actor.user_id or -1))
    if not erasure.sees_kept_records(actor):  # 已申请删除: only finance sees the deal (issue 14)
        query = query.where(Customer.erasure_requested_at.is_(None))
    rows = list(session.execute(query))
    names = cs.staff_names(session, (row.consultant_id for row in rows))
    following = _next_of(session, [_key(row) for row in rows])
    money = money_of(session, [row.id for row in rows], today)
    zero = (Decimal("0.00"), Decimal("0.00"))
    return [
        DealRow(
            id=row.id,
            project_name=row.project_name,
            unit_label=unit_label(row.building, row.stairwell, row.room),
            customer_id=row.customer_id,
            customer_name=row.customer_name or UNNAMED,
            buyer_name=row.buyer_name,
            consultant_name=names.get(row.consultant_id, "") if row.consultant_id else "",
            payment_method=PaymentMethod(row.payment_method),
            stage=Stage(row.stage),
            price=row.price,
            subscribed_at=row.subscribed_at,
            sign_deadline=row.sign_deadline,
            signed_at=row.signed_at,
            next_step=following[row.id][0],
            next_due=following[row.id][1],
            outstanding=money.get(row.id, zero)[0],
            overdue=money.get(row.id, zero)[1],
        )
        for row in rows
    ]


def list_deals(
    session: Session,
    actor: Actor,
    *,
    project_id: int | None = None,
    stage: Stage | None = None,
    text: str = "",
    unsigned_only: bool = False,
    now: datetime | None = None,
) -> list[DealRow]:
    """Deals, newest first; a consultant sees only the deals they sold."""
    actor.require(Action.VIEW_DEALS)
    query = rows_query().order_by(Deal.subscribed_at.desc(), Deal.id.desc())
    if project_id is not None:
        query = query.where(Deal.project_id == project_id)
    if stage is not None:
        query = query.where(Deal.stage == stage.value)
    if unsigned_only:
        query = query.where(Deal.stage == Stage.SUBSCRIBED.value, Deal.cancelled_at.is_(None))
    words = text.strip()
    if words:
        like = f"%{words}%"
        conditions: list[ColumnElement[bool]] = [
            Deal.buyer_name.like(like),
            Customer.name.like(like),
            Unit.room.like(like),
            Deal.contract_no.like(like),
            (Building.name + Unit.stairwell + Unit.room).like(like),
        ]
        query = query.where(or_(*conditions))
    return deal_rows(session, actor, query, office_today(session, now))


def unsigned(session: Session, actor: Actor, *, now: datetime | None = None) -> list[DealRow]:
    """认购未签约: subscribed, not cancelled, nearest signing deadline first."""
    rows = list_deals(session, actor, unsigned_only=True, now=now)
    return sorted(rows, key=lambda row: (row.sign_deadline, row.id))


# --- the deal page


def _step_lines(
    session: Session, deal: Deal, done: dict[Step, DealStep], users: dict[int, str]
) -> tuple[list[StepLine], Step | None]:
    zone = office_zone(session)
    method = PaymentMethod(deal.payment_method)
    following, due = next_step_due(
        method,
        {step: row.done_at.astimezone(zone).date() for step, row in done.items()},
        subscribed_on=deal.subscribed_at.astimezone(zone).date(),
        sign_deadline=deal.sign_deadline,
        cancelled=is_cancelled(deal.stage, deal.cancelled_at),
        days=step_days(get_settings(session)),
    )
    lines = []
    for step in steps_for(method):
        row = done.get(step)
        lines.append(
            StepLine(
                step=step,
                done_at=row.done_at if row else None,
                user_name=users.get(row.user_id, "") if row and row.user_id else "",
                note=row.note if row else "",
                due_on=due if step is following else None,
                is_next=step is following,
            )
        )
    return lines, following


def _actions(
    session: Session,
    actor: Actor,
    deal: Deal,
    following: Step | None,
    lines: list[InstallmentLine],
    receipts: list[ReceiptLine],
    touches: list[CareTouch],
) -> dict[DealAction, Permit]:
    site_pct = Decimal(str(get_setting(session, "deals.site_discount_pct")))
    live = [r for r in receipts if r.voided_at is None]
    facts = DealFacts(
        # The actions' one test of "live": a cancelled deal reads as 已取消 there.
        stage=Stage.CANCELLED if is_cancelled(deal.stage, deal.cancelled_at) else Stage(deal.stage),
        next_step=following,
        discount_status=DiscountStatus(deal.discount_status),
        special_discount=deal.special_discount,
        outstanding=sum((line.outstanding for line in lines), Decimal(0)),
        paid_beyond_deposit=any(
            line.paid > 0 for line in lines if line.nature is not Nature.DEPOSIT
        ),
        live_receipts=len(live),
        unconfirmed_receipts=sum(1 for r in live if r.confirmed_at is None),
        open_care=sum(1 for t in touches if t.done_at is None),
    )
    who = Who(
        can=frozenset(action for action in Action if actor.can(action)),
        roles=actor.roles,
        is_system=actor.is_system,
    )
    needed = discount_approver(deal.special_discount, deal.list_price, site_pct)
    return deal_actions(facts, who, discount_needs=needed, site_pct=site_pct)


def deal_detail(
    session: Session, actor: Actor, deal_id: int, *, now: datetime | None = None
) -> DealDetail:
    """Everything the deal window shows, with the actions the actor may take; audited as a
    view of the deal."""
    actor.require(Action.VIEW_DEALS)
    deal = lookups.deal(session, deal_id)
    require_own_deal(actor, deal.consultant_id)
    today = office_today(session, now)
    unit = lookups.unit(session, deal.unit_id)
    project = lookups.project(session, deal.project_id)
    customer = cs.get_customer(session, deal.customer_id)
    full_id = may_see_id(actor, customer.owner_id)
    done = done_steps(session, deal.id)
    users = cs.staff_names(
        session,
        [deal.consultant_id, deal.discount_approver_id, *(s.user_id for s in done.values())],
    )
    steps, following = _step_lines(session, deal, done, users)
    lines = installment_lines(session, deal, today)
    receipts = receipt_lines(session, Receipt.deal_id == deal.id)
    touches = list(
        session.scalars(
            select(CareTouch).where(CareTouch.deal_id == deal.id).order_by(CareTouch.seq)
        )
    )
    done_by = cs.staff_names(session, (t.done_by_id for t in touches))
    ticket_number = (
        session.scalar(select(QueueTicket.number).where(QueueTicket.id == deal.ticket_id))
        if deal.ticket_id
        else None
    )
    label = lookups.unit_label(session, unit)
    # On a PC without the ID key the full number is not shown, nor audited as seen.
    id_shown, opened = (
        displayed_id(session, deal.buyer_id_cipher, deal.buyer_id_masked)
        if full_id
        else (deal.buyer_id_masked, False)
    )
    audit.record(
        session,
        actor,
        "view",
        "deals",
        deal.id,
        f"查看交易 {label}（{deal.buyer_name}）" + ("，含完整证件号" if opened else ""),
    )
    address, address_masked = shown_address(actor, deal, owner_id=customer.owner_id)
    refunded, refund_confirmed = refunded_on_deal(session, deal.id)
    return DealDetail(
        id=deal.id,
        version=deal.version,
        project_id=project.id,
        project_name=project.name,
        unit_id=unit.id,
        unit_label=label,
        unit_layout=unit.layout,
        unit_area=unit.area,
        measured_area=unit.measured_area,
        customer_id=customer.id,
        customer_name=customer.name or UNNAMED,
        shown_phone=cs.shown_phone(actor, customer),
        buyer_name=deal.buyer_name,
        buyer_id_shown=id_shown,
        consultant_id=deal.consultant_id,
        consultant_name=users.get(deal.consultant_id, "") if deal.consultant_id else "",
        payment_method=PaymentMethod(deal.payment_method),
        stage=Stage(deal.stage),
        list_price=deal.list_price,
        standard_discount=deal.standard_discount,
        special_discount=deal.special_discount,
        discount_status=deal.discount_status,
        discount_reason=deal.discount_reason,
        discount_approver=users.get(deal.discount_approver_id, "")
        if deal.discount_approver_id
        else "",
        price=deal.price,
        filed_price=deal.filed_price,
        deposit=deal.deposit,
        subscribed_at=deal.subscribed_at,
        sign_deadline=deal.sign_deadline,
        penalty_per_10k=deal.penalty_per_10k,
        cancel_days=deal.cancel_days,
        contract_no=deal.contract_no,
        netsign_no=deal.netsign_no,
        signed_at=deal.signed_at,
        filed_on=deal.filed_on,
        area_settlement=deal.area_settlement,
        fees=deal.fees,
        delivered_at=deal.delivered_at,
        certified_at=deal.certified_at,
        cancelled_at=deal.cancelled_at,
        ticket_number=ticket_number,
        note=deal.note,
        steps=steps,
        next_step=following,
        installments=lines,
        receipts=receipts,
        care=[
            CareLine(
                id=t.id,
                seq=t.seq,
                due_at=t.due_at,
                text=t.text,
                done_at=t.done_at,
                done_by=done_by.get(t.done_by_id, "") if t.done_by_id else "",
            )
            for t in touches
        ],
        paid=sum((line.paid for line in lines), Decimal("0.00")),
        # A cancelled deal owes nothing any more (issue 17).
        outstanding=Decimal("0.00")
        if is_cancelled(deal.stage, deal.cancelled_at)
        else sum((line.outstanding for line in lines), Decimal("0.00")),
        advance=advance_of(receipts),
        refunded=refunded,
        refund_confirmed=refund_confirmed,
        actions=_actions(session, actor, deal, following, lines, receipts, touches),
        mailing_address=address,
        mailing_postcode=deal.mailing_postcode,
        address_masked=address_masked,
        may_edit_address=may_edit_address(actor, consultant_id=deal.consultant_id),
        penalty_clause_no=deal.penalty_clause_no,
        penalty_clause_text=deal.penalty_clause_text,
        terms=contract_terms(deal),
    )


def contract_terms(deal: Deal) -> ContractTerms:
    """The contract's terms recorded on the deal (issue 17): breach penalty, refund rate, area
    clause, title deadline, arbitration."""
    return ContractTerms(
        breach_base=BreachBase(deal.breach_base),
        breach_pct=deal.breach_pct,
        breach_clause_no=deal.breach_clause_no,
        refund_rate=deal.refund_rate,
        area_clause_pct=deal.area_clause_pct,
        title_due_on=deal.title_due_on,
        arbitration=bool(deal.arbitration),
    )


def reveal_buyer_id(session: Session, actor: Actor, deal_id: int) -> str:
    """The buyer's full ID number, for the secretary and finance (audited)."""
    actor.require(Action.VIEW_ID_NUMBERS)
    deal = lookups.deal(session, deal_id)
    number = open_id(session, deal.buyer_id_cipher)
    audit.record(
        session, actor, "view", "deals", deal.id, f"查看买受人{deal.buyer_name}的完整证件号"
    )
    return number


def deal_for_unit(session: Session, unit_id: int) -> int | None:
    """The unit's live deal, if any."""
    return session.scalar(
        select(Deal.id).where(Deal.unit_id == unit_id, Deal.cancelled_at.is_(None))
    )
