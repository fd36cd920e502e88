"""工作台: what the logged-in user should do today (DOMAIN §3, §4, §10, §13) and, for the site
manager, the team at a glance.

Reads the customer tables with column queries only (the team's lists can be long); each kind of
to-do is counted in full and listed up to ITEM_LIMIT items. Anonymised customers never appear;
勿扰 customers get no birthday, holiday or thank-you touches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.calendar import cn_date
from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.deal_rules import discount_approver, may_approve, step_due, steps_for
from anjia_desk.core.deals import MORTGAGE_STEPS, DiscountStatus, PaymentMethod, Stage
from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.roles import Action, Role
from anjia_desk.core.rotation import TurnKind
from anjia_desk.db.models import (
    Building,
    CareTouch,
    Customer,
    Deal,
    DealStep,
    ReferralPoint,
    RiskWarning,
    RotationTurn,
    Unit,
    Visit,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.care import due_condition as care_due_condition
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import (
    Rules,
    consultants,
    oversees,
    rules,
    shown_phone,
    staff_names,
)
from anjia_desk.services.customers import pool_clause
from anjia_desk.services.settings import get_setting

#: At most this many items of each kind are listed (the counts are always complete).
ITEM_LIMIT = 200
#: A run of rest days is looked at this far for its names.
MAX_HOLIDAY_DAYS = 31


class TodoKind(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    WARNING = "warning"
    BIRTHDAY = "birthday"
    HOLIDAY = "holiday"
    THANKS = "thanks"
    POOL = "pool"
    # Deals (issue 5): ref_id is the deal's id (CARE: the care touch's id).
    SIGN_DUE = "sign_due"
    STEP_DUE = "step_due"
    CARE = "care"
    DISCOUNT = "discount"

    @property
    def label(self) -> str:
        return TODO_LABELS[self]


TODO_LABELS: dict[TodoKind, str] = {
    TodoKind.OVERDUE: "逾期跟进",
    TodoKind.DUE_TODAY: "今日跟进",
    TodoKind.WARNING: "二级预警",
    TodoKind.BIRTHDAY: "生日问候",
    TodoKind.HOLIDAY: "节日问候",
    TodoKind.THANKS: "老带新致谢",
    TodoKind.POOL: "公客池可认领",
    TodoKind.SIGN_DUE: "认购待签约",
    TodoKind.STEP_DUE: "下一步到期",
    TodoKind.CARE: "签约关怀",
    TodoKind.DISCOUNT: "特批待审批",
}
#: 认购 whose signing deadline is this near (or passed) are listed.
SIGN_DUE_DAYS = 2


@dataclass(frozen=True)
class TodoItem:
    kind: TodoKind
    customer_id: int
    customer_name: str
    shown_phone: str
    detail: str
    due: date | None
    #: The owning consultant's name (the site manager's list covers the whole team).
    owner_name: str = ""
    #: The warning's, ledger line's, deal's or care touch's id, for the kinds that have one.
    ref_id: int | None = None


@dataclass(frozen=True)
class Todo:
    today: date
    #: True when the list covers the whole team (site manager, administrator).
    team: bool
    items: list[TodoItem]
    #: Every kind, with its full count (items may list fewer: ITEM_LIMIT).
    counts: dict[TodoKind, int]
    #: Things the person should know about the list itself (e.g. an unknown holiday year).
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def items_of(self, kind: TodoKind) -> list[TodoItem]:
        return [item for item in self.items if item.kind is kind]

    def truncated(self, kind: TodoKind) -> bool:
        return self.counts[kind] > len(self.items_of(kind))


@dataclass(frozen=True)
class TeamLine:
    user_id: int
    name: str
    overdue: int
    due_today: int
    customers: int
    #: Valid visits (首访 and 复访) received today.
    visits_today: int
    #: Receptions the rotation board gave them today (serve turns not marked invalid).
    turns_today: int
    active: bool = True


# --- helpers


def _md(day: date) -> str:
    return day.strftime("%m-%d")


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _window(today: date, days_ahead: int) -> list[date]:
    return [today + timedelta(days=i) for i in range(days_ahead + 1)]


def _owned(actor: Actor, team: bool) -> ColumnElement[bool]:
    """The customers whose to-dos this actor sees: their own, or the whole team's."""
    live = Customer.anonymised_at.is_(None)
    if team:
        return and_(live, Customer.owner_id.is_not(None))
    if actor.user_id is None:
        return false()
    return and_(live, Customer.owner_id == actor.user_id)


