"""Reading and changing the office's settings (values in the database, defaults from core)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import split_options
from anjia_desk.core.deal_rules import CareHours
from anjia_desk.core.errors import PermissionDenied, ValidationError
from anjia_desk.core.roles import PERMISSIONS, Role, roles_label
from anjia_desk.core.settings import (
    SPECS,
    ListItem,
    SettingValue,
    check_together,
    defaults,
    group_action,
    validate_changes,
)
from anjia_desk.db.models import Setting
from anjia_desk.db.types import aware_utc
from anjia_desk.services.context import Actor

#: Values of every kind by key (core.settings.SettingValue each). Typed Any for the reader: the
#: caller knows its key's kind and says so (`int(values[key])`); `get_decimal` and `get_list`
#: read one value of those kinds with its type.
SettingValues = dict[str, Any]


def get_settings(session: Session) -> SettingValues:
    """Every known setting: the stored value, or the default from core."""
    values: SettingValues = dict(defaults())
    for row in session.scalars(select(Setting).where(Setting.key.in_(list(SPECS)))):
        values[row.key] = SPECS[row.key].load(json.loads(row.value))
    return values


def get_setting(session: Session, key: str) -> Any:
    """One setting's value, of its spec's kind (a DECIMAL setting reads as Decimal, a LIST one
    as a tuple): a core.settings.SettingValue, typed Any as in `get_settings`."""
    return _value(session, key)


def _value(session: Session, key: str) -> SettingValue:
    spec = SPECS[key]
    row = session.scalar(select(Setting).where(Setting.key == key))
    return spec.default if row is None else spec.load(json.loads(row.value))


def get_decimal(session: Session, key: str) -> Decimal:
    """The value of a DECIMAL setting."""
    value = _value(session, key)
    if not isinstance(value, Decimal):
        raise TypeError(f"{key} is not a decimal setting")
    return value


def get_list(session: Session, key: str) -> tuple[ListItem, ...]:
    """The items of a LIST setting, in order."""
    value = _value(session, key)
    if not isinstance(value, tuple):
        raise TypeError(f"{key} is not a list setting")
    return value


def care_hours(session: Session) -> CareHours:
    """The care touches' hours (core.deal_rules.care_plan) from the settings."""
    values = get_settings(session)

    def at(key: str) -> time:
        hours, minutes = str(values[key]).split(":")
        return time(int(hours), int(minutes))

    return CareHours(
        start=at("care.window_start"),
        end=at("care.window_end"),
        second_at=at("care.second_at"),
        third_at=at("care.third_at"),
    )


def office_zone(session: Session) -> ZoneInfo:
    return ZoneInfo(str(get_setting(session, "office.timezone")))


def office_today(session: Session, now: datetime | None = None) -> date:
    """The office's business date at `now` (aware; the clock when None)."""
    return aware_utc(now).astimezone(office_zone(session)).date()


def may_edit(actor: Actor, key: str) -> bool:
    """Whether `actor` may change the setting `key`: its topic's action in the role table."""
    return actor.can(group_action(SPECS[key].group))


def editors_of(group: str) -> str:
    """Who may change the settings of `group`, in Chinese: "案场经理"."""
    return roles_label(PERMISSIONS[group_action(group)]) or roles_label([Role.ADMIN])


def update_settings(session: Session, actor: Actor, changes: Mapping[str, object]) -> SettingValues:
    """Validate all `changes` first; write none of them if any is wrong. Audited per key.

    Each key is changed only by the roles its topic belongs to (core.settings.GROUP_ACTIONS): a
    change to a topic the actor does not own refuses the whole save."""
    refused = sorted(
        {SPECS[key].group for key in changes if key in SPECS and not may_edit(actor, key)}
    )
    if refused:
        actions = "、".join(dict.fromkeys(group_action(group).label for group in refused))
        owners = "；".join(f"“{group}”由{editors_of(group)}修改" for group in refused)
        raise PermissionDenied(f"没有权限：{actions}（{owners}；当前用户：{actor.display_name}）")
    clean, errors = validate_changes(dict(changes))
    if errors:
        raise ValidationError(errors)
    if clean:
        merged = {**get_settings(session), **clean}
        together = check_together(merged)
        if together:
            raise ValidationError(together)
    for key, value in clean.items():
        _store(session, key, SPECS[key].dump(value))
    session.flush()
    return get_settings(session)


def _store(session: Session, key: str, value: object) -> None:
    """Write one value (as JSON) under `key`, adding the row when there is none yet; an unchanged
    value writes nothing (and leaves no audit line)."""
    encoded = json.dumps(value, ensure_ascii=False)
    row = session.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        session.add(Setting(key=key, value=encoded))
    elif row.value != encoded:
        row.value = encoded


def extend_option_list(session: Session, key: str, items: Iterable[str]) -> None:
    """Append to an option-list setting (items joined by 、) those of `items` it lacks: what an
    import does with channels it has not seen. No permission of its own: it comes with an
    action the actor may already do."""
    values = get_settings(session)
    current = split_options(str(values[key]))
    extra = [item for item in dict.fromkeys(items) if item not in current]
    if extra:
        _store(session, key, "、".join([*current, *extra]))


# Internal values (not on the settings page), e.g. the backup's public key.
def get_internal(session: Session, key: str) -> str | None:
    row = session.scalar(select(Setting).where(Setting.key == key))
    return None if row is None else str(json.loads(row.value))


def set_internal(session: Session, key: str, value: str) -> None:
    if key in SPECS:
        raise ValueError(f"{key} is a user setting; use update_settings")
    _store(session, key, value)
    session.flush()
