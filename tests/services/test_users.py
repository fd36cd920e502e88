"""Accounts: first administrator, login, unlock, and the admin's user management."""

import pytest
from sqlalchemy import select

from anjia_desk.core.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import session_scope
from anjia_desk.db.models import AuditEntry, User
from anjia_desk.services import users
from anjia_desk.services.context import Actor


@pytest.fixture
def admin(session):
    actor = users.create_first_admin(
        session, username="boss", display_name="老板", password="boss-pass"
    )
    session.info["actor"] = actor
    return actor


def test_first_admin_only_once(session, admin):
    assert not users.needs_first_admin(session)
    with pytest.raises(UserError, match="已经设置过"):
        users.create_first_admin(session, username="x2", display_name="二号", password="secret12")


def test_first_admin_validation(session):
    with pytest.raises(ValidationError) as info:
        users.create_first_admin(session, username="1x", display_name=" ", password="123")
    assert set(info.value.fields) == {"username", "display_name", "password"}
    assert users.needs_first_admin(session)


def test_login_success_failure_and_disabled(database):
    with session_scope(database) as s:
        users.create_first_admin(s, username="boss", display_name="老板", password="boss-pass")
    with session_scope(database) as s:
        actor = users.login(s, "BOSS", "boss-pass", os_user="desk", host="pc-1")
        assert actor.roles == frozenset({Role.ADMIN}) and actor.host == "pc-1"
        assert users.check_password(s, actor, "boss-pass")
        assert not users.check_password(s, actor, "wrong")
    for name, password in [("boss", "wrong-pass"), ("nobody", "whatever")]:
        with session_scope(database) as s, pytest.raises(UserError, match="登录名或密码不正确"):
            users.login(s, name, password)
    with database.sessions() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        assert actions.count("login_failed") == 3  # two logins and one unlock attempt
        assert "login" in actions and "unlock" in actions
        boss = s.scalars(select(User)).one()
        assert boss.last_login_at is not None and boss.last_login_at.tzinfo is not None


def test_admin_manages_users(session, admin):
    row = users.add_user(
        session,
        admin,
        username="guwen1",
        display_name="王浩",
        roles=[Role.CONSULTANT, Role.SENIOR_CONSULTANT],
        password="temp-pass",
    )
    assert row.roles_label == "置业顾问、资深顾问" and row.has_password
    consultant = Actor(row.id, "guwen1", "王浩", row.roles)
    assert users.must_change_password(session, consultant)
    users.change_own_password(session, consultant, "temp-pass", "mine-1234")
    assert not users.must_change_password(session, consultant)

    updated = users.update_user(
        session,
        admin,
        row.id,
        display_name="王浩然",
        roles=[Role.SITE_MANAGER],
        expected_version=users.list_users(session, admin)[-1].version,
    )
    assert updated.roles == frozenset({Role.SITE_MANAGER}) and updated.display_name == "王浩然"
    with pytest.raises(ConflictError, match="已被其他人修改"):
        users.update_user(
            session,
            admin,
            row.id,
            display_name="旧",
            roles=[Role.CONSULTANT],
            expected_version=row.version,
        )

    users.set_active(session, admin, row.id, False)
    assert [u.username for u in users.list_users(session, admin, include_inactive=False)] == [
        "boss"
    ]
    reset = users.reset_password(session, admin, row.id, "new-temp-1")
    assert reset.has_password
    summaries = " ".join(e.summary for e in session.scalars(select(AuditEntry)))
    assert "密码：*** → ***" in summaries and "temp-pass" not in summaries


def test_user_without_password_cannot_log_in(session, admin):
    users.add_user(
        session, admin, username="lisi", display_name="李四", roles=[Role.CONSULTANT], password=None
    )
    with pytest.raises(UserError):
        users.login(session, "lisi", "")


def test_duplicate_username_and_bad_roles(session, admin):
    with pytest.raises(ValidationError) as info:
        users.add_user(
            session, admin, username="Boss", display_name="x", roles=["wizard"], password=None
        )
    assert info.value.fields == {"username": "这个登录名已被使用", "roles": "未知角色：wizard"}
    with pytest.raises(ValidationError, match="保留"):
        users.add_user(
            session, admin, username="system", display_name="x", roles=[Role.ADMIN], password=None
        )
    with pytest.raises(ValidationError, match="至少选择一个角色"):
        users.add_user(
            session, admin, username="x1", display_name="名" * 41, roles=[], password=None
        )


