"""来访登记 and 判客: who a phone belongs to as it is typed, and registering a visit or call
without ever creating a duplicate customer (DOMAIN §2, §10, §13) — nor making two people one: a
masked or former number is only a possible match, which the receptionist confirms or rejects
(services.phone_matches)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from anjia_desk.core.customers import UNNAMED, Grade, Relation, VisitForm, VisitKind, validate_visit
from anjia_desk.core.errors import ConflictError, ValidationError
from anjia_desk.core.phones import Phone, PhoneError, PhoneKind, mask_phone, parse_phone
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.db.models import (
    Customer,
    CustomerRelative,
    PhoneChange,
    User,
    Visit,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import customer_state as cs
from anjia_desk.services import lookup_guard as guard
from anjia_desk.services import phone_matches as matching
from anjia_desk.services import rotation
from anjia_desk.services.context import Actor
from anjia_desk.services.referrer_lookup import find_referrer

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
    #: "exact" (this number), "possible" (a masked number that may be it) or "former" (a
    #: number the customer had before a change of phone, 曾用号码): services.phone_matches.
    certainty: str
    grade: str
    relative_name: str = ""
    changed_on: date | None = None  # "former": the office day the customer changed away from it

    @property
    def exact(self) -> bool:
        return self.certainty == matching.EXACT

    @property
    def former(self) -> bool:
        return self.certainty == matching.FORMER

    @property
    def via_relative(self) -> bool:
        return self.relation_label != SELF_LABEL


@dataclass(frozen=True)
class PhoneLookup:
    phone: Phone | None
    error: str | None
    matches: list[PhoneMatch]
    #: Seconds the next lookup must wait (issue 14: beyond the limit without a registration).
    wait_next: float = 0.0

    @property
    def known(self) -> PhoneMatch | None:
        """The customer a registration with this phone goes to (the first exact match)."""
        return next((m for m in self.matches if m.exact), None)

    @property
    def to_confirm(self) -> list[PhoneMatch]:
        """Without an exact match, the customers the receptionist must confirm or reject."""
        if self.known is not None:
            return []
        return [m for m in self.matches if not m.exact]


@dataclass(frozen=True)
class VisitResult:
    customer_id: int
    visit_id: int
    created: bool
    kind: VisitKind
    consultant_id: int
    consultant_name: str


def _relation_label(relation: str) -> str:
    try:
        return Relation(relation).label
    except ValueError:
        return relation or Relation.OTHER.label


def _match(
    actor: Actor, item: matching.Candidate, names: dict[int, str], today: date, zone: ZoneInfo
) -> PhoneMatch:
    c, relative = item.customer, item.relative
    changed = matching.changed_at(item)
    return PhoneMatch(
        customer_id=c.id,
        customer_name=c.name or UNNAMED,
        relation_label=_relation_label(relative.relation) if relative is not None else SELF_LABEL,
        owner_id=c.owner_id,
        owner_name=names.get(c.owner_id, "") if c.owner_id is not None else "",
        in_pool=cs.in_pool(c, today),
        shown_phone=cs.shown_phone(actor, c),
        certainty=item.certainty,
        grade=c.grade,
        relative_name=relative.name if relative is not None else "",
        changed_on=changed.astimezone(zone).date() if changed is not None else None,
    )


def lookup_phone(
    session: Session, actor: Actor, text: str, *, now: datetime | None = None
) -> PhoneLookup:
    """判客: the customers (or their relatives) this phone belongs to, exact matches first, then
    those it may be (a masked number's fits, a former number's customer)."""
    actor.require_any(Action.REGISTER_VISIT, Action.VIEW_CUSTOMERS)
    try:
        phone = parse_phone(text)
    except PhoneError as exc:
        return PhoneLookup(None, exc.message, [])
    admission = guard.admit(session, actor, now=now)  # LookupWait: too soon, nothing looked up
    rule = cs.rules(session)
    today = rule.today(now)
    found = matching.candidates(session, phone, limit=MAX_MATCHES)
    names = cs.staff_names(session, (item.customer.owner_id for item in found))
    matches = [_match(actor, item, names, today, rule.zone) for item in found]
    known = next((item for item in found if item.certainty == matching.EXACT), None)
    wait = guard.note(
        session,
        actor,
        admission,
        summary=_lookup_summary(actor, phone, found, known),
        customer_id=known.customer.id if known is not None else None,
    )
    return PhoneLookup(phone, None, matches, wait_next=wait)


def _lookup_summary(
    actor: Actor, phone: Phone, found: list[matching.Candidate], known: matching.Candidate | None
) -> str:
    """判客's audit line: the number as typed only when it is a customer's the actor may see in
    full (their own), masked otherwise; what was found, by record number (no names)."""
    own = (
        known is not None
        and known.relative is None
        and cs.shown_phone(actor, known.customer) == phone.text
    )
    shown = phone.text if own else mask_phone(phone.text)
    if known is not None:
        via = "（亲属的号码）" if known.relative is not None else ""
        outcome = f"已是客户（编号 {known.customer.id}）{via}"
    elif found:
        ids = "、".join(str(item.customer.id) for item in found[:5])
        more = "等" if len(found) > 5 else ""
        outcome = f"可能是 {len(found)} 位客户（编号 {ids}{more}），待确认"
    else:
        outcome = "不是已有客户"
    return f"判客 {shown}：{outcome}"


def _find_known(session: Session, phone: Phone) -> tuple[Customer | None, CustomerRelative | None]:
    first = next(iter(matching.exact(session, phone, limit=1)), None)
    return (first.customer, first.relative) if first is not None else (None, None)


def _confirmed(
    session: Session, actor: Actor, form: VisitForm, phone: Phone
) -> matching.Candidate | None:
    """The customer the receptionist confirmed this phone to be, None when they said it is a new
    person (or nobody fits). Undecided while somebody fits: refused, saying who may be meant."""
    if form.same_customer_id is not None:
        chosen = matching.possible(session, phone, limit=1, customer_id=form.same_customer_id)
        if not chosen:
            raise ValidationError({"same_customer_id": "所选客户与这个号码不符，请重新判客"})
        return chosen[0]
    if form.new_customer:
        return None
    fits = matching.possible(session, phone, limit=MAX_MATCHES)
    if not fits:
        return None
    names = "、".join(
        f"{c.customer.name or UNNAMED}（{cs.shown_phone(actor, c.customer)}）" for c in fits[:3]
    )
    more = f"等 {len(fits)} 位" if len(fits) > 3 else ""
    raise ValidationError(
        {
            "same_customer_id": f"这个号码可能是已有客户 {names}{more}："
            "请确认是同一人，或登记为新客户"
        }
    )


def _confirm_notes(
    session: Session, actor: Actor, customer: Customer, chosen: matching.Candidate, phone: Phone,
    name: str, at: datetime,
) -> list[str]:  # fmt: skip
    """What a confirmed match changes on the record, said in the visit's note. The record's name
    is never overwritten; a channel's masked number gets the real number typed now."""
    notes: list[str] = []
    if chosen.certainty == matching.FORMER:
        notes.append(f"以曾用号码 {mask_phone(phone.text)} 登记，前台确认是同一人")
    else:
        notes.append(f"以 {mask_phone(phone.text)} 登记，前台确认是同一人")
    if (
        chosen.relative is None
        and phone.kind is PhoneKind.MOBILE
        and customer.phone_kind == PhoneKind.MASKED
    ):
        change = PhoneChange(
            customer_id=customer.id,
            user_id=actor.user_id,
            old_phone=customer.phone,
            new_phone=phone.text,
            reason="来访登记时确认是同一人，补全渠道隐号的真实号码",
            created_at=at,
        )
        try:
            with session.begin_nested():  # another desk may have registered the number meanwhile
                session.add(change)
                cs.set_phone(customer, phone)
                session.flush()
        except IntegrityError as exc:
            raise ConflictError("这个手机号刚被登记为另一位客户，请重新判客后再登记") from exc
    if name and customer.name and name != customer.name and chosen.relative is None:
        notes.append(f"登记时所填姓名“{name}”与档案不同，档案姓名未改")
    return notes


