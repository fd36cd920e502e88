"""Change orders after approval (DOMAIN §8, issue 17): the steps done after 签约 by the roles
that do them, the 解除合同通知书's delivery (the contract ends when it reaches the buyer, Civil
Code Art. 565), the execution, closing once the money is paid back and the contract archived,
the dispute mark, the brief's checklist and the gift.

A refund's execution freezes the money table on the order, cancels the deal and frees its unit:
after 签约 only once the contract is cancelled, the 网签备案 revoked and any loan and 预告登记
settled (core.changes.steps_needed) — the unit is then back on the 销控表 as 可售. The customer
stays a customer, back with their consultant with a note.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import (
    STEP_ACTIONS,
    OrderFacts,
    execute_refusal,
    step_refusal,
)
from anjia_desk.core.change_forms import ArchiveForm, GiftForm, validate_archive, validate_gift
from anjia_desk.core.changes import (
    CHECK_KEYS,
    CHECKLIST,
    ChangeKind,
    ChangeStatus,
    OrderStep,
    change_code,
    forum_for,
    steps_needed,
)
from anjia_desk.core.deals import Stage, Step
from anjia_desk.core.dunning import DeliveryForm, validate_delivery
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.refund_money import RefundTable
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.db.locking import lock_row
from anjia_desk.db.models import ChangeOrder, ChangeOrderStep, Deal, RefundVoucher, Unit
from anjia_desk.db.types import aware_utc
from anjia_desk.services import customer_state as cs
from anjia_desk.services import lookups
from anjia_desk.services.change_money import (
    amount_due,
    money_table,
    refunded,
    refunded_confirmed,
    table_json,
)
from anjia_desk.services.change_orders import (
    check_order_ground,
    get_order,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import done_steps
from anjia_desk.services.deal_steps import sync_unit
from anjia_desk.services.settings import office_today, office_zone

AFTER = (ChangeStatus.EXECUTED, ChangeStatus.CLOSED)


def local_date(session: Session, moment: datetime) -> date:
    """The office's day of a stored moment."""
    return aware_utc(moment).astimezone(office_zone(session)).date()


def steps_of(session: Session, order_id: int) -> dict[OrderStep, ChangeOrderStep]:
    rows = session.scalars(select(ChangeOrderStep).where(ChangeOrderStep.order_id == order_id))
    return {OrderStep(row.step): row for row in rows}


def needed_steps(session: Session, order: ChangeOrder, deal: Deal) -> tuple[OrderStep, ...]:
    done = done_steps(session, deal.id)
    return steps_needed(
        ChangeKind(order.kind),
        signed=deal.signed_at is not None,
        loan_released=Step.RELEASE in done,
        preregistered=Step.PRE_REGISTRATION in done,
    )


def ground_pending(order: Any) -> bool:
    """A ground the app did not find met, that legal has not confirmed (`order`: a ChangeOrder,
    or a row with its ground, legal_confirmed_at and ground_check)."""
    return (
        order.ground is not None
        and order.legal_confirmed_at is None
        and not order.ground_check.startswith("符合")
    )


def order_facts(session: Session, order: ChangeOrder, deal: Deal, table: RefundTable) -> OrderFacts:
    vouchers = session.execute(
        select(func.count(), func.count(RefundVoucher.confirmed_at)).where(
            RefundVoucher.order_id == order.id, RefundVoucher.voided_at.is_(None)
        )
    ).one()
    live, confirmed = int(vouchers[0]), int(vouchers[1])
    return OrderFacts(
        kind=ChangeKind(order.kind),
        status=ChangeStatus(order.status),
        signed=deal.signed_at is not None,
        steps_needed=needed_steps(session, order, deal),
        steps_done=frozenset(steps_of(session, order.id)),
        ground_pending=ground_pending(order),
        ground_confirmed=order.legal_confirmed_at is not None,
        marketing_done=order.marketing_at is not None,
        finance_done=order.finance_at is not None,
        due=amount_due(order, table),
        refunded=refunded(session, order.id),
        live_vouchers=live,
        unconfirmed_vouchers=live - confirmed,
        notice_printed=order.notice_at is not None,
        notice_reached=order.notice_reached_on is not None,
        contract_recovered=order.contract_recovered_on is not None,
        disputed=order.forum is not None,
    )


def _facts_now(session: Session, order: ChangeOrder, now: datetime | None) -> OrderFacts:
    deal = lookups.deal(session, order.deal_id)
    table = money_table(session, order, deal, today=office_today(session, now))
    return order_facts(session, order, deal, table)


