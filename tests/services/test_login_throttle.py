"""Login throttling (issue 14): after five failed attempts for a name, logins under it pause for a
growing time (up to five minutes), kept in the database, audited, and lifted by an administrator;
an unknown name is paused the same way, so the answer does not tell whether it exists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from anjia_desk.core.errors import PermissionDenied, UserError
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, open_database, session_scope
from anjia_desk.db.models import AuditEntry, LoginThrottle, User
from anjia_desk.services import users
from anjia_desk.services.context import Actor
from anjia_desk.services.login_guard import LoginPaused

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
PAUSED = "登录失败次数过多"


@pytest.fixture
def office(database: Database) -> Database:
    with session_scope(database) as s:
        users.create_first_admin(s, username="boss", display_name="老板", password="boss-pass")
    system = Actor.system()
    with session_scope(database, system) as s:
        row = users.add_user(
            s, system, username="gw", display_name="顾问小周", roles=[Role.CONSULTANT],
            password="guwen-pass",
        )  # fmt: skip
        s.get_one(User, row.id).must_change_password = False
    return database


def _login(database: Database, name: str, password: str, at: datetime) -> Actor:
    with session_scope(database) as s:
        return users.login(s, name, password, os_user="desk", host="pc", now=at)


def _fail(database: Database, name: str, at: datetime) -> str:
    with pytest.raises(UserError) as info:
        _login(database, name, "wrong-pass", at)
    return info.value.message


def _audit(database: Database, action: str) -> list[AuditEntry]:
    with database.sessions() as s:
        query = select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        return list(s.scalars(query))


def test_five_failures_pause_the_name_with_a_growing_delay(office: Database):
    messages = [_fail(office, "gw", T0 + timedelta(seconds=i)) for i in range(5)]
    assert messages[:4] == [users.BAD_LOGIN] * 4
    assert "登录失败次数过多，请 30 秒后再试" in messages[4]
    # During the pause even the right password is refused, and says how long to wait.
    with pytest.raises(LoginPaused, match="请 20 秒后再试"):
        _login(office, "gw", "guwen-pass", T0 + timedelta(seconds=14))
    # After it: one more failure pauses for 60 s, then 120, 240, 300, 300.
    at = T0 + timedelta(seconds=35)
    for pause in (60, 120, 240, 300, 300):
        assert f"请 {pause} 秒后再试" in _fail(office, "gw", at)
        at += timedelta(seconds=pause + 1)
    # The right password after the pause logs in and starts the count again.
    actor = _login(office, "gw", "guwen-pass", at)
    assert actor.username == "gw"
    assert _fail(office, "gw", at) == users.BAD_LOGIN


def test_each_pause_is_audited_naming_the_user(office: Database):
    for i in range(6):
        _fail(office, "GW", T0 + timedelta(seconds=40 * i))
    lines = _audit(office, "throttle")
    assert [line.summary for line in lines] == [
        "登录名 gw连续 5 次登录失败，暂停登录 30 秒",
        "登录名 gw连续 6 次登录失败，暂停登录 60 秒",
    ]
    assert {line.actor for line in lines} == {"顾问小周"}
    assert {(line.os_user, line.host) for line in lines} == {("desk", "pc")}


def test_the_pause_survives_a_restart(office: Database, db_path):
    for i in range(5):
        _fail(office, "gw", T0 + timedelta(seconds=i))
    office.close()
    again = open_database(str(db_path))
    try:
        with pytest.raises(LoginPaused):
            _login(again, "gw", "guwen-pass", T0 + timedelta(seconds=10))
    finally:
        again.close()


def test_an_unknown_name_is_paused_the_same_way_and_not_stored(office: Database):
    answers = [_fail(office, "nobody", T0 + timedelta(seconds=i)) for i in range(5)]
    known = [_fail(office, "gw", T0 + timedelta(seconds=i)) for i in range(5)]
    assert answers == known
    with pytest.raises(LoginPaused):
        _login(office, "nobody", "whatever", T0 + timedelta(seconds=10))
    with office.sessions() as s:
        keys = list(s.scalars(select(LoginThrottle.name_key)))
    assert len(keys) == 2 and not any("nobody" in k for k in keys)
    [line] = [e for e in _audit(office, "throttle") if e.user_id is None]
    assert "nobody" not in line.summary and "不存在" in line.summary


def test_old_failures_are_forgotten(office: Database):
    for i in range(4):
        _fail(office, "gw", T0 + timedelta(seconds=i))
    assert _fail(office, "gw", T0 + timedelta(hours=2)) == users.BAD_LOGIN


def test_failed_unlocks_count_towards_the_pause(office: Database):
    actor = _login(office, "gw", "guwen-pass", T0)
    for i in range(5):
        with session_scope(office, actor) as s:
            assert not users.check_password(s, actor, "wrong", now=T0 + timedelta(seconds=i))
    with pytest.raises(LoginPaused), session_scope(office, actor) as s:
        users.check_password(s, actor, "guwen-pass", now=T0 + timedelta(seconds=10))
    with session_scope(office, actor) as s:
        assert users.check_password(s, actor, "guwen-pass", now=T0 + timedelta(seconds=40))


def test_an_administrator_lifts_the_pause(office: Database):
    for i in range(5):
        _fail(office, "gw", T0 + timedelta(seconds=i))
    admin = _login(office, "boss", "boss-pass", T0)
    with session_scope(office, admin) as s:
        [row] = [r for r in users.list_users(s, admin, now=T0) if r.username == "gw"]
        assert row.paused_until == T0 + timedelta(seconds=34)
        users.lift_login_pause(s, admin, row.id, now=T0 + timedelta(seconds=5))
    assert _login(office, "gw", "guwen-pass", T0 + timedelta(seconds=6)).username == "gw"
    [line] = _audit(office, "lift")
    assert line.actor == "老板" and "gw" in line.summary
    with session_scope(office, admin) as s, pytest.raises(UserError, match="没有被暂停"):
        users.lift_login_pause(s, admin, row.id, now=T0 + timedelta(seconds=7))


def test_only_an_administrator_lifts_a_pause(office: Database):
    consultant = _login(office, "gw", "guwen-pass", T0)
    with session_scope(office, consultant) as s, pytest.raises(PermissionDenied):
        users.lift_login_pause(s, consultant, 1, now=T0)
    with session_scope(office, consultant) as s:
        assert all(r.paused_until is None for r in users.list_users(s, consultant, now=T0))
