"""Reading change orders (issue 17): the 变更 list, a deal's orders, the orders waiting for me,
and one order with everything its window shows and the actions the person may take
(core.change_actions). A consultant sees the orders of the deals they sold only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import (
    ChangeAction,
    OrderFacts,
    change_actions,
    steps_left,
)
from anjia_desk.core.changes import (
    OPEN_STATUSES,
    ChangeKind,
    ChangeStatus,
    Fault,
    Forum,
    Ground,
    OrderStep,
    ReasonType,
    RenameMode,
    TalkOutcome,
    brief_score,
    change_code,
)
from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.deal_actions import Permit
from anjia_desk.core.deals import PaymentMethod, Stage
from anjia_desk.core.dunning import Delivery
from anjia_desk.core.refund_money import RefundTable
from anjia_desk.core.risk import Dimension, Level
from anjia_desk.core.roles import Action
from anjia_desk.db.models import (
    ChangeOrder,
    Customer,
    Deal,
    RiskMark,
    RiskWarning,
    Unit,
)
from anjia_desk.services import customer_state as cs
from anjia_desk.services import lookups
from anjia_desk.services.change_execute import brief_ticks, order_facts, steps_of
from anjia_desk.services.change_money import money_table
from anjia_desk.services.change_orders import (
    get_order,
    order_scope,
    order_tags,
    require_order_access,
    who_of,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import require_own_deal
from anjia_desk.services.refund_vouchers import VoucherLine, vouchers_of
from anjia_desk.services.settings import office_today

#: What a person acting next does, per action that moves an order on.
MOVES = (
    ChangeAction.TALK,
    ChangeAction.REVIEW,
    ChangeAction.APPROVE,
    ChangeAction.CONFIRM_GROUND,
    ChangeAction.STEP,
    ChangeAction.PRINT_NOTICE,
    ChangeAction.NOTICE,
    ChangeAction.EXECUTE,
    ChangeAction.PAY,
    ChangeAction.CONFIRM_VOUCHER,
    ChangeAction.ARCHIVE,
)


@dataclass(frozen=True)
class ChangeRow:
    id: int
    version: int
    code: str  # BG-000123
    kind: ChangeKind
    status: ChangeStatus
    deal_id: int
    unit_label: str
    buyer_name: str
    customer_name: str
    consultant_name: str
    requested_at: datetime
    within_72h: bool
    reason_type: ReasonType | None
    fault: Fault
    due: Decimal  # to pay back (0 for 换房/更名)
    refunded: Decimal
    waiting: str  # who or what the order waits for ("" once ended)


@dataclass(frozen=True)
class StepLine:
    step: OrderStep
    done_at: datetime | None
    user_name: str
    note: str


@dataclass(frozen=True)
class RiskLine:
    """A risk mark or warning of the customer, beside the request for the conversation only."""

    day: date
    text: str


@dataclass(frozen=True)
class ChangeDetail:
    row: ChangeRow
    project_id: int
    stage_at_request: Stage
    tags: tuple[str, ...]
    ground_label: str
    ground_note: str
    ground_check: str
    legal_confirmed: str  # "2026-12-01 10:00 法务 李四" or ""
    real_reason: str
    note: str
    handling: str  # the reason type's suggested handling
    who: dict[
        str, str
    ]  # step → "time name": 登记, 洽谈, 审核, 营销审批, 财务审批, 驳回, 撤回, 执行, 办结
    talk_outcome: TalkOutcome | None
    talk_note: str
    review_note: str
    reject_reason: str
    withdraw_reason: str
    table: RefundTable
    computed: Decimal
    override_amount: Decimal | None
    override_reason: str
    refund_on: date | None
    refund_due_on: date | None
    steps: list[StepLine]
    vouchers: list[VoucherLine]
    risks: list[RiskLine]
    # 换房
    old_unit: str
    new_unit: str
    old_price: Decimal | None
    new_price: Decimal | None
    new_payment_method: PaymentMethod | None
    # 更名
    rename_mode: RenameMode | None
    old_buyer: str
    new_buyer: str
    new_buyer_id_masked: str
    relation: str
    consent_on: date | None
    qualification_note: str
    # 解约
    notice_at: datetime | None
    notice_delivery: Delivery
    notice_tracking: str
    notice_reached_on: date | None
    # after
    contract_recovered_on: date | None
    archive_no: str
    forum_label: str
    ticks: frozenset[str]
    score: int | None  # None until scored
    gift: str
    gift_on: date | None
    actions: dict[ChangeAction, Permit]


def _may_read(actor: Actor) -> None:
    actor.require(Action.VIEW_CHANGES)


def _waiting(facts: OrderFacts) -> str:
    status = facts.status
    if status is ChangeStatus.TALK:
        return "待挽留洽谈"
    if status is ChangeStatus.REVIEW:
        return "待案场经理审核"
    if status is ChangeStatus.APPROVAL:
        sides = [
            w
            for w, done in (("营销负责人", facts.marketing_done), ("财务", facts.finance_done))
            if not done
        ]
        return "待" + "、".join(sides) + "审批"
    if status is ChangeStatus.APPROVED:
        left = steps_left(facts)
        if facts.kind is ChangeKind.TERMINATE and not facts.notice_reached:
            return "待解除通知送达" if facts.notice_printed else "待出具解除合同通知书"
        if left:
            return "待" + "、".join(s.label for s in left)
        return "待法务确认依据" if facts.ground_pending else "待执行"
    if status is ChangeStatus.EXECUTED:
        if facts.refunded < facts.due:
            return "待出纳退款"
        if facts.unconfirmed_vouchers:
            return "待财务确认退款"
        return "待收回合同归档"
    return ""


@dataclass(frozen=True)
class _Read:
    """One order as read for a list or its window: its row, what the actions depend on, its
    deal and its money table."""

    row: ChangeRow
    facts: OrderFacts
    deal: Deal
    table: RefundTable


def _rows(session: Session, orders: list[ChangeOrder], today: date) -> list[_Read]:
    if not orders:
        return []
    deals = {
        d.id: d
        for d in session.scalars(select(Deal).where(Deal.id.in_({o.deal_id for o in orders})))
    }
    units = {
        u.id: u
        for u in session.scalars(
            select(Unit).where(Unit.id.in_({d.unit_id for d in deals.values()}))
        )
    }
    customers: dict[int, str] = {
        cid: name
        for cid, name in session.execute(
            select(Customer.id, Customer.name).where(
                Customer.id.in_({o.customer_id for o in orders})
            )
        )
    }
    names = cs.staff_names(session, (d.consultant_id for d in deals.values()))
    out = []
    for order in orders:
        deal = deals[order.deal_id]
        table = money_table(session, order, deal, today=today)
        facts = order_facts(session, order, deal, table)
        out.append(
            _Read(
                ChangeRow(
                    id=order.id,
                    version=order.version,
                    code=change_code(order.number),
                    kind=ChangeKind(order.kind),
                    status=ChangeStatus(order.status),
                    deal_id=deal.id,
                    unit_label=lookups.unit_label(session, units[deal.unit_id]),
                    buyer_name=deal.buyer_name,
                    customer_name=customers.get(order.customer_id) or UNNAMED,
                    consultant_name=names.get(deal.consultant_id, "") if deal.consultant_id else "",
                    requested_at=order.requested_at,
                    within_72h=order.within_72h,
                    reason_type=ReasonType(order.reason_type) if order.reason_type else None,
                    fault=Fault(order.fault),
                    due=facts.due,
                    refunded=facts.refunded,
                    waiting=_waiting(facts),
                ),
                facts,
                deal,
                table,
            )
        )
    return out


def list_changes(
    session: Session,
    actor: Actor,
    *,
    open_only: bool = True,
    kind: ChangeKind | None = None,
    text: str = "",
    now: datetime | None = None,
) -> list[ChangeRow]:
    """The 变更 list, newest request first; `text` matches the number, buyer or customer."""
    _may_read(actor)
    statement = (
        select(ChangeOrder).join(Deal, Deal.id == ChangeOrder.deal_id).where(*order_scope(actor))
    )
    if open_only:
        statement = statement.where(ChangeOrder.status.in_([s.value for s in OPEN_STATUSES]))
    if kind is not None:
        statement = statement.where(ChangeOrder.kind == kind.value)
    needle = text.strip()
    if needle:
        matches: list[ColumnElement[bool]] = [Deal.buyer_name.contains(needle, autoescape=True)]
        digits = needle.upper().removeprefix("BG-").removeprefix("BG")
        if digits.isdigit():
            matches.append(ChangeOrder.number == int(digits))
        statement = statement.where(or_(*matches))
    orders = list(
        session.scalars(statement.order_by(ChangeOrder.requested_at.desc(), ChangeOrder.id.desc()))
    )
    return [read.row for read in _rows(session, orders, office_today(session, now))]


def changes_of_deal(
    session: Session, actor: Actor, deal_id: int, *, now: datetime | None = None
) -> list[ChangeRow]:
    """A deal's orders, newest first."""
    _may_read(actor)
    deal = lookups.deal(session, deal_id)
    require_own_deal(actor, deal.consultant_id)
    orders = list(
        session.scalars(
            select(ChangeOrder)
            .where(ChangeOrder.deal_id == deal_id)
            .order_by(ChangeOrder.id.desc())
        )
    )
    return [read.row for read in _rows(session, orders, office_today(session, now))]


