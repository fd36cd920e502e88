from decimal import Decimal
from pathlib import Path

import pytest

from anjia_desk.core.settings import (
    DECIMAL,
    LIST,
    SPECS,
    SettingSpec,
    defaults,
    validate_changes,
)


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


# --- the DECIMAL kind


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("0.5", "0.5"), (" 5 ", "5"), ("0.50", "0.50"), (3, "3"), (Decimal("2.25"), "2.25"),
     ("1e1", "10")],
)  # fmt: skip
def test_a_decimal_setting_reads_as_decimal(raw, expected):
    clean, errors = validate_changes({"deals.penalty_per_10k": raw})
    assert errors == {}
    value = clean["deals.penalty_per_10k"]
    assert isinstance(value, Decimal) and str(value) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("abc", "逾期付款违约金（万分之/日）：应为数字，如 0.5"),
        ("", "应为数字"),
        ("NaN", "应为数字"),
        ("Infinity", "应为数字"),
        (True, "应为数字"),
        (0.5, "应为数字"),  # a float would round: refused
        ("-0.1", "不能小于 0"),
        ("100.01", "不能大于 100"),
    ],
)
def test_a_bad_decimal_is_explained(raw, message):
    clean, errors = validate_changes({"deals.penalty_per_10k": raw})
    assert clean == {} and message in errors["deals.penalty_per_10k"]


def test_a_decimal_setting_may_limit_its_places_and_check_more():
    spec = SettingSpec(
        "x.rate", "费率", "组", Decimal("1.5"), DECIMAL, places=1,
        check=lambda v: "须为 0.5 的倍数" if v % Decimal("0.5") else None,
    )  # fmt: skip
    assert spec.validate("2.5") == (Decimal("2.5"), None)
    assert spec.validate("2.55") == (None, "费率：最多 1 位小数")
    assert spec.validate("2.2") == (None, "费率：须为 0.5 的倍数")


def test_decimals_in_disguise_are_decimal_settings_stored_as_before():
    """These were text settings checked as numbers: the stored text stays what it was."""
    keys = ["deals.penalty_per_10k", "deals.site_discount_pct"]
    keys += [f"deals.std_discount.{m}" for m in ("full", "commercial", "fund", "combo")]
    for key in keys:
        assert SPECS[key].kind is DECIMAL, key
    assert [SPECS[k].dump(SPECS[k].default) for k in keys] == ["5", "1", "2", "1", "0", "0"]
    spec = SPECS["deals.penalty_per_10k"]
    assert spec.load("0.5") == Decimal("0.5")  # the JSON string written by the old version
    assert spec.dump(spec.validate("0.50")[0]) == "0.50"
    assert spec.load("not a number") == Decimal("5")  # edited by hand: the default
    assert spec.load(True) == Decimal("5")
    assert spec.text(Decimal("0.50")) == "0.50"
    assert SPECS["deals.std_discount.full"].validate("20.5")[1] == "全款优惠（%）：不能大于 20"


# --- the LIST kind

DAYS = SettingSpec(
    "test.days", "催款提醒（天）", "组", (3, 7, 15), LIST,
    item=int, minimum=1, maximum=365, max_items=5,
)  # fmt: skip
WORDS = SettingSpec("test.words", "称呼", "组", ("先生", "女士"), LIST, max_length=4, min_items=1)


@pytest.mark.parametrize(
    ("spec", "raw", "expected"),
    [
        (DAYS, "3、7、15", (3, 7, 15)),
        (DAYS, "3, 7，15", (3, 7, 15)),
        (DAYS, " 3 7\n15 ", (3, 7, 15)),
        (DAYS, "30；60;90、", (30, 60, 90)),
        (DAYS, [1, "2"], (1, 2)),
        (DAYS, (365,), (365,)),
        (DAYS, "", ()),
        (WORDS, "先生、女士、老师", ("先生", "女士", "老师")),
        (WORDS, "王 老师，李 总", ("王 老师", "李 总")),  # spaces belong to a text item
    ],
)
def test_a_list_setting_is_parsed_from_the_editor(spec, raw, expected):
    assert spec.validate(raw) == (expected, None)


@pytest.mark.parametrize(
    ("spec", "raw", "message"),
    [
        (DAYS, "3、x", "催款提醒（天）：第 2 项“x”应为整数"),
        (DAYS, "3、0", "催款提醒（天）：第 2 项“0”不能小于 1"),
        (DAYS, "400", "催款提醒（天）：第 1 项“400”不能大于 365"),
        (DAYS, "3、7、3", "催款提醒（天）：“3”重复了"),
        (DAYS, "1 2 3 4 5 6", "催款提醒（天）：最多 5 项"),
        (DAYS, [True], "催款提醒（天）：第 1 项“True”应为整数"),
        (DAYS, 7, "催款提醒（天）：应为一组值，用顿号（、）分隔"),
        (WORDS, "", "称呼：至少填写 1 项"),
        (WORDS, "先生、尊敬的女士", "称呼：第 2 项“尊敬的女士”最多 4 个字"),
        (WORDS, ["先生", " "], "称呼：第 2 项“”不能为空"),
    ],
)
def test_a_bad_list_is_explained(spec, raw, message):
    assert spec.validate(raw) == (None, message)


def test_a_list_is_stored_as_a_json_list_and_shown_with_enumeration_commas():
    assert DAYS.dump((3, 7)) == [3, 7]
    assert DAYS.load([3, 7]) == (3, 7)
    assert DAYS.load(["3"]) == (3, 7, 15)  # not a list of ints: the default
    assert DAYS.load("3、7") == (3, 7, 15)
    assert WORDS.load(["先生"]) == ("先生",)
    assert DAYS.text((3, 7, 15)) == "3、7、15"
    assert DAYS.validate(DAYS.text((3, 7, 15))) == ((3, 7, 15), None)
