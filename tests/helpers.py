"""Small helpers the test modules share."""

from __future__ import annotations

from sqlalchemy.orm import Session

from anjia_desk.core.roles import Role
from anjia_desk.services import users
from anjia_desk.services.context import Actor


def add_actor(
    session: Session, username: str, name: str, *roles: Role, password: str | None = None
) -> Actor:
    """A user with `roles`, added by the system administrator, and the Actor who acts as them."""
    row = users.add_user(
        session,
        Actor.system(),
        username=username,
        display_name=name,
        roles=[r.value for r in roles],
        password=password,
    )
    return Actor(user_id=row.id, username=username, display_name=name, roles=frozenset(roles))
