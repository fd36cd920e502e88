"""Every value DOMAIN.md calls configurable: its key, label, default and validation.

Values live in the database (see services/settings.py); the defaults live here. Later issues add
their own specs to SPECS with `register`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

SettingValue = str | int | bool


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    group: str
    default: SettingValue
    kind: type  # str, int or bool
    help: str = ""
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None
    check: Callable[[Any], str | None] | None = None
    #: "folder": the settings page offers a 选择… button that opens a folder dialog.
    picker: str = ""

    def validate(self, value: object) -> tuple[SettingValue | None, str | None]:
        """Coerce `value` to the spec's kind; return (value, None) or (None, Chinese message)."""
        if self.kind is bool:
            if isinstance(value, bool):
                return value, None
            return None, f"{self.label}：应为是或否"
        if self.kind is int:
            if isinstance(value, bool):
                return None, f"{self.label}：应为整数"
            try:
                number = int(str(value).strip())
            except ValueError:
                return None, f"{self.label}：应为整数"
            if self.minimum is not None and number < self.minimum:
                return None, f"{self.label}：不能小于 {self.minimum}"
            if self.maximum is not None and number > self.maximum:
                return None, f"{self.label}：不能大于 {self.maximum}"
            return number, None
        text = str(value).strip()
        if self.max_length is not None and len(text) > self.max_length:
            return None, f"{self.label}：最多 {self.max_length} 个字"
        if self.check is not None:
            problem = self.check(text)
            if problem:
                return None, f"{self.label}：{problem}"
        return text, None


def _check_time(text: str) -> str | None:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return "请按 时:分 填写，如 12:30"
    return None


def _check_zone(text: str) -> str | None:
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        return "不认识的时区，如 Asia/Shanghai"
    return None


def _check_folder(text: str) -> str | None:
    if text and not Path(text).is_absolute():
        return "请填写完整路径，如 D:\\安家备份 或 /home/desk/backups"
    return None


SPECS: dict[str, SettingSpec] = {}
GROUPS: list[str] = []


def register(*specs: SettingSpec) -> None:
    for spec in specs:
        SPECS[spec.key] = spec
        if spec.group not in GROUPS:
            GROUPS.append(spec.group)


register(
    SettingSpec(
        "letterhead.company", "公司名称", "信头", "", str, max_length=60, help="打印在每张表单顶部"
    ),
    SettingSpec("letterhead.project", "项目名称", "信头", "", str, max_length=60),
    SettingSpec("letterhead.address", "售楼处地址", "信头", "", str, max_length=120),
    SettingSpec("letterhead.phone", "联系电话", "信头", "", str, max_length=40),
    SettingSpec(
        "office.timezone",
        "办公时区",
        "常规",
        "Asia/Shanghai",
        str,
        check=_check_zone,
        help="界面、打印和 Excel 中的时间按此时区显示",
    ),
    SettingSpec(
        "security.lock_minutes",
        "无操作锁屏（分钟）",
        "常规",
        10,
        int,
        minimum=1,
        maximum=240,
        help="超过该时间无操作，窗口锁定并要求重新输入密码",
    ),
    SettingSpec(
        "privacy.retention_months",
        "客户信息保留期（月）",
        "个人信息",
        24,
        int,
        minimum=6,
        maximum=120,
        help="无成交、无联系满该期限的客户信息将被匿名化；登记表的告知内容随之更新",
    ),
    SettingSpec("backup.enabled", "每日自动备份", "备份", True, bool),
    SettingSpec(
        "backup.time",
        "自动备份时间",
        "备份",
        "12:30",
        str,
        check=_check_time,
        help="每天此时自动备份；错过时（电脑关机）在下次启动后补做",
    ),
    SettingSpec("backup.retention_days", "备份保留天数", "备份", 30, int, minimum=1, maximum=3650),
    SettingSpec(
        "backup.directory",
        "备份目录",
        "备份",
        "",
        str,
        max_length=500,
        check=_check_folder,
        picker="folder",
        help="留空则使用数据目录下的 backups 文件夹；可填网络共享文件夹的完整路径",
    ),
)


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
