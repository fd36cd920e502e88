"""Money of a deal (DOMAIN §5 Money, §7, §12): rounding to the fen and writing an amount, the
payment plan, overdue and aging, the late-payment penalty, and reading an amount typed by a
person.

Pure: `today` / `as_of` are always parameters. Amounts are `Decimal`, half-up to the fen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from anjia_desk.core.deals import FEN, Aging, Nature
from anjia_desk.core.plans import Anchor, PlanItem, due_from


def fen(value: Decimal) -> Decimal:
    """`value` rounded half-up to the fen."""
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def yuan(value: Decimal) -> str:
    """The one way an amount is written in a message: 1234567.8 → "1,234,567.80" (half-up fen)."""
    return f"{fen(value):,.2f}"


# -- the payment plan --------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedInstallment:
    seq: int
    name: str
    nature: Nature
    due_on: date  # UNDATED for an item counted from 签约 before the contract is signed
    amount: Decimal
    anchor: Anchor = Anchor.SUBSCRIBE
    days: int | None = None  # after the anchor's date; None for the 定金


def build_plan(
    *,
    price: Decimal,
    deposit: Decimal,
    subscribed_on: date,
    items: Sequence[PlanItem],
    signed_on: date | None = None,
) -> list[PlannedInstallment]:
    """The installments of a deal: 1 = 定金 on the 认购 date, then the template's items.

    Each item is share × price (half-up fen; the last takes the remainder), the deposit is
    deducted from the items in order (an item it covers fully is dropped), due `days` after its
    anchor: the 认购, or the 签约 (`signed_on`; UNDATED while there is none). The amounts add
    up to the price.
    """
    if not items:
        raise ValueError("付款计划至少要有一个节点")
    if price <= 0:
        raise ValueError("成交价须大于0")
    if deposit <= 0:
        raise ValueError("定金须大于0")
    if deposit > price:
        raise ValueError("定金不能超过成交价")
    amounts = [fen(item.share * price) for item in items[:-1]]
    last = price - sum(amounts, Decimal(0))
    if last < 0:
        raise ValueError("成交价太小，无法按比例分摊")
    amounts.append(last)
    plan = [PlannedInstallment(1, "定金", Nature.DEPOSIT, subscribed_on, deposit)]
    remaining = deposit
    for item, amount in zip(items, amounts, strict=True):
        covered = min(amount, remaining)
        remaining -= covered
        if amount - covered > 0:
            plan.append(
                PlannedInstallment(
                    len(plan) + 1,
                    item.name,
                    item.nature,
                    due_from(
                        item.anchor, item.days, subscribed_on=subscribed_on, signed_on=signed_on
                    ),
                    amount - covered,
                    item.anchor,
                    item.days,
                )
            )
    return plan


# -- overdue, aging, penalty -------------------------------------------------------------------


#: What is never an overdue debt: a 按揭 installment (the bank pays it: see loan_late) and an
#: unpaid 定金 — earnest money binds only once it is actually paid (Civil Code Art. 586), so an
#: 认购 whose 定金 is not in is chased as 定金未到 (deposit_missing), without penalty or aging.
NEVER_OVERDUE = frozenset({Nature.LOAN, Nature.DEPOSIT})


def is_overdue(*, nature: Nature, outstanding: Decimal, due_on: date, today: date) -> bool:
    """Not fully paid after its due date — except what is NEVER_OVERDUE."""
    return nature not in NEVER_OVERDUE and outstanding > 0 and today > due_on


def bears_penalty(nature: Nature) -> bool:
    """Whether a late payment of this nature accrues 逾期付款违约金 (not a loan, not a 定金)."""
    return nature not in NEVER_OVERDUE


def deposit_missing(*, nature: Nature, outstanding: Decimal, due_on: date, today: date) -> bool:
    """A 定金 not (fully) received by its due date: the 认购 is not yet bound (DOMAIN §5)."""
    return nature is Nature.DEPOSIT and outstanding > 0 and today > due_on


def loan_late(*, nature: Nature, outstanding: Decimal, due_on: date, today: date) -> bool:
    """A 按揭 installment whose loan is not released by its due date: chased, not dunned."""
    return nature is Nature.LOAN and outstanding > 0 and today > due_on


def days_overdue(due_on: date, today: date) -> int:
    """Whole days past the due date; 0 on or before it."""
    return max(0, (today - due_on).days)


_AGING: tuple[tuple[int, Aging], ...] = (
    (15, Aging.D1_15),
    (30, Aging.D16_30),
    (45, Aging.D31_45),
    (60, Aging.D46_60),
    (90, Aging.D61_90),
)


def aging_bucket(days: int) -> Aging | None:
    """The receivables aging bucket (DOMAIN §12) of `days` overdue; None when not overdue."""
    if days <= 0:
        return None
    return next((bucket for limit, bucket in _AGING if days <= limit), Aging.OVER_90)


def accrued_penalty(
    *,
    amount: Decimal,
    due_on: date,
    payments: Sequence[tuple[date, Decimal]],
    per_10k: Decimal,
    as_of: date,
) -> Decimal:
    """逾期付款违约金 accrued through `as_of` (DOMAIN §7).

    Each day from the day after `due_on` through `as_of` inclusive adds the amount still
    outstanding at the end of that day × per_10k / 10000; a payment dated d counts from day d
    on. The sum is rounded half-up to the fen once; 0 when `as_of` <= `due_on`.
    """
    if as_of <= due_on:
        return Decimal("0.00")
    start = due_on + timedelta(days=1)
    outstanding = amount
    day = start
    base = Decimal(0)  # Σ outstanding × days
    for paid_on, paid in sorted(payments, key=lambda payment: payment[0]):
        if paid_on > as_of:
            break
        if paid_on > day:
            base += max(outstanding, Decimal(0)) * (paid_on - day).days
            day = paid_on
        outstanding -= paid
    base += max(outstanding, Decimal(0)) * ((as_of - day).days + 1)
    return fen(base * per_10k / 10000)


def accrued_penalty_fen(
    *, amount: int, due: int, payments: Sequence[tuple[int, int]], per_10k: int, as_of: int
) -> int:
    """accrued_penalty in whole numbers, for views over thousands of installments: amounts in
    fen, days as ordinals (date.toordinal()), `per_10k` in hundredths (5 ‱ → 500), the result in
    fen — the same figure to the fen (exact integer arithmetic, half-up). Payments are
    (ordinal, fen); a negative rate is not a penalty rate and is refused."""
    if per_10k < 0:
        raise ValueError("违约金比例不能为负")
    if as_of <= due:
        return 0
    outstanding = amount
    day = due + 1
    base = 0  # Σ outstanding fen × days
    for paid_on, paid in sorted(payments):
        if paid_on > as_of:
            break
        if paid_on > day:
            if outstanding > 0:
                base += outstanding * (paid_on - day)
            day = paid_on
        outstanding -= paid
    if outstanding > 0:
        base += outstanding * (as_of - day + 1)
    # base fen·days × (per_10k / 100) / 10000 = base × per_10k / 1,000,000 fen, half-up.
    return (base * per_10k * 2 + _PER_FEN) // (2 * _PER_FEN)


_PER_FEN = 1_000_000  # 10000 (‱) × 100 (hundredths of the rate)


# -- typed amounts -----------------------------------------------------------------------------

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_WAN = Decimal(10000)
_TOO_BIG = Decimal(10) ** 14  # 100 trillion yuan: a typing mistake


def parse_money(text: str) -> Decimal:
    """An amount a person typed: "1,234.5" "¥1234.50" "１２３４" "120万" "3000元" → Decimal in fen.

    ValueError with a Chinese message when it is not an amount or has parts of a fen.
    """
    cleaned = "".join(unicodedata.normalize("NFKC", text).split())
    cleaned = cleaned.replace(",", "").replace("¥", "").removesuffix("元")
    multiplier = Decimal(1)
    if cleaned.endswith("万"):
        cleaned, multiplier = cleaned[:-1], _WAN
    if not cleaned:
        raise ValueError("请填写金额")
    if _NUMBER.fullmatch(cleaned) is None:
        raise ValueError(f"“{text.strip()}”不是金额")
    value = Decimal(cleaned) * multiplier
    if abs(value) >= _TOO_BIG:
        raise ValueError(f"“{text.strip()}”金额太大")
    if value != value.quantize(FEN):
        raise ValueError("金额只能精确到分")
    return value.quantize(FEN)
