"""Complaints (issue 18, DOMAIN §9): the case with its 5W2H, level and clocks; the pauses while
waiting on the customer; the history (level changes with their reason, reviews, closing and
reopening); notes of the investigation and of the work done; files kept in the database (≤ 10 MB,
SHA-256); money paid because of a complaint with its approvals and voucher; the return visits.
And the prevention side: the issues found at a 预验房. History is data: nothing here is deleted
except by erasure of a person."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from anjia_desk.core.complaint_kinds import (
    ComplaintStatus,
    EventKind,
    NoteKind,
    ProofKind,
    Referrer,
    Side,
    Solution,
    VisitWay,
)
from anjia_desk.core.complaints import Channel, Level, Liable, Nature, Payment
from anjia_desk.db.base import Base, Versioned
from anjia_desk.db.types import Money, enum_column


def _user() -> Mapped[int | None]:
    return mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class Complaint(Versioned, Base):
    """One complaint, numbered per project (TS-000012), from intake to closing."""

    __tablename__ = "complaints"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        Index("ix_complaints_status", "status", "intake_at"),
        Index("ix_complaints_customer", "customer_id"),
        Index("ix_complaints_deal", "deal_id"),
    )
    #: What people type on a case: searched for a person's name or phone on erasure.
    TYPED_TEXTS: ClassVar[tuple[str, ...]] = (
        "who",
        "contact_phone",
        "happened",
        "place",
        "what",
        "why",
        "how_much",
        "how_to_solve",
        "referred_ref",
        "engineer",
        "contractor",
        "butler",
        "response_note",
        "answer_note",
        "finding",
        "solution_text",
        "legal_note",
        "finance_note",
        "refuse_reason",
        "executor",
        "acceptance",
        "close_reason",
        "lesson",
    )
    __audit_labels__: ClassVar[dict[str, str]] = {
        "project_id": "项目",
        "number": "投诉编号",
        "customer_id": "客户",
        "deal_id": "交易",
        "status": "状态",
        "channel": "受理渠道",
        "referrer": "转办单位",
        "referred_ref": "转办编号",
        "referred_due_at": "转办单位时限",
        "intake_at": "受理时间",
        "filed_by_id": "受理人",
        "who": "投诉人",
        "contact_phone": "联系电话",
        "happened": "发生时间",
        "place": "地点",
        "what": "投诉内容",
        "why": "原因",
        "how_much": "涉及金额/范围",
        "how_to_solve": "客户诉求",
        "nature": "性质",
        "level": "等级",
        "point": "投诉点",
        "media_risk": "媒体关注",
        "group_size": "涉及户数",
        "owner_id": "负责人",
        "engineer": "工程部联系人",
        "contractor": "施工单位联系人",
        "butler": "物业管家",
        "multi_department": "多部门协同",
        "responded_at": "到场/回电时间",
        "responded_by_id": "到场/回电人",
        "response_note": "到场/回电说明",
        "answered_at": "首次答复时间",
        "answered_by_id": "首次答复人",
        "answer_note": "首次答复内容",
        "finding": "调查结论",
        "liable": "责任方",
        "solution": "处理方案",
        "solution_text": "方案说明",
        "proposed_at": "方案提交时间",
        "proposed_by_id": "方案提交人",
        "legal_at": "法务审核时间",
        "legal_by_id": "法务审核人",
        "legal_note": "法务意见",
        "finance_at": "财务审核时间",
        "finance_by_id": "财务审核人",
        "finance_note": "财务意见",
        "refuse_reason": "方案退回原因",
        "change_order_id": "变更单",
        "executor": "执行责任人",
        "execute_due_on": "执行期限",
        "acceptance": "验收标准",
        "executed_at": "执行完成时间",
        "executed_by_id": "执行确认人",
        "confirmation_signed_on": "满意度确认单签字日期",
        "visit_due_on": "回访期限",
        "round": "处理轮次",
        "closed_at": "办结时间",
        "closed_by_id": "办结人",
        "close_reason": "办结说明",
        "lesson": "案例总结",
    }

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    number: Mapped[int]
    #: The customer and the deal it concerns (a passer-by or a group may have neither).
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="RESTRICT"))
    status: Mapped[ComplaintStatus] = enum_column(ComplaintStatus, 10, default=ComplaintStatus.OPEN)
    # -- intake
    channel: Mapped[Channel] = enum_column(Channel, 10)
    referrer: Mapped[Referrer | None] = enum_column(Referrer, 10)
    referred_ref: Mapped[str] = mapped_column(String(40), default="")
    referred_due_at: Mapped[datetime | None]
    intake_at: Mapped[datetime]
    filed_by_id: Mapped[int | None] = _user()
    # -- 5W2H
    who: Mapped[str] = mapped_column(String(60))
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    happened: Mapped[str] = mapped_column(String(60), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    what: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    how_much: Mapped[str] = mapped_column(String(100), default="")
    how_to_solve: Mapped[str] = mapped_column(Text, default="")
    nature: Mapped[Nature] = enum_column(Nature, 8)
    level: Mapped[Level] = enum_column(Level, 1)
    #: A short complaint point for the monthly review (渗水, 精装标准, 物业响应…).
    point: Mapped[str] = mapped_column(String(20), default="")
    media_risk: Mapped[bool] = mapped_column(default=False)
    group_size: Mapped[int] = mapped_column(default=1)
    # -- who handles it: the owner is a user; engineering, the contractor and the butler are
    # named contacts, not users.
    owner_id: Mapped[int | None] = _user()
    engineer: Mapped[str] = mapped_column(String(60), default="")
    contractor: Mapped[str] = mapped_column(String(60), default="")
    butler: Mapped[str] = mapped_column(String(60), default="")
    multi_department: Mapped[bool] = mapped_column(default=False)
    # -- the response clock (10 minutes on site / 1 hour by phone) and the first answer
    responded_at: Mapped[datetime | None]
    responded_by_id: Mapped[int | None] = _user()
    response_note: Mapped[str] = mapped_column(String(200), default="")
    answered_at: Mapped[datetime | None]
    answered_by_id: Mapped[int | None] = _user()
    answer_note: Mapped[str] = mapped_column(Text, default="")
    # -- investigation and solution
    finding: Mapped[str] = mapped_column(Text, default="")
    liable: Mapped[Liable | None] = enum_column(Liable, 10)
    solution: Mapped[Solution | None] = enum_column(Solution, 8)
    solution_text: Mapped[str] = mapped_column(Text, default="")
    proposed_at: Mapped[datetime | None]
    proposed_by_id: Mapped[int | None] = _user()
    legal_at: Mapped[datetime | None]
    legal_by_id: Mapped[int | None] = _user()
    legal_note: Mapped[str] = mapped_column(String(300), default="")
    finance_at: Mapped[datetime | None]
    finance_by_id: Mapped[int | None] = _user()
    finance_note: Mapped[str] = mapped_column(String(300), default="")
    refuse_reason: Mapped[str] = mapped_column(String(300), default="")
    change_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_orders.id", ondelete="SET NULL")
    )
    # -- execution
    executor: Mapped[str] = mapped_column(String(60), default="")
    execute_due_on: Mapped[date | None] = mapped_column(Date)
    acceptance: Mapped[str] = mapped_column(String(300), default="")
    executed_at: Mapped[datetime | None]
    executed_by_id: Mapped[int | None] = _user()
    confirmation_signed_on: Mapped[date | None] = mapped_column(Date)
    visit_due_on: Mapped[date | None] = mapped_column(Date)
    #: 1, then 2… when a return visit below 80% opens another round.
    round: Mapped[int] = mapped_column(default=1)
    # -- closing
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = _user()
    close_reason: Mapped[str] = mapped_column(String(300), default="")
    #: The case library's summary: what was learned (nature → handling → feedback).
    lesson: Mapped[str] = mapped_column(Text, default="")


class ComplaintPause(Base):
    """The first-answer clock stopped while waiting on the customer; `ended_at` None while it
    still runs."""

    __tablename__ = "complaint_pauses"
    __table_args__ = (Index("ix_complaint_pauses_complaint", "complaint_id"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "complaint_id": "投诉",
        "started_at": "暂停时间",
        "ended_at": "恢复时间",
        "reason": "暂停原因",
        "started_by_id": "暂停人",
        "ended_by_id": "恢复人",
    }

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(String(200))
    started_by_id: Mapped[int | None] = _user()
    ended_by_id: Mapped[int | None] = _user()


class ComplaintEvent(Base):
    """A line of a case's history: a level change (old → new, with its reason), a review, a
    round, a closing, a reopening (with its reason)…"""

    __tablename__ = "complaint_events"
    __table_args__ = (Index("ix_complaint_events_complaint", "complaint_id", "at"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "complaint_id": "投诉",
        "kind": "事项",
        "at": "时间",
        "user_id": "经办人",
        "old_level": "原等级",
        "new_level": "新等级",
        "text": "说明",
    }

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    kind: Mapped[EventKind] = enum_column(EventKind, 14)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = _user()
    old_level: Mapped[Level | None] = enum_column(Level, 1)
    new_level: Mapped[Level | None] = enum_column(Level, 1)
    text: Mapped[str] = mapped_column(Text, default="")


class ComplaintNote(Base):
    """A note of the investigation (with the side its evidence comes from), of the work's
    progress, or of a contact with the customer."""

    __tablename__ = "complaint_notes"
    __table_args__ = (Index("ix_complaint_notes_complaint", "complaint_id", "at"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "complaint_id": "投诉",
        "kind": "类别",
        "side": "证据来源",
        "at": "时间",
        "user_id": "记录人",
        "text": "内容",
    }

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    kind: Mapped[NoteKind] = enum_column(NoteKind, 14)
    side: Mapped[Side | None] = enum_column(Side, 12)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = _user()
    text: Mapped[str] = mapped_column(Text)


class ComplaintFile(Base):
    """A file attached to a case, kept in the database so it reaches every PC and travels with
    backup, restore and migrate-to: ≤ 10 MB, its SHA-256 kept (one file once per case). The
    bytes are loaded only when asked for (deferred)."""

    __tablename__ = "complaint_files"
    __table_args__ = (
        UniqueConstraint("complaint_id", "sha256"),
        Index("ix_complaint_files_note", "note_id"),
    )
    __audit_skip__: ClassVar[frozenset[str]] = frozenset({"data"})
    __audit_labels__: ClassVar[dict[str, str]] = {
        "complaint_id": "投诉",
        "note_id": "记录",
        "side": "来源",
        "name": "文件名",
        "size": "大小（字节）",
        "sha256": "SHA-256",
        "added_at": "添加时间",
        "added_by_id": "添加人",
        "caption": "说明",
    }

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaint_notes.id", ondelete="SET NULL")
    )
    side: Mapped[Side] = enum_column(Side, 12)
    name: Mapped[str] = mapped_column(String(200))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_at: Mapped[datetime]
    added_by_id: Mapped[int | None] = _user()
    caption: Mapped[str] = mapped_column(String(200), default="")


class ComplaintPayment(Base):
    """赔偿 (liability) or 补偿 (goodwill) paid because of a complaint: approved by amount and
    liability (core.complaints.approvers), then paid by the cashier against a numbered voucher
    (PC-000003), confirmed by finance; a void keeps its number."""

    __tablename__ = "complaint_payments"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        Index("ix_complaint_payments_complaint", "complaint_id"),
    )
    __audit_skip__: ClassVar[frozenset[str]] = frozenset({"facts"})
    __audit_labels__: ClassVar[dict[str, str]] = {
        "complaint_id": "投诉",
        "project_id": "项目",
        "payment": "性质",
        "liable": "责任方",
        "amount": "金额",
        "reason": "事由",
        "proof": "责任确认方式",
        "proof_note": "责任确认说明",
        "requested_at": "申请时间",
        "requested_by_id": "申请人",
        "cs_at": "客服经理审批时间",
        "cs_by_id": "客服经理",
        "vp_at": "分管副总审批时间",
        "vp_by_id": "分管副总",
        "rejected_at": "驳回时间",
        "rejected_by_id": "驳回人",
        "reject_reason": "驳回原因",
        "number": "赔付凭证号",
        "payee": "收款人",
        "method": "支付方式",
        "paid_on": "付款日期",
        "cashier_id": "出纳",
        "confirmed_at": "财务确认时间",
        "confirmed_by_id": "财务确认人",
        "voided_at": "作废时间",
        "void_reason": "作废原因",
    }

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="RESTRICT"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    payment: Mapped[Payment] = enum_column(Payment, 10)
    liable: Mapped[Liable] = enum_column(Liable, 10)
    amount: Mapped[Decimal] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(String(300))
    proof: Mapped[ProofKind] = enum_column(ProofKind, 10, default=ProofKind.NONE)
    proof_note: Mapped[str] = mapped_column(String(200), default="")
    requested_at: Mapped[datetime]
    requested_by_id: Mapped[int | None] = _user()
    cs_at: Mapped[datetime | None]
    cs_by_id: Mapped[int | None] = _user()
    vp_at: Mapped[datetime | None]
    vp_by_id: Mapped[int | None] = _user()
    rejected_at: Mapped[datetime | None]
    rejected_by_id: Mapped[int | None] = _user()
    reject_reason: Mapped[str] = mapped_column(String(200), default="")
    # -- the voucher: numbered when the cashier pays
    number: Mapped[int | None]
    payee: Mapped[str] = mapped_column(String(40), default="")
    method: Mapped[str] = mapped_column(String(10), default="")
    paid_on: Mapped[date | None] = mapped_column(Date)
    cashier_id: Mapped[int | None] = _user()
    confirmed_at: Mapped[datetime | None]
    confirmed_by_id: Mapped[int | None] = _user()
    voided_at: Mapped[datetime | None]
    voided_by_id: Mapped[int | None] = _user()
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    reprints: Mapped[int] = mapped_column(default=0)
    #: The voucher as printed (JSON): every reprint is the same paper.
    facts: Mapped[str] = mapped_column(Text, default="")


class ComplaintVisit(Base):
    """A return visit of one round: the ratings (JSON {item: 1–5}), satisfaction = average ÷ 5,
    the customer's words."""

    __tablename__ = "complaint_visits"
    __table_args__ = (Index("ix_complaint_visits_complaint", "complaint_id"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "complaint_id": "投诉",
        "round": "轮次",
        "visited_at": "回访时间",
        "user_id": "回访人",
        "way": "回访方式",
        "ratings": "评分",
        "score": "满意度",
        "comment": "客户意见",
    }

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    round: Mapped[int]
    visited_at: Mapped[datetime]
    user_id: Mapped[int | None] = _user()
    way: Mapped[VisitWay] = enum_column(VisitWay, 8)
    ratings: Mapped[str] = mapped_column(String(200))
    #: The share, 0.00–1.00 (two places).
    score: Mapped[Decimal] = mapped_column(Money())
    comment: Mapped[str] = mapped_column(Text, default="")


class InspectionIssue(Base):
    """An issue found at a 预验房 viewing, with a promised fix date, followed like a complaint's
    execution until it is fixed."""

    __tablename__ = "inspection_issues"
    __table_args__ = (Index("ix_inspection_issues_deal", "deal_id"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "deal_id": "交易",
        "found_on": "发现日期",
        "text": "问题",
        "place": "部位",
        "responsible": "整改责任人",
        "promised_on": "承诺整改日期",
        "fixed_on": "整改完成日期",
        "fixed_by_id": "确认人",
        "note": "说明",
    }

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    found_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(String(300))
    place: Mapped[str] = mapped_column(String(60), default="")
    responsible: Mapped[str] = mapped_column(String(60), default="")
    promised_on: Mapped[date] = mapped_column(Date)
    fixed_on: Mapped[date | None] = mapped_column(Date)
    fixed_by_id: Mapped[int | None] = _user()
    added_by_id: Mapped[int | None] = _user()
    note: Mapped[str] = mapped_column(Text, default="")
