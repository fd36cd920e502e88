"""Dunning (issue 16, DOMAIN §7): the letters issued and the installments each one listed, the
blocks that pause dunning during negotiation, and the calls to the buyer with their outcome.
History is data: a letter is never deleted; a letter logged in error is voided with a reason and
keeps its number."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.core.dunning import CallOutcome, Delivery
from anjia_desk.db.base import Base, Versioned
from anjia_desk.db.types import Money, enum_column


class DunningLetter(Versioned, Base):
    """One letter of the ladder (stage 0 = 预通知 … 6 = 付款催告函) to a deal's buyer."""

    __tablename__ = "dunning_letters"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        Index("ix_dunning_letters_deal", "deal_id", "letter_on"),
        Index("ix_dunning_letters_day", "letter_on"),
    )
    __audit_labels__: ClassVar[dict[str, str]] = {
        "project_id": "项目",
        "deal_id": "交易",
        "number": "催款函编号",
        "stage": "阶段",
        "letter_on": "函件日期",
        "issued_by_id": "出具人",
        "delivery": "送达方式",
        "tracking_no": "快递/挂号单号",
        "signed_on": "签收日期",
        "voided_at": "作废时间",
        "void_reason": "作废原因",
        "reprints": "重印次数",
        "buyer_asked_on": "买受人书面催告决定日期",
        "continued_at": "继续履行时间",
        "continue_reason": "继续履行原因",
    }
    #: The frozen paper repeats the row's values (and the buyer's address): never in the audit.
    __audit_skip__: ClassVar[frozenset[str]] = frozenset({"facts"})

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="RESTRICT"))
    number: Mapped[int]
    stage: Mapped[int]
    letter_on: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime]
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    delivery: Mapped[Delivery] = enum_column(Delivery, 12, default=Delivery.NONE)
    tracking_no: Mapped[str] = mapped_column(String(40), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reprints: Mapped[int] = mapped_column(default=0)
    #: The paper as printed (services/dunning_papers.py), JSON: every reprint is the same paper.
    facts: Mapped[str] = mapped_column(Text, default="")
    # The formal demand (stage 6): the buyer's written request for a decision (Civil Code
    # Art. 564) and the site manager's choice to go on with the contract (继续履行).
    buyer_asked_on: Mapped[date | None] = mapped_column(Date)
    continued_at: Mapped[datetime | None]
    continue_reason: Mapped[str] = mapped_column(String(200), default="")
    continued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class DunningLetterItem(Base):
    """An installment a letter listed, with the figures it printed."""

    __tablename__ = "dunning_letter_items"
    __table_args__ = (
        UniqueConstraint("letter_id", "installment_id"),
        Index("ix_dunning_letter_items_installment", "installment_id"),
    )
    __audit_labels__: ClassVar[dict[str, str]] = {
        "letter_id": "催款函",
        "installment_id": "付款节点",
        "stage": "阶段",
        "days_overdue": "逾期天数",
        "outstanding": "未付金额",
        "penalty": "违约金",
    }

    letter_id: Mapped[int] = mapped_column(ForeignKey("dunning_letters.id", ondelete="CASCADE"))
    installment_id: Mapped[int] = mapped_column(ForeignKey("installments.id", ondelete="RESTRICT"))
    #: The letter's stage for an overdue line; 0 for a coming installment it announced.
    stage: Mapped[int]
    days_overdue: Mapped[int]
    outstanding: Mapped[Decimal] = mapped_column(Money())
    penalty: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))


class DunningBlock(Versioned, Base):
    """A deal under negotiation, kept out of dunning until `ends_on` (or lifted early)."""

    __tablename__ = "dunning_blocks"
    __table_args__ = (Index("ix_dunning_blocks_deal", "deal_id"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "deal_id": "交易",
        "reason": "暂停原因",
        "starts_on": "开始日期",
        "ends_on": "结束日期",
        "set_by_id": "设置人",
        "lifted_on": "提前解除日期",
        "lifted_by_id": "解除人",
        "lift_reason": "解除原因",
    }

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    lifted_on: Mapped[date | None] = mapped_column(Date)
    lifted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    lift_reason: Mapped[str] = mapped_column(String(200), default="")


class DunningCall(Base):
    """A call to the buyer about the deal's money: its stage, outcome and promised date."""

    __tablename__ = "dunning_calls"
    __table_args__ = (Index("ix_dunning_calls_deal", "deal_id"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "deal_id": "交易",
        "stage": "阶段",
        "called_at": "致电时间",
        "user_id": "致电人",
        "outcome": "结果",
        "promised_on": "承诺付款日期",
        "note": "备注",
    }

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    stage: Mapped[int]
    called_at: Mapped[datetime]
    called_on: Mapped[date] = mapped_column(Date)  # the office day of the call
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    outcome: Mapped[CallOutcome] = enum_column(CallOutcome, 12)
    promised_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
