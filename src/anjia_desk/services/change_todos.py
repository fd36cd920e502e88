"""工作台 sources about change orders (issue 17, DOMAIN §8): what waits for me on an order
(变更待办: the retention talk for whoever may lead it but never the deal's seller, the review
for the site manager, each side's approval for the marketing head and finance, the steps after
签约 for the secretary and the mortgage officer, the refund to pay for the cashier and the
vouchers to confirm for finance), the orders in progress (变更办理中, the site manager's) and
the refunds due by a date (退款到期: on the area ground the money is due within 30 days of the
buyer's notice).

ref_id is the change order's id: the to-do opens the order (TODO_TARGETS names the target
"change_order"). Orders of anonymised customers never appear. A handful of queries whatever the
number of orders; open orders are few.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.calendar import cn_date
from anjia_desk.core.change_actions import (
    STEP_ACTIONS,
    ChangeAction,
    OrderFacts,
    OrderWho,
    approval_sides,
    change_actions,
    steps_left,
)
from anjia_desk.core.changes import (
    AREA_REFUND_DAYS,
    OPEN_STATUSES,
    ChangeKind,
    ChangeStatus,
    OrderStep,
    change_code,
    steps_needed,
)
from anjia_desk.core.deals import Step
from anjia_desk.core.money import yuan
from anjia_desk.core.roles import Action, Role
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import (
    Building,
    ChangeOrder,
    ChangeOrderStep,
    Customer,
    Deal,
    DealStep,
    RefundVoucher,
    Unit,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import lookups
from anjia_desk.services.change_execute import ground_pending
from anjia_desk.services.change_money import amount_due, money_table, refunded_by_order
from anjia_desk.services.workbench_base import (
    BASE_COLUMNS,
    FunctionSource,
    TodoContext,
    TodoKind,
    TodoSink,
    TodoSource,
)

ZERO = Decimal("0.00")
#: Whose to-do a step after 签约 is: the secretary's the contract's paperwork, the mortgage
#: officer's the loan's (core.change_actions.STEP_ACTIONS; the site manager, who may do them
#: too, follows them in 变更办理中).
STEP_ROLES: dict[Action, Role] = {
    Action.SIGN_CONTRACTS: Role.SALES_SECRETARY,
    Action.MORTGAGE_STEPS: Role.MORTGAGE_OFFICER,
}


def _orders(*columns: Any) -> Select[*tuple[Any, ...]]:
    """Open change orders with the customer columns (BASE_COLUMNS) and the deal's unit."""
    return (
        select(
            *BASE_COLUMNS,
            ChangeOrder.id.label("order_id"),
            ChangeOrder.number,
            ChangeOrder.kind,
            ChangeOrder.status,
            ChangeOrder.requested_at,
            Deal.consultant_id.label("seller_id"),
            Building.name.label("building"),
            Unit.stairwell,
            Unit.room,
            *columns,
        )
        .select_from(ChangeOrder)
        .join(Customer, Customer.id == ChangeOrder.customer_id)
        .join(Deal, Deal.id == ChangeOrder.deal_id)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .where(
            Customer.anonymised_at.is_(None),
            ChangeOrder.status.in_([s.value for s in OPEN_STATUSES]),
        )
        .order_by(ChangeOrder.requested_at, ChangeOrder.id)
    )


def _head(row: Any) -> str:
    """BG-000001 退房 3栋0101."""
    unit = unit_label(row.building, row.stairwell, row.room)
    return f"{change_code(row.number)} {ChangeKind(row.kind).label} {unit}"


def _due(row: Any) -> Decimal | None:
    """The amount to return as it stands (the adjusted figure, else the computed one)."""
    amount: Decimal | None = (
        row.override_amount if row.override_amount is not None else row.computed
    )
    return amount


# --- 变更待办


@dataclass(frozen=True)
class _Needs:
    """What an order still needs, read once for all the open orders."""

    done_steps: dict[int, set[OrderStep]]
    deal_steps: dict[int, set[Step]]
    refunded: dict[int, Decimal]
    unconfirmed: dict[int, int]


