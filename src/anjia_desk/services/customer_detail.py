"""What the customer page shows (DOMAIN §2, §13): the profile as the form holds it, relatives,
visits, the ownership, phone and grade histories; phones as the user may see them. Reading it is
audited ("view"). Also which columns make the profile the form edits (`PROFILE_COLUMNS`, shared
with the correction and the merge)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import (
    UNNAMED,
    CustomerForm,
    Relation,
    VisitKind,
    due_state,
    format_range,
)
from anjia_desk.core.roles import Action
from anjia_desk.db.models import Customer, CustomerRelative, OwnershipChange, PhoneChange, Visit
from anjia_desk.services import audit, followups
from anjia_desk.services import customer_state as state
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import CustomerRef
from anjia_desk.services.followups import GradeChangeRow

#: How an ownership change came about, as the history lists it.
OWNERSHIP_KINDS = {
    "register": "登记",
    "visit": "来访",
    "claim": "认领",
    "reassign": "转移",
    "ruling": "撞单裁定",
    "merge": "合并",
    "import": "Excel 导入",
}

#: The profile's plain columns, as the form cleans them (name, birthday and phone have setters;
#: notes and the care flags are handled apart in a merge).
PROFILE_COLUMNS = (
    "gender",
    "age_band",
    "family_structure",
    "budget_min",
    "budget_max",
    "area_min",
    "area_max",
    "layout",
    "floor_preference",
    "purpose",
    "buyer_type",
    "focus",
    "channel",
    "awareness",
)


@dataclass(frozen=True)
class RelativeRow:
    id: int
    relation: str
    relation_label: str
    name: str
    shown_phone: str


@dataclass(frozen=True)
class VisitRow:
    id: int
    at: datetime
    kind: str
    kind_label: str
    party_size: int
    channel: str
    awareness: str
    consultant_name: str
    invalid_reason: str
    note: str


@dataclass(frozen=True)
class OwnershipRow:
    at: datetime
    from_name: str
    to_name: str
    kind_label: str
    reason: str
    by_name: str


@dataclass(frozen=True)
class PhoneRow:
    at: datetime
    old_phone: str
    new_phone: str
    reason: str
    by_name: str


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    name: str
    shown_phone: str
    phone_masked: bool  # shown masked to this user
    phone_kind: str  # core.phones.PhoneKind value
    form: CustomerForm  # the profile as the form shows it (phone as shown)
    grade: str
    owner_id: int | None
    owner_name: str
    protected_until: date | None
    in_pool: bool
    next_due: date | None
    due_state: str
    referrer: CustomerRef | None
    referrals: list[CustomerRef]
    relatives: list[RelativeRow]
    visits: list[VisitRow]
    ownership_history: list[OwnershipRow]
    phone_history: list[PhoneRow]
    grade_history: list[GradeChangeRow]
    consent_at: datetime | None
    marketing_opt_in: bool
    do_not_disturb: bool
    visit_count: int
    first_visit_at: datetime | None
    last_visit_at: datetime | None
    last_follow_up_at: datetime | None
    last_contact_at: datetime | None
    created_at: datetime
    version: int
    can_edit: bool
    anonymised: bool

    @property
    def display_name(self) -> str:
        return self.name or UNNAMED


def _form_of(customer: Customer, shown_phone: str) -> CustomerForm:
    return CustomerForm(
        name=customer.name,
        phone=shown_phone,
        gender=customer.gender,
        age_band=customer.age_band,
        family_structure=customer.family_structure,
        budget=format_range(customer.budget_min, customer.budget_max),
        area=format_range(customer.area_min, customer.area_max),
        layout=customer.layout,
        floor_preference=customer.floor_preference,
        purpose=customer.purpose,
        buyer_type=customer.buyer_type,
        focus=tuple(item for item in customer.focus.split("、") if item),
        channel=customer.channel,
        awareness=customer.awareness,
        birthday=customer.birthday,
        notes=customer.notes,
        marketing_opt_in=customer.marketing_opt_in,
        do_not_disturb=customer.do_not_disturb,
    )


def customer_detail(
    session: Session, actor: Actor, customer_id: int, *, now: datetime | None = None
) -> CustomerDetail:
    """Everything the customer page shows; phones as this user may see them. Audited ("view")."""
    actor.require(Action.VIEW_CUSTOMERS)
    customer = state.get_customer(session, customer_id)
    rule = state.rules(session)
    today = rule.today(now)
    owner = customer.owner_id

    def phone(text: str | None) -> str:
        return state.shown_phone(actor, phone=text, owner_id=owner)

    shown = phone(customer.phone)
    relatives = list(
        session.scalars(
            select(CustomerRelative)
            .where(CustomerRelative.customer_id == customer.id)
            .order_by(CustomerRelative.id)
        )
    )
    visits = list(
        session.scalars(
            select(Visit).where(Visit.customer_id == customer.id).order_by(Visit.visited_at.desc())
        )
    )
    owners = list(
        session.scalars(
            select(OwnershipChange)
            .where(OwnershipChange.customer_id == customer.id)
            .order_by(OwnershipChange.id.desc())
        )
    )
    phones = list(
        session.scalars(
            select(PhoneChange)
            .where(PhoneChange.customer_id == customer.id)
            .order_by(PhoneChange.id.desc())
        )
    )
    names = state.staff_names(
        session,
        [owner]
        + [v.consultant_id for v in visits]
        + [o.from_user_id for o in owners]
        + [o.to_user_id for o in owners]
        + [o.user_id for o in owners]
        + [p.user_id for p in phones],
    )

    def name_of(user_id: int | None) -> str:
        return names.get(user_id, "") if user_id is not None else ""

    referrer = None
    if customer.referrer_id is not None:
        ref = session.get(Customer, customer.referrer_id)
        if ref is not None:
            referrer = CustomerRef(ref.id, ref.name or UNNAMED)
    referrals = [
        CustomerRef(row.id, row.name or UNNAMED)
        for row in session.execute(
            select(Customer.id, Customer.name)
            .where(Customer.referrer_id == customer.id)
            .order_by(Customer.id)
        )
    ]
    due = customer.next_follow_up_on
    detail = CustomerDetail(
        id=customer.id,
        name=customer.name,
        shown_phone=shown,
        phone_masked=bool(customer.phone) and shown != customer.phone,
        phone_kind=customer.phone_kind,
        form=_form_of(customer, shown),
        grade=customer.grade,
        owner_id=owner,
        owner_name=name_of(owner),
        protected_until=customer.protected_until,
        in_pool=state.in_pool(customer, today),
        next_due=due,
        due_state=due_state(due, today),
        referrer=referrer,
        referrals=referrals,
        relatives=[
            RelativeRow(r.id, r.relation, Relation(r.relation).label, r.name, phone(r.phone))
            for r in relatives
        ],
        visits=[
            VisitRow(
                v.id,
                v.visited_at,
                v.kind,
                VisitKind(v.kind).label,
                v.party_size,
                v.channel,
                v.awareness,
                name_of(v.consultant_id),
                v.invalid_reason or "",
                v.note,
            )
            for v in visits
        ],
        ownership_history=[
            OwnershipRow(
                o.created_at,
                name_of(o.from_user_id),
                name_of(o.to_user_id),
                OWNERSHIP_KINDS.get(o.kind, o.kind),
                o.reason,
                name_of(o.user_id) or ("系统" if o.user_id is None else ""),
            )
            for o in owners
        ],
        phone_history=[
            PhoneRow(
                p.created_at,
                phone(p.old_phone),
                phone(p.new_phone),
                p.reason,
                name_of(p.user_id) or "系统",
            )
            for p in phones
        ],
        grade_history=followups.grade_history(session, actor, customer.id),
        consent_at=customer.consent_at,
        marketing_opt_in=customer.marketing_opt_in,
        do_not_disturb=customer.do_not_disturb,
        visit_count=customer.visit_count,
        first_visit_at=customer.first_visit_at,
        last_visit_at=customer.last_visit_at,
        last_follow_up_at=customer.last_follow_up_at,
        last_contact_at=customer.last_contact_at,
        created_at=customer.created_at,
        version=customer.version,
        can_edit=state.may_edit(actor, customer),
        anonymised=customer.anonymised_at is not None,
    )
    audit.record(session, actor, "view", "customers", customer.id, "查看客户档案")
    return detail
