from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from anjia_desk.core.errors import PermissionDenied, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry
from anjia_desk.services import settings
from anjia_desk.services.context import Actor


def test_defaults_until_changed(session, system):
    assert settings.get_settings(session)["security.lock_minutes"] == 10
    assert settings.office_zone(session) == ZoneInfo("Asia/Shanghai")
    values = settings.update_settings(
        session, system, {"security.lock_minutes": "5", "letterhead.company": "安家置业"}
    )
    assert values["security.lock_minutes"] == 5
    assert settings.get_setting(session, "letterhead.company") == "安家置业"
    settings.update_settings(session, system, {"security.lock_minutes": 6})
    settings.update_settings(session, system, {"security.lock_minutes": 6})  # unchanged: no write
    updates = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "settings", AuditEntry.action == "update")
    ).all()
    assert len(updates) == 1 and "5 → 6" in updates[0].summary.replace("'", "")


def test_one_bad_value_writes_nothing(session, system):
    with pytest.raises(ValidationError) as info:
        settings.update_settings(
            session, system, {"security.lock_minutes": 0, "letterhead.company": "好的"}
        )
    assert list(info.value.fields) == ["security.lock_minutes"]
    assert settings.get_setting(session, "letterhead.company") == ""


def test_only_admin_edits(session):
    consultant = Actor(None, "g", "顾问", frozenset({Role.CONSULTANT}))
    with pytest.raises(PermissionDenied):
        settings.update_settings(session, consultant, {"security.lock_minutes": 3})


def test_internal_values(session):
    assert settings.get_internal(session, "backup.public_key") is None
    settings.set_internal(session, "backup.public_key", "abc")
    settings.set_internal(session, "backup.public_key", "def")
    assert settings.get_internal(session, "backup.public_key") == "def"
    assert "backup.public_key" not in settings.get_settings(session)
    with pytest.raises(ValueError, match="user setting"):
        settings.set_internal(session, "security.lock_minutes", "1")