def waiting_for_me(
    session: Session, actor: Actor, *, now: datetime | None = None
) -> list[ChangeRow]:
    """Open orders on which the person can do the next thing now (talk, review, approve, a
    step, execute, pay, confirm, archive), oldest request first."""
    _may_read(actor)
    orders = list(
        session.scalars(
            select(ChangeOrder)
            .join(Deal, Deal.id == ChangeOrder.deal_id)
            .where(ChangeOrder.status.in_([s.value for s in OPEN_STATUSES]), *order_scope(actor))
            .order_by(ChangeOrder.requested_at, ChangeOrder.id)
        )
    )
    out = []
    for read in _rows(session, orders, office_today(session, now)):
        permits = change_actions(read.facts, who_of(actor, read.deal))
        if any(permits[a].allowed for a in MOVES):
            out.append(read.row)
    return out


def _stamp(session: Session, moment: datetime | None, user: str) -> str:
    if moment is None:
        return ""
    from anjia_desk.services.papers.common import local_time

    local = local_time(session, moment)
    assert local is not None
    return f"{local:%Y-%m-%d %H:%M} {user}".strip()


def _risks(session: Session, customer_id: int) -> list[RiskLine]:
    lines = [
        RiskLine(mark.day, f"{Dimension(mark.dimension).label}：{Level(mark.level).label}")
        for mark in session.scalars(
            select(RiskMark)
            .where(RiskMark.customer_id == customer_id)
            .order_by(RiskMark.day.desc())
            .limit(20)
        )
    ]
    for warning in session.scalars(
        select(RiskWarning)
        .where(RiskWarning.customer_id == customer_id)
        .order_by(RiskWarning.start_day.desc())
    ):
        text = f"成交风险预警（{warning.start_day.isoformat()}–{warning.end_day.isoformat()}）"
        if warning.done_note:
            text += f"：{warning.done_note}"
        lines.append(RiskLine(warning.start_day, text))
    return sorted(lines, key=lambda line: line.day, reverse=True)


