"""Phone normalisation (DOMAIN §2): every way a number arrives becomes the same 11 digits;
masked and virtual numbers are accepted and flagged. Property tests over messy input."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from anjia_desk.core.phones import (
    Phone,
    PhoneError,
    PhoneKind,
    digits_query,
    mask_phone,
    normalize_phone,
    parse_phone,
)

mobiles = st.builds(
    lambda second, rest: f"1{second}{rest}",
    st.sampled_from("3456789"),
    st.text(alphabet="0123456789", min_size=9, max_size=9),
)
separators = st.sampled_from([" ", "-", "", "–", "—", ".", "·", "  "])
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def written(draw: st.DrawFn, number: str) -> str:
    """`number` as a person, a channel's sheet or Excel may write it."""
    style = draw(st.sampled_from(["plain", "groups", "country", "fullwidth", "excel", "padded"]))
    sep = draw(separators)
    if style == "groups":
        return f"{number[:3]}{sep}{number[3:7]}{sep}{number[7:]}"
    if style == "country":
        prefix = draw(st.sampled_from(["+86", "+86 ", "0086", "0086-", "86", "(+86)"]))
        if prefix == "86":
            return f"86{number}"
        return f"{prefix}{number[:3]}{sep}{number[3:7]}{sep}{number[7:]}"
    if style == "fullwidth":
        return f"{number[:3]}{sep}{number[3:]}".translate(FULL_WIDTH)
    if style == "excel":
        return f"{number}.{'0' * draw(st.integers(1, 3))}"
    if style == "padded":
        before = draw(st.sampled_from(["", " ", "\t"]))
        after = draw(st.sampled_from(["", " ", "\u3000"]))
        return f"{before}{number}{after}"
    return number


@given(st.data(), mobiles)
def test_every_written_form_normalises_to_the_eleven_digits(data, number):
    text = data.draw(written(number))
    phone = parse_phone(text)
    assert phone == Phone(number, PhoneKind.MOBILE)
    assert phone.key == number and not phone.flagged
    assert normalize_phone(text) == number


@given(mobiles)
def test_numbers_from_excel_cells(number):
    assert parse_phone(int(number)).text == number
    assert parse_phone(float(number)).text == number


@given(st.data(), mobiles)
def test_normalising_is_idempotent(data, number):
    once = normalize_phone(data.draw(written(number)))
    assert normalize_phone(once) == once


@given(mobiles)
def test_masking_keeps_first_three_and_last_four(number):
    masked = mask_phone(number)
    assert masked == f"{number[:3]}****{number[-4:]}"
    # A masked number typed in is accepted, flagged, and has no identity.
    phone = parse_phone(masked)
    assert phone.kind is PhoneKind.MASKED and phone.flagged and phone.key is None
    assert (phone.prefix, phone.suffix) == (number[:3], number[-4:])
    assert mask_phone(masked) == masked


@given(mobiles, st.sampled_from(["****", "xxxx", "XXXX", "＊＊＊＊", "××××"]), separators)
def test_masked_forms_from_channels(number, stars, sep):
    phone = parse_phone(f"{number[:3]}{sep}{stars}{sep}{number[-4:]}")
    assert phone.text == f"{number[:3]}****{number[-4:]}"
    assert phone.kind is PhoneKind.MASKED


@given(
    mobiles,
    st.text(alphabet="0123456789", min_size=1, max_size=6),
    st.sampled_from(["转", "分机", "ext", "ext.", ",", "#", "；"]),
)
def test_virtual_numbers_are_flagged_with_their_extension(number, extension, word):
    phone = parse_phone(f"{number}{word}{extension}")
    assert phone == Phone(f"{number}转{extension}", PhoneKind.VIRTUAL)
    assert phone.key is None and phone.flagged
    assert phone.suffix == number[-4:]
    assert mask_phone(phone.text) == f"{number[:3]}****{number[-4:]}转****"


@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_wrong_lengths_say_how_many_digits(digits):
    assume(len(digits) != 11)
    assume(not (len(digits) == 13 and digits.startswith("86")))
    assume(not digits.startswith("0086"))
    with pytest.raises(PhoneError) as err:
        parse_phone(digits)
    assert f"现在是 {len(digits)} 位" in err.value.message


@given(st.sampled_from("0122"), st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_eleven_digits_not_starting_13_to_19_are_refused(second, rest):
    with pytest.raises(PhoneError, match="不是大陆手机号"):
        parse_phone(f"1{second}{rest}")


@given(st.text(min_size=1, max_size=30))
def test_anything_either_parses_or_says_why_in_chinese(text):
    try:
        phone = parse_phone(text)
    except PhoneError as exc:
        assert exc.message and not exc.message.isascii()
    else:
        assert phone.kind in PhoneKind
        if phone.kind is PhoneKind.MOBILE:
            assert len(phone.text) == 11 and phone.text.isdigit()


@pytest.mark.parametrize("blank", [None, "", "   ", "　"])
def test_blank_asks_for_a_phone(blank):
    with pytest.raises(PhoneError, match="请填写手机号"):
        parse_phone(blank)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("138abc12345", "只能包含数字"),
        ("0211234567转12", "虚拟号的主号码"),
    ],
)
def test_other_refusals(text, message):
    with pytest.raises(PhoneError, match=message):
        parse_phone(text)


def test_400_numbers_with_an_extension_are_virtual():
    assert parse_phone("400-123-4567转888") == Phone("4001234567转888", PhoneKind.VIRTUAL)


def test_kind_labels():
    assert [k.label for k in PhoneKind] == ["手机", "渠道隐号", "虚拟号"]


def test_mask_of_nothing_and_short_text():
    assert mask_phone(None) == "" and mask_phone("") == ""
    assert mask_phone("12345") == "12345"


@given(st.data(), mobiles)
def test_digits_query_reads_a_typed_run_of_digits(data, number):
    text = f"{number[:3]}{data.draw(separators)}{number[3:7]}"
    assert digits_query(text) == number[:7]
    assert digits_query(text.translate(FULL_WIDTH)) == number[:7]


@pytest.mark.parametrize("text", ["张三", "zs", "138a", ""])
def test_digits_query_is_none_for_other_text(text):
    assert digits_query(text) is None


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("13812345678 转 1234", "13812345678转1234"),
        ("138 1234 5678 分机 88", "13812345678转88"),
        ("400-123-4567 ext. 9", "4001234567转9"),
    ],
)
def test_spaces_around_an_extension_are_fine(raw, text):
    phone = parse_phone(raw)
    assert (phone.text, phone.kind) == (text, PhoneKind.VIRTUAL)
