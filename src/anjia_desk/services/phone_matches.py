"""判客's candidates: who a typed phone may belong to, and how sure the office can be (issue 13).

- **exact**: a real number that is a customer's (or a linked relative's) identity, or the very
  text of a portal's virtual number. A registration with it goes to that customer, as always.
- **possible**: a channel's masked number (137****0000) identifies nobody for sure. It *may* be a
  customer whose number shows the same first three and last four digits — a real number, or the
  same masked text reported earlier, perhaps for someone else. A real number typed likewise may
  be a customer the channel reported masked. The receptionist confirms or rejects.
- **former**: a real number a customer had before a change of phone (曾用号码). Numbers are
  reissued by the carriers, so this is confirmed or rejected too.

Nothing here writes; services.reception registers the visit on what the receptionist decided,
and an import of customers (services.import_customers) names a new row's possible matches in its
report: rows with real numbers become new customers, never merged into a masked record.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from anjia_desk.core.phones import Phone, PhoneKind, mask_phone
from anjia_desk.db.models import Customer, CustomerRelative, PhoneChange
from anjia_desk.db.portable import prefix_range
from anjia_desk.db.types import aware_utc

EXACT = "exact"
POSSIBLE = "possible"
FORMER = "former"


@dataclass(frozen=True)
class Candidate:
    """A customer the phone may belong to: through a relative, or through a former number."""

    customer: Customer
    certainty: str  # EXACT, POSSIBLE or FORMER
    relative: CustomerRelative | None = None
    change: PhoneChange | None = None  # FORMER: the change away from the typed number


def _live(query: Select[Customer]) -> Select[Customer]:
    return query.where(Customer.anonymised_at.is_(None))


def same_number(phone: Phone) -> Select[Customer]:
    """Customers identified by exactly this number: the real number's key, or the text of a
    virtual number (a masked number identifies nobody: see `possible`)."""
    if phone.key is not None:
        return _live(select(Customer).where(Customer.phone_key == phone.key))
    return _live(select(Customer).where(Customer.phone == phone.text))


def _relatives(condition: ColumnElement[bool]) -> Select[CustomerRelative, Customer]:
    """Relatives meeting `condition`, with their customer (live ones, the latest contact first)."""
    return (
        select(CustomerRelative, Customer)
        .join(Customer, Customer.id == CustomerRelative.customer_id)
        .where(condition, Customer.anonymised_at.is_(None))
        .order_by(Customer.last_contact_at.desc(), Customer.id)
    )


def _fits(column: InstrumentedAttribute[str | None], phone: Phone) -> ColumnElement[bool]:
    """A real number in `column` shows the masked number's first 3 and last 4 digits: a range on
    the column's index, then a LIKE with one `_` per hidden digit (the same on both engines)."""
    hidden = column.like(f"{phone.prefix}____{phone.suffix}")
    return and_(prefix_range(column, phone.prefix), hidden)


def exact(session: Session, phone: Phone, *, limit: int) -> list[Candidate]:
    """Customers whose identity this phone is (themselves first, then through a relative)."""
    if phone.kind is PhoneKind.MASKED:
        return []
    found = [
        Candidate(c, EXACT)
        for c in session.scalars(same_number(phone).order_by(Customer.id).limit(limit))
    ]
    same = (
        CustomerRelative.phone_key == phone.key
        if phone.key is not None
        else CustomerRelative.phone == phone.text
    )
    for relative, customer in session.execute(_relatives(same).limit(limit)):
        found.append(Candidate(customer, EXACT, relative))
    return found


def possible(
    session: Session, phone: Phone, *, limit: int, customer_id: int | None = None
) -> list[Candidate]:
    """Customers this phone may be (masked fits and former numbers); only `customer_id` when
    given (is the one the receptionist chose still a candidate?)."""

    def only(query: Select[Customer]) -> Select[Customer]:
        if customer_id is not None:
            query = query.where(Customer.id == customer_id)
        return query.order_by(Customer.id).limit(limit)

    found: list[Candidate] = []
    if phone.kind is PhoneKind.MASKED:
        queries = [
            _live(select(Customer).where(Customer.phone == phone.text)),
            _live(select(Customer).where(_fits(Customer.phone_key, phone))),
        ]
        relatives = [
            _relatives(CustomerRelative.phone == phone.text),
            _relatives(_fits(CustomerRelative.phone_key, phone)),
        ]
    elif phone.kind is PhoneKind.MOBILE:
        queries = [_live(select(Customer).where(Customer.phone == mask_phone(phone.text)))]
        relatives = [_relatives(CustomerRelative.phone == mask_phone(phone.text))]
    else:
        return []
    for query in queries:
        found.extend(Candidate(c, POSSIBLE) for c in session.scalars(only(query)))
    for kin in relatives:
        if customer_id is not None:
            kin = kin.where(Customer.id == customer_id)
        for relative, customer in session.execute(kin.limit(limit)):
            found.append(Candidate(customer, POSSIBLE, relative))
    if phone.kind is PhoneKind.MOBILE:
        found.extend(_former(session, phone, limit=limit, customer_id=customer_id))
    return found


