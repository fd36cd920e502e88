"""判客's tally (issue 14): one row per phone lookup, so that a person trying number after number
without registering anyone is slowed down and the site manager told (services.lookup_guard).
Each lookup is also one line of the audit log; these rows are only the count, kept a day."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.db.base import Base


class LookupTally(Base):
    """One 判客 lookup by a user: when, whether a 来访登记 by them followed, whether it came
    beyond the limit (and so had to wait)."""

    __tablename__ = "phone_lookups"
    __audited__ = False  # the lookup's own audit line says who looked up what
    __table_args__ = (Index("ix_phone_lookups_user_at", "user_id", "looked_up_at"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    looked_up_at: Mapped[datetime]
    registered: Mapped[bool] = mapped_column(default=False)
    beyond: Mapped[bool] = mapped_column(default=False)
