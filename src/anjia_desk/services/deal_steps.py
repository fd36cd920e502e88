"""A deal's path after 认购 (DOMAIN §5): 签约/网签, 备案 and the 按揭 steps, 交付 with the area
settlement, 办证; and what every deal write shares: a live deal, the step row, the unit's status
kept in step with its deal, the referrer's points.

Each form is checked first by its core.deal_forms validator; the order of the steps is
core.deal_rules.check_step_order. 认购 and the special discount are in services/deals.py.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from anjia_desk.core.deal_forms import (
    ContractTerms,
    DeliverForm,
    SignForm,
    StepForm,
    validate_deliver,
    validate_sign,
    validate_step,
)
from anjia_desk.core.deal_rules import check_step_order, is_cancelled, settle_area
from anjia_desk.core.deals import MORTGAGE_STEPS, DiscountStatus, Nature, PaymentMethod, Stage, Step
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.money import fen
from anjia_desk.core.plans import UNDATED, Anchor, due_from
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.db.models import Customer, Deal, DealStep, Installment, Unit
from anjia_desk.db.types import aware_utc
from anjia_desk.services import customer_state as cs
from anjia_desk.services import lookups
from anjia_desk.services.care import create_touches
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import done_steps
from anjia_desk.services.deal_views import DeliveryResult
from anjia_desk.services.settings import get_setting, office_today, office_zone
from anjia_desk.services.unit_status import set_unit_status

RACE_MESSAGE = "该房源刚被其他人认购"


# --- what every deal write shares


def require_live(deal: Deal) -> None:
    """UserError for a cancelled deal."""
    if is_cancelled(deal.stage, deal.cancelled_at):
        raise UserError("这笔交易已取消")


def sync_unit(session: Session, unit: Unit) -> None:
    """Bring the unit's status in step with its deal (services.units.set_unit_status, which also
    writes the row so its version moves on) and flush: a second PC acting on the same unit from
    a stale copy, or a second live deal for it, ends here as a ConflictError."""
    try:
        set_unit_status(session, unit)
        session.flush()
    except (IntegrityError, StaleDataError) as exc:
        raise ConflictError(RACE_MESSAGE) from exc


def add_step(
    session: Session, deal: Deal, step: Step, actor: Actor, at: datetime, note: str = ""
) -> None:
    """Record `step` done at `at` by `actor` (a note of at most 200 characters)."""
    session.add(
        DealStep(
            deal_id=deal.id,
            step=step.value,
            done_at=at,
            user_id=actor.user_id,
            note=clean_note(note)[:200],
        )
    )


def award_points(session: Session, actor: Actor, customer: Customer, key: str, note: str) -> None:
    """The referrer's points for a deal of the customer they referred (setting `key`)."""
    if customer.referrer_id is None:
        return
    points = int(str(get_setting(session, key)))
    if points > 0:
        cs.award_referral_points(
            session,
            actor,
            referrer_id=customer.referrer_id,
            referred_id=customer.id,
            points=points,
            kind="deal",
            note=note,
        )


# --- 签约 and the steps after it


def sign_contract(
    session: Session,
    actor: Actor,
    deal_id: int,
    *,
    contract_no: str,
    netsign_no: str,
    terms: ContractTerms | None = None,
    version: int,
    now: datetime | None = None,
) -> None:
    """签约/网签: the contract and 网签 numbers, and the contract's terms as signed (`terms`;
    None keeps those recorded at 认购); the installments counted from 签约 get their dates
    (core.plans); care touches and referral points follow."""
    actor.require(Action.SIGN_CONTRACTS)
    deal = lookups.deal(session, deal_id, version)
    require_live(deal)
    if deal.stage != Stage.SUBSCRIBED.value:
        raise UserError(f"这笔交易{Stage(deal.stage).label}，不能再签约")
    if deal.discount_status == DiscountStatus.PENDING.value:
        raise UserError("特批折扣尚未审批，审批后才能签约")
    today = office_today(session, now)
    form = SignForm(contract_no=contract_no, netsign_no=netsign_no, terms=terms)
    errors = validate_sign(form, signed_on=today)
    if errors:
        raise ValidationError(errors)
    # A subscribed deal has 签约 next whatever its payment method (core.deal_rules.steps_for).
    moment = aware_utc(now)
    deal.contract_no = contract_no.strip()[:40]
    deal.netsign_no = netsign_no.strip()[:40]
    if terms is not None:
        write_terms(deal, terms)
    deal.signed_at = moment
    deal.stage = Stage.SIGNED
    add_step(session, deal, Step.SIGN, actor, moment)
    date_signing_installments(session, deal, today)
    sync_unit(session, lookups.unit(session, deal.unit_id))
    create_touches(session, deal, signed_at=moment)
    customer = cs.get_customer(session, deal.customer_id)
    award_points(
        session, actor, customer, "referral.points_sign", f"被推荐人签约 合同{deal.contract_no}"
    )
    session.flush()


