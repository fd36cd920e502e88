"""Repeatable random draws for the demo generators: fast dice, weighted picks, phone numbers."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from typing import TypeVar

from anjia_desk.services.demo_words import PREFIXES

_T = TypeVar("_T")


def weighted(pairs: Sequence[tuple[str, int]]) -> tuple[list[str], list[int]]:
    return [p[0] for p in pairs], list(cumulative([p[1] for p in pairs]))


def cumulative(weights: Sequence[int]) -> list[int]:
    total, out = 0, []
    for w in weights:
        total += w
        out.append(total)
    return out


class Dice:
    """random.Random's draws the generator uses, from `random()` alone: the library's own take
    a few times longer each, and a 100,000-customer demo makes about four million of them."""

    def __init__(self, rng: random.Random) -> None:
        self.random = rng.random
        self.sample = rng.sample

    def choice(self, seq: Sequence[_T]) -> _T:
        return seq[int(self.random() * len(seq))]

    def randint(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def randrange(self, start: int, stop: int, step: int) -> int:
        return start + step * int(self.random() * ((stop - start + step - 1) // step))

    def choices(self, population: Sequence[_T], *, cum_weights: Sequence[int]) -> list[_T]:
        return [population[bisect_right(cum_weights, self.random() * cum_weights[-1])]]


def mobile_numbers(rng: random.Random, count: int) -> list[str]:
    """`count` distinct mobile numbers (distinct last eight digits)."""
    suffixes = rng.sample(range(10**8), count)
    return [f"{rng.choice(PREFIXES)}{s:08d}" for s in suffixes]
