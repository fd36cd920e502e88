"""应收款: what live deals still owe, overdue days, aging buckets (DOMAIN §12) and the accrued
late-payment penalty (DOMAIN §7) as of today. A 按揭 installment past due is a loan chase with
the bank, not an overdue; an unpaid 定金 is 定金未到 (the 认购 is not yet bound), not an overdue
debt either (core.money.NEVER_OVERDUE); an installment counted from a 签约 not yet recorded has
no date (core.plans.UNDATED), shows "签约后 N 天" and is never overdue.

Two queries whatever the size: the outstanding installments, and the receipts of the overdue
ones already partly paid (for the penalty). No ORM object is loaded: amounts are read as whole
fen (db.types.in_fen), added and compared as ints, the penalty is core.money's in whole numbers
(accrued_penalty_fen), and each row is a named tuple made whole, its amounts the Decimals a
Money column reads.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Select, String, or_, select, type_coerce
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Aging, Nature
from anjia_desk.core.money import accrued_penalty_fen, aging_bucket, bears_penalty
from anjia_desk.core.plans import UNDATED, Anchor, due_text
from anjia_desk.core.roles import Action
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, Customer, Deal, Installment, Project, Receipt, Unit, User
from anjia_desk.db.types import from_fen, in_fen
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import ReceivableQuery, ReceivableRow, ReceivableSummary
from anjia_desk.services.settings import office_today

_LOAN = Nature.LOAN.value
_NATURES = {nature.value: nature for nature in Nature}  # a dict lookup, 5× cheaper than Nature(v)
_ZERO = Decimal(0)

#: Days overdue of each aging bucket, inclusive (None: no upper end).
BUCKET_DAYS: dict[Aging, tuple[int, int | None]] = {
    Aging.D1_15: (1, 15),
    Aging.D16_30: (16, 30),
    Aging.D31_45: (31, 45),
    Aging.D46_60: (46, 60),
    Aging.D61_90: (61, 90),
    Aging.OVER_90: (91, None),
}


def receivables(
    session: Session, actor: Actor, query: ReceivableQuery, *, now: datetime | None = None
) -> ReceivableSummary:
    """Outstanding installments of live deals matching `query`, most days overdue first, with
    the totals of the rows shown."""
    actor.require(Action.VIEW_RECEIVABLES)
    today = office_today(session, now)
    totals = _Totals()
    with _collector_paused():
        built = _build(session, query, today, _Window(), totals)
        built.sort(key=_first)  # most_overdue_first, as one int per row
        rows = list(map(_third, built))
    return ReceivableSummary(
        rows=rows,
        total_outstanding=_total(totals.outstanding),
        total_overdue=_total(totals.overdue),
        total_penalty=from_fen(totals.penalty) if totals.overdue else _ZERO,
        by_bucket={bucket: _total(fen) for bucket, fen in totals.by_bucket.items()},
        loan_late=_total(totals.loan_late),
        as_of=today,
    )


@dataclass
class _Totals:
    """What _build adds up over its rows, in fen."""

    outstanding: int = 0
    overdue: int = 0
    penalty: int = 0
    loan_late: int = 0
    by_bucket: dict[Aging, int] = field(default_factory=lambda: dict.fromkeys(Aging, 0))


def _total(fen: int) -> Decimal:
    """A sum of outstanding amounts (each > 0) as the Decimal adding the rows' gives: 0 for
    none."""
    return from_fen(fen) if fen else _ZERO


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while the rows are made: tens of thousands of rows,
    amounts and tuples with no cycles, whose allocation set off collections over everything the
    process holds (a quarter of the view's time, measured)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def most_overdue_first(row: ReceivableRow) -> tuple[int, date, int]:
    """The view's order: most days overdue first, then by due date (those counted from a 签约
    not yet recorded last)."""
    return -row.days_overdue, row.due_on or UNDATED, row.installment_id


@dataclass(frozen=True)
class _Window:
    """Bounds on 应付日期 (the export's date range), inclusive."""

    due_from: date | None = None
    due_to: date | None = None


def _filters(
    query: ReceivableQuery, today: date, window: _Window
) -> tuple[list[ColumnElement[bool]], bool]:
    """The WHERE of the rows, and whether the customers table is needed (text search)."""
    where: list[ColumnElement[bool]] = [
        Installment.paid < Installment.amount,
        Deal.cancelled_at.is_(None),
    ]
    if query.project_id is not None:
        where.append(Deal.project_id == query.project_id)
    if not query.include_loans or query.overdue_only or query.bucket is not None:
        where.append(Installment.nature != _LOAN)
    if query.overdue_only or query.bucket is not None:
        where.append(Installment.nature != Nature.DEPOSIT.value)
    if query.overdue_only:
        where.append(Installment.due_on < today)
    if query.bucket is not None:
        low, high = BUCKET_DAYS[query.bucket]
        where.append(Installment.due_on <= today - timedelta(days=low))
        if high is not None:
            where.append(Installment.due_on >= today - timedelta(days=high))
    if window.due_from is not None:
        where.append(Installment.due_on >= window.due_from)
    if window.due_to is not None:
        where.append(Installment.due_on <= window.due_to)
    needle = query.text.strip()
    if needle:
        label = Building.name + Unit.stairwell + Unit.room
        where.append(
            or_(
                Deal.buyer_name.contains(needle, autoescape=True),
                Customer.name.contains(needle, autoescape=True),
                label.contains(needle, autoescape=True),
            )
        )
    return where, bool(needle)


def _rows_statement(where: list[ColumnElement[bool]], customers: bool) -> Select[*tuple[Any, ...]]:
    statement = (
        select(
            Installment.id,
            Installment.deal_id,
            Project.name,
            Building.name,
            Unit.stairwell,
            Unit.room,
            Deal.buyer_name,
            User.display_name,
            Installment.name,
            type_coerce(Installment.nature, String),  # the plain value: mapped below, once
            Installment.due_on,
            in_fen(Installment.amount),
            in_fen(Installment.paid),
            in_fen(Deal.penalty_per_10k),  # hundredths of ‱
            Installment.due_days,
        )
        .select_from(Installment)
        .join(Deal, Deal.id == Installment.deal_id)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Project, Project.id == Deal.project_id)
        .outerjoin(User, User.id == Deal.consultant_id)
    )
    if customers:
        statement = statement.join(Customer, Customer.id == Deal.customer_id)
    # By id: SQLite then reads the installments table straight through (ordering by due date
    # walks its index and fetches every row by rowid, 3× slower); the view sorts the rows.
    return statement.where(*where).order_by(Installment.id)


