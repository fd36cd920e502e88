"""What is sold (issue 5): projects, buildings, units, holds on units and 认筹 queue tickets."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from anjia_desk.core.deals import HoldKind, TicketStatus, UnitStatus
from anjia_desk.db.base import Base, Versioned
from anjia_desk.db.types import Decimal2, Money, enum_column


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
        "delivery_on": "预计交付日期",
    }

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    phase: Mapped[str] = mapped_column(String(20), default="")
    #: As written ("3栋"); `key` is canonical ("3"): 3栋, 3#, 3 are one building.
    name: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(20))
    #: The expected 交付 date (issue 18): three months before it, each deal gets a 预验房
    #: invitation to-do.
    delivery_on: Mapped[date | None] = mapped_column(Date)


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
    status: Mapped[UnitStatus] = enum_column(
        UnitStatus, 12, default=UnitStatus.AVAILABLE, index=True
    )
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
        "extensions": "延期次数",
    }

    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    kind: Mapped[HoldKind] = enum_column(HoldKind, 10)
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
    #: 锁定延期: how many times the end was pushed back (each by deals.hold_hours); each one is
    #: in the audit log (action "extend": who, until when, why).
    extensions: Mapped[int] = mapped_column(default=0, server_default="0")


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
        "choice_allowed_at": "特许选房时间",
        "choice_allowed_by_id": "特许人",
        "choice_allowed_reason": "特许原因",
    }
    #: 过号 and 特许选房 have their own audit entries ("skip", "allow": who, which number, why).
    __audit_skip__ = frozenset(
        {
            "skipped_at",
            "skip_reason",
            "choice_allowed_at",
            "choice_allowed_by_id",
            "choice_allowed_reason",
        }
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    number: Mapped[int]
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="RESTRICT"), index=True
    )
    amount: Mapped[Decimal] = mapped_column(Money())
    status: Mapped[TicketStatus] = enum_column(
        TicketStatus, 10, default=TicketStatus.ACTIVE, index=True
    )
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
    #: 特许选房: the site manager let this number choose at 开盘选房 before its 认筹金 was in
    #: (who, when, why). The user is a plain id: SQLite cannot add a foreign key in place.
    choice_allowed_at: Mapped[datetime | None]
    choice_allowed_by_id: Mapped[int | None]
    choice_allowed_reason: Mapped[str] = mapped_column(String(200), default="")
