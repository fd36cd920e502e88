"""The dunning ladder (DOMAIN §7, issue 16): which letter is due for a deal on a day, the
pre-notice, blocks and promised dates, and the dates a formal demand (付款催告函) sets running.

Pure: the day is always a parameter. The services (services/dunning.py) read the installments,
the letters already issued, the blocks and the calls, and ask this module what is due.

How a letter is chosen (the issue's rules, in one place):
- An installment that may be dunned (core.money.is_overdue: not a 按揭 loan, not a 定金, dated,
  outstanding, past due) has reached the highest ladder stage whose first day it has passed.
- A letter is due for it when that stage is above the highest stage already issued for it:
  stages skipped on the way are never printed.
- One letter per deal per day: it lists every overdue installment of the deal, at the highest
  stage reached among those due; each line records the letter's stage, so a newer installment
  that a firmer letter already covered does not bring the same firmness back every few days.
- A pre-notice (stage 0) is due for an installment N days before its due date, once; inside a
  dunning letter of the same day a coming installment is a 即将到期 line.
- A block (negotiation) or a promised payment date stops letters — never the penalty.
  勿扰 stops nothing here: a letter about the contract's money is performance of the contract,
  not marketing (PIPL Art. 13(2)).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum
from itertools import pairwise

#: The ladder's first days (DOMAIN §7) and the faster one some offices use.
DEFAULT_LADDER: tuple[int, ...] = (1, 30, 45, 60, 75, 90)
FAST_LADDER: tuple[int, ...] = (1, 3, 5, 30, 35, 60)
STAGES = 6
PRENOTICE = 0  # the stage number of a pre-notice
DEMAND = 6  # the formal demand (付款催告函)
#: The stage from which a letter quotes the penalty clause and the penalty accrued.
PENALTY_STAGE = 5
#: Calls only between these hours, office time (DOMAIN §6, §7).
CALL_FROM = time(9, 0)
CALL_UNTIL = time(21, 0)
#: The buyer's reasonable period to pay after a formal demand, unless the deal records another
#: (SPC interpretation on commercial-housing sales, Art. 11).
DEMAND_PERIOD_MONTHS = 3
#: The right to cancel lapses one year after it arose (Civil Code Art. 564) …
RIGHT_LAPSES_YEARS = 1
#: … or three months after the buyer asks in writing for a decision, whichever is earlier.
BUYER_ASKS_MONTHS = 3


def check_ladder(value: Sequence[int]) -> str | None:
    """A ladder is six strictly increasing days, the first at least 1; the message when not."""
    days = tuple(value)
    if len(days) != STAGES:
        return f"催款阶梯须为 {STAGES} 个天数"
    if days[0] < 1:
        return "第一阶段至少逾期 1 天"
    if any(later <= earlier for earlier, later in pairwise(days)):
        return "各阶段的天数须逐级增大"
    if days[-1] > 3650:
        return "阶段天数过大"
    return None


def stage_reached(days_overdue: int, ladder: Sequence[int]) -> int:
    """The highest stage whose first day `days_overdue` has reached; 0 when none."""
    stage = 0
    for number, first_day in enumerate(ladder, start=1):
        if days_overdue >= first_day:
            stage = number
    return stage


def stage_label(stage: int) -> str:
    """预通知, 第1阶段 … 第5阶段, 付款催告函."""
    if stage == PRENOTICE:
        return "预通知"
    if stage == DEMAND:
        return "付款催告函"
    return f"第{stage}阶段"


def letter_code(number: int) -> str:
    """A letter's printed number: CK-000123 (per project, never reused)."""
    return f"CK-{number:06d}"


class Delivery(StrEnum):
    NONE = "none"  # 未登记: printed, how it reached the buyer not yet recorded
    IN_PERSON = "in_person"  # 当面签收
    COURIER = "courier"  # 快递, with the tracking number
    REGISTERED = "registered"  # 挂号信, with its number

    @property
    def label(self) -> str:
        return DELIVERY_LABELS[self]

    @property
    def needs_number(self) -> bool:
        return self in (Delivery.COURIER, Delivery.REGISTERED)


