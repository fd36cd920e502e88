"""Deals (issue 5): one sale of one unit, and the dated steps of its timeline."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.core.address import mask_address
from anjia_desk.core.deals import DiscountStatus, PaymentMethod, Stage, Step
from anjia_desk.core.refund_money import BreachBase
from anjia_desk.db.base import Base, Versioned
from anjia_desk.db.types import Decimal2, Money, enum_column


class Deal(Versioned, Base):
    """One sale of one unit to one buyer, from 认购 to 办证 (DOMAIN §5)."""

    __tablename__ = "deals"
    __table_args__ = (
        # One live deal per unit (a cancelled deal frees it), enforced by the database too.
        Index(
            "uq_deals_live_unit",
            "unit_id",
            unique=True,
            sqlite_where=text("cancelled_at IS NULL"),
            postgresql_where=text("cancelled_at IS NULL"),
        ),
        Index("ix_deals_stage", "stage"),
    )
    __audit_secret__ = frozenset({"buyer_id_cipher"})
    #: The 风险告知书 as first printed (JSON, issue 18): the print itself is audited.
    __audit_skip__: ClassVar[frozenset[str]] = frozenset({"risk_notice_facts"})
    __audit_labels__: ClassVar[dict[str, str]] = {
        "project_id": "项目",
        "unit_id": "房源",
        "customer_id": "客户",
        "consultant_id": "置业顾问",
        "ticket_id": "认筹号",
        "buyer_name": "买受人",
        "buyer_id_masked": "证件号码",
        "buyer_id_cipher": "证件号码（密文）",
        "payment_method": "付款方式",
        "list_price": "表价",
        "standard_discount": "付款方式优惠",
        "special_discount": "特批优惠",
        "discount_status": "特批状态",
        "discount_reason": "特批理由",
        "discount_approver_id": "特批审批人",
        "price": "成交价",
        "filed_price": "备案价",
        "deposit": "定金",
        "subscribed_at": "认购时间",
        "sign_deadline": "签约期限",
        "penalty_per_10k": "逾期违约金（万分之/日）",
        "cancel_days": "解除权天数",
        "stage": "阶段",
        "contract_no": "合同编号",
        "netsign_no": "网签编号",
        "signed_at": "签约时间",
        "filed_on": "备案日期",
        "area_settlement": "面积差补退款",
        "fees": "代收费用",
        "delivered_at": "交付时间",
        "certified_at": "办证时间",
        "cancelled_at": "取消时间",
        "note": "备注",
        "mailing_address": "通讯地址",
        "mailing_postcode": "邮政编码",
        "penalty_clause_no": "违约条款编号",
        "penalty_clause_text": "违约条款内容",
        "demand_period_days": "催告后付款期限（天）",
        "breach_base": "违约金基数",
        "breach_pct": "违约金比例（%）",
        "breach_clause_no": "违约金条款编号",
        "refund_rate": "退款利率（年%）",
        "area_clause_pct": "面积误差约定（%）",
        "title_due_on": "约定办证期限",
        "arbitration": "约定仲裁",
        "risk_notice_at": "风险告知书签署时间",
        "inspection_invited_at": "预验房邀约时间",
        "inspection_on": "预验房日期",
    }

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="RESTRICT"), index=True
    )
    #: The selling consultant: kept whoever owns the customer later (DOMAIN §5).
    consultant_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("queue_tickets.id", ondelete="SET NULL")
    )
    buyer_name: Mapped[str] = mapped_column(String(40))
    #: 110101********1234 — what everyone but the owner, the secretary and finance sees.
    buyer_id_masked: Mapped[str] = mapped_column(String(24), default="")
    #: The ID number encrypted at rest (services/identity.py).
    buyer_id_cipher: Mapped[str] = mapped_column(String(200), default="")
    payment_method: Mapped[PaymentMethod] = enum_column(PaymentMethod, 12)
    list_price: Mapped[Decimal] = mapped_column(Money())
    standard_discount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    special_discount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    discount_status: Mapped[DiscountStatus] = enum_column(
        DiscountStatus, 10, default=DiscountStatus.NONE, index=True
    )
    discount_reason: Mapped[str] = mapped_column(String(200), default="")
    discount_approver_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    discount_decided_at: Mapped[datetime | None]
    #: 成交价 = 表价 − discounts; never above 备案价 (the filed price at the time, kept here).
    price: Mapped[Decimal] = mapped_column(Money())
    filed_price: Mapped[Decimal] = mapped_column(Money())
    deposit: Mapped[Decimal] = mapped_column(Money())
    subscribed_at: Mapped[datetime] = mapped_column(index=True)
    sign_deadline: Mapped[date] = mapped_column(Date, index=True)
    #: The contract's late-payment penalty, 万分之X per day, and the days after which the
    #: developer may cancel (DOMAIN §7); defaults from settings at 认购.
    penalty_per_10k: Mapped[Decimal] = mapped_column(Decimal2())
    cancel_days: Mapped[int]
    stage: Mapped[Stage] = enum_column(Stage, 12, default=Stage.SUBSCRIBED)
    contract_no: Mapped[str] = mapped_column(String(40), default="")
    netsign_no: Mapped[str] = mapped_column(String(40), default="")
    signed_at: Mapped[datetime | None]
    filed_on: Mapped[date | None] = mapped_column(Date)
    #: 交付: + the buyer pays (补差款), − the developer returns; None until settled.
    area_settlement: Mapped[Decimal | None] = mapped_column(Money())
    fees: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    delivered_at: Mapped[datetime | None]
    certified_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
    #: Issue 16: where letters go (通讯地址, personal data: masked, exported and erased like the
    #: buyer's other data) and the contract's penalty clause recorded at 认购, which a stage-5
    #: letter quotes; the buyer's period to pay after a formal demand when the contract sets one
    #: (None: three months, SPC interpretation Art. 11).
    mailing_address: Mapped[str] = mapped_column(String(200), default="")
    mailing_postcode: Mapped[str] = mapped_column(String(6), default="")
    penalty_clause_no: Mapped[str] = mapped_column(String(20), default="")
    penalty_clause_text: Mapped[str] = mapped_column(Text, default="")
    demand_period_days: Mapped[int | None]
    #: Issue 17: the contract's breach penalty for the buyer (base — the price or what is due
    #: to date —, percent and clause), deducted from a refund after 签约 when the buyer is at
    #: fault; the refund-interest rate (yearly %; None: the admin's setting); the area clause's
    #: tolerance (None: 3%); the title deadline; and whether the contract chose arbitration.
    breach_base: Mapped[BreachBase] = enum_column(BreachBase, 8, default=BreachBase.PRICE)
    breach_pct: Mapped[Decimal] = mapped_column(Decimal2(), default=Decimal(0))
    breach_clause_no: Mapped[str] = mapped_column(String(20), default="")
    refund_rate: Mapped[Decimal | None] = mapped_column(Decimal2())
    area_clause_pct: Mapped[Decimal | None] = mapped_column(Decimal2())
    title_due_on: Mapped[date | None] = mapped_column(Date)
    arbitration: Mapped[bool] = mapped_column(default=False)
    #: Issue 18: the 风险告知书 signed at 认购 (when; its items as printed, JSON — every reprint
    #: is the notice that was signed); the 预验房 invitation and viewing.
    risk_notice_at: Mapped[datetime | None]
    risk_notice_facts: Mapped[str] = mapped_column(Text, default="")
    inspection_invited_at: Mapped[datetime | None]
    inspection_on: Mapped[date | None] = mapped_column(Date)

    def audit_value(self, column: str, value: Any) -> Any:
        """The mailing address reads masked in the audit log (北京市朝阳区****), as the ID number
        does: the full address lives on the deal only, and goes with it on erasure."""
        if column == "mailing_address" and isinstance(value, str):
            return mask_address(value)
        return value


class DealStep(Base):
    """One dated step of a deal's timeline (core.deals.Step), done by someone."""

    __tablename__ = "deal_steps"
    __table_args__ = (UniqueConstraint("deal_id", "step"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "deal_id": "交易",
        "step": "步骤",
        "done_at": "完成时间",
        "user_id": "经办人",
        "note": "说明",
    }

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    step: Mapped[Step] = enum_column(Step, 20)
    done_at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(String(200), default="")
