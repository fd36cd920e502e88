"""Mainland resident ID numbers (居民身份证号码, GB 11643-1999; DOMAIN §13): read and mask.

An ID number is 18 characters: a 6-digit area code, the birth date (YYYYMMDD), a 3-digit
sequence and a check character computed by ISO 7064 MOD 11-2 (0–9 or X). People type it with
spaces, full-width digits or a lower-case x; all of that is folded away here. The app stores the
normalised form (encrypted) and shows it masked to everyone but the owner, the secretary and
finance.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

#: Weight of each of the first 17 characters: 2^(17 - i) mod 11.
_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
#: The check character for each remainder of the weighted sum mod 11.
_CHECK = "10X98765432"
_SHAPE = re.compile(r"\d{17}[\dX]")
#: Earliest birth year accepted: anything older is a typing mistake.
_MIN_YEAR = 1900


def _fold(text: str) -> str:
    """Full-width folded, all white space removed, x upper-cased."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(folded.split()).upper()


def check_character(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def normalise_id_number(text: str) -> str:
    """The 18-character ID number in `text`; ValueError with a Chinese message otherwise."""
    number = _fold(text)
    if not number:
        raise ValueError("请填写证件号码")
    if len(number) != 18:
        raise ValueError(f"身份证号码应为18位，现在是{len(number)}位")
    if _SHAPE.fullmatch(number) is None:
        raise ValueError("身份证号码前17位应为数字，最后一位为数字或X")
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    try:
        born = date(year, month, day)
    except ValueError:
        raise ValueError(f"身份证号码中的出生日期{number[6:14]}不存在") from None
    if born.year < _MIN_YEAR:
        raise ValueError(f"身份证号码中的出生年份{born.year}不对")
    if check_character(number[:17]) != number[17]:
        raise ValueError("身份证号码校验位不对，请逐位核对")
    return number


def mask_id_number(number: str) -> str:
    """ "110101********1234": the first 6 and last 4 characters shown, the rest starred.

    A value too short to keep anything hidden is starred in full.
    """
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