#: Installment ids per query for their receipts (well under SQLite's bound parameters limit).
IDS_PER_QUERY = 10_000


def payments_of(session: Session, ids: list[int]) -> dict[int, list[tuple[int, int]]]:
    """The payments (receipts not voided) of the installments `ids` as (day's ordinal, fen):
    one query, or one per IDS_PER_QUERY ids."""
    paid: dict[int, list[tuple[int, int]]] = {}
    for start in range(0, len(ids), IDS_PER_QUERY):
        statement = select(Receipt.installment_id, Receipt.paid_on, in_fen(Receipt.amount)).where(
            Receipt.installment_id.in_(ids[start : start + IDS_PER_QUERY]),
            Receipt.voided_at.is_(None),
        )
        for installment_id, paid_on, amount in session.connection().execute(statement):
            assert installment_id is not None  # matched by IN
            paid.setdefault(installment_id, []).append((paid_on.toordinal(), amount))
    return paid


def receivable_rows(
    session: Session,
    query: ReceivableQuery,
    today: date,
    *,
    due_from: date | None = None,
    due_to: date | None = None,
) -> Iterator[tuple[str, ReceivableRow]]:
    """(project name, row) of each outstanding installment matching `query`, in id order (no
    permission check: for the view above and the export, which check theirs)."""
    with _collector_paused():
        built = _build(session, query, today, _Window(due_from, due_to))
    for _key, project, row in built:
        yield project, row


#: (sort key, project name, row): what _build makes per row.
_Built = tuple[int, str, ReceivableRow]
_first = itemgetter(0)
_third = itemgetter(2)
#: core.money.aging_bucket by days overdue, 1 to 91 (index 0 unused; 91 and beyond: >90).
_AGING_BY_DAYS = [aging_bucket(max(days, 1)) or Aging.OVER_90 for days in range(92)]
_ID_BITS = 40  # installment ids below 2**40 (a trillion)
_ORDINALS = UNDATED.toordinal() + 1  # any date's ordinal is below this


