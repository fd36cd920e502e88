"""The settings of the system (the administrator's): letterhead, time zone and lock, personal
information, backups."""

from __future__ import annotations

from decimal import Decimal

from anjia_desk.core.setting_spec import (
    DECIMAL,
    SettingSpec,
    check_folder,
    check_time,
    check_zone,
)

SYSTEM_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "letterhead.company", "公司名称", "信头", "", str, max_length=60, help="打印在每张表单顶部"
    ),
    SettingSpec("letterhead.project", "项目名称", "信头", "", str, max_length=60),
    SettingSpec("letterhead.address", "售楼处地址", "信头", "", str, max_length=120),
    SettingSpec("letterhead.phone", "联系电话", "信头", "", str, max_length=40),
    SettingSpec(
        "office.timezone",
        "办公时区",
        "系统与安全",
        "Asia/Shanghai",
        str,
        check=check_zone,
        picker="zone",
        help="界面、打印和 Excel 中的时间按此时区显示",
    ),
    SettingSpec(
        "security.lock_minutes",
        "无操作锁屏（分钟）",
        "系统与安全",
        10,
        int,
        minimum=1,
        maximum=240,
        help="超过该时间无操作，窗口锁定并要求重新输入密码",
    ),
    # Issue 17 (swap): the yearly rate a refund on a statutory ground earns from each payment
    # day, unless the deal's contract names its own — the administrator keeps it current (the
    # one-year LPR), never the late-payment rate.
    SettingSpec(
        "deals.refund_rate",
        "退款利息年利率（%）",
        "系统与安全",
        Decimal("3.0"),
        DECIMAL,
        minimum=Decimal(0),
        maximum=Decimal(24),
        places=4,
        help="法定情形解除时，退款自付款之日起按此年利率计息（如一年期LPR 3.0）；"
        "合同另有约定的，以交易上的约定为准",
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
    # Issue 14 (erasure): anonymisation at the end of the retention period is on by default,
    # and the first-run checklist says so.
    SettingSpec(
        "privacy.auto_anonymise",
        "每日自动匿名化过期客户",
        "个人信息",
        True,
        bool,
        help="默认开启，每天自动执行；也可在“个人信息”页先预览人数再手动执行",
    ),
    SettingSpec("backup.enabled", "每日自动备份", "备份", True, bool),
    SettingSpec(
        "backup.time",
        "自动备份时间",
        "备份",
        "12:30",
        str,
        max_length=5,
        check=check_time,
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
        check=check_folder,
        picker="folder",
        help="留空则使用数据目录下的 backups 文件夹；可填网络共享文件夹的完整路径",
    ),
)
