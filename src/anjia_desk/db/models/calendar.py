"""The office calendar: years kept by hand and their holidays and make-up working days."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.db.base import Base


class CalendarYear(Base):
    """A year whose holidays the administrator maintains by hand (overrides the package)."""

    __tablename__ = "calendar_years"
    __audit_labels__: ClassVar[dict[str, str]] = {"year": "手工维护年份", "note": "备注"}

    year: Mapped[int] = mapped_column(unique=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class CalendarDay(Base):
    __tablename__ = "calendar_days"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "day": "日期",
        "is_workday": "调休上班",
        "name": "名称",
    }

    day: Mapped[date] = mapped_column(Date, unique=True)
    is_workday: Mapped[bool]  # True: make-up working day (调休上班); False: rest day (放假)
    name: Mapped[str] = mapped_column(String(40), default="")
