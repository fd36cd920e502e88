"""来访登记 and 判客: who a phone belongs to as it is typed, and registering a visit or call
without ever creating a duplicate customer (DOMAIN §2, §10, §13)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from anjia_desk.core.customers import UNNAMED, Grade, Relation, VisitForm, VisitKind, validate_visit
from anjia_desk.core.errors import ConflictError, ValidationError
from anjia_desk.core.phones import Phone, PhoneError, PhoneKind, mask_phone, parse_phone
from anjia_desk.core.roles import Action
from anjia_desk.db.models import (
    Customer,
    CustomerRelative,
    User,
    Visit,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import customer_state as cs
from anjia_desk.services import rotation
from anjia_desk.services.context import Actor

SELF_LABEL = "本人"
#: At most this many matches are shown while a phone is typed (a masked number may match many).
MAX_MATCHES = 20


@dataclass(frozen=True)
class PhoneMatch:
    """A customer the typed phone may belong to (the person, or a relative linked to them)."""

    customer_id: int
    customer_name: str
    relation_label: str  # 本人, or the relative's relation to the customer (配偶, 父母, …)
    owner_id: int | None
    owner_name: str
    in_pool: bool
    shown_phone: str  # the customer's phone as the actor may see it
    certainty: str  # "exact" (this number) or "possible" (a masked number that may be it)
    grade: str
    relative_name: str = ""

    @property
    def exact(self) -> bool:
        return self.certainty == "exact"

    @property
    def via_relative(self) -> bool:
        return self.relation_label != SELF_LABEL


@dataclass(frozen=True)
class PhoneLookup:
    phone: Phone | None
    error: str | None
    matches: list[PhoneMatch]

    @property
    def known(self) -> PhoneMatch | None:
        """The customer a registration with this phone goes to (the first exact match)."""
        return next((m for m in self.matches if m.exact), None)


@dataclass(frozen=True)
class VisitResult:
    customer_id: int
    visit_id: int
    created: bool
    kind: VisitKind
    consultant_id: int
    consultant_name: str


def _live(query: Select[Customer]) -> Select[Customer]:
    return query.where(Customer.anonymised_at.is_(None))


def _same_number(phone: Phone) -> Select[Customer]:
    """Customers registered with exactly this number (the identity, or the same masked or
    virtual text)."""
    if phone.key is not None:
        return _live(select(Customer).where(Customer.phone_key == phone.key))
    return _live(select(Customer).where(Customer.phone == phone.text))


def _possible_numbers(phone: Phone) -> Select[Customer] | None:
    """Customers whose number shows the same first 3 and last 4 digits: a masked number typed
    finds real numbers, a real number finds masked ones."""
    if phone.kind is PhoneKind.MASKED:
        pattern = f"{phone.prefix}????{phone.suffix}"
        return _live(select(Customer).where(Customer.phone_key.op("GLOB")(pattern)))
    if phone.kind is PhoneKind.MOBILE:
        return _live(select(Customer).where(Customer.phone == mask_phone(phone.text)))
    return None


def _relatives(phone: Phone) -> Select[CustomerRelative, Customer]:
    query = select(CustomerRelative, Customer).join(
        Customer, Customer.id == CustomerRelative.customer_id
    )
    if phone.key is not None:
        query = query.where(CustomerRelative.phone_key == phone.key)
    else:
        query = query.where(CustomerRelative.phone == phone.text)
    return query.where(Customer.anonymised_at.is_(None)).order_by(
        Customer.last_contact_at.desc(), Customer.id
    )


def _relation_label(relation: str) -> str:
    try:
        return Relation(relation).label
    except ValueError:
        return relation or Relation.OTHER.label


def lookup_phone(
    session: Session, actor: Actor, text: str, *, now: datetime | None = None
) -> PhoneLookup:
    """判客: the customers (or their relatives) this phone belongs to, exact matches first."""
    actor.require_any(Action.REGISTER_VISIT, Action.VIEW_CUSTOMERS)
    try:
        phone = parse_phone(text)
    except PhoneError as exc:
        return PhoneLookup(None, exc.message, [])
    today = cs.rules(session).today(now)
    found: list[tuple[Customer, str, str, str]] = []  # customer, certainty, relation, relative
    for customer in session.scalars(_same_number(phone).order_by(Customer.id).limit(MAX_MATCHES)):
        found.append((customer, "exact", SELF_LABEL, ""))
    for relative, customer in session.execute(_relatives(phone).limit(MAX_MATCHES)):
        found.append((customer, "exact", _relation_label(relative.relation), relative.name))
    possible = _possible_numbers(phone)
    if possible is not None:
        for customer in session.scalars(possible.order_by(Customer.id).limit(MAX_MATCHES)):
            found.append((customer, "possible", SELF_LABEL, ""))
    seen: set[int] = set()
    unique: list[tuple[Customer, str, str, str]] = []
    for item in found:
        if item[0].id not in seen:
            seen.add(item[0].id)
            unique.append(item)
    unique = unique[:MAX_MATCHES]
    names = cs.staff_names(session, (c.owner_id for c, *_ in unique))
    matches = [
        PhoneMatch(
            customer_id=c.id,
            customer_name=c.name or UNNAMED,
            relation_label=relation,
            owner_id=c.owner_id,
            owner_name=names.get(c.owner_id, "") if c.owner_id is not None else "",
            in_pool=cs.in_pool(c, today),
            shown_phone=cs.shown_phone(actor, c),
            certainty=certainty,
            grade=c.grade,
            relative_name=relative_name,
        )
        for c, certainty, relation, relative_name in unique
    ]
    return PhoneLookup(phone, None, matches)


def _find_known(session: Session, phone: Phone) -> tuple[Customer | None, CustomerRelative | None]:
    customer = session.scalars(_same_number(phone).order_by(Customer.id).limit(1)).first()
    if customer is not None:
        return customer, None
    row = session.execute(_relatives(phone).limit(1)).first()
    if row is not None:
        return row[1], row[0]
    return None, None


def _referrer(session: Session, form: VisitForm, phone: Phone) -> Customer | None:
    if not form.referrer_phone.strip():
        return None
    referrer_phone = parse_phone(form.referrer_phone)  # validate_visit checked it
    if referrer_phone.key == phone.key:
        raise ValidationError({"referrer_phone": "推荐人不能是客户本人"})
    referrer = session.scalars(_same_number(referrer_phone).limit(1)).first()
    if referrer is None:
        raise ValidationError({"referrer_phone": "推荐人手机号还不是本案场的客户，请核对"})
    return referrer


def register_visit(
    session: Session, actor: Actor, form: VisitForm, *, now: datetime | None = None
) -> VisitResult:
    """Register a visit or call: a known phone (or a linked relative's) is a return visit on that
    customer, never a new record; a protected customer goes to their owner, a pool customer and a
    new one to `form.consultant_id`. First and pool visits count on today's rotation."""
    actor.require(Action.REGISTER_VISIT)
    rule = cs.rules(session)
    errors = validate_visit(form, cs.options(session))
    if errors:
        raise ValidationError(errors)
    at = aware_utc(now)
    today = rule.today(at)
    phone = parse_phone(form.phone)
    customer, relative = _find_known(session, phone)
    created = customer is None
    pool = customer is not None and cs.in_pool(customer, today)
    owner = session.get(User, customer.owner_id) if customer and customer.owner_id else None
    if customer is not None and not pool and (owner is None or not owner.is_active):
        pool = True  # the owner has left: the visitor is served like a pool customer

    if not pool and owner is not None:
        consultant = owner
    else:
        if form.consultant_id is None:
            raise ValidationError({"consultant_id": "请选择接待顾问"})
        consultant = cs.require_consultant(session, form.consultant_id)

    referrer = _referrer(session, form, phone) if created else None
    name = " ".join(form.name.split())
    if customer is None:
        customer = Customer(
            channel=form.channel.strip(),
            awareness=form.awareness.strip(),
            grade=Grade.C.value,
            consent_at=at,
            marketing_opt_in=form.marketing_opt_in,
            created_by_id=actor.user_id,
            referrer_id=referrer.id if referrer is not None else None,
        )
        cs.set_name(customer, name)
        cs.set_phone(customer, phone)
        try:
            with session.begin_nested():  # a clash undoes only this insert
                session.add(customer)
                session.flush()
        except IntegrityError as exc:  # another desk registered the number a moment ago
            raise ConflictError("这个手机号刚被登记为客户，请重新判客后再登记") from exc
        cs.set_owner(
            session, actor, customer, consultant.id, kind="register", today=today, rule=rule
        )
    else:
        if customer.consent_at is None:
            customer.consent_at = at
        if form.marketing_opt_in:
            customer.marketing_opt_in = True
        if name and not customer.name and relative is None:
            cs.set_name(customer, name)
        if pool:
            cs.set_owner(
                session,
                actor,
                customer,
                consultant.id,
                kind="visit",
                reason="公客池客户来访",
                today=today,
                rule=rule,
            )

    kind = VisitKind.FIRST if created and form.kind is not VisitKind.RETURN else VisitKind.RETURN
    note = form.note.strip()
    if relative is not None:
        who = f"{_relation_label(relative.relation)}{relative.name or ''}"
        note = f"亲属来访（{who}，{mask_phone(relative.phone)}）" + (f"：{note}" if note else "")
    visit = Visit(
        customer_id=customer.id,
        visited_at=at,
        kind=kind.value,
        party_size=form.party_size,
        channel=form.channel.strip(),
        awareness=form.awareness.strip(),
        consultant_id=consultant.id,
        note=note,
    )
    session.add(visit)
    cs.record_contact(customer, at=at, kind="visit", rule=rule)
    session.flush()
    if created or pool:
        rotation.record_reception(session, user_id=consultant.id, visit=visit, day=today, at=at)
    if referrer is not None and rule.points_visit > 0:
        cs.award_referral_points(
            session,
            actor,
            referrer_id=referrer.id,
            referred_id=customer.id,
            points=rule.points_visit,
            kind="visit",
            note=f"推荐的 {customer.name or UNNAMED} 首次到访",
        )
    session.flush()
    return VisitResult(
        customer_id=customer.id,
        visit_id=visit.id,
        created=created,
        kind=kind,
        consultant_id=consultant.id,
        consultant_name=consultant.display_name,
    )
