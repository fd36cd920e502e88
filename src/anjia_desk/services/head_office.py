"""Head office's workbooks (issue 19, DOMAIN §12): 日报, 周报 and 月报 filled into a template
(the shipped one, or the administrator's), produced from the window or the command line; each
one produced is recorded (a ReportRun: it clears the 工作台's reminder) and audited.

The figures are the whole office's (services.head_office_figures and _tables, on the reports'
event definitions); the template's cells and tables are core.head_office's layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError
from anjia_desk.core.head_office import (
    TABLES,
    WorkbookKind,
    period_of,
    table_widths,
    value_names,
)
from anjia_desk.core.report_periods import ReportRange, weeks_between
from anjia_desk.core.roles import Action
from anjia_desk.db.models import ReportRun, ReportTemplate
from anjia_desk.db.types import aware_utc
from anjia_desk.resources import resource
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.head_office_figures import (
    Value,
    channel_table,
    day_label,
    per_day,
    total,
)
from anjia_desk.services.head_office_reports import (
    aging_table,
    complaints_rate,
    consultant_table,
    forecast_table,
    funnel_values,
    refund_table,
)
from anjia_desk.services.head_office_reports import (
    channel_table as channel_conversion,
)
from anjia_desk.services.head_office_tables import complaint_table
from anjia_desk.services.publishing import publish, staged
from anjia_desk.services.settings import get_setting, office_today, office_zone

VIA = ("window", "cli")
VIA_LABELS = {"window": "窗口", "cli": "命令行"}


def workbook_kind(text: str | WorkbookKind) -> WorkbookKind:
    """`daily`, `weekly` or `monthly` (or the Chinese label), else a UserError."""
    for kind in WorkbookKind:
        if text in (kind, kind.value, kind.label):
            return kind
    raise UserError(f"没有这种总部报表：{text}（可选 daily 日报、weekly 周报、monthly 月报）")


# --- the figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Workbook:
    """One workbook's figures, as the template's names and tables want them."""

    kind: WorkbookKind
    day: date
    values: dict[str, Value]
    tables: dict[str, list[list[Value]]]


def _headings(session: Session, kind: WorkbookKind, day: date, now: datetime) -> dict[str, Value]:
    first, last = period_of(kind, day)
    local = aware_utc(now).astimezone(office_zone(session))
    label = first.isoformat() if first == last else f"{first.isoformat()} 至 {last.isoformat()}"
    return {
        "office_name": str(get_setting(session, "letterhead.company")) or None,
        "period_label": label,
        "produced_at": f"{local:%Y-%m-%d %H:%M}",
    }


def workbook_figures(session: Session, kind: WorkbookKind, day: date, *, now: datetime) -> Workbook:
    """The figures of workbook `kind` for report date `day` (the whole office)."""
    zone = office_zone(session)
    values = _headings(session, kind, day, now)
    tables: dict[str, list[list[Value]]] = {}
    month = ReportRange(day.replace(day=1), day, zone)
    if kind is WorkbookKind.DAILY:
        days = per_day(session, month)
        values |= days[-1].values("day") | total(days).values("mtd")
        tables["channel_table"] = channel_table(session, ReportRange(day, day, zone), month)
    elif kind is WorkbookKind.WEEKLY:
        first, _ = period_of(kind, day)
        week = ReportRange(first, day, zone)
        days = per_day(session, week)
        week_total = total(days)
        values |= week_total.values("week") | funnel_values(session, week, now)
        tables["day_table"] = [
            figures.row(day_label(one)) for one, figures in zip(week.days, days, strict=True)
        ]
        tables["consultant_table"] = consultant_table(session, week, now)
        tables["aging_table"] = aging_table(session, day, now)
    else:
        days = per_day(session, month)
        values |= total(days).values("month")
        rows: list[list[Value]] = []
        for n, monday in enumerate(weeks_between(month.first, month.last), 1):
            first, last = max(monday, month.first), min(monday + timedelta(days=6), month.last)
            span = days[(first - month.first).days : (last - month.first).days + 1]
            rows.append(total(span).row(f"第{n}周 {first:%m-%d}至{last:%m-%d}"))
        tables["week_table"] = rows
        tables["channel_table"] = channel_conversion(session, month, now)
        tables["refund_table"], extras = refund_table(session, month, now)
        values |= extras
        tables["complaint_table"] = complaint_table(session, month, office_today(session, now))
        values["complaints_on_time_rate"] = complaints_rate(session, month, now)
        tables["forecast_table"] = forecast_table(session, day, now)
    return Workbook(kind, day, values, tables)


# --- templates -----------------------------------------------------------------------------------


def shipped_template(kind: WorkbookKind) -> bytes:
    return resource("report_templates", f"{kind.value}.xlsx").read_bytes()


def template_bytes(session: Session, kind: WorkbookKind) -> bytes:
    """The template in use for `kind`: the administrator's, else the shipped one."""
    stored = session.scalar(select(ReportTemplate.content).where(ReportTemplate.kind == kind.value))
    return stored if stored is not None else shipped_template(kind)