def write_terms(deal: Deal, terms: ContractTerms) -> None:
    """Record the contract's terms on the deal (issue 17; checked by core.deal_forms)."""
    deal.breach_base = terms.breach_base
    deal.breach_pct = terms.breach_pct
    deal.breach_clause_no = clean_note(terms.breach_clause_no)[:20]
    deal.refund_rate = terms.refund_rate
    deal.area_clause_pct = terms.area_clause_pct
    deal.title_due_on = terms.title_due_on
    deal.arbitration = terms.arbitration


def date_signing_installments(session: Session, deal: Deal, signed_on: date) -> None:
    """The installments counted from 签约 get their date: the sign date + their days (the change
    of each due date is audited with the row)."""
    rows = session.scalars(
        select(Installment).where(
            Installment.deal_id == deal.id,
            Installment.due_anchor == Anchor.SIGN.value,
            Installment.due_on == UNDATED,
        )
    )
    for row in rows:
        row.due_on = due_from(
            Anchor.SIGN, row.due_days or 0, subscribed_on=signed_on, signed_on=signed_on
        )


def _step_action(step: Step) -> Action:
    return Action.MORTGAGE_STEPS if step in MORTGAGE_STEPS else Action.SIGN_CONTRACTS


def _check_order(session: Session, deal: Deal, step: Step) -> None:
    problem = check_step_order(
        PaymentMethod(deal.payment_method), set(done_steps(session, deal.id)), step
    )
    if problem is not None:
        raise UserError(problem)


def complete_step(
    session: Session,
    actor: Actor,
    deal_id: int,
    step: Step,
    *,
    on: date | None = None,
    note: str = "",
    version: int,
    now: datetime | None = None,
) -> None:
    """备案, the 按揭 steps (the mortgage officer) and 办证, in their order. A past `on` date
    records a step done earlier (补录, at 12:00 that day)."""
    actor.require(_step_action(step))
    if step in (Step.SUBSCRIBE, Step.SIGN, Step.DELIVER):
        raise UserError(f"“{step.label}”请在对应的窗口办理")
    deal = lookups.deal(session, deal_id, version)
    require_live(deal)
    _check_order(session, deal, step)
    today = office_today(session, now)
    errors = validate_step(StepForm(step=step, on=on, note=note), today=today)
    if errors:
        raise ValidationError(errors)
    if on is not None and on < today:
        at = aware_utc(datetime.combine(on, time(12), tzinfo=office_zone(session)))
    else:
        at = aware_utc(now)
    add_step(session, deal, step, actor, at, note)
    if step is Step.FILE:
        deal.filed_on = on or today
    elif step is Step.CERTIFICATE:
        deal.stage = Stage.CERTIFIED
        deal.certified_at = at
    else:
        flag_modified(deal, "stage")  # a mortgage step moves the deal's version on too
    session.flush()


def deliver(
    session: Session,
    actor: Actor,
    deal_id: int,
    *,
    measured_area: Decimal,
    fees: Decimal,
    version: int,
    now: datetime | None = None,
) -> DeliveryResult:
    """交付: the measured area settles the price (补差款 to pay, or money to return), fees
    collected on behalf become an installment due today."""
    actor.require(Action.SIGN_CONTRACTS)
    deal = lookups.deal(session, deal_id, version)
    require_live(deal)
    _check_order(session, deal, Step.DELIVER)
    errors = validate_deliver(DeliverForm(measured_area=measured_area, fees=fees))
    if errors:
        raise ValidationError(errors)
    unit = lookups.unit(session, deal.unit_id)
    settlement = settle_area(price=deal.price, predicted=unit.area, measured=measured_area)
    today = office_today(session, now)
    moment = aware_utc(now)
    unit.measured_area = measured_area
    deal.area_settlement = settlement.amount
    deal.fees = fen(fees)
    seq = int(
        session.scalar(select(func.max(Installment.seq)).where(Installment.deal_id == deal.id)) or 0
    )
    if settlement.amount > 0:
        seq += 1
        session.add(
            Installment(
                deal_id=deal.id,
                seq=seq,
                nature=Nature.AREA.value,
                name="补差款",
                due_on=today + timedelta(days=int(get_setting(session, "deals.area_due_days"))),
                amount=settlement.amount,
                paid=Decimal(0),
            )
        )
    if deal.fees > 0:
        seq += 1
        session.add(
            Installment(
                deal_id=deal.id,
                seq=seq,
                nature=Nature.FEES.value,
                name="代收费用",
                due_on=today,
                amount=deal.fees,
                paid=Decimal(0),
            )
        )
    deal.stage = Stage.DELIVERED
    deal.delivered_at = moment
    add_step(session, deal, Step.DELIVER, actor, moment, settlement.explanation)
    sync_unit(session, unit)
    return DeliveryResult(
        ratio=settlement.ratio,
        amount=settlement.amount,
        buyer_may_cancel=settlement.buyer_may_cancel,
        explanation=settlement.explanation,
    )
