"""Money of a deal (issue 5): the payment plan's installments and the receipts issued."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.core.deals import Nature
from anjia_desk.core.plans import UNDATED, Anchor
from anjia_desk.db.base import Base, Versioned
from anjia_desk.db.types import Money, enum_column


class Installment(Versioned, Base):
    """A 付款节点 of a deal's payment plan: what is due, by when; `paid` kept by the receipts."""

    __tablename__ = "installments"
    __table_args__ = (
        UniqueConstraint("deal_id", "seq"),
        Index("ix_installments_due", "due_on"),
    )
    __audit_labels__: ClassVar[dict[str, str]] = {
        "deal_id": "交易",
        "seq": "序号",
        "nature": "款项性质",
        "name": "节点",
        "due_on": "应付日期",
        "amount": "应付金额",
        "paid": "已付金额",
        "due_anchor": "起算",
        "due_days": "起算后天数",
    }

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    seq: Mapped[int]
    nature: Mapped[Nature] = enum_column(Nature, 10)
    name: Mapped[str] = mapped_column(String(20))
    #: The due date. An installment counted from 签约 holds core.plans.UNDATED until 签约 is
    #: recorded (then the sign date + due_days): never overdue, last in every date order.
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    paid: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    #: The day the last payment brought `paid` up to `amount` (None while outstanding).
    settled_on: Mapped[date | None] = mapped_column(Date)
    #: What the due date counts from (the template's 认购后 / 签约后), and how many days after;
    #: due_days is None where the date was set directly (the 定金, a 补差款, older plans).
    due_anchor: Mapped[Anchor] = enum_column(Anchor, 10, default=Anchor.SUBSCRIBE)
    due_days: Mapped[int | None]

    def audit_value(self, column: str, value: Any) -> Any:
        if column == "due_on" and value == UNDATED:
            return "签约后起算"
        return value


class Receipt(Base):
    """A 收据 the cashier issued: numbered in sequence per project; a void keeps its number."""

    __tablename__ = "receipts"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        Index("ix_receipts_deal", "deal_id"),
        Index("ix_receipts_installment", "installment_id"),
    )
    __audit_labels__: ClassVar[dict[str, str]] = {
        "project_id": "项目",
        "number": "收据号",
        "customer_id": "客户",
        "deal_id": "交易",
        "ticket_id": "认筹号",
        "installment_id": "付款节点",
        "payer": "交款人",
        "nature": "款项性质",
        "amount": "金额",
        "method": "支付方式",
        "paid_on": "交款日期",
        "cashier_id": "出纳",
        "voided_at": "作废时间",
        "void_reason": "作废原因",
        "reissue_of_id": "重开自收据",
        "confirmed_at": "财务确认时间",
        "confirmed_by_id": "财务确认人",
    }
    #: The printed facts repeat the row's own values: the audit text names the receipt already.
    __audit_skip__: ClassVar[frozenset[str]] = frozenset({"printed_facts"})

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    number: Mapped[int]
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="RESTRICT"))
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("queue_tickets.id", ondelete="RESTRICT")
    )
    installment_id: Mapped[int | None] = mapped_column(
        ForeignKey("installments.id", ondelete="RESTRICT")
    )
    payer: Mapped[str] = mapped_column(String(40))
    nature: Mapped[Nature] = enum_column(Nature, 10)
    amount: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[str] = mapped_column(String(10), default="")  # 现金/刷卡/转账…
    paid_on: Mapped[date] = mapped_column(Date)
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(String(200), default="")
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reissue_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("receipts.id", ondelete="SET NULL")
    )
    confirmed_at: Mapped[datetime | None]
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    #: What the paper printed, as versioned JSON (services/receipt_facts.py): taken when the
    #: receipt is issued, so every reprint is the same paper (issue 13). None only for a
    #: receipt not yet printed that was made before the facts were kept.
    printed_facts: Mapped[str | None] = mapped_column(Text)
