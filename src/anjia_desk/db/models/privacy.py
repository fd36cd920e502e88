"""Erasure of personal data (issue 14): the log of erasures (ids only) that a restore re-applies,
and the notes of other customers that name an erased person, listed for the site manager."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.db.base import Base


class ErasureLog(Base):
    """One erasure: which customer, when, why (request, declined, retention) — nothing that
    identifies the person. A restore of an older backup re-applies these (services.erasure)."""

    __tablename__ = "erasure_log"
    __audited__ = False  # the erasure itself has its audit entry

    #: A plain id, no foreign key: the log is written into a restored database that may not
    #: hold the customer at all.
    customer_id: Mapped[int] = mapped_column(index=True)
    erased_at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(12))  # request, declined, retention


class ErasureReview(Base):
    """Another customer's note that named an erased person: the name is not replaced blindly;
    the site manager reads the note and clears it or keeps it (a 工作台 to-do until then)."""

    __tablename__ = "erasure_reviews"
    __table_args__ = (Index("ix_erasure_reviews_open", "reviewed_at", "customer_id"),)
    __audited__ = False  # ids only; the decision is in the audit log

    #: The customer whose record holds the note (not the erased person).
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    #: Where the note is: customers, visits, follow_ups, grade_changes … and that row's id.
    source: Mapped[str] = mapped_column(String(24))
    row_id: Mapped[int]
    reviewed_at: Mapped[datetime | None]
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
