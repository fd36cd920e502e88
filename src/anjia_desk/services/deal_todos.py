"""工作台 sources about deals (DOMAIN §5–6): 认购 to sign, signed deals' next steps due, care
touches due and special discounts waiting for approval. ref_id is the deal's id (care: the care
touch's id); deals of anonymised customers and cancelled deals never appear."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, func, select

from anjia_desk.core.calendar import cn_date
from anjia_desk.core.deal_rules import discount_approver, may_approve
from anjia_desk.core.deals import MORTGAGE_STEPS, DiscountStatus, Nature, Stage
from anjia_desk.core.money import yuan
from anjia_desk.core.roles import Action, Role
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, CareTouch, Customer, Deal, Installment, Unit
from anjia_desk.services.care import due_condition as care_due_condition
from anjia_desk.services.deal_queries import next_steps
from anjia_desk.services.settings import get_setting
from anjia_desk.services.workbench_base import (
    BASE_COLUMNS,
    FunctionSource,
    TodoContext,
    TodoKind,
    TodoSink,
    TodoSource,
)


def _unit_label(row: Any) -> str:
    return unit_label(row.building, row.stairwell, row.room)


def deal_rows_query(*columns: Any) -> Select[Any]:
    """Customer columns and the deal's unit, for deal to-dos of customers not anonymised (the
    dunning to-dos' too)."""
    return (
        select(
            *BASE_COLUMNS,
            Deal.id.label("deal_id"),
            Building.name.label("building"),
            Unit.stairwell,
            Unit.room,
            *columns,
        )
        .join(Deal, Deal.customer_id == Customer.id)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .where(Customer.anonymised_at.is_(None), Deal.cancelled_at.is_(None))
    )


def sign_due(context: TodoContext, sink: TodoSink) -> int:
    """认购 not yet signed whose deadline is within the setting deals.sign_remind_days (2 by
    default), today or passed: the selling consultant's (the whole team's for the site
    manager)."""
    session, actor, team, today = context.session, context.actor, context.team, context.today
    if not team and actor.user_id is None:
        return 0
    condition = and_(
        Deal.stage == Stage.SUBSCRIBED.value,
        Deal.sign_deadline
        <= today + timedelta(days=int(get_setting(session, "deals.sign_remind_days"))),
    )
    if not team:
        condition = and_(condition, Deal.consultant_id == actor.user_id)
    query = deal_rows_query(Deal.sign_deadline).where(condition)
    rows = session.execute(query.order_by(Deal.sign_deadline, Deal.id).limit(context.limit))
    for row in rows:
        days = (row.sign_deadline - today).days
        if days < 0:
            when = f"已超过签约期限 {-days} 天"
        elif days == 0:
            when = "今天是签约期限"
        else:
            when = f"签约期限 {cn_date(row.sign_deadline, today)}，还有 {days} 天"
        detail = f"{_unit_label(row)} 已认购未签约，{when}"
        sink.add(TodoKind.SIGN_DUE, row, detail, row.sign_deadline, row.deal_id)
    total = session.scalar(
        select(func.count(Deal.id))
        .join(Customer, Customer.id == Deal.customer_id)
        .where(condition, Customer.anonymised_at.is_(None), Deal.cancelled_at.is_(None))
    )
    return int(total or 0)


def deposits_missing(context: TodoContext, sink: TodoSink) -> int:
    """认购 whose 定金 is not (fully) in by its due date — not yet bound, and never an overdue
    debt (core.money.deposit_missing): the selling consultant's (the whole team's for the site
    manager)."""
    session, actor, team, today = context.session, context.actor, context.team, context.today
    if not team and actor.user_id is None:
        return 0
    condition = and_(
        Installment.nature == Nature.DEPOSIT.value,
        Installment.amount > Installment.paid,
        Installment.due_on < today,
    )
    if not team:
        condition = and_(condition, Deal.consultant_id == actor.user_id)
    left = (Installment.amount - Installment.paid).label("left")
    query = (
        deal_rows_query(Installment.due_on, left)
        .join(Installment, Installment.deal_id == Deal.id)
        .where(condition)
    )
    rows = session.execute(query.order_by(Installment.due_on, Deal.id).limit(context.limit))
    for row in rows:
        days = (today - row.due_on).days
        detail = (
            f"{_unit_label(row)} 定金未到：应于 {cn_date(row.due_on, today)} 付清，"
            f"还差 {yuan(row.left)} 元（已过 {days} 天），认购尚未生效"
        )
        sink.add(TodoKind.DEPOSIT_MISSING, row, detail, row.due_on, row.deal_id)
    total = session.scalar(
        select(func.count(Installment.id))
        .join(Deal, Deal.id == Installment.deal_id)
        .join(Customer, Customer.id == Deal.customer_id)
        .where(condition, Customer.anonymised_at.is_(None), Deal.cancelled_at.is_(None))
    )
    return int(total or 0)


