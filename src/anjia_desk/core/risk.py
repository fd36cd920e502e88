"""Deal-risk signals (DOMAIN §4): the warning rule over streaks of high-risk days, and the index."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum


class Dimension(StrEnum):
    COMMUNICATION = "communication"
    FOCUS = "focus"
    COMPANIONS = "companions"
    FUNDING = "funding"

    @property
    def label(self) -> str:
        return DIMENSION_TEXT[self][0]

    @property
    def low_text(self) -> str:
        return DIMENSION_TEXT[self][1]

    @property
    def high_text(self) -> str:
        return DIMENSION_TEXT[self][2]


DIMENSION_TEXT: dict[Dimension, tuple[str, str, str]] = {
    Dimension.COMMUNICATION: ("沟通频率", "主动回复、主动询问", "回复延迟超过 24 小时"),
    Dimension.FOCUS: ("关注重点", "关心户型细节、交付时间", "反复比较竞品、质疑价格"),
    Dimension.COMPANIONS: ("陪同人员态度", "家人认可", "共同购房人明确反对或沉默"),
    Dimension.FUNDING: ("资金准备", "已预约银行", "反复询问首付能否分期"),
}


class Level(StrEnum):
    LOW = "low"
    HIGH = "high"

    @property
    def label(self) -> str:
        return {"low": "低风险", "high": "高风险"}[self.value]


#: Defaults of the rule; the settings hold the office's values.
DEFAULT_HIGH_SIGNALS = 2  # high-risk marks on one day…
DEFAULT_STREAK_DAYS = 2  # …on this many consecutive calendar days raise a warning
INDEX_DAYS = 7


@dataclass(frozen=True)
class Streak:
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def high_streaks(
    high_counts: Mapping[date, int],
    *,
    signals: int = DEFAULT_HIGH_SIGNALS,
    days: int = DEFAULT_STREAK_DAYS,
) -> list[Streak]:
    """Runs of consecutive calendar days with at least `signals` high-risk marks each, of at
    least `days` days. Each run raises one level-2 warning, however long it grows."""
    hot = sorted(day for day, count in high_counts.items() if count >= signals)
    streaks: list[Streak] = []
    start: date | None = None
    previous: date | None = None
    for day in hot:
        if previous is not None and day - previous == timedelta(days=1):
            previous = day
            continue
        if start is not None and previous is not None:
            streaks.append(Streak(start, previous))
        start = previous = day
    if start is not None and previous is not None:
        streaks.append(Streak(start, previous))
    return [s for s in streaks if s.days >= days]


def risk_index(
    marks: Iterable[tuple[date, Level | str]], *, today: date, days: int = INDEX_DAYS
) -> int | None:
    """100 × low-risk marks ÷ all marks over the last `days` days (today included), rounded half
    up; None when there are no marks in that window."""
    first = today - timedelta(days=days - 1)
    window = [Level(level) for day, level in marks if first <= day <= today]
    if not window:
        return None
    low = sum(1 for level in window if level is Level.LOW)
    value = Decimal(100 * low) / Decimal(len(window))
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
