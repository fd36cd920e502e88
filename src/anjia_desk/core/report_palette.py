"""The colours of a report's series, one list for the chart on screen, on paper and in Excel
(issue 19: the three must agree, and stay readable printed in black and white).

Four lightness levels in turn (dark, light, middle, very light), so two bars side by side or
stacked differ in lightness even on a grey printout; every further four series take new hues at
the same four levels with stripes (vertical, then horizontal, then both), so no two of the first
sixteen series look alike without colour. Every bar is drawn with a thin dark outline so the
lightest fill still shows on white paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: Two sets of hues at the same four levels: dark, light, middle, very light.
FILLS: tuple[str, ...] = (
    "#1F3A5F",  # dark navy
    "#A9BED8",  # light blue
    "#B8692A",  # burnt orange (a middle grey on paper)
    "#EEF1F6",  # near white
    "#4E6B3A",  # dark olive
    "#F0CD96",  # pale sand
    "#8A5A9E",  # plum (a middle grey on paper)
    "#F6F1E4",  # cream
)
LEVELS = 4
#: The levels dark enough for white text and white stripes on them.
DARK_LEVELS = frozenset({0, 2})
OUTLINE = "#333333"
INK_ON_LIGHT = "#1A1A1A"
INK_ON_DARK = "#FFFFFF"


class Stripes(StrEnum):
    NONE = "none"
    VERTICAL = "vertical"
    HORIZONTAL = "horizontal"
    GRID = "grid"


_STRIPES = (Stripes.NONE, Stripes.VERTICAL, Stripes.HORIZONTAL, Stripes.GRID)


@dataclass(frozen=True)
class SeriesLook:
    """How series number `index` (0-based) is filled."""

    fill: str
    stripes: Stripes
    dark: bool

    @property
    def ink(self) -> str:
        """The colour of text and stripes drawn on the fill."""
        return INK_ON_DARK if self.dark else INK_ON_LIGHT


def series_look(index: int) -> SeriesLook:
    """The fill and stripes of series `index` (0-based)."""
    level, round_ = index % LEVELS, index // LEVELS
    fill = FILLS[level + LEVELS * (round_ % 2)]
    return SeriesLook(fill, _STRIPES[round_ % len(_STRIPES)], level in DARK_LEVELS)
