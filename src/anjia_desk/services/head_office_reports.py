"""The 报表 section's reports as head office's workbooks take them (issue 19): computed for the
whole office through services.reports.compute_report — the funnel, the consultants'
leaderboard, receivables aging, conversion by channel, refunds by reason, the complaints'
on-time rate, the collection forecast — and their rows cut to the columns a workbook's table
has, so a workbook and the 报表 section always show the same figures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.orm import Session

from anjia_desk.core.report_periods import ReportRange
from anjia_desk.core.report_values import Cell, Ratio
from anjia_desk.services.context import Actor
from anjia_desk.services.head_office_figures import Value, ratio_value
from anjia_desk.services.report_base import Scope
from anjia_desk.services.report_refunds import refund_figures
from anjia_desk.services.reports import compute_report


def cell_value(cell: Cell) -> Value:
    """A report's cell as a workbook holds it (a rate as its fraction, or "—")."""
    if isinstance(cell, Ratio):
        return ratio_value(cell)
    return cell


def report_rows(
    session: Session,
    key: str,
    first: date,
    last: date,
    now: datetime,
    columns: Sequence[str],
) -> list[list[Value]]:
    """The rows of report `key` over office days `first`..`last` (the whole office), the cells
    of `columns` (the report's column keys) in that order."""
    table = compute_report(session, Actor.system(), key, first, last, now=now)
    index = {column.key: n for n, column in enumerate(table.columns)}
    return [[cell_value(row[index[key]]) for key in columns] for row in table.rows]


def funnel_values(session: Session, rng: ReportRange, now: datetime) -> dict[str, Value]:
    """周报's funnel cells from the 成交漏斗 report: each stage's count, amount and rate."""
    table = compute_report(session, Actor.system(), "funnel", rng.first, rng.last, now=now)
    index = {column.key: n for n, column in enumerate(table.columns)}
    names = {"visits": "visits", "subscribed": "subscribed", "signed": "signed"}
    names["refunded"] = "cancelled"
    values: dict[str, Value] = {}
    for key, row in zip(table.row_keys, table.rows, strict=True):
        stage = names[key]
        values[f"funnel_{stage}_count"] = cell_value(row[index["count"]])
        values[f"funnel_{stage}_amount"] = cell_value(row[index["amount"]])
        values[f"funnel_{stage}_rate"] = cell_value(row[index["rate"]])
    return values


def consultant_table(session: Session, rng: ReportRange, now: datetime) -> list[list[Value]]:
    columns = ("consultant", "visits", "subscribed", "signed", "signed_amount", "refunded")
    return report_rows(session, "consultants", rng.first, rng.last, now, columns)


def channel_table(session: Session, rng: ReportRange, now: datetime) -> list[list[Value]]:
    columns = (
        "channel",
        "visits",
        "subscribed",
        "signed",
        "refunded",
        "subscribe_rate",
        "sign_rate",
    )
    return report_rows(session, "channels", rng.first, rng.last, now, columns)


def refund_table(
    session: Session, rng: ReportRange, now: datetime
) -> tuple[list[list[Value]], dict[str, Value]]:
    """退房 by reason from the 退房分析 report, and its rate, 72-hour share and 退定 count."""
    columns = ("reason", "count", "share", "within_72h")
    rows = report_rows(session, "refunds", rng.first, rng.last, now, columns)
    figures = refund_figures(session, Scope(None), rng)
    extras: dict[str, Value] = {
        "refund_rate": ratio_value(figures.rate),
        "refund_72h_share": ratio_value(figures.early_share),
        "unsubscribed_units": figures.unsubscribed,
    }
    return rows, extras


def aging_table(session: Session, day: date, now: datetime) -> list[list[Value]]:
    """应收账龄 as of `day` (or today, for a later day): 未到期 and the buckets, then 合计."""
    table = compute_report(session, Actor.system(), "aging", day, day, now=now)
    rows = [[cell_value(cell) for cell in row] for row in table.rows]
    if table.total is not None:
        rows.append([cell_value(cell) for cell in table.total])
    return rows


def forecast_table(session: Session, day: date, now: datetime) -> list[list[Value]]:
    """回款预测 from `day`: 4 weeks, 3 months, 已逾期未收 (期数, amount, of which 按揭)."""
    columns = ("window", "installments", "amount", "loans")
    return report_rows(session, "forecast", day, day, now, columns)


def complaints_rate(session: Session, rng: ReportRange, now: datetime) -> Value:
    """投诉统计's on-time rate over the whole range (its 合计 row)."""
    table = compute_report(session, Actor.system(), "complaints", rng.first, rng.last, now=now)
    index = [column.key for column in table.columns].index("rate")
    assert table.total is not None
    return cell_value(table.total[index])
