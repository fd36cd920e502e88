"""The money table of a change order as papers print it (issue 17, DOMAIN §8): every amount
received, by nature, what becomes of it and the rule in words, with the totals and the notes.

Plain values, already in Chinese, and their JSON (a paper frozen at its first print reads them
back unchanged). No reportlab here: services build and store these freely; `pdf.refund_parts`
lays them out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from anjia_desk.core.refund_money import RefundTable

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class MoneyRow:
    """One line of the table: an amount received (or the 定金 doubled, or the penalty)."""

    label: str  # 定金（SJ-000012）
    paid_on: str  # 2026-03-06, "" for a line that was not paid in
    received: Decimal
    returned: Decimal  # negative: the penalty deducted
    kept: Decimal
    interest: Decimal
    rule: str


@dataclass(frozen=True)
class MoneySummary:
    """The whole table, its totals, the notes under it and the amount due (the computed figure
    or the one adjusted with its reason)."""

    rows: tuple[MoneyRow, ...]
    received: Decimal
    returned: Decimal  # computed: lines returned + interest
    kept: Decimal
    interest: Decimal
    notes: tuple[str, ...] = ()
    due: Decimal | None = None  # the amount due when it differs from `returned` (an override)
    override_reason: str = ""

    @property
    def amount_due(self) -> Decimal:
        return self.due if self.due is not None else self.returned

    @property
    def overridden(self) -> bool:
        return self.due is not None and self.due != self.returned

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": [
                {
                    "label": row.label,
                    "paid_on": row.paid_on,
                    "received": str(row.received),
                    "returned": str(row.returned),
                    "kept": str(row.kept),
                    "interest": str(row.interest),
                    "rule": row.rule,
                }
                for row in self.rows
            ],
            "received": str(self.received),
            "returned": str(self.returned),
            "kept": str(self.kept),
            "interest": str(self.interest),
            "notes": list(self.notes),
            "due": None if self.due is None else str(self.due),
            "override_reason": self.override_reason,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MoneySummary:
        due = data.get("due")
        return cls(
            rows=tuple(
                MoneyRow(
                    label=str(row["label"]),
                    paid_on=str(row.get("paid_on", "")),
                    received=Decimal(row["received"]),
                    returned=Decimal(row["returned"]),
                    kept=Decimal(row["kept"]),
                    interest=Decimal(row["interest"]),
                    rule=str(row.get("rule", "")),
                )
                for row in data.get("rows", ())
            ),
            received=Decimal(data["received"]),
            returned=Decimal(data["returned"]),
            kept=Decimal(data["kept"]),
            interest=Decimal(data["interest"]),
            notes=tuple(str(note) for note in data.get("notes", ())),
            due=None if due is None else Decimal(due),
            override_reason=str(data.get("override_reason", "")),
        )


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def summary_of(
    table: RefundTable, *, due: Decimal | None = None, override_reason: str = ""
) -> MoneySummary:
    """The core money table as printed; `due` the amount due when an adjusted figure replaced
    the computed one (with its reason)."""
    return MoneySummary(
        rows=tuple(
            MoneyRow(
                label=line.label,
                paid_on=_day(line.paid_on),
                received=line.received,
                returned=line.returned,
                kept=line.kept,
                interest=line.interest,
                rule=line.rule,
            )
            for line in table.lines
        ),
        received=table.received,
        returned=table.returned,
        kept=table.kept,
        interest=table.interest,
        notes=table.notes,
        due=due if due is not None and due != table.returned else None,
        override_reason=override_reason if due is not None and due != table.returned else "",
    )


__all__ = ["ZERO", "MoneyRow", "MoneySummary", "summary_of"]
