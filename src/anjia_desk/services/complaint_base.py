"""What every complaint service shares (issue 18): reading a case (with its version), who sees
which cases, the history line each step writes, the first-answer deadline over the office
calendar, the money's approval state and the facts the actions are decided on
(core.complaint_actions). Intake and the clock are services/complaints.py; the solution, money,
visits and closing their own modules.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.calendar import OfficeCalendar
from anjia_desk.core.changes import ChangeStatus
from anjia_desk.core.complaint_actions import (
    GUARDS,
    ComplaintAction,
    ComplaintFacts,
    ComplaintWho,
    complaint_actions,
    require,
)
from anjia_desk.core.complaint_kinds import ComplaintStatus, EventKind, complaint_code
from anjia_desk.core.complaints import Deadline, Level, Liable, Pause, Payment, approvers
from anjia_desk.core.complaints import first_answer_due as core_due
from anjia_desk.core.deal_actions import Permit
from anjia_desk.core.errors import ConflictError, PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Action, Role
from anjia_desk.core.text import clean_note
from anjia_desk.db.conflicts import conflict_message
from anjia_desk.db.models import (
    ChangeOrder,
    Complaint,
    ComplaintEvent,
    ComplaintPause,
    ComplaintPayment,
    ComplaintVisit,
    Customer,
    Deal,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit, lookups
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import sees_own_deals_only
from anjia_desk.services.settings import get_setting, office_zone

REASON_MAX = 300


def get_complaint(session: Session, complaint_id: int, version: int | None = None) -> Complaint:
    """The case; ConflictError when `version` is given and someone saved it since."""
    complaint = lookups.get(session, Complaint, complaint_id)
    if version is not None and complaint.version != version:
        raise ConflictError(conflict_message(session, complaint, version, "请刷新后重试"))
    return complaint


def complaint_scope(actor: Actor) -> list[ColumnElement[bool]]:
    """The cases a person sees: all; or, for a consultant, those about customers they own or
    deals they sold, and those they took in themselves."""
    if not sees_own_deals_only(actor):
        return []
    owned = select(Customer.id).where(Customer.owner_id == actor.user_id)
    sold = select(Deal.id).where(Deal.consultant_id == actor.user_id)
    return [
        or_(
            Complaint.customer_id.in_(owned),
            Complaint.deal_id.in_(sold),
            Complaint.filed_by_id == actor.user_id,
        )
    ]


def require_access(session: Session, actor: Actor, complaint: Complaint) -> None:
    """VIEW_COMPLAINTS, and for a consultant a case within `complaint_scope`."""
    actor.require(Action.VIEW_COMPLAINTS)
    scope = complaint_scope(actor)
    if not scope:
        return
    seen = session.scalar(select(Complaint.id).where(Complaint.id == complaint.id, *scope))
    if seen is None:
        raise PermissionDenied("这条投诉不涉及您的客户，只能查看自己客户的投诉")


def reason_text(reason: str, what: str = "原因", field: str = "reason") -> str:
    """A required reason, cleaned; ValidationError({field: …}) when empty or too long."""
    text = clean_note(reason)
    if not text:
        raise ValidationError({field: f"请填写{what}"})
    if len(text) > REASON_MAX:
        raise ValidationError({field: f"{what}不能超过{REASON_MAX}个字"})
    return text


def require_status(complaint: Complaint, *wanted: ComplaintStatus) -> None:
    if complaint.status not in wanted:
        status = ComplaintStatus(complaint.status).label
        raise UserError(f"投诉 {complaint_code(complaint.number)} {status}，不能办理此项")


def add_event(
    session: Session,
    complaint: Complaint,
    kind: EventKind,
    actor: Actor,
    at: datetime,
    text: str = "",
    *,
    old_level: Level | None = None,
    new_level: Level | None = None,
) -> ComplaintEvent:
    """One line of the case's history (the window's 处理记录)."""
    event = ComplaintEvent(
        complaint_id=complaint.id,
        kind=kind,
        at=aware_utc(at),
        user_id=actor.user_id,
        old_level=old_level,
        new_level=new_level,
        text=text,
    )
    session.add(event)
    return event


def audit_case(
    session: Session, actor: Actor, c: Complaint, what: str, reason: str | None = None
) -> None:
    """The case's audit entry: "暂停计时 TS-000012" (the rows' own changes are audited by the
    session: db.auditing)."""
    audit.record(
        session, actor, "update", "complaints", c.id, f"{what} {complaint_code(c.number)}", reason
    )


# -- the clock ---------------------------------------------------------------------------------


def pauses_of(session: Session, complaint_id: int) -> list[ComplaintPause]:
    return list(
        session.scalars(
            select(ComplaintPause)
            .where(ComplaintPause.complaint_id == complaint_id)
            .order_by(ComplaintPause.started_at, ComplaintPause.id)
        )
    )


def first_answer_due(session: Session, complaint: Complaint, *, now: datetime) -> Deadline:
    """The first answer's deadline in office local time: the level's rule from intake over the
    office calendar, the pauses added back (one still running as far as `now`)."""
    return case_deadline(
        complaint.level,
        complaint.intake_at,
        pauses_by_case(session, [complaint.id]).get(complaint.id, []),
        office_calendar(session),
        office_zone(session),
        now=now,
    )


#: Cases per query for their pauses (well under SQLite's bound parameters limit).
CASES_PER_QUERY = 10_000


def pause_of(row: ComplaintPause) -> Pause:
    """A stored pause as the clock's value, in UTC (`end` None while it runs)."""
    end = row.ended_at
    return Pause(aware_utc(row.started_at), aware_utc(end) if end is not None else None)


