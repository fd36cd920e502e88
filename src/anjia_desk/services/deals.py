"""Deals (DOMAIN §5): 认筹 queue tickets, 认购, special-discount approval, 签约, the steps to
办证 (按揭, 备案, 交付 with the area settlement) and the deal lists and page.

Every change of a deal also sets its unit's status (and so bumps the unit's version): two PCs
racing for one unit collide on the unit row or on the one-live-deal-per-unit index, and the
second gets a ConflictError. The rules themselves are in core.deal_rules and core.money.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.deal_rules import (
    check_step_order,
    deal_price,
    deposit_cap,
    discount_approver,
    may_approve,
    next_step,
    price_problems,
    settle_area,
    standard_discount,
    step_due,
    steps_for,
)
from anjia_desk.core.deals import (
    MORTGAGE_STEPS,
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
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from anjia_desk.core.identity import normalise_id_number
from anjia_desk.core.money import (
    accrued_penalty,
    build_plan,
    days_overdue,
    fen,
    is_overdue,
    loan_late,
)
from anjia_desk.core.plans import parse_plan
from anjia_desk.core.roles import PERMISSIONS, Action, Role
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
    UnitHold,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services import customer_state as cs
from anjia_desk.services.care import create_touches
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import (
    CareLine,
    DealDetail,
    DealRow,
    DeliveryResult,
    InstallmentLine,
    PriceQuote,
    StepLine,
    SubscribeRequest,
)
from anjia_desk.services.identity import open_id, seal_id
from anjia_desk.services.settings import get_setting, office_today, office_zone
from anjia_desk.services.units import EXPIRED_REASON, release_expired, set_unit_status

_SELLERS = frozenset({Role.CONSULTANT, Role.SENIOR_CONSULTANT})
RACE_MESSAGE = "该房源刚被其他人认购"
#: The 补差款 is due this many days after 交付.
AREA_DUE_DAYS = 30


# --- small helpers


def _now(now: datetime | None) -> datetime:
    return aware_utc(now)


def _yuan(value: Decimal) -> str:
    return f"{fen(value):,.2f}"


def _decimal_setting(session: Session, key: str) -> Decimal:
    return Decimal(str(get_setting(session, key)))


def _int_setting(session: Session, key: str) -> int:
    return int(str(get_setting(session, key)))


def _project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(f"项目 {project_id} 不存在")
    return project


def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFound(f"房源 {unit_id} 不存在")
    return unit


def _deal(session: Session, deal_id: int, version: int | None = None) -> Deal:
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise NotFound(f"交易 {deal_id} 不存在")
    if version is not None and deal.version != version:
        raise ConflictError("这笔交易刚被其他人修改过，请刷新后重试")
    return deal


def _live(deal: Deal) -> None:
    if deal.cancelled_at is not None or deal.stage == Stage.CANCELLED.value:
        raise UserError("这笔交易已取消")


def _require_permit(project: Project, today: date, what: str) -> None:
    if project.permit_date is None:
        raise UserError(f"项目“{project.name}”尚未录入预售许可日期，不能{what}")
    if today < project.permit_date:
        raise UserError(f"预售许可日期（{project.permit_date.isoformat()}）之前不能{what}")


def _sync_unit(session: Session, unit: Unit) -> None:
    """Bring the unit's status in step with its deal (services.units.set_unit_status, which also
    writes the row so its version moves on) and flush: a second PC acting on the same unit from
    a stale copy, or a second live deal for it, ends here as a ConflictError."""
    try:
        set_unit_status(session, unit)
        session.flush()
    except (IntegrityError, StaleDataError) as exc:
        raise ConflictError(RACE_MESSAGE) from exc


def _unit_label(building: str, stairwell: str, room: str) -> str:
    return f"{building}{stairwell}{room}"


def _done_steps(session: Session, deal_id: int) -> dict[Step, DealStep]:
    rows = session.scalars(select(DealStep).where(DealStep.deal_id == deal_id))
    return {Step(row.step): row for row in rows}


def _add_step(
    session: Session, deal: Deal, step: Step, actor: Actor, at: datetime, note: str = ""
) -> None:
    session.add(
        DealStep(
            deal_id=deal.id,
            step=step.value,
            done_at=at,
            user_id=actor.user_id,
            note=note.strip()[:200],
        )
    )


def _award(session: Session, actor: Actor, customer: Customer, key: str, note: str) -> None:
    if customer.referrer_id is None:
        return
    points = _int_setting(session, key)
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


def require_own_deal(actor: Actor, consultant_id: int | None) -> None:
    """A consultant (with no other viewing role) reaches only the deals they sold."""
    if sees_own_deals_only(actor) and consultant_id != actor.user_id:
        raise PermissionDenied("这笔交易不是您经手的，只能查看自己的交易")


def sees_own_deals_only(actor: Actor) -> bool:
    """A consultant sees the deals they sold, unless another role of theirs shows them all."""
    if actor.is_system or not (actor.roles & _SELLERS):
        return False
    return not ((actor.roles - _SELLERS) & PERMISSIONS[Action.VIEW_DEALS])


# --- 认筹 / 排号


# shim: removed when issue 12 is integrated — 认筹 tickets moved to services.tickets
from anjia_desk.services.tickets import issue_ticket as issue_ticket  # noqa: E402
from anjia_desk.services.tickets import list_tickets as list_tickets  # noqa: E402
from anjia_desk.services.tickets import received_on_ticket as _received_on_ticket  # noqa: E402
from anjia_desk.services.tickets import void_ticket as void_ticket  # noqa: E402

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
    unit = _unit(session, unit_id)
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
    session: Session, unit: Unit, request: SubscribeRequest, moment: datetime
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
    if not mine:
        raise UserError("该房源已被锁定或保留给其他客户，不能认购")
    if hold.expires_at is not None and hold.expires_at <= moment:
        raise UserError("该房源的锁定已到期，请重新锁定后再认购")
    return hold


def _ticket_to_convert(
    session: Session, request: SubscribeRequest, project_id: int
) -> tuple[QueueTicket | None, list[Receipt]]:
    if request.ticket_id is None:
        return None, []
    ticket = session.get(QueueTicket, request.ticket_id)
    if ticket is None:
        raise NotFound(f"排号 {request.ticket_id} 不存在")
    if ticket.project_id != project_id or ticket.customer_id != request.customer_id:
        raise UserError(f"第 {ticket.number} 号不是该客户在本项目的排号")
    if ticket.status != TicketStatus.ACTIVE.value:
        raise UserError(f"第 {ticket.number} 号已{TicketStatus(ticket.status).label}，不能转定金")
    return ticket, _received_on_ticket(session, ticket.id)


def subscribe(
    session: Session, actor: Actor, request: SubscribeRequest, *, now: datetime | None = None
) -> int:
    """认购: a deal for the unit, its payment plan, the 认购 step; returns the deal id."""
    actor.require(Action.SUBSCRIBE)
    release_expired(session, now=now)  # a hold whose time is up no longer blocks
    moment = _now(now)
    today = office_today(session, now)
    unit = _unit(session, request.unit_id)
    building = session.get(Building, unit.building_id)
    assert building is not None
    project = _project(session, building.project_id)
    _require_permit(project, today, "认购")
    customer = cs.get_customer(session, request.customer_id)
    if customer.anonymised_at is not None:
        raise UserError("这位客户的个人信息已删除（匿名化），不能认购")
    if (
        sees_own_deals_only(actor)
        and customer.owner_id is not None
        and customer.owner_id != actor.user_id
    ):
        raise PermissionDenied(f"客户“{customer.name or UNNAMED}”不归您跟进，不能为其办理认购")
    hold = _hold_to_convert(session, unit, request, moment)
    if hold is not None and hold.kind == HoldKind.CHOICE.value and hold.ticket_id is not None:
        # A unit chosen at 开盘选房 is bought with the queue number that chose it: its 认筹金
        # becomes the 定金, and the number cannot choose again nor be refunded.
        if request.ticket_id not in (None, hold.ticket_id):
            raise ValidationError({"ticket": "该房源是用另一个排号选定的，请选择那个排号"})
        request = dataclasses.replace(request, ticket_id=hold.ticket_id)
    ticket, queue_receipts = _ticket_to_convert(session, request, project.id)

    errors: dict[str, str] = {}
    buyer_name = request.buyer_name.strip()
    if not buyer_name:
        errors["buyer_name"] = "请填写买受人姓名"
    number = ""
    try:
        number = normalise_id_number(request.buyer_id_number)
    except ValueError as exc:
        errors["buyer_id_number"] = str(exc)
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
        errors["deposit"] = f"定金不能少于已收的认筹金（{_yuan(received)}元）"
    if errors:
        raise ValidationError(errors)

    cipher, masked = seal_id(session, number)
    consultant_id = customer.owner_id
    if consultant_id is None and actor.roles & _SELLERS:
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
        discount_reason=request.discount_reason.strip()[:200],
        price=price,
        filed_price=unit.filed_price,
        deposit=deposit,
        subscribed_at=moment,
        sign_deadline=today + timedelta(days=_int_setting(session, "deals.sign_days")),
        penalty_per_10k=_decimal_setting(session, "deals.penalty_per_10k"),
        cancel_days=_int_setting(session, "deals.cancel_days"),
        stage=Stage.SUBSCRIBED.value,
        note=request.note.strip(),
    )
    session.add(deal)
    if hold is not None:
        hold.released_at = moment
        hold.release_reason = "转认购"
    _sync_unit(session, unit)

    template = str(get_setting(session, f"deals.plan.{method.value}"))
    plan = build_plan(price=price, deposit=deposit, subscribed_on=today, items=parse_plan(template))
    installments = [
        Installment(
            deal_id=deal.id,
            seq=item.seq,
            nature=item.nature.value,
            name=item.name,
            due_on=item.due_on,
            amount=item.amount,
            paid=Decimal(0),
        )
        for item in plan
    ]
    session.add_all(installments)
    _add_step(session, deal, Step.SUBSCRIBE, actor, moment)
    session.flush()

    if ticket is not None:
        first = installments[0]  # 定金
        for receipt in queue_receipts:
            receipt.deal_id = deal.id
            receipt.installment_id = first.id
        first.paid = received
        if received >= first.amount:
            first.settled_on = max(r.paid_on for r in queue_receipts)
        ticket.status = TicketStatus.CONVERTED.value
        ticket.deal_id = deal.id
        ticket.closed_at = moment
        ticket.closed_by_id = actor.user_id
    customer.risk_monitoring = True
    label = _unit_label(building.name, unit.stairwell, unit.room)
    _award(session, actor, customer, "referral.points_subscribe", f"被推荐人认购 {label}")
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
    deal = _deal(session, deal_id, version)
    _live(deal)
    if deal.discount_status != DiscountStatus.PENDING.value:
        raise UserError("这笔交易没有待审批的特批优惠")
    site_pct = _decimal_setting(session, "deals.site_discount_pct")
    needed = discount_approver(deal.special_discount, deal.list_price, site_pct)
    assert needed is not None  # a pending discount is > 0
    if not (actor.is_system or may_approve(actor.roles, needed)):
        raise PermissionDenied(
            f"特批优惠 {_yuan(deal.special_discount)}元 超过表价的 {site_pct}%，"
            f"须由{needed.label}审批"
        )
    moment = _now(now)
    deal.discount_approver_id = actor.user_id
    deal.discount_decided_at = moment
    if approve:
        deal.discount_status = DiscountStatus.APPROVED.value
        session.flush()
        return
    installments = list(
        session.scalars(
            select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
        )
    )
    if any(i.paid > 0 for i in installments if i.nature != Nature.DEPOSIT.value):
        raise UserError("已收到定金以外的房款，不能驳回特批优惠，请走变更流程")
    deal.discount_status = DiscountStatus.REJECTED.value
    deal.special_discount = Decimal("0.00")
    deal.price = deal_price(deal.list_price, deal.standard_discount, Decimal(0))
    if reason.strip():
        deal.note = (deal.note + "\n" if deal.note else "") + f"特批优惠被驳回：{reason.strip()}"
    subscribed_on = deal.subscribed_at.astimezone(office_zone(session)).date()
    method = PaymentMethod(deal.payment_method)
    template = str(get_setting(session, f"deals.plan.{method.value}"))
    plan = build_plan(
        price=deal.price,
        deposit=deal.deposit,
        subscribed_on=subscribed_on,
        items=parse_plan(template),
    )
    # Rebuilt in place: a row a receipt ever pointed to (a voided one too) stays, with the new
    # figures; only rows no receipt names may go.
    by_seq = {i.seq: i for i in installments[1:]}
    for item in plan[1:]:
        row = by_seq.pop(item.seq, None)
        if row is None:
            row = Installment(deal_id=deal.id, seq=item.seq, paid=Decimal(0))
            session.add(row)
        row.nature, row.name = item.nature.value, item.name
        row.due_on, row.amount = item.due_on, item.amount
    surplus = [row.id for row in by_seq.values()]
    if surplus and session.scalar(
        select(func.count(Receipt.id)).where(Receipt.installment_id.in_(surplus))
    ):
        raise UserError("该交易的付款节点已有收据记录（含作废），不能驳回特批优惠，请走变更流程")
    for row in by_seq.values():
        session.delete(row)
    audit.record(session, actor, "reject", "deals", deal.id, "驳回特批优惠", reason or None)
    session.flush()


# --- 签约 and the steps after it


def sign_contract(
    session: Session,
    actor: Actor,
    deal_id: int,
    *,
    contract_no: str,
    netsign_no: str,
    version: int,
    now: datetime | None = None,
) -> None:
    """签约/网签: the contract and 网签 numbers; care touches and referral points follow."""
    actor.require(Action.SIGN_CONTRACTS)
    deal = _deal(session, deal_id, version)
    _live(deal)
    if deal.stage != Stage.SUBSCRIBED.value:
        raise UserError(f"这笔交易{Stage(deal.stage).label}，不能再签约")
    if deal.discount_status == DiscountStatus.PENDING.value:
        raise UserError("特批折扣尚未审批，审批后才能签约")
    errors: dict[str, str] = {}
    if not contract_no.strip():
        errors["contract_no"] = "请填写合同编号"
    if not netsign_no.strip():
        errors["netsign_no"] = "请填写网签编号"
    if errors:
        raise ValidationError(errors)
    # A subscribed deal has 签约 next whatever its payment method (core.deal_rules.steps_for).
    moment = _now(now)
    deal.contract_no = contract_no.strip()[:40]
    deal.netsign_no = netsign_no.strip()[:40]
    deal.signed_at = moment
    deal.stage = Stage.SIGNED.value
    _add_step(session, deal, Step.SIGN, actor, moment)
    _sync_unit(session, _unit(session, deal.unit_id))
    create_touches(session, deal, signed_at=moment)
    customer = cs.get_customer(session, deal.customer_id)
    _award(session, actor, customer, "referral.points_sign", f"被推荐人签约 合同{deal.contract_no}")
    session.flush()


def _step_action(step: Step) -> Action:
    return Action.MORTGAGE_STEPS if step in MORTGAGE_STEPS else Action.SIGN_CONTRACTS


def _check_order(session: Session, deal: Deal, step: Step) -> None:
    problem = check_step_order(
        PaymentMethod(deal.payment_method), set(_done_steps(session, deal.id)), step
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
    deal = _deal(session, deal_id, version)
    _live(deal)
    _check_order(session, deal, step)
    today = office_today(session, now)
    if on is not None and on > today:
        raise ValidationError({"on": "完成日期不能晚于今天"})
    if on is not None and on < today:
        at = aware_utc(datetime.combine(on, time(12), tzinfo=office_zone(session)))
    else:
        at = _now(now)
    _add_step(session, deal, step, actor, at, note)
    if step is Step.FILE:
        deal.filed_on = on or today
    elif step is Step.CERTIFICATE:
        deal.stage = Stage.CERTIFIED.value
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
    deal = _deal(session, deal_id, version)
    _live(deal)
    _check_order(session, deal, Step.DELIVER)
    errors: dict[str, str] = {}
    if measured_area <= 0:
        errors["measured_area"] = "实测面积须大于0"
    if fees < 0:
        errors["fees"] = "代收费用不能为负"
    if errors:
        raise ValidationError(errors)
    unit = _unit(session, deal.unit_id)
    settlement = settle_area(price=deal.price, predicted=unit.area, measured=measured_area)
    today = office_today(session, now)
    moment = _now(now)
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
                due_on=today + timedelta(days=AREA_DUE_DAYS),
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
    deal.stage = Stage.DELIVERED.value
    deal.delivered_at = moment
    _add_step(session, deal, Step.DELIVER, actor, moment, settlement.explanation)
    _sync_unit(session, unit)
    return DeliveryResult(
        ratio=settlement.ratio,
        amount=settlement.amount,
        buyer_may_cancel=settlement.buyer_may_cancel,
        explanation=settlement.explanation,
    )


# --- lists and the deal page


def _rows_query() -> Select[*tuple[Any, ...]]:
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
        )
        .join(Project, Project.id == Deal.project_id)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Customer, Customer.id == Deal.customer_id)
    )


def _next_steps(session: Session, rows: list[Any]) -> dict[int, tuple[Step | None, date | None]]:
    """Each deal's next step and its due date, from one query of the steps done."""
    zone = office_zone(session)
    done: dict[int, dict[Step, datetime]] = defaultdict(dict)
    ids = [row.id for row in rows]
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for deal_id, step, done_at in session.execute(
            select(DealStep.deal_id, DealStep.step, DealStep.done_at).where(
                DealStep.deal_id.in_(chunk)
            )
        ):
            done[deal_id][Step(step)] = done_at
    result: dict[int, tuple[Step | None, date | None]] = {}
    for row in rows:
        steps = done[row.id]
        method = PaymentMethod(row.payment_method)
        following = next_step(method, steps) if row.stage != Stage.CANCELLED.value else None
        due = None
        if following is not None:
            order = steps_for(method)
            previous = order[order.index(following) - 1]
            previous_at = steps.get(previous) or max(steps.values(), default=row.subscribed_at)
            due = step_due(
                following,
                previous_done_on=previous_at.astimezone(zone).date(),
                sign_deadline=row.sign_deadline,
            )
        result[row.id] = (following, due)
    return result


