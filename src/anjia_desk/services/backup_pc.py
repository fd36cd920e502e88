"""The backup PC (issue 15): with the office's database on a server, every PC runs the app, and
only one of them makes the daily scheduled backup — the one named in the database (设置 → 备份与
恢复 → 由本机负责每日自动备份). On SQLite there is one PC, and nothing changes.

Until an administrator names one, the first PC whose daily check runs names itself (one row, so
two PCs starting together cannot both take it: the second one's write conflicts and it leaves the
backup to the first).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from anjia_desk.core.roles import Action
from anjia_desk.services import audit
from anjia_desk.services.context import Actor, os_identity
from anjia_desk.services.settings import get_internal, set_internal

BACKUP_PC = "backup.pc"  # an internal setting: the host name of the PC that backs up daily


def this_pc() -> str:
    """This PC's name, as the audit log records it (socket.gethostname())."""
    return os_identity()[1]


def backup_pc(session: Session) -> str | None:
    """The PC named to make the daily backup, or None when none is named yet."""
    value = get_internal(session, BACKUP_PC)
    return value or None


def set_backup_pc(session: Session, actor: Actor, host: str | None = None) -> str:
    """Name `host` (default: this PC) as the one that makes the daily backup. Administrators."""
    actor.require(Action.EDIT_SETTINGS)
    name = (host or this_pc()).strip()
    if not name:
        raise ValueError("a PC needs a name")
    before = backup_pc(session)
    if before != name:
        set_internal(session, BACKUP_PC, name)
        audit.record(
            session,
            actor,
            "update",
            "backup_pc",
            summary=f"每日自动备份改由电脑 {name} 负责" + (f"（原为 {before}）" if before else ""),
        )
    return name


def claim_if_unnamed(session: Session, actor: Actor) -> str:
    """The backup PC; when none is named yet, this PC names itself (the caller commits)."""
    named = backup_pc(session)
    if named is not None:
        return named
    name = this_pc()
    set_internal(session, BACKUP_PC, name)
    audit.record(
        session,
        actor,
        "update",
        "backup_pc",
        summary=f"尚未指定备份电脑：由本机 {name} 负责每日自动备份",
    )
    return name


def is_backup_pc(session: Session) -> bool:
    return backup_pc(session) == this_pc()
