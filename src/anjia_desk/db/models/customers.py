"""The front desk's customers (issue 3): the record, relatives, visits, follow-ups and the
history of grades, phones and owners, 撞单 disputes and merges."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Column, Date, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.core.customers import Grade, Relation, VisitKind
from anjia_desk.core.phones import PhoneKind, mask_phone
from anjia_desk.db.base import Base, Versioned
from anjia_desk.db.types import Decimal2, enum_column

#: Columns the customer list sorts by, each with a covering index behind "anonymised_at IS NULL".
SORTED = (
    "name",
    "phone",
    "grade",
    "channel",
    "last_contact_at",
    "next_follow_up_on",
    "visit_count",
    "risk_index",
    "created_at",
)


class Customer(Versioned, Base):
    """One person (or household) the office knows, identified by the mobile phone (DOMAIN §2)."""

    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_created_at", "created_at"),
        Index("ix_customers_owner_next", "owner_id", "next_follow_up_on"),
        # The whole list sorted by a column (anonymised rows left out) reads one of these
        # covering indexes instead of the table: ~30 ms against ~120 ms over 100,000 customers.
        *(Index(f"ix_customers_live_{column}", "anonymised_at", column) for column in SORTED),
        # Search by phone digits on PostgreSQL (issue 15, migration 0014_search): a trigram
        # index answers `phone LIKE '%5678%'` in ~1 ms where reading the table takes ~40 ms
        # over 100,000 customers (benchmarks/pg_lists.py). SQLite reads its narrow phone index.
        Index(
            "ix_customers_phone_trigrams",
            "phone",
            postgresql_using="gin",
            postgresql_ops={"phone": "gin_trgm_ops"},
        ).ddl_if(dialect="postgresql"),
    )
    # Bookkeeping kept up to date by the services; its changes are recorded with their own rows.
    __audit_skip__ = frozenset(
        {
            "name_initials",
            "phone_key",
            "birthday_md",
            "visit_count",
            "first_visit_at",
            "last_visit_at",
            "last_follow_up_at",
            "last_contact_at",
            "next_follow_up_on",
            "risk_index",
        }
    )
    __audit_labels__: ClassVar[dict[str, str]] = {
        "name": "姓名",
        "phone": "手机号",
        "phone_kind": "号码类型",
        "gender": "性别",
        "age_band": "年龄段",
        "family_structure": "家庭结构",
        "budget_min": "预算下限（万元）",
        "budget_max": "预算上限（万元）",
        "area_min": "面积下限（㎡）",
        "area_max": "面积上限（㎡）",
        "layout": "意向户型",
        "floor_preference": "楼层偏好",
        "purpose": "置业目的",
        "buyer_type": "客户类型",
        "focus": "关注点",
        "channel": "来源渠道",
        "awareness": "认知途径",
        "owner_id": "归属顾问",
        "protected_until": "保护期至",
        "grade": "意向等级",
        "referrer_id": "推荐人",
        "birthday": "生日",
        "notes": "备注",
        "consent_at": "同意告知时间",
        "marketing_opt_in": "同意营销联系",
        "do_not_disturb": "勿扰",
        "planned_follow_up_on": "计划跟进日",
        "risk_monitoring": "风险监测",
        "anonymised_at": "匿名化时间",
        "erasure_requested_at": "申请删除时间",
        "created_by_id": "登记人",
    }

    # No index of its own: searches match inside names (LIKE '%…%', the name pieces) and the
    # list sorts by (anonymised_at, name); an index nothing reads is upkeep on every import.
    name: Mapped[str] = mapped_column(String(40), default="")
    name_initials: Mapped[str] = mapped_column(String(40), default="", index=True)
    #: As normalised (core.phones); None once anonymised.
    phone: Mapped[str | None] = mapped_column(String(24), index=True)
    #: The identity: the 11 digits of a real mobile number; None for masked/virtual numbers.
    phone_key: Mapped[str | None] = mapped_column(String(11), unique=True)
    phone_kind: Mapped[PhoneKind] = enum_column(PhoneKind, 10, default=PhoneKind.MOBILE)
    gender: Mapped[str] = mapped_column(String(4), default="")
    age_band: Mapped[str] = mapped_column(String(20), default="")
    family_structure: Mapped[str] = mapped_column(String(20), default="")
    budget_min: Mapped[Decimal | None] = mapped_column(Decimal2())
    budget_max: Mapped[Decimal | None] = mapped_column(Decimal2())
    area_min: Mapped[Decimal | None] = mapped_column(Decimal2())
    area_max: Mapped[Decimal | None] = mapped_column(Decimal2())
    layout: Mapped[str] = mapped_column(String(20), default="")
    floor_preference: Mapped[str] = mapped_column(String(20), default="")
    purpose: Mapped[str] = mapped_column(String(10), default="")
    buyer_type: Mapped[str] = mapped_column(String(10), default="")
    focus: Mapped[str] = mapped_column(String(200), default="")  # items joined with 、
    channel: Mapped[str] = mapped_column(String(20), default="", index=True)
    awareness: Mapped[str] = mapped_column(String(20), default="")
    #: Indexed by ix_customers_owner_next, whose first column it is (lookups by owner use it).
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    protected_until: Mapped[date | None] = mapped_column(Date, index=True)
    grade: Mapped[Grade] = enum_column(Grade, 1, default=Grade.C, index=True)
    referrer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    birthday: Mapped[date | None] = mapped_column(Date)
    birthday_md: Mapped[str | None] = mapped_column(String(5), index=True)  # "MM-DD"
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_at: Mapped[datetime | None]
    marketing_opt_in: Mapped[bool] = mapped_column(default=False)
    do_not_disturb: Mapped[bool] = mapped_column(default=False)
    visit_count: Mapped[int] = mapped_column(default=0)  # sorted by ix_customers_live_visit_count
    first_visit_at: Mapped[datetime | None]
    last_visit_at: Mapped[datetime | None]
    last_follow_up_at: Mapped[datetime | None]
    last_contact_at: Mapped[datetime | None] = mapped_column(index=True)
    planned_follow_up_on: Mapped[date | None] = mapped_column(Date)
    next_follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    risk_monitoring: Mapped[bool] = mapped_column(default=False)
    risk_index: Mapped[int | None] = mapped_column(index=True)
    anonymised_at: Mapped[datetime | None]
    #: 已申请删除 (issue 14): the person asked for erasure but has a deal or receipt, which the
    #: accounting rules keep (buyer name, ID, receipts); hidden from all but finance's views.
    erasure_requested_at: Mapped[datetime | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    def audit_value(self, column: str, value: Any) -> Any:
        # The audit text never repeats a phone number in full.
        if column == "phone" and isinstance(value, str):
            return mask_phone(value)
        return value


def _list_order_index(name: str) -> Index:
    """PostgreSQL: the whole list in the order the services ask for (db.portable.sorted_as_sqlite:
    text by code point, NULLs first going up), over the live customers only. Its leading column
    is the sorted one, so a forward or backward scan gives the list in either direction without
    a sort: 20 ms against 120 ms over 100,000 customers (issue 15; benchmarks/pg_lists.py).
    (On PostgreSQL `anonymised_at IS NULL` as an index's first column does not count as one
    value for the order, so ix_customers_live_* are read and then sorted there.)"""
    table = Customer.__table__
    column: Any = table.c[name]
    term: Any = column.collate("C") if isinstance(column.type, String) else column
    if column.nullable:
        term = term.asc().nulls_first()
    return Index(
        f"ix_customers_list_{name}",
        term,
        table.c.id,
        postgresql_where=table.c.anonymised_at.is_(None),
    ).ddl_if(dialect="postgresql")


LIST_ORDER_INDEXES = tuple(_list_order_index(name) for name in SORTED)


class CustomerRelative(Base):
    """A spouse, parent or child who buys together with the customer (判客 finds them too)."""

    __tablename__ = "customer_relatives"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "customer_id": "客户编号",
        "relation": "关系",
        "name": "姓名",
        "phone": "手机号",
    }
    __audit_skip__ = frozenset({"phone_key"})

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    #: A core.customers.Relation value as a rule, but the lookups take any text here and show it
    #: as written (services.reception): so a plain string, not an enum column.
    relation: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str | None] = mapped_column(String(24))
    phone_key: Mapped[str | None] = mapped_column(String(11), index=True)

    def audit_value(self, column: str, value: Any) -> Any:
        if column == "phone" and isinstance(value, str):
            return mask_phone(value)
        if column == "relation" and isinstance(value, str):
            return Relation._value2member_map_.get(value, value)  # labelled by the audit
        return value


class Visit(Base):
    __tablename__ = "visits"
    __table_args__ = (Index("ix_visits_customer_at", "customer_id", "visited_at"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "customer_id": "客户编号",
        "visited_at": "来访时间",
        "kind": "首访/复访",
        "party_size": "来访人数",
        "channel": "来源渠道",
        "awareness": "认知途径",
        "consultant_id": "接待顾问",
        "invalid_reason": "无效原因",
        "note": "备注",
    }

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    visited_at: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[VisitKind] = enum_column(VisitKind, 10)
    party_size: Mapped[int] = mapped_column(default=1)
    channel: Mapped[str] = mapped_column(String(20), default="")
    awareness: Mapped[str] = mapped_column(String(20), default="")
    consultant_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    invalid_reason: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Base):
    __tablename__ = "follow_ups"
    __table_args__ = (Index("ix_follow_ups_customer_at", "customer_id", "at"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "customer_id": "客户编号",
        "user_id": "跟进人",
        "at": "跟进时间",
        "channel": "跟进方式",
        "content": "内容",
        "result": "结果",
        "next_on": "下次跟进日",
        "grade_before": "原等级",
        "grade_after": "新等级",
    }

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    at: Mapped[datetime] = mapped_column(index=True)
    channel: Mapped[str] = mapped_column(String(10))
    content: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(200), default="")
    next_on: Mapped[date | None] = mapped_column(Date)
    grade_before: Mapped[Grade | None] = enum_column(Grade, 1)
    grade_after: Mapped[Grade | None] = enum_column(Grade, 1)


class GradeChange(Base):
    """Every change of a customer's grade: who, when, from, to, why (DOMAIN §3)."""

    __tablename__ = "grade_changes"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "customer_id": "客户编号",
        "user_id": "修改人",
        "from_grade": "原等级",
        "to_grade": "新等级",
        "reason": "原因",
    }

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    from_grade: Mapped[Grade | None] = enum_column(Grade, 1)
    to_grade: Mapped[Grade] = enum_column(Grade, 1)
    reason: Mapped[str] = mapped_column(Text, default="")


