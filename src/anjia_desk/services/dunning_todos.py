"""工作台 sources about money owed (issue 16, DOMAIN §7): calls to the buyer at the pre-notice and
at each stage of the dunning ladder (催款致电), the loans the bank has not yet released
(按揭催办) and the dates a formal demand set running (催告期限). ref_id is the deal's id.

Each source reads what it needs in a handful of queries whatever the number of deals; the rules
are core.dunning's (call_stage, may_call_now, demand_dates) and the pauses services.dunning's
(paused_deals). Deals of anonymised customers and cancelled deals never appear.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.calendar import cn_date
from anjia_desk.core.deals import MORTGAGE_STEPS, Nature, Step
from anjia_desk.core.dunning import (
    DEMAND,
    PENALTY_STAGE,
    PRENOTICE,
    Owed,
    call_stage,
    demand_dates,
    letter_code,
    may_call_now,
    pay_by,
    stage_label,
)
from anjia_desk.core.dunning_texts import LetterLine, LetterValues, call_script
from anjia_desk.core.money import accrued_penalty_fen, yuan
from anjia_desk.core.plans import UNDATED
from anjia_desk.core.roles import Action
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import (
    Customer,
    Deal,
    DealStep,
    DunningCall,
    DunningLetter,
    DunningLetterItem,
    Installment,
    Project,
    User,
)
from anjia_desk.db.types import aware_utc, from_fen, in_fen
from anjia_desk.services.deal_queries import next_steps
from anjia_desk.services.deal_todos import deal_rows_query
from anjia_desk.services.dunning_due import (
    OwedInstallment,
    chunks,
    ladder_of,
    last_letters,
    paused_deals,
)
from anjia_desk.services.receivables import payments_of
from anjia_desk.services.settings import office_zone
from anjia_desk.services.workbench_base import (
    FunctionSource,
    TodoContext,
    TodoKind,
    TodoSink,
    TodoSource,
)

#: What a call is never about: the bank's loan (按揭催办) and an unpaid 定金 (not a debt).
_NOT_CALLED = (Nature.LOAN.value, Nature.DEPOSIT.value)


def _unit(row: Any) -> str:
    return unit_label(row.building, row.stairwell, row.room)


# --- 催款致电


@dataclass
class _CallDeal:
    row: Any
    owed: list[Owed] = field(default_factory=list)
    insts: list[OwedInstallment] = field(default_factory=list)


def dunning_calls(context: TodoContext, sink: TodoSink) -> int:
    """Calls due to the buyers of the actor's deals (the team's for the site manager): at the
    pre-notice and at each stage reached, when no call about that stage (or a later one) has
    been logged since the stage was reached; not while the deal is paused (a block, or a
    promised date not yet passed), and only at a decent hour (09:00–21:00 office time). The
    detail carries the stage's phone script (core.dunning_texts.call_script)."""
    session, actor, team, today = context.session, context.actor, context.team, context.today
    if not actor.can(Action.DUNNING_CALLS) or (not team and actor.user_id is None):
        return 0
    local = aware_utc(context.now).astimezone(context.rule.zone).time()
    if not may_call_now(local):
        return 0
    ladder = ladder_of(session)
    query = (
        deal_rows_query(
            Installment.id.label("installment_id"),
            Installment.name.label("line"),
            Installment.due_on,
            in_fen(Installment.amount).label("amount"),
            in_fen(Installment.paid).label("paid"),
            Deal.buyer_name,
            Deal.contract_no,
            Deal.penalty_per_10k,
            in_fen(Deal.penalty_per_10k).label("per_10k"),  # hundredths of ‱
            Deal.penalty_clause_no,
            Project.name.label("project"),
            User.display_name.label("consultant"),
        )
        .join(Installment, Installment.deal_id == Deal.id)
        .join(Project, Project.id == Deal.project_id)
        .outerjoin(User, User.id == Deal.consultant_id)
        .where(
            Installment.paid < Installment.amount,
            Installment.nature.not_in(_NOT_CALLED),
            Installment.due_on <= today + timedelta(days=ladder.prenotice_days),
            Installment.due_on != UNDATED,
        )
        .order_by(Deal.id, Installment.seq)
    )
    if not team:
        query = query.where(Deal.consultant_id == actor.user_id)
    deals: dict[int, _CallDeal] = {}
    for row in session.execute(query):
        found = deals.setdefault(row.deal_id, _CallDeal(row))
        inst = OwedInstallment(row.installment_id, row.line, row.due_on, row.amount, row.paid)
        found.owed.append(Owed(inst.id, inst.due_on, inst.outstanding, overdue=inst.due_on < today))
        found.insts.append(inst)
    paused = paused_deals(session, today, list(deals))
    calls = _calls_of(session, [deal_id for deal_id in deals if deal_id not in paused])
    found_items: list[tuple[int, int, date, _CallDeal]] = []
    for deal_id, deal in deals.items():
        if deal_id in paused:
            continue
        stage = call_stage(
            deal.owed, day=today, ladder=ladder.days, prenotice_days=ladder.prenotice_days
        )
        if stage is None:
            continue
        since = _reached_on(deal.owed, stage, today, ladder.days, ladder.prenotice_days)
        if any(s >= stage and on >= since for s, on in calls.get(deal_id, ())):
            continue
        found_items.append((stage, deal_id, since, deal))
    # The firmest stage first, then the longest waiting.
    found_items.sort(key=lambda item: (-item[0], item[2], item[1]))
    listed = found_items[: context.limit]
    scripts = _scripts(session, [(stage, deal) for stage, _id, _since, deal in listed], today)
    for stage, deal_id, since, deal in listed:
        detail = _call_detail(stage, deal, today, scripts.get(deal_id, ""))
        sink.add(TodoKind.DUNNING_CALL, deal.row, detail, since, deal_id)
    return len(found_items)


