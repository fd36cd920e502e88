"""The figures of head office's workbooks (issue 19, DOMAIN §12), counted for the whole office
with the reports' event definitions (/work/reports_design.md, services.report_base): each stage
counts its own events by office day — 来访 (valid visits, 首访/复访), 认购 and 签约 (units and
price), 回款 (receipts not voided, by the day paid), 退房 (a 退房 or 解约 executed after 签约),
complaints taken in and closed. One grouped query per event over the days of the period
(bucket_of), so a month costs what a day costs; the per-week and per-period figures are sums of
the days'.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.changes import ChangeKind
from anjia_desk.core.customers import VisitKind
from anjia_desk.core.deals import Stage
from anjia_desk.core.report_periods import WEEKDAYS, ReportRange
from anjia_desk.core.report_values import Ratio
from anjia_desk.db.models import ChangeOrder, Complaint, Customer, Deal, Receipt, Visit
from anjia_desk.db.types import from_fen, in_fen
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.report_base import bucket_of, day_starts, within, within_days

#: A cell of a workbook: text, a count, money (Decimal), a fraction for a rate, or None.
Value = str | int | Decimal | None
NO_CHANNEL = "未填写"


@dataclass
class Figures:
    """One period's counts (money in fen)."""

    visits_first: int = 0
    visits_return: int = 0
    subscribed_units: int = 0
    subscribed_fen: int = 0
    signed_units: int = 0
    signed_fen: int = 0
    collected_count: int = 0
    collected_fen: int = 0
    cancelled_units: int = 0
    complaints_opened: int = 0
    complaints_closed: int = 0

    @property
    def visits(self) -> int:
        return self.visits_first + self.visits_return

    def add(self, other: Figures) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def values(self, prefix: str) -> dict[str, Value]:
        """The named cells of this period (core.head_office.INDICATORS)."""
        return {
            f"{prefix}_visits_first": self.visits_first,
            f"{prefix}_visits_return": self.visits_return,
            f"{prefix}_visits": self.visits,
            f"{prefix}_subscribed_units": self.subscribed_units,
            f"{prefix}_subscribed_amount": from_fen(self.subscribed_fen),
            f"{prefix}_signed_units": self.signed_units,
            f"{prefix}_signed_amount": from_fen(self.signed_fen),
            f"{prefix}_collected_count": self.collected_count,
            f"{prefix}_collected_amount": from_fen(self.collected_fen),
            f"{prefix}_cancelled_units": self.cancelled_units,
            f"{prefix}_complaints_opened": self.complaints_opened,
            f"{prefix}_complaints_closed": self.complaints_closed,
        }

    def row(self, label: str) -> list[Value]:
        """A row of the per-day / per-week tables (core.head_office _PER_DAY)."""
        return [
            label,
            self.visits_first,
            self.visits_return,
            self.visits,
            self.subscribed_units,
            from_fen(self.subscribed_fen),
            self.signed_units,
            from_fen(self.signed_fen),
            from_fen(self.collected_fen),
            self.cancelled_units,
            self.complaints_opened,
            self.complaints_closed,
        ]


def total(days: Iterable[Figures]) -> Figures:
    result = Figures()
    for day in days:
        result.add(day)
    return result


def day_label(day: date) -> str:
    """12-07 周一"""
    return f"{day:%m-%d} {WEEKDAYS[day.weekday()]}"


def valid_visit() -> ColumnElement[bool]:
    return Visit.invalid_reason.is_(None)


def refunded() -> ColumnElement[bool]:
    """退房: a 退房 or 解约 of a deal that had been signed (退定 is not 退房)."""
    return and_(
        ChangeOrder.kind.in_([ChangeKind.CANCEL.value, ChangeKind.TERMINATE.value]),
        ChangeOrder.stage_at_request != Stage.SUBSCRIBED.value,
        ChangeOrder.executed_at.is_not(None),
    )


