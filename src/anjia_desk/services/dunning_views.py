"""What the dunning services hand the window and the command line (issue 16): plain frozen
values, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from anjia_desk.core.dunning import DemandDates


@dataclass(frozen=True)
class Ladder:
    """The office's ladder as the settings have it."""

    days: tuple[int, ...]
    prenotice_days: int
    demand_days: int


@dataclass(frozen=True)
class LastLetter:
    letter_id: int
    code: str
    stage: int
    letter_on: date
    delivery: str  # the Delivery label, with the number: "快递 SF123"
    signed_on: date | None


@dataclass(frozen=True)
class DueRow:
    """One row of the 催款 page: a deal's letter of the day (due, or already issued that day)."""

    deal_id: int
    project_id: int
    project: str
    unit: str
    buyer: str
    consultant: str
    consultant_id: int | None
    stage: int
    days_overdue: int
    outstanding: Decimal  # what the letter asks for (the coming amount for a pre-notice)
    penalty: Decimal
    has_address: bool
    last: LastLetter | None
    #: The letter already issued for this deal on the day (a rerun prints that one).
    issued_id: int | None = None
    issued_code: str = ""
    #: How that letter reached the buyer so far: "未登记", "快递 SF…，12-09 签收".
    issued_delivery: str = ""
    overdue_ids: tuple[int, ...] = ()
    coming_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class DunningBoard:
    day: date
    today: date
    rows: list[DueRow]
    #: A day after today: the page previews and logs nothing.
    preview: bool = False
    consultants: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class LetterLine:
    """A letter in a deal's dunning history."""

    letter_id: int
    code: str
    stage: int
    stage_label: str
    letter_on: date
    issued_by: str
    delivery: str
    tracking_no: str
    signed_on: date | None
    voided: bool
    void_reason: str
    reprints: int
    outstanding: Decimal
    penalty: Decimal
    version: int


@dataclass(frozen=True)
class BlockLine:
    block_id: int
    reason: str
    starts_on: date
    ends_on: date
    set_by: str
    lifted_on: date | None
    lift_reason: str
    active: bool
    version: int


@dataclass(frozen=True)
class CallLine:
    call_id: int
    stage: int
    called_at: str  # office-local "2026-03-05 10:20"
    by: str
    outcome: str
    promised_on: date | None
    note: str


@dataclass(frozen=True)
class DemandLine:
    """A formal demand that reached the buyer, with its three dates (DOMAIN §7)."""

    letter_id: int
    code: str
    deal_id: int
    unit: str
    buyer: str
    letter_on: date
    delivered_on: date
    dates: DemandDates
    buyer_asked_on: date | None
    open: bool  # not paid, not cancelled, not 继续履行
    continued: str  # "2026-03-05 王经理：…" once marked 继续履行


@dataclass(frozen=True)
class DealDunning:
    """The deal window's 催款 tab."""

    deal_id: int
    today: date
    letters: list[LetterLine]
    blocks: list[BlockLine]
    calls: list[CallLine]
    demands: list[DemandLine]
    blocked: BlockLine | None
    promised_on: date | None
    #: The stage a call is about today (None: nothing calls for one) and the texts to use.
    call_stage: int | None
    call_script: str
    message_text: str
    may_issue: bool
    may_block: bool
    may_call: bool
    has_address: bool
