"""What every customer service shares: the office's rules from the settings, finding a customer,
who may edit or see what, and keeping a customer's contact dates, protection and due date right.

Visits (reception), follow-ups, claims and the demo data all go through `record_contact` and
`set_owner`, so the rules of DOMAIN §2–3 live in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from anjia_desk.core.customers import (
    Grade,
    Options,
    in_public_pool,
    may_see_phone,
    next_due,
    renewed_protection,
    split_options,
)
from anjia_desk.core.errors import NotFound, PermissionDenied, UserError
from anjia_desk.core.names import name_initials
from anjia_desk.core.phones import Phone, mask_phone
from anjia_desk.core.roles import Action, Role
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.db.models import (
    AuditEntry,
    CareTouch,
    Customer,
    CustomerMerge,
    CustomerRelative,
    Dispute,
    FollowUp,
    GradeChange,
    OwnershipChange,
    PhoneChange,
    QueueTicket,
    ReferralPoint,
    RiskMark,
    RiskWarning,
    RotationTurn,
    UnitHold,
    User,
    UserRole,
    Visit,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_settings


@dataclass(frozen=True)
class Rules:
    """The office's numbers for customers, read once per unit of work."""

    cadence: dict[Grade, int]
    protection_days: int
    #: A follow-up by the former owner takes a lapsed customer back out of the public pool.
    lapse_reclaim: bool
    high_signals: int
    streak_days: int
    points_visit: int
    care_days_ahead: int
    retention_months: int
    zone: ZoneInfo

    def today(self, now: datetime | None = None) -> date:
        """The office's calendar date at `now` (the clock when None)."""
        return aware_utc(now).astimezone(self.zone).date()

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()


def rules(session: Session) -> Rules:
    values = get_settings(session)
    return Rules(
        cadence={
            Grade.A: int(values["followup.cadence_a"]),
            Grade.B: int(values["followup.cadence_b"]),
            Grade.C: int(values["followup.cadence_c"]),
        },
        protection_days=int(values["customer.protection_days"]),
        lapse_reclaim=bool(values["customer.lapse_reclaim"]),
        high_signals=int(values["risk.high_signals"]),
        streak_days=int(values["risk.streak_days"]),
        points_visit=int(values["referral.points_visit"]),
        care_days_ahead=int(values["care.days_ahead"]),
        retention_months=int(values["privacy.retention_months"]),
        zone=ZoneInfo(str(values["office.timezone"])),
    )


def options(session: Session) -> Options:
    values = get_settings(session)
    return Options(
        channels=split_options(str(values["customer.channels"])),
        awareness=split_options(str(values["customer.awareness"])),
        age_bands=split_options(str(values["customer.age_bands"])),
        family_structures=split_options(str(values["customer.family_structures"])),
        focus_points=split_options(str(values["customer.focus_points"])),
        follow_up_channels=split_options(str(values["followup.channels"])),
        invalid_reasons=split_options(str(values["rotation.invalid_reasons"])),
    )


# --- finding a customer and who may do what


@dataclass(frozen=True)
class CustomerRef:
    """A customer named on another's page (a referrer, a referral)."""

    id: int
    name: str


def get_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"客户 {customer_id} 不存在（可能已被合并或删除）")
    return customer


def is_owner(actor: Actor, customer: Customer) -> bool:
    return actor.user_id is not None and customer.owner_id == actor.user_id


def oversees(actor: Actor) -> bool:
    """The site manager (and the administrator) act on any customer on site."""
    return actor.is_system or bool({Role.SITE_MANAGER, Role.ADMIN} & actor.roles)


def require_edit(actor: Actor, customer: Customer) -> None:
    """Edit a profile, log a follow-up, mark risk, link a referral: the owner, or whoever
    oversees the site; never a customer whose personal data has been erased."""
    actor.require(Action.EDIT_CUSTOMERS)
    if customer.anonymised_at is not None:
        raise UserError("这位客户的个人信息已删除（匿名化），不能再修改")
    if not (oversees(actor) or is_owner(actor, customer)):
        raise PermissionDenied(
            f"客户“{customer.name or '未留名'}”不归您跟进，只有归属顾问或案场经理可以修改"
        )


def may_edit(actor: Actor, customer: Customer) -> bool:
    """`require_edit` as a yes or no (what a page enables)."""
    try:
        require_edit(actor, customer)
    except UserError:
        return False
    return True


def shown_phone(
    actor: Actor,
    customer: Customer | None = None,
    *,
    phone: str | None = None,
    owner_id: int | None = None,
) -> str:
    """The phone as this actor may see it: in full for the owner and for those who oversee the
    site, masked (138****5678) for everyone else (DOMAIN §13)."""
    if customer is not None:
        phone, owner_id = customer.phone, customer.owner_id
    owner = actor.user_id is not None and owner_id == actor.user_id
    if may_see_phone(actor.roles, is_owner=owner, is_system=actor.is_system):
        return phone or ""
    return mask_phone(phone)


