"""Every value DOMAIN.md calls configurable, registered by topic, and who may change which topic.

Values live in the database (see services/settings.py); the defaults live with the specs, one
module per area (settings_system, settings_customers, settings_deals, settings_changes);
SettingSpec itself is in core/setting_spec.py. Later issues add their own specs to SPECS with
`register`.

A spec's `group` is its topic: a page of its own on the settings screen. Who may change a topic
is an action of the role table (core/roles.py): the administrator the system (letterhead, time
zone and lock, personal information, backups), the site manager the office's business rules, the
marketing head the standard discounts and the site manager's approval limit (DOMAIN §1, §5).
"""

from __future__ import annotations

from collections.abc import Mapping

from anjia_desk.core.roles import Action
from anjia_desk.core.setting_spec import DECIMAL, LIST, ListItem, SettingSpec, SettingValue
from anjia_desk.core.settings_changes import CHANGE_SPECS, CHANGES_GROUP
from anjia_desk.core.settings_complaints import COMPLAINTS_GROUP, LIMITS_GROUP
from anjia_desk.core.settings_complaints import LIMIT_SPECS as COMPLAINT_LIMIT_SPECS
from anjia_desk.core.settings_complaints import SPECS as COMPLAINT_SPECS
from anjia_desk.core.settings_customers import CUSTOMER_SPECS, check_care_times
from anjia_desk.core.settings_deals import (
    CONTRACT_GROUP,
    CONTRACT_SPECS,
    DEAL_SPECS,
    PLANS,
    PRICING,
    STEP_SPECS,
    STEPS_GROUP,
)
from anjia_desk.core.settings_dunning import DUNNING_GROUP, DUNNING_SPECS
from anjia_desk.core.settings_reports import REPORTS_GROUP
from anjia_desk.core.settings_reports import SPECS as REPORT_SPECS
from anjia_desk.core.settings_system import SYSTEM_SPECS

__all__ = [
    "DECIMAL",
    "GROUPS",
    "GROUP_ACTIONS",
    "LIST",
    "SPECS",
    "ListItem",
    "SettingSpec",
    "SettingValue",
    "check_together",
    "defaults",
    "group_action",
    "register",
    "validate_changes",
]

SPECS: dict[str, SettingSpec] = {}
#: The topics in the order the settings page lists them.
GROUPS: list[str] = []

#: Who may change each topic: an action of core.roles.PERMISSIONS.
GROUP_ACTIONS: dict[str, Action] = {
    "信头": Action.EDIT_SETTINGS,
    "客户选项": Action.EDIT_OFFICE_RULES,
    "跟进与保护": Action.EDIT_OFFICE_RULES,
    "成交风险": Action.EDIT_OFFICE_RULES,
    "维护与老带新": Action.EDIT_OFFICE_RULES,
    "交易与收款": Action.EDIT_OFFICE_RULES,
    PLANS: Action.EDIT_OFFICE_RULES,
    STEPS_GROUP: Action.EDIT_OFFICE_RULES,
    DUNNING_GROUP: Action.EDIT_OFFICE_RULES,
    # Issue 17 (swap): the breach penalty's defaults; 更名's relations, the reason tags and the
    # thank-you card's words.
    CONTRACT_GROUP: Action.EDIT_OFFICE_RULES,
    CHANGES_GROUP: Action.EDIT_OFFICE_RULES,
    # Issue 18: complaint points, the 风险告知书's items and 预验房 are the office's rules; the
    # limits above which the vice president approves money are not the approvers' to move.
    COMPLAINTS_GROUP: Action.EDIT_OFFICE_RULES,
    LIMITS_GROUP: Action.EDIT_SETTINGS,
    # Issue 19: who sends head office's workbooks and by when is the site manager's call.
    REPORTS_GROUP: Action.EDIT_OFFICE_RULES,
    # The site manager approves discounts up to a limit: the limit is not theirs to set.
    PRICING: Action.EDIT_PRICING_RULES,
    "个人信息": Action.EDIT_SETTINGS,
    "备份": Action.EDIT_SETTINGS,
    "系统与安全": Action.EDIT_SETTINGS,
}


def group_action(group: str) -> Action:
    """The action that lets a person change the settings of `group` (a topic nobody placed yet
    is the administrator's)."""
    return GROUP_ACTIONS.get(group, Action.EDIT_SETTINGS)


def register(*specs: SettingSpec) -> None:
    for spec in specs:
        SPECS[spec.key] = spec
        if spec.group not in GROUPS:
            GROUPS.append(spec.group)


# The topics in page order: the letterhead, the business rules, then the system.
register(*(spec for spec in SYSTEM_SPECS if spec.group == "信头"))
register(*CUSTOMER_SPECS)
register(*(spec for spec in DEAL_SPECS if spec.group != PRICING))
register(*STEP_SPECS)
register(*CONTRACT_SPECS)
register(*DUNNING_SPECS)
register(*CHANGE_SPECS)
register(*COMPLAINT_SPECS)
register(*REPORT_SPECS)
register(*(spec for spec in DEAL_SPECS if spec.group == PRICING))
register(*COMPLAINT_LIMIT_SPECS)
register(*(spec for spec in SYSTEM_SPECS if spec.group != "信头"))


def check_together(values: Mapping[str, object]) -> dict[str, str]:
    """Rules over several settings at once (`values`: every setting, the changes applied);
    {key: Chinese message} for each that breaks one."""
    return check_care_times(values)


def defaults() -> dict[str, SettingValue]:
    return {key: spec.default for key, spec in SPECS.items()}


def validate_changes(changes: dict[str, object]) -> tuple[dict[str, SettingValue], dict[str, str]]:
    """Split `changes` into clean values and per-key Chinese error messages."""
    clean: dict[str, SettingValue] = {}
    errors: dict[str, str] = {}
    for key, raw in changes.items():
        spec = SPECS.get(key)
        if spec is None:
            errors[key] = f"未知的设置项：{key}"
            continue
        value, problem = spec.validate(raw)
        if problem is not None or value is None:
            errors[key] = problem or f"{spec.label}：无效"
        else:
            clean[key] = value
    return clean, errors
