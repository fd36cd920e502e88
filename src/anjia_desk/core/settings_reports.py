"""The settings of head office's workbooks (issue 19, DOMAIN §12): who is reminded on the
工作台 to send them (a role: 销售秘书 unless the office says otherwise), each one's deadline —
日报 every day at 20:00, 周报 on Friday at 17:30, 月报 on the 24th at 17:00 — and how many hours
before a deadline the reminder shows (the site manager's group "报表")."""

from __future__ import annotations

from anjia_desk.core.roles import PERMISSIONS, ROLE_LABELS, Action
from anjia_desk.core.setting_spec import SettingSpec, check_time

REPORTS_GROUP = "报表"


def reporter_roles() -> list[str]:
    """The roles that may be reminded: those who may produce the workbooks, by label."""
    allowed = PERMISSIONS[Action.HEAD_OFFICE_REPORTS]
    return [label for role, label in ROLE_LABELS.items() if role in allowed]


def check_reporter(text: str) -> str | None:
    choices = reporter_roles()
    if text not in choices:
        return f"请填写能生成总部报表的角色：{'、'.join(choices)}"
    return None


def _time(key: str, label: str, default: str, help: str) -> SettingSpec:
    return SettingSpec(
        key, label, REPORTS_GROUP, default, str, check=check_time, max_length=5, help=help
    )


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "reports.reporter_role",
        "报送人角色",
        REPORTS_GROUP,
        "销售秘书",
        str,
        check=check_reporter,
        max_length=10,
        help="工作台上提醒报送日报、周报、月报的角色",
    ),
    _time("reports.daily_time", "日报报送时间", "20:00", "每天这个时间前报送当天的日报"),
    SettingSpec(
        "reports.weekly_day",
        "周报报送日（星期几）",
        REPORTS_GROUP,
        5,
        int,
        minimum=1,
        maximum=7,
        help="1 为星期一，7 为星期日",
    ),
    _time("reports.weekly_time", "周报报送时间", "17:30", "报送日这个时间前报送本周周报"),
    SettingSpec(
        "reports.monthly_day",
        "月报报送日（每月几号）",
        REPORTS_GROUP,
        24,
        int,
        minimum=1,
        maximum=31,
        help="当月没有这一天时为当月最后一天",
    ),
    _time("reports.monthly_time", "月报报送时间", "17:00", "报送日这个时间前报送本月月报"),
    SettingSpec(
        "reports.remind_hours",
        "提前提醒小时数",
        REPORTS_GROUP,
        2,
        int,
        minimum=1,
        maximum=48,
        help="报送时间前这么多小时起在工作台提醒；过时未报送的提醒保留 7 天",
    ),
)
