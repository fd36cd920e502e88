"""老带新: the referral points ledger."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.db.base import Base


class ReferralPoint(Base):
    """The points ledger of 老带新: earned by a referral that visits (or buys), redeemed later."""

    __tablename__ = "referral_points"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "referrer_id": "推荐人",
        "referred_id": "被推荐人",
        "points": "积分",
        "kind": "类型",
        "note": "说明",
        "user_id": "经办人",
        "thanked_at": "致谢时间",
    }

    referrer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    referred_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    points: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))  # visit, deal, redeem, adjust
    note: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    thanked_at: Mapped[datetime | None]