def _needs(session: Session, rows: Sequence[Any]) -> _Needs:
    done: dict[int, set[OrderStep]] = {}
    deal_steps: dict[int, set[Step]] = {}
    unconfirmed: dict[int, int] = {}
    approved = [row.order_id for row in rows if row.status == ChangeStatus.APPROVED]
    if approved:
        for order_id, done_step in session.execute(
            select(ChangeOrderStep.order_id, ChangeOrderStep.step).where(
                ChangeOrderStep.order_id.in_(approved)
            )
        ):
            done.setdefault(order_id, set()).add(OrderStep(done_step))
        deals = {row.deal_id for row in rows if row.status == ChangeStatus.APPROVED}
        for deal_id, step in session.execute(
            select(DealStep.deal_id, DealStep.step).where(
                DealStep.deal_id.in_(deals),
                DealStep.step.in_([Step.RELEASE.value, Step.PRE_REGISTRATION.value]),
            )
        ):
            deal_steps.setdefault(deal_id, set()).add(Step(step))
    executed = [row.order_id for row in rows if row.status == ChangeStatus.EXECUTED]
    if executed:
        for order_id, count in session.execute(
            select(RefundVoucher.order_id, func.count(RefundVoucher.id))
            .where(
                RefundVoucher.order_id.in_(executed),
                RefundVoucher.voided_at.is_(None),
                RefundVoucher.confirmed_at.is_(None),
            )
            .group_by(RefundVoucher.order_id)
        ):
            unconfirmed[order_id] = int(count)
    return _Needs(done, deal_steps, refunded_by_order(session, executed), unconfirmed)


def _facts(row: Any, needs: _Needs) -> OrderFacts:
    """The order's facts for core.change_actions, from the batched reading."""
    has = needs.deal_steps.get(row.deal_id, set())
    return OrderFacts(
        kind=ChangeKind(row.kind),
        status=ChangeStatus(row.status),
        signed=row.signed_at is not None,
        steps_needed=steps_needed(
            ChangeKind(row.kind),
            signed=row.signed_at is not None,
            loan_released=Step.RELEASE in has,
            preregistered=Step.PRE_REGISTRATION in has,
        ),
        steps_done=frozenset(needs.done_steps.get(row.order_id, set())),
        ground_pending=ground_pending(row),
        ground_confirmed=row.legal_confirmed_at is not None,
        marketing_done=row.marketing_at is not None,
        finance_done=row.finance_at is not None,
        due=_due(row) or ZERO,
        refunded=needs.refunded.get(row.order_id, ZERO),
        live_vouchers=0,  # voiding is not a to-do
        unconfirmed_vouchers=needs.unconfirmed.get(row.order_id, 0),
        notice_printed=row.notice_at is not None,
        notice_reached=row.notice_reached_on is not None,
        contract_recovered=row.contract_recovered_on is not None,
        disputed=row.forum is not None,
    )


def _tasks(context: TodoContext, row: Any, needs: _Needs) -> list[str]:
    """What `row` waits for from the actor, in words: the moves core.change_actions allows the
    actor now (the window's one rule). The steps after 签约 are the secretary's and the mortgage
    officer's to-dos; the site manager, who may do them too, follows them in 变更办理中."""
    actor = context.actor
    facts = _facts(row, needs)
    who = OrderWho(
        can=frozenset(action for action in Action if actor.can(action)),
        roles=actor.roles,
        is_system=actor.is_system,
        is_seller=row.seller_id is not None and row.seller_id == actor.user_id,
    )
    ok = {action for action, permit in change_actions(facts, who).items() if permit.allowed}
    tasks: list[str] = []
    if ChangeAction.TALK in ok:
        tasks.append("请主导挽留洽谈（成交顾问不得主导）")
    if ChangeAction.REVIEW in ok:
        tasks.append("待您审核")
    if ChangeAction.APPROVE in ok:
        marketing, finance = approval_sides(who)
        if marketing and not facts.marketing_done:
            tasks.append("待营销审批")
        if finance and not facts.finance_done:
            tasks.append("待财务审批")
    if ChangeAction.CONFIRM_GROUND in ok:
        tasks.append("待法务确认解除依据")
    if ChangeAction.STEP in ok:
        mine = [s for s in steps_left(facts) if STEP_ROLES[STEP_ACTIONS[s]] in actor.roles]
        if mine:
            tasks.append("待办理：" + "、".join(step.label for step in mine))
    if facts.status is ChangeStatus.APPROVED:
        if ChangeAction.PRINT_NOTICE in ok and not facts.notice_printed:
            tasks.append("待出具解除合同通知书")
        if ChangeAction.NOTICE in ok:
            tasks.append("待登记解除合同通知书送达")
    if ChangeAction.EXECUTE in ok:
        tasks.append("步骤已办完，待执行")
    if ChangeAction.PAY in ok:
        tasks.append(f"待支付退款 {yuan(facts.due - facts.refunded)} 元（开具退款凭证）")
    if ChangeAction.CONFIRM_VOUCHER in ok:
        tasks.append(f"{facts.unconfirmed_vouchers} 张退款凭证待财务确认")
    if ChangeAction.ARCHIVE in ok:
        tasks.append("待收回合同原件并归档")
    return tasks


