"""The stored risk index as of today (DOMAIN §4, issue 13): recomputed for every customer once per
office day, so that the list shows and sorts by the index of the last 7 days — not the one frozen
at the last save of marks.

`recompute_risk` is set-based (two UPDATE statements, whatever the number of customers) and
idempotent; `run_daily_risk` runs it as the built-in system at the first start of an office day
and at midnight while the window is open, at most once per office day (the day it last ran is an
internal setting). Marks are written one customer at a time by services.risk, which keeps that
customer's index right at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, Update, and_, case, cast, func, or_, select, update
from sqlalchemy.orm import Session

from anjia_desk.core.risk import Level
from anjia_desk.core.roles import Action
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer, RiskMark
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import rules
from anjia_desk.services.settings import get_internal, get_setting, set_internal

#: The office day the daily recompute last ran (ISO date), an internal setting.
LAST_RUN_KEY = "risk.recomputed_on"


@dataclass(frozen=True)
class DailyRisk:
    """What one daily check did: the office's date, how many stored indexes changed (None when
    it had already run that day), and the next office midnight (UTC), when to check again."""

    today: date
    changed: int | None
    next_midnight: datetime


def recompute_risk(session: Session, actor: Actor, *, today: date) -> int:
    """Set every customer's stored index to the one of the window (the setting risk.index_days)
    ending `today` (core.risk.risk_index: 100 × low ÷ all marks, rounded half up; blank without
    marks in the window). Returns how many customers' index changed; a second run the same day
    changes none."""
    actor.require(Action.EDIT_CUSTOMERS)
    days = int(get_setting(session, "risk.index_days"))
    first = today - timedelta(days=days - 1)
    in_window = and_(RiskMark.day >= first, RiskMark.day <= today)
    marked = select(RiskMark.customer_id).where(in_window)
    # The window emptied: blank.
    cleared = _updated(
        session,
        update(Customer)
        .where(Customer.risk_index.is_not(None), Customer.id.not_in(marked))
        .values(risk_index=None),
    )
    # Marks in the window: the index as of today. Integer arithmetic on both engines:
    # round(100·low/n) half up = (200·low + n) div (2n).
    low = func.sum(case((RiskMark.level == Level.LOW.value, 1), else_=0))
    count = func.count(RiskMark.id)
    index = (
        select(cast((low * 200 + count) // (count * 2), Integer))
        .where(RiskMark.customer_id == Customer.id, in_window)
        .scalar_subquery()
    )
    changed = _updated(
        session,
        update(Customer)
        .where(
            Customer.id.in_(marked),
            or_(Customer.risk_index.is_(None), Customer.risk_index != index),
        )
        .values(risk_index=index),
    )
    total = cleared + changed
    audit.record(
        session,
        actor,
        "update",
        "customers",
        summary=(f"重算成交风险指数（{today:%Y-%m-%d}，近 {days} 天）：{total} 位客户的指数有变化"),
    )
    return total


def _updated(session: Session, statement: Update) -> int:
    """Run a bulk UPDATE (the session's objects are not synchronised) and count the rows."""
    result = session.execute(statement.execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)


def next_office_midnight(today: date, zone: ZoneInfo) -> datetime:
    """The start of the office day after `today` (in the office's zone), in UTC."""
    return aware_utc(datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone))


def run_daily_risk(database: Database, *, now: datetime | None = None) -> DailyRisk:
    """The daily job: recompute every stored index as the built-in system, unless it already
    ran this office day (on this PC or another)."""
    actor = Actor.system()
    with session_scope(database, actor) as session:
        rule = rules(session)
        today = rule.today(now)
        midnight = next_office_midnight(today, rule.zone)
        if get_internal(session, LAST_RUN_KEY) == today.isoformat():
            return DailyRisk(today, None, midnight)
        changed = recompute_risk(session, actor, today=today)
        set_internal(session, LAST_RUN_KEY, today.isoformat())
        return DailyRisk(today, changed, midnight)
