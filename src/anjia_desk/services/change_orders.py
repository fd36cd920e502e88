"""Change orders (DOMAIN §8, issue 17), the path to a decision: the buyer's written request,
the retention talk (never led by the deal's seller), the site manager's review, the marketing
head's and finance's approvals, a rejection or a withdrawal, the adjusted figure and legal's
confirmation of a ground. What follows the approval (the steps after 签约, the execution, the
archive, the brief) is services/change_execute.py; the money is services/change_money.py.

Every order is numbered per project (BG-000123, services.numbering: gap-free with several
writers). Changes of an order are written with its version: two PCs acting on one order from the
same screen collide, and the second is told to refresh.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import (
    SELLER_REFUSED,
    OrderWho,
    approval_sides,
    reject_refusal,
)
from anjia_desk.core.change_forms import (
    AdjustForm,
    RequestForm,
    TalkForm,
    validate_adjust,
    validate_request,
    validate_talk,
)
from anjia_desk.core.changes import (
    AREA_REFUND_DAYS,
    OPEN_STATUSES,
    ChangeKind,
    ChangeStatus,
    Fault,
    Ground,
    GroundFacts,
    TalkOutcome,
    change_code,
    check_ground,
    within_early_hours,
)
from anjia_desk.core.deal_rules import is_cancelled
from anjia_desk.core.deals import Stage
from anjia_desk.core.errors import ConflictError, PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.db.conflicts import conflict_message
from anjia_desk.db.models import ChangeOrder, Deal, Installment, Unit
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit, lookups
from anjia_desk.services.change_money import money_table
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import require_own_deal, sees_own_deals_only
from anjia_desk.services.numbering import next_number
from anjia_desk.services.settings import office_today, office_zone

REASON_MAX = 200


def get_order(session: Session, order_id: int, version: int | None = None) -> ChangeOrder:
    """The order; ConflictError when `version` is given and someone saved it since."""
    order = lookups.get(session, ChangeOrder, order_id)
    if version is not None and order.version != version:
        raise ConflictError(conflict_message(session, order, version, "请刷新后重试"))
    return order


def who_of(actor: Actor, deal: Deal) -> OrderWho:
    return OrderWho(
        can=frozenset(a for a in Action if actor.can(a)),
        roles=actor.roles,
        is_system=actor.is_system,
        is_seller=deal.consultant_id is not None and deal.consultant_id == actor.user_id,
    )


def order_scope(actor: Actor) -> list[ColumnElement[bool]]:
    """The orders a person sees: all; or, for a consultant, those of the deals they sold — and
    for a senior consultant also the talks waiting for a leader and those they led (they may
    never lead their own deal's)."""
    if not sees_own_deals_only(actor):
        return []
    mine = Deal.consultant_id == actor.user_id
    if actor.can(Action.LEAD_RETENTION):
        talks = or_(
            ChangeOrder.status == ChangeStatus.TALK.value, ChangeOrder.leader_id == actor.user_id
        )
        return [or_(mine, talks)]
    return [mine]


def require_order_access(actor: Actor, order: ChangeOrder, deal: Deal) -> None:
    """PermissionDenied for an order outside `order_scope`."""
    if not sees_own_deals_only(actor) or deal.consultant_id == actor.user_id:
        return
    if actor.can(Action.LEAD_RETENTION) and (
        order.status == ChangeStatus.TALK or order.leader_id == actor.user_id
    ):
        return
    raise PermissionDenied("这笔交易不是您经手的，只能查看自己的交易和等待洽谈的变更单")


def _reason(reason: str, what: str = "原因") -> str:
    text = clean_note(reason)
    if not text:
        raise ValidationError({"reason": f"请填写{what}"})
    if len(text) > REASON_MAX:
        raise ValidationError({"reason": f"{what}不能超过{REASON_MAX}个字"})
    return text


def _require_status(order: ChangeOrder, *wanted: ChangeStatus) -> None:
    if order.status not in wanted:
        raise UserError(
            f"变更单 {change_code(order.number)} {ChangeStatus(order.status).label}，不能办理此项"
        )


def _signed(deal: Deal) -> bool:
    return deal.signed_at is not None


def _tags(tags: tuple[str, ...]) -> str:
    seen: list[str] = []
    for tag in tags:
        word = clean_name(tag)
        if word and word not in seen:
            seen.append(word)
    return json.dumps(seen, ensure_ascii=False)


def order_tags(order: ChangeOrder) -> tuple[str, ...]:
    return tuple(json.loads(order.tags or "[]"))


# -- what the app knows of a ground ------------------------------------------------------------


def ground_facts(session: Session, deal: Deal, today: date) -> GroundFacts:
    """What bears on a ground, from the deal, its unit and its formal demands."""
    from anjia_desk.services.dunning_deal import demand_lines

    unit = session.get(Unit, deal.unit_id)
    demands = [d for d in demand_lines(session, today, deal_ids=[deal.id]) if d.open]
    may_cancel: date | None = None
    lapses: date | None = None
    if demands:
        may_cancel = min(d.dates.may_cancel_from for d in demands)
        lapses = max(d.dates.decide_by for d in demands)
    else:
        first_overdue = session.scalar(
            select(Installment.due_on)
            .where(
                Installment.deal_id == deal.id,
                Installment.paid < Installment.amount,
                Installment.due_on < today,
            )
            .order_by(Installment.due_on)
            .limit(1)
        )
        if first_overdue is not None:
            may_cancel = first_overdue + timedelta(days=deal.cancel_days)
    return GroundFacts(
        today=today,
        predicted_area=unit.area if unit is not None else None,
        measured_area=unit.measured_area if unit is not None else None,
        area_clause_pct=deal.area_clause_pct,
        title_due_on=deal.title_due_on,
        certified=deal.certified_at is not None,
        may_cancel_from=may_cancel,
        right_lapses_on=lapses,
    )


def check_order_ground(session: Session, order: ChangeOrder, deal: Deal, today: date) -> bool:
    """Check the order's ground again (its text kept on the order); True when the app finds
    it met. No ground: True."""
    if order.ground is None:
        return True
    met, words = check_ground(Ground(order.ground), ground_facts(session, deal, today))
    order.ground_check = ("符合：" if met else "不符合：" if met is False else "待核实：") + words
    return bool(met)


# -- the request -------------------------------------------------------------------------------


def open_order_of(session: Session, deal_id: int) -> ChangeOrder | None:
    return session.scalar(
        select(ChangeOrder).where(
            ChangeOrder.deal_id == deal_id,
            ChangeOrder.status.in_([s.value for s in OPEN_STATUSES]),
        )
    )


def _check_kind(kind: ChangeKind, deal: Deal) -> None:
    signed = _signed(deal)
    if kind is ChangeKind.UNSUBSCRIBE and signed:
        raise ValidationError({"kind": "已签约的交易请办理退房"})
    if kind in (ChangeKind.CANCEL, ChangeKind.TERMINATE) and not signed:
        raise ValidationError(
            {
                "kind": "尚未签约，买方退订请办理退定"
                if kind is ChangeKind.CANCEL
                else "尚未签约，没有可解除的买卖合同"
            }
        )


def file_change(
    session: Session,
    actor: Actor,
    deal_id: int,
    form: RequestForm,
    *,
    now: datetime | None = None,
) -> int:
    """登记变更申请: the buyer's written request (or the developer's 解约) on a live deal; returns
    the order's id."""
    kind = ChangeKind(form.kind)
    actor.require(Action.REVIEW_CHANGES if kind is ChangeKind.TERMINATE else Action.FILE_CHANGES)
    moment = aware_utc(now)
    today = office_today(session, now)
    deal = lookups.deal(session, deal_id)
    require_own_deal(actor, deal.consultant_id)
    if is_cancelled(deal.stage, deal.cancelled_at):
        raise UserError("这笔交易已取消")
    # The relations a 更名 may go to are the office's setting: change_rename.prepare checks them.
    errors = validate_request(form, now=moment, today=today)
    if errors:
        raise ValidationError(errors)
    _check_kind(kind, deal)
    existing = open_order_of(session, deal.id)
    if existing is not None:
        raise UserError(
            f"这笔交易已有进行中的变更单 {change_code(existing.number)}"
            f"（{ChangeKind(existing.kind).label}，{ChangeStatus(existing.status).label}），"
            "请先办结或撤回"
        )
    requested_at = aware_utc(form.requested_at) if form.requested_at else moment
    ground = Ground(form.ground) if form.ground else None
    fault = Fault(form.fault)
    if kind is ChangeKind.TERMINATE:
        fault = Fault.BUYER
    elif ground is not None:
        fault = ground.fault
    status = (
        ChangeStatus.TALK
        if kind in (ChangeKind.UNSUBSCRIBE, ChangeKind.CANCEL)
        else ChangeStatus.REVIEW
    )
    order = ChangeOrder(
        project_id=deal.project_id,
        deal_id=deal.id,
        customer_id=deal.customer_id,
        number=next_number(session, ChangeOrder.number, deal.project_id),
        kind=kind,
        status=status,
        requested_at=requested_at,
        stage_at_request=Stage(deal.stage),
        within_72h=within_early_hours(deal.signed_at, requested_at),
        reason_type=form.reason_type,
        tags=_tags(form.tags),
        fault=fault,
        ground=ground,
        ground_note=clean_note(form.ground_note)[:300],
        real_reason=clean_note(form.real_reason),
        note=clean_note(form.note),
        filed_by_id=actor.user_id,
        old_unit_id=deal.unit_id,
        old_price=deal.price,
        old_buyer_name=deal.buyer_name,
    )
    if ground is Ground.AREA:
        notice_day = requested_at.astimezone(office_zone(session)).date()
        order.refund_due_on = notice_day + timedelta(days=AREA_REFUND_DAYS)
    session.add(order)
    session.flush()
    check_order_ground(session, order, deal, today)
    if kind is ChangeKind.SWAP:
        from anjia_desk.services import change_swap

        change_swap.prepare(session, actor, order, form, moment)
    elif kind is ChangeKind.RENAME:
        from anjia_desk.services import change_rename

        change_rename.prepare(session, actor, order, form, moment)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "change_orders",
        order.id,
        f"登记{kind.label}申请 {change_code(order.number)}（{deal.buyer_name}）",
    )
    return order.id


