"""What a report is, as plain values (DOMAIN §12): a table with typed columns, the chart drawn
from the same figures, the notes saying what each rate divides by, and the list behind a row
(the customers, deals or cases it counts). The services compute them in SQL; the window, the PDF
page and the Excel export only show them, so the three always agree."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum


class ColumnKind(StrEnum):
    TEXT = "text"  # a label: a day, a channel, a consultant's name
    COUNT = "count"  # a whole number of visits, deals, cases
    MONEY = "money"  # Decimal yuan, 2 places
    RATIO = "ratio"  # a Ratio: shown as a percentage, "—" when nothing to divide by
    NUMBER = "number"  # a Decimal with one place: hours, days


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: ColumnKind = ColumnKind.COUNT


@dataclass(frozen=True)
class Ratio:
    """`num` ÷ `den`; the column's label or the table's notes say what each of them counts."""

    num: int
    den: int

    @property
    def value(self) -> Decimal | None:
        """The fraction to 4 places (0.1234 = 12.34%), None when the denominator is 0."""
        if self.den == 0:
            return None
        return (Decimal(self.num) / Decimal(self.den)).quantize(
            Decimal("0.0001"), rounding=ROUND_HALF_UP
        )

    @property
    def text(self) -> str:
        """ "12.3%", or "—" when there is nothing to divide by."""
        value = self.value
        if value is None:
            return "—"
        return f"{(value * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


#: A table cell: text, a count, money or a 1-place number (Decimal), a ratio, or None (blank).
Cell = str | int | Decimal | Ratio | None


class ChartKind(StrEnum):
    BAR = "bar"  # vertical bars, one group per category, one bar per series
    STACKED = "stacked"  # vertical bars, the series stacked
    HBAR = "hbar"  # horizontal bars (a funnel, a leaderboard), one bar per category per series


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    values: tuple[float, ...]  # one per category of the chart


@dataclass(frozen=True)
class Chart:
    kind: ChartKind
    categories: tuple[str, ...]  # the labels along the axis
    category_keys: tuple[str, ...]  # the row key a click on that category opens
    series: tuple[Series, ...]
    unit: str = ""  # "人次", "套", "元", "件": written on the value axis


class DrillTarget(StrEnum):
    CUSTOMER = "customer"
    DEAL = "deal"
    COMPLAINT = "complaint"


@dataclass(frozen=True)
class ReportTable:
    key: str  # the registry's key ("visits", "funnel", …)
    title: str
    range_label: str  # "2026-12-01 至 2026-12-07", or "截至 2026-12-07" for a snapshot
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_keys: tuple[str, ...]  # one per row: what a click on the row drills into
    chart: Chart
    drill_target: DrillTarget
    total: tuple[Cell, ...] | None = None  # the 合计 row, when the columns add up
    notes: tuple[str, ...] = ()  # what each rate divides by, what the figures leave out
    scope_label: str = ""  # "仅本人" when a consultant sees their own figures


@dataclass(frozen=True)
class DrillList:
    """The records behind one row (and series) of a report: opened by a click."""

    title: str
    target: DrillTarget
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    ids: tuple[int, ...]  # the record (customer, deal or complaint) of each row
    more: int = 0  # rows left out past the limit
    notes: tuple[str, ...] = field(default=())


DRILL_LIMIT = 2000


def cell_text(cell: Cell, kind: ColumnKind) -> str:
    """A cell as the screen and the PDF show it: money with thousands separators and 2 places,
    a ratio as a percentage, a number with one place, blank for None."""
    if cell is None:
        return ""
    if isinstance(cell, Ratio):
        return cell.text
    if kind is ColumnKind.MONEY and isinstance(cell, (int, Decimal)):
        return f"{Decimal(cell):,.2f}"
    if kind is ColumnKind.NUMBER and isinstance(cell, (int, Decimal)):
        return f"{Decimal(cell).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}"
    return str(cell)
