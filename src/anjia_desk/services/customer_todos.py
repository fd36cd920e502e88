"""工作台 sources about customers (DOMAIN §3, §4, §10, §13): follow-ups overdue and due today,
level-2 warnings, birthdays, holidays, referral thank-yous and the public pool.

Column queries only (the team's lists can be long). Anonymised customers never appear; 勿扰
customers get no birthday, holiday or thank-you touches.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, false, func, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.calendar import cn_date
from anjia_desk.core.roles import Action
from anjia_desk.db.models import Customer, ReferralPoint, RiskWarning
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.customers import pool_clause
from anjia_desk.services.workbench_base import (
    BASE_COLUMNS,
    FunctionSource,
    TodoContext,
    TodoKind,
    TodoSink,
    TodoSource,
)

#: A run of rest days is looked at this far for its names.
MAX_HOLIDAY_DAYS = 31
#: How a follow-up to-do says the customer's protection lapsed (it is in the public pool).
LAPSED = "已入公客池"


# --- helpers


def _md(day: date) -> str:
    return day.strftime("%m-%d")


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _window(context: TodoContext) -> list[date]:
    """Today and the days ahead that birthday and holiday greetings look at."""
    return [context.today + timedelta(days=i) for i in range(context.rule.care_days_ahead + 1)]


def owned_condition(actor: Actor, team: bool) -> ColumnElement[bool]:
    """The customers whose to-dos this actor sees: their own, or the whole team's."""
    live = Customer.anonymised_at.is_(None)
    if team:
        return and_(live, Customer.owner_id.is_not(None))
    if actor.user_id is None:
        return false()
    return and_(live, Customer.owner_id == actor.user_id)


def _count(session: Session, condition: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count(Customer.id)).where(condition)) or 0)


# --- the sources


def _follow_ups(context: TodoContext, sink: TodoSink, *, overdue: bool) -> int:
    session, today, rule = context.session, context.today, context.rule
    owned = owned_condition(context.actor, context.team)
    due = Customer.next_follow_up_on
    # A customer whose protection lapsed (in the public pool) stays on its former owner's list,
    # and the site manager's, marked as such, until someone claims it or follows up (DOMAIN §3:
    # overdue follow-ups do not vanish); the pool list offers it to the others meanwhile.
    condition = and_(owned, due < today if overdue else due == today)
    rows = session.execute(
        select(
            *BASE_COLUMNS, Customer.grade, due, Customer.last_contact_at, Customer.protected_until
        )
        .where(condition)
        .order_by(due, Customer.id)
        .limit(context.limit)
    )
    for row in rows:
        last = (
            f"，上次联系 {cn_date(rule.local_date(row.last_contact_at), today)}"
            if row.last_contact_at is not None
            else ""
        )
        if row.protected_until is None or row.protected_until < today:
            last += f"，{LAPSED}"
        if overdue:
            days = (today - row.next_follow_up_on).days
            detail = f"已逾期 {days} 天（{row.grade} 级{last}）"
            sink.add(TodoKind.OVERDUE, row, detail, row.next_follow_up_on)
        else:
            sink.add(TodoKind.DUE_TODAY, row, f"今天应跟进（{row.grade} 级{last}）", today)
    return _count(session, condition)


def overdue_follow_ups(context: TodoContext, sink: TodoSink) -> int:
    return _follow_ups(context, sink, overdue=True)


def follow_ups_due_today(context: TodoContext, sink: TodoSink) -> int:
    return _follow_ups(context, sink, overdue=False)