# -- the talk, the review, the approvals -------------------------------------------------------


def record_talk(
    session: Session,
    actor: Actor,
    order_id: int,
    form: TalkForm,
    *,
    version: int,
    now: datetime | None = None,
) -> None:
    """登记洽谈结果 by someone who is not the deal's selling consultant. 留住 closes the order with
    the deal unchanged; 转换房 closes it too (a 换房 order follows); 坚持退 sends it to review."""
    actor.require(Action.LEAD_RETENTION)
    order = get_order(session, order_id, version)
    deal = lookups.deal(session, order.deal_id)
    if who_of(actor, deal).is_seller and not actor.is_system:
        raise PermissionDenied(SELLER_REFUSED)
    _require_status(order, ChangeStatus.TALK)
    errors = validate_talk(form)
    if errors:
        raise ValidationError(errors)
    moment = aware_utc(now)
    order.leader_id = actor.user_id
    order.talk_at = moment
    order.talk_outcome = TalkOutcome(form.outcome)
    order.talk_note = clean_note(form.note)
    if form.real_reason.strip():
        order.real_reason = clean_note(form.real_reason)
    if order.talk_outcome is TalkOutcome.LEAVE:
        order.status = ChangeStatus.REVIEW
    else:
        order.status = ChangeStatus.RETAINED
        order.closed_at = moment
    session.flush()


