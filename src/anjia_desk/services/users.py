"""Accounts: the first administrator, logging in and unlocking, and the admin's user management."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import ConflictError, NotFound, UserError, ValidationError
from anjia_desk.core.login_throttle import wait_message
from anjia_desk.core.passwords import hash_password, password_problem, verify_password
from anjia_desk.core.roles import Action, Role, roles_label
from anjia_desk.core.text import clean_name
from anjia_desk.core.users import validate_user
from anjia_desk.db.models import User, UserRole
from anjia_desk.db.types import utcnow
from anjia_desk.services import audit, login_guard
from anjia_desk.services.context import Actor

SETUP_ACTOR = Actor(user_id=None, username="setup", display_name="首次设置")
BAD_LOGIN = "登录名或密码不正确"


class AccountDisabled(UserError):
    """The acting user's account was disabled (or removed) while they were logged in."""


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    is_active: bool
    has_password: bool
    last_login_at: datetime | None
    version: int
    #: Until when logins under this name are paused after failed attempts (None: not paused).
    paused_until: datetime | None = None

    @property
    def roles_label(self) -> str:
        return roles_label(self.roles)


def _row(user: User, paused_until: datetime | None = None) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=frozenset(Role(r) for r in user.role_names),
        is_active=user.is_active,
        has_password=user.password_hash is not None,
        last_login_at=user.last_login_at,
        version=user.version,
        paused_until=paused_until,
    )


def actor_for(user: User, *, os_user: str | None = None, host: str | None = None) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=frozenset(Role(r) for r in user.role_names),
        os_user=os_user,
        host=host,
    )


def needs_first_admin(session: Session) -> bool:
    """True on a fresh database: nobody can log in yet."""
    count = session.scalar(
        select(func.count()).select_from(User).where(User.password_hash.is_not(None))
    )
    return not count


def create_first_admin(
    session: Session, *, username: str, display_name: str, password: str
) -> Actor:
    """First start: create the administrator. Refused once anyone can log in."""
    if not needs_first_admin(session):
        raise UserError("管理员已经设置过了，请直接登录")
    errors = validate_user(
        username=username, display_name=display_name, roles=[Role.ADMIN], password=password
    )
    if errors:
        raise ValidationError(errors)
    session.info.setdefault("actor", SETUP_ACTOR)
    user = User(
        username=username,
        display_name=clean_name(display_name),
        password_hash=hash_password(password),
        roles=[UserRole(role=Role.ADMIN.value)],
    )
    session.add(user)
    session.flush()
    return actor_for(user)


def _by_username(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))


def login(
    session: Session,
    username: str,
    password: str,
    *,
    os_user: str | None = None,
    host: str | None = None,
    now: datetime | None = None,
) -> Actor:
    """Check the password; record the login (or the failed attempt, committed even then).

    After five failures in a row for a name (one that exists or not: the answer is the same),
    logins under it pause for a growing time (services.login_guard), refused with
    login_guard.LoginPaused before the password is even looked at."""
    now = now or utcnow()
    login_guard.refuse_if_paused(session, username, now)
    user = _by_username(session, username)
    if (
        user is None
        or user.password_hash is None
        or not verify_password(password, user.password_hash)
    ):
        # Only a real user's name goes into the log: what was typed may be a password.
        failed = Actor(
            user_id=user.id if user else None,
            username=user.username if user else "?",
            display_name=user.display_name if user else "未知登录名",
            os_user=os_user,
            host=host,
        )
        summary = f"登录名 {user.username}" if user else "输入的登录名不存在"
        audit.record(session, failed, "login_failed", "users", user.id if user else None, summary)
        pause = login_guard.note_failure(session, username, user, failed, now)
        session.commit()
        raise UserError(f"{BAD_LOGIN}。{wait_message(pause)}" if pause else BAD_LOGIN)
    if not user.is_active:
        raise UserError("该账号已停用，请联系管理员")
    login_guard.forget(session, username)
    actor = actor_for(user, os_user=os_user, host=host)
    session.info["actor"] = actor
    user.last_login_at = now
    audit.record(session, actor, "login", "users", user.id)
    return actor


def refresh_actor(session: Session, actor: Actor) -> Actor:
    """The acting user as the database has them now: roles changed by an admin take effect at
    once, and a disabled or deleted account can do nothing more (UserError)."""
    if actor.user_id is None:
        return actor
    user = session.get(User, actor.user_id)
    if user is None or not user.is_active:
        raise AccountDisabled("您的账号已被停用，请联系管理员")
    roles = frozenset(Role(r) for r in user.role_names)
    if roles == actor.roles and user.display_name == actor.display_name:
        return actor
    return replace(actor, roles=roles, display_name=user.display_name)


def check_password(
    session: Session, actor: Actor, password: str, *, now: datetime | None = None
) -> bool:
    """Unlocking the screen: is this the acting user's password? Failures are audited and count
    towards the login name's pause like failed logins (login_guard.LoginPaused while it lasts)."""
    now = now or utcnow()
    login_guard.refuse_if_paused(session, actor.username, now)
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    ok = bool(
        user
        and user.is_active
        and user.password_hash
        and verify_password(password, user.password_hash)
    )
    audit.record(
        session,
        actor,
        "unlock" if ok else "login_failed",
        "users",
        actor.user_id,
        "" if ok else "解锁时密码错误",
    )
    if ok:
        login_guard.forget(session, actor.username)
    else:
        login_guard.note_failure(session, actor.username, user, actor, now)
    return ok


