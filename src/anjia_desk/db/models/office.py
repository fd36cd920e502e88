"""The office itself: its users and their roles, the settings, and the audit log."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from anjia_desk.core.roles import Role
from anjia_desk.core.settings import SPECS
from anjia_desk.db.base import Base, Versioned
from anjia_desk.db.types import enum_column


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
    role: Mapped[Role] = enum_column(Role, 30)
    user: Mapped[User] = relationship(back_populates="roles")


class Setting(Versioned, Base):
    __tablename__ = "settings"
    __audit_labels__: ClassVar[dict[str, str]] = {"key": "设置项", "value": "值"}

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text)  # JSON

    def audit_secret_columns(self) -> frozenset[str]:
        # Internal values (keys of the backup encryption) stay out of the audit text; the
        # settings people edit on the settings page are shown old → new.
        return frozenset() if self.key in SPECS else frozenset({"value"})

    def audit_value(self, column: str, value: Any) -> Any:
        if column == "key" and value in SPECS:
            return SPECS[value].label
        if column == "value" and isinstance(value, str):
            try:
                decoded = json.loads(value)
            except ValueError:
                return value
            # A list setting reads as its items, as the settings page shows them.
            return "、".join(map(str, decoded)) if isinstance(decoded, list) else decoded
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