def _referrer(
    session: Session, actor: Actor, form: VisitForm, phone: Phone, at: datetime
) -> Customer | None:
    """The referrer typed on the form: a lookup like 判客, audited and counted even when the
    registration is refused (services.referrer_lookup)."""
    if not form.referrer_phone.strip():
        return None
    referrer_phone = parse_phone(form.referrer_phone)  # validate_visit checked it
    if referrer_phone.key == phone.key:
        raise ValidationError({"referrer_phone": "推荐人不能是客户本人"})
    referrer = find_referrer(session, actor, referrer_phone, now=at)
    if referrer is None:
        raise ValidationError({"referrer_phone": "推荐人手机号还不是本案场的客户，请核对"})
    return referrer


def register_visit(
    session: Session, actor: Actor, form: VisitForm, *, now: datetime | None = None
) -> VisitResult:
    """Register a visit or call: a known phone (or a linked relative's) is a return visit on that
    customer, never a new record; a phone that only may be a customer's (masked, former) needs
    the receptionist's word — `form.same_customer_id` or `form.new_customer` — and is refused
    without it. A protected customer goes to their owner, a pool customer and a new one to
    `form.consultant_id`. First and pool visits count on today's rotation."""
    actor.require(Action.REGISTER_VISIT)
    rule = cs.rules(session)
    errors = validate_visit(form, cs.options(session))
    if errors:
        raise ValidationError(errors)
    at = aware_utc(now)
    today = rule.today(at)
    phone = parse_phone(form.phone)
    name = clean_name(form.name)
    customer, relative = _find_known(session, phone)
    remarks: list[str] = []
    if customer is None:
        chosen = _confirmed(session, actor, form, phone)
        if chosen is not None:
            customer, relative = chosen.customer, chosen.relative
            remarks = _confirm_notes(session, actor, customer, chosen, phone, name, at)
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

    referrer = _referrer(session, actor, form, phone, at) if created else None
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
    typed = clean_note(form.note)
    note = "；".join([*remarks, typed] if typed else remarks)
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
    guard.registered(session, actor)  # the lookups before this registration are accounted for
    return VisitResult(
        customer_id=customer.id,
        visit_id=visit.id,
        created=created,
        kind=kind,
        consultant_id=consultant.id,
        consultant_name=consultant.display_name,
    )