def _add_step(
    session: Session, actor: Actor, order: ChangeOrder, step: OrderStep, moment: datetime, note: str
) -> None:
    session.add(
        ChangeOrderStep(
            order_id=order.id,
            step=step,
            done_at=moment,
            user_id=actor.user_id,
            note=clean_note(note)[:200],
        )
    )


def do_step(
    session: Session,
    actor: Actor,
    order_id: int,
    step: OrderStep,
    *,
    note: str = "",
    now: datetime | None = None,
) -> None:
    """完成步骤: one step after 签约, by the role that does it (the secretary the contract's
    paperwork, the mortgage officer the loan's)."""
    actor.require(STEP_ACTIONS[step])
    order = get_order(session, order_id)
    why = step_refusal(_facts_now(session, order, now), step)
    if why:
        raise UserError(why)
    _add_step(session, actor, order, step, aware_utc(now), note)
    session.flush()


def record_notice(
    session: Session,
    actor: Actor,
    order_id: int,
    form: DeliveryForm,
    *,
    now: datetime | None = None,
) -> None:
    """登记通知送达 of a 解约's 解除合同通知书: how it went, and the day it reached the buyer — the
    contract ends that day (Civil Code Art. 565), recorded as the step 解除买卖合同."""
    actor.require(Action.SIGN_CONTRACTS)
    order = get_order(session, order_id)
    if order.kind != ChangeKind.TERMINATE:
        raise UserError("只有解约单有解除合同通知书")
    if order.status != ChangeStatus.APPROVED:
        raise UserError("解约审批通过后才能登记通知送达")
    if order.notice_at is None:
        raise UserError("请先打印解除合同通知书")
    if order.notice_reached_on is not None:
        raise UserError("通知已登记送达")
    today = office_today(session, now)
    errors = validate_delivery(form, letter_on=local_date(session, order.notice_at), today=today)
    if errors:
        raise ValidationError(errors)
    order.notice_delivery = form.delivery
    order.notice_tracking = clean_name(form.number)[:40]
    if form.signed_on is not None:
        order.notice_reached_on = form.signed_on
        _add_step(
            session,
            actor,
            order,
            OrderStep.CANCEL_CONTRACT,
            aware_utc(now),
            f"解除合同通知书于 {form.signed_on.isoformat()} 送达买受人，合同自该日解除",
        )
    session.flush()


def execute(
    session: Session, actor: Actor, order_id: int, *, version: int, now: datetime | None = None
) -> None:
    """执行: the approved order changes the deal. A refund freezes the money table, cancels the
    deal and frees its unit; a 换房 or 更名 changes the deal (services.change_swap/rename)."""
    actor.require(Action.REVIEW_CHANGES)
    order = get_order(session, order_id, version)
    deal = lookups.deal(session, order.deal_id)
    today = office_today(session, now)
    if order.ground is not None and order.legal_confirmed_at is None:
        check_order_ground(session, order, deal, today)  # the facts may have changed since
    table = money_table(session, order, deal, today=today)
    why = execute_refusal(order_facts(session, order, deal, table))
    if why:
        raise UserError(why)
    moment = aware_utc(now)
    kind = ChangeKind(order.kind)
    if kind.is_refund:
        if order.refund_on is None:
            order.refund_on = today
            table = money_table(session, order, deal, today=today)
        order.computed = table.returned
        order.facts = table_json(table)
        _cancel_deal(session, order, deal, moment)
    elif kind is ChangeKind.SWAP:
        from anjia_desk.services import change_swap

        change_swap.execute(session, actor, order, moment)
    else:
        from anjia_desk.services import change_rename

        change_rename.execute(session, actor, order, moment)
    order.status = ChangeStatus.EXECUTED
    order.executed_at = moment
    order.executed_by_id = actor.user_id
    session.flush()
    maybe_close(session, order, moment)


def _cancel_deal(session: Session, order: ChangeOrder, deal: Deal, moment: datetime) -> None:
    deal.cancelled_at = moment
    deal.stage = Stage.CANCELLED
    unit = lock_row(session, Unit, deal.unit_id) or lookups.unit(session, deal.unit_id)
    sync_unit(session, unit)  # no live deal: back to 可售 on the 销控表
    customer = cs.get_customer(session, deal.customer_id)
    customer.risk_monitoring = False
    if customer.owner_id is None and deal.consultant_id is not None:
        customer.owner_id = deal.consultant_id
    day = local_date(session, moment).isoformat()
    line = (
        f"{day} {ChangeKind(order.kind).label}（{change_code(order.number)}）已办理，"
        "客户保留在档，请置业顾问保持联系、优先告知后续房源"
    )
    customer.notes = f"{customer.notes}\n{line}" if customer.notes else line