def template_problems(kind: WorkbookKind, data: bytes) -> list[str]:
    """What keeps `data` from serving as the template of `kind` ([] when it can)."""
    from anjia_desk.excel.template_fill import check_template

    return check_template(data, value_names(kind), table_widths(kind))


@dataclass(frozen=True)
class TemplateInfo:
    kind: WorkbookKind
    custom: bool  # the administrator's file (else the shipped one)
    filename: str
    uploaded_at: datetime | None
    uploaded_by: str


def template_status(session: Session, actor: Actor) -> list[TemplateInfo]:
    """The template each kind uses (for 设置 › 报表模板)."""
    actor.require(Action.REPORT_TEMPLATES)
    stored = {
        row.kind: row
        for row in session.execute(
            select(
                ReportTemplate.kind,
                ReportTemplate.filename,
                ReportTemplate.uploaded_at,
                ReportTemplate.uploaded_by_id,
            )
        )
    }
    names = staff_names(session, [r.uploaded_by_id for r in stored.values()])
    infos = []
    for kind in WorkbookKind:
        row = stored.get(kind.value)
        if row is None:
            infos.append(TemplateInfo(kind, False, f"{kind.value}.xlsx（内置）", None, ""))
        else:
            by = names.get(row.uploaded_by_id, "") if row.uploaded_by_id is not None else ""
            infos.append(TemplateInfo(kind, True, row.filename, row.uploaded_at, by))
    return infos


def upload_template(
    session: Session, actor: Actor, kind: str | WorkbookKind, path: Path, *, now: datetime
) -> TemplateInfo:
    """Use the workbook at `path` as the template of `kind` from now on, once it holds every
    name the layout needs (else a UserError listing what is missing)."""
    from anjia_desk.excel.template_fill import TemplateError, read_template

    actor.require(Action.REPORT_TEMPLATES)
    kind = workbook_kind(kind)
    data = read_template(Path(path))
    problems = template_problems(kind, data)
    if problems:
        raise TemplateError(problems)
    filename = Path(path).name[:200]
    row = session.scalar(select(ReportTemplate).where(ReportTemplate.kind == kind.value))
    if row is None:
        row = ReportTemplate(kind=kind.value)
        session.add(row)
    row.filename, row.content = filename, data
    row.uploaded_by_id, row.uploaded_at = actor.user_id, aware_utc(now)
    session.flush()
    audit.record(
        session, actor, "update", "report_templates", row.id, f"{kind.label}模板换为 {filename}"
    )
    return TemplateInfo(kind, True, filename, row.uploaded_at, actor.display_name)


def reset_template(session: Session, actor: Actor, kind: str | WorkbookKind) -> None:
    """Go back to the shipped template of `kind` (nothing to do when it is in use already)."""
    actor.require(Action.REPORT_TEMPLATES)
    kind = workbook_kind(kind)
    row = session.scalar(select(ReportTemplate).where(ReportTemplate.kind == kind.value))
    if row is not None:
        session.delete(row)
        session.flush()
        audit.record(
            session, actor, "delete", "report_templates", None, f"{kind.label}恢复内置模板"
        )