def _scripts(
    session: Session, listed: Sequence[tuple[int, _CallDeal]], today: date
) -> dict[int, str]:
    """deal id → the phone script of its stage, from the values a letter of that stage would
    carry today (the penalty from stage 5, the formal demand's pay-by date), in three queries
    for all the listed deals."""
    firm = [
        inst.id
        for stage, deal in listed
        if stage >= PENALTY_STAGE
        for inst in deal.insts
        if inst.due_on < today
    ]
    paid = payments_of(session, firm) if firm else {}
    demands = [deal.row.deal_id for stage, deal in listed if stage == DEMAND]
    last = last_letters(session, demands, today) if demands else {}
    demand_days = ladder_of(session).demand_days
    out: dict[int, str] = {}
    for stage, deal in listed:
        row = deal.row
        lines = []
        for inst in deal.insts:
            overdue = inst.due_on < today
            if stage == PRENOTICE and overdue:
                continue
            penalty = 0
            if overdue and stage >= PENALTY_STAGE:
                penalty = accrued_penalty_fen(
                    amount=inst.amount,
                    due=inst.due_on.toordinal(),
                    payments=paid.get(inst.id, []),
                    per_10k=row.per_10k,
                    as_of=today.toordinal(),
                )
            lines.append(
                LetterLine(
                    name=inst.name,
                    due_on=inst.due_on,
                    amount=from_fen(inst.amount),
                    outstanding=from_fen(inst.outstanding),
                    days_overdue=(today - inst.due_on).days if overdue else 0,
                    penalty=from_fen(penalty),
                )
            )
        counted = [line for line in lines if not line.coming] or lines
        demand = last.get(row.deal_id)
        values = LetterValues(
            buyer=row.buyer_name or row.name or "",
            project=row.project,
            unit=_unit(row),
            contract_no=row.contract_no or "",
            lines=tuple(lines),
            total_outstanding=sum((line.outstanding for line in counted), Decimal("0.00")),
            total_penalty=sum((line.penalty for line in lines), Decimal("0.00")),
            penalty_per_10k=row.penalty_per_10k,
            clause_no=row.penalty_clause_no or "",
            clause_text="",
            letter_on=today,
            pay_by=(
                pay_by(demand.letter_on, demand_days)
                if demand is not None and demand.stage == DEMAND
                else None
            ),
            cancel_from=None,
            office_phone="",
            consultant=row.consultant or "",
        )
        out[row.deal_id] = " ".join(call_script(stage, values).splitlines())
    return out


def _calls_of(session: Session, deal_ids: Sequence[int]) -> dict[int, list[tuple[int, date]]]:
    out: dict[int, list[tuple[int, date]]] = {}
    for batch in chunks(deal_ids):
        for deal_id, stage, called_on in session.execute(
            select(DunningCall.deal_id, DunningCall.stage, DunningCall.called_on).where(
                DunningCall.deal_id.in_(batch)
            )
        ):
            out.setdefault(deal_id, []).append((int(stage), called_on))
    return out


