"""Changes to a deal (issue 17, DOMAIN §8): the change orders (退定, 退房, 换房, 更名, 解约) with
every step's who and when, the steps done on an order after 签约, and the refund vouchers the
cashier pays out against. History is data: an order is never deleted; a rejected or withdrawn
one keeps its number, and a voided voucher keeps its own."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.core.changes import (
    ChangeKind,
    ChangeStatus,
    Fault,
    Forum,
    Ground,
    OrderStep,
    ReasonType,
    RenameMode,
    TalkOutcome,
)
from anjia_desk.core.deals import PaymentMethod, Stage
from anjia_desk.core.dunning import Delivery
from anjia_desk.db.base import Base, Versioned
from anjia_desk.db.types import Money, enum_column


def _user() -> Mapped[int | None]:
    return mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class ChangeOrder(Versioned, Base):
    """One change to one deal, numbered per project (BG-000123), from the buyer's written
    request to its execution."""

    __tablename__ = "change_orders"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        Index("ix_change_orders_deal", "deal_id"),
        Index("ix_change_orders_status", "status", "requested_at"),
    )
    __audit_secret__ = frozenset({"new_buyer_id_cipher"})
    #: The frozen money table and the notice as printed repeat figures the order shows already.
    __audit_skip__: ClassVar[frozenset[str]] = frozenset({"facts", "notice_facts"})
    #: What people type on an order: searched for a person's name or phone on erasure.
    TYPED_TEXTS: ClassVar[tuple[str, ...]] = (
        "ground_note",
        "ground_check",
        "real_reason",
        "talk_note",
        "review_note",
        "reject_reason",
        "withdraw_reason",
        "override_reason",
        "qualification_note",
        "gift",
        "note",
        "tags",
    )
    __audit_labels__: ClassVar[dict[str, str]] = {
        "project_id": "项目",
        "deal_id": "交易",
        "customer_id": "客户",
        "number": "变更单号",
        "kind": "变更类型",
        "status": "状态",
        "requested_at": "书面申请收到时间",
        "stage_at_request": "申请时交易阶段",
        "within_72h": "签约后72小时内",
        "reason_type": "原因类型",
        "tags": "原因标签",
        "fault": "过错方",
        "ground": "解除依据",
        "ground_note": "条件说明",
        "ground_check": "系统核对",
        "legal_confirmed_at": "法务确认时间",
        "legal_confirmed_by_id": "法务确认人",
        "real_reason": "真实原因",
        "filed_by_id": "登记人",
        "leader_id": "洽谈主导人",
        "talk_at": "洽谈时间",
        "talk_outcome": "洽谈结果",
        "talk_note": "洽谈记录",
        "reviewed_at": "审核时间",
        "reviewed_by_id": "审核人",
        "review_note": "审核意见",
        "marketing_at": "营销审批时间",
        "marketing_by_id": "营销审批人",
        "finance_at": "财务审批时间",
        "finance_by_id": "财务审批人",
        "rejected_at": "驳回时间",
        "rejected_by_id": "驳回人",
        "reject_reason": "驳回原因",
        "withdrawn_at": "撤回时间",
        "withdraw_reason": "撤回原因",
        "executed_at": "执行时间",
        "executed_by_id": "执行人",
        "closed_at": "办结时间",
        "refund_on": "退款日期",
        "refund_due_on": "最迟退款日期",
        "computed": "计算应退金额",
        "override_amount": "调整后应退金额",
        "override_reason": "调整原因",
        "override_by_id": "调整人",
        "old_unit_id": "原房源",
        "new_unit_id": "新房源",
        "new_payment_method": "新付款方式",
        "new_special_discount": "新特批优惠",
        "new_price": "新成交价",
        "old_price": "原成交价",
        "rename_mode": "更名方式",
        "old_buyer_name": "原买受人",
        "new_buyer_name": "新买受人",
        "new_buyer_id_masked": "新买受人证件号",
        "new_buyer_id_cipher": "新买受人证件号（密文）",
        "relation": "与原买受人关系",
        "consent_on": "原买受人同意日期",
        "qualification_note": "购房资格审核",
        "notice_at": "解除通知出具时间",
        "notice_delivery": "通知送达方式",
        "notice_tracking": "通知快递/挂号单号",
        "notice_reached_on": "通知送达日期",
        "contract_recovered_on": "合同原件收回日期",
        "contract_recovered_by_id": "合同收回人",
        "archive_no": "归档编号",
        "forum": "争议解决方式",
        "disputed_at": "标记争议时间",
        "brief_ticks": "简报评分项",
        "brief_by_id": "评分人",
        "brief_at": "评分时间",
        "gift": "赠送礼品",
        "gift_on": "赠送日期",
        "note": "备注",
    }

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="RESTRICT"))
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="RESTRICT"), index=True
    )
    number: Mapped[int]
    kind: Mapped[ChangeKind] = enum_column(ChangeKind, 12)
    status: Mapped[ChangeStatus] = enum_column(ChangeStatus, 10)
    # -- the request
    #: When the buyer's written request arrived (the time: the 72 hours count from 签约).
    requested_at: Mapped[datetime]
    stage_at_request: Mapped[Stage] = enum_column(Stage, 12)
    within_72h: Mapped[bool] = mapped_column(default=False)
    reason_type: Mapped[ReasonType | None] = enum_column(ReasonType, 12)
    #: Free reason tags, a JSON list of short words (价格, 贷款, …).
    tags: Mapped[str] = mapped_column(String(200), default="[]")
    fault: Mapped[Fault] = enum_column(Fault, 8, default=Fault.BUYER)
    ground: Mapped[Ground | None] = enum_column(Ground, 16)
    #: The condition met, as recorded (clause or article, dates), and the app's own check.
    ground_note: Mapped[str] = mapped_column(String(300), default="")
    ground_check: Mapped[str] = mapped_column(String(300), default="")
    legal_confirmed_at: Mapped[datetime | None]
    legal_confirmed_by_id: Mapped[int | None] = _user()
    #: The real reason, found in the talk: the brief's story lives here.
    real_reason: Mapped[str] = mapped_column(Text, default="")
    filed_by_id: Mapped[int | None] = _user()
    # -- the retention talk (退定/退房): led by someone who is not the selling consultant
    leader_id: Mapped[int | None] = _user()
    talk_at: Mapped[datetime | None]
    talk_outcome: Mapped[TalkOutcome | None] = enum_column(TalkOutcome, 8)
    talk_note: Mapped[str] = mapped_column(Text, default="")
    # -- review and approval
    reviewed_at: Mapped[datetime | None]
    reviewed_by_id: Mapped[int | None] = _user()
    review_note: Mapped[str] = mapped_column(String(200), default="")
    marketing_at: Mapped[datetime | None]
    marketing_by_id: Mapped[int | None] = _user()
    finance_at: Mapped[datetime | None]
    finance_by_id: Mapped[int | None] = _user()
    rejected_at: Mapped[datetime | None]
    rejected_by_id: Mapped[int | None] = _user()
    reject_reason: Mapped[str] = mapped_column(String(200), default="")
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by_id: Mapped[int | None] = _user()
    withdraw_reason: Mapped[str] = mapped_column(String(200), default="")
    executed_at: Mapped[datetime | None]
    executed_by_id: Mapped[int | None] = _user()
    closed_at: Mapped[datetime | None]
    # -- the money (refunds)
    refund_on: Mapped[date | None] = mapped_column(Date)  # the planned refund date
    refund_due_on: Mapped[date | None] = mapped_column(Date)  # area ground: notice + 30 days
    #: The computed amount to return, and the money table (JSON) frozen at execution.
    computed: Mapped[Decimal | None] = mapped_column(Money())
    facts: Mapped[str] = mapped_column(Text, default="")
    override_amount: Mapped[Decimal | None] = mapped_column(Money())
    override_reason: Mapped[str] = mapped_column(String(200), default="")
    override_by_id: Mapped[int | None] = _user()
    override_at: Mapped[datetime | None]
    # -- 换房
    old_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    new_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    new_hold_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit_holds.id", ondelete="SET NULL")
    )
    new_payment_method: Mapped[PaymentMethod | None] = enum_column(PaymentMethod, 12)
    new_special_discount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    old_price: Mapped[Decimal | None] = mapped_column(Money())
    new_price: Mapped[Decimal | None] = mapped_column(Money())
    # -- 更名 / 增减名
    rename_mode: Mapped[RenameMode | None] = enum_column(RenameMode, 8)
    old_buyer_name: Mapped[str] = mapped_column(String(40), default="")
    new_buyer_name: Mapped[str] = mapped_column(String(40), default="")
    new_buyer_id_masked: Mapped[str] = mapped_column(String(24), default="")
    new_buyer_id_cipher: Mapped[str] = mapped_column(String(200), default="")
    relation: Mapped[str] = mapped_column(String(10), default="")
    consent_on: Mapped[date | None] = mapped_column(Date)
    qualification_note: Mapped[str] = mapped_column(String(200), default="")
    # -- 解约: the developer's 解除合同通知书 ends the contract when it reaches the buyer
    notice_at: Mapped[datetime | None]
    notice_delivery: Mapped[Delivery] = enum_column(Delivery, 12, default=Delivery.NONE)
    notice_tracking: Mapped[str] = mapped_column(String(40), default="")
    notice_reached_on: Mapped[date | None] = mapped_column(Date)
    #: The 解除合同通知书 as first printed (JSON): every reprint is the notice that was issued.
    notice_facts: Mapped[str] = mapped_column(Text, default="")
    # -- after a cancellation
    contract_recovered_on: Mapped[date | None] = mapped_column(Date)
    contract_recovered_by_id: Mapped[int | None] = _user()
    archive_no: Mapped[str] = mapped_column(String(40), default="")
    forum: Mapped[Forum | None] = enum_column(Forum, 12)
    disputed_at: Mapped[datetime | None]
    #: The brief's checklist keys ticked (JSON list) by the site manager.
    brief_ticks: Mapped[str] = mapped_column(String(400), default="[]")
    brief_by_id: Mapped[int | None] = _user()
    brief_at: Mapped[datetime | None]
    gift: Mapped[str] = mapped_column(String(100), default="")
    gift_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ChangeOrderStep(Base):
    """One step done on an order after 签约 (core.changes.OrderStep), by someone, when."""

    __tablename__ = "change_order_steps"
    __table_args__ = (UniqueConstraint("order_id", "step"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "order_id": "变更单",
        "step": "步骤",
        "done_at": "完成时间",
        "user_id": "经办人",
        "note": "说明",
    }

    order_id: Mapped[int] = mapped_column(ForeignKey("change_orders.id", ondelete="CASCADE"))
    step: Mapped[OrderStep] = enum_column(OrderStep, 16)
    done_at: Mapped[datetime]
    user_id: Mapped[int | None] = _user()
    note: Mapped[str] = mapped_column(String(200), default="")


class RefundVoucher(Base):
    """A 退款凭证 the cashier pays out against: numbered per project (TK-000045), two copies
    printed like a receipt; finance confirms it; a void keeps its number."""

    __tablename__ = "refund_vouchers"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        Index("ix_refund_vouchers_order", "order_id"),
        Index("ix_refund_vouchers_deal", "deal_id"),
    )
    __audit_skip__: ClassVar[frozenset[str]] = frozenset({"facts"})
    __audit_labels__: ClassVar[dict[str, str]] = {
        "project_id": "项目",
        "number": "退款凭证号",
        "order_id": "变更单",
        "deal_id": "交易",
        "payee": "收款人",
        "amount": "金额",
        "method": "支付方式",
        "paid_on": "付款日期",
        "cashier_id": "出纳",
        "confirmed_at": "财务确认时间",
        "confirmed_by_id": "财务确认人",
        "voided_at": "作废时间",
        "void_reason": "作废原因",
        "reprints": "重印次数",
    }

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    number: Mapped[int]
    order_id: Mapped[int] = mapped_column(ForeignKey("change_orders.id", ondelete="RESTRICT"))
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="RESTRICT"))
    payee: Mapped[str] = mapped_column(String(40))
    amount: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[str] = mapped_column(String(10), default="")
    paid_on: Mapped[date] = mapped_column(Date)
    cashier_id: Mapped[int | None] = _user()
    note: Mapped[str] = mapped_column(String(200), default="")
    confirmed_at: Mapped[datetime | None]
    confirmed_by_id: Mapped[int | None] = _user()
    voided_at: Mapped[datetime | None]
    voided_by_id: Mapped[int | None] = _user()
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    reprints: Mapped[int] = mapped_column(default=0)
    #: The paper as printed (JSON): every reprint is the same paper.
    facts: Mapped[str] = mapped_column(Text, default="")
