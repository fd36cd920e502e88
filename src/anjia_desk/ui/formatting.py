"""Text for people: who may do something, times in the office zone, dates."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from anjia_desk.core.roles import PERMISSIONS, Action, Role
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext

# --- text helpers


def who_may(action: Action) -> str:
    """The labels of the roles allowed `action`, administrator first: "管理员、案场经理"."""
    order = [Role.ADMIN, *(r for r in Role if r is not Role.ADMIN)]
    roles = [r for r in order if r in PERMISSIONS[action]]
    return "、".join(r.label for r in roles)


def format_local(moment: datetime | None, zone: ZoneInfo, *, seconds: bool = False) -> str:
    """An aware timestamp as office-zone text ("2026-03-05 14:30"); blank for None."""
    if moment is None:
        return ""
    pattern = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    return moment.astimezone(zone).strftime(pattern)


def format_day(day: date | None) -> str:
    """A business date as "2026-03-05"; blank for None."""
    return day.isoformat() if day is not None else ""


def default_zone() -> ZoneInfo:
    """The office zone before the settings are read: the default of `office.timezone`."""
    # Imported when used: the login window starts before the settings specs are needed.
    from anjia_desk.core.settings import SPECS

    return ZoneInfo(str(SPECS["office.timezone"].default))


def office_zone(ctx: AppContext) -> ZoneInfo:
    """The office's time zone from the settings (read through the settings service)."""
    # Imported when used: the services bring SQLAlchemy, which the login window starts without.
    from anjia_desk.services.settings import office_zone as zone_of

    return ops.read_now(ctx, lambda session, _actor: zone_of(session))
