"""Head office's workbooks (issue 19, DOMAIN §12): 日报, 周报 and 月报 in a fixed layout. This is
the layout as plain data — the workbook names (ASCII defined names) a template must hold for the
single figures, and the tables (a defined name on a table's header row) with their columns — so
the shipped templates (scripts/make_report_templates.py), the check of a replaced template
(excel.template_fill) and the figures (services.head_office) all speak of the same cells.

The periods: a report for day D counts 日报 — D and the month to D; 周报 — Monday to D; 月报 —
the 1st to D (office days)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class WorkbookKind(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"

    @property
    def label(self) -> str:
        return {"daily": "日报", "weekly": "周报", "monthly": "月报"}[self.value]


class ValueKind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"  # yuan, "#,##0.00"
    RATIO = "ratio"  # a fraction, "0.0%"; "—" when nothing to divide by


#: The figures every workbook counts over each of its periods: (name suffix, label, kind).
INDICATORS: tuple[tuple[str, str, ValueKind], ...] = (
    ("visits_first", "首访（组）", ValueKind.COUNT),
    ("visits_return", "复访（组）", ValueKind.COUNT),
    ("visits", "来访合计（组）", ValueKind.COUNT),
    ("subscribed_units", "认购套数", ValueKind.COUNT),
    ("subscribed_amount", "认购金额（元）", ValueKind.MONEY),
    ("signed_units", "签约套数", ValueKind.COUNT),
    ("signed_amount", "签约金额（元）", ValueKind.MONEY),
    ("collected_count", "回款笔数", ValueKind.COUNT),
    ("collected_amount", "回款金额（元）", ValueKind.MONEY),
    ("cancelled_units", "退房套数", ValueKind.COUNT),
    ("complaints_opened", "投诉受理（件）", ValueKind.COUNT),
    ("complaints_closed", "投诉办结（件）", ValueKind.COUNT),
)

#: The periods of each workbook's figures: (name prefix, column label).
PERIODS: dict[WorkbookKind, tuple[tuple[str, str], ...]] = {
    WorkbookKind.DAILY: (("day", "当日"), ("mtd", "本月累计")),
    WorkbookKind.WEEKLY: (("week", "本周累计"),),
    WorkbookKind.MONTHLY: (("month", "本月累计"),),
}

#: Every workbook's heading: the company, the period counted, when it was produced.
HEADINGS: tuple[str, ...] = ("office_name", "period_label", "produced_at")

#: 周报's funnel: (stage key, label); each stage has _count, _amount and _rate (÷ the stage
#: before; 退房 ÷ 签约).
FUNNEL: tuple[tuple[str, str], ...] = (
    ("visits", "来访"),
    ("subscribed", "认购"),
    ("signed", "签约"),
    ("cancelled", "退房"),
)

#: 月报's single rates and counts besides its tables: (name, label, kind).
MONTHLY_EXTRAS: tuple[tuple[str, str, ValueKind], ...] = (
    ("refund_rate", "退房率（本月退房÷本月签约）", ValueKind.RATIO),
    ("refund_72h_share", "签约后72小时内退房占比（÷本月退房）", ValueKind.RATIO),
    ("unsubscribed_units", "退定套数（未签约，不计入退房）", ValueKind.COUNT),
    ("complaints_on_time_rate", "投诉按时答复率（按时÷已到期或已答复）", ValueKind.RATIO),
)

Col = tuple[str, ValueKind]

_PER_DAY: tuple[Col, ...] = (
    ("首访", ValueKind.COUNT),
    ("复访", ValueKind.COUNT),
    ("来访合计", ValueKind.COUNT),
    ("认购套数", ValueKind.COUNT),
    ("认购金额（元）", ValueKind.MONEY),
    ("签约套数", ValueKind.COUNT),
    ("签约金额（元）", ValueKind.MONEY),
    ("回款金额（元）", ValueKind.MONEY),
    ("退房套数", ValueKind.COUNT),
    ("投诉受理", ValueKind.COUNT),
    ("投诉办结", ValueKind.COUNT),
)


@dataclass(frozen=True)
class TableLayout:
    """A table of a workbook: the defined name `name` covers its header row (exactly as wide as
    `columns`) on sheet `sheet`; rows are written under it in the style of the template's first
    data row, so the block sits at the end of its sheet."""

    name: str
    sheet: str
    title: str
    columns: tuple[Col, ...]


TABLES: dict[WorkbookKind, tuple[TableLayout, ...]] = {
    WorkbookKind.DAILY: (
        TableLayout(
            "channel_table",
            "日报",
            "来访渠道",
            (
                ("渠道", ValueKind.TEXT),
                ("当日首访", ValueKind.COUNT),
                ("当日复访", ValueKind.COUNT),
                ("当日合计", ValueKind.COUNT),
                ("本月首访", ValueKind.COUNT),
                ("本月复访", ValueKind.COUNT),
                ("本月合计", ValueKind.COUNT),
            ),
        ),
    ),
    WorkbookKind.WEEKLY: (
        TableLayout("day_table", "每日", "本周每日", (("日期", ValueKind.TEXT), *_PER_DAY)),
        TableLayout(
            "consultant_table",
            "顾问",
            "顾问排行（按签约金额）",
            (
                ("顾问", ValueKind.TEXT),
                ("接待来访", ValueKind.COUNT),
                ("认购", ValueKind.COUNT),
                ("签约", ValueKind.COUNT),
                ("签约金额（元）", ValueKind.MONEY),
                ("退房", ValueKind.COUNT),
            ),
        ),
        TableLayout(
            "aging_table",
            "账龄",
            "应收账龄",
            (
                ("账龄", ValueKind.TEXT),
                ("期数", ValueKind.COUNT),
                ("交易数", ValueKind.COUNT),
                ("未付金额（元）", ValueKind.MONEY),
            ),
        ),
    ),
    WorkbookKind.MONTHLY: (
        TableLayout("week_table", "按周", "本月按周", (("周", ValueKind.TEXT), *_PER_DAY)),
        TableLayout(
            "channel_table",
            "渠道转化",
            "渠道转化",
            (
                ("渠道", ValueKind.TEXT),
                ("来访", ValueKind.COUNT),
                ("认购", ValueKind.COUNT),
                ("签约", ValueKind.COUNT),
                ("退房", ValueKind.COUNT),
                ("认购率（认购÷来访）", ValueKind.RATIO),
                ("签约率（签约÷认购）", ValueKind.RATIO),
            ),
        ),
        TableLayout(
            "refund_table",
            "退房原因",
            "退房原因",
            (
                ("原因", ValueKind.TEXT),
                ("退房套数", ValueKind.COUNT),
                ("占比（÷本月退房）", ValueKind.RATIO),
                ("其中72小时内", ValueKind.COUNT),
            ),
        ),
        TableLayout(
            "complaint_table",
            "投诉",
            "投诉按级别",
            (
                ("级别", ValueKind.TEXT),
                ("受理", ValueKind.COUNT),
                ("按时答复", ValueKind.COUNT),
                ("逾期答复或逾期未答复", ValueKind.COUNT),
                ("未到期", ValueKind.COUNT),
                ("按时率（按时÷已到期或已答复）", ValueKind.RATIO),
            ),
        ),
        TableLayout(
            "forecast_table",
            "回款预测",
            "回款预测",
            (
                ("期间", ValueKind.TEXT),
                ("期数", ValueKind.COUNT),
                ("应收金额（元）", ValueKind.MONEY),
                ("其中按揭（元）", ValueKind.MONEY),
            ),
        ),
    ),
}


def indicator_names(kind: WorkbookKind) -> list[str]:
    return [f"{prefix}_{key}" for prefix, _ in PERIODS[kind] for key, _, _ in INDICATORS]


def funnel_names() -> list[str]:
    return [f"funnel_{stage}_{part}" for stage, _ in FUNNEL for part in ("count", "amount", "rate")]


def value_names(kind: WorkbookKind) -> list[str]:
    """The single cells a template of `kind` must name."""
    names = [*HEADINGS, *indicator_names(kind)]
    if kind is WorkbookKind.WEEKLY:
        names += funnel_names()
    if kind is WorkbookKind.MONTHLY:
        names += [name for name, _, _ in MONTHLY_EXTRAS]
    return names


def table_widths(kind: WorkbookKind) -> dict[str, int]:
    """The tables a template of `kind` must name, with their widths."""
    return {table.name: len(table.columns) for table in TABLES[kind]}


def period_of(kind: WorkbookKind, day: date) -> tuple[date, date]:
    """The office days a workbook for `day` counts over (its main period)."""
    if kind is WorkbookKind.DAILY:
        return day, day
    if kind is WorkbookKind.WEEKLY:
        return day - timedelta(days=day.weekday()), day
    return day.replace(day=1), day


def default_filename(kind: WorkbookKind, day: date) -> str:
    """销售日报_2026-12-07.xlsx"""
    return f"销售{kind.label}_{day.isoformat()}.xlsx"
