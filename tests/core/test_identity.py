"""ID numbers (DOMAIN §13): every way a valid number is typed reads the same; a wrong date or
check digit is refused with a Chinese reason; masking shows the first 6 and last 4."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjia_desk.core.identity import check_character, mask_id_number, normalise_id_number

#: GB 11643-1999's weights, written out (not computed) so the test checks the implementation.
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECKS = "10X98765432"
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")

#: The standard's own example, and a few computed with an independent calculator.
VALID = ["11010519491231002X", "110101199003074477", "440308198001011234", "320106198506150028"]


def expected_check(first17: str) -> str:
    return CHECKS[sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11]


def test_the_valid_examples_are_really_valid() -> None:
    for number in VALID:
        assert expected_check(number[:17]) == number[17]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11010519491231002X", "11010519491231002X"),
        ("11010519491231002x", "11010519491231002X"),
        (" 110105 19491231 002X ", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),
        ("110105\u300019491231002X", "11010519491231002X"),
        ("110101199003074477", "110101199003074477"),
        ("440308198001011234", "440308198001011234"),
    ],
)
def test_normalise_folds_the_ways_people_type_it(text: str, expected: str) -> None:
    assert normalise_id_number(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "请填写证件号码"),
        ("   ", "请填写证件号码"),
        ("11010519491231002", "应为18位，现在是17位"),
        ("11010519491231002X1", "应为18位，现在是19位"),
        ("110105194912310X2X", "前17位应为数字"),
        ("11010519491231002Y", "前17位应为数字"),
        ("110105194902300025", "出生日期19490230不存在"),
        ("110105194913010025", "出生日期19491301不存在"),
        ("110105000001010025", "出生日期00000101不存在"),
        ("110105189912310025", "出生年份1899不对"),
        ("110105194912310021", "校验位不对"),
    ],
)
def test_normalise_refuses_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        normalise_id_number(text)


@given(
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.text(alphabet="0123456789", min_size=3, max_size=3),
    st.booleans(),
    st.booleans(),
)
def test_any_well_formed_number_round_trips(
    area: str, born: date, seq: str, lower: bool, wide: bool
) -> None:
    first17 = f"{area}{born:%Y%m%d}{seq}"
    number = first17 + expected_check(first17)
    assert check_character(first17) == number[17]
    typed = number.lower() if lower else number
    typed = typed.translate(FULL_WIDTH) if wide else typed
    assert normalise_id_number(typed) == number
    wrong = first17 + next(c for c in CHECKS if c != number[17])
    with pytest.raises(ValueError, match="校验位"):
        normalise_id_number(wrong)


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("110101199003074477", "110101********4477"),
        ("11010519491231002X", "110105********002X"),
        ("12345678901", "123456*8901"),
        ("1234567890", "**********"),
        ("", ""),
    ],
)
def test_mask(number: str, masked: str) -> None:
    assert mask_id_number(number) == masked
