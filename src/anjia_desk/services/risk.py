"""Deal-risk signals (DOMAIN §4): marks per day and dimension, the stored index, level-2 warnings
per streak and their return-visit tasks. Risk data stays inside the office: no export reads it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.errors import ConflictError, NotFound, PermissionDenied, UserError
from anjia_desk.core.risk import Dimension, Level, high_streaks, risk_index
from anjia_desk.core.roles import Action, Role
from anjia_desk.core.text import clean_note
from anjia_desk.db.models import Customer, Deal, RiskMark, RiskWarning, User
from anjia_desk.db.types import aware_utc
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_setting

#: The customer page shows (and lets one correct) the marks of this many days, today included.
GRID_DAYS = 14

OPEN, ASSIGNED, DONE = "open", "assigned", "done"
STATUS_LABELS = {OPEN: "待指派", ASSIGNED: "回访中", DONE: "已回访"}


@dataclass(frozen=True)
class WarningRow:
    id: int
    customer_id: int
    customer_name: str
    owner_name: str
    level: int
    start_day: date
    end_day: date
    status: str
    assignee_id: int | None
    assignee_name: str
    done_note: str
    version: int

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def days_text(self) -> str:
        return f"{self.start_day:%m-%d} 至 {self.end_day:%m-%d}（{self.days} 天）"

    @property
    def days(self) -> int:
        return (self.end_day - self.start_day).days + 1


@dataclass(frozen=True)
class RiskOverview:
    customer_id: int
    monitoring: bool
    today: date
    days: list[date]  # the grid's days, oldest first, ending today
    marks: dict[date, dict[Dimension, Level]]
    index: int | None
    warnings: list[WarningRow]
    can_mark: bool
    #: Monitoring may be switched on (a live 认购) — off is always possible for who may mark.
    can_monitor: bool
    can_assign: bool
    can_close: dict[int, bool]  # warning id → may this user close it
    seniors: list[cs.Staff]  # whom a warning may be assigned to (for the site manager)


# --- who may see and do what


def assigned_to_warning(
    session: Session, actor: Actor, customer_id: int, *, open_only: bool = True
) -> bool:
    """Is `actor` the senior consultant given a still-open warning of this customer (with
    `open_only` False: any warning of this customer, done ones included)?"""
    if actor.user_id is None:
        return False
    query = select(RiskWarning.id).where(
        RiskWarning.customer_id == customer_id, RiskWarning.assignee_id == actor.user_id
    )
    if open_only:
        query = query.where(RiskWarning.status == ASSIGNED)
    return session.scalar(query.limit(1)) is not None


def _require_view(session: Session, actor: Actor, customer: Customer) -> None:
    """Risk marks are notes about a person: the owner, the site manager and a senior consultant
    assigned to the customer's warning see them; nobody else."""
    actor.require(Action.VIEW_CUSTOMERS)
    if cs.oversees(actor) or cs.is_owner(actor, customer):
        return
    if assigned_to_warning(session, actor, customer.id, open_only=False):
        return
    raise PermissionDenied("成交风险标记只有归属顾问、案场经理和被指派回访的资深顾问可以查看")


# --- monitoring and marks


#: Why monitoring cannot be switched on by hand before 认购 (DOMAIN §4).
NOT_SUBSCRIBED = "成交风险监测从认购开始：这位客户还没有有效的认购，认购时会自动开启"


def has_subscription(session: Session, customer_id: int) -> bool:
    """Has the customer an 认购 not cancelled (the moment DOMAIN §4's marks start)?"""
    query = select(Deal.id).where(Deal.customer_id == customer_id, Deal.cancelled_at.is_(None))
    return session.scalar(query.limit(1)) is not None


def set_risk_monitoring(
    session: Session, actor: Actor, customer_id: int, on: bool, *, now: datetime | None = None
) -> None:
    """Switch the daily risk marks off, or back on; marks and warnings stay. Monitoring starts
    at 认购 (services.deals switches it on), never by hand before it (DOMAIN §4)."""
    customer = cs.get_customer(session, customer_id)
    cs.require_edit(actor, customer)
    if on and not customer.risk_monitoring and not has_subscription(session, customer.id):
        raise UserError(NOT_SUBSCRIBED)
    customer.risk_monitoring = on


