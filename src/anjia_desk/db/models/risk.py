"""Deal-risk signals (DOMAIN §4): daily marks and the warnings they raise."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.core.risk import Dimension, Level
from anjia_desk.db.base import Base, Versioned
from anjia_desk.db.types import enum_column


class RiskMark(Base):
    """One observed fact of DOMAIN §4 for one day: a dimension marked low or high risk."""

    __tablename__ = "risk_marks"
    __table_args__ = (UniqueConstraint("customer_id", "day", "dimension"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "customer_id": "客户编号",
        "day": "日期",
        "dimension": "维度",
        "level": "风险",
        "user_id": "标记人",
    }

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    dimension: Mapped[Dimension] = enum_column(Dimension, 16)
    level: Mapped[Level] = enum_column(Level, 4)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class RiskWarning(Versioned, Base):
    """A level-2 warning for one streak of high-risk days, with its return-visit task."""

    __tablename__ = "risk_warnings"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "customer_id": "客户编号",
        "level": "级别",
        "start_day": "起始日",
        "end_day": "截止日",
        "status": "状态",
        "assignee_id": "回访顾问",
        "assigned_by_id": "指派人",
        "done_note": "回访结果",
    }

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[int] = mapped_column(default=2)
    start_day: Mapped[date] = mapped_column(Date)
    end_day: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(
        String(10), default="open", index=True
    )  # open/assigned/done
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    done_note: Mapped[str] = mapped_column(Text, default="")