def test_last_admin_is_protected(session, admin):
    with pytest.raises(UserError, match="自己"):
        users.set_active(session, admin, admin.user_id, False)
    with pytest.raises(ValidationError, match="管理员"):
        users.update_user(
            session, admin, admin.user_id, display_name="老板", roles=[Role.CONSULTANT]
        )
    other = users.add_user(
        session,
        admin,
        username="admin2",
        display_name="副管",
        roles=[Role.ADMIN],
        password="pass-word",
    )
    second = Actor(other.id, "admin2", "副管", other.roles)
    users.set_active(session, admin, other.id, False)
    with pytest.raises(UserError, match="至少要保留"):
        users.set_active(session, second, admin.user_id, False)


def test_password_rules_on_reset_and_change(session, admin):
    with pytest.raises(ValidationError, match="至少 6 位"):
        users.reset_password(session, admin, admin.user_id, "123")
    with pytest.raises(ValidationError, match="原密码不正确"):
        users.change_own_password(session, admin, "bad", "new-pass-1")
    with pytest.raises(ValidationError, match="至少 6 位"):
        users.change_own_password(session, admin, "boss-pass", "1")
    with pytest.raises(ValidationError, match="不能与原密码相同"):
        users.change_own_password(session, admin, "boss-pass", "boss-pass")
    users.reset_password(session, admin, admin.user_id, "own-reset-1")
    assert not users.must_change_password(session, admin)  # an admin resetting their own


def test_not_found_and_permissions(session, admin):
    with pytest.raises(NotFound):
        users.set_active(session, admin, 999, True)
    guest = Actor(None, "x", "前台", frozenset({Role.FRONT_DESK}))
    for call in (
        lambda: users.add_user(
            session, guest, username="aa", display_name="a", roles=[Role.ADMIN], password=None
        ),
        lambda: users.update_user(session, guest, 1, display_name="a", roles=[Role.ADMIN]),
        lambda: users.set_active(session, guest, 1, False),
        lambda: users.reset_password(session, guest, 1, "abcdef"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert all(u.is_active for u in users.list_users(session, guest))
    assert not users.must_change_password(session, Actor.system())


def test_an_admin_without_a_password_does_not_count_as_the_last_admin(session, admin):
    spare = users.add_user(
        session, admin, username="admin2", display_name="备用", roles=[Role.ADMIN], password=None
    )
    with pytest.raises(ValidationError, match="至少要保留"):
        users.update_user(
            session, admin, admin.user_id, display_name="老板", roles=[Role.CONSULTANT]
        )
    second = Actor(spare.id, "admin2", "备用", spare.roles)
    with pytest.raises(UserError, match="至少要保留"):
        users.set_active(session, second, admin.user_id, False)
    # Once the spare admin can log in, the first may step down.
    users.reset_password(session, admin, spare.id, "spare-pass")
    users.update_user(session, admin, admin.user_id, display_name="老板", roles=[Role.CONSULTANT])


def test_refresh_actor_follows_the_database(session, admin):
    row = users.add_user(
        session, admin, username="g1", display_name="王浩", roles=[Role.CONSULTANT], password=None
    )
    acting = Actor(row.id, "g1", "王浩", row.roles)
    assert users.refresh_actor(session, acting) is acting
    assert users.refresh_actor(session, Actor.system()).is_system
    users.update_user(session, admin, row.id, display_name="王浩然", roles=[Role.SITE_MANAGER])
    fresh = users.refresh_actor(session, acting)
    assert fresh.roles == frozenset({Role.SITE_MANAGER}) and fresh.display_name == "王浩然"
    users.set_active(session, admin, row.id, False)
    with pytest.raises(users.AccountDisabled, match="停用"):
        users.refresh_actor(session, acting)


def test_a_failed_login_never_logs_what_was_typed(database):
    with session_scope(database) as s:
        users.create_first_admin(s, username="boss", display_name="老板", password="boss-pass")
    with session_scope(database) as s, pytest.raises(UserError):
        users.login(s, "my-secret-password", "x")
    with database.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "login_failed")).one()
    assert "my-secret-password" not in entry.summary + entry.actor
    assert entry.actor == "未知登录名"