def _build(
    session: Session,
    query: ReceivableQuery,
    today: date,
    window: _Window,
    totals: _Totals | None = None,
) -> list[_Built]:
    """The rows of `query` in id order, each with its most_overdue_first order as one int (no
    tuples to compare when sorting); their sums added to `totals`. Amounts are added and
    compared as int fen; only the row's own fields become Decimal (the same values a Money
    column reads, each amount made once)."""
    where, customers = _filters(query, today, window)
    raw = session.connection().execute(_rows_statement(where, customers)).all()
    natures = _NATURES
    # Only an overdue installment already partly paid has payments that change its penalty.
    penalty_natures = frozenset(nature.value for nature in Nature if bears_penalty(nature))
    partly_paid = [
        row[0] for row in raw if row[12] > 0 and row[10] < today and row[9] in penalty_natures
    ]
    paid = payments_of(session, partly_paid) if partly_paid else {}
    no_payments: list[tuple[int, int]] = []
    today_ordinal = today.toordinal()
    undated = UNDATED
    loan = _LOAN
    no_penalty = Decimal("0.00")  # what accrued_penalty gives when nothing accrued
    money: dict[int, Decimal] = {}  # each amount made once (a plan's shares repeat)
    aging = _AGING_BY_DAYS
    last_bucket = len(aging) - 1
    new_row = tuple.__new__  # ReceivableRow(...) checks its arguments in Python: 3× slower
    nothing = from_fen(0)
    built: list[_Built] = []
    append = built.append
    by_bucket = dict.fromkeys(Aging, 0)
    total = overdue = penalties = loans = 0  # fen
    for (
        installment_id,
        deal_id,
        project,
        building,
        stairwell,
        room,
        buyer,
        consultant,
        name,
        nature,
        due_on,
        amount,
        paid_amount,
        per_10k,
        due_days,
    ) in raw:
        outstanding = amount - paid_amount
        due = due_on.toordinal()
        days = today_ordinal - due
        if days > 0 and outstanding > 0 and nature in penalty_natures:  # core.money.is_overdue
            bucket = aging[days if days < last_bucket else last_bucket]
            penalty = accrued_penalty_fen(
                amount=amount,
                due=due,
                payments=paid.get(installment_id, no_payments),
                per_10k=per_10k,
                as_of=today_ordinal,
            )
            penalty_d = from_fen(penalty) if penalty else no_penalty
            late = False
            overdue += outstanding
            by_bucket[bucket] += outstanding
            penalties += penalty
        else:
            days, bucket, penalty_d = 0, None, _ZERO
            late = nature == loan and outstanding > 0 and due < today_ordinal  # loan_late
            if late:
                loans += outstanding
        total += outstanding
        amount_d = money.get(amount)
        if amount_d is None:
            amount_d = money[amount] = from_fen(amount)
        if paid_amount:
            paid_d = money.get(paid_amount)
            if paid_d is None:
                paid_d = money[paid_amount] = from_fen(paid_amount)
            outstanding_d = money.get(outstanding)
            if outstanding_d is None:
                outstanding_d = money[outstanding] = from_fen(outstanding)
        else:  # nothing paid yet: what Money reads for 0, and the whole amount outstanding
            paid_d, outstanding_d = nothing, amount_d
        row = new_row(
            ReceivableRow,
            (
                installment_id,
                deal_id,
                unit_label(building, stairwell, room),
                buyer,
                consultant or "",
                name,
                natures[nature],
                None if due_on == undated else due_on,  # counted from a 签约 not yet recorded
                amount_d,
                paid_d,
                outstanding_d,
                days,
                bucket,
                late,
                penalty_d,
                due_text(Anchor.SIGN, due_days, due_on) if due_on == undated else "",
            ),
        )
        key = (((_ORDINALS - days) * _ORDINALS + due) << _ID_BITS) | installment_id
        append((key, project, row))
    if totals is not None:
        totals.outstanding += total
        totals.overdue += overdue
        totals.penalty += penalties
        totals.loan_late += loans
        for bucket, fen in by_bucket.items():
            totals.by_bucket[bucket] += fen
    return built