def warnings(context: TodoContext, sink: TodoSink) -> int:
    """Level-2 warnings: to assign (site manager), to visit (the senior assigned), and those of
    one's own customers (the owner)."""
    session, actor = context.session, context.actor
    parts: list[ColumnElement[bool]] = []
    if context.team:
        parts.append(and_(RiskWarning.status == "open", RiskWarning.assignee_id.is_(None)))
    if actor.user_id is not None:
        parts.append(and_(RiskWarning.status != "done", RiskWarning.assignee_id == actor.user_id))
        parts.append(and_(RiskWarning.status != "done", Customer.owner_id == actor.user_id))
    if not parts:
        return 0
    condition = and_(RiskWarning.level == 2, Customer.anonymised_at.is_(None), or_(*parts))
    joined = select(
        *BASE_COLUMNS,
        RiskWarning.id.label("warning_id"),
        RiskWarning.start_day,
        RiskWarning.end_day,
        RiskWarning.assignee_id,
    ).join(RiskWarning, RiskWarning.customer_id == Customer.id)
    rows = list(
        session.execute(
            joined.where(condition)
            .order_by(RiskWarning.end_day, RiskWarning.id)
            .limit(context.limit)
        )
    )
    assignees = staff_names(session, (row.assignee_id for row in rows))
    for row in rows:
        streak = f"{cn_date(row.start_day)}至{cn_date(row.end_day)}连续出现高风险信号"
        if row.assignee_id is None:
            task = "待指派资深顾问回访"
        elif row.assignee_id == actor.user_id:
            task = "已指派给您回访"
        else:
            task = f"已指派{assignees.get(row.assignee_id, '')}回访"
        sink.add(TodoKind.WARNING, row, f"{streak}，{task}", row.end_day, row.warning_id)
    total = session.scalar(
        select(func.count(RiskWarning.id))
        .join(Customer, RiskWarning.customer_id == Customer.id)
        .where(condition)
    )
    return int(total or 0)


def birthdays(context: TodoContext, sink: TodoSink) -> int:
    today, window = context.today, _window(context)
    owned = owned_condition(context.actor, context.team)
    days = {_md(day): day for day in window}
    for day in window:  # 2月29日 birthdays are greeted on 2月28日 in other years
        if day.month == 2 and day.day == 28 and not _is_leap(day.year):
            days["02-29"] = day
    condition = and_(
        owned, Customer.do_not_disturb.is_(False), Customer.birthday_md.in_(list(days))
    )
    rows = context.session.execute(select(*BASE_COLUMNS, Customer.birthday_md).where(condition))
    found = sorted(rows, key=lambda r: (days[r.birthday_md], r.id))
    for row in found[: context.limit]:
        day = days[row.birthday_md]
        when = "今天" if day == today else cn_date(day)
        sink.add(TodoKind.BIRTHDAY, row, f"{when}生日，送上祝福", day)
    return len(found)


def holidays_starting(session: Session, window: Iterable[date]) -> list[tuple[date, str]]:
    """Statutory holidays (from the office calendar) whose first rest day falls in `window`,
    with the names of the whole run of rest days ("国庆节、中秋节")."""
    calendar = office_calendar(session)

    def holiday(day: date) -> str | None:
        name = calendar.day_name(day)
        return name if name and not calendar.is_working_day(day) else None

    found = []
    for day in window:
        if holiday(day) is None or holiday(day - timedelta(days=1)) is not None:
            continue
        names: list[str] = []
        for offset in range(MAX_HOLIDAY_DAYS):
            name = holiday(day + timedelta(days=offset))
            if name is None:
                break
            if name not in names:
                names.append(name)
        found.append((day, "、".join(names)))
    return found


def holidays(context: TodoContext, sink: TodoSink) -> int:
    session, window = context.session, _window(context)
    calendar = office_calendar(session)
    unknown = calendar.fallback_years({day.year for day in window})
    if unknown:
        years = "、".join(str(y) for y in unknown)
        context.notes.append(f"{years} 年的法定节假日尚未录入办公日历，节日问候可能不全")
    owned = owned_condition(context.actor, context.team)
    condition = and_(owned, Customer.do_not_disturb.is_(False))
    total = 0
    for day, name in holidays_starting(session, window):
        total += _count(session, condition)
        room = context.limit - sink.listed(TodoKind.HOLIDAY)
        if room <= 0:
            continue
        rows = session.execute(
            select(*BASE_COLUMNS).where(condition).order_by(Customer.id).limit(room)
        )
        for row in rows:
            sink.add(TodoKind.HOLIDAY, row, f"{name}（{cn_date(day)}起）节日问候", day)
    return total