def pauses_by_case(session: Session, ids: Collection[int]) -> dict[int, list[Pause]]:
    """The pauses of the cases `ids` as the clock's values in UTC, each case's in the order they
    began: one query (one per CASES_PER_QUERY cases); a case without pauses is absent."""
    found: dict[int, list[Pause]] = {}
    wanted = list(ids)
    for start in range(0, len(wanted), CASES_PER_QUERY):
        rows = session.execute(
            select(ComplaintPause.complaint_id, ComplaintPause.started_at, ComplaintPause.ended_at)
            .where(ComplaintPause.complaint_id.in_(wanted[start : start + CASES_PER_QUERY]))
            .order_by(ComplaintPause.started_at, ComplaintPause.id)
        )
        for complaint_id, started_at, ended_at in rows:
            end = aware_utc(ended_at) if ended_at is not None else None
            found.setdefault(complaint_id, []).append(Pause(aware_utc(started_at), end))
    return found


def case_deadline(
    level: Level | str,
    intake_at: datetime,
    pauses: Sequence[Pause],
    calendar: OfficeCalendar,
    zone: ZoneInfo,
    *,
    now: datetime | None,
) -> Deadline:
    """A case's first-answer deadline in office local time (core.complaints.first_answer_due):
    intake and pauses as stored (any zone), turned into office time here. A pause still running
    counts as far as `now`; with `now` None, as far as it began — the deadline as it stood when
    the clock stopped (the export's view: it moves on once the clock resumes)."""
    intake = intake_at.astimezone(zone)
    local = [
        Pause(p.start.astimezone(zone), p.end.astimezone(zone) if p.end is not None else None)
        for p in pauses
    ]
    if now is None:
        running = [p.start for p in local if p.end is None]
        local_now = min(running) if running else intake
    else:
        local_now = aware_utc(now).astimezone(zone)
    return core_due(Level(level), intake, calendar, pauses=local, now=local_now)


# -- the money's approvals ----------------------------------------------------------------------


def limits(session: Session) -> tuple[Decimal, Decimal]:
    """(contractor's limit, company's limit) from the settings."""
    return (
        Decimal(get_setting(session, "complaints.contractor_limit")),
        Decimal(get_setting(session, "complaints.company_limit")),
    )


@dataclass(frozen=True)
class PaymentState:
    needs: tuple[Role, ...]  # who must approve (core.complaints.approvers)
    waiting: tuple[Role, ...]  # of those, who has not yet
    rejected: bool
    approved: bool  # every approver has, not rejected
    paid: bool  # a voucher numbered and not voided
    confirmed: bool
    voided: bool

    @property
    def label(self) -> str:
        if self.rejected:
            return "已驳回"
        if self.voided:  # history: its money waits on the row the void made (complaint_money)
            return "凭证已作废"
        if self.confirmed:
            return "已支付，财务已确认"
        if self.paid:
            return "已支付，待财务确认"
        if self.approved:
            return "已审批，待出纳支付"
        return "待" + "、".join(r.label for r in self.waiting) + "审批"


