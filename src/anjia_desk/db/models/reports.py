"""Head office's workbooks (issue 19, DOMAIN §12): each 日报 / 周报 / 月报 produced (who, when,
for which day, from the window or the command line) — the 工作台's reminders are cleared by it —
and the templates the administrator put in place of the shipped ones (the file kept in the
database, so every PC of the office fills the same one)."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from anjia_desk.db.base import Base, Versioned


class ReportRun(Base):
    """One workbook produced: `kind` daily|weekly|monthly for the report date `period_on`."""

    __tablename__ = "report_runs"
    __table_args__ = (Index("ix_report_runs_kind", "kind", "period_on"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "kind": "报表",
        "period_on": "报表日期",
        "produced_at": "生成时间",
        "produced_by_id": "生成人",
        "via": "生成方式",
        "filename": "文件名",
    }

    kind: Mapped[str] = mapped_column(String(8))  # daily | weekly | monthly
    period_on: Mapped[date] = mapped_column(Date)
    produced_at: Mapped[datetime]
    produced_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    via: Mapped[str] = mapped_column(String(8))  # window | cli
    filename: Mapped[str] = mapped_column(String(200), default="")


class ReportTemplate(Versioned, Base):
    """The administrator's template for one kind of workbook (none: the shipped one is used).
    The bytes are loaded only when asked for (deferred)."""

    __tablename__ = "report_templates"
    __audit_skip__: ClassVar[frozenset[str]] = frozenset({"content"})
    __audit_labels__: ClassVar[dict[str, str]] = {
        "kind": "报表",
        "filename": "模板文件名",
        "uploaded_by_id": "上传人",
        "uploaded_at": "上传时间",
    }

    kind: Mapped[str] = mapped_column(String(8), unique=True)
    filename: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    uploaded_at: Mapped[datetime]