def waiting_for_me(context: TodoContext, sink: TodoSink) -> int:
    """Open orders waiting for something the actor does, oldest request first."""
    session, today = context.session, context.today
    if context.actor.user_id is None and not context.actor.is_system:
        return 0
    rows = list(
        session.execute(
            _orders(
                ChangeOrder.deal_id,
                Deal.signed_at,
                ChangeOrder.marketing_at,
                ChangeOrder.finance_at,
                ChangeOrder.computed,
                ChangeOrder.override_amount,
                ChangeOrder.ground,
                ChangeOrder.legal_confirmed_at,
                ChangeOrder.ground_check,
                ChangeOrder.notice_at,
                ChangeOrder.notice_reached_on,
                ChangeOrder.contract_recovered_on,
                ChangeOrder.forum,
            )
        )
    )
    needs = _needs(session, rows)
    found = 0
    for row in rows:
        tasks = _tasks(context, row, needs)
        if not tasks:
            continue
        found += 1
        if found <= context.limit:
            asked = cn_date(aware_utc(row.requested_at).astimezone(context.rule.zone).date(), today)
            detail = f"{_head(row)}（{ChangeStatus(row.status).label}，{asked}收到申请）：" + (
                "；".join(tasks)
            )
            sink.add(TodoKind.CHANGE_WAITING, row, detail, None, row.order_id)
    return found


# --- 变更办理中


def in_progress(context: TodoContext, sink: TodoSink) -> int:
    """Every open order, for whoever oversees the team (the site manager)."""
    if not context.team:
        return 0
    session, today = context.session, context.today
    rows = list(session.execute(_orders().limit(context.limit)))
    for row in rows:
        asked = cn_date(aware_utc(row.requested_at).astimezone(context.rule.zone).date(), today)
        detail = f"{_head(row)}：{ChangeStatus(row.status).label}（{asked}收到申请）"
        sink.add(TodoKind.CHANGE_OPEN, row, detail, None, row.order_id)
    total = session.scalar(select(func.count()).select_from(_orders().order_by(None).subquery()))
    return int(total or 0)


# --- 退款到期


def _sees_refunds(context: TodoContext) -> bool:
    actor = context.actor
    return context.team or any(
        actor.can(action) for action in (Action.PAY_REFUNDS, Action.CONFIRM_REFUNDS)
    )


def refunds_due(context: TodoContext, sink: TodoSink) -> int:
    """Refunds with a date they are due by (the area ground: 30 days from the buyer's notice)
    within the next 30 days or passed, not yet paid out in full; the nearest first."""
    if not _sees_refunds(context):
        return 0
    session, today = context.session, context.today
    rows = list(
        session.execute(
            _orders(
                ChangeOrder.refund_due_on,
                ChangeOrder.computed,
                ChangeOrder.override_amount,
            )
            .where(
                ChangeOrder.refund_due_on.is_not(None),
                ChangeOrder.refund_due_on <= today + timedelta(days=AREA_REFUND_DAYS),
            )
            .order_by(None)
            .order_by(ChangeOrder.refund_due_on, ChangeOrder.id)
        )
    )
    paid = refunded_by_order(session, [row.order_id for row in rows])
    # Before execution nothing is paid out; after it the amount due is on the order.
    found = [row for row in rows if _open_money(row, paid)]
    for row in found[: context.limit]:
        due = _due_now(session, row.order_id, today)
        detail = _due_detail(row, due, paid.get(row.order_id, ZERO), today)
        sink.add(TodoKind.REFUND_DUE, row, detail, row.refund_due_on, row.order_id)
    return len(found)


def _open_money(row: Any, paid: dict[int, Decimal]) -> bool:
    due = _due(row)
    return due is None or due - paid.get(row.order_id, ZERO) > 0


def _due_now(session: Session, order_id: int, today: date) -> Decimal:
    """The amount due as the order shows it: the frozen table's or the adjusted figure after
    execution, the live table's before (services.change_money)."""
    order = session.get(ChangeOrder, order_id)
    assert order is not None
    deal = lookups.deal(session, order.deal_id)
    return amount_due(order, money_table(session, order, deal, today=today))


def _due_detail(row: Any, due: Decimal, paid: Decimal, today: date) -> str:
    due_on: date = row.refund_due_on
    days = (due_on - today).days
    when = f"已逾期 {-days} 天" if days < 0 else ("今天到期" if days == 0 else f"还有 {days} 天")
    return (
        f"{_head(row)}：应于{cn_date(due_on, today)}前退款（{when}）；"
        f"应退 {yuan(due)} 元，已退 {yuan(paid)} 元"
    )


#: The change-order sources, in the order the 工作台 lists them.
SOURCES: tuple[TodoSource, ...] = (
    FunctionSource(TodoKind.REFUND_DUE, refunds_due),
    FunctionSource(TodoKind.CHANGE_WAITING, waiting_for_me),
    FunctionSource(TodoKind.CHANGE_OPEN, in_progress),
)
