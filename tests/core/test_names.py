"""Pinyin initials for search as you type: common names, polyphonic surnames, compound surnames."""

from __future__ import annotations

import pytest

from anjia_desk.core.names import SURNAME_INITIALS, is_initials_query, name_initials


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("张三", "zs"),
        ("李伟", "lw"),
        ("王小明", "wxm"),
        # Polyphonic surnames read as surnames, not with the character's everyday reading.
        ("曾小贤", "zxx"),  # zēng, not céng
        ("单田芳", "stf"),  # shàn, not dān
        ("解晓东", "xxd"),  # xiè, not jiě
        ("仇英", "qy"),  # qiú, not chóu
        ("区家明", "ojm"),  # ōu, not qū
        ("查良镛", "zly"),  # zhā, not chá
        ("朴树", "ps"),
        ("翟天临", "ztl"),
        ("覃海", "qh"),
    ],
)
def test_initials_of_names(name: str, initials: str) -> None:
    assert name_initials(name) == initials


def test_the_surname_rule_applies_to_the_first_character_only() -> None:
    # 曾 as a given name's character keeps its everyday reading (céng → c).
    assert name_initials("王曾") == "wc"
    # 单 in the middle of a name reads dān.
    assert name_initials("李单") == "ld"
    # 长 as a surname is cháng; elsewhere pypinyin decides.
    assert name_initials("长江") == "cj"


def test_every_listed_surname_gives_its_letter() -> None:
    for surname, letter in SURNAME_INITIALS.items():
        assert name_initials(surname + "一") == letter + "y"


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("欧阳娜娜", "oynn"),
        ("司马光", "smg"),
        ("诸葛亮", "zgl"),
        ("尉迟恭", "ycg"),  # 尉迟 reads yù chí
        ("长孙无忌", "zswj"),  # 长孙 reads zhǎng sūn (pypinyin knows the compound)
    ],
)
def test_compound_surnames(name: str, initials: str) -> None:
    assert name_initials(name) == initials


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("", ""),
        ("   ", ""),
        ("Tom 李", "toml"),
        ("ＡＢ张", "abz"),  # full-width letters fold to ASCII
        ("张-三", "zs"),  # punctuation is dropped
        ("李2", "l2"),
        (" 张三 ", "zs"),
    ],
)
def test_mixed_and_blank_names(name: str, initials: str) -> None:
    assert name_initials(name) == initials


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zs", True),
        ("ZS", True),
        ("z", True),
        ("", False),
        ("z s", False),
        ("zs1", False),
        ("张三", False),
        ("138", False),
    ],
)
def test_is_initials_query(text: str, expected: bool) -> None:
    assert is_initials_query(text) is expected