def list_users(
    session: Session,
    actor: Actor,
    *,
    include_inactive: bool = True,
    now: datetime | None = None,
) -> Sequence[UserRow]:
    """The accounts; for an administrator each row says whether its logins are paused."""
    query = select(User).order_by(User.is_active.desc(), User.username)
    if not include_inactive:
        query = query.where(User.is_active.is_(True))
    if not actor.can(Action.MANAGE_USERS):
        query = query.where(User.is_active.is_(True))
        return [_row(u) for u in session.scalars(query)]
    now = now or utcnow()
    return [
        _row(u, login_guard.blocked_until(session, u.username, now)) for u in session.scalars(query)
    ]


def lift_login_pause(
    session: Session, actor: Actor, user_id: int, *, now: datetime | None = None
) -> UserRow:
    """解除锁定: the administrator lets `user_id` try to log in again at once (audited)."""
    actor.require(Action.MANAGE_USERS)
    user = _get(session, user_id)
    if not login_guard.lift(session, actor, user, now or utcnow()):
        raise UserError(f"{user.display_name}（{user.username}）的登录没有被暂停")
    return _row(user)


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"没有编号为 {user_id} 的用户")
    return user


def _check_version(user: User, expected_version: int | None) -> None:
    if expected_version is not None and user.version != expected_version:
        raise ConflictError(f"用户 {user.username} 已被其他人修改，请刷新后再改")


def _active_admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count(func.distinct(User.id)))
            .join(UserRole)
            .where(
                User.is_active.is_(True),
                User.password_hash.is_not(None),  # an admin who cannot log in does not count
                UserRole.role == Role.ADMIN.value,
            )
        )
        or 0
    )


def _leaves_no_admin(session: Session, user: User) -> bool:
    """Would taking `user` out of the administrators leave nobody who can log in as one?"""
    counts = user.is_active and user.password_hash is not None
    counts = counts and Role.ADMIN.value in user.role_names
    return _active_admins(session) - int(counts) < 1


def add_user(
    session: Session,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    roles: Iterable[str],
    password: str | None,
) -> UserRow:
    """A new account. Without a password it cannot log in (a consultant known only by name)."""
    actor.require(Action.MANAGE_USERS)
    role_list = sorted(set(roles))
    errors = validate_user(
        username=username, display_name=display_name, roles=role_list, password=password
    )
    if "username" not in errors and _by_username(session, username) is not None:
        errors["username"] = "这个登录名已被使用"
    if errors:
        raise ValidationError(errors)
    user = User(
        username=username.strip(),
        display_name=clean_name(display_name),
        password_hash=hash_password(password) if password else None,
        must_change_password=bool(password),
        roles=[UserRole(role=r) for r in role_list],
    )
    session.add(user)
    session.flush()
    return _row(user)


def update_user(
    session: Session,
    actor: Actor,
    user_id: int,
    *,
    display_name: str,
    roles: Iterable[str],
    expected_version: int | None = None,
) -> UserRow:
    actor.require(Action.MANAGE_USERS)
    user = _get(session, user_id)
    _check_version(user, expected_version)
    role_list = sorted(set(roles))
    errors = validate_user(username=user.username, display_name=display_name, roles=role_list)
    if errors:
        raise ValidationError(errors)
    losing_admin = Role.ADMIN.value in user.role_names and Role.ADMIN.value not in role_list
    if losing_admin and _leaves_no_admin(session, user):
        raise ValidationError({"roles": "至少要保留一位在用的管理员"})
    user.display_name = clean_name(display_name)
    current: dict[str, UserRole] = {r.role: r for r in user.roles}
    for role in set(current) - set(role_list):
        user.roles.remove(current[role])
    for role in set(role_list) - set(current):
        user.roles.append(UserRole(role=role))
    # A change of roles alone touches only the child rows: bump the version all the same.
    user.updated_at = utcnow()
    session.flush()
    return _row(user)


def set_active(
    session: Session,
    actor: Actor,
    user_id: int,
    active: bool,
    *,
    expected_version: int | None = None,
) -> UserRow:
    actor.require(Action.MANAGE_USERS)
    user = _get(session, user_id)
    _check_version(user, expected_version)
    if not active:
        if user.id == actor.user_id:
            raise UserError("不能停用自己正在使用的账号")
        if _leaves_no_admin(session, user):
            raise UserError("至少要保留一位在用的管理员")
    user.is_active = active
    session.flush()
    return _row(user)


def reset_password(
    session: Session,
    actor: Actor,
    user_id: int,
    new_password: str,
    *,
    expected_version: int | None = None,
) -> UserRow:
    """The admin sets a temporary password; the user must change it at the next login."""
    actor.require(Action.MANAGE_USERS)
    user = _get(session, user_id)
    _check_version(user, expected_version)
    problem = password_problem(new_password)
    if problem:
        raise ValidationError({"password": problem})
    user.password_hash = hash_password(new_password)
    user.must_change_password = user.id != actor.user_id
    session.flush()
    return _row(user)


def must_change_password(session: Session, actor: Actor) -> bool:
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    return bool(user and user.must_change_password)


def change_own_password(session: Session, actor: Actor, old: str, new: str) -> None:
    user = _get(session, actor.user_id) if actor.user_id is not None else None
    if user is None or user.password_hash is None or not verify_password(old, user.password_hash):
        raise ValidationError({"old_password": "原密码不正确"})
    problem = password_problem(new)
    if problem:
        raise ValidationError({"password": problem})
    if new == old:
        raise ValidationError({"password": "新密码不能与原密码相同"})
    user.password_hash = hash_password(new)
    user.must_change_password = False
    session.flush()
