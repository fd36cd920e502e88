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


def _check_options(text: str) -> str | None:
    from anjia_desk.core.customers import check_options

    return check_options(text)


def _options(key: str, label: str, default: str, help: str = "") -> SettingSpec:
    return SettingSpec(
        key,
        label,
        "客户选项",
        default,
        str,
        max_length=500,
        check=_check_options,
        help=help or "用顿号（、）分隔各项",
    )


register(
    _options(
        "customer.channels",
        "来源渠道",
        "房产门户、社交媒体广告、展会、开放日、自然到访、老带新、渠道带看、电话来访",
        "用顿号（、）分隔；Excel 导入遇到新渠道时自动加入",
    ),
    _options(
        "customer.awareness",
        "认知途径",
        "朋友介绍、户外广告、网络广告、短视频、路过、报纸杂志、其他",
    ),
    _options("customer.age_bands", "年龄段", "25岁以下、25-34岁、35-44岁、45-54岁、55岁及以上"),
    _options("customer.family_structures", "家庭结构", "单身、二人世界、三口之家、三代同堂、其他"),
    _options(
        "customer.focus_points",
        "关注点",
        "交通、商业配套、教育配套、医疗配套、景观环境、物业服务、价格、户型、开发商品牌",
    ),
    _options("followup.channels", "跟进方式", "电话、微信、到访、短信、上门拜访"),
    _options("rotation.invalid_reasons", "无效接待原因", "同行踩盘、问路、推销、其他"),
    SettingSpec(
        "followup.cadence_a", "A 级跟进间隔（天）", "跟进与保护", 3, int, minimum=1, maximum=90
    ),
    SettingSpec(
        "followup.cadence_b", "B 级跟进间隔（天）", "跟进与保护", 7, int, minimum=1, maximum=180
    ),
    SettingSpec(
        "followup.cadence_c", "C 级跟进间隔（天）", "跟进与保护", 30, int, minimum=1, maximum=365
    ),
    SettingSpec(
        "customer.protection_days",
        "客户保护期（天）",
        "跟进与保护",
        30,
        int,
        minimum=1,
        maximum=365,
        help="每次有效跟进或来访重新计算；过期未跟进的客户进入公客池",
    ),
    SettingSpec(
        "risk.high_signals",
        "预警：每天高风险项不少于",
        "成交风险",
        2,
        int,
        minimum=1,
        maximum=4,
        help="同一天标记为高风险的维度数（共四个维度）",
    ),
    SettingSpec(
        "risk.streak_days",
        "预警：连续天数不少于",
        "成交风险",
        2,
        int,
        minimum=1,
        maximum=14,
        help="连续这么多个自然日都达到上面的数量时，生成一条二级预警",
    ),
    SettingSpec(
        "referral.points_visit",
        "老带新：推荐到访积分",
        "维护与老带新",
        100,
        int,
        minimum=0,
        maximum=100000,
        help="被推荐人首次到访时记入推荐人的积分",
    ),
    SettingSpec(
        "care.days_ahead",
        "生日、节日提前提醒（天）",
        "维护与老带新",
        3,
        int,
        minimum=0,
        maximum=30,
    ),
    SettingSpec(
        "privacy.auto_anonymise",
        "每日自动匿名化过期客户",
        "个人信息",
        False,
        bool,
        help="开启后每天自动执行；也可在“个人信息”页先预览人数再手动执行",
    ),
)


def _check_decimal(low: str, high: str) -> Callable[[Any], str | None]:
    def check(text: str) -> str | None:
        from decimal import Decimal, InvalidOperation

        try:
            value = Decimal(text)
        except InvalidOperation:
            return "请填写数字，如 0.5"
        if not value.is_finite() or not Decimal(low) <= value <= Decimal(high):
            return f"应在 {low} 到 {high} 之间"
        return None

    return check


def _deal_specs() -> list[SettingSpec]:
    from anjia_desk.core.deals import PaymentMethod
    from anjia_desk.core.plans import DEFAULT_TEMPLATES, check_plan

    group = "交易与收款"
    std = {"full": "2", "commercial": "1", "fund": "0", "combo": "0"}
    specs = [
        SettingSpec(
            "deals.hold_hours",
            "锁定房源时长（小时）",
            group,
            24,
            int,
            minimum=1,
            maximum=240,
            help="到期未认购自动释放",
        ),
        SettingSpec(
            "deals.sign_days",
            "认购后签约期限（天）",
            group,
            7,
            int,
            minimum=1,
            maximum=90,
        ),
        SettingSpec(
            "deals.penalty_per_10k",
            "逾期付款违约金（万分之/日）",
            group,
            "5",
            str,
            check=_check_decimal("0", "100"),
            help="认购时写入交易，作为合同约定的日违约金率",
        ),
        SettingSpec(
            "deals.cancel_days",
            "逾期解除权天数",
            group,
            90,
            int,
            minimum=1,
            maximum=720,
            help="逾期超过该天数，开发商可依合同解除",
        ),
        SettingSpec(
            "deals.site_discount_pct",
            "案场经理可批特批折扣（%）",
            group,
            "1",
            str,
            check=_check_decimal("0", "100"),
            help="超过此比例由营销负责人审批",
        ),
    ]
    for method in PaymentMethod:
        specs.append(
            SettingSpec(
                f"deals.std_discount.{method.value}",
                f"{method.label}优惠（%）",
                group,
                std[method.value],
                str,
                check=_check_decimal("0", "20"),
                help="按表价打的标准折扣，如 2 表示优惠 2%",
            )
        )
    for method in PaymentMethod:
        specs.append(
            SettingSpec(
                f"deals.plan.{method.value}",
                f"{method.label}付款计划",
                group,
                DEFAULT_TEMPLATES[method],
                str,
                max_length=200,
                check=check_plan,
                help="如 首付款 30% 15天；按揭款 70% 60天（天数从认购日起算）",
            )
        )
    return specs  # fmt: skip


register(*_deal_specs())
register(
    SettingSpec(
        "referral.points_subscribe",
        "老带新：被推荐人认购积分",
        "维护与老带新",
        500,
        int,
        minimum=0,
        maximum=100000,
    ),
    SettingSpec(
        "referral.points_sign",
        "老带新：被推荐人签约积分",
        "维护与老带新",
        1000,
        int,
        minimum=0,
        maximum=100000,
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