def _reached_on(
    owed: Sequence[Owed], stage: int, today: date, ladder: Sequence[int], prenotice_days: int
) -> date:
    """The day the deal reached `stage` (for a pre-notice: the first day of its window)."""
    if stage == PRENOTICE:
        return min(
            (
                item.due_on - timedelta(days=prenotice_days)
                for item in owed
                if not item.overdue and item.outstanding_fen > 0
            ),
            default=today,
        )
    first_day = ladder[stage - 1]
    return min(
        (
            item.due_on + timedelta(days=first_day)
            for item in owed
            if item.overdue and (today - item.due_on).days >= first_day
        ),
        default=today,
    )


def _call_detail(stage: int, deal: _CallDeal, today: date, script: str) -> str:
    row = deal.row
    unit = _unit(row)
    buyer = row.buyer_name or row.name or "客户"
    if stage == PRENOTICE:
        coming = [o for o in deal.owed if not o.overdue and o.outstanding_fen > 0]
        due_on = min(o.due_on for o in coming)
        amount = yuan(from_fen(sum(o.outstanding_fen for o in coming)))
        days = (due_on - today).days
        summary = (
            f"{unit} {stage_label(stage)}：{amount} 元将于{cn_date(due_on, today)}到期"
            f"（还有 {days} 天），请致电买受人{buyer}提醒"
        )
    else:
        late = [o for o in deal.owed if o.overdue and o.outstanding_fen > 0]
        amount = yuan(from_fen(sum(o.outstanding_fen for o in late)))
        days = (today - min(o.due_on for o in late)).days
        summary = (
            f"{unit} {stage_label(stage)}：未付 {amount} 元，逾期 {days} 天，请致电买受人{buyer}"
        )
    return f"{summary}。话术：{script}" if script else summary


# --- 按揭催办


def loan_chase(context: TodoContext, sink: TodoSink) -> int:
    """按揭 installments past their due date that the bank has not released: the mortgage
    officer's (and the site manager's) — chased with the bank, never a letter to the buyer."""
    session, actor, team, today = context.session, context.actor, context.team, context.today
    if not (team or actor.can(Action.MORTGAGE_STEPS)):
        return 0
    condition = (
        Installment.nature == Nature.LOAN.value,
        Installment.paid < Installment.amount,
        Installment.due_on < today,
        Installment.due_on != UNDATED,
    )
    left = (Installment.amount - Installment.paid).label("left")
    query = (
        deal_rows_query(Installment.due_on, left)
        .join(Installment, Installment.deal_id == Deal.id)
        .where(*condition)
        .order_by(Installment.due_on, Deal.id)
        .limit(context.limit)
    )
    rows = list(session.execute(query))
    ids = [row.deal_id for row in rows]
    done = _last_mortgage_steps(session, ids)
    following = next_steps(session, ids) if ids else {}
    for row in rows:
        days = (today - row.due_on).days
        parts = [
            f"{_unit(row)} 按揭款 {yuan(row.left)} 元未放款，"
            f"预计放款日{cn_date(row.due_on, today)}已过 {days} 天"
        ]
        last = done.get(row.deal_id)
        if last is not None:
            step, on, note = last
            noted = f"，{note}" if note else ""
            parts.append(f"已完成：{step.label}（{cn_date(on, today)}{noted}）")
        step_next, _due = following.get(row.deal_id, (None, None))
        if step_next is not None:
            parts.append(f"下一步：{step_next.label}，请与贷款银行跟进")
        else:
            parts.append("请与贷款银行核实放款进度")
        sink.add(TodoKind.LOAN_CHASE, row, "；".join(parts), row.due_on, row.deal_id)
    total = session.scalar(
        select(func.count(Installment.id))
        .join(Deal, Deal.id == Installment.deal_id)
        .join(Customer, Customer.id == Deal.customer_id)
        .where(*condition, Customer.anonymised_at.is_(None), Deal.cancelled_at.is_(None))
    )
    return int(total or 0)


def _last_mortgage_steps(
    session: Session, deal_ids: Sequence[int]
) -> dict[int, tuple[Step, date, str]]:
    """deal id → (the latest 按揭 step done, its office date, its note)."""
    zone = office_zone(session)
    out: dict[int, tuple[Step, date, str]] = {}
    latest: dict[int, datetime] = {}
    for batch in chunks(list(deal_ids)):
        for deal_id, step, done_at, note in session.execute(
            select(DealStep.deal_id, DealStep.step, DealStep.done_at, DealStep.note).where(
                DealStep.deal_id.in_(batch),
                DealStep.step.in_([s.value for s in MORTGAGE_STEPS]),
            )
        ):
            moment = aware_utc(done_at)
            if deal_id not in latest or moment > latest[deal_id]:
                latest[deal_id] = moment
                out[deal_id] = (step, moment.astimezone(zone).date(), note or "")
    return out


