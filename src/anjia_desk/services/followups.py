"""Follow-ups and grades (DOMAIN §3): log a follow-up, change the grade with its history, and the
customer's follow-up page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import Grade, due_state
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.followups import FollowUpForm, grade_changes, validate_follow_up
from anjia_desk.core.roles import Action
from anjia_desk.db.models import Customer, FollowUp, GradeChange
from anjia_desk.db.types import aware_utc
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.risk import assigned_to_warning

#: The ownership history's reason when a follow-up takes a lapsed customer back.
RECLAIM_REASON = "保护期过后原顾问跟进，重新认领"


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    at: datetime
    user_name: str
    channel: str
    content: str
    result: str
    next_on: date | None
    grade_before: str | None
    grade_after: str | None

    @property
    def grade_text(self) -> str:
        """ "B → A" when the follow-up changed the grade, else the grade it left."""
        if self.grade_before and self.grade_after and self.grade_before != self.grade_after:
            return f"{self.grade_before} → {self.grade_after}"
        return self.grade_after or ""


@dataclass(frozen=True)
class GradeChangeRow:
    id: int
    at: datetime
    user_name: str
    from_grade: str | None
    to_grade: str
    reason: str


@dataclass(frozen=True)
class FollowUpPanel:
    """What the follow-up tab shows: the customer's grade and due date, the channels to choose
    from, whether this user may log a follow-up (and why not), and the history."""

    customer_id: int
    grade: str
    next_due: date | None
    due_state: str
    protected_until: date | None
    in_pool: bool
    is_owner: bool
    channels: list[str]
    can_log: bool
    why_not: str
    today: date
    rows: list[FollowUpRow]
    grades: list[GradeChangeRow]


def _may_log(session: Session, actor: Actor, customer: Customer) -> None:
    """The owner and the site manager (require_edit), or a senior consultant to whom the site
    manager gave an open warning's return visit for this customer."""
    try:
        cs.require_edit(actor, customer)
    except PermissionDenied:
        if actor.can(Action.EDIT_CUSTOMERS) and assigned_to_warning(session, actor, customer.id):
            return
        raise


def log_follow_up(
    session: Session,
    actor: Actor,
    customer_id: int,
    form: FollowUpForm,
    *,
    now: datetime | None = None,
) -> int:
    """Record one follow-up; a new grade is kept in the grade history. The owner's follow-up
    renews the protection period while it runs. A customer whose protection lapsed (in the
    public pool) is taken back by its former owner's follow-up when the office's
    customer.lapse_reclaim is on (the default), kept in the ownership history as a claim;
    with it off the customer stays in the pool until someone claims it."""
    customer = cs.get_customer(session, customer_id)
    _may_log(session, actor, customer)
    at = aware_utc(now)
    rule = cs.rules(session)
    today = rule.today(at)
    clean, errors = validate_follow_up(form, cs.options(session), today=today)
    if clean is None:
        raise ValidationError(errors)
    before = customer.grade
    owner, lapsed = cs.is_owner(actor, customer), cs.in_pool(customer, today)
    if owner and lapsed and rule.lapse_reclaim:
        cs.set_owner(
            session, actor, customer, actor.user_id, kind="claim", reason=RECLAIM_REASON,
            today=today, rule=rule,
        )  # fmt: skip
        lapsed = False
    renew = owner and not lapsed
    if grade_changes(before, clean.grade):
        cs.set_grade(session, actor, customer, clean.grade.value, reason=clean.reason, at=at)
    entry = FollowUp(
        customer_id=customer.id,
        user_id=actor.user_id,
        at=at,
        channel=clean.channel,
        content=clean.content,
        result=clean.result,
        next_on=clean.next_on,
        grade_before=before,
        grade_after=clean.grade.value,
    )
    session.add(entry)
    customer.planned_follow_up_on = clean.next_on
    cs.record_contact(customer, at=at, kind="follow_up", rule=rule, renew=renew)
    session.flush()
    return entry.id


def follow_ups(session: Session, actor: Actor, customer_id: int) -> list[FollowUpRow]:
    """The customer's follow-ups, newest first."""
    actor.require(Action.VIEW_CUSTOMERS)
    cs.get_customer(session, customer_id)
    entries = list(
        session.scalars(
            select(FollowUp)
            .where(FollowUp.customer_id == customer_id)
            .order_by(FollowUp.at.desc(), FollowUp.id.desc())
        )
    )
    names = cs.staff_names(session, (e.user_id for e in entries))
    return [
        FollowUpRow(
            id=e.id,
            at=e.at,
            user_name=names.get(e.user_id, "") if e.user_id is not None else "系统",
            channel=e.channel,
            content=e.content,
            result=e.result,
            next_on=e.next_on,
            grade_before=e.grade_before,
            grade_after=e.grade_after,
        )
        for e in entries
    ]


def grade_history(session: Session, actor: Actor, customer_id: int) -> list[GradeChangeRow]:
    """Every change of the customer's grade (who, when, from, to, why), newest first."""
    actor.require(Action.VIEW_CUSTOMERS)
    cs.get_customer(session, customer_id)
    changes = list(
        session.scalars(
            select(GradeChange)
            .where(GradeChange.customer_id == customer_id)
            .order_by(GradeChange.created_at.desc(), GradeChange.id.desc())
        )
    )
    names = cs.staff_names(session, (c.user_id for c in changes))
    return [
        GradeChangeRow(
            id=c.id,
            at=c.created_at,
            user_name=names.get(c.user_id, "") if c.user_id is not None else "系统",
            from_grade=c.from_grade,
            to_grade=c.to_grade,
            reason=c.reason,
        )
        for c in changes
    ]


def follow_up_panel(
    session: Session, actor: Actor, customer_id: int, *, now: datetime | None = None
) -> FollowUpPanel:
    """Everything the customer page's follow-up tab shows, in one call."""
    actor.require(Action.VIEW_CUSTOMERS)
    customer = cs.get_customer(session, customer_id)
    rule = cs.rules(session)
    today = rule.today(now)
    why_not = ""
    try:
        _may_log(session, actor, customer)
    except UserError as exc:
        why_not = exc.message
    return FollowUpPanel(
        customer_id=customer.id,
        grade=customer.grade or Grade.C.value,
        next_due=customer.next_follow_up_on,
        due_state=due_state(customer.next_follow_up_on, today),
        protected_until=customer.protected_until,
        in_pool=cs.in_pool(customer, today),
        is_owner=cs.is_owner(actor, customer),
        channels=list(cs.options(session).follow_up_channels),
        can_log=not why_not,
        why_not=why_not,
        today=today,
        rows=follow_ups(session, actor, customer_id),
        grades=grade_history(session, actor, customer_id),
    )