def _money_of(session: Session, ids: list[int], today: date) -> dict[int, tuple[Decimal, Decimal]]:
    """(outstanding, overdue) per deal, from one query of the installments."""
    totals: dict[int, tuple[Decimal, Decimal]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for deal_id, nature, due_on, amount, paid in session.execute(
            select(
                Installment.deal_id,
                Installment.nature,
                Installment.due_on,
                Installment.amount,
                Installment.paid,
            ).where(Installment.deal_id.in_(chunk), Installment.amount > Installment.paid)
        ):
            outstanding, overdue = totals.get(deal_id, (Decimal(0), Decimal(0)))
            left = amount - paid
            late = is_overdue(nature=Nature(nature), outstanding=left, due_on=due_on, today=today)
            totals[deal_id] = (outstanding + left, overdue + (left if late else Decimal(0)))
    return totals


def _deal_rows(
    session: Session, actor: Actor, query: Select[*tuple[Any, ...]], today: date
) -> list[DealRow]:
    if sees_own_deals_only(actor):
        query = query.where(Deal.consultant_id == (actor.user_id or -1))
    rows = list(session.execute(query))
    names = cs.staff_names(session, (row.consultant_id for row in rows))
    following = _next_steps(session, rows)
    money = _money_of(session, [row.id for row in rows], today)
    zero = (Decimal("0.00"), Decimal("0.00"))
    return [
        DealRow(
            id=row.id,
            project_name=row.project_name,
            unit_label=_unit_label(row.building, row.stairwell, row.room),
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
    query = _rows_query().order_by(Deal.subscribed_at.desc(), Deal.id.desc())
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
    return _deal_rows(session, actor, query, office_today(session, now))


def unsigned(session: Session, actor: Actor, *, now: datetime | None = None) -> list[DealRow]:
    """认购未签约: subscribed, not cancelled, nearest signing deadline first."""
    rows = list_deals(session, actor, unsigned_only=True, now=now)
    return sorted(rows, key=lambda row: (row.sign_deadline, row.id))


def may_see_id(actor: Actor, customer_owner_id: int | None) -> bool:
    """The full ID number: the secretary and finance, and the customer's owner."""
    if actor.can(Action.VIEW_ID_NUMBERS):
        return True
    return actor.user_id is not None and customer_owner_id == actor.user_id


def _installment_lines(session: Session, deal: Deal, today: date) -> list[InstallmentLine]:
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
                due_on=item.due_on,
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
                if nature is not Nature.LOAN
                else Decimal("0.00"),
                version=item.version,
            )
        )
    return lines


def deal_detail(
    session: Session, actor: Actor, deal_id: int, *, now: datetime | None = None
) -> DealDetail:
    """Everything the deal window shows; audited as a view of the deal."""
    actor.require(Action.VIEW_DEALS)
    deal = _deal(session, deal_id)
    require_own_deal(actor, deal.consultant_id)
    today = office_today(session, now)
    zone = office_zone(session)
    unit = _unit(session, deal.unit_id)
    building = session.get(Building, unit.building_id)
    project = _project(session, deal.project_id)
    customer = cs.get_customer(session, deal.customer_id)
    assert building is not None
    full_id = may_see_id(actor, customer.owner_id)
    done = _done_steps(session, deal.id)
    method = PaymentMethod(deal.payment_method)
    live = deal.cancelled_at is None and deal.stage != Stage.CANCELLED.value
    following = next_step(method, done) if live else None
    users = cs.staff_names(
        session,
        [deal.consultant_id, deal.discount_approver_id, *(s.user_id for s in done.values())],
    )
    steps: list[StepLine] = []
    order = steps_for(method)
    for index, step in enumerate(order):
        row = done.get(step)
        due = None
        if step is following and index > 0:
            previous = done.get(order[index - 1])
            previous_on = (previous.done_at if previous else deal.subscribed_at).astimezone(zone)
            due = step_due(
                step, previous_done_on=previous_on.date(), sign_deadline=deal.sign_deadline
            )
        steps.append(
            StepLine(
                step=step,
                done_at=row.done_at if row else None,
                user_name=users.get(row.user_id, "") if row and row.user_id else "",
                note=row.note if row else "",
                due_on=due,
                is_next=step is following,
            )
        )
    lines = _installment_lines(session, deal, today)
    from anjia_desk.services.payments import receipt_lines

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
    label = _unit_label(building.name, unit.stairwell, unit.room)
    audit.record(
        session,
        actor,
        "view",
        "deals",
        deal.id,
        f"查看交易 {label}（{deal.buyer_name}）" + ("，含完整证件号" if full_id else ""),
    )
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
        buyer_id_shown=open_id(session, deal.buyer_id_cipher) if full_id else deal.buyer_id_masked,
        consultant_id=deal.consultant_id,
        consultant_name=users.get(deal.consultant_id, "") if deal.consultant_id else "",
        payment_method=method,
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
        outstanding=sum((line.outstanding for line in lines), Decimal("0.00")),
    )


def reveal_buyer_id(session: Session, actor: Actor, deal_id: int) -> str:
    """The buyer's full ID number, for the secretary and finance (audited)."""
    actor.require(Action.VIEW_ID_NUMBERS)
    deal = _deal(session, deal_id)
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