DELIVERY_LABELS: dict[Delivery, str] = {
    Delivery.NONE: "未登记",
    Delivery.IN_PERSON: "当面签收",
    Delivery.COURIER: "快递",
    Delivery.REGISTERED: "挂号信",
}


class CallOutcome(StrEnum):
    PROMISED = "promised"  # 承诺付款日期
    NO_ANSWER = "no_answer"  # 无人接听
    DISPUTED = "disputed"  # 有异议

    @property
    def label(self) -> str:
        return CALL_OUTCOME_LABELS[self]


CALL_OUTCOME_LABELS: dict[CallOutcome, str] = {
    CallOutcome.PROMISED: "承诺付款日期",
    CallOutcome.NO_ANSWER: "无人接听",
    CallOutcome.DISPUTED: "有异议",
}


@dataclass(frozen=True)
class Owed:
    """One installment of a deal as the ladder sees it on a day."""

    installment_id: int
    due_on: date
    outstanding_fen: int
    overdue: bool  # core.money.is_overdue on the day
    #: The highest stage already issued for it (letters not voided, on or before the day);
    #: -1 for none (a pre-notice is stage 0).
    issued: int = -1
    prenoticed: bool = False


@dataclass(frozen=True)
class DueLetter:
    """What a deal's letter of the day holds: its stage, the overdue installments it lists
    and the coming ones it announces (for a pre-notice: only those)."""

    stage: int
    overdue: tuple[int, ...]  # installment ids
    coming: tuple[int, ...]


def due_letter(
    owed: Iterable[Owed],
    *,
    day: date,
    ladder: Sequence[int],
    prenotice_days: int,
    paused: bool = False,
) -> DueLetter | None:
    """The letter due for one deal on `day`, or None.

    `paused`: a block or a promised date covers the day — nothing is due.
    """
    if paused:
        return None
    items = list(owed)
    overdue = [item for item in items if item.overdue and item.outstanding_fen > 0]
    stage = 0
    letter_due = False
    for item in overdue:
        reached = stage_reached((day - item.due_on).days, ladder)
        stage = max(stage, reached)
        if reached > max(item.issued, PRENOTICE):
            letter_due = True
    coming = [
        item.installment_id
        for item in items
        if not item.overdue
        and item.outstanding_fen > 0
        and not item.prenoticed
        and item.due_on - timedelta(days=prenotice_days) <= day < item.due_on
    ]
    if letter_due:
        return DueLetter(stage, tuple(item.installment_id for item in overdue), tuple(coming))
    if coming:
        return DueLetter(PRENOTICE, (), tuple(coming))
    return None


def call_stage(
    owed: Iterable[Owed], *, day: date, ladder: Sequence[int], prenotice_days: int
) -> int | None:
    """The stage a call is about on `day` (the highest reached among overdue installments, or
    0 for a coming due date within the pre-notice days), None when nothing calls for one."""
    items = list(owed)
    stage = max(
        (
            stage_reached((day - item.due_on).days, ladder)
            for item in items
            if item.overdue and item.outstanding_fen > 0
        ),
        default=0,
    )
    if stage:
        return stage
    if any(
        not item.overdue
        and item.outstanding_fen > 0
        and item.due_on - timedelta(days=prenotice_days) <= day < item.due_on
        for item in items
    ):
        return PRENOTICE
    return None


def may_call_now(local: time) -> bool:
    """Whether it is a decent hour to call (09:00–21:00 office time)."""
    return CALL_FROM <= local < CALL_UNTIL


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, the last day of the month when the day does not exist
    (2026-11-30 + 3 → 2027-02-28)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


