"""The 投诉 sheet of the Excel export (issue 18, EXCEL_FORMAT "Writing rules"): every complaint one
row — intake (when, the channel, the referring body and its reference), the customer (phone
masked unless an unmasked export), the unit, nature, level, point and content, who owns it, the
first-answer deadline over the office calendar (pauses counted) and when it was answered, on
time or not, the solution with its two reviews, execution, the money paid (vouchers paid and not
voided), the latest return visit's satisfaction, the round, the status and when it closed.
`anjia-desk export complaints` writes it alone; `export all` with the other sheets. Filtered by
the day of intake.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select

from anjia_desk.core.calendar import OfficeCalendar
from anjia_desk.core.complaint_kinds import ComplaintStatus, Referrer, Solution, complaint_code
from anjia_desk.core.complaints import Channel, Deadline, Level, Nature, Pause
from anjia_desk.core.phones import mask_phone
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import (
    Building,
    Complaint,
    ComplaintPayment,
    ComplaintVisit,
    Deal,
    Unit,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.excel.writer import SheetData
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.complaint_base import case_deadline, pauses_by_case
from anjia_desk.services.export_scope import (
    KINDS,
    SheetScope,
    kept_for_accounts,
    staff_names,
    writer_columns,
)

COMPLAINT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("编号", "text"),
    ("受理时间", "datetime"),
    ("渠道", "text"),
    ("转办单位/编号", "text"),
    ("客户", "text"),
    ("电话", "phone"),
    ("房号", "text"),
    ("性质", "text"),
    ("等级", "text"),
    ("投诉点", "text"),
    ("内容", "text"),
    ("负责人", "text"),
    ("首次答复期限", "datetime"),
    ("首次答复时间", "datetime"),
    ("是否按时", "text"),
    ("处理方案", "text"),
    ("法务审核", "datetime"),
    ("财务审核", "datetime"),
    ("执行完成", "datetime"),
    ("赔付金额", "money"),
    ("回访满意度", "percent"),
    ("轮次", "integer"),
    ("状态", "text"),
    ("办结时间", "datetime"),
)


def _statement(scope: SheetScope) -> Select[*tuple[Any, ...]]:
    where = [*scope.window(Complaint.intake_at)]
    if scope.hide_kept:
        where.append(
            or_(Complaint.customer_id.is_(None), Complaint.customer_id.not_in(kept_for_accounts()))
        )
    return (
        select(Complaint.id, Building.name, Unit.stairwell, Unit.room)
        .select_from(Complaint)
        .outerjoin(Deal, Deal.id == Complaint.deal_id)
        .outerjoin(Unit, Unit.id == Deal.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .where(*where)
        .order_by(Complaint.intake_at, Complaint.id)
    )


def complaints_sheet(scope: SheetScope) -> SheetData:
    """投诉: every complaint taken in within the range, oldest first."""
    statement = _statement(scope)
    total = scope.session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    return SheetData(
        name=KINDS["complaints"],
        columns=writer_columns(COMPLAINT_COLUMNS),
        rows=_rows(scope, statement),
        total=int(total),
    )


def _rows(scope: SheetScope, statement: Select[*tuple[Any, ...]]) -> Iterator[tuple[object, ...]]:
    session = scope.session
    staff = staff_names(session)
    calendar = office_calendar(session)
    for chunk in scope.chunks(statement):
        ids = [row[0] for row in chunk]
        cases = {c.id: c for c in session.scalars(select(Complaint).where(Complaint.id.in_(ids)))}
        pauses = pauses_by_case(session, ids)
        paid: dict[int, Decimal] = {
            row[0]: row[1]
            for row in session.execute(
                select(ComplaintPayment.complaint_id, func.sum(ComplaintPayment.amount))
                .where(
                    ComplaintPayment.complaint_id.in_(ids),
                    ComplaintPayment.number.is_not(None),
                    ComplaintPayment.voided_at.is_(None),
                )
                .group_by(ComplaintPayment.complaint_id)
            )
        }
        scores: dict[int, Decimal] = {}
        for complaint_id, score in session.execute(
            select(ComplaintVisit.complaint_id, ComplaintVisit.score)
            .where(ComplaintVisit.complaint_id.in_(ids))
            .order_by(ComplaintVisit.visited_at, ComplaintVisit.id)
        ):
            scores[complaint_id] = score  # the latest visit's
        for complaint_id, building, stairwell, room in chunk:
            c = cases[complaint_id]
            deadline = _deadline(scope, calendar, c, pauses.get(complaint_id, []))
            due = deadline.due_at.replace(tzinfo=None)
            owner = staff.get(c.owner_id) if c.owner_id is not None else Level(c.level).owner.label
            phone = c.contact_phone or None
            yield (
                complaint_code(c.number),
                _local(scope, c.intake_at),
                Channel(c.channel).label,
                _referral(c),
                c.who or None,
                (mask_phone(phone) if scope.mask else phone) if phone else None,
                unit_label(building, stairwell, room) if building is not None else None,
                Nature(c.nature).label,
                Level(c.level).label,
                c.point or None,
                c.what or None,
                owner,
                due,
                _local(scope, c.answered_at),
                _on_time(scope, c, deadline),
                Solution(c.solution).label if c.solution else None,
                _local(scope, c.legal_at),
                _local(scope, c.finance_at),
                _local(scope, c.executed_at),
                paid.get(complaint_id, Decimal("0.00")),
                scores.get(complaint_id),
                c.round,
                ComplaintStatus(c.status).label,
                _local(scope, c.closed_at),
            )


def _deadline(
    scope: SheetScope, calendar: OfficeCalendar, c: Complaint, pauses: Sequence[Pause]
) -> Deadline:
    """The first answer's deadline in office time; a pause still running counts as far as it
    began (the deadline then moves on when the clock resumes)."""
    return case_deadline(c.level, c.intake_at, pauses, calendar, scope.zone, now=None)


def _on_time(scope: SheetScope, c: Complaint, deadline: Deadline) -> str:
    if c.answered_at is not None:
        return "按时" if aware_utc(c.answered_at) <= aware_utc(deadline.due_at) else "超时"
    if deadline.paused:
        return "计时暂停中"
    return "已超时未答复" if deadline.due_at.date() < scope.today else "未答复"


def _referral(c: Complaint) -> str | None:
    if Channel(c.channel) is not Channel.REFERRED:
        return None
    body = Referrer(c.referrer).label if c.referrer else "外部转办"
    return f"{body} {c.referred_ref}".strip()


def _local(scope: SheetScope, moment: datetime | None) -> datetime | None:
    """A stored moment as the office's wall-clock time (naive: Excel has no zones)."""
    if moment is None:
        return None
    return aware_utc(moment).astimezone(scope.zone).replace(tzinfo=None)
