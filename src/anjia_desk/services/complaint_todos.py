"""工作台 sources about complaints (issue 18, DOMAIN §9): the response clocks while they run
(投诉待响应: on site within 10 minutes, a call back within the hour), the first answers due today
or overdue with the time left (投诉答复到期) — both for the case's owner and the site manager —,
the multi-department cases the site manager follows once a week on the weekday of intake until
they close (多部门投诉周跟进), the solutions waiting for legal or finance (each their side), the
money waiting for an approval (CS manager / vice president), for the cashier or for finance's
confirmation (投诉赔付待办), and the return visits due (投诉待回访).

ref_id is the complaint's id (TODO_TARGETS "complaint"). A case about an anonymised customer
never appears; one without a customer (a passer-by, a group) is listed under the name given at
intake with customer id 0. Time comes from the context's `now`: without one, the clocks are not
listed. A few queries per source whatever the number of cases; open cases are few.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, false, or_, select

from anjia_desk.core.calendar import cn_date
from anjia_desk.core.complaint_kinds import (
    ComplaintStatus,
    Solution,
    complaint_code,
    payment_code,
)
from anjia_desk.core.complaints import (
    LEVEL_OWNERS,
    Channel,
    Level,
    response_due,
    time_left,
)
from anjia_desk.core.complaints import Nature as ComplaintNature
from anjia_desk.core.money import yuan
from anjia_desk.core.roles import Action, Role
from anjia_desk.db.models import Complaint, ComplaintPayment, Customer
from anjia_desk.db.types import aware_utc
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.complaint_base import (
    case_deadline,
    limits,
    pauses_by_case,
    payment_state,
)
from anjia_desk.services.workbench_base import (
    FunctionSource,
    TodoContext,
    TodoKind,
    TodoSink,
    TodoSource,
)

HEAD_CHARS = 16
CLOCKED = (Channel.ON_SITE, Channel.PHONE, Channel.ONLINE)


@dataclass(frozen=True)
class Person:
    """The customer columns a sink needs (services.workbench_base.BASE_COLUMNS): the case's
    customer, or the complainant named at intake (id 0) when the case has none."""

    id: int
    name: str
    phone: str
    owner_id: int | None


def _cases(*columns: Any) -> Select[*tuple[Any, ...]]:
    """Open complaints with what every item shows, the customer outer-joined (anonymised
    customers' cases left out)."""
    return (
        select(
            Complaint.id.label("complaint_id"),
            Complaint.number,
            Complaint.level,
            Complaint.nature,
            Complaint.what,
            Complaint.who,
            Complaint.contact_phone,
            Complaint.intake_at,
            Customer.id.label("customer_id"),
            Customer.name.label("customer_name"),
            Customer.phone.label("customer_phone"),
            Customer.owner_id.label("customer_owner_id"),
            *columns,
        )
        .select_from(Complaint)
        .outerjoin(Customer, Customer.id == Complaint.customer_id)
        .where(
            Complaint.status != ComplaintStatus.CLOSED.value,
            or_(Complaint.customer_id.is_(None), Customer.anonymised_at.is_(None)),
        )
        .order_by(Complaint.intake_at, Complaint.id)
    )


def _person(row: Any) -> Person:
    if row.customer_id is None:
        return Person(0, row.who, row.contact_phone, None)
    return Person(row.customer_id, row.customer_name, row.customer_phone, row.customer_owner_id)


def _head(row: Any) -> str:
    """TS-000012 二级质量投诉「卫生间渗水…」."""
    what = " ".join(str(row.what).split())
    short = what if len(what) <= HEAD_CHARS else what[:HEAD_CHARS] + "…"
    kind = f"{Level(row.level).label}{ComplaintNature(row.nature).label}投诉"
    return f"{complaint_code(row.number)} {kind}「{short}」"


def _owned(context: TodoContext) -> ColumnElement[bool] | None:
    """The cases the actor follows the clocks of: all for the site manager (the team's view);
    otherwise those they own, and those without an owner whose level their role owns. None:
    every case."""
    if context.team:
        return None
    actor = context.actor
    mine: list[ColumnElement[bool]] = []
    if actor.user_id is not None:
        mine.append(Complaint.owner_id == actor.user_id)
    levels = [level.value for level, role in LEVEL_OWNERS.items() if role in actor.roles]
    if levels:
        mine.append(Complaint.owner_id.is_(None) & Complaint.level.in_(levels))
    return or_(*mine) if mine else false()


def _scoped(context: TodoContext, query: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    condition = _owned(context)
    return query if condition is None else query.where(condition)


def _local(moment: datetime, context: TodoContext) -> datetime:
    return aware_utc(moment).astimezone(context.rule.zone)


def _clock_text(due_at: datetime, today: date) -> str:
    return f"{cn_date(due_at.date(), today)} {due_at:%H:%M}"


# --- 投诉待响应


def response_clocks(context: TodoContext, sink: TodoSink) -> int:
    """Cases on site, by phone or online not yet met or called back (and not yet answered):
    the response clock runs; the nearest deadline first."""
    if context.now is None:
        return 0
    session, now = context.session, _local(context.now, context)
    query = _cases(Complaint.channel).where(
        Complaint.responded_at.is_(None),
        Complaint.answered_at.is_(None),
        Complaint.channel.in_([c.value for c in CLOCKED]),
    )
    rows = list(session.execute(_scoped(context, query)))
    if not rows:
        return 0
    calendar = office_calendar(session)
    clocks: list[tuple[datetime, Any]] = []
    for row in rows:
        due = response_due(Channel(row.channel), _local(row.intake_at, context), calendar)
        if due is not None:
            clocks.append((due, row))
    clocks.sort(key=lambda pair: (pair[0], pair[1].complaint_id))
    for due, row in clocks[: context.limit]:
        rule = "10 分钟内到场" if row.channel == Channel.ON_SITE else "1 小时内回电"
        detail = (
            f"{_head(row)}：{Channel(row.channel).label}投诉，{rule}，"
            f"期限 {_clock_text(due, context.today)}（{time_left(due, now)}）"
        )
        sink.add(TodoKind.COMPLAINT_RESPONSE, _person(row), detail, due.date(), row.complaint_id)
    return len(clocks)


# --- 投诉答复到期


def answers_due(context: TodoContext, sink: TodoSink) -> int:
    """Cases whose first answer is due today or overdue, with the time left; the nearest
    deadline first."""
    if context.now is None:
        return 0
    session, now, today = context.session, _local(context.now, context), context.today
    rows = list(session.execute(_scoped(context, _cases().where(Complaint.answered_at.is_(None)))))
    if not rows:
        return 0
    calendar = office_calendar(session)
    pauses = pauses_by_case(session, [row.complaint_id for row in rows])
    due_rows = []
    for row in rows:
        deadline = case_deadline(
            row.level,
            row.intake_at,
            pauses.get(row.complaint_id, []),
            calendar,
            context.rule.zone,
            now=now,
        )
        if deadline.due_at.date() <= today:
            due_rows.append((deadline, row))
    due_rows.sort(key=lambda pair: (pair[0].due_at, pair[1].complaint_id))
    for deadline, row in due_rows[: context.limit]:
        detail = (
            f"{_head(row)}：首次答复期限 {_clock_text(deadline.due_at, today)}"
            f"（{Level(row.level).rule_text}；{time_left(deadline.due_at, now)}）"
        )
        if deadline.paused:
            detail += "，等待客户中（计时暂停）"
        if deadline.note:
            detail += f"；{deadline.note}"
        sink.add(
            TodoKind.COMPLAINT_DUE, _person(row), detail, deadline.due_at.date(), row.complaint_id
        )
    return len(due_rows)


# --- 多部门投诉周跟进


def weekly_cases(context: TodoContext, sink: TodoSink) -> int:
    """Multi-department cases, on the site manager's list once a week on the weekday they were
    taken in (from the week after intake) until they close."""
    if not context.team:
        return 0
    session, today = context.session, context.today
    rows = list(
        session.execute(_cases(Complaint.status).where(Complaint.multi_department.is_(True)))
    )
    found = []
    for row in rows:
        taken = _local(row.intake_at, context).date()
        if taken < today and taken.weekday() == today.weekday():
            found.append((taken, row))
    for taken, row in found[: context.limit]:
        week = (today - taken).days // 7
        detail = (
            f"{_head(row)}：多部门协同处理，{ComplaintStatus(row.status).label}"
            f"（{cn_date(taken, today)}受理，第 {week} 周跟进）"
        )
        sink.add(TodoKind.COMPLAINT_WEEKLY, _person(row), detail, None, row.complaint_id)
    return len(found)


# --- 投诉方案待审核


def solutions_to_review(context: TodoContext, sink: TodoSink) -> int:
    """Solutions waiting for legal's or finance's review — each their own side."""
    actor = context.actor
    if not actor.can(Action.REVIEW_SOLUTIONS) or actor.is_system:
        return 0
    legal, finance = Role.LEGAL in actor.roles, Role.FINANCE in actor.roles
    waiting: list[ColumnElement[bool]] = []
    if legal:
        waiting.append(Complaint.legal_at.is_(None))
    if finance:
        waiting.append(Complaint.finance_at.is_(None))
    if not waiting:
        return 0
    session, today = context.session, context.today
    rows = list(
        session.execute(
            _cases(
                Complaint.solution,
                Complaint.proposed_at,
                Complaint.legal_at,
                Complaint.finance_at,
            )
            .where(Complaint.status == ComplaintStatus.REVIEW.value, or_(*waiting))
            .order_by(None)
            .order_by(Complaint.proposed_at, Complaint.id)
        )
    )
    for row in rows[: context.limit]:
        sides = []
        if legal and row.legal_at is None:
            sides.append("法务")
        if finance and row.finance_at is None:
            sides.append("财务")
        solution = Solution(row.solution).label if row.solution else "处理"
        asked = (
            f"{cn_date(_local(row.proposed_at, context).date(), today)}提交"
            if row.proposed_at is not None
            else "已提交"
        )
        detail = f"{_head(row)}：{solution}方案待您审核（{'、'.join(sides)}，{asked}）"
        sink.add(TodoKind.COMPLAINT_REVIEW, _person(row), detail, None, row.complaint_id)
    return len(rows)


# --- 投诉赔付待办


def _money_tasks(context: TodoContext, payment: ComplaintPayment, state: Any) -> list[str]:
    actor = context.actor
    tasks: list[str] = []
    if actor.can(Action.APPROVE_COMPENSATION) and not state.rejected:
        mine = [role for role in state.waiting if role in actor.roles]
        if mine:
            tasks.append("待您审批（" + "、".join(role.label for role in mine) + "）")
    if actor.can(Action.PAY_REFUNDS) and state.approved and not state.paid:
        tasks.append("已审批，待出纳支付")
    if actor.can(Action.CONFIRM_REFUNDS) and state.paid and not state.confirmed:
        assert payment.number is not None
        tasks.append(f"凭证 {payment_code(payment.number)} 待财务确认")
    return tasks


def money_waiting(context: TodoContext, sink: TodoSink) -> int:
    """Money paid because of a complaint that waits for the actor: an approval (CS manager,
    vice president above the limit), the cashier's payment, finance's confirmation."""
    actor = context.actor
    if actor.is_system or not any(
        actor.can(action)
        for action in (Action.APPROVE_COMPENSATION, Action.PAY_REFUNDS, Action.CONFIRM_REFUNDS)
    ):
        return 0
    session = context.session
    rows = list(
        session.execute(
            _cases(ComplaintPayment)
            .join(ComplaintPayment, ComplaintPayment.complaint_id == Complaint.id)
            .where(
                ComplaintPayment.rejected_at.is_(None),
                or_(
                    ComplaintPayment.confirmed_at.is_(None),
                    ComplaintPayment.voided_at.is_not(None),
                ),
            )
            .order_by(None)
            .order_by(ComplaintPayment.requested_at, ComplaintPayment.id)
        )
    )
    if not rows:
        return 0
    contractor_limit, company_limit = limits(session)
    found = 0
    for row in rows:
        payment: ComplaintPayment = row.ComplaintPayment
        state = payment_state(payment, contractor_limit, company_limit)
        tasks = _money_tasks(context, payment, state)
        if not tasks:
            continue
        found += 1
        if found <= context.limit:
            what = f"{payment.payment.label} {yuan(payment.amount)} 元（{payment.liable.label}）"
            detail = f"{_head(row)}：{what}，" + "；".join(tasks)
            sink.add(TodoKind.COMPLAINT_PAYMENT, _person(row), detail, None, row.complaint_id)
    return found


# --- 投诉待回访


def visits_due(context: TodoContext, sink: TodoSink) -> int:
    """Cases executed and waiting for their return visit (within 3 working days of the
    execution), the earliest due first."""
    if not context.actor.can(Action.RETURN_VISITS) or context.actor.is_system:
        return 0
    session, today = context.session, context.today
    rows = list(
        session.execute(
            _cases(Complaint.visit_due_on, Complaint.round)
            .where(
                Complaint.status == ComplaintStatus.VISIT.value,
                Complaint.visit_due_on.is_not(None),
            )
            .order_by(None)
            .order_by(Complaint.visit_due_on, Complaint.id)
        )
    )
    for row in rows[: context.limit]:
        due: date = row.visit_due_on
        days = (due - today).days
        when = f"已逾期 {-days} 天" if days < 0 else (f"还有 {days} 天" if days else "今天到期")
        round_text = f"第 {row.round} 轮，" if row.round > 1 else ""
        detail = f"{_head(row)}：已执行，{round_text}应于{cn_date(due, today)}前回访（{when}）"
        sink.add(TodoKind.COMPLAINT_VISIT, _person(row), detail, due, row.complaint_id)
    return len(rows)


#: The complaint sources, in the order the 工作台 lists them.
SOURCES: tuple[TodoSource, ...] = (
    FunctionSource(TodoKind.COMPLAINT_RESPONSE, response_clocks),
    FunctionSource(TodoKind.COMPLAINT_DUE, answers_due),
    FunctionSource(TodoKind.COMPLAINT_WEEKLY, weekly_cases),
    FunctionSource(TodoKind.COMPLAINT_REVIEW, solutions_to_review),
    FunctionSource(TodoKind.COMPLAINT_PAYMENT, money_waiting),
    FunctionSource(TodoKind.COMPLAINT_VISIT, visits_due),
)