class PhoneChange(Base):
    """A customer's phone (the identity) changed: the history of numbers."""

    __tablename__ = "phone_changes"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "customer_id": "客户编号",
        "user_id": "修改人",
        "old_phone": "原号码",
        "new_phone": "新号码",
        "reason": "原因",
    }

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    old_phone: Mapped[str | None] = mapped_column(String(24))
    new_phone: Mapped[str | None] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(Text, default="")

    def audit_value(self, column: str, value: Any) -> Any:
        if column in ("old_phone", "new_phone") and isinstance(value, str):
            return mask_phone(value)
        return value


class OwnershipChange(Base):
    """Who owned a customer when: registration, claim from the pool, reassignment, 撞单 ruling."""

    __tablename__ = "ownership_changes"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "customer_id": "客户编号",
        "from_user_id": "原顾问",
        "to_user_id": "新顾问",
        "kind": "方式",
        "reason": "原因",
        "user_id": "操作人",
    }

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    from_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    to_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(12))  # register, claim, reassign, ruling, merge
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class Dispute(Versioned, Base):
    """撞单: two consultants claim one customer; the site manager rules with a reason."""

    __tablename__ = "disputes"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "customer_id": "客户编号",
        "claimant_id": "申请顾问",
        "holder_id": "原归属顾问",
        "claim_reason": "申请理由",
        "status": "状态",
        "winner_id": "裁定归属",
        "ruling_reason": "裁定理由",
        "ruled_by_id": "裁定人",
        "ruled_at": "裁定时间",
    }

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    claimant_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    claim_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)  # open, ruled
    winner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    ruling_reason: Mapped[str] = mapped_column(Text, default="")
    ruled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    ruled_at: Mapped[datetime | None]


class CustomerMerge(Base):
    """Two records of one person merged: what the removed record held, kept as JSON."""

    __tablename__ = "customer_merges"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "kept_id": "保留客户",
        "merged_id": "并入的客户编号",
        "snapshot": "并入记录",
        "reason": "原因",
        "user_id": "操作人",
    }
    __audit_secret__ = frozenset({"snapshot"})

    kept_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    merged_id: Mapped[int]  # the removed record's id (no foreign key: it is gone)
    snapshot: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


#: Every two-character piece of each live customer's name (ASCII letters in lower case), which
#: search as you type looks up instead of reading every name (db.search_index keeps it in step
#: on every write of a name; services.customer_search reads it). A plain table with b-tree
#: indexes, the same on SQLite and PostgreSQL; no id and no audit: it is derived data.
customer_name_grams = Table(
    "customer_name_grams",
    Base.metadata,
    Column("gram", String(2), primary_key=True),
    # No foreign key: checking one per piece would cost a third of an import's indexing, and a
    # piece of a customer no longer there matches nothing (db.search_index removes them anyway).
    Column("customer_id", Integer, primary_key=True),
    Index("ix_customer_name_grams_customer_id", "customer_id"),
    sqlite_with_rowid=False,
)
