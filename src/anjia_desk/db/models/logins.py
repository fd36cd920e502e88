"""Failed logins per login name (issue 14): the count, and until when logins under the name are
paused. The name is stored only as core.login_throttle.name_key's hash."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.db.base import Base


class LoginThrottle(Base):
    __tablename__ = "login_throttles"
    # Not audited row by row: the start of a pause and an administrator lifting it each write
    # their own audit line (services/login_guard.py).
    __audited__ = False

    name_key: Mapped[str] = mapped_column(String(64), unique=True)
    failures: Mapped[int] = mapped_column(default=0)
    last_failed_at: Mapped[datetime | None]
    blocked_until: Mapped[datetime | None]
