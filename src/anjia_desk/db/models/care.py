"""Care after 签约 (DOMAIN §6): the three care touches of a deal."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.db.base import Base


class CareTouch(Base):
    """One of the three care touches after 签约 (DOMAIN §6): a to-do with ready text."""

    __tablename__ = "care_touches"
    __table_args__ = (
        UniqueConstraint("deal_id", "seq"),
        Index("ix_care_touches_owner_due", "owner_id", "due_at"),
    )
    __audit_labels__: ClassVar[dict[str, str]] = {
        "deal_id": "交易",
        "customer_id": "客户",
        "owner_id": "负责人",
        "seq": "序号",
        "due_at": "计划时间",
        "text": "话术",
        "done_at": "完成时间",
        "done_by_id": "完成人",
    }

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    seq: Mapped[int]
    due_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)
    done_at: Mapped[datetime | None]
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
