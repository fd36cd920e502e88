"""Every role against every guarded service: a service refuses exactly what the role × action
table of core/roles.py refuses, and lets the others through (DESIGN.md §Tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.roles import Action, Role, is_allowed
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import audit, backup, calendar, printing, settings, users
from anjia_desk.services.context import Actor

PASSPHRASE = "office-passphrase-1"


def _add_user(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        users.add_user(
            s,
            actor,
            username="newbie",
            display_name="新同事",
            roles=[Role.FRONT_DESK],
            password=None,
        )


def _edit_settings(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        settings.update_settings(s, actor, {"security.lock_minutes": 12})


def _edit_calendar(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        calendar.save_year(s, actor, 2027, [calendar.DayEntry(date(2027, 1, 1), False, "元旦")])


def _view_audit(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        audit.search_audit(s, actor)


def _backup(database: Database, actor: Actor, tmp: Path) -> None:
    backup.backup_database(database, actor, tmp / "b.anjiabak")


def _restore(database: Database, actor: Actor, tmp: Path) -> None:
    made = backup.backup_database(database, Actor.system(), tmp / "r.anjiabak")
    backup.restore_database(database.url, actor, made.path, passphrase=PASSPHRASE)


def _set_passphrase(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        backup.set_backup_passphrase(s, actor, "another-passphrase", old_passphrase=PASSPHRASE)


def _print_form(database: Database, actor: Actor, tmp: Path) -> None:
    with session_scope(database, actor) as s:
        printing.print_visitor_form(s, actor, tmp / "form.pdf")


CALLS: dict[Action, Callable[..., None]] = {
    Action.MANAGE_USERS: _add_user,
    Action.EDIT_SETTINGS: _edit_settings,
    Action.EDIT_CALENDAR: _edit_calendar,
    Action.VIEW_AUDIT: _view_audit,
    Action.BACKUP: _backup,
    Action.RESTORE: _restore,
    Action.SET_BACKUP_PASSPHRASE: _set_passphrase,
    Action.PRINT_BLANK_FORMS: _print_form,
}
NEEDS_FOLDER = {Action.BACKUP, Action.RESTORE, Action.PRINT_BLANK_FORMS}


def test_every_action_has_a_guarded_call():
    assert set(CALLS) == set(Action)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_service_guards_follow_the_table(database: Database, tmp_path: Path, role, action):
    system = Actor.system()
    with session_scope(database, system) as s:
        backup.set_backup_passphrase(s, system, PASSPHRASE)
        row = users.add_user(
            s,
            system,
            username="someone",
            display_name="某人",
            roles=[role.value],
            password="pass-word-1",
        )
    actor = Actor(row.id, "someone", "某人", frozenset({role}))
    call = CALLS[action]
    args = (database, actor, tmp_path) if action in NEEDS_FOLDER else (database, actor)
    if is_allowed({role}, action):
        call(*args)
    else:
        with pytest.raises(PermissionDenied, match=action.label):
            call(*args)
