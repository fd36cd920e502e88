"""Reading and changing the office's settings (values in the database, defaults from core)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.core.settings import SPECS, SettingValue, defaults, validate_changes
from anjia_desk.db.models import Setting
from anjia_desk.services.context import Actor


def get_settings(session: Session) -> dict[str, SettingValue]:
    """Every known setting: the stored value, or the default from core."""
    values = defaults()
    for row in session.scalars(select(Setting).where(Setting.key.in_(list(SPECS)))):
        values[row.key] = json.loads(row.value)
    return values


def get_setting(session: Session, key: str) -> SettingValue:
    spec = SPECS[key]
    row = session.scalar(select(Setting).where(Setting.key == key))
    return spec.default if row is None else json.loads(row.value)


def office_zone(session: Session) -> ZoneInfo:
    return ZoneInfo(str(get_setting(session, "office.timezone")))


def update_settings(
    session: Session, actor: Actor, changes: Mapping[str, object]
) -> dict[str, SettingValue]:
    """Validate all `changes` first; write none of them if any is wrong. Audited per key."""
    actor.require(Action.EDIT_SETTINGS)
    clean, errors = validate_changes(dict(changes))
    if errors:
        raise ValidationError(errors)
    existing = {
        row.key: row for row in session.scalars(select(Setting).where(Setting.key.in_(list(clean))))
    }
    for key, value in clean.items():
        encoded = json.dumps(value, ensure_ascii=False)
        row = existing.get(key)
        if row is None:
            session.add(Setting(key=key, value=encoded))
        elif row.value != encoded:
            row.value = encoded
    session.flush()
    return get_settings(session)


# Internal values (not on the settings page), e.g. the backup's public key.
def get_internal(session: Session, key: str) -> str | None:
    row = session.scalar(select(Setting).where(Setting.key == key))
    return None if row is None else str(json.loads(row.value))


def set_internal(session: Session, key: str, value: str) -> None:
    if key in SPECS:
        raise ValueError(f"{key} is a user setting; use update_settings")
    row = session.scalar(select(Setting).where(Setting.key == key))
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
    session.flush()
