"""判客 against enumeration (issue 14): every lookup of a phone is one line of the audit log and
one row of the tally (db.models.LookupTally). Once a person has looked up `lookup.limit`
numbers within `lookup.window_minutes` without registering a visit, each further lookup (the
21st on, by default) must wait `lookup.wait_seconds` after the one before, and the site manager
gets a to-do (services.lookup_todos).

Nothing here sleeps: `admit` refuses a lookup that comes too soon with `LookupWait` (how long to
wait), and a lookup's result says how long the next one must wait; the window waits that long
on a timer before asking (ui/registration.py). A registration by the person (来访登记) clears
their count: a receptionist who registers the visitors they look up never waits.

A phone looked up through a form's field — a referrer's number on a 来访登记 or 补登推荐人 — counts
the same (services.referrer_lookup): `admit(field=...)` refuses it beside that field
(`FieldWait`), and `note(keep=True)` keeps its line and count although the registration or link
it served is refused and rolled back (db.refusals.keep_after_rollback).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.db.models import LookupTally
from anjia_desk.db.refusals import keep_after_rollback
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_setting

#: Rows of the tally are kept this long (the site manager's to-do covers the office day).
KEPT = timedelta(days=1)


@dataclass(frozen=True)
class Limits:
    """The office's numbers (settings, 跟进与保护)."""

    limit: int
    window: timedelta
    wait: timedelta


def limits(session: Session) -> Limits:
    return Limits(
        limit=int(get_setting(session, "lookup.limit")),
        window=timedelta(minutes=int(get_setting(session, "lookup.window_minutes"))),
        wait=timedelta(seconds=int(get_setting(session, "lookup.wait_seconds"))),
    )


def _whole(seconds: float) -> int:
    return max(1, int(-(-seconds // 1)))  # rounded up, at least 1


class LookupWait(UserError):
    """A lookup that came before the wait was over: nothing was looked up."""

    def __init__(self, seconds: float) -> None:
        self.seconds = max(seconds, 0.0)
        super().__init__(f"查询过于频繁，请 {_whole(self.seconds)} 秒后再查")


class FieldWait(ValidationError):
    """A lookup made through a form's field (a referrer's phone) that came before the wait was
    over: refused beside that field; nothing was looked up, nothing saved."""

    def __init__(self, field: str, seconds: float) -> None:
        self.seconds = max(seconds, 0.0)
        super().__init__({field: f"查询过于频繁，请 {_whole(self.seconds)} 秒后再试"})


@dataclass(frozen=True)
class Admission:
    """A lookup let through: whether it came beyond the limit, and the moment it counts at."""

    at: datetime
    beyond: bool
    rule: Limits


def _pending(session: Session, user_id: int, since: datetime) -> tuple[int, datetime | None]:
    """How many lookups the user made since `since` with no registration after them, and when
    the latest was."""
    count, last = session.execute(
        select(func.count(LookupTally.id), func.max(LookupTally.looked_up_at)).where(
            LookupTally.user_id == user_id,
            LookupTally.looked_up_at > since,
            LookupTally.registered.is_(False),
        )
    ).one()
    return int(count or 0), aware_utc(last) if last is not None else None


def admit(
    session: Session, actor: Actor, *, now: datetime | None = None, field: str | None = None
) -> Admission | None:
    """Before a lookup: None for the built-in administrator (the command line has no 判客);
    `LookupWait` when the person is beyond the limit and their last lookup was less than the
    wait ago (`FieldWait` for a lookup through the form field `field`); else the admission to
    pass to `note`."""
    if actor.user_id is None:
        return None
    rule = limits(session)
    at = aware_utc(now)
    count, last = _pending(session, actor.user_id, at - rule.window)
    beyond = count >= rule.limit
    if beyond and last is not None and at - last < rule.wait:
        seconds = (rule.wait - (at - last)).total_seconds()
        raise FieldWait(field, seconds) if field is not None else LookupWait(seconds)
    return Admission(at, beyond, rule)


def note(
    session: Session,
    actor: Actor,
    admission: Admission | None,
    *,
    summary: str,
    customer_id: int | None,
    keep: bool = False,
) -> float:
    """After a lookup: its audit line (`summary` says what was asked, masked, and what was
    found) and its row of the tally. Returns how many seconds the next lookup must wait (0 while
    under the limit). With `keep`, both are written again after a rollback of the unit of work
    (a lookup made for a registration or a link that is then refused still counts)."""
    if keep:
        keep_after_rollback(
            session,
            lambda again: _write(again, actor, admission, summary=summary, customer_id=customer_id),
        )
    return _write(session, actor, admission, summary=summary, customer_id=customer_id)


def _write(
    session: Session,
    actor: Actor,
    admission: Admission | None,
    *,
    summary: str,
    customer_id: int | None,
) -> float:
    audit.record(session, actor, "lookup", "customers", customer_id, summary)
    if admission is None or actor.user_id is None:
        return 0.0
    at, rule = admission.at, admission.rule
    session.execute(
        delete(LookupTally).where(
            LookupTally.user_id == actor.user_id, LookupTally.looked_up_at < at - KEPT
        )
    )
    session.add(LookupTally(user_id=actor.user_id, looked_up_at=at, beyond=admission.beyond))
    session.flush()
    count, _last = _pending(session, actor.user_id, at - rule.window)
    return rule.wait.total_seconds() if count >= rule.limit else 0.0


def registered(session: Session, actor: Actor) -> None:
    """A 来访登记 by the person: the lookups before it are accounted for."""
    if actor.user_id is None:
        return
    session.execute(
        update(LookupTally)
        .where(LookupTally.user_id == actor.user_id, LookupTally.registered.is_(False))
        .values(registered=True)
    )