# --- keeping a customer's state right


def set_name(customer: Customer, name: str) -> None:
    name = clean_name(name)  # no control or direction characters on any path (issue 14)
    customer.name = name
    customer.name_initials = name_initials(name)


def set_phone(customer: Customer, phone: Phone) -> None:
    customer.phone = phone.text
    customer.phone_key = phone.key
    customer.phone_kind = phone.kind


def set_birthday(customer: Customer, birthday: date | None) -> None:
    customer.birthday = birthday
    customer.birthday_md = birthday.strftime("%m-%d") if birthday else None


def refresh_due(customer: Customer, rule: Rules) -> None:
    """Recompute the stored next follow-up date (DOMAIN §3) from grade, last contact, plan."""
    last = rule.local_date(customer.last_contact_at) if customer.last_contact_at else None
    customer.next_follow_up_on = next_due(
        grade=customer.grade,
        last_contact=last,
        planned=customer.planned_follow_up_on,
        cadence=rule.cadence,
    )


def record_contact(
    customer: Customer, *, at: datetime, kind: str, rule: Rules, renew: bool = True
) -> None:
    """A visit ("visit") or follow-up ("follow_up") at `at`: update the contact dates and the
    counts, renew the owner's protection when `renew` (a valid contact), recompute the due date."""
    at = aware_utc(at)
    if kind == "visit":
        customer.visit_count = (customer.visit_count or 0) + 1
        if customer.first_visit_at is None or at < customer.first_visit_at:
            customer.first_visit_at = at
        if customer.last_visit_at is None or at > customer.last_visit_at:
            customer.last_visit_at = at
    elif kind == "follow_up":
        if customer.last_follow_up_at is None or at > customer.last_follow_up_at:
            customer.last_follow_up_at = at
    else:  # pragma: no cover - a programming error
        raise ValueError(kind)
    if customer.last_contact_at is None or at > customer.last_contact_at:
        customer.last_contact_at = at
    if renew and customer.owner_id is not None:
        customer.protected_until = renewed_protection(
            customer.protected_until, rule.local_date(at), rule.protection_days
        )
    refresh_due(customer, rule)


def set_grade(
    session: Session,
    actor: Actor,
    customer: Customer,
    grade: Grade | str,
    *,
    reason: str,
    at: datetime | None = None,
) -> None:
    """Give the customer `grade` and keep the change in the grade history (DOMAIN §3): who,
    when (`at`, else now), from, to, why. The caller recomputes the due date."""
    grade = Grade(grade)
    change = GradeChange(
        customer_id=customer.id,
        user_id=actor.user_id,
        from_grade=customer.grade,
        to_grade=grade,
        reason=clean_note(reason),  # no control or direction characters (issue 14)
    )
    if at is not None:
        change.created_at = at
    session.add(change)
    customer.grade = grade


def in_pool(customer: Customer, today: date) -> bool:
    return in_public_pool(customer.owner_id, customer.protected_until, today)


def set_owner(
    session: Session,
    actor: Actor,
    customer: Customer,
    owner_id: int | None,
    *,
    kind: str,
    reason: str = "",
    today: date,
    rule: Rules,
) -> None:
    """Give the customer to `owner_id` with a fresh protection period, and keep the history
    (kind: register, visit, claim, reassign, ruling, merge)."""
    previous = customer.owner_id
    customer.owner_id = owner_id
    customer.protected_until = (
        renewed_protection(None, today, rule.protection_days) if owner_id is not None else None
    )
    if previous != owner_id or kind != "register":
        session.add(
            OwnershipChange(
                customer_id=customer.id,
                from_user_id=previous,
                to_user_id=owner_id,
                kind=kind,
                reason=clean_note(reason),  # as a note: nothing invisible (issue 14)
                user_id=actor.user_id,
            )
        )


# --- staff


@dataclass(frozen=True)
class Staff:
    id: int
    name: str
    senior: bool = False


def consultants(session: Session, *, seniors_only: bool = False) -> list[Staff]:
    """Active users who sell (consultants and senior consultants), by name."""
    wanted = (
        [Role.SENIOR_CONSULTANT.value]
        if seniors_only
        else [
            Role.CONSULTANT.value,
            Role.SENIOR_CONSULTANT.value,
        ]
    )
    query = (
        select(User)
        .join(UserRole)
        .where(User.is_active.is_(True), UserRole.role.in_(wanted))
        .distinct()
        .order_by(User.display_name)
    )
    return [
        Staff(u.id, u.display_name, Role.SENIOR_CONSULTANT.value in u.role_names)
        for u in session.scalars(query)
    ]


def staff_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {row.id: row.display_name for row in rows}