def payment_state(
    payment: ComplaintPayment, contractor_limit: Decimal, company_limit: Decimal
) -> PaymentState:
    needs = approvers(
        Payment(payment.payment),
        Liable(payment.liable),
        payment.amount,
        contractor_limit=contractor_limit,
        company_limit=company_limit,
    )
    signed = {Role.CS_MANAGER: payment.cs_at, Role.VICE_PRESIDENT: payment.vp_at}
    waiting = tuple(r for r in needs if signed[r] is None)
    rejected = payment.rejected_at is not None
    voided = payment.voided_at is not None
    paid = payment.number is not None and not voided
    return PaymentState(
        needs=needs,
        waiting=waiting,
        rejected=rejected,
        approved=not rejected and not waiting,
        paid=paid,
        confirmed=paid and payment.confirmed_at is not None,
        voided=voided,
    )


def payments_of(session: Session, complaint_id: int) -> list[ComplaintPayment]:
    return list(
        session.scalars(
            select(ComplaintPayment)
            .where(ComplaintPayment.complaint_id == complaint_id)
            .order_by(ComplaintPayment.requested_at, ComplaintPayment.id)
        )
    )


# -- the facts the actions are decided on -------------------------------------------------------


def _live_order(session: Session, order_id: int | None) -> bool:
    """A change order opened for the case and still alive: a rejected or withdrawn one no
    longer counts (the case may open another)."""
    if order_id is None:
        return False
    status = session.scalar(select(ChangeOrder.status).where(ChangeOrder.id == order_id))
    return status not in (None, ChangeStatus.REJECTED, ChangeStatus.WITHDRAWN)


def who_of(actor: Actor) -> ComplaintWho:
    return ComplaintWho(
        can=frozenset(a for a in Action if actor.can(a)),
        roles=actor.roles,
        is_system=actor.is_system,
    )


def facts_of(session: Session, complaint: Complaint, actor: Actor) -> ComplaintFacts:
    visits = list(
        session.scalars(
            select(ComplaintVisit)
            .where(ComplaintVisit.complaint_id == complaint.id)
            .order_by(ComplaintVisit.visited_at, ComplaintVisit.id)
        )
    )
    contractor_limit, company_limit = limits(session)
    states = [
        payment_state(p, contractor_limit, company_limit)
        for p in payments_of(session, complaint.id)
    ]
    mine = {
        r for r in (Role.CS_MANAGER, Role.VICE_PRESIDENT) if actor.is_system or r in actor.roles
    }
    live = [s for s in states if not s.rejected and not s.voided]  # a void is history
    return ComplaintFacts(
        status=ComplaintStatus(complaint.status),
        channel=complaint.channel,
        responded=complaint.responded_at is not None,
        answered=complaint.answered_at is not None,
        paused=any(p.ended_at is None for p in pauses_of(session, complaint.id)),
        solution=complaint.solution,
        legal_done=complaint.legal_at is not None,
        finance_done=complaint.finance_at is not None,
        has_deal=complaint.deal_id is not None,
        change_order=_live_order(session, complaint.change_order_id),
        planned=bool(complaint.executor and complaint.execute_due_on and complaint.acceptance),
        visits_this_round=sum(1 for v in visits if v.round == complaint.round),
        last_score=visits[-1].score if visits else None,
        visits=len(visits),
        payments_to_approve=sum(1 for s in live if set(s.waiting) & mine),
        payments_to_pay=sum(1 for s in live if s.approved and not s.paid),
        payments_to_confirm=sum(1 for s in live if s.paid and not s.confirmed),
        payments_pending=sum(1 for s in live if s.waiting),
        live_vouchers=sum(1 for s in live if s.paid),
    )


def actions_of(
    session: Session, complaint: Complaint, actor: Actor
) -> dict[ComplaintAction, Permit]:
    return complaint_actions(facts_of(session, complaint, actor), who_of(actor))


def require_action(
    session: Session, actor: Actor, complaint: Complaint, action: ComplaintAction
) -> None:
    """Refuse as the window would (core.complaint_actions): the role first (naming the
    action), then the case's scope, then the permit's why-not."""
    actor.require_any(*GUARDS[action])
    require_access(session, actor, complaint)
    require(actions_of(session, complaint, actor)[action], action, actor.display_name)