def _protected(today: date) -> ColumnElement[bool]:
    """Owned and still protected (not in the public pool)."""
    return and_(Customer.owner_id.is_not(None), Customer.protected_until >= today)


def _count(session: Session, condition: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count(Customer.id)).where(condition)) or 0)


_BASE_COLUMNS = (Customer.id, Customer.name, Customer.phone, Customer.owner_id)


class _Builder:
    """Collects the items of one to-do list, naming owners and masking phones once at the end."""

    def __init__(self, actor: Actor, team: bool) -> None:
        self.actor = actor
        self.team = team
        self.raw: list[tuple[TodoKind, Any, str, date | None, int | None]] = []

    def add(
        self, kind: TodoKind, row: Any, detail: str, due: date | None, ref_id: int | None = None
    ) -> None:
        self.raw.append((kind, row, detail, due, ref_id))

    def build(self, session: Session) -> list[TodoItem]:
        names = staff_names(session, (row.owner_id for _, row, _, _, _ in self.raw))
        return [
            TodoItem(
                kind=kind,
                customer_id=row.id,
                customer_name=row.name or UNNAMED,
                shown_phone=shown_phone(self.actor, phone=row.phone, owner_id=row.owner_id),
                detail=detail,
                due=due,
                owner_name=names.get(row.owner_id, "") if row.owner_id is not None else "",
                ref_id=ref_id,
            )
            for kind, row, detail, due, ref_id in self.raw
        ]


# --- the to-do list


def todo_for(session: Session, actor: Actor, *, now: datetime | None = None) -> Todo:
    """Today's to-dos of the logged-in user (the whole team's for the site manager)."""
    actor.require(Action.VIEW_CUSTOMERS)
    rule = rules(session)
    today = rule.today(now)
    team = oversees(actor)
    builder = _Builder(actor, team)
    counts: dict[TodoKind, int] = {}
    notes: list[str] = []
    owned = _owned(actor, team)

    counts[TodoKind.OVERDUE] = _follow_ups(session, builder, owned, today, overdue=True, rule=rule)
    counts[TodoKind.DUE_TODAY] = _follow_ups(
        session, builder, owned, today, overdue=False, rule=rule
    )
    counts[TodoKind.WARNING] = _warnings(session, builder, actor, team)
    window = _window(today, rule.care_days_ahead)
    counts[TodoKind.BIRTHDAY] = _birthdays(session, builder, owned, today, window)
    counts[TodoKind.HOLIDAY] = _holidays(session, builder, owned, window, notes)
    counts[TodoKind.THANKS] = _thanks(session, builder, owned, rule)
    counts[TodoKind.POOL] = _pool(session, builder, actor, today, rule)
    counts[TodoKind.SIGN_DUE] = _sign_due(session, builder, actor, team, today)
    counts[TodoKind.STEP_DUE] = _step_due(session, builder, actor, team, today, rule)
    counts[TodoKind.CARE] = _care(session, builder, actor, team, now, rule)
    counts[TodoKind.DISCOUNT] = _discounts(session, builder, actor)
    return Todo(today=today, team=team, items=builder.build(session), counts=counts, notes=notes)