def review(
    session: Session,
    actor: Actor,
    order_id: int,
    *,
    note: str = "",
    version: int,
    now: datetime | None = None,
) -> None:
    """审核通过 by the site manager: the order goes to the marketing head and finance."""
    actor.require(Action.REVIEW_CHANGES)
    order = get_order(session, order_id, version)
    _require_status(order, ChangeStatus.REVIEW)
    order.reviewed_at = aware_utc(now)
    order.reviewed_by_id = actor.user_id
    order.review_note = clean_note(note)[:REASON_MAX]
    order.status = ChangeStatus.APPROVAL
    session.flush()


def approve(
    session: Session, actor: Actor, order_id: int, *, version: int, now: datetime | None = None
) -> None:
    """审批通过: the marketing head's side and finance's side, each by its own role (a person with
    both roles approves both); both approved → 已批准."""
    actor.require(Action.APPROVE_CHANGES)
    order = get_order(session, order_id, version)
    _require_status(order, ChangeStatus.APPROVAL)
    deal = lookups.deal(session, order.deal_id)
    marketing, finance = approval_sides(who_of(actor, deal))
    moment = aware_utc(now)
    done = False
    if marketing and order.marketing_at is None:
        order.marketing_at, order.marketing_by_id, done = moment, actor.user_id, True
    if finance and order.finance_at is None:
        order.finance_at, order.finance_by_id, done = moment, actor.user_id, True
    if not done:
        raise UserError("您这一方已经审批过，等待另一方审批")
    if order.marketing_at is not None and order.finance_at is not None:
        order.status = ChangeStatus.APPROVED
    session.flush()


def _release(session: Session, order: ChangeOrder, moment: datetime) -> None:
    """What an order held is let go when it ends without execution (a 换房's new unit)."""
    if order.kind == ChangeKind.SWAP and order.new_hold_id is not None:
        from anjia_desk.services import change_swap

        change_swap.release(session, order, moment)


