"""应收款: what live deals still owe, overdue days, aging buckets (DOMAIN §12) and the accrued
late-payment penalty (DOMAIN §7) as of today. A 按揭 installment past due is a loan chase with
the bank, not an overdue; an unpaid 定金 is 定金未到 (the 认购 is not yet bound), not an overdue
debt either (core.money.NEVER_OVERDUE); an installment counted from a 签约 not yet recorded has
no date (core.plans.UNDATED), shows "签约后 N 天" and is never overdue.

Two queries whatever the size: the outstanding installments, and the receipts of the overdue
ones (for the penalty). Rows are built from plain tuples; no ORM object is loaded.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Aging, Nature
from anjia_desk.core.money import (
    accrued_penalty,
    aging_bucket,
    bears_penalty,
    days_overdue,
    is_overdue,
    loan_late,
)
from anjia_desk.core.plans import UNDATED, Anchor, due_text
from anjia_desk.core.roles import Action
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, Customer, Deal, Installment, Project, Receipt, Unit, User
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
    with _collector_paused():
        rows = [row for _project, row in receivable_rows(session, query, today)]
    rows.sort(key=most_overdue_first)
    by_bucket = dict.fromkeys(Aging, _ZERO)
    total = overdue = penalty = loans = _ZERO
    for row in rows:
        total += row.outstanding
        if row.bucket is not None:
            overdue += row.outstanding
            by_bucket[row.bucket] += row.outstanding
            penalty += row.penalty
        elif row.loan_late:
            loans += row.outstanding
    return ReceivableSummary(
        rows=rows,
        total_outstanding=total,
        total_overdue=overdue,
        total_penalty=penalty,
        by_bucket=by_bucket,
        loan_late=loans,
        as_of=today,
    )


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
            Installment.nature,
            Installment.due_on,
            Installment.amount,
            Installment.paid,
            Deal.penalty_per_10k,
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


def _payments(session: Session, ids: list[int]) -> dict[int, list[tuple[date, Decimal]]]:
    """The dated payments (receipts not voided) of the installments `ids`: one query, or one
    per IDS_PER_QUERY ids."""
    paid: dict[int, list[tuple[date, Decimal]]] = {}
    for start in range(0, len(ids), IDS_PER_QUERY):
        statement = select(Receipt.installment_id, Receipt.paid_on, Receipt.amount).where(
            Receipt.installment_id.in_(ids[start : start + IDS_PER_QUERY]),
            Receipt.voided_at.is_(None),
        )
        for installment_id, paid_on, amount in session.connection().execute(statement):
            assert installment_id is not None  # matched by IN
            paid.setdefault(installment_id, []).append((paid_on, amount))
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
    where, customers = _filters(query, today, _Window(due_from, due_to))
    raw = session.connection().execute(_rows_statement(where, customers)).all()
    # Only an overdue installment already partly paid has payments that change its penalty.
    partly_paid = [
        row[0]
        for row in raw
        if row[10] < today and bears_penalty(_NATURES[row[9]]) and row[12] > _ZERO
    ]
    paid = _payments(session, partly_paid) if partly_paid else {}
    no_payments: list[tuple[date, Decimal]] = []
    new = object.__new__
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
        kind = _NATURES[nature]
        overdue = is_overdue(nature=kind, outstanding=outstanding, due_on=due_on, today=today)
        if overdue:
            days = days_overdue(due_on, today)
            bucket = aging_bucket(days)
            penalty = accrued_penalty(
                amount=amount,
                due_on=due_on,
                payments=paid.get(installment_id, no_payments),
                per_10k=per_10k,
                as_of=today,
            )
            late = False
        else:
            days, bucket, penalty = 0, None, _ZERO
            late = loan_late(nature=kind, outstanding=outstanding, due_on=due_on, today=today)
        # Counted from a 签约 not yet recorded: no date yet (never overdue: UNDATED > today).
        undated = due_on == UNDATED
        # A frozen dataclass's __init__ sets each field through object.__setattr__: filling the
        # instance's dict directly builds the same object several times faster (tens of
        # thousands of rows).
        row: ReceivableRow = new(ReceivableRow)
        row.__dict__.update(
            installment_id=installment_id,
            deal_id=deal_id,
            unit_label=unit_label(building, stairwell, room),
            buyer_name=buyer,
            consultant_name=consultant or "",
            name=name,
            nature=kind,
            due_on=None if undated else due_on,
            amount=amount,
            paid=paid_amount,
            outstanding=outstanding,
            days_overdue=days,
            bucket=bucket,
            loan_late=late,
            penalty=penalty,
            due_text=due_text(Anchor.SIGN, due_days, due_on) if undated else "",
        )
        yield project, row