def save_template_copy(session: Session, actor: Actor, kind: str | WorkbookKind, out: Path) -> Path:
    """Write the template `kind` uses now to `out` (to edit it in Excel and upload it back)."""
    actor.require(Action.REPORT_TEMPLATES)
    kind = workbook_kind(kind)
    out = Path(out)
    data = template_bytes(session, kind)
    with staged(out, "xlsx", "模板文件") as temp:
        temp.write_bytes(data)
        audit.record(
            session, actor, "export", "report_templates", None, f"{kind.label}模板另存为 {out.name}"
        )
        return publish(session, temp, out, "模板文件")


# --- producing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunRow:
    id: int
    kind: WorkbookKind
    period_on: date
    produced_at: datetime
    produced_by: str
    via: str  # window | cli
    filename: str

    @property
    def via_label(self) -> str:
        return VIA_LABELS.get(self.via, self.via)


def produce_report(
    session: Session,
    actor: Actor,
    kind: str | WorkbookKind,
    day: date | None,
    *,
    now: datetime,
    out: Path,
    via: str = "window",
) -> RunRow:
    """Fill workbook `kind` for report date `day` (None: the office's today) into `out`,
    atomically: the run and its audit entry are committed before the file takes its name, and a
    refusal (a bad template, an unwritable folder, a locked database) leaves no file."""
    from anjia_desk.excel.template_fill import Filling, fill

    actor.require(Action.HEAD_OFFICE_REPORTS)
    kind = workbook_kind(kind)
    if via not in VIA:
        raise ValueError(f"unknown via {via!r}")
    today = office_today(session, now)
    day = today if day is None else day
    if day > today:
        raise UserError(f"报表日期 {day.isoformat()} 晚于今天（{today.isoformat()}），还没有数据")
    out = Path(out).expanduser()
    if out.is_dir():
        raise UserError(f"输出路径是一个文件夹：{out}")
    if not out.parent.is_dir():
        raise UserError(f"输出文件夹不存在：{out.parent}")
    figures = workbook_figures(session, kind, day, now=now)
    data = fill(template_bytes(session, kind), Filling(figures.values, figures.tables))
    with staged(out, "xlsx", "报表文件") as temp:
        temp.write_bytes(data)
        run = ReportRun(
            kind=kind.value,
            period_on=day,
            produced_at=aware_utc(now),
            produced_by_id=actor.user_id,
            via=via,
            filename=out.name[:200],
        )
        session.add(run)
        session.flush()
        audit.record(
            session,
            actor,
            "export",
            "head_office_report",
            run.id,
            f"销售{kind.label}（{day.isoformat()}）→ {out.name}",
        )
        publish(session, temp, out, "报表文件")
    return RunRow(run.id, kind, day, run.produced_at, actor.display_name, via, run.filename)


def report_runs(
    session: Session, actor: Actor, *, kind: str | WorkbookKind | None = None, limit: int = 50
) -> list[RunRow]:
    """The workbooks produced, newest first (of one kind, or all)."""
    actor.require(Action.HEAD_OFFICE_REPORTS)
    query = select(
        ReportRun.id,
        ReportRun.kind,
        ReportRun.period_on,
        ReportRun.produced_at,
        ReportRun.produced_by_id,
        ReportRun.via,
        ReportRun.filename,
    )
    if kind is not None:
        query = query.where(ReportRun.kind == workbook_kind(kind).value)
    rows = session.execute(
        query.order_by(ReportRun.produced_at.desc(), ReportRun.id.desc()).limit(limit)
    ).all()
    names = staff_names(session, [r.produced_by_id for r in rows if r.produced_by_id])
    return [
        RunRow(
            r.id,
            WorkbookKind(r.kind),
            r.period_on,
            r.produced_at,
            names.get(r.produced_by_id, "系统") if r.produced_by_id else "系统",
            r.via,
            r.filename,
        )
        for r in rows
    ]


__all__ = [
    "TABLES",
    "RunRow",
    "TemplateInfo",
    "Workbook",
    "produce_report",
    "report_runs",
    "reset_template",
    "save_template_copy",
    "template_bytes",
    "template_problems",
    "template_status",
    "upload_template",
    "workbook_figures",
    "workbook_kind",
]