def unsubscribed() -> ColumnElement[bool]:
    """退定: a deal ended before 签约 (reported apart from 退房)."""
    return and_(
        ChangeOrder.kind.in_([ChangeKind.UNSUBSCRIBE.value, ChangeKind.TERMINATE.value]),
        ChangeOrder.stage_at_request == Stage.SUBSCRIBED.value,
        ChangeOrder.executed_at.is_not(None),
    )


def per_day(session: Session, rng: ReportRange) -> list[Figures]:
    """The figures of each office day of `rng`, in order."""
    days = [Figures() for _ in rng.days]
    starts = day_starts(rng)

    def rows(column: Any, *aggregates: Any, where: Iterable[Any] = (), group: Any = None) -> Any:
        bucket = bucket_of(column, starts).label("bucket")
        keys = [bucket] if group is None else [bucket, group]
        query = select(*keys, *aggregates).where(within(column, rng), *where).group_by(*keys)
        return session.execute(query).all()

    for bucket, kind, count in rows(
        Visit.visited_at, func.count(Visit.id), where=[valid_visit()], group=Visit.kind
    ):
        if kind == VisitKind.FIRST.value:
            days[bucket].visits_first += count
        else:
            days[bucket].visits_return += count
    for bucket, count, fen in rows(
        Deal.subscribed_at, func.count(Deal.id), func.sum(in_fen(Deal.price))
    ):
        days[bucket].subscribed_units, days[bucket].subscribed_fen = count, int(fen or 0)
    for bucket, count, fen in rows(
        Deal.signed_at, func.count(Deal.id), func.sum(in_fen(Deal.price))
    ):
        days[bucket].signed_units, days[bucket].signed_fen = count, int(fen or 0)
    for bucket, count in rows(
        ChangeOrder.executed_at, func.count(ChangeOrder.id), where=[refunded()]
    ):
        days[bucket].cancelled_units = count
    for bucket, count in rows(Complaint.intake_at, func.count(Complaint.id)):
        days[bucket].complaints_opened = count
    for bucket, count in rows(Complaint.closed_at, func.count(Complaint.id)):
        days[bucket].complaints_closed = count
    paid = bucket_of(Receipt.paid_on, rng.days).label("bucket")
    for bucket, count, fen in session.execute(
        select(paid, func.count(Receipt.id), func.sum(in_fen(Receipt.amount)))
        .where(within_days(Receipt.paid_on, rng.first, rng.last), Receipt.voided_at.is_(None))
        .group_by(paid)
    ):
        days[bucket].collected_count, days[bucket].collected_fen = count, int(fen or 0)
    return days


def visits_by_channel(session: Session, rng: ReportRange) -> dict[str, tuple[int, int]]:
    """Valid visits of `rng` by channel ("" → 未填写): (首访, 复访)."""
    found: dict[str, list[int]] = {}
    for channel, kind, count in session.execute(
        select(Visit.channel, Visit.kind, func.count(Visit.id))
        .where(within(Visit.visited_at, rng), valid_visit())
        .group_by(Visit.channel, Visit.kind)
    ):
        pair = found.setdefault(channel or NO_CHANNEL, [0, 0])
        pair[0 if kind == VisitKind.FIRST.value else 1] += count
    return {channel: (pair[0], pair[1]) for channel, pair in found.items()}


def channel_table(session: Session, day: ReportRange, month: ReportRange) -> list[list[Value]]:
    """日报's channels: the day's and the month's 首访/复访 per channel, the month's busiest
    first (ties by name)."""
    today, to_date = visits_by_channel(session, day), visits_by_channel(session, month)
    order = sorted(to_date, key=lambda c: (-sum(to_date[c]), c))
    rows: list[list[Value]] = []
    for channel in order:
        first, again = today.get(channel, (0, 0))
        m_first, m_again = to_date[channel]
        rows.append([channel, first, again, first + again, m_first, m_again, m_first + m_again])
    return rows


def _by(session: Session, key: Any, *aggregates: Any, where: Iterable[Any]) -> dict[Any, Any]:
    query = select(key, *aggregates).where(*where).group_by(key)
    return {row[0]: row[1:] for row in session.execute(query)}


