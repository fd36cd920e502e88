"""When the daily backup is due and what to prune, with an injected clock (no I/O, no sleeps)."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from anjia_desk.core.backup_schedule import (
    backups_to_prune,
    is_backup_due,
    latest_slot,
    next_backup_at,
    parse_time,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
AT = time(12, 30)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("text", "expected"), [("12:30", time(12, 30)), ("0:05", time(0, 5)), ("23:59", time(23, 59))]
)
def test_parse_time(text, expected):
    assert parse_time(text) == expected


def test_parse_time_refuses_nonsense():
    with pytest.raises(ValueError):
        parse_time("noon")


def test_latest_slot_is_today_once_the_time_has_come():
    assert latest_slot(local(5, 12, 30), AT, SHANGHAI) == local(5, 12, 30)
    assert latest_slot(local(5, 18, 0), AT, SHANGHAI) == local(5, 12, 30)


def test_latest_slot_is_yesterday_before_the_time():
    assert latest_slot(local(5, 8, 0), AT, SHANGHAI) == local(4, 12, 30)


def test_latest_slot_uses_the_office_zone_not_utc():
    # 2026-03-05 03:00 UTC is 11:00 in Shanghai: before today's 12:30 there.
    now = datetime(2026, 3, 5, 3, 0, tzinfo=UTC)
    slot = latest_slot(now, AT, SHANGHAI)
    assert slot == local(4, 12, 30) and slot.tzinfo == SHANGHAI


@pytest.mark.parametrize(
    ("last", "now", "due"),
    [
        (None, local(5, 9, 0), True),  # never backed up
        (local(5, 12, 31), local(5, 18, 0), False),  # done after today's slot
        (local(5, 12, 30), local(5, 12, 30), False),  # done exactly at the slot
        (local(5, 12, 29), local(5, 12, 30), True),  # the slot has just come
        (local(4, 12, 40), local(5, 8, 0), False),  # before today's slot, yesterday's is done
        (local(4, 12, 40), local(5, 12, 45), True),  # today's slot passed
        (local(1, 12, 40), local(5, 8, 0), True),  # missed slots (PC off): make up at start
    ],
)
def test_is_backup_due(last, now, due):
    assert is_backup_due(last, now, AT, SHANGHAI) is due


def test_is_backup_due_compares_instants_across_zones():
    last_utc = datetime(2026, 3, 5, 4, 31, tzinfo=UTC)  # 12:31 Shanghai
    assert not is_backup_due(last_utc, local(5, 20, 0), AT, SHANGHAI)


def test_next_backup_at_is_now_when_due():
    now = local(5, 13, 0)
    assert next_backup_at(None, now, AT, SHANGHAI) == now
    assert next_backup_at(local(4, 12, 30), now, AT, SHANGHAI) == now


def test_next_backup_at_is_the_next_slot_otherwise():
    assert next_backup_at(local(5, 12, 31), local(5, 13, 0), AT, SHANGHAI) == local(6, 12, 30)
    assert next_backup_at(local(4, 12, 31), local(5, 8, 0), AT, SHANGHAI) == local(5, 12, 30)


def test_prune_nothing_when_there_are_no_backups():
    assert backups_to_prune([], local(5, 12, 30), 30) == []


def test_prune_what_is_older_than_the_retention_period():
    now = local(31, 12, 30)
    backups = [
        ("c", now - timedelta(days=1)),
        ("a", now - timedelta(days=45)),
        ("b", now - timedelta(days=31)),
        ("edge", now - timedelta(days=30)),  # exactly at the cutoff: kept
    ]
    assert backups_to_prune(backups, now, 30) == ["a", "b"]


def test_the_newest_backup_is_always_kept():
    now = local(31, 12, 30)
    backups = [("old", now - timedelta(days=90)), ("older", now - timedelta(days=120))]
    assert backups_to_prune(backups, now, 30) == ["older"]
    assert backups_to_prune([("only", now - timedelta(days=400))], now, 1) == []