def _follow_ups(
    session: Session,
    builder: _Builder,
    owned: ColumnElement[bool],
    today: date,
    *,
    overdue: bool,
    rule: Rules,
) -> int:
    due = Customer.next_follow_up_on
    # A lapsed customer is in the public pool, nobody's to follow up until claimed (a follow-up
    # no longer renews the protection); the pool list offers it instead.
    condition = and_(owned, _protected(today), due < today if overdue else due == today)
    rows = session.execute(
        select(*_BASE_COLUMNS, Customer.grade, due, Customer.last_contact_at)
        .where(condition)
        .order_by(due, Customer.id)
        .limit(ITEM_LIMIT)
    )
    for row in rows:
        last = (
            f"，上次联系 {cn_date(rule.local_date(row.last_contact_at), today)}"
            if row.last_contact_at is not None
            else ""
        )
        if overdue:
            days = (today - row.next_follow_up_on).days
            detail = f"已逾期 {days} 天（{row.grade} 级{last}）"
            builder.add(TodoKind.OVERDUE, row, detail, row.next_follow_up_on)
        else:
            builder.add(TodoKind.DUE_TODAY, row, f"今天应跟进（{row.grade} 级{last}）", today)
    return _count(session, condition)


def _warnings(session: Session, builder: _Builder, actor: Actor, team: bool) -> int:
    """Level-2 warnings: to assign (site manager), to visit (the senior assigned), and those of
    one's own customers (the owner)."""
    parts: list[ColumnElement[bool]] = []
    if team:
        parts.append(and_(RiskWarning.status == "open", RiskWarning.assignee_id.is_(None)))
    if actor.user_id is not None:
        parts.append(and_(RiskWarning.status != "done", RiskWarning.assignee_id == actor.user_id))
        parts.append(and_(RiskWarning.status != "done", Customer.owner_id == actor.user_id))
    if not parts:
        return 0
    condition = and_(RiskWarning.level == 2, Customer.anonymised_at.is_(None), or_(*parts))
    joined = select(
        *_BASE_COLUMNS,
        RiskWarning.id.label("warning_id"),
        RiskWarning.start_day,
        RiskWarning.end_day,
        RiskWarning.assignee_id,
    ).join(RiskWarning, RiskWarning.customer_id == Customer.id)
    rows = list(
        session.execute(
            joined.where(condition).order_by(RiskWarning.end_day, RiskWarning.id).limit(ITEM_LIMIT)
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
        builder.add(TodoKind.WARNING, row, f"{streak}，{task}", row.end_day, row.warning_id)
    total = session.scalar(
        select(func.count(RiskWarning.id))
        .join(Customer, RiskWarning.customer_id == Customer.id)
        .where(condition)
    )
    return int(total or 0)


def _birthdays(
    session: Session,
    builder: _Builder,
    owned: ColumnElement[bool],
    today: date,
    window: list[date],
) -> int:
    days = {_md(day): day for day in window}
    for day in window:  # 2月29日 birthdays are greeted on 2月28日 in other years
        if day.month == 2 and day.day == 28 and not _is_leap(day.year):
            days["02-29"] = day
    condition = and_(
        owned, Customer.do_not_disturb.is_(False), Customer.birthday_md.in_(list(days))
    )
    rows = session.execute(select(*_BASE_COLUMNS, Customer.birthday_md).where(condition))
    found = sorted(rows, key=lambda r: (days[r.birthday_md], r.id))
    for row in found[:ITEM_LIMIT]:
        day = days[row.birthday_md]
        when = "今天" if day == today else cn_date(day)
        builder.add(TodoKind.BIRTHDAY, row, f"{when}生日，送上祝福", day)
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


def _holidays(
    session: Session,
    builder: _Builder,
    owned: ColumnElement[bool],
    window: list[date],
    notes: list[str],
) -> int:
    calendar = office_calendar(session)
    unknown = calendar.fallback_years({day.year for day in window})
    if unknown:
        years = "、".join(str(y) for y in unknown)
        notes.append(f"{years} 年的法定节假日尚未录入办公日历，节日问候可能不全")
    condition = and_(owned, Customer.do_not_disturb.is_(False))
    total = 0
    for day, name in holidays_starting(session, window):
        total += _count(session, condition)
        room = ITEM_LIMIT - len([r for r in builder.raw if r[0] is TodoKind.HOLIDAY])
        if room <= 0:
            continue
        rows = session.execute(
            select(*_BASE_COLUMNS).where(condition).order_by(Customer.id).limit(room)
        )
        for row in rows:
            builder.add(TodoKind.HOLIDAY, row, f"{name}（{cn_date(day)}起）节日问候", day)
    return total


def _thanks(session: Session, builder: _Builder, owned: ColumnElement[bool], rule: Rules) -> int:
    """Ledger lines earned by a referral (visit or deal) not yet thanked, of owned referrers."""
    condition = and_(
        owned,
        Customer.do_not_disturb.is_(False),
        ReferralPoint.kind.in_(["visit", "deal"]),
        ReferralPoint.points > 0,
        ReferralPoint.thanked_at.is_(None),
    )
    query = select(
        *_BASE_COLUMNS,
        ReferralPoint.id.label("ledger_id"),
        ReferralPoint.kind,
        ReferralPoint.points,
        ReferralPoint.referred_id,
        ReferralPoint.created_at.label("earned_at"),
    ).join(ReferralPoint, ReferralPoint.referrer_id == Customer.id)
    rows = list(
        session.execute(query.where(condition).order_by(ReferralPoint.id).limit(ITEM_LIMIT))
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
        builder.add(TodoKind.THANKS, row, detail, rule.local_date(row.earned_at), row.ledger_id)
    total = session.scalar(
        select(func.count(ReferralPoint.id))
        .join(Customer, ReferralPoint.referrer_id == Customer.id)
        .where(condition)
    )
    return int(total or 0)


def pool_condition(today: date) -> ColumnElement[bool]:
    """In the public pool (customers.pool_clause), not anonymised."""
    return and_(Customer.anonymised_at.is_(None), pool_clause(today))


def _pool(session: Session, builder: _Builder, actor: Actor, today: date, rule: Rules) -> int:
    """The newest pool customers a consultant may claim (their own lapsed ones too: claiming is
    how they get them back)."""
    if actor.user_id is None or not actor.can(Action.CLAIM_CUSTOMERS):
        return 0
    condition = pool_condition(today)
    rows = session.execute(
        select(*_BASE_COLUMNS, Customer.grade, Customer.last_contact_at, Customer.created_at)
        .where(condition)
        .order_by(Customer.created_at.desc(), Customer.id.desc())
        .limit(ITEM_LIMIT)
    )
    for row in rows:
        last = (
            f"上次联系 {cn_date(rule.local_date(row.last_contact_at), today)}"
            if row.last_contact_at is not None
            else "从未联系"
        )
        builder.add(TodoKind.POOL, row, f"{row.grade} 级，{last}，可认领", None)
    return _count(session, condition)


# --- deals (DOMAIN §5–6)


def _unit_label(row: Any) -> str:
    return f"{row.building}{row.stairwell}{row.room}"


def _deal_rows_query(*columns: Any) -> Select[Any]:
    """Customer columns and the deal's unit, for deal to-dos of customers not anonymised."""
    return (
        select(
            *_BASE_COLUMNS,
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


def _sign_due(session: Session, builder: _Builder, actor: Actor, team: bool, today: date) -> int:
    """认购 not yet signed whose deadline is within SIGN_DUE_DAYS, today or passed: the selling
    consultant's (the whole team's for the site manager)."""
    if not team and actor.user_id is None:
        return 0
    condition = and_(
        Deal.stage == Stage.SUBSCRIBED.value,
        Deal.sign_deadline <= today + timedelta(days=SIGN_DUE_DAYS),
    )
    if not team:
        condition = and_(condition, Deal.consultant_id == actor.user_id)
    query = _deal_rows_query(Deal.sign_deadline).where(condition)
    rows = session.execute(query.order_by(Deal.sign_deadline, Deal.id).limit(ITEM_LIMIT))
    for row in rows:
        days = (row.sign_deadline - today).days
        if days < 0:
            when = f"已超过签约期限 {-days} 天"
        elif days == 0:
            when = "今天是签约期限"
        else:
            when = f"签约期限 {cn_date(row.sign_deadline, today)}，还有 {days} 天"
        detail = f"{_unit_label(row)} 已认购未签约，{when}"
        builder.add(TodoKind.SIGN_DUE, row, detail, row.sign_deadline, row.deal_id)
    total = session.scalar(
        select(func.count(Deal.id))
        .join(Customer, Customer.id == Deal.customer_id)
        .where(condition, Customer.anonymised_at.is_(None), Deal.cancelled_at.is_(None))
    )
    return int(total or 0)


def _step_due(
    session: Session, builder: _Builder, actor: Actor, team: bool, today: date, rule: Rules
) -> int:
    """Signed deals whose next step is due today or earlier, for whoever does that step: the
    mortgage officer the loan steps, the secretary and the selling consultant the others."""
    mortgage = actor.can(Action.MORTGAGE_STEPS)
    secretary = Role.SALES_SECRETARY in actor.roles
    if not (team or mortgage or secretary) and actor.user_id is None:
        return 0
    query = (
        _deal_rows_query(
            Deal.payment_method,
            Deal.sign_deadline,
            Deal.consultant_id,
            func.count(DealStep.id).label("steps_done"),
            func.max(DealStep.done_at).label("last_done_at"),
        )
        .join(DealStep, DealStep.deal_id == Deal.id)
        .where(Deal.stage.in_([Stage.SIGNED.value, Stage.DELIVERED.value]))
        .group_by(Deal.id, Customer.id, Unit.id, Building.id)
    )
    if not (team or mortgage or secretary):
        query = query.where(Deal.consultant_id == actor.user_id)
    found = []
    for row in session.execute(query):
        order = steps_for(PaymentMethod(row.payment_method))
        if row.steps_done >= len(order):
            continue
        step = order[row.steps_done]
        due = step_due(
            step,
            previous_done_on=rule.local_date(row.last_done_at),
            sign_deadline=row.sign_deadline,
        )
        if due is None or due > today:
            continue
        if step in MORTGAGE_STEPS:
            mine = team or mortgage
        else:
            mine = team or secretary or row.consultant_id == actor.user_id
        if mine:
            found.append((due, row.deal_id, step, row))
    found.sort(key=lambda item: (item[0], item[1]))
    for due, deal_id, step, row in found[:ITEM_LIMIT]:
        late = (today - due).days
        when = f"已逾期 {late} 天" if late > 0 else "今天到期"
        detail = f"{_unit_label(row)} 下一步：{step.label}（{when}）"
        builder.add(TodoKind.STEP_DUE, row, detail, due, deal_id)
    return len(found)


def _care(
    session: Session,
    builder: _Builder,
    actor: Actor,
    team: bool,
    now: datetime | None,
    rule: Rules,
) -> int:
    """Care touches due today or left from earlier days: the owner's (the team's for the
    site manager)."""
    if not actor.can(Action.CARE_TOUCHES) or (not team and actor.user_id is None):
        return 0
    condition = care_due_condition(session, now)
    if not team:
        condition = and_(condition, CareTouch.owner_id == actor.user_id)
    query = (
        _deal_rows_query(CareTouch.id.label("touch_id"), CareTouch.seq, CareTouch.due_at)
        .join(CareTouch, CareTouch.deal_id == Deal.id)
        .where(condition)
    )
    rows = session.execute(query.order_by(CareTouch.due_at, CareTouch.id).limit(ITEM_LIMIT))
    for row in rows:
        local = row.due_at.astimezone(rule.zone)
        detail = f"{_unit_label(row)} 签约关怀第 {row.seq} 次（{local:%H:%M}），话术已备好"
        builder.add(TodoKind.CARE, row, detail, local.date(), row.touch_id)
    total = session.scalar(
        select(func.count(CareTouch.id))
        .join(Customer, Customer.id == CareTouch.customer_id)
        .join(Deal, Deal.id == CareTouch.deal_id)
        .where(condition)
    )
    return int(total or 0)


def _discounts(session: Session, builder: _Builder, actor: Actor) -> int:
    """Special discounts waiting for approval that this actor may approve."""
    if not actor.can(Action.APPROVE_DISCOUNTS):
        return 0
    site_pct = Decimal(str(get_setting(session, "deals.site_discount_pct")))
    query = _deal_rows_query(Deal.special_discount, Deal.list_price, Deal.subscribed_at).where(
        Deal.discount_status == DiscountStatus.PENDING.value
    )
    found = []
    for row in session.execute(query.order_by(Deal.subscribed_at, Deal.id)):
        needed = discount_approver(row.special_discount, row.list_price, site_pct)
        if needed is not None and (actor.is_system or may_approve(actor.roles, needed)):
            found.append((row, needed))
    for row, needed in found[:ITEM_LIMIT]:
        detail = f"{_unit_label(row)} 特批优惠 {row.special_discount:,.2f} 元，待{needed.label}审批"
        builder.add(TodoKind.DISCOUNT, row, detail, None, row.deal_id)
    return len(found)


# --- the site manager's view of the team


def team_summary(session: Session, actor: Actor, *, now: datetime | None = None) -> list[TeamLine]:
    """Per consultant: overdue and due-today follow-ups, customers owned, today's receptions.
    Former staff who still own customers are listed too (to reassign them)."""
    actor.require(Action.VIEW_CUSTOMERS)
    if not oversees(actor):
        raise PermissionDenied("只有案场经理可以查看团队概况")
    rule = rules(session)
    today = rule.today(now)
    zone_start = datetime.combine(today, time(0), tzinfo=rule.zone)
    start, end = aware_utc(zone_start), aware_utc(zone_start + timedelta(days=1))

    owned = {
        row.owner_id: row
        for row in session.execute(
            select(
                Customer.owner_id,
                func.count(Customer.id).label("customers"),
                func.count(Customer.id)
                .filter(_protected(today), Customer.next_follow_up_on < today)
                .label("overdue"),
                func.count(Customer.id)
                .filter(_protected(today), Customer.next_follow_up_on == today)
                .label("due_today"),
            )
            .where(Customer.anonymised_at.is_(None), Customer.owner_id.is_not(None))
            .group_by(Customer.owner_id)
        )
    }
    visits: dict[int | None, int] = dict(
        session.execute(
            select(Visit.consultant_id, func.count(Visit.id))
            .where(
                Visit.visited_at >= start,
                Visit.visited_at < end,
                Visit.invalid_reason.is_(None),
                Visit.consultant_id.is_not(None),
            )
            .group_by(Visit.consultant_id)
        ).all()
    )
    turns: dict[int, int] = dict(
        session.execute(
            select(RotationTurn.user_id, func.count(RotationTurn.id))
            .where(
                RotationTurn.day == today,
                RotationTurn.kind == TurnKind.SERVE.value,
                RotationTurn.invalid_reason.is_(None),
            )
            .group_by(RotationTurn.user_id)
        ).all()
    )
    staff = consultants(session)
    lines: list[TeamLine] = []
    seen: set[int] = set()

    def line(user_id: int, name: str, active: bool) -> TeamLine:
        counts = owned.get(user_id)
        return TeamLine(
            user_id=user_id,
            name=name,
            overdue=int(counts.overdue) if counts else 0,
            due_today=int(counts.due_today) if counts else 0,
            customers=int(counts.customers) if counts else 0,
            visits_today=int(visits.get(user_id, 0)),
            turns_today=int(turns.get(user_id, 0)),
            active=active,
        )

    for person in staff:
        seen.add(person.id)
        lines.append(line(person.id, person.name, True))
    others = sorted(set(owned) - seen)
    names = staff_names(session, others)
    for user_id in others:
        lines.append(line(user_id, names.get(user_id, f"用户 {user_id}"), False))
    return lines


def is_front_desk_only(actor: Actor) -> bool:
    """Front desk without selling or overseeing: the rotation board is their workbench."""
    return (
        Role.FRONT_DESK in actor.roles
        and not oversees(actor)
        and not ({Role.CONSULTANT, Role.SENIOR_CONSULTANT} & actor.roles)
    )
