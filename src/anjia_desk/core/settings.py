"""Every value DOMAIN.md calls configurable: its key, label, default and validation.

Values live in the database (see services/settings.py); the defaults live here. Later issues add
their own specs to SPECS with `register`.

A spec's kind is one of: `str`, `int`, `bool`, `Decimal` (a number with decimals, kept as its
text and read as Decimal) or `tuple` (a list of values, each an `item` — int or str — written in
the editor separated by 、 or commas, kept as a JSON list and read as a tuple).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from anjia_desk.core.customers import check_options
from anjia_desk.core.deals import PaymentMethod
from anjia_desk.core.plans import DEFAULT_TEMPLATES, check_plan

#: The kinds of setting (see the module's docstring).
DECIMAL: type = Decimal
LIST: type = tuple

ListItem = int | str
SettingValue = str | int | bool | Decimal | tuple[ListItem, ...]

#: What separates the items of a list in the editor: 、 , ， ; ； and line breaks (and, for a list
#: of numbers, spaces as well).
_LIST_SEPARATORS = re.compile(r"[、,，;；\n]+")
_NUMBER_SEPARATORS = re.compile(r"[、,，;；\s]+")


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    group: str
    default: SettingValue
    kind: type  # str, int, bool, DECIMAL or LIST
    help: str = ""
    #: Bounds of an int or a DECIMAL, and of each item of a LIST of ints.
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None
    #: Characters of a str, or of each item of a LIST of texts.
    max_length: int | None = None
    check: Callable[[Any], str | None] | None = None
    #: "folder": the settings page offers a 选择… button that opens a folder dialog; "plan": an
    #: 编辑… button that opens the payment-plan dialog (ui/pages/plan_dialog.py, issue 13).
    picker: str = ""
    #: DECIMAL: at most this many decimal places.
    places: int | None = None
    #: LIST: the kind of each item (int or str), and how many items there may be.
    item: type = str
    min_items: int = 0
    max_items: int | None = None

    def validate(self, value: object) -> tuple[SettingValue | None, str | None]:
        """Coerce `value` to the spec's kind; return (value, None) or (None, Chinese message)."""
        if self.kind is bool:
            if isinstance(value, bool):
                return value, None
            return None, f"{self.label}：应为是或否"
        if self.kind is int:
            number, problem = self._int(value)
            return (None, f"{self.label}：{problem}") if problem else (number, None)
        if self.kind is DECIMAL:
            return self._decimal(value)
        if self.kind is LIST:
            return self._list(value)
        text = str(value).strip()
        if self.max_length is not None and len(text) > self.max_length:
            return None, f"{self.label}：最多 {self.max_length} 个字"
        if self.check is not None:
            problem = self.check(text)
            if problem:
                return None, f"{self.label}：{problem}"
        return text, None

    def _int(self, value: object) -> tuple[int | None, str | None]:
        """An int within the bounds, or the reason why not (without the label)."""
        if isinstance(value, bool):
            return None, "应为整数"
        try:
            number = int(str(value).strip())
        except ValueError:
            return None, "应为整数"
        return number, self._bounds_problem(number)

    def _bounds_problem(self, number: int | Decimal) -> str | None:
        if self.minimum is not None and number < self.minimum:
            return f"不能小于 {self.minimum}"
        if self.maximum is not None and number > self.maximum:
            return f"不能大于 {self.maximum}"
        return None

    def _decimal(self, value: object) -> tuple[Decimal | None, str | None]:
        if isinstance(value, bool | float):
            return None, f"{self.label}：应为数字，如 0.5"
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            return None, f"{self.label}：应为数字，如 0.5"
        if not number.is_finite():
            return None, f"{self.label}：应为数字，如 0.5"
        problem = self._bounds_problem(number)
        if problem:
            return None, f"{self.label}：{problem}"
        exponent = number.as_tuple().exponent
        if self.places is not None and isinstance(exponent, int) and -exponent > self.places:
            return None, f"{self.label}：最多 {self.places} 位小数"
        if self.check is not None:
            problem = self.check(number)
            if problem:
                return None, f"{self.label}：{problem}"
        # Kept as written ("0.50" stays "0.50"), but never in exponent form ("1E+1" is "10").
        return Decimal(format(number, "f")), None

    def _list(self, value: object) -> tuple[tuple[ListItem, ...] | None, str | None]:
        if isinstance(value, str):
            split = _NUMBER_SEPARATORS if self.item is int else _LIST_SEPARATORS
            raw: list[object] = [part for part in split.split(value.strip()) if part.strip()]
        elif isinstance(value, list | tuple):
            raw = list(value)
        else:
            return None, f"{self.label}：应为一组值，用顿号（、）分隔"
        items: list[ListItem] = []
        for index, entry in enumerate(raw, start=1):
            item, problem = self._list_item(entry)
            if problem is not None or item is None:
                return None, f"{self.label}：第 {index} 项“{str(entry).strip()}”{problem}"
            if item in items:
                return None, f"{self.label}：“{item}”重复了"
            items.append(item)
        if len(items) < self.min_items:
            return None, f"{self.label}：至少填写 {self.min_items} 项"
        if self.max_items is not None and len(items) > self.max_items:
            return None, f"{self.label}：最多 {self.max_items} 项"
        result = tuple(items)
        if self.check is not None:
            problem = self.check(result)
            if problem:
                return None, f"{self.label}：{problem}"
        return result, None

    def _list_item(self, entry: object) -> tuple[ListItem | None, str | None]:
        if self.item is int:
            return self._int(entry)
        text = str(entry).strip()
        if not text:
            return None, "不能为空"
        if self.max_length is not None and len(text) > self.max_length:
            return None, f"最多 {self.max_length} 个字"
        return text, None

    def load(self, stored: object) -> SettingValue:
        """The value kept in the database (decoded JSON) as this kind's value. Bounds are not
        checked again (as for an int); a value of the wrong shape (edited by hand) gives the
        default."""
        if self.kind is DECIMAL:
            if isinstance(stored, bool | float):
                return self.default
            try:
                number = Decimal(str(stored).strip())
            except InvalidOperation:
                return self.default
            return number if number.is_finite() else self.default
        if self.kind is LIST:
            if isinstance(stored, list) and all(
                isinstance(item, self.item) and not isinstance(item, bool) for item in stored
            ):
                return tuple(stored)
            return self.default
        return stored if isinstance(stored, str | int | bool) else self.default

    def dump(self, value: SettingValue) -> object:
        """What goes into the database (as JSON): a DECIMAL as its text, a LIST as a list."""
        if isinstance(value, Decimal):
            return format(value, "f")
        if isinstance(value, tuple):
            return list(value)
        return value

    def text(self, value: SettingValue) -> str:
        """A value as the editor shows it: a LIST as its items joined with 、."""
        if isinstance(value, tuple):
            return "、".join(str(item) for item in value)
        if isinstance(value, Decimal):
            return format(value, "f")
        return str(value)


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


