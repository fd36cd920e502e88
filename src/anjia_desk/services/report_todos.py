"""工作台 reminders of head office's workbooks (issue 19): for whoever holds the reporter role
(setting reports.reporter_role, 销售秘书 unless changed) and may produce them, each 日报 / 周报 /
月报 deadline from reports.remind_hours before it until a workbook is produced for a day of its
period (a ReportRun); a missed one stays — its due day passed, the list shows it red — for 7 days
(core.report_deadlines), counted from the office's first workbook of that kind (before any, only
the latest missed one shows). The item names no customer (customer id 0); the time is `now`, passed
in: without it there is no reminder.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import func, select

from anjia_desk.core.head_office import WorkbookKind
from anjia_desk.core.report_deadlines import Deadline, Schedule, deadlines, parse_time
from anjia_desk.core.roles import Action
from anjia_desk.db.models import ReportRun
from anjia_desk.db.types import aware_utc
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_settings
from anjia_desk.services.workbench_base import FunctionSource, TodoContext, TodoKind, TodoSink

#: An item of this kind names no customer (the workbench opens nothing for it).
NO_CUSTOMER = 0
KINDS = {
    WorkbookKind.DAILY: TodoKind.REPORT_DAILY,
    WorkbookKind.WEEKLY: TodoKind.REPORT_WEEKLY,
    WorkbookKind.MONTHLY: TodoKind.REPORT_MONTHLY,
}


def is_reporter(actor: Actor, role_label: str) -> bool:
    """Whether `actor` is reminded: they hold the reporter role and may produce the workbooks
    (the command line's built-in administrator is never reminded)."""
    if actor.is_system or not actor.can(Action.HEAD_OFFICE_REPORTS):
        return False
    return any(role.label == role_label for role in actor.roles)


def schedule_of(values: dict[str, object]) -> Schedule:
    return Schedule(
        daily=parse_time(str(values["reports.daily_time"])),
        weekly_day=int(str(values["reports.weekly_day"])),
        weekly=parse_time(str(values["reports.weekly_time"])),
        monthly_day=int(str(values["reports.monthly_day"])),
        monthly=parse_time(str(values["reports.monthly_time"])),
        lead=timedelta(hours=int(str(values["reports.remind_hours"]))),
    )


def _detail(deadline: Deadline, missed: bool) -> str:
    name = f"销售{deadline.kind.label}"
    when = f"{deadline.due_at:%m-%d %H:%M}"
    if missed:
        return f"{name}（{deadline.day.isoformat()}）已过报送时间 {when}，尚未生成"
    return f"请在 {when} 前生成并报送{name}（{deadline.day.isoformat()}）"


def _collect(kind: WorkbookKind, context: TodoContext, sink: TodoSink) -> int:
    if context.now is None:
        return 0
    values = get_settings(context.session)
    if not is_reporter(context.actor, str(values["reports.reporter_role"])):
        return 0
    now = aware_utc(context.now).astimezone(context.rule.zone)
    due = deadlines(kind, now, schedule_of(dict(values)))
    if not due:
        return 0
    produced = set(
        context.session.scalars(
            select(ReportRun.period_on).where(
                ReportRun.kind == kind.value,
                ReportRun.period_on >= min(d.first for d in due),
                ReportRun.period_on <= max(d.last for d in due),
            )
        )
    )
    left = [d for d in due if not any(d.first <= day <= d.last for day in produced)]
    left = _since_first_run(context, kind, left, now)
    row = SimpleNamespace(id=NO_CUSTOMER, name="（总部报表）", phone=None, owner_id=None)
    for deadline in left[: context.limit]:
        sink.add(KINDS[kind], row, _detail(deadline, deadline.missed(now)), deadline.day)
    return len(left)


def _since_first_run(
    context: TodoContext, kind: WorkbookKind, left: list[Deadline], now: datetime
) -> list[Deadline]:
    """Missed deadlines only from when the office began sending this workbook (its first run):
    before any run, only the latest missed one — a new office is not greeted by a week of
    日报 nobody was asked for."""
    first = context.session.scalar(
        select(func.min(ReportRun.period_on)).where(ReportRun.kind == kind.value)
    )
    missed = [d for d in left if d.missed(now)]
    if first is None:
        return missed[-1:] + [d for d in left if not d.missed(now)]
    return [d for d in left if not d.missed(now) or d.last >= first]


def daily_due(context: TodoContext, sink: TodoSink) -> int:
    return _collect(WorkbookKind.DAILY, context, sink)


def weekly_due(context: TodoContext, sink: TodoSink) -> int:
    return _collect(WorkbookKind.WEEKLY, context, sink)


def monthly_due(context: TodoContext, sink: TodoSink) -> int:
    return _collect(WorkbookKind.MONTHLY, context, sink)


SOURCES = (
    FunctionSource(TodoKind.REPORT_DAILY, daily_due),
    FunctionSource(TodoKind.REPORT_WEEKLY, weekly_due),
    FunctionSource(TodoKind.REPORT_MONTHLY, monthly_due),
)