def _former(
    session: Session, phone: Phone, *, limit: int, customer_id: int | None
) -> list[Candidate]:
    """Customers who had this real number before a change of phone (the latest change first)."""
    query = (
        select(PhoneChange, Customer)
        .join(Customer, Customer.id == PhoneChange.customer_id)
        .where(PhoneChange.old_phone == phone.text, Customer.anonymised_at.is_(None))
        .where(Customer.phone.is_distinct_from(phone.text))
        .order_by(PhoneChange.id.desc())
        .limit(limit)
    )
    if customer_id is not None:
        query = query.where(Customer.id == customer_id)
    return [
        Candidate(customer, FORMER, change=change) for change, customer in session.execute(query)
    ]


def candidates(session: Session, phone: Phone, *, limit: int) -> list[Candidate]:
    """Every customer the phone may be, each once: exact matches first, at most `limit`."""
    seen: set[int] = set()
    unique: list[Candidate] = []
    for item in [*exact(session, phone, limit=limit), *possible(session, phone, limit=limit)]:
        if item.customer.id not in seen:
            seen.add(item.customer.id)
            unique.append(item)
    return unique[:limit]


def changed_at(candidate: Candidate) -> datetime | None:
    """When the customer changed away from the typed number (a FORMER candidate), in UTC."""
    return aware_utc(candidate.change.created_at) if candidate.change is not None else None


# --- many real numbers at once (an import)


def possible_for_numbers(
    session: Session,
    phones: Collection[str],
    owners: Callable[[Iterable[int | None]], dict[int, str]],
) -> dict[str, str]:
    """For real numbers nobody has yet (a file's new customers): the number → why it may be a
    customer already there (a masked record it fits, a customer who had it before), in Chinese,
    numbers masked. Reads the masked records and the phone history once, whatever the count."""
    if not phones:
        return {}
    masked = session.execute(
        select(Customer.id, Customer.name, Customer.phone, Customer.owner_id).where(
            Customer.phone_kind == PhoneKind.MASKED,
            Customer.anonymised_at.is_(None),
            Customer.phone.is_not(None),
        )
    ).all()
    former = session.execute(
        select(PhoneChange.old_phone, Customer.id, Customer.name, Customer.phone, Customer.owner_id)
        .join(Customer, Customer.id == PhoneChange.customer_id)
        .where(PhoneChange.old_phone.is_not(None), Customer.anonymised_at.is_(None))
        .order_by(PhoneChange.id)
    ).all()
    if not masked and not former:
        return {}
    names = owners([row.owner_id for row in masked] + [row.owner_id for row in former])

    def who(customer_id: int, name: str, phone: str | None, owner_id: int | None) -> str:
        owner = f"归属 {names[owner_id]}" if owner_id in names else "公客池"
        return f"“{name or '未留名'}”（编号 {customer_id}，{mask_phone(phone)}，{owner}）"

    fits: dict[str, list[str]] = {}
    for customer_id, name, phone, owner_id in masked:
        text = phone or ""
        fits.setdefault(text[:3] + text[-4:], []).append(who(customer_id, name, phone, owner_id))
    had: dict[str, list[str]] = {}
    for old, customer_id, name, phone, owner_id in former:
        had.setdefault(old or "", []).append(who(customer_id, name, phone, owner_id))
    found: dict[str, str] = {}
    for phone in phones:
        said = []
        fit = fits.get(phone[:3] + phone[-4:])
        if fit:
            said.append(f"前三后四位与渠道隐号客户{'、'.join(fit[:3])}相同")
        earlier = had.get(phone)
        if earlier:
            said.append(f"是客户{'、'.join(earlier[:3])}的曾用号码")
        if said:
            found[phone] = (
                "可能重复：" + "；".join(said) + "。已作为新客户导入，请核对；如是同一人，"
                "请在客户页用“合并客户…”合并"
            )
    return found
