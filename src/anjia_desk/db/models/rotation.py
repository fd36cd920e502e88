"""The reception rotation (接待轮序): the day's duty roster and the board's turns."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.core.rotation import TurnKind
from anjia_desk.db.base import Base
from anjia_desk.db.types import enum_column


class DutyRoster(Base):
    """Today's duty list for the reception rotation, in order."""

    __tablename__ = "duty_roster"
    __table_args__ = (UniqueConstraint("day", "user_id"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "day": "日期",
        "user_id": "顾问",
        "position": "顺序",
    }

    day: Mapped[date] = mapped_column(Date, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    position: Mapped[int]


class RotationTurn(Base):
    """One event of the rotation board: a reception (possibly marked invalid) or a skip."""

    __tablename__ = "rotation_turns"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "day": "日期",
        "user_id": "顾问",
        "kind": "类型",
        "visit_id": "来访编号",
        "invalid_reason": "无效原因",
        "note": "备注",
    }

    day: Mapped[date] = mapped_column(Date, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[TurnKind] = enum_column(TurnKind, 8)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"))
    invalid_reason: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(200), default="")
