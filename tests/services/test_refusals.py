"""Refused attempts are in the audit log (issue 14): every permission denied — a masked value
asked for unmasked among them — leaves one committed line naming the user, what was refused and
拒绝, although the refused unit of work was rolled back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.roles import Action, Role, is_allowed
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry
from anjia_desk.services import audit, backup, users
from anjia_desk.services.context import Actor
from tests.services.test_permissions import CALLS, NEEDS_FOLDER, PASSPHRASE


def _consultant(database: Database) -> Actor:
    system = Actor.system()
    with session_scope(database, system) as s:
        backup.set_backup_passphrase(s, system, PASSPHRASE)
        row = users.add_user(
            s, system, username="gw", display_name="顾问小周", roles=[Role.CONSULTANT],
            password="pass-word-1",
        )  # fmt: skip
    return Actor(row.id, "gw", "顾问小周", frozenset({Role.CONSULTANT}), os_user="desk", host="pc")


def _refusals(database: Database) -> list[AuditEntry]:
    with database.sessions() as s:
        return list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.action == "refused").order_by(AuditEntry.id)
            )
        )


#: Refusals tried one after another in one office (their set-ups do not collide).
IN_A_ROW = [
    Action.MANAGE_USERS,
    Action.EDIT_SETTINGS,
    Action.EDIT_OFFICE_RULES,
    Action.EDIT_PRICING_RULES,
    Action.EDIT_CALENDAR,
    Action.VIEW_AUDIT,
    Action.BACKUP,
    Action.RESTORE,
    Action.SET_BACKUP_PASSPHRASE,
    Action.ANONYMISE_CUSTOMERS,
    Action.IMPORT_DATA,
    Action.EXPORT_DATA,
    Action.VIEW_ID_NUMBERS,
    Action.VIEW_RECEIVABLES,
]


#: Services that open their own sessions (or, in the test's helper, refuse before one): the
#: window runs them inside its unit of work (ops.job), and so does the test.
OWN_SESSIONS = {Action.BACKUP, Action.RESTORE, Action.IMPORT_DATA, Action.EXPORT_UNMASKED}


def _try(database: Database, actor: Actor, action: Action, folder: Path) -> None:
    folder.mkdir()
    args = (database, actor, folder) if action in NEEDS_FOLDER else (database, actor)
    with pytest.raises(PermissionDenied):
        if action in OWN_SESSIONS:
            with session_scope(database, actor):
                CALLS[action](*args)
        else:
            CALLS[action](*args)


def _check_line(line: AuditEntry, actor: Actor, action: Action) -> None:
    assert line.user_id == actor.user_id and line.actor == "顾问小周"
    assert (line.os_user, line.host) == ("desk", "pc")
    assert action.label in line.summary
    assert audit.ACTION_LABELS[line.action] == "拒绝"


def test_n_refusals_of_a_consultant_leave_n_audit_lines(database: Database, tmp_path: Path):
    actor = _consultant(database)
    for number, action in enumerate(IN_A_ROW):
        _try(database, actor, action, tmp_path / str(number))

    lines = _refusals(database)
    assert len(lines) == len(IN_A_ROW)
    for line, action in zip(lines, IN_A_ROW, strict=True):
        _check_line(line, actor, action)
    # The audit page finds them by the word it shows.
    with database.sessions() as s:
        found = audit.search_audit(s, Actor.system(), text="拒绝")
    assert len(found) == len(IN_A_ROW)
    assert {row.action_label for row in found} == {"拒绝"}


@pytest.mark.parametrize(
    "action",
    [a for a in Action if not is_allowed({Role.CONSULTANT}, a)],
    ids=lambda a: a.name,
)
def test_every_refusal_of_a_consultant_is_audited(database: Database, tmp_path: Path, action):
    actor = _consultant(database)
    _try(database, actor, action, tmp_path / "work")
    [line] = _refusals(database)
    _check_line(line, actor, action)


def test_a_refused_reveal_of_a_full_id_number_is_audited_the_rest_rolled_back(
    database: Database,
):
    actor = _consultant(database)
    with pytest.raises(PermissionDenied), session_scope(database, actor) as s:
        audit.record(s, actor, "view", "customers", 1, "不该留下的一行")
        actor.require(Action.VIEW_ID_NUMBERS)
    with database.sessions() as s:
        summaries = [e.summary for e in s.scalars(select(AuditEntry))]
    assert "不该留下的一行" not in summaries  # the refused unit of work is gone
    [line] = _refusals(database)
    assert Action.VIEW_ID_NUMBERS.label in line.summary and line.actor == "顾问小周"


def test_a_refusal_through_nested_units_of_work_is_written_once(database: Database):
    actor = _consultant(database)
    with (
        pytest.raises(PermissionDenied),
        session_scope(database, actor),
        session_scope(database, actor) as inner,
    ):
        users.add_user(inner, actor, username="x1", display_name="某", roles=[], password=None)
    assert len(_refusals(database)) == 1


def test_a_refusal_on_a_read_only_database_is_still_refused(database: Database, monkeypatch):
    """The line cannot be written (here: every commit fails): the refusal is what the user sees,
    not a database error."""
    from anjia_desk.db import refusals

    actor = _consultant(database)

    def broken() -> None:
        raise OSError("read-only")

    monkeypatch.setattr(refusals, "refusal_entry", lambda *_a: broken())
    with pytest.raises(PermissionDenied), session_scope(database, actor) as s:
        users.add_user(s, actor, username="x2", display_name="某", roles=[], password=None)
    assert _refusals(database) == []


@pytest.mark.parametrize(
    "action", [Action.BACKUP, Action.RESTORE, Action.IMPORT_DATA], ids=lambda a: a.name
)
def test_a_service_refusing_before_its_own_sessions_is_audited_once(
    database: Database, tmp_path: Path, action: Action
) -> None:
    """A backup, a restore and an import check the permission before they open a session: called
    directly (no unit of work around them) the refusal still leaves exactly one line; inside one
    (the window's ops.job) too — the test above."""
    actor = _consultant(database)
    with pytest.raises(PermissionDenied):
        CALLS[action](database, actor, tmp_path)
    [line] = _refusals(database)
    _check_line(line, actor, action)


def test_a_refused_restore_into_no_database_creates_none(tmp_path: Path) -> None:
    from anjia_desk.db.refusal_guard import refusals_audited_at

    target = tmp_path / "nothing-here.db"
    actor = Actor(7, "gw", "顾问小周", frozenset({Role.CONSULTANT}))
    with pytest.raises(PermissionDenied), refusals_audited_at(f"sqlite:///{target}", actor):
        actor.require(Action.RESTORE)
    assert not target.exists()