def maybe_close(session: Session, order: ChangeOrder, now: datetime | None = None) -> None:
    """办结 once nothing is left: a refund when the amount due is paid back and confirmed by
    finance and, after 签约, the contract is recovered; other kinds at execution."""
    if order.status != ChangeStatus.EXECUTED:
        return
    if ChangeKind(order.kind).is_refund:
        deal = lookups.deal(session, order.deal_id)
        due = amount_due(order, money_table(session, order, deal, today=date.min))
        if refunded_confirmed(session, order.id) < due:
            return
        if deal.signed_at is not None and order.contract_recovered_on is None:
            return
    order.status = ChangeStatus.CLOSED
    order.closed_at = aware_utc(now)
    session.flush()


def reopen_if_owed(session: Session, order: ChangeOrder) -> None:
    """A closed refund whose voucher was voided is open again."""
    if order.status == ChangeStatus.CLOSED and ChangeKind(order.kind).is_refund:
        order.status = ChangeStatus.EXECUTED
        order.closed_at = None
        session.flush()


def _after(order: ChangeOrder, what: str) -> None:
    if order.status not in AFTER:
        raise UserError(f"变更单执行后才能{what}")


def archive_contract(
    session: Session,
    actor: Actor,
    order_id: int,
    form: ArchiveForm,
    *,
    now: datetime | None = None,
) -> None:
    """合同收回归档: the paper contract recovered (date, by whom) and archived."""
    actor.require(Action.SIGN_CONTRACTS)
    order = get_order(session, order_id)
    deal = lookups.deal(session, order.deal_id)
    if not ChangeKind(order.kind).is_refund or deal.signed_at is None:
        raise UserError("签约前的退定没有买卖合同需要收回")
    _after(order, "登记合同收回")
    if order.contract_recovered_on is not None:
        raise UserError("合同已收回归档")
    errors = validate_archive(form, today=office_today(session, now))
    if errors:
        raise ValidationError(errors)
    order.contract_recovered_on = form.recovered_on
    order.contract_recovered_by_id = actor.user_id
    order.archive_no = clean_name(form.archive_no)[:40]
    session.flush()
    maybe_close(session, order, now)


def mark_dispute(
    session: Session, actor: Actor, order_id: int, *, now: datetime | None = None
) -> None:
    """标记争议: to arbitration when the contract chose it, otherwise to court."""
    actor.require(Action.REVIEW_CHANGES)
    order = get_order(session, order_id)
    if not ChangeKind(order.kind).is_refund:
        raise UserError("本单不涉及退款")
    if order.forum is not None:
        raise UserError("已标记争议")
    deal = lookups.deal(session, order.deal_id)
    order.forum = forum_for(deal.arbitration)
    order.disputed_at = aware_utc(now)
    session.flush()


def score_brief(
    session: Session,
    actor: Actor,
    order_id: int,
    ticks: frozenset[str],
    *,
    now: datetime | None = None,
) -> None:
    """简报评分: the site manager ticks the fixed checklist (core.changes.CHECKLIST)."""
    actor.require(Action.REVIEW_CHANGES)
    order = get_order(session, order_id)
    if not ChangeKind(order.kind).is_refund:
        raise UserError("本单不涉及退款")
    _after(order, "为处理过程评分")
    unknown = set(ticks) - CHECK_KEYS
    if unknown:
        raise ValidationError({"ticks": "未知的评分项：" + "、".join(sorted(unknown))})
    order.brief_ticks = json.dumps([item.key for item in CHECKLIST if item.key in ticks])
    order.brief_by_id = actor.user_id
    order.brief_at = aware_utc(now)
    session.flush()


def brief_ticks(order: ChangeOrder) -> frozenset[str]:
    return frozenset(json.loads(order.brief_ticks or "[]"))


def record_gift(
    session: Session,
    actor: Actor,
    order_id: int,
    form: GiftForm,
    *,
    now: datetime | None = None,
) -> None:
    """登记礼品 given to the leaving (or kept) customer."""
    actor.require_any(Action.FILE_CHANGES, Action.REVIEW_CHANGES, label="登记礼品")
    order = get_order(session, order_id)
    if order.status not in (*AFTER, ChangeStatus.RETAINED):
        raise UserError("客户离开（或被挽留）后再登记礼品")
    errors = validate_gift(form, today=office_today(session, now))
    if errors:
        raise ValidationError(errors)
    order.gift = clean_name(form.gift)[:100]
    order.gift_on = form.given_on
    session.flush()
