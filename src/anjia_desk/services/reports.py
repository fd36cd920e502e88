"""The 报表 section's reports (issue 19, DOMAIN §12): one registry, the order the section lists
them in. A report module exports SPECS (services.report_base.ReportSpec); the window, the
command line, the PDF page, the Excel export and head office's workbooks all reach a report
through `compute_report` and `drill_report` here.

来访与成交 (report_sales, report_sales_ranks): visits, funnel, channels, consultants; 认购与退房
(report_refunds): unsigned, refunds; 回款 (report_money, report_dues): collected, aging, dunning,
forecast; 投诉 (report_complaints, the whole office only): complaints."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from anjia_desk.core.errors import NotFound
from anjia_desk.core.report_values import DrillList, ReportTable
from anjia_desk.core.roles import Action
from anjia_desk.services import report_complaints, report_money, report_refunds, report_sales
from anjia_desk.services.context import Actor
from anjia_desk.services.report_base import ReportSpec, range_of, report_scope, today_of

REPORTS: tuple[ReportSpec, ...] = (
    *report_sales.SPECS,
    *report_refunds.SPECS,
    *report_money.SPECS,
    *report_complaints.SPECS,
)
BY_KEY: dict[str, ReportSpec] = {spec.key: spec for spec in REPORTS}


def report_specs(actor: Actor) -> list[ReportSpec]:
    """The reports `actor` may open, in the section's order (none without a report right)."""
    if actor.can(Action.VIEW_REPORTS):
        return list(REPORTS)
    if actor.can(Action.VIEW_OWN_REPORTS):
        return [spec for spec in REPORTS if not spec.whole_office_only]
    return []


def spec_of(key: str) -> ReportSpec:
    spec = BY_KEY.get(key)
    if spec is None:
        raise NotFound(f"没有这个报表：{key}")
    return spec


def compute_report(
    session: Session, actor: Actor, key: str, first: date, last: date, *, now: datetime
) -> ReportTable:
    """Report `key` over office days `first`..`last` (a snapshot: as of the last day, or today
    when the range runs on), the figures `actor` may see."""
    spec = spec_of(key)
    scope = report_scope(actor, whole_office_only=spec.whole_office_only)
    return spec.compute(session, scope, range_of(session, first, last), today_of(session, now))


def drill_report(
    session: Session,
    actor: Actor,
    key: str,
    first: date,
    last: date,
    row_key: str,
    series_key: str | None = None,
    *,
    now: datetime,
) -> DrillList:
    """The customers, deals or cases behind one row (and series) of report `key`."""
    spec = spec_of(key)
    scope = report_scope(actor, whole_office_only=spec.whole_office_only)
    rng = range_of(session, first, last)
    return spec.drill(session, scope, rng, today_of(session, now), row_key, series_key)