def thanks(context: TodoContext, sink: TodoSink) -> int:
    """Ledger lines earned by a referral (visit or deal) not yet thanked, of owned referrers."""
    session = context.session
    condition = and_(
        owned_condition(context.actor, context.team),
        Customer.do_not_disturb.is_(False),
        ReferralPoint.kind.in_(["visit", "deal"]),
        ReferralPoint.points > 0,
        ReferralPoint.thanked_at.is_(None),
    )
    query = select(
        *BASE_COLUMNS,
        ReferralPoint.id.label("ledger_id"),
        ReferralPoint.kind,
        ReferralPoint.points,
        ReferralPoint.referred_id,
        ReferralPoint.created_at.label("earned_at"),
    ).join(ReferralPoint, ReferralPoint.referrer_id == Customer.id)
    rows = list(
        session.execute(query.where(condition).order_by(ReferralPoint.id).limit(context.limit))
    )
    referred_ids = {row.referred_id for row in rows if row.referred_id is not None}
    referred = (
        {
            row.id: row.name
            for row in session.execute(
                select(Customer.id, Customer.name).where(Customer.id.in_(referred_ids))
            )
        }
        if referred_ids
        else {}
    )
    for row in rows:
        who = referred.get(row.referred_id) or "被推荐人"
        what = "来访" if row.kind == "visit" else "成交"
        detail = f"推荐的{who}已{what}，获得 {row.points} 积分，请致谢"
        earned = context.rule.local_date(row.earned_at)
        sink.add(TodoKind.THANKS, row, detail, earned, row.ledger_id)
    total = session.scalar(
        select(func.count(ReferralPoint.id))
        .join(Customer, ReferralPoint.referrer_id == Customer.id)
        .where(condition)
    )
    return int(total or 0)


def pool_condition(today: date) -> ColumnElement[bool]:
    """In the public pool (customers.pool_clause), not anonymised."""
    return and_(Customer.anonymised_at.is_(None), pool_clause(today))


def pool(context: TodoContext, sink: TodoSink) -> int:
    """The newest pool customers a consultant may claim (their own lapsed ones too: claiming is
    how they get them back)."""
    actor, today = context.actor, context.today
    if actor.user_id is None or not actor.can(Action.CLAIM_CUSTOMERS):
        return 0
    condition = pool_condition(today)
    rows = context.session.execute(
        select(*BASE_COLUMNS, Customer.grade, Customer.last_contact_at, Customer.created_at)
        .where(condition)
        .order_by(Customer.created_at.desc(), Customer.id.desc())
        .limit(context.limit)
    )
    for row in rows:
        last = (
            f"上次联系 {cn_date(context.rule.local_date(row.last_contact_at), today)}"
            if row.last_contact_at is not None
            else "从未联系"
        )
        sink.add(TodoKind.POOL, row, f"{row.grade} 级，{last}，可认领", None)
    return _count(context.session, condition)


#: The customer sources, in the order the 工作台 lists them.
SOURCES: tuple[TodoSource, ...] = (
    FunctionSource(TodoKind.OVERDUE, overdue_follow_ups),
    FunctionSource(TodoKind.DUE_TODAY, follow_ups_due_today),
    FunctionSource(TodoKind.WARNING, warnings),
    FunctionSource(TodoKind.BIRTHDAY, birthdays),
    FunctionSource(TodoKind.HOLIDAY, holidays),
    FunctionSource(TodoKind.THANKS, thanks),
    FunctionSource(TodoKind.POOL, pool),
)
