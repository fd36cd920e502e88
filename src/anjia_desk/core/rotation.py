"""The reception rotation (接待轮序): who receives the next first-time visitor.

Fair by counting: the next consultant is the one on today's duty list with the fewest valid
receptions today, the list order breaking ties — a plain round robin while everyone is present.
A consultant skipped because they are out keeps their count, so they are first again when back
("they keep their place"); a reception marked invalid (同行踩盘, 问路) does not count, so that
consultant gets the next one back. Return visitors go to their own consultant and do not count.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class TurnKind(StrEnum):
    SERVE = "serve"  # received a first-time visitor
    SKIP = "skip"  # passed over because out

    @property
    def label(self) -> str:
        return {"serve": "接待", "skip": "跳过"}[self.value]


@dataclass(frozen=True)
class TurnEvent:
    """One event of today's board, as the rule needs it."""

    user_id: int
    kind: TurnKind
    at: datetime
    invalid: bool = False  # a reception marked invalid


@dataclass(frozen=True)
class BoardLine:
    user_id: int
    position: int  # on the duty list, 1-based
    served: int  # valid receptions today
    invalid: int  # receptions marked invalid today
    skips: int  # times skipped today
    skipped_now: bool  # skipped since the last reception: passed over for the next one
    order: int  # 1 = next; the queue order the board shows


def board(roster: Sequence[int], events: Iterable[TurnEvent]) -> list[BoardLine]:
    """Today's board: every consultant on the duty list (in `roster` order), with counts and the
    queue order. Those skipped since the last reception come last, keeping their counts."""
    served = dict.fromkeys(roster, 0)
    invalid = dict.fromkeys(roster, 0)
    skips = dict.fromkeys(roster, 0)
    skipped_now: set[int] = set()
    for event in sorted(events, key=lambda e: e.at):
        if event.user_id not in served:
            continue  # taken off the duty list since
        if event.kind is TurnKind.SKIP:
            skips[event.user_id] += 1
            skipped_now.add(event.user_id)
        else:
            skipped_now.clear()  # a reception happened: everyone is back in the queue
            if event.invalid:
                invalid[event.user_id] += 1
            else:
                served[event.user_id] += 1
    position = {user: i for i, user in enumerate(roster)}
    queue = sorted(roster, key=lambda u: (u in skipped_now, served[u], position[u]))
    order = {user: i + 1 for i, user in enumerate(queue)}
    return [
        BoardLine(
            user_id=user,
            position=position[user] + 1,
            served=served[user],
            invalid=invalid[user],
            skips=skips[user],
            skipped_now=user in skipped_now,
            order=order[user],
        )
        for user in roster
    ]


def next_consultant(roster: Sequence[int], events: Iterable[TurnEvent]) -> int | None:
    """Who is offered the next first-time visitor; None when nobody is on duty or everyone on
    duty has been skipped since the last reception."""
    lines = [line for line in board(roster, events) if not line.skipped_now]
    if not lines:
        return None
    return min(lines, key=lambda line: line.order).user_id
