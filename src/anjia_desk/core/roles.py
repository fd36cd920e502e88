"""Roles of the sales office (DOMAIN §1) and the one table of who may do what."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    SALES_SECRETARY = "sales_secretary"
    CONSULTANT = "consultant"
    SENIOR_CONSULTANT = "senior_consultant"
    CHANNEL_OFFICER = "channel_officer"
    MORTGAGE_OFFICER = "mortgage_officer"
    CASHIER = "cashier"
    SITE_MANAGER = "site_manager"
    CS_MANAGER = "cs_manager"
    MARKETING_HEAD = "marketing_head"
    FINANCE = "finance"
    LEGAL = "legal"
    VICE_PRESIDENT = "vice_president"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.FRONT_DESK: "前台",
    Role.SALES_SECRETARY: "销售秘书",
    Role.CONSULTANT: "置业顾问",
    Role.SENIOR_CONSULTANT: "资深顾问",
    Role.CHANNEL_OFFICER: "渠道专员",
    Role.MORTGAGE_OFFICER: "按揭专员",
    Role.CASHIER: "出纳",
    Role.SITE_MANAGER: "案场经理",
    Role.CS_MANAGER: "客服中心经理",
    Role.MARKETING_HEAD: "营销负责人",
    Role.FINANCE: "财务",
    Role.LEGAL: "法务",
    Role.VICE_PRESIDENT: "分管副总",
    Role.ADMIN: "管理员",
}


class Action(StrEnum):
    """Guarded actions. Each later issue adds its own here and a row in PERMISSIONS."""

    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"
    EDIT_CALENDAR = "edit_calendar"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    RESTORE = "restore"
    SET_BACKUP_PASSPHRASE = "set_backup_passphrase"
    PRINT_BLANK_FORMS = "print_blank_forms"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS: dict[Action, str] = {
    Action.MANAGE_USERS: "管理用户",
    Action.EDIT_SETTINGS: "修改设置",
    Action.EDIT_CALENDAR: "编辑办公日历",
    Action.VIEW_AUDIT: "查看审计日志",
    Action.BACKUP: "备份数据",
    Action.RESTORE: "恢复数据",
    Action.SET_BACKUP_PASSPHRASE: "设置备份口令",
    Action.PRINT_BLANK_FORMS: "打印空白表单",
}

_EVERYONE = frozenset(Role)

#: Who may do what. The system administrator of the command line may do everything.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.MANAGE_USERS: frozenset({Role.ADMIN}),
    Action.EDIT_SETTINGS: frozenset({Role.ADMIN}),
    Action.EDIT_CALENDAR: frozenset({Role.ADMIN, Role.SITE_MANAGER}),
    Action.VIEW_AUDIT: frozenset({Role.ADMIN, Role.SITE_MANAGER}),
    Action.BACKUP: frozenset({Role.ADMIN, Role.SITE_MANAGER, Role.SALES_SECRETARY}),
    Action.RESTORE: frozenset({Role.ADMIN}),
    Action.SET_BACKUP_PASSPHRASE: frozenset({Role.ADMIN}),
    Action.PRINT_BLANK_FORMS: _EVERYONE,
}


def is_allowed(roles: frozenset[Role] | set[Role], action: Action) -> bool:
    """True when any of `roles` may perform `action`."""
    return bool(PERMISSIONS[action] & frozenset(roles))


def roles_label(roles: Iterable[Role]) -> str:
    """The roles' Chinese names in the order of `Role`, joined: "销售秘书、管理员"; "" for none."""
    order = list(Role)
    return "、".join(r.label for r in sorted(set(roles), key=order.index))
