"""The Excel export for head office (EXCEL_FORMAT.md §Writing rules): one sheet per kind, phones
masked unless a manager gives a reason, never an anonymised customer nor a risk mark (DOMAIN §4,
§13), one audit entry per export.

The 客户 sheet's first 19 columns are the import's canonical headers, so an export re-imports
as it was; the columns after them are for reading only (the importer ignores them). The sheets
live in services.export_customer_sheets, services.export_deal_sheets and
services.export_refunds_sheet (退房, issue 17), services.export_complaints_sheet (投诉, issue 18),
what they share in services.export_scope.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from anjia_desk.core.errors import ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.db.integrity import require_intact_session
from anjia_desk.db.types import aware_utc
from anjia_desk.excel.writer import SheetData, write_workbook
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import rules
from anjia_desk.services.erasure import sees_kept_records
from anjia_desk.services.export_complaints_sheet import COMPLAINT_COLUMNS, complaints_sheet
from anjia_desk.services.export_customer_sheets import (
    CUSTOMER_COLUMNS,
    FLAGGED_SHEET,
    FOLLOW_UP_COLUMNS,
    customers_sheet,
    followups_sheet,
)
from anjia_desk.services.export_deal_sheets import (
    DEAL_COLUMNS,
    RECEIVABLE_COLUMNS,
    deals_sheet,
    receivables_sheet,
)
from anjia_desk.services.export_dunning_sheet import dunning_sheet
from anjia_desk.services.export_refunds_sheet import REFUND_COLUMNS, refunds_sheet
from anjia_desk.services.export_scope import KINDS, SheetScope, span
from anjia_desk.services.publishing import commit_first

__all__ = [
    "COMPLAINT_COLUMNS",
    "CUSTOMER_COLUMNS",
    "DEAL_COLUMNS",
    "FLAGGED_SHEET",
    "FOLLOW_UP_COLUMNS",
    "KINDS",
    "KIND_NEEDS",
    "RECEIVABLE_COLUMNS",
    "REFUND_COLUMNS",
    "ExportRequest",
    "ExportResult",
    "export_kinds",
    "export_workbook",
    "span",
]


@dataclass(frozen=True)
class ExportRequest:
    kinds: tuple[str, ...]  # keys of export_kinds(); their order is the sheets' order
    date_from: date | None = None  # inclusive, office-local business dates
    date_to: date | None = None
    mask_phones: bool = True
    reason: str = ""  # required when mask_phones is False and the actor is a person


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: dict[str, int]  # sheet name → data rows
    masked: bool


#: Sheets whose data needs a permission of its own beyond exporting (the export must not show
#: what the person could not see in the window).
KIND_NEEDS: dict[str, Action] = {
    "deals": Action.VIEW_DEALS,
    "receivables": Action.VIEW_RECEIVABLES,
    "refunds": Action.VIEW_CHANGES,
    "complaints": Action.VIEW_COMPLAINTS,
}


def export_kinds(actor: Actor | None = None) -> list[tuple[str, str]]:
    """(key, label) of everything that can be exported (by `actor`, when given), in the dialog's
    order."""
    return [
        (key, label)
        for key, label in KINDS.items()
        if actor is None or key not in KIND_NEEDS or actor.can(KIND_NEEDS[key])
    ]


def export_workbook(
    session: Session,
    actor: Actor,
    request: ExportRequest,
    out: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Write the chosen kinds to `out` (one sheet each) and record the export in the audit log.

    The audit entry is committed (the session's work so far with it) before the file appears
    (services.publishing). A cancel raises anjia_desk.excel.writer.Cancelled: no file is left
    and, the caller's unit of work being rolled back, no audit entry either."""
    actor.require(Action.EXPORT_DATA)
    kinds = _checked(actor, request)
    require_intact_session(session, "导出")

    rule = rules(session)
    scope = SheetScope(
        session=session,
        zone=rule.zone,
        today=rule.today(now),
        start=_midnight(request.date_from, rule.zone),
        end=_midnight(request.date_to + timedelta(days=1), rule.zone) if request.date_to else None,
        mask=request.mask_phones,
        cancelled=cancelled,
        date_from=request.date_from,
        date_to=request.date_to,
        hide_kept=not sees_kept_records(actor),
    )
    sheets: list[SheetData] = []
    for kind in kinds:
        sheets.append(_SHEETS[kind](scope))
        if kind == "receivables":  # 催款记录 beside 应收款 (issue 16)
            sheets.append(dunning_sheet(scope))
        if kind == "customers":
            flagged = customers_sheet(scope, flagged=True)
            if flagged.total:
                sheets.append(flagged)
    reason = clean_note(request.reason)

    def audited(rows: dict[str, int]) -> None:
        # The workbook is complete beside `out` under a scratch name; it takes its name only
        # once this entry is committed: a refused commit (another program's write lock, a
        # read-only database) leaves no file.
        audit.record(
            session,
            actor,
            "export",
            "customers",
            None,
            _summary(rows, request, out),
            reason=reason or None,
        )
        commit_first(session)

    rows = write_workbook(
        out, sheets, progress=progress, cancelled=cancelled, before_replace=audited
    )
    return ExportResult(path=out, rows=rows, masked=request.mask_phones)


def _checked(actor: Actor, request: ExportRequest) -> list[str]:
    """The kinds to export (repeats dropped), or the refusal."""
    kinds = list(dict.fromkeys(request.kinds))
    if not kinds:
        raise ValidationError({"kinds": "请至少选择一个工作表"})
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        raise ValidationError({"kinds": f"无法导出“{'、'.join(unknown)}”"})
    for kind in kinds:
        if kind in KIND_NEEDS:
            actor.require(KIND_NEEDS[kind])
    if request.date_from and request.date_to and request.date_from > request.date_to:
        raise ValidationError({"date_to": "结束日期不能早于开始日期"})
    if not request.mask_phones:
        actor.require(Action.EXPORT_UNMASKED)
        if not actor.is_system and not clean_note(request.reason):
            raise ValidationError({"reason": "请填写不脱敏导出的理由"})
    return kinds


def _midnight(day: date | None, zone: ZoneInfo) -> datetime | None:
    """The office's midnight starting `day`, in UTC."""
    return aware_utc(datetime.combine(day, time(0), tzinfo=zone)) if day else None


def _summary(rows: dict[str, int], request: ExportRequest, out: Path) -> str:
    counts = "、".join(f"{sheet} {count:,} 行" for sheet, count in rows.items())
    parts = [f"导出 Excel：{counts}", "手机号已脱敏" if request.mask_phones else "手机号未脱敏"]
    if request.date_from or request.date_to:
        start = request.date_from.isoformat() if request.date_from else "不限"
        end = request.date_to.isoformat() if request.date_to else "不限"
        parts.append(f"日期 {start} 至 {end}")
    parts.append(f"文件 {out.name}")
    return "；".join(parts)


#: The sheet of each kind, in the order of KINDS.
_SHEETS: dict[str, Callable[[SheetScope], SheetData]] = {
    "customers": customers_sheet,
    "followups": followups_sheet,
    "deals": deals_sheet,
    "receivables": receivables_sheet,
    "refunds": refunds_sheet,
    "complaints": complaints_sheet,
}
