"""The tables: users, roles, settings, the audit log, the office calendar (foundation); customers,
visits, follow-ups, the rotation, risk marks and referrals (the front desk); projects, units,
holds, queue tickets, deals, their steps, installments, receipts and care touches (deals)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from anjia_desk.core.roles import Role
from anjia_desk.db.base import Base, Versioned
from anjia_desk.db.types import Decimal2, Money


class User(Versioned, Base):
    __tablename__ = "users"

    __audit_secret__ = frozenset({"password_hash"})
    __audit_skip__ = frozenset({"last_login_at"})  # each login has its own audit entry
    __audit_labels__: ClassVar[dict[str, str]] = {
        "username": "登录名",
        "display_name": "姓名",
        "password_hash": "密码",
        "is_active": "在用",
        "must_change_password": "下次登录须改密码",
    }

    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(default=True)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    last_login_at: Mapped[datetime | None]
    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="UserRole.role",
    )

    @property
    def role_names(self) -> frozenset[str]:
        return frozenset(r.role for r in self.roles)


class UserRole(Base):
    __tablename__ = "user_roles"
    __table_args__ = (UniqueConstraint("user_id", "role"),)
    __audit_labels__: ClassVar[dict[str, str]] = {"user_id": "用户编号", "role": "角色"}

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    user: Mapped[User] = relationship(back_populates="roles")

    def audit_value(self, column: str, value: Any) -> Any:
        if column == "role" and value in Role._value2member_map_:
            return Role(value).label
        return value


class Setting(Versioned, Base):
    __tablename__ = "settings"
    __audit_labels__: ClassVar[dict[str, str]] = {"key": "设置项", "value": "值"}

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text)  # JSON

    def audit_secret_columns(self) -> frozenset[str]:
        # Internal values (keys of the backup encryption) stay out of the audit text; the
        # settings people edit on the settings page are shown old → new.
        from anjia_desk.core.settings import SPECS

        return frozenset() if self.key in SPECS else frozenset({"value"})

    def audit_value(self, column: str, value: Any) -> Any:
        from anjia_desk.core.settings import SPECS

        if column == "key" and value in SPECS:
            return SPECS[value].label
        if column == "value" and isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                return value
        return value


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __audited__ = False
    __table_args__ = (
        Index("ix_audit_log_created_at", "created_at"),
        Index("ix_audit_log_entity", "entity", "entity_id"),
    )

    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(80))  # display name, or "system"
    os_user: Mapped[str | None] = mapped_column(String(80))
    host: Mapped[str | None] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    summary: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str | None] = mapped_column(Text)


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


# --- the front desk (issue 3): customers, visits, follow-ups, rotation, risk, referrals


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
        "created_by_id": "登记人",
    }

    name: Mapped[str] = mapped_column(String(40), default="", index=True)
    name_initials: Mapped[str] = mapped_column(String(40), default="", index=True)
    #: As normalised (core.phones); None once anonymised.
    phone: Mapped[str | None] = mapped_column(String(24), index=True)
    #: The identity: the 11 digits of a real mobile number; None for masked/virtual numbers.
    phone_key: Mapped[str | None] = mapped_column(String(11), unique=True)
    phone_kind: Mapped[str] = mapped_column(String(10), default="mobile")
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
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    protected_until: Mapped[date | None] = mapped_column(Date, index=True)
    grade: Mapped[str] = mapped_column(String(1), default="C", index=True)
    referrer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    birthday: Mapped[date | None] = mapped_column(Date)
    birthday_md: Mapped[str | None] = mapped_column(String(5), index=True)  # "MM-DD"
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_at: Mapped[datetime | None]
    marketing_opt_in: Mapped[bool] = mapped_column(default=False)
    do_not_disturb: Mapped[bool] = mapped_column(default=False)
    visit_count: Mapped[int] = mapped_column(default=0, index=True)
    first_visit_at: Mapped[datetime | None]
    last_visit_at: Mapped[datetime | None]
    last_follow_up_at: Mapped[datetime | None]
    last_contact_at: Mapped[datetime | None] = mapped_column(index=True)
    planned_follow_up_on: Mapped[date | None] = mapped_column(Date)
    next_follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    risk_monitoring: Mapped[bool] = mapped_column(default=False)
    risk_index: Mapped[int | None] = mapped_column(index=True)
    anonymised_at: Mapped[datetime | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    def audit_value(self, column: str, value: Any) -> Any:
        # The audit text never repeats a phone number in full.
        if column == "phone" and isinstance(value, str):
            from anjia_desk.core.phones import mask_phone

            return mask_phone(value)
        return value


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
    relation: Mapped[str] = mapped_column(String(10))  # core.customers.Relation
    name: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str | None] = mapped_column(String(24))
    phone_key: Mapped[str | None] = mapped_column(String(11), index=True)

    def audit_value(self, column: str, value: Any) -> Any:
        if column == "phone" and isinstance(value, str):
            from anjia_desk.core.phones import mask_phone

            return mask_phone(value)
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
    kind: Mapped[str] = mapped_column(String(10))  # core.customers.VisitKind
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
    grade_before: Mapped[str | None] = mapped_column(String(1))
    grade_after: Mapped[str | None] = mapped_column(String(1))


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
    from_grade: Mapped[str | None] = mapped_column(String(1))
    to_grade: Mapped[str] = mapped_column(String(1))
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
            from anjia_desk.core.phones import mask_phone

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
    kind: Mapped[str] = mapped_column(String(8))  # core.rotation.TurnKind
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"))
    invalid_reason: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(200), default="")


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
    dimension: Mapped[str] = mapped_column(String(16))  # core.risk.Dimension
    level: Mapped[str] = mapped_column(String(4))  # core.risk.Level
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


class ReferralPoint(Base):
    """The points ledger of 老带新: earned by a referral that visits (or buys), redeemed later."""

    __tablename__ = "referral_points"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "referrer_id": "推荐人",
        "referred_id": "被推荐人",
        "points": "积分",
        "kind": "类型",
        "note": "说明",
        "user_id": "经办人",
        "thanked_at": "致谢时间",
    }

    referrer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    referred_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    points: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))  # visit, deal, redeem, adjust
    note: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    thanked_at: Mapped[datetime | None]


# --- units, deals and money (issue 5)


class Project(Versioned, Base):
    """A development sold from this office, with its pre-sale permit (预售许可证)."""

    __tablename__ = "projects"
    __audit_labels__: ClassVar[dict[str, str]] = {
        "name": "项目名称",
        "permit_no": "预售许可证号",
        "permit_date": "预售许可日期",
        "address": "项目地址",
        "opening_date": "开盘日期",
    }

    name: Mapped[str] = mapped_column(String(60), unique=True)
    permit_no: Mapped[str] = mapped_column(String(60), default="")
    #: Before this date no 认筹 money and no 认购 may be taken (DOMAIN §5).
    permit_date: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(120), default="")
    opening_date: Mapped[date | None] = mapped_column(Date)


class Building(Versioned, Base):
    """A building (楼栋) of a project, in a phase (期)."""

    __tablename__ = "buildings"
    __table_args__ = (UniqueConstraint("project_id", "key"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "project_id": "项目",
        "phase": "分期",
        "name": "楼栋",
        "key": "楼栋编号",
    }

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    phase: Mapped[str] = mapped_column(String(20), default="")
    #: As written ("3栋"); `key` is canonical ("3"): 3栋, 3#, 3 are one building.
    name: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(20))


class Unit(Versioned, Base):
    """A room (房号) on a floor of a stairwell (单元) of a building."""

    __tablename__ = "units"
    __table_args__ = (
        UniqueConstraint("building_id", "stairwell", "room"),
        Index("ix_units_building_floor", "building_id", "floor"),
    )
    __audit_labels__: ClassVar[dict[str, str]] = {
        "building_id": "楼栋",
        "stairwell": "单元",
        "floor": "楼层",
        "room": "房号",
        "layout": "户型",
        "area": "建筑面积（预测）",
        "inner_area": "套内面积（预测）",
        "measured_area": "建筑面积（实测）",
        "measured_inner_area": "套内面积（实测）",
        "filed_price": "备案价",
        "list_price": "表价",
        "status": "销控状态",
        "blocked_reason": "不可售原因",
    }

    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id", ondelete="RESTRICT"))
    stairwell: Mapped[str] = mapped_column(String(10), default="")
    floor: Mapped[int]
    room: Mapped[str] = mapped_column(String(20))  # kept as written: "0801"
    layout: Mapped[str] = mapped_column(String(20), default="")
    area: Mapped[Decimal] = mapped_column(Decimal2())
    inner_area: Mapped[Decimal | None] = mapped_column(Decimal2())
    measured_area: Mapped[Decimal | None] = mapped_column(Decimal2())
    measured_inner_area: Mapped[Decimal | None] = mapped_column(Decimal2())
    filed_price: Mapped[Decimal] = mapped_column(Money())
    list_price: Mapped[Decimal] = mapped_column(Money())
    #: core.deals.UnitStatus, kept by the services in step with the unit's live hold or deal (so
    #: the 销控表 is one query); every change of a hold or deal also bumps `version`, so two PCs
    #: racing for one unit collide here as well as on the partial unique indexes.
    status: Mapped[str] = mapped_column(String(12), default="available", index=True)
    blocked_reason: Mapped[str] = mapped_column(String(100), default="")


class UnitHold(Base):
    """A 锁定 (hours), a 开盘选房 choice or a 保留 (approver, expiry) of one unit."""

    __tablename__ = "unit_holds"
    __table_args__ = (
        # One live hold per unit, enforced by the database as well as the service.
        Index(
            "uq_unit_holds_live",
            "unit_id",
            unique=True,
            sqlite_where=text("released_at IS NULL"),
            postgresql_where=text("released_at IS NULL"),
        ),
        Index("ix_unit_holds_expires_at", "expires_at"),
    )
    __audit_labels__: ClassVar[dict[str, str]] = {
        "unit_id": "房源",
        "kind": "类型",
        "customer_id": "客户",
        "ticket_id": "认筹号",
        "user_id": "经办人",
        "approver_id": "批准人",
        "expires_at": "到期时间",
        "reason": "原因",
        "released_at": "释放时间",
        "release_reason": "释放原因",
    }

    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # core.deals.HoldKind
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("queue_tickets.id", ondelete="SET NULL")
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    expires_at: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(String(200), default="")
    released_at: Mapped[datetime | None]
    release_reason: Mapped[str] = mapped_column(String(100), default="")


class QueueTicket(Versioned, Base):
    """A 认筹/排号 queue number: issued in order per project, never reused."""

    __tablename__ = "queue_tickets"
    __table_args__ = (UniqueConstraint("project_id", "number"),)
    __audit_labels__: ClassVar[dict[str, str]] = {
        "project_id": "项目",
        "number": "排号",
        "customer_id": "客户",
        "amount": "认筹金",
        "status": "状态",
        "issued_by_id": "经办人",
        "void_reason": "作废原因",
        "closed_at": "结束时间",
        "deal_id": "转入交易",
        "skipped_at": "过号时间",
        "skip_reason": "过号原因",
    }

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    number: Mapped[int]
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="RESTRICT"), index=True
    )
    amount: Mapped[Decimal] = mapped_column(Money())
    status: Mapped[str] = mapped_column(String(10), default="active", index=True)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    #: When it was voided, refunded (退筹) or turned into 定金.
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deals.id", ondelete="SET NULL", use_alter=True)
    )
    #: 过号 at 开盘选房: called and not there. The ticket stays valid (it may still choose
    #: later) but no longer holds up the queue; whose turn it is comes from this. Who skipped
    #: it is in the audit log (action "skip").
    skipped_at: Mapped[datetime | None]
    skip_reason: Mapped[str] = mapped_column(String(200), default="")


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
    payment_method: Mapped[str] = mapped_column(String(12))  # core.deals.PaymentMethod
    list_price: Mapped[Decimal] = mapped_column(Money())
    standard_discount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    special_discount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    discount_status: Mapped[str] = mapped_column(String(10), default="none", index=True)
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
    stage: Mapped[str] = mapped_column(String(12), default="subscribed")  # core.deals.Stage
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

    def audit_value(self, column: str, value: Any) -> Any:
        if column == "payment_method" and isinstance(value, str):
            from anjia_desk.core.deals import PaymentMethod

            return (
                PaymentMethod(value).label if value in PaymentMethod._value2member_map_ else value
            )
        if column == "stage" and isinstance(value, str):
            from anjia_desk.core.deals import Stage

            return Stage(value).label if value in Stage._value2member_map_ else value
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
    step: Mapped[str] = mapped_column(String(20))
    done_at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(String(200), default="")


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
    }

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    seq: Mapped[int]
    nature: Mapped[str] = mapped_column(String(10))  # core.deals.Nature
    name: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    paid: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    #: The day the last payment brought `paid` up to `amount` (None while outstanding).
    settled_on: Mapped[date | None] = mapped_column(Date)


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
    nature: Mapped[str] = mapped_column(String(10))  # core.deals.Nature
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


class CareTouch(Base):
    """One of the three care touches after 签约 (DOMAIN §6): a to-do with ready text."""

    __tablename__ = "care_touches"
    __table_args__ = (
        UniqueConstraint("deal_id", "seq"),
        Index("ix_care_touches_owner_due", "owner_id", "due_at"),
    )
    __audit_labels__: ClassVar[dict[str, str]] = {
        "deal_id": "交易",
        "customer_id": "客户",
        "owner_id": "负责人",
        "seq": "序号",
        "due_at": "计划时间",
        "text": "话术",
        "done_at": "完成时间",
        "done_by_id": "完成人",
    }

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    seq: Mapped[int]
    due_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)
    done_at: Mapped[datetime | None]
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
