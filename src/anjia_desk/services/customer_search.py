"""Search as you type in the customer list: the search text as one SQL condition.

What matches is the LIKE semantics the list always had (part of the name, pinyin initials, a
run of phone digits with the masking rule below); what changed in issue 13 is how the database
gets there over 100,000 customers without reading every row (PITFALLS.md: 35–40 ms a LIKE):

- part of the name (two characters or more): one of its two-character pieces is looked up in
  `customer_name_grams` (db.search_index) by equality, and only those customers are checked;
- pinyin initials: a range over the stored initials' index;
- four digits or more: the candidates holding the last four digits are read from an index
  instead of the table (every match holds them, the 7-digit masked form 138+5678 included) and
  checked with the full condition, masking and all. SQLite scans the phone column's own narrow
  index; PostgreSQL looks the digits up in the phone's trigram index (migration 0014_search);
- 11 digits: that number, from the phone index.
Fewer characters (one character, up to three digits) still read the table: they match too many
customers for an index to help. The names' structure and the answers are the same on SQLite
and PostgreSQL (issue 15; db.portable renders each engine's words). pg_trgm serves the phone
digits only, where benchmarks/pg_lists.py measured it ~40 times faster than reading the table:
it finds no trigram in the two-character names most searches are.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, String, and_, cast, false, func, or_, select
from sqlalchemy.orm import aliased

from anjia_desk.core.customers import may_see_phone
from anjia_desk.core.names import is_initials_query
from anjia_desk.core.phones import digits_query
from anjia_desk.db.models import Customer, customer_name_grams
from anjia_desk.db.portable import (
    contains_ignoring_case,
    prefix_range,
    read_from_index,
    starts_with_exactly,
)
from anjia_desk.db.search_index import GRAM
from anjia_desk.services.context import Actor

#: Digits from which the phone index narrows the candidates (fewer match too many customers).
NARROWED_DIGITS = 4


def sees_all_phones(actor: Actor) -> bool:
    return may_see_phone(actor.roles, is_owner=False, is_system=actor.is_system)


def _phones_holding(digits: str) -> ColumnElement[bool]:
    """The customer is among those whose phone holds these digits: read from an index alone
    (SQLite scans the narrow phone index instead of the whole table, PostgreSQL looks the
    digits up in the phone's trigram index)."""
    other = aliased(Customer)
    holding = select(other.id).where(
        read_from_index(other.phone), other.phone.contains(digits, autoescape=True)
    )
    return Customer.id.in_(holding)


def digits_clause(actor: Actor, digits: str) -> ColumnElement[bool]:
    """A run of phone digits: any run of the number (11 digits: that number) for those who see it
    in full (their own customers; the site manager everyone's); for others' customers only the
    digits a masked number shows (138****5678: the first three, the last four; 11 digits: those
    seven), so that searching cannot uncover a hidden number digit by digit (issue 14)."""
    own_only = Customer.owner_id == actor.user_id if actor.user_id is not None else false()
    if len(digits) == 11:
        # The number, or it with an extension (…转1234): both from the phone's index.
        number = or_(Customer.phone == digits, starts_with_exactly(Customer.phone, digits + "转"))
        if sees_all_phones(actor):
            return number
        # Issue 14 (enumeration): for others' customers a whole number matches only by what
        # their masked number shows (the first three and last four), so trying the 10,000
        # middle digits finds the same customers every time and tells nothing.
        shown_number = and_(
            _phones_holding(digits[-NARROWED_DIGITS:]),
            func.substr(Customer.phone, 1, 3) == digits[:3],
            func.substr(Customer.phone, 8, 4) == digits[7:],
        )
        return or_(and_(own_only, number), shown_number)
    anywhere = Customer.phone.contains(digits, autoescape=True)
    if sees_all_phones(actor):
        condition = anywhere
    else:
        shown: list[ColumnElement[bool]] = [
            func.substr(Customer.phone, 1, 3).contains(digits, autoescape=True),
            func.substr(Customer.phone, 8, 4).contains(digits, autoescape=True),
        ]
        if len(digits) == 7:  # what a masked number shows: 138 + 5678
            shown.append(
                and_(
                    func.substr(Customer.phone, 1, 3) == digits[:3],
                    func.substr(Customer.phone, 8, 4) == digits[3:],
                )
            )
        condition = or_(and_(own_only, anywhere), or_(*shown))
    if len(digits) < NARROWED_DIGITS:
        return condition
    # Every phone this matches holds the last four digits in a row (a masked 138****5678 shows
    # them as its last four): those candidates first, then the condition itself.
    return and_(_phones_holding(digits[-NARROWED_DIGITS:]), condition)


def initials_clause(text: str) -> ColumnElement[bool]:
    """Initials starting with `text` (letters, lowered): a range over their index. The stored
    initials are lower-case letters and digits, so the range is exactly the prefix."""
    return prefix_range(Customer.name_initials, text.lower())


def name_clause(text: str) -> ColumnElement[bool]:
    """Part of the name, as SQLite's LIKE finds it (ASCII letters in either case, on PostgreSQL
    too); from two characters on, among the customers whose name has the text's last two
    characters as a piece (db.search_index)."""
    like = contains_ignoring_case(Customer.name, text)
    if len(text) < GRAM:
        return like
    # Lowered by the database, as the stored pieces are (the cast: PostgreSQL wants the type).
    piece = func.lower(cast(text[-GRAM:], String))
    having = select(customer_name_grams.c.customer_id).where(customer_name_grams.c.gram == piece)
    return and_(Customer.id.in_(having), like)


def text_clause(actor: Actor, text: str) -> ColumnElement[bool] | None:
    """The search text as a condition: phone digits, pinyin initials or part of the name."""
    text = text.strip()
    if not text:
        return None
    digits = digits_query(text)
    if digits is not None:
        return digits_clause(actor, digits)
    if is_initials_query(text):
        return initials_clause(text)
    return name_clause(text)
