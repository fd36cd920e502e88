"""Pure rules about a unit (房源) that lists, papers and the 工作台 share.

`unit_label` is the one way a unit is named to a person: building, stairwell and room run
together ("3栋2单元1201"), the way a sales office says it.
"""

from __future__ import annotations


def unit_label(building: str, stairwell: str, room: str) -> str:
    """ "3栋", "2单元", "1201" → "3栋2单元1201"; a blank stairwell drops out."""
    return f"{building}{stairwell}{room}"