def steps_due(context: TodoContext, sink: TodoSink) -> int:
    """Signed deals whose next step is due today or earlier, for whoever does that step: the
    mortgage officer the loan steps, the secretary and the selling consultant the others.

    The next step and its due date are the one rule the deal list and page use
    (deal_queries.next_steps, core.deal_rules.next_step_due)."""
    session, actor, team, today = context.session, context.actor, context.team, context.today
    mortgage = actor.can(Action.MORTGAGE_STEPS)
    secretary = Role.SALES_SECRETARY in actor.roles
    if not (team or mortgage or secretary) and actor.user_id is None:
        return 0
    query = deal_rows_query(Deal.consultant_id).where(
        Deal.stage.in_([Stage.SIGNED.value, Stage.DELIVERED.value])
    )
    if not (team or mortgage or secretary):
        query = query.where(Deal.consultant_id == actor.user_id)
    rows = list(session.execute(query))
    following = next_steps(session, [row.deal_id for row in rows])
    found = []
    for row in rows:
        step, due = following.get(row.deal_id, (None, None))
        if step is None or due is None or due > today:
            continue
        if step in MORTGAGE_STEPS:
            mine = team or mortgage
        else:
            mine = team or secretary or row.consultant_id == actor.user_id
        if mine:
            found.append((due, row.deal_id, step, row))
    found.sort(key=lambda item: (item[0], item[1]))
    for due, deal_id, step, row in found[: context.limit]:
        late = (today - due).days
        when = f"已逾期 {late} 天" if late > 0 else "今天到期"
        detail = f"{_unit_label(row)} 下一步：{step.label}（{when}）"
        sink.add(TodoKind.STEP_DUE, row, detail, due, deal_id)
    return len(found)


def care(context: TodoContext, sink: TodoSink) -> int:
    """Care touches due today or left from earlier days: the owner's (the team's for the
    site manager)."""
    session, actor, team = context.session, context.actor, context.team
    if not actor.can(Action.CARE_TOUCHES) or (not team and actor.user_id is None):
        return 0
    condition = care_due_condition(session, context.now)
    if not team:
        condition = and_(condition, CareTouch.owner_id == actor.user_id)
    query = (
        deal_rows_query(CareTouch.id.label("touch_id"), CareTouch.seq, CareTouch.due_at)
        .join(CareTouch, CareTouch.deal_id == Deal.id)
        .where(condition)
    )
    rows = session.execute(query.order_by(CareTouch.due_at, CareTouch.id).limit(context.limit))
    for row in rows:
        local = row.due_at.astimezone(context.rule.zone)
        detail = f"{_unit_label(row)} 签约关怀第 {row.seq} 次（{local:%H:%M}），话术已备好"
        sink.add(TodoKind.CARE, row, detail, local.date(), row.touch_id)
    total = session.scalar(
        select(func.count(CareTouch.id))
        .join(Customer, Customer.id == CareTouch.customer_id)
        .join(Deal, Deal.id == CareTouch.deal_id)
        .where(condition)
    )
    return int(total or 0)


def discounts(context: TodoContext, sink: TodoSink) -> int:
    """Special discounts waiting for approval that this actor may approve."""
    session, actor = context.session, context.actor
    if not actor.can(Action.APPROVE_DISCOUNTS):
        return 0
    site_pct = Decimal(str(get_setting(session, "deals.site_discount_pct")))
    query = deal_rows_query(Deal.special_discount, Deal.list_price, Deal.subscribed_at).where(
        Deal.discount_status == DiscountStatus.PENDING.value
    )
    found = []
    for row in session.execute(query.order_by(Deal.subscribed_at, Deal.id)):
        needed = discount_approver(row.special_discount, row.list_price, site_pct)
        if needed is not None and (actor.is_system or may_approve(actor.roles, needed)):
            found.append((row, needed))
    for row, needed in found[: context.limit]:
        detail = (
            f"{_unit_label(row)} 特批优惠 {yuan(row.special_discount)} 元，待{needed.label}审批"
        )
        sink.add(TodoKind.DISCOUNT, row, detail, None, row.deal_id)
    return len(found)


#: The deal sources, in the order the 工作台 lists them.
SOURCES: tuple[TodoSource, ...] = (
    FunctionSource(TodoKind.SIGN_DUE, sign_due),
    FunctionSource(TodoKind.DEPOSIT_MISSING, deposits_missing),
    FunctionSource(TodoKind.STEP_DUE, steps_due),
    FunctionSource(TodoKind.CARE, care),
    FunctionSource(TodoKind.DISCOUNT, discounts),
)