def require_consultant(session: Session, user_id: int) -> User:
    """`user_id` must be an active consultant (the one a customer is given to)."""
    user = session.get(User, user_id)
    if user is None or not user.is_active:
        raise NotFound("所选顾问不存在或已停用")
    if not {Role.CONSULTANT.value, Role.SENIOR_CONSULTANT.value} & user.role_names:
        raise PermissionDenied(f"{user.display_name} 不是置业顾问，不能归属客户")
    return user


# --- referrals and erasure, shared by reception, the customer page and the retention job


def award_referral_points(
    session: Session,
    actor: Actor,
    *,
    referrer_id: int,
    referred_id: int | None,
    points: int,
    kind: str,
    note: str = "",
) -> ReferralPoint:
    """One line of the points ledger (kind: visit, deal, redeem — negative points —, adjust)."""
    entry = ReferralPoint(
        referrer_id=referrer_id,
        referred_id=referred_id,
        points=points,
        kind=kind,
        note=note,
        user_id=actor.user_id,
    )
    session.add(entry)
    return entry


ANONYMISED_NAME = "（已匿名）"
ERASED_SUMMARY = "（个人信息已清除）"


#: Each table with rows of the person's own, the column naming the customer, and the text
#: columns (reasons, notes) that a user typed about them: blanked by an erasure.
OWN_TEXT: tuple[tuple[Any, str, tuple[str, ...]], ...] = (
    (Visit, "customer_id", ("note",)),
    (FollowUp, "customer_id", ("content", "result")),
    (GradeChange, "customer_id", ("reason",)),
    (PhoneChange, "customer_id", ("reason",)),
    (OwnershipChange, "customer_id", ("reason",)),
    (Dispute, "customer_id", ("claim_reason", "ruling_reason")),
    (CustomerMerge, "kept_id", ("reason",)),
    (RiskWarning, "customer_id", ("done_note",)),
    (CareTouch, "customer_id", ("text",)),
    (UnitHold, "customer_id", ("reason", "release_reason")),
    (QueueTicket, "customer_id", ("void_reason", "skip_reason", "choice_allowed_reason")),
    (ReferralPoint, "referred_id", ("note",)),
)
#: What a referrer's ledger line says once the referred person is erased.
ERASED_NOTE = "（被推荐人个人信息已删除）"


def scrub_personal_data(session: Session, customer: Customer, *, now: datetime) -> None:
    """Remove what identifies the person (DOMAIN §13) from their own record and every row about
    them — visits, follow-ups, relatives, the grade, phone, ownership and 撞单 reasons, the
    referrer's ledger note, care texts, hold and ticket reasons, the name pieces of search and
    the audit text of all of these (entry and record id stay) — and keep what the statistics
    need: channel, grade, dates and counts. Deal and receipt rows (会计档案) are not touched.
    Used by services.erasure (a deletion on request, a referred person who declines, the
    retention job), which also clears the phone from other people's notes."""
    customer.name = ANONYMISED_NAME
    customer.name_initials = ""
    customer.phone = None
    customer.phone_key = None
    customer.gender = ""
    customer.age_band = ""
    customer.family_structure = ""
    customer.layout = ""
    customer.floor_preference = ""
    customer.focus = ""
    customer.birthday = None
    customer.birthday_md = None
    customer.notes = ""
    customer.marketing_opt_in = False
    customer.do_not_disturb = True
    customer.risk_monitoring = False
    customer.risk_index = None
    customer.planned_follow_up_on = None
    customer.next_follow_up_on = None
    customer.anonymised_at = aware_utc(now)
    cid = customer.id
    touched: dict[str, list[int]] = {
        "customers": [cid],
        "customer_relatives": list(
            session.scalars(select(CustomerRelative.id).where(CustomerRelative.customer_id == cid))
        ),
        "risk_marks": list(session.scalars(select(RiskMark.id).where(RiskMark.customer_id == cid))),
    }
    for model, column, texts in OWN_TEXT:
        owner = getattr(model, column)
        touched[model.__tablename__] = list(session.scalars(select(model.id).where(owner == cid)))
        blank = {name: (ERASED_NOTE if model is ReferralPoint else "") for name in texts}
        session.execute(update(model).where(owner == cid).values(blank))
    session.execute(delete(CustomerRelative).where(CustomerRelative.customer_id == cid))
    session.execute(delete(RiskMark).where(RiskMark.customer_id == cid))
    session.execute(
        update(PhoneChange)
        .where(PhoneChange.customer_id == cid)
        .values(old_phone=None, new_phone=None)
    )
    session.execute(update(CustomerMerge).where(CustomerMerge.kept_id == cid).values(snapshot="{}"))
    visits = touched["visits"]
    if visits:
        session.execute(
            update(RotationTurn).where(RotationTurn.visit_id.in_(visits)).values(note="")
        )
    # The audit log must not keep what was just erased: its earlier lines about this person (and
    # the line this change itself writes, old → new) keep who and when, not the values.
    session.flush()
    for entity, ids in touched.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            session.execute(
                update(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id.in_(chunk))
                .values(summary=ERASED_SUMMARY)
            )
