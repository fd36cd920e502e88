from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from anjia_desk.core.errors import PermissionDenied, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.core.settings import LIST, SPECS, SettingSpec
from anjia_desk.db.models import AuditEntry, Setting
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


def _raw(session, key):
    return session.scalar(select(Setting.value).where(Setting.key == key))


def test_a_decimal_setting_keeps_its_text_and_reads_as_decimal(session, system):
    key = "deals.penalty_per_10k"
    assert settings.get_decimal(session, key) == Decimal("5")  # the default
    session.add(Setting(key=key, value='"0.5"'))  # as the version before the DECIMAL kind wrote
    session.flush()
    assert settings.get_setting(session, key) == Decimal("0.5")
    assert settings.get_settings(session)[key] == Decimal("0.5")
    values = settings.update_settings(session, system, {key: " 0.80 "})
    assert values[key] == Decimal("0.80")
    assert _raw(session, key) == '"0.80"'  # kept as text, as before
    assert settings.get_decimal(session, key) == Decimal("0.80")
    with pytest.raises(ValidationError) as info:
        settings.update_settings(session, system, {key: "万分之五"})
    assert info.value.fields == {key: "逾期付款违约金（万分之/日）：应为数字，如 0.5"}
    with pytest.raises(TypeError, match="not a decimal setting"):
        settings.get_decimal(session, "security.lock_minutes")


@pytest.fixture
def days_setting(monkeypatch):
    spec = SettingSpec(
        "test.days", "催款提醒（天）", "常规", (3, 7, 15), LIST,
        item=int, minimum=1, maximum=365,
    )  # fmt: skip
    monkeypatch.setitem(SPECS, spec.key, spec)
    return spec


def test_a_list_setting_is_stored_as_a_list_and_audited_as_its_items(session, system, days_setting):
    key = days_setting.key
    assert settings.get_list(session, key) == (3, 7, 15)
    values = settings.update_settings(session, system, {key: "5, 10，30"})
    assert values[key] == (5, 10, 30)
    assert _raw(session, key) == "[5, 10, 30]"
    assert settings.get_list(session, key) == (5, 10, 30)
    settings.update_settings(session, system, {key: [5, 10, 30]})  # the same: nothing written
    settings.update_settings(session, system, {key: "5、10"})
    summaries = [
        e.summary
        for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "settings").order_by(AuditEntry.id)
        )
    ]
    assert summaries == [
        "设置项='催款提醒（天）'；值='5、10、30'",
        "值：'5、10、30' → '5、10'",
    ]
    with pytest.raises(ValidationError) as info:
        settings.update_settings(session, system, {key: "5、五"})
    assert info.value.fields == {key: "催款提醒（天）：第 2 项“五”应为整数"}
    with pytest.raises(TypeError, match="not a list setting"):
        settings.get_list(session, "deals.penalty_per_10k")
