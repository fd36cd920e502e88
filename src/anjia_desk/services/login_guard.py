"""Login throttling (issue 14): failed attempts are counted per login name in the database (so a
restart does not reset them); from the fifth in a row, logins under that name pause for a growing
time (core.login_throttle), each pause is written to the audit log, and an administrator can lift
one. Used by services.users for logging in and for unlocking a locked window."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError
from anjia_desk.core.login_throttle import (
    FORGET_AFTER,
    delay_after,
    name_key,
    seconds_left,
    wait_message,
)
from anjia_desk.db.models import LoginThrottle, User
from anjia_desk.services import audit
from anjia_desk.services.context import Actor


class LoginPaused(UserError):
    """Too many failed attempts for this login name: wait `seconds` (or ask an administrator)."""

    def __init__(self, seconds: int) -> None:
        super().__init__(wait_message(seconds))
        self.seconds = seconds


def _record(session: Session, username: str) -> LoginThrottle | None:
    return session.scalar(select(LoginThrottle).where(LoginThrottle.name_key == name_key(username)))


def blocked_until(session: Session, username: str, now: datetime) -> datetime | None:
    """Until when logins under `username` are paused; None when they are not."""
    record = _record(session, username)
    if record is None or seconds_left(record.blocked_until, now) == 0:
        return None
    return record.blocked_until


def refuse_if_paused(session: Session, username: str, now: datetime) -> None:
    """LoginPaused while the name's pause lasts — whatever the password, which is not checked."""
    record = _record(session, username)
    if record is not None:
        left = seconds_left(record.blocked_until, now)
        if left:
            raise LoginPaused(left)


def note_failure(
    session: Session, username: str, user: User | None, who: Actor, now: datetime
) -> int:
    """Count a failed attempt for `username` (`user` when the name exists; `who` as the audit
    names the attempt). Returns the seconds of the pause this failure starts (0: none yet)."""
    record = _record(session, username)
    if record is None:
        record = LoginThrottle(name_key=name_key(username), failures=0)
        session.add(record)
    last = record.last_failed_at
    if last is not None and now - last > FORGET_AFTER:
        record.failures = 0  # an old run of failures does not count against today's
    record.failures += 1
    record.last_failed_at = now
    pause = delay_after(record.failures)
    if pause:
        record.blocked_until = now + timedelta(seconds=pause)
        # Only a real user's name goes into the log: what was typed may be a password.
        name = f"登录名 {user.username}" if user is not None else "一个不存在的登录名"
        audit.record(
            session,
            who,
            "throttle",
            "users",
            user.id if user is not None else None,
            f"{name}连续 {record.failures} 次登录失败，暂停登录 {pause} 秒",
        )
    session.flush()
    return pause


def forget(session: Session, username: str) -> None:
    """A successful login: the name's count starts again from zero."""
    session.execute(delete(LoginThrottle).where(LoginThrottle.name_key == name_key(username)))


def lift(session: Session, actor: Actor, user: User, now: datetime) -> bool:
    """An administrator lifts the pause of `user`'s login name (audited). False when there was
    none to lift (the count is cleared all the same)."""
    record = _record(session, user.username)
    paused = record is not None and seconds_left(record.blocked_until, now) > 0
    if record is not None:
        session.delete(record)
    if paused:
        audit.record(
            session, actor, "lift", "users", user.id, f"解除登录名 {user.username} 的登录暂停"
        )
    session.flush()
    return paused