@dataclass(frozen=True)
class DemandDates:
    """The three dates a formal demand sets running (reminders, not legal advice)."""

    #: (a) the buyer's period to pay ends (three months, or the deal's own period).
    period_ends: date
    #: (b) the contractual right to cancel arises: due date + the deal's cancellation days.
    right_arises: date
    #: (c) the latest day to decide: one year after the right arose, or three months after the
    #: buyer asked in writing for a decision, whichever is earlier.
    decide_by: date
    #: The day the right to cancel is there at all: the earlier of (a) and (b).
    may_cancel_from: date


def demand_dates(
    *,
    delivered_on: date,
    first_due_on: date,
    cancel_days: int,
    period_days: int | None = None,
    buyer_asked_on: date | None = None,
) -> DemandDates:
    """The formal demand's dates from the day it reached the buyer (signed for or proven)."""
    if period_days is None:
        period_ends = add_months(delivered_on, DEMAND_PERIOD_MONTHS)
    else:
        period_ends = delivered_on + timedelta(days=period_days)
    right_arises = first_due_on + timedelta(days=cancel_days)
    may_cancel_from = min(period_ends, right_arises)
    decide_by = add_months(may_cancel_from, 12 * RIGHT_LAPSES_YEARS)
    if buyer_asked_on is not None:
        decide_by = min(decide_by, add_months(buyer_asked_on, BUYER_ASKS_MONTHS))
    return DemandDates(period_ends, right_arises, decide_by, may_cancel_from)


def pay_by(letter_on: date, demand_days: int) -> date:
    """The formal demand's date by which to pay: the letter's date + N days."""
    return letter_on + timedelta(days=demand_days)


def block_covers(starts_on: date, ends_on: date, lifted_on: date | None, day: date) -> bool:
    """Whether a dunning block stops letters on `day` (lifted: from the day it was lifted)."""
    if lifted_on is not None and lifted_on <= day:
        return False
    return starts_on <= day <= ends_on


def promise_covers(promised_on: date | None, day: date) -> bool:
    """A promised payment date pauses the next stage until it has passed."""
    return promised_on is not None and day <= promised_on


@dataclass(frozen=True)
class BlockForm:
    reason: str
    ends_on: date
    starts_on: date | None = None  # None: the day it is set


def validate_block(form: BlockForm, *, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not form.reason.strip():
        errors["reason"] = "请填写暂停催款的原因"
    elif len(form.reason.strip()) > 200:
        errors["reason"] = "原因最多 200 字"
    start = form.starts_on or today
    if form.ends_on < start:
        errors["ends_on"] = "结束日期不能早于开始日期"
    elif form.ends_on > today + timedelta(days=366):
        errors["ends_on"] = "暂停催款最长一年，到期可再续"
    return errors


@dataclass(frozen=True)
class CallForm:
    outcome: CallOutcome
    promised_on: date | None = None
    note: str = ""


def validate_call(form: CallForm, *, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.outcome is CallOutcome.PROMISED:
        if form.promised_on is None:
            errors["promised_on"] = "请填写客户承诺的付款日期"
        elif form.promised_on < today:
            errors["promised_on"] = "承诺付款日期不能早于今天"
        elif form.promised_on > today + timedelta(days=180):
            errors["promised_on"] = "承诺付款日期过远，请核实"
    if form.outcome is CallOutcome.DISPUTED and not form.note.strip():
        errors["note"] = "请简要记录客户的异议"
    if len(form.note) > 500:
        errors["note"] = "备注最多 500 字"
    return errors


@dataclass(frozen=True)
class DeliveryForm:
    delivery: Delivery
    number: str = ""  # tracking / registered-letter number
    signed_on: date | None = None


def validate_delivery(form: DeliveryForm, *, letter_on: date, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    number = form.number.strip()
    if form.delivery.needs_number and not number:
        errors["number"] = f"请填写{form.delivery.label}单号"
    elif len(number) > 40:
        errors["number"] = "单号最多 40 个字符"
    if form.signed_on is not None:
        if form.signed_on < letter_on:
            errors["signed_on"] = "签收日期不能早于催款函日期"
        elif form.signed_on > today:
            errors["signed_on"] = "签收日期不能晚于今天"
    return errors