def _options(key: str, label: str, default: str, help: str = "") -> SettingSpec:
    return SettingSpec(
        key,
        label,
        "客户选项",
        default,
        str,
        max_length=500,
        check=check_options,
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


def _deal_specs() -> list[SettingSpec]:
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
            Decimal("5"),
            DECIMAL,
            minimum=Decimal(0),
            maximum=Decimal(100),
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
            Decimal("1"),
            DECIMAL,
            minimum=Decimal(0),
            maximum=Decimal(100),
            help="超过此比例由营销负责人审批",
        ),
    ]
    for method in PaymentMethod:
        specs.append(
            SettingSpec(
                f"deals.std_discount.{method.value}",
                f"{method.label}优惠（%）",
                group,
                Decimal(std[method.value]),
                DECIMAL,
                minimum=Decimal(0),
                maximum=Decimal(20),
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
                picker="plan",
                # issue 13: a line may count from 签约 ("签约后15天"), not only from 认购
                help="如 首付款 30% 签约后0天；按揭款 70% 60天（天数默认从认购日起算，"
                "写“签约后”则从签约日起算，签约前不计逾期）",
            )
        )
    return specs  # fmt: skip


register(*_deal_specs())

# 锁定延期 (issue 13, holds): how many times a hold may be extended before the site manager.
register(
    SettingSpec(
        "deals.hold_max_extensions",
        "锁定最多延期次数",
        "交易与收款",
        2,
        int,
        minimum=0,
        maximum=20,
        help="每次延长“锁定房源时长”；超过次数须由案场经理延期并填写原因",
    )
)
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


# Issue 13, "overdue follow-ups do not vanish": the former owner's follow-up of a lapsed customer.
register(
    SettingSpec(
        "customer.lapse_reclaim",
        "原顾问跟进即重新认领公客",
        "跟进与保护",
        True,
        bool,
        help="保护期已过、进入公客池的客户，原归属顾问记录跟进时自动重新归其所有并续保护期",
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
