"""The window's unit of work follows the database: roles changed by an admin apply at once, and a
disabled account can do nothing more."""

import pytest

from anjia_desk.core.roles import Role
from anjia_desk.db.engine import session_scope
from anjia_desk.services import users
from anjia_desk.services.context import Actor
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext


def test_roles_changed_by_an_admin_apply_at_once(qtbot, ctx, database):
    with session_scope(database, ctx.actor) as s:
        row = users.add_user(
            s, ctx.actor, username="g1", display_name="王浩", roles=[Role.CONSULTANT], password=None
        )
    consultant = AppContext(database, Actor(row.id, "g1", "王浩", row.roles))
    with session_scope(database, ctx.actor) as s:
        users.update_user(s, ctx.actor, row.id, display_name="王浩", roles=[Role.SITE_MANAGER])
    with (
        qtbot.waitSignal(consultant.actor_changed, timeout=2000) as signal,
        ops.unit_of_work(consultant) as (s, acting),
    ):
        assert s.info["actor"].roles == frozenset({Role.SITE_MANAGER})
        assert acting.roles == frozenset({Role.SITE_MANAGER})  # the work acts as the fresh user
    assert signal.args[0].roles == frozenset({Role.SITE_MANAGER})
    assert consultant.actor.roles == frozenset({Role.SITE_MANAGER})


def test_a_disabled_account_is_stopped(qtbot, ctx, database):
    with session_scope(database, ctx.actor) as s:
        row = users.add_user(
            s,
            ctx.actor,
            username="g2",
            display_name="陈思雨",
            roles=[Role.CONSULTANT],
            password=None,
        )
        users.set_active(s, ctx.actor, row.id, False)
    gone = AppContext(database, Actor(row.id, "g2", "陈思雨", row.roles))
    with (
        qtbot.waitSignal(gone.account_disabled, timeout=1000),
        pytest.raises(users.AccountDisabled),
        ops.unit_of_work(gone),
    ):
        pass


def test_an_unchanged_user_emits_nothing(qtbot, ctx):
    with qtbot.assertNotEmitted(ctx.actor_changed, wait=50), ops.unit_of_work(ctx):
        pass
