"""What a dunning letter printed, frozen when it is issued (issue 16): the buyer and the address,
the unit, the lines with their figures, the totals, the penalty clause, the formal demand's
dates, the letterhead and the issue time. Every reprint is printed from these facts, so it is
the same paper however the deal, the settings or the letterhead change afterwards.

Versioned JSON (`v`), read back by LetterFacts.from_json; amounts as text, dates ISO.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Deal
from anjia_desk.services.papers.common import letterhead_from_settings, office_time, unit_parts

VERSION = 1


@dataclass(frozen=True)
class LineFacts:
    name: str
    due_on: date
    amount: Decimal
    outstanding: Decimal
    days_overdue: int  # 0: a coming installment (即将到期)
    penalty: Decimal


@dataclass(frozen=True)
class LetterFacts:
    """`total_outstanding`: every line's unpaid amount, coming ones included (the letter says
    so); `overdue_outstanding` the overdue lines' alone (a pre-notice: the coming ones)."""

    code: str
    stage: int
    letter_on: date
    buyer: str
    address: str
    postcode: str
    project: str
    unit: str
    contract_no: str
    lines: tuple[LineFacts, ...]
    total_outstanding: Decimal
    total_penalty: Decimal
    penalty_per_10k: Decimal
    clause_no: str
    clause_text: str
    pay_by: date | None
    cancel_from: date | None
    consultant: str
    printed_at: datetime  # naive office-local: the footer's time, the same on every reprint
    letterhead: dict[str, str] = field(default_factory=dict)

    @property
    def overdue_outstanding(self) -> Decimal:
        overdue = [line.outstanding for line in self.lines if line.days_overdue > 0]
        return sum(overdue, Decimal("0.00")) if overdue else self.total_outstanding

    def to_json(self) -> str:
        data: dict[str, Any] = asdict(self)
        data["v"] = VERSION
        return json.dumps(data, ensure_ascii=False, sort_keys=True, default=_plain)

    @classmethod
    def from_json(cls, text: str) -> LetterFacts:
        data = json.loads(text)
        data.pop("v", None)
        lines = tuple(
            LineFacts(
                name=line["name"],
                due_on=date.fromisoformat(line["due_on"]),
                amount=Decimal(line["amount"]),
                outstanding=Decimal(line["outstanding"]),
                days_overdue=int(line["days_overdue"]),
                penalty=Decimal(line["penalty"]),
            )
            for line in data.pop("lines")
        )
        return cls(
            **{
                **data,
                "lines": lines,
                "letter_on": date.fromisoformat(data["letter_on"]),
                "total_outstanding": Decimal(data["total_outstanding"]),
                "total_penalty": Decimal(data["total_penalty"]),
                "penalty_per_10k": Decimal(data["penalty_per_10k"]),
                "pay_by": _day(data["pay_by"]),
                "cancel_from": _day(data["cancel_from"]),
                "printed_at": datetime.fromisoformat(data["printed_at"]),
            }
        )


def without_address(text: str) -> str:
    """A letter's frozen facts with the buyer's address and postcode removed (an erasure)."""
    if not text:
        return text
    data = json.loads(text)
    if not data.get("address") and not data.get("postcode"):
        return text
    data["address"], data["postcode"] = "", ""
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _plain(value: object) -> str:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON: {value!r}")


def freeze_letter(
    session: Session,
    deal: Deal,
    *,
    code: str,
    stage: int,
    day: date,
    lines: list[LineFacts],
    moment: datetime,
    consultant: str,
    pay_by: date | None,
    first_due: date | None,
) -> LetterFacts:
    """The facts of a letter being issued now (`moment`, aware) for `deal`."""
    unit, building, project = unit_parts(session, deal.unit_id)
    overdue = [line for line in lines if line.days_overdue > 0]
    cancel_from = None
    if pay_by is not None and first_due is not None:
        cancel_from = first_due + timedelta(days=deal.cancel_days)
    letterhead = letterhead_from_settings(session)
    return LetterFacts(
        code=code,
        stage=stage,
        letter_on=day,
        buyer=deal.buyer_name,
        address=deal.mailing_address,
        postcode=deal.mailing_postcode,
        project=project.name,
        unit=unit_label(building.name, unit.stairwell, unit.room),
        contract_no=deal.contract_no,
        lines=tuple(lines),
        total_outstanding=sum((line.outstanding for line in lines), Decimal("0.00")),
        total_penalty=sum((line.penalty for line in overdue), Decimal("0.00")),
        penalty_per_10k=deal.penalty_per_10k,
        clause_no=deal.penalty_clause_no,
        clause_text=deal.penalty_clause_text,
        pay_by=pay_by,
        cancel_from=cancel_from,
        consultant=consultant,
        printed_at=office_time(session, moment).replace(microsecond=0),
        letterhead={
            "company": letterhead.company,
            "project": letterhead.project,
            "address": letterhead.address,
            "phone": letterhead.phone,
        },
    )
