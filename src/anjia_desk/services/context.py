"""Who is acting: a logged-in user, or the command line's built-in system administrator."""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass, field

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.roles import Action, Role, is_allowed

SYSTEM_USERNAME = "system"


def os_identity() -> tuple[str, str]:
    """The operating system's user and host, recorded in the audit log with each action."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account, some containers)
        user = "unknown"
    try:
        host = socket.gethostname()
    except OSError:
        host = "unknown"
    return user, host


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    roles: frozenset[Role] = field(default_factory=frozenset)
    is_system: bool = False
    os_user: str | None = None
    host: str | None = None

    @classmethod
    def system(cls) -> Actor:
        """The command line acts as the built-in administrator; the audit names the OS user."""
        os_user, host = os_identity()
        return cls(
            user_id=None,
            username=SYSTEM_USERNAME,
            display_name=SYSTEM_USERNAME,
            roles=frozenset({Role.ADMIN}),
            is_system=True,
            os_user=os_user,
            host=host,
        )

    def can(self, action: Action) -> bool:
        return self.is_system or is_allowed(self.roles, action)

    def require(self, action: Action) -> None:
        """Raise PermissionDenied unless this actor may perform `action`."""
        self.require_any(action)

    def require_any(self, *actions: Action, label: str = "") -> None:
        """Raise PermissionDenied unless this actor may perform one of `actions`; the message
        names `label`, or the first action."""
        if not any(self.can(action) for action in actions):
            what = label or actions[0].label
            raise PermissionDenied(f"没有权限：{what}（当前用户：{self.display_name}）")
