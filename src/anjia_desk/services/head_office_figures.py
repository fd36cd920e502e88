"""The figures of head office's workbooks (issue 19, DOMAIN §12), counted for the whole office
with the reports' event definitions (services.report_events): each stage counts its own events
by office day — 来访 (valid visits, 首访/复访), 认购 and 签约 (units and
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

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import VisitKind
from anjia_desk.core.report_periods import WEEKDAYS, ReportRange
from anjia_desk.core.report_values import Ratio
from anjia_desk.db.models import ChangeOrder, Complaint, Deal, Receipt, Visit
from anjia_desk.db.types import from_fen, in_fen
from anjia_desk.services.report_base import Scope, bucket_of, day_starts, within, within_days
from anjia_desk.services.report_events import (
    refunds_where,
    signed_where,
    subscribed_where,
    visits_where,
)

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


def per_day(session: Session, rng: ReportRange) -> list[Figures]:
    """The figures of each office day of `rng`, in order."""
    days = [Figures() for _ in rng.days]
    starts = day_starts(rng)

    def rows(column: Any, *aggregates: Any, where: Iterable[Any], group: Any = None) -> Any:
        bucket = bucket_of(column, starts).label("bucket")
        keys = [bucket] if group is None else [bucket, group]
        return session.execute(select(*keys, *aggregates).where(*where).group_by(*keys)).all()

    office = Scope(None)
    for bucket, kind, count in rows(
        Visit.visited_at, func.count(Visit.id), where=visits_where(office, rng), group=Visit.kind
    ):
        if kind == VisitKind.FIRST.value:
            days[bucket].visits_first += count
        else:
            days[bucket].visits_return += count
    price = func.sum(in_fen(Deal.price))
    for bucket, count, fen in rows(
        Deal.subscribed_at, func.count(Deal.id), price, where=subscribed_where(office, rng)
    ):
        days[bucket].subscribed_units, days[bucket].subscribed_fen = count, int(fen or 0)
    for bucket, count, fen in rows(
        Deal.signed_at, func.count(Deal.id), price, where=signed_where(office, rng)
    ):
        days[bucket].signed_units, days[bucket].signed_fen = count, int(fen or 0)
    for bucket, count in rows(
        ChangeOrder.executed_at, func.count(ChangeOrder.id), where=refunds_where(office, rng)
    ):
        days[bucket].cancelled_units = count
    for bucket, count in rows(
        Complaint.intake_at, func.count(Complaint.id), where=[within(Complaint.intake_at, rng)]
    ):
        days[bucket].complaints_opened = count
    for bucket, count in rows(
        Complaint.closed_at, func.count(Complaint.id), where=[within(Complaint.closed_at, rng)]
    ):
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
        .where(*visits_where(Scope(None), rng))
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


def ratio_value(ratio: Ratio) -> Value:
    """A rate as a workbook holds it: the fraction (formatted 0.0% by the template), or "—"
    when there is nothing to divide by."""
    value = ratio.value
    return "—" if value is None else value