def mark_risk(
    session: Session,
    actor: Actor,
    customer_id: int,
    *,
    day: date,
    marks: Mapping[Dimension, Level | None],
    now: datetime | None = None,
) -> None:
    """Set (or, with None, clear) the marks of one day, then recompute the index and warnings."""
    customer = cs.get_customer(session, customer_id)
    cs.require_edit(actor, customer)
    if not customer.risk_monitoring:
        raise UserError("请先开启风险监测，再标记")
    rule = cs.rules(session)
    today = rule.today(aware_utc(now))
    if day > today:
        raise UserError("不能标记今天以后的日期")
    if day < today - timedelta(days=GRID_DAYS - 1):
        raise UserError(f"只能标记最近 {GRID_DAYS} 天")
    existing = {
        Dimension(m.dimension): m
        for m in session.scalars(
            select(RiskMark).where(RiskMark.customer_id == customer.id, RiskMark.day == day)
        )
    }
    for dimension, level in marks.items():
        dimension = Dimension(dimension)
        mark = existing.get(dimension)
        if level is None:
            if mark is not None:
                session.delete(mark)
        elif mark is None:
            session.add(
                RiskMark(
                    customer_id=customer.id,
                    day=day,
                    dimension=dimension.value,
                    level=Level(level).value,
                    user_id=actor.user_id,
                )
            )
        elif mark.level != Level(level).value:
            mark.level = Level(level)
            mark.user_id = actor.user_id
    session.flush()
    refresh_risk(session, customer, today=today)


def index_as_of(session: Session, customer_id: int, today: date) -> int | None:
    """The customer's risk index over the window (the setting risk.index_days) ending `today`."""
    days = int(get_setting(session, "risk.index_days"))
    first = today - timedelta(days=days - 1)
    window = session.execute(
        select(RiskMark.day, RiskMark.level).where(
            RiskMark.customer_id == customer_id, RiskMark.day >= first, RiskMark.day <= today
        )
    ).all()
    return risk_index(((d, level) for d, level in window), today=today, days=days)


def refresh_risk(session: Session, customer: Customer, *, today: date) -> None:
    """Recompute the stored index and the warnings from the customer's marks.

    Each streak of high-risk days (core.risk.high_streaks with the office's thresholds) has
    exactly one warning: a new streak raises one, a streak that grows moves its warning's days,
    never a second warning. A warning nobody has taken up yet whose streak was corrected away
    (marks cleared) is withdrawn; one assigned or done stays as history."""
    rule = cs.rules(session)
    customer.risk_index = index_as_of(session, customer.id, today)

    counts: dict[date, int] = {
        row_day: count
        for row_day, count in session.execute(
            select(RiskMark.day, func.count())
            .where(RiskMark.customer_id == customer.id, RiskMark.level == Level.HIGH.value)
            .group_by(RiskMark.day)
        )
    }
    streaks = high_streaks(counts, signals=rule.high_signals, days=rule.streak_days)
    warnings = list(
        session.scalars(
            select(RiskWarning)
            .where(RiskWarning.customer_id == customer.id)
            .order_by(RiskWarning.start_day, RiskWarning.id)
        )
    )
    kept: set[int] = set()
    for streak in streaks:
        touching = [
            w
            for w in warnings
            if w.id not in kept and w.start_day <= streak.end and w.end_day >= streak.start
        ]
        if not touching:
            session.add(
                RiskWarning(
                    customer_id=customer.id,
                    level=2,
                    start_day=streak.start,
                    end_day=streak.end,
                    status=OPEN,
                )
            )
            continue
        # One warning carries the streak (preferably one someone already works on); another
        # (two streaks that a filled gap joined) is withdrawn unless someone works on it too.
        carrier = next((w for w in touching if w.status != OPEN), touching[0])
        carrier.start_day, carrier.end_day = streak.start, streak.end
        kept.add(carrier.id)
        for other in touching:
            if other is not carrier and other.status != OPEN:
                kept.add(other.id)
    for warning in warnings:
        if warning.id not in kept and warning.status == OPEN:
            session.delete(warning)
    session.flush()


# --- the customer page


def _warning_rows(session: Session, warnings: list[RiskWarning]) -> list[WarningRow]:
    customers = {
        c.id: c
        for c in session.scalars(
            select(Customer).where(Customer.id.in_({w.customer_id for w in warnings}))
        )
    }
    names = cs.staff_names(
        session,
        [w.assignee_id for w in warnings] + [c.owner_id for c in customers.values()],
    )
    rows: list[WarningRow] = []
    for w in warnings:
        customer = customers[w.customer_id]
        rows.append(
            WarningRow(
                id=w.id,
                customer_id=w.customer_id,
                customer_name=customer.name or UNNAMED,
                owner_name=names.get(customer.owner_id, "") if customer.owner_id else "",
                level=w.level,
                start_day=w.start_day,
                end_day=w.end_day,
                status=w.status,
                assignee_id=w.assignee_id,
                assignee_name=names.get(w.assignee_id, "") if w.assignee_id else "",
                done_note=w.done_note,
                version=w.version,
            )
        )
    return rows


def _may_close(actor: Actor, warning: RiskWarning | WarningRow) -> bool:
    if warning.status == DONE:
        return False
    if cs.oversees(actor):
        return True
    return warning.assignee_id is not None and warning.assignee_id == actor.user_id


