"""The rotation rule: round robin by counts, skips keep a consultant's place, invalid receptions
do not count, and the counts show who got how many."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from anjia_desk.core.rotation import BoardLine, TurnEvent, TurnKind, board, next_consultant

T0 = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)


def ev(user: int, kind: str, minute: int, *, invalid: bool = False) -> TurnEvent:
    return TurnEvent(user, TurnKind(kind), T0 + timedelta(minutes=minute), invalid)


def test_nobody_on_duty():
    assert board([], []) == []
    assert next_consultant([], []) is None


def test_list_order_breaks_ties_and_counts_decide():
    assert next_consultant([3, 1, 2], []) == 3
    events = [ev(3, "serve", 1)]
    assert next_consultant([3, 1, 2], events) == 1
    events.append(ev(1, "serve", 2))
    assert next_consultant([3, 1, 2], events) == 2
    events.append(ev(2, "serve", 3))
    assert next_consultant([3, 1, 2], events) == 3


def test_a_skip_puts_the_consultant_last_until_the_next_reception():
    roster = [1, 2, 3]
    events = [ev(1, "skip", 1)]
    lines = board(roster, events)
    assert lines[0] == BoardLine(1, 1, 0, 0, 1, True, 3)
    assert next_consultant(roster, events) == 2
    events.append(ev(2, "serve", 2))
    # 1 kept their place: with the fewest receptions, first again.
    assert next_consultant(roster, events) == 1
    assert not board(roster, events)[0].skipped_now


def test_everyone_skipped():
    events = [ev(1, "skip", 1), ev(2, "skip", 2)]
    assert next_consultant([1, 2], events) is None
    assert [line.order for line in board([1, 2], events)] == [1, 2]


def test_an_invalid_reception_gives_the_turn_back():
    events = [ev(1, "serve", 1, invalid=True)]
    line = board([1, 2], events)[0]
    assert (line.served, line.invalid) == (0, 1)
    assert next_consultant([1, 2], events) == 1


def test_events_are_taken_in_time_order_and_strangers_ignored():
    events = [ev(2, "serve", 5), ev(1, "skip", 1), ev(9, "serve", 0)]
    # 1 was skipped, then 2 received: 1 is back in the queue.
    lines = board([1, 2], events)
    assert [(line.user_id, line.skipped_now, line.served) for line in lines] == [
        (1, False, 0),
        (2, False, 1),
    ]


def test_kind_labels():
    assert [k.label for k in TurnKind] == ["接待", "跳过"]


@st.composite
def days(draw: st.DrawFn) -> tuple[list[int], list[TurnEvent]]:
    roster = draw(st.lists(st.integers(1, 8), min_size=1, max_size=6, unique=True))
    steps = draw(
        st.lists(
            st.tuples(st.sampled_from(["serve", "skip", "invalid"]), st.integers(0, 7)), max_size=30
        )
    )
    events: list[TurnEvent] = []
    for minute, (what, pick) in enumerate(steps):
        if what == "serve" or what == "invalid":
            nxt = next_consultant(roster, events)
            if nxt is None:
                continue
            events.append(ev(nxt, "serve", minute, invalid=what == "invalid"))
        else:
            events.append(ev(roster[pick % len(roster)], "skip", minute))
    return roster, events


@given(days())
def test_counts_add_up_and_the_queue_is_a_permutation(day):
    roster, events = day
    lines = board(roster, events)
    assert sorted(line.order for line in lines) == list(range(1, len(roster) + 1))
    assert sum(line.served + line.invalid for line in lines) == sum(
        e.kind is TurnKind.SERVE for e in events
    )
    assert sum(line.invalid for line in lines) == sum(e.invalid for e in events)
    assert sum(line.skips for line in lines) == sum(e.kind is TurnKind.SKIP for e in events)


@given(days())
def test_skipped_consultants_catch_up_once_back(day):
    """Whatever happened (skips, invalid receptions), following the board from now on without
    skips evens the valid counts out to within one: a skipped consultant kept their place."""
    roster, events = day
    events = list(events)
    lines = board(roster, events)
    gap = max(line.served for line in lines) - min(line.served for line in lines)
    for minute in range(gap * len(roster) + 1):
        nxt = next_consultant(roster, events)
        if nxt is None:  # everyone skipped: the desk hands the visitor to whoever is there
            nxt = roster[0]
        events.append(ev(nxt, "serve", 100 + minute))
    served = [line.served for line in board(roster, events)]
    assert max(served) - min(served) <= 1


@given(st.lists(st.integers(1, 8), min_size=1, max_size=6, unique=True), st.integers(0, 30))
def test_without_skips_it_is_a_plain_round_robin(roster, receptions):
    events: list[TurnEvent] = []
    for minute in range(receptions):
        nxt = next_consultant(roster, events)
        assert nxt == roster[minute % len(roster)]
        events.append(ev(nxt, "serve", minute))


@given(days())
def test_the_next_is_first_in_the_queue_among_those_not_skipped(day):
    roster, events = day
    nxt = next_consultant(roster, events)
    lines = board(roster, events)
    waiting = [line for line in lines if not line.skipped_now]
    if not waiting:
        assert nxt is None
    else:
        first = min(waiting, key=lambda line: line.order)
        assert nxt == first.user_id
        assert first.served == min(line.served for line in waiting)