# --- 催告期限


def demand_deadlines(context: TodoContext, sink: TodoSink) -> int:
    """Formal demands (付款催告函) signed for, while the deal is not cancelled, the money they
    asked for is not paid and nobody marked 继续履行: the three dates they set running, for the
    site manager — reminders, not legal advice."""
    session, actor, team, today = context.session, context.actor, context.team, context.today
    if not (team or actor.can(Action.BLOCK_DUNNING)):
        return 0
    query = deal_rows_query(
        Deal.cancel_days,
        Deal.demand_period_days,
        DunningLetter.id.label("letter_id"),
        DunningLetter.number,
        DunningLetter.signed_on,
        DunningLetter.buyer_asked_on,
    ).join(DunningLetter, DunningLetter.deal_id == Deal.id)
    query = query.where(
        DunningLetter.stage == DEMAND,
        DunningLetter.voided_at.is_(None),
        DunningLetter.signed_on.is_not(None),
        DunningLetter.continued_at.is_(None),
    ).order_by(DunningLetter.signed_on, DunningLetter.id)
    rows = list(session.execute(query))
    listed = _demand_items(session, [row.letter_id for row in rows])
    found = []
    for row in rows:
        first_due, open_ = listed.get(row.letter_id, (None, False))
        if first_due is None or not open_:
            continue
        dates = demand_dates(
            delivered_on=row.signed_on,
            first_due_on=first_due,
            cancel_days=row.cancel_days,
            period_days=row.demand_period_days,
            buyer_asked_on=row.buyer_asked_on,
        )
        three = (dates.period_ends, dates.right_arises, dates.decide_by)
        upcoming = [day for day in three if day >= today]
        found.append((min(upcoming, default=dates.decide_by), row, dates))
    found.sort(key=lambda item: (item[0], item[1].letter_id))
    for due, row, dates in found[: context.limit]:
        asked = (
            f"（买受人已于{cn_date(row.buyer_asked_on, today)}书面要求答复）"
            if row.buyer_asked_on is not None
            else ""
        )
        detail = (
            f"{_unit(row)} 付款催告函 {letter_code(row.number)}，"
            f"{cn_date(row.signed_on, today)}签收。提醒："
            f"①催告后的付款期限至{cn_date(dates.period_ends, today)}"
            f"{'（合同约定）' if row.demand_period_days is not None else '（三个月）'}；"
            f"②合同约定的解除权自{cn_date(dates.right_arises, today)}产生"
            f"（应付日后 {row.cancel_days} 天）；③"
            f"是否解除最迟宜在{cn_date(dates.decide_by, today)}前决定{asked}。"
            "以上日期仅为提醒，不构成法律意见，重大决定请咨询律师"
        )
        sink.add(TodoKind.DEMAND_DATES, row, detail, due, row.deal_id)
    return len(found)


def _demand_items(
    session: Session, letter_ids: Sequence[int]
) -> dict[int, tuple[date | None, bool]]:
    """letter id → (the earliest due date of the installments it asked for, whether any of
    them is still outstanding)."""
    out: dict[int, tuple[date | None, bool]] = {}
    for batch in chunks(list(letter_ids)):
        for letter_id, due_on, amount, paid in session.execute(
            select(
                DunningLetterItem.letter_id,
                Installment.due_on,
                Installment.amount,
                Installment.paid,
            )
            .join(Installment, Installment.id == DunningLetterItem.installment_id)
            .where(DunningLetterItem.letter_id.in_(batch), DunningLetterItem.stage != PRENOTICE)
        ):
            first, open_ = out.get(letter_id, (None, False))
            first = due_on if first is None else min(first, due_on)
            out[letter_id] = (first, open_ or paid < amount)
    return out


#: The dunning sources, in the order the 工作台 lists them.
SOURCES: tuple[TodoSource, ...] = (
    FunctionSource(TodoKind.DUNNING_CALL, dunning_calls),
    FunctionSource(TodoKind.LOAN_CHASE, loan_chase),
    FunctionSource(TodoKind.DEMAND_DATES, demand_deadlines),
)