def change_detail(
    session: Session, actor: Actor, order_id: int, *, now: datetime | None = None
) -> ChangeDetail:
    """Everything the order window shows, with the actions the person may take."""
    _may_read(actor)
    order = get_order(session, order_id)
    deal = lookups.deal(session, order.deal_id)
    require_order_access(actor, order, deal)
    today = office_today(session, now)
    [read] = _rows(session, [order], today)
    row, facts, table = read.row, read.facts, read.table
    done = steps_of(session, order.id)
    users = cs.staff_names(
        session,
        [
            order.filed_by_id,
            order.leader_id,
            order.reviewed_by_id,
            order.marketing_by_id,
            order.finance_by_id,
            order.rejected_by_id,
            order.withdrawn_by_id,
            order.executed_by_id,
            order.legal_confirmed_by_id,
            *(s.user_id for s in done.values()),
        ],
    )

    def name(user_id: int | None) -> str:
        return users.get(user_id, "") if user_id else ""

    who = {
        "登记": _stamp(session, order.created_at, name(order.filed_by_id)),
        "洽谈": _stamp(session, order.talk_at, name(order.leader_id)),
        "审核": _stamp(session, order.reviewed_at, name(order.reviewed_by_id)),
        "营销审批": _stamp(session, order.marketing_at, name(order.marketing_by_id)),
        "财务审批": _stamp(session, order.finance_at, name(order.finance_by_id)),
        "驳回": _stamp(session, order.rejected_at, name(order.rejected_by_id)),
        "撤回": _stamp(session, order.withdrawn_at, name(order.withdrawn_by_id)),
        "执行": _stamp(session, order.executed_at, name(order.executed_by_id)),
        "办结": _stamp(session, order.closed_at, ""),
    }
    units = {
        u.id: lookups.unit_label(session, u)
        for u in session.scalars(
            select(Unit).where(
                Unit.id.in_([i for i in (order.old_unit_id, order.new_unit_id) if i])
            )
        )
    }
    reason = ReasonType(order.reason_type) if order.reason_type else None
    ticks = brief_ticks(order)
    return ChangeDetail(
        row=row,
        project_id=order.project_id,
        stage_at_request=Stage(order.stage_at_request),
        tags=order_tags(order),
        ground_label=Ground(order.ground).label if order.ground else "",
        ground_note=order.ground_note,
        ground_check=order.ground_check,
        legal_confirmed=_stamp(
            session, order.legal_confirmed_at, name(order.legal_confirmed_by_id)
        ),
        real_reason=order.real_reason,
        note=order.note,
        handling=reason.handling if reason else "",
        who=who,
        talk_outcome=TalkOutcome(order.talk_outcome) if order.talk_outcome else None,
        talk_note=order.talk_note,
        review_note=order.review_note,
        reject_reason=order.reject_reason,
        withdraw_reason=order.withdraw_reason,
        table=table,
        computed=table.returned,
        override_amount=order.override_amount,
        override_reason=order.override_reason,
        refund_on=order.refund_on,
        refund_due_on=order.refund_due_on,
        steps=[
            StepLine(
                step=step,
                done_at=done[step].done_at if step in done else None,
                user_name=name(done[step].user_id) if step in done else "",
                note=done[step].note if step in done else "",
            )
            for step in facts.steps_needed
        ],
        vouchers=vouchers_of(session, order.id),
        risks=_risks(session, order.customer_id),
        old_unit=units.get(order.old_unit_id, "") if order.old_unit_id else "",
        new_unit=units.get(order.new_unit_id, "") if order.new_unit_id else "",
        old_price=order.old_price,
        new_price=order.new_price,
        new_payment_method=PaymentMethod(order.new_payment_method)
        if order.new_payment_method
        else None,
        rename_mode=RenameMode(order.rename_mode) if order.rename_mode else None,
        old_buyer=order.old_buyer_name,
        new_buyer=order.new_buyer_name,
        new_buyer_id_masked=order.new_buyer_id_masked,
        relation=order.relation,
        consent_on=order.consent_on,
        qualification_note=order.qualification_note,
        notice_at=order.notice_at,
        notice_delivery=Delivery(order.notice_delivery),
        notice_tracking=order.notice_tracking,
        notice_reached_on=order.notice_reached_on,
        contract_recovered_on=order.contract_recovered_on,
        archive_no=order.archive_no,
        forum_label=Forum(order.forum).label if order.forum else "",
        ticks=ticks,
        score=brief_score(ticks) if order.brief_at is not None else None,
        gift=order.gift,
        gift_on=order.gift_on,
        actions=change_actions(facts, who_of(actor, deal)),
    )
