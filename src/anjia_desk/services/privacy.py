"""The retention job (DOMAIN §13): customers with no contact for the retention period are
anonymised — by the administrator (a dry-run count first) or once a day when the setting is on.

A customer with any deal (live or cancelled) is kept: the deal and its receipts are accounting
records (DOMAIN §13), and the buyer's name on them must stay linked to the customer.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.roles import Action
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer, Deal
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.backup_pc import backup_pc, this_pc
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import rules
from anjia_desk.services.erasure import Identity, erase, identity_of, sweep_others
from anjia_desk.services.settings import get_internal, get_setting, set_internal

#: Internal setting: the office date of the last scheduled run (ISO), so it runs once a day.
LAST_RUN_KEY = "privacy.last_auto_anonymise"
#: Customers scrubbed per flush (keeps memory flat on a large backlog).
BATCH = 200
#: People whose phones and names one pass over the other notes and the audit log looks for.
SWEEP_BATCH = 2_000


@dataclass(frozen=True)
class RetentionStatus:
    months: int
    #: Customers last in touch (or created, when never contacted) before this date are due.
    cutoff: date
    due: int
    auto: bool
    last_auto_run: date | None


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (clamped to the month's last day)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _due_condition(cutoff: datetime) -> ColumnElement[bool]:
    return and_(
        Customer.anonymised_at.is_(None),
        ~exists().where(Deal.customer_id == Customer.id),
        or_(
            Customer.last_contact_at < cutoff,
            and_(Customer.last_contact_at.is_(None), Customer.created_at < cutoff),
        ),
    )


def _cutoff(session: Session, now: datetime | None) -> tuple[date, datetime, int]:
    rule = rules(session)
    cutoff_day = months_before(rule.today(now), rule.retention_months)
    moment = aware_utc(datetime.combine(cutoff_day, time(0), tzinfo=rule.zone))
    return cutoff_day, moment, rule.retention_months


def anonymise_due(
    session: Session, actor: Actor, *, now: datetime | None = None, dry_run: bool
) -> int:
    """Anonymise every customer past the retention period (or, with dry_run, count them).

    One audit entry names the count; the erasure blanks the values in each customer's own audit
    lines (services.erasure), keeping who and when."""
    actor.require(Action.ANONYMISE_CUSTOMERS)
    cutoff_day, moment, months = _cutoff(session, now)
    condition = _due_condition(moment)
    if dry_run:
        return int(session.scalar(select(func.count(Customer.id)).where(condition)) or 0)
    ids = list(session.scalars(select(Customer.id).where(condition).order_by(Customer.id)))
    at = aware_utc(now)
    people: dict[int, Identity] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        customers = list(session.scalars(select(Customer).where(Customer.id.in_(chunk))))
        for customer in customers:
            people[customer.id] = identity_of(session, customer)
            erase(session, customer, now=at, kind="retention", sweep=False)
        session.flush()
        for customer in customers:
            session.expunge(customer)
    # Other people's notes and the audit log: one pass for the whole batch, not one per person.
    for start in range(0, len(ids), SWEEP_BATCH):
        chunk = ids[start : start + SWEEP_BATCH]
        sweep_others(session, {cid: people[cid] for cid in chunk})
    if ids:
        audit.record(
            session,
            actor,
            "anonymise",
            "customers",
            None,
            f"匿名化 {len(ids)} 位客户：{cutoff_day.isoformat()} 以前最后联系，"
            f"超过保留期 {months} 个月",
        )
    return len(ids)


def retention_status(
    session: Session, actor: Actor, *, now: datetime | None = None
) -> RetentionStatus:
    """What the 个人信息 page shows: the period, the cutoff, how many are due, the schedule."""
    due = anonymise_due(session, actor, now=now, dry_run=True)
    cutoff_day, _moment, months = _cutoff(session, now)
    last = get_internal(session, LAST_RUN_KEY)
    return RetentionStatus(
        months=months,
        cutoff=cutoff_day,
        due=due,
        auto=bool(get_setting(session, "privacy.auto_anonymise")),
        last_auto_run=date.fromisoformat(last) if last else None,
    )


def retention_notice(session: Session, actor: Actor) -> str:
    """One sentence for the first-run checklist: whether the retention job runs by itself."""
    actor.require(Action.EDIT_SETTINGS)
    months = rules(session).retention_months
    if get_setting(session, "privacy.auto_anonymise"):
        return (
            f"个人信息保护：到期自动匿名化已开启——无成交、无联系满 {months} 个月的客户，"
            "每天自动删除其个人信息（可在“设置 → 个人信息”中调整期限或关闭）。"
        )
    return (
        f"个人信息保护：到期自动匿名化已关闭——无成交、无联系满 {months} 个月的客户"
        "需在“个人信息”页手动匿名化；建议在“设置 → 个人信息”中开启。"
    )


def run_scheduled_anonymisation(database: Database, *, now: datetime | None = None) -> int | None:
    """The daily job: when privacy.auto_anonymise is on and it has not run today (office date),
    anonymise as the built-in system administrator. None when it did not run. On a server's
    database only the backup PC runs it (设置 → 备份与恢复), once a backup PC is named: N PCs
    opening their windows at nine do not all anonymise the same customers."""
    actor = Actor.system()
    with session_scope(database, actor) as session:
        if not get_setting(session, "privacy.auto_anonymise"):
            return None
        if database.engine.dialect.name != "sqlite":
            named = backup_pc(session)
            if named is not None and named != this_pc():
                return None
        today = rules(session).today(now).isoformat()
        if get_internal(session, LAST_RUN_KEY) == today:
            return None
        count = anonymise_due(session, actor, now=now, dry_run=False)
        set_internal(session, LAST_RUN_KEY, today)
        return count
