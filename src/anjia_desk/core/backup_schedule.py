"""When the daily backup is due, and which old backups to prune (DOMAIN §13)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo


def parse_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def latest_slot(now: datetime, daily_at: time, zone: ZoneInfo) -> datetime:
    """The most recent scheduled moment at or before `now` (aware, in `zone`)."""
    local = now.astimezone(zone)
    slot = datetime.combine(local.date(), daily_at, tzinfo=zone)
    if slot > local:
        slot -= timedelta(days=1)
    return slot


def is_backup_due(
    last_backup_at: datetime | None, now: datetime, daily_at: time, zone: ZoneInfo
) -> bool:
    """Due when no backup was made since the latest scheduled moment (a missed one counts)."""
    if last_backup_at is None:
        return True
    return last_backup_at < latest_slot(now, daily_at, zone)


def next_backup_at(
    last_backup_at: datetime | None, now: datetime, daily_at: time, zone: ZoneInfo
) -> datetime:
    """When the next backup should run: now if one is due, else the next scheduled moment."""
    if is_backup_due(last_backup_at, now, daily_at, zone):
        return now
    return latest_slot(now, daily_at, zone) + timedelta(days=1)


def backups_to_prune(
    backups: Sequence[tuple[str, datetime]], now: datetime, retention_days: int
) -> list[str]:
    """Names of backups older than the retention period; the newest backup is always kept."""
    if not backups:
        return []
    newest = max(backups, key=lambda item: item[1])[0]
    cutoff = now - timedelta(days=retention_days)
    return sorted(name for name, made in backups if made < cutoff and name != newest)
