"""The settings of customers and care: option lists, follow-up and protection, deal risk, care
touches and referrals (the site manager's business rules)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time

from anjia_desk.core.customers import check_options
from anjia_desk.core.deal_rules import SECOND_TOUCH_AT, THIRD_TOUCH_AT, WORK_END, WORK_START
from anjia_desk.core.risk import INDEX_DAYS
from anjia_desk.core.setting_spec import SettingSpec, check_time


def _time(key: str, label: str, default: time, help: str = "") -> SettingSpec:
    return SettingSpec(
        key,
        label,
        "维护与老带新",
        default.strftime("%H:%M"),
        str,
        check=check_time,
        help=help,
        max_length=5,
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


CUSTOMER_SPECS: tuple[SettingSpec, ...] = (
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
        "customer.lapse_reclaim",
        "原顾问跟进即重新认领公客",
        "跟进与保护",
        True,
        bool,
        help="保护期已过、进入公客池的客户，原归属顾问记录跟进时自动重新归其所有并续保护期",
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
    # Issue 13 (settings): the office numbers that were still in code.
    SettingSpec(
        "risk.index_days",
        "风险指数：统计最近天数",
        "成交风险",
        INDEX_DAYS,
        int,
        minimum=1,
        maximum=60,
        help="客户列表的风险指数 = 该天数内低风险标记占全部标记的百分比",
    ),
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
    _time(
        "care.window_start",
        "关怀时段：最早",
        WORK_START,
        "签约关怀不早于此时；签约更早时第一次关怀顺延到此时",
    ),
    _time(
        "care.window_end", "关怀时段：最晚", WORK_END, "签约晚于此时，第一次关怀改到次日最早时刻"
    ),
    _time("care.second_at", "第二次关怀（签约次日）", SECOND_TOUCH_AT),
    _time("care.third_at", "第三次关怀（签约第三天）", THIRD_TOUCH_AT),
    # Issue 14 (enumeration): how many 判客 lookups without a registration are too many.
    SettingSpec(
        "lookup.limit",
        "判客：未登记来访的查询上限（次）",
        "跟进与保护",
        20,
        int,
        minimum=1,
        maximum=1000,
        help="同一员工在下面的时间内判客超过这么多次且没有登记来访，之后每次查询都要等待，"
        "并给案场经理一条待办",
    ),
    SettingSpec(
        "lookup.window_minutes",
        "判客：统计最近（分钟）",
        "跟进与保护",
        10,
        int,
        minimum=1,
        maximum=1440,
    ),
    SettingSpec(
        "lookup.wait_seconds",
        "判客：超过上限后每次等待（秒）",
        "跟进与保护",
        2,
        int,
        minimum=1,
        maximum=60,
    ),
)


def check_care_times(values: Mapping[str, object]) -> dict[str, str]:
    """The care touches' times together: the window opens before it closes and both later
    touches fall inside it (each setting alone is checked by its spec)."""
    start, end = str(values["care.window_start"]), str(values["care.window_end"])
    if _minutes(start) >= _minutes(end):
        return {"care.window_end": "关怀时段：最晚时刻应晚于最早时刻"}
    problems = {}
    for key in ("care.second_at", "care.third_at"):
        if not _minutes(start) <= _minutes(str(values[key])) <= _minutes(end):
            label = "第二次关怀" if key == "care.second_at" else "第三次关怀"
            problems[key] = f"{label}：应在关怀时段 {start}–{end} 之内"
    return problems


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)
