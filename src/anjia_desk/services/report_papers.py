"""A report of the 报表 section on paper and in Excel (issue 19): the figures `actor` may see
(services.reports.compute_report — the same table the window shows), then one A4 landscape page
(pdf.report_page: letterhead line, chart, table, notes) or a workbook with the table and a
native chart (excel.report_sheet). Like every paper and export, the file is written beside its
name and appears only once its audit entry is committed (services.publishing), the print time
in the office's zone; printing on a PC without a Chinese font that reportlab can embed is
refused with the font finder's one line (pdf.fonts.FontNotFound) before anything is written.
Exporting needs no right beyond seeing the report: the workbook holds the same figures.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from anjia_desk.core.report_values import ReportTable
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.common import letterhead_from_settings, office_time
from anjia_desk.services.publishing import commit_first
from anjia_desk.services.reports import compute_report


def _summary(verb: str, table: ReportTable, out: Path) -> str:
    scope = f"，{table.scope_label}" if table.scope_label else ""
    return f"{verb}报表“{table.title}”（{table.range_label}{scope}）；文件 {out.name}"


def print_report(
    session: Session,
    actor: Actor,
    key: str,
    first: date,
    last: date,
    *,
    now: datetime,
    out: Path,
) -> Path:
    """Report `key` over office days `first`..`last` as one A4 landscape PDF page at `out`;
    returns the path. Audited ("print", reports)."""
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.document import render
    from anjia_desk.pdf.page import write_atomic
    from anjia_desk.pdf.report_page import REPORT_PAGE, ReportPaper

    table = compute_report(session, actor, key, first, last, now=now)
    out = Path(out)
    data = render(
        ReportPaper(table),
        letterhead=letterhead_from_settings(session),
        printed_at=office_time(session, now),
        layout=REPORT_PAGE,
    )

    def publish() -> None:
        audit.record(session, actor, "print", "reports", None, _summary("打印", table, out))
        commit_first(session)

    return write_atomic(out, data, before_replace=publish)


def export_report(
    session: Session,
    actor: Actor,
    key: str,
    first: date,
    last: date,
    *,
    now: datetime,
    out: Path,
) -> Path:
    """Report `key` over office days `first`..`last` as an .xlsx workbook at `out` (the table,
    typed, and a native chart over its cells); returns the path. Audited ("export", reports)."""
    # xlsxwriter is imported on first use, not when the app starts
    from anjia_desk.excel.report_sheet import write_report

    table = compute_report(session, actor, key, first, last, now=now)
    out = Path(out)

    def publish() -> None:
        audit.record(session, actor, "export", "reports", None, _summary("导出", table, out))
        commit_first(session)

    return write_report(table, out, created=office_time(session, now), before_replace=publish)


__all__ = ["export_report", "print_report"]