def consultant_table(session: Session, rng: ReportRange) -> list[list[Value]]:
    """周报's leaderboard: per consultant the visits received, 认购, 签约 (units, amount) and
    退房 of the period; by 签约金额, then 签约 units, then name. Visits and deals with no
    consultant are left out."""
    visits = _by(
        session,
        Visit.consultant_id,
        func.count(Visit.id),
        where=[within(Visit.visited_at, rng), valid_visit(), Visit.consultant_id.is_not(None)],
    )
    subscribed = _by(
        session,
        Deal.consultant_id,
        func.count(Deal.id),
        where=[within(Deal.subscribed_at, rng), Deal.consultant_id.is_not(None)],
    )
    signed = _by(
        session,
        Deal.consultant_id,
        func.count(Deal.id),
        func.sum(in_fen(Deal.price)),
        where=[within(Deal.signed_at, rng), Deal.consultant_id.is_not(None)],
    )
    refunds = {
        consultant: row
        for consultant, *row in session.execute(
            select(Deal.consultant_id, func.count(ChangeOrder.id))
            .join(Deal, Deal.id == ChangeOrder.deal_id)
            .where(within(ChangeOrder.executed_at, rng), refunded())
            .where(Deal.consultant_id.is_not(None))
            .group_by(Deal.consultant_id)
        )
    }
    people: set[int] = {int(p) for p in (*visits, *subscribed, *signed, *refunds)}
    names = staff_names(session, list(people))
    rows: list[list[Value]] = []
    for person in people:
        units, fen = signed.get(person, (0, 0))
        rows.append(
            [
                names.get(person, f"用户 {person}"),
                int(visits.get(person, (0,))[0]),
                int(subscribed.get(person, (0,))[0]),
                int(units),
                from_fen(int(fen or 0)),
                int(refunds.get(person, (0,))[0]),
            ]
        )
    rows.sort(key=lambda r: (-Decimal(str(r[4])), -int(str(r[3])), str(r[0])))
    return rows


def ratio_value(ratio: Ratio) -> Value:
    """A rate as a workbook holds it: the fraction (formatted 0.0% by the template), or "—"
    when there is nothing to divide by."""
    value = ratio.value
    return "—" if value is None else value


def channel_conversion(session: Session, rng: ReportRange) -> list[list[Value]]:
    """月报's channels: visits by the visit's channel; 认购, 签约 and 退房 by the channel of the
    deal's customer; the two rates. Busiest channel first."""
    channel = func.coalesce(func.nullif(Customer.channel, ""), NO_CHANNEL)
    visits = {
        name: sum(pair) for name, pair in visits_by_channel(session, rng).items() if sum(pair)
    }

    def deals(column: Any) -> dict[str, int]:
        query = (
            select(channel, func.count(Deal.id))
            .join(Customer, Customer.id == Deal.customer_id)
            .where(within(column, rng))
            .group_by(channel)
        )
        return {name: int(count) for name, count in session.execute(query)}

    subscribed, signed = deals(Deal.subscribed_at), deals(Deal.signed_at)
    refunds = {
        name: int(count)
        for name, count in session.execute(
            select(channel, func.count(ChangeOrder.id))
            .join(Deal, Deal.id == ChangeOrder.deal_id)
            .join(Customer, Customer.id == Deal.customer_id)
            .where(within(ChangeOrder.executed_at, rng), refunded())
            .group_by(channel)
        )
    }
    names = set(visits) | set(subscribed) | set(signed) | set(refunds)
    rows: list[list[Value]] = []
    for name in sorted(names, key=lambda n: (-visits.get(n, 0), -signed.get(n, 0), n)):
        v, s, g = visits.get(name, 0), subscribed.get(name, 0), signed.get(name, 0)
        rows.append(
            [
                name,
                v,
                s,
                g,
                refunds.get(name, 0),
                ratio_value(Ratio(s, v)),
                ratio_value(Ratio(g, s)),
            ]
        )
    return rows
