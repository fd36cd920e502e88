"""Probe (issue 14): every role tries every action its role forbids — through the services, each in
the unit of work the window runs it in — and the audit log is counted; then one login name is
attacked with wrong passwords for ten simulated minutes.

    PYTHONPATH=src python benchmarks/probes/refusals_and_logins.py

Prints: refusals tried, refusals audited (must be equal), and for the password attack how many
guesses were checked at all (a pause refuses the rest unchecked) and the pauses audited.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _fresh(home: Path, name: str):
    from anjia_desk.db.engine import open_database

    return open_database(str(home / f"{name}.db"))


def refusals(home: Path) -> tuple[int, int]:
    from sqlalchemy import func, select
    from tests.services.test_permissions import CALLS, NEEDS_FOLDER, PASSPHRASE

    from anjia_desk.core.errors import PermissionDenied
    from anjia_desk.core.roles import Action, Role, is_allowed
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import AuditEntry
    from anjia_desk.services import backup, users
    from anjia_desk.services.context import Actor

    tried = audited = 0
    for role in Role:
        for action in Action:
            if is_allowed({role}, action):
                continue
            database = _fresh(home, f"{role.value}-{action.value}")
            system = Actor.system()
            with session_scope(database, system) as s:
                backup.set_backup_passphrase(s, system, PASSPHRASE)
                row = users.add_user(
                    s, system, username="probe", display_name="探测", roles=[role.value],
                    password="probe-pass-1",
                )  # fmt: skip
            actor = Actor(row.id, "probe", "探测", frozenset({role}))
            folder = home / f"{role.value}-{action.value}"
            folder.mkdir()
            args = (database, actor, folder) if action in NEEDS_FOLDER else (database, actor)
            try:
                with session_scope(database, actor):  # as ops.write/ops.job run it
                    CALLS[action](*args)
            except PermissionDenied:
                tried += 1
            with database.sessions() as s:
                audited += s.scalar(select(func.count()).where(AuditEntry.action == "refused")) or 0
            database.close()
    return tried, audited


def password_attack(home: Path) -> tuple[int, int, int]:
    from sqlalchemy import func, select

    from anjia_desk.core.errors import UserError
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import AuditEntry
    from anjia_desk.services import users
    from anjia_desk.services.login_guard import LoginPaused

    database = _fresh(home, "attack")
    with session_scope(database) as s:
        users.create_first_admin(s, username="boss", display_name="老板", password="boss-pass-1")
    start = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    guesses = checked = 0
    at = start
    while at < start + timedelta(minutes=10):  # one guess a second
        guesses += 1
        try:
            with session_scope(database) as s:
                users.login(s, "boss", f"guess-{guesses}", now=at)
        except LoginPaused:
            pass
        except UserError:
            checked += 1
        at += timedelta(seconds=1)
    with database.sessions() as s:
        pauses = s.scalar(select(func.count()).where(AuditEntry.action == "throttle")) or 0
    database.close()
    return guesses, checked, pauses


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="anjia-probe-"))
    os.environ["ANJIA_DESK_HOME"] = str(home)
    sys.path.insert(0, str(ROOT))
    from anjia_desk.db import backup_file

    backup_file.SCRYPT_N = 2**10  # the probe measures refusals, not key derivation
    tried, audited = refusals(home)
    print(f"refusals tried: {tried}, audited: {audited}")
    guesses, checked, pauses = password_attack(home)
    print(
        f"password guesses in 10 minutes: {guesses}, checked: {checked}, pauses audited: {pauses}"
    )


if __name__ == "__main__":
    main()
