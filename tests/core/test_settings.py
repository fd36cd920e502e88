from pathlib import Path

import pytest

from anjia_desk.core.settings import SPECS, SettingSpec, defaults, validate_changes


def test_defaults_follow_domain():
    values = defaults()
    assert values["security.lock_minutes"] == 10
    assert values["backup.retention_days"] == 30
    assert values["backup.enabled"] is True
    assert values["office.timezone"] == "Asia/Shanghai"


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("security.lock_minutes", "15", 15),
        ("security.lock_minutes", 5, 5),
        ("backup.enabled", False, False),
        ("backup.time", " 08:05 ", "08:05"),
        ("letterhead.company", "  安家置业  ", "安家置业"),
        ("office.timezone", "Asia/Urumqi", "Asia/Urumqi"),
        ("backup.directory", "", ""),
        ("backup.directory", str(Path.home() / "备份"), str(Path.home() / "备份")),
    ],
)
def test_valid_values_are_coerced(key, raw, expected):
    clean, errors = validate_changes({key: raw})
    assert errors == {} and clean == {key: expected}


@pytest.mark.parametrize(
    ("key", "raw", "message"),
    [
        ("security.lock_minutes", "abc", "应为整数"),
        ("security.lock_minutes", True, "应为整数"),
        ("security.lock_minutes", 0, "不能小于 1"),
        ("security.lock_minutes", 241, "不能大于 240"),
        ("backup.enabled", "yes", "应为是或否"),
        ("backup.time", "25:00", "时:分"),
        ("backup.time", "noon", "时:分"),
        ("office.timezone", "Mars/Base", "时区"),
        ("office.timezone", "../etc", "时区"),
        ("letterhead.company", "字" * 61, "最多 60 个字"),
        ("no.such.key", 1, "未知的设置项"),
        ("backup.directory", "backups", "完整路径"),
    ],
)
def test_invalid_values_are_explained(key, raw, message):
    clean, errors = validate_changes({key: raw})
    assert clean == {}
    assert message in errors[key]


def test_every_spec_accepts_its_default():
    for spec in SPECS.values():
        value, problem = spec.validate(spec.default)
        assert problem is None and value == spec.default


def test_spec_without_bounds_accepts_any_int():
    spec = SettingSpec("x.y", "某数", "组", 1, int)
    assert spec.validate("-5") == (-5, None)