def risk_overview(
    session: Session, actor: Actor, customer_id: int, *, now: datetime | None = None
) -> RiskOverview:
    """The customer's marks over the last GRID_DAYS days, the index and the warnings."""
    customer = cs.get_customer(session, customer_id)
    _require_view(session, actor, customer)
    today = cs.rules(session).today(now)
    days = [today - timedelta(days=GRID_DAYS - 1 - i) for i in range(GRID_DAYS)]
    marks: dict[date, dict[Dimension, Level]] = {}
    for mark in session.scalars(
        select(RiskMark).where(RiskMark.customer_id == customer.id, RiskMark.day >= days[0])
    ):
        marks.setdefault(mark.day, {})[Dimension(mark.dimension)] = Level(mark.level)
    warnings = _warning_rows(
        session,
        list(
            session.scalars(
                select(RiskWarning)
                .where(RiskWarning.customer_id == customer.id)
                .order_by(RiskWarning.start_day.desc(), RiskWarning.id.desc())
            )
        ),
    )
    can_mark = cs.may_edit(actor, customer)
    can_assign = actor.can(Action.ASSIGN_WARNINGS)
    return RiskOverview(
        customer_id=customer.id,
        monitoring=customer.risk_monitoring,
        today=today,
        days=days,
        marks=marks,
        # As of today (the stored one may be as of the last recompute: services.risk_daily).
        index=index_as_of(session, customer.id, today),
        can_mark=can_mark,
        can_monitor=can_mark
        and (customer.risk_monitoring or has_subscription(session, customer.id)),
        warnings=warnings,
        can_assign=can_assign,
        can_close={w.id: _may_close(actor, w) for w in warnings},
        seniors=cs.consultants(session, seniors_only=True) if can_assign else [],
    )


# --- the return-visit task


def _warning(session: Session, warning_id: int) -> RiskWarning:
    warning = session.get(RiskWarning, warning_id)
    if warning is None:
        raise NotFound(f"预警 {warning_id} 不存在（可能已撤回）")
    return warning


def assign_warning(
    session: Session,
    actor: Actor,
    warning_id: int,
    *,
    assignee_id: int,
    version: int,
    now: datetime | None = None,
) -> None:
    """The site manager gives a warning's return visit to an active senior consultant."""
    actor.require(Action.ASSIGN_WARNINGS)
    warning = _warning(session, warning_id)
    if warning.version != version:
        raise ConflictError("这条预警刚被其他人处理过，请刷新后再指派")
    if warning.status == DONE:
        raise UserError("这条预警已回访完毕，不能再指派")
    user = session.get(User, assignee_id)
    if user is None or not user.is_active or Role.SENIOR_CONSULTANT.value not in user.role_names:
        raise UserError("预警回访只能指派给在岗的资深顾问")
    warning.assignee_id = user.id
    warning.assigned_by_id = actor.user_id
    warning.status = ASSIGNED


def close_warning(
    session: Session, actor: Actor, warning_id: int, *, note: str, now: datetime | None = None
) -> None:
    """The assigned senior consultant (or the site manager) records the return visit's result."""
    warning = _warning(session, warning_id)
    if warning.status == DONE:
        raise UserError("这条预警已回访完毕")
    if not _may_close(actor, warning):
        raise PermissionDenied("只有被指派的资深顾问或案场经理可以完成这条预警的回访")
    text = clean_note(note)  # no control or direction characters (issue 14)
    if not text:
        raise UserError("请填写回访结果")
    if len(text) > 1000:
        raise UserError("回访结果最多 1000 个字")
    warning.status = DONE
    warning.done_note = text


def open_warnings(
    session: Session, actor: Actor, *, now: datetime | None = None
) -> list[WarningRow]:
    """Warnings still to act on, for this user: the site manager sees every open or assigned
    one; a senior consultant those assigned to them and those of their own customers; a
    consultant those of their customers; anyone else none."""
    if not actor.can(Action.VIEW_CUSTOMERS):
        return []
    query = (
        select(RiskWarning)
        .join(Customer, Customer.id == RiskWarning.customer_id)
        .where(RiskWarning.status.in_((OPEN, ASSIGNED)), Customer.anonymised_at.is_(None))
        .order_by(RiskWarning.start_day, RiskWarning.id)
    )
    if not cs.oversees(actor):
        if actor.user_id is None:  # pragma: no cover - every non-system actor has an id
            return []
        own = Customer.owner_id == actor.user_id
        if Role.SENIOR_CONSULTANT in actor.roles:
            query = query.where(or_(own, RiskWarning.assignee_id == actor.user_id))
        elif Role.CONSULTANT in actor.roles:
            query = query.where(own)
        else:
            return []
    return _warning_rows(session, list(session.scalars(query)))