def reject(
    session: Session,
    actor: Actor,
    order_id: int,
    *,
    reason: str,
    version: int,
    now: datetime | None = None,
) -> None:
    """驳回 at review (the site manager) or at approval (the marketing head or finance)."""
    actor.require_any(Action.REVIEW_CHANGES, Action.APPROVE_CHANGES, label="驳回变更")
    order = get_order(session, order_id, version)
    deal = lookups.deal(session, order.deal_id)
    why = reject_refusal(ChangeStatus(order.status), who_of(actor, deal))
    if why:
        raise UserError(why)
    text = _reason(reason, "驳回原因")
    moment = aware_utc(now)
    order.rejected_at, order.rejected_by_id, order.reject_reason = moment, actor.user_id, text
    order.status = ChangeStatus.REJECTED
    order.closed_at = moment
    _release(session, order, moment)
    session.flush()


def withdraw(
    session: Session,
    actor: Actor,
    order_id: int,
    *,
    reason: str,
    version: int,
    now: datetime | None = None,
) -> None:
    """撤回: the buyer took the request back before execution."""
    actor.require_any(Action.FILE_CHANGES, Action.REVIEW_CHANGES, label="撤回变更")
    order = get_order(session, order_id, version)
    deal = lookups.deal(session, order.deal_id)
    require_own_deal(actor, deal.consultant_id)
    if not ChangeStatus(order.status).before_execution:
        raise UserError("变更单已执行或已结束，不能撤回")
    text = _reason(reason, "撤回原因")
    moment = aware_utc(now)
    order.withdrawn_at, order.withdrawn_by_id, order.withdraw_reason = moment, actor.user_id, text
    order.status = ChangeStatus.WITHDRAWN
    order.closed_at = moment
    _release(session, order, moment)
    session.flush()


def adjust_refund(
    session: Session,
    actor: Actor,
    order_id: int,
    form: AdjustForm,
    *,
    version: int,
    now: datetime | None = None,
) -> None:
    """调整应退金额, with a reason. The marketing head's approval then has to be given (again):
    an approved order goes back to approval."""
    actor.require(Action.ADJUST_REFUND)
    order = get_order(session, order_id, version)
    if not ChangeKind(order.kind).is_refund:
        raise UserError("本单不涉及退款")
    if not ChangeStatus(order.status).before_execution:
        raise UserError("变更单已执行，金额不能再调整")
    deal = lookups.deal(session, order.deal_id)
    table = money_table(session, order, deal, today=office_today(session, now))
    errors = validate_adjust(form, computed=table.returned)
    if errors:
        raise ValidationError(errors)
    moment = aware_utc(now)
    order.override_amount = form.amount
    order.override_reason = clean_note(form.reason)
    order.override_by_id = actor.user_id
    order.override_at = moment
    order.marketing_at = None
    order.marketing_by_id = None
    if order.status == ChangeStatus.APPROVED:
        order.status = ChangeStatus.APPROVAL
    session.flush()


def clear_adjustment(
    session: Session, actor: Actor, order_id: int, *, version: int, now: datetime | None = None
) -> None:
    """Back to the computed figure (the adjustment is kept in the audit log)."""
    actor.require(Action.ADJUST_REFUND)
    order = get_order(session, order_id, version)
    if order.override_amount is None:
        raise UserError("应退金额没有调整过")
    if not ChangeStatus(order.status).before_execution:
        raise UserError("变更单已执行，金额不能再调整")
    order.override_amount = None
    order.override_reason = ""
    order.override_by_id = None
    order.override_at = None
    session.flush()


def confirm_ground(
    session: Session,
    actor: Actor,
    order_id: int,
    *,
    note: str = "",
    version: int,
    now: datetime | None = None,
) -> None:
    """法务确认: legal confirms the ground's condition the app could not check."""
    actor.require(Action.CONFIRM_GROUNDS)
    order = get_order(session, order_id, version)
    if order.ground is None:
        raise UserError("本单没有需要确认的解除依据")
    if not ChangeStatus(order.status).before_execution:
        raise UserError("变更单已结束")
    if order.legal_confirmed_at is not None:
        raise UserError("法务已确认过")
    order.legal_confirmed_at = aware_utc(now)
    order.legal_confirmed_by_id = actor.user_id
    if text := clean_note(note):
        order.ground_note = (order.ground_note + f"；法务：{text}")[:300]
    session.flush()
