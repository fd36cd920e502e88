"""Hand-built reports (core.report_values) for the report's chart, page and sheet tests: the
three chart kinds, money, a rate with nothing to divide by, many categories, a table longer than
a page, Chinese labels everywhere."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from anjia_desk.core.report_values import (
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    DrillTarget,
    Ratio,
    ReportTable,
    Series,
)

WEEKDAYS = "一二三四五六日"
CHANNELS = (
    "自然来访",
    "老带新",
    "中介渠道",
    "线上广告",
    "路过进店",
    "电话咨询",
    "外拓派单",
    "其他渠道",
)


def day_label(day: date) -> str:
    return f"{day:%m-%d} 周{WEEKDAYS[day.weekday()]}"


def visits_table(days: int = 45, *, scope_label: str = "") -> ReportTable:
    """来访（按日）: `days` rows from 2026-12-01, 首访/复访/合计 and a column per channel, a total
    row, a stacked chart by channel (values = the channel columns)."""
    start = date(2026, 12, 1)
    dates = [start + timedelta(days=i) for i in range(days)]
    per_channel = [[(i * 3 + j * 5) % 7 for j in range(len(CHANNELS))] for i in range(days)]
    rows = []
    for i, day in enumerate(dates):
        total = sum(per_channel[i])
        first = total * 2 // 3
        rows.append((day_label(day), first, total - first, total, *per_channel[i]))
    columns = (
        Column("day", "日期", ColumnKind.TEXT),
        Column("first", "首访"),
        Column("again", "复访"),
        Column("all", "合计"),
        *(Column(f"ch{j}", name) for j, name in enumerate(CHANNELS)),
    )
    totals = [sum(row[k] for row in rows) for k in range(1, len(columns))]  # type: ignore[misc]
    keys = tuple(day.isoformat() for day in dates)
    chart = Chart(
        ChartKind.STACKED,
        tuple(day_label(day) for day in dates),
        keys,
        tuple(
            Series(name, name, tuple(float(per_channel[i][j]) for i in range(days)))
            for j, name in enumerate(CHANNELS)
        ),
        unit="人次",
    )
    last = dates[-1]
    return ReportTable(
        key="visits",
        title="来访（按日）",
        range_label=f"{start.isoformat()} 至 {last.isoformat()}",
        columns=columns,
        rows=tuple(rows),
        row_keys=keys,
        chart=chart,
        drill_target=DrillTarget.CUSTOMER,
        total=("合计", *totals),
        notes=("来访只计有效来访（未标为无效），按来访时间所在的办公日计。",),
        scope_label=scope_label,
    )


FUNNEL_KEYS = ("visits", "subscribed", "signed", "cancelled")


def funnel_table() -> ReportTable:
    """成交漏斗: counts, money (blank for 来访), a rate per stage; 退房 ÷ 签约 with no 签约 in
    the range gives "—"."""
    counts = (340, 52, 0, 2)
    rows = (
        ("来访", 340, None, None),
        ("认购", 52, Decimal("81234567.50"), Ratio(52, 340)),
        ("签约", 0, Decimal("0.00"), Ratio(0, 52)),
        ("退房", 2, Decimal("3120000.00"), Ratio(2, 0)),
    )
    return ReportTable(
        key="funnel",
        title="成交漏斗",
        range_label="2026-12-01 至 2026-12-07",
        columns=(
            Column("stage", "阶段", ColumnKind.TEXT),
            Column("count", "数量"),
            Column("amount", "金额（元）", ColumnKind.MONEY),
            Column("rate", "转化率（本阶段÷上一阶段）", ColumnKind.RATIO),
        ),
        rows=rows,
        row_keys=FUNNEL_KEYS,
        chart=Chart(
            ChartKind.HBAR,
            ("来访", "认购", "签约", "退房"),
            FUNNEL_KEYS,
            (Series("count", "数量", tuple(float(c) for c in counts)),),
            unit="组",
        ),
        drill_target=DrillTarget.DEAL,
        notes=("转化率为本阶段数量除以上一阶段数量；退房除以签约，本期无签约时显示“—”。",),
    )


def channels_table(count: int = 16) -> ReportTable:
    """渠道转化 over `count` channels: a grouped bar chart of 来访/认购/签约 (three series), rates
    (签约率 with no 认购 gives "—"), 平均跟进天数 as a one-place number."""
    names = [f"{CHANNELS[i % len(CHANNELS)]}{i // len(CHANNELS) + 1}" for i in range(count)]
    visits = [40 + 7 * i for i in range(count)]
    subscribed = [(3 * i) % 11 for i in range(count)]
    signed = [s // 2 for s in subscribed]
    rows = tuple(
        (
            names[i],
            visits[i],
            subscribed[i],
            signed[i],
            Ratio(subscribed[i], visits[i]),
            Ratio(signed[i], subscribed[i]),
            Decimal("2.5") + i,
        )
        for i in range(count)
    )
    keys = tuple(f"channel-{i}" for i in range(count))
    return ReportTable(
        key="channels",
        title="渠道转化",
        range_label="2026-12-01 至 2026-12-31",
        columns=(
            Column("channel", "渠道", ColumnKind.TEXT),
            Column("visits", "来访"),
            Column("subscribed", "认购"),
            Column("signed", "签约"),
            Column("sub_rate", "认购率（认购÷来访）", ColumnKind.RATIO),
            Column("sign_rate", "签约率（签约÷认购）", ColumnKind.RATIO),
            Column("days", "平均跟进天数", ColumnKind.NUMBER),
        ),
        rows=rows,
        row_keys=keys,
        chart=Chart(
            ChartKind.BAR,
            tuple(names),
            keys,
            (
                Series("visits", "来访", tuple(float(v) for v in visits)),
                Series("subscribed", "认购", tuple(float(v) for v in subscribed)),
                Series("signed", "签约", tuple(float(v) for v in signed)),
            ),
            unit="组",
        ),
        drill_target=DrillTarget.DEAL,
        notes=("认购率＝认购÷来访；签约率＝签约÷认购。",),
    )


def consultants_table() -> ReportTable:
    """顾问排行: money in 元 in the table, the chart in 万元 (so the sheet needs its own block)."""
    names = ("王小明", "李婷", "张伟")
    amounts = (Decimal("12850000.00"), Decimal("8600500.00"), Decimal("0.00"))
    keys = ("7", "3", "9")
    return ReportTable(
        key="consultants",
        title="顾问排行",
        range_label="2026-12-01 至 2026-12-31",
        columns=(
            Column("name", "顾问", ColumnKind.TEXT),
            Column("signed", "签约"),
            Column("amount", "签约金额", ColumnKind.MONEY),
        ),
        rows=tuple((n, i + 1, a) for i, (n, a) in enumerate(zip(names, amounts, strict=True))),
        row_keys=keys,
        chart=Chart(
            ChartKind.HBAR,
            names,
            keys,
            (Series("amount", "签约金额", tuple(float(a) / 10000 for a in amounts)),),
            unit="万元",
        ),
        drill_target=DrillTarget.DEAL,
    )


def empty_table() -> ReportTable:
    return ReportTable(
        key="unsigned",
        title="认购未签约",
        range_label="截至 2026-12-07",
        columns=(Column("bucket", "剩余天数", ColumnKind.TEXT), Column("units", "套数")),
        rows=(),
        row_keys=(),
        chart=Chart(ChartKind.BAR, (), (), (), unit="套"),
        drill_target=DrillTarget.DEAL,
    )
