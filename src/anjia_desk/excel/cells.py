"""Cell values read from a sheet and the parsers that turn them into field values (EXCEL_FORMAT.md).

Every parser takes a normalised `Cell` (see `reader.normalise`) and either returns the field's
value or raises `CellError` with a one-line Chinese reason for the import report. They run once
per cell of a 100,000-row file: the common, already-clean value takes a fast path first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import TypeAlias

from anjia_desk.core.phones import PhoneError, PhoneKind
from anjia_desk.core.phones import parse_phone as _core_parse_phone

#: One value of a sheet after normalisation: blank → None, text stripped, integral floats → int.
Cell: TypeAlias = str | int | float | bool | date | datetime | time | None


class CellError(ValueError):
    """A cell that cannot be read as its field; `message` is the Chinese reason for the report."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _fold(text: str) -> str:
    """Full-width → half-width (NFKC) and stripped; ASCII text is already folded."""
    if text.isascii():
        return text.strip()
    return unicodedata.normalize("NFKC", text).strip()


# --- display text


def cell_text(value: Cell) -> str:
    """How a cell reads in a report or a reason: 300, 300.5, 2026-03-05, 2026-03-05 14:30."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.second or value.microsecond:
            return value.strftime("%Y-%m-%d %H:%M:%S")
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value.strftime("%H:%M:%S" if value.second else "%H:%M")


def parse_text(value: Cell, *, max_len: int) -> str:
    """Free text ('' for a blank cell); CellError when it is longer than `max_len`."""
    text = value.strip() if isinstance(value, str) else cell_text(value)
    if len(text) > max_len:
        raise CellError(f"内容过长（{len(text)} 个字，最多 {max_len} 个字）")
    return text


# --- phone

_SECOND_DIGITS = frozenset("3456789")  # MOBILE_RE: 1[3-9]\d{9}
_SCIENTIFIC_RE = re.compile(r"[+-]?(\d+)(?:\.(\d*))?[eE][+-]?\d+")


def _phone_from_scientific(text: str, shown: str) -> str:
    """ "1.3812345678E10" → "13812345678"; a mantissa with fewer digits than the number has
    lost some (Excel showed "1.38123E+10" and the CSV kept only that)."""
    match = _SCIENTIFIC_RE.fullmatch(text)
    if match is None:
        return text
    number = Decimal(text)
    if abs(number.adjusted()) > 15 or number != number.to_integral_value():
        raise CellError(f"手机号“{shown}”不是有效的大陆手机号（不是 11 位整数）")
    whole = str(int(number))
    written = (match[1] + (match[2] or "")).lstrip("0")
    if len(written) < len(whole):
        raise CellError(f"手机号“{shown}”以科学计数法保存，已丢失位数，请把该列设为文本后重新导出")
    return whole


def parse_phone(value: Cell) -> str:
    """The 11-digit mainland mobile number of a cell, however it was typed or stored."""
    kind = type(value)
    if kind is int:
        number: int = value  # type: ignore[assignment]
        if 13_000_000_000 <= number < 20_000_000_000:
            return str(number)  # a phone stored as a number (calamine's float, normalised)
    elif kind is str:
        text: str = value  # type: ignore[assignment]
        # The fast path, what MOBILE_RE (1[3-9]\d{9}) says, without a regex call.
        if (
            len(text) == 11
            and text[0] == "1"
            and text[1] in _SECOND_DIGITS
            and text.isdigit()
            and text.isascii()
        ):
            return text
    if value is None:
        raise CellError("缺少手机号")
    shown = cell_text(value)
    if kind is bool or isinstance(value, date | time):
        raise CellError(f"手机号“{shown}”不是有效的大陆手机号（不是号码）")
    if kind is float and not value.is_integer():  # type: ignore[union-attr]
        raise CellError(f"手机号“{shown}”不是有效的大陆手机号（不是整数）")
    text = shown if kind is not str else _fold(shown)
    if "e" in text or "E" in text:
        text = _phone_from_scientific(text, shown)
    try:
        phone = _core_parse_phone(text)
    except PhoneError as exc:
        raise CellError(f"手机号“{shown}”不是有效的大陆手机号（{exc.message}）") from None
    if phone.kind is PhoneKind.MASKED:
        raise CellError(f"手机号“{shown}”是打码号码，导入需要完整号码")
    if phone.kind is PhoneKind.VIRTUAL:
        raise CellError(f"手机号“{shown}”是虚拟号（带分机），导入需要客户本人的手机号")
    return phone.text


# --- choices

_MALE = frozenset({"男", "男性", "男士", "先生", "m", "male", "man"})
_FEMALE = frozenset({"女", "女性", "女士", "小姐", "太太", "f", "female", "woman"})
_UNKNOWN = frozenset({"未知", "不详", "保密", "-", "/", "—", "无"})


def parse_gender(value: Cell) -> str:
    """男 / 女, or '' when blank or marked unknown (未知, 保密, -)."""
    if value == "男" or value == "女":
        return value  # type: ignore[return-value]
    if value is None:
        return ""
    text = _fold(cell_text(value)).lower().replace(" ", "")
    if text in _MALE:
        return "男"
    if text in _FEMALE:
        return "女"
    if text in _UNKNOWN:
        return ""
    raise CellError(f"性别“{cell_text(value)}”无法识别（应为 男 或 女）")


_GRADE_RE = re.compile(r"([ABC])(?:类|级)?(?:客户)?")
_GRADE_WORDS = {"高意向": "A", "中意向": "B", "低意向": "C", "高": "A", "中": "B", "低": "C"}


def parse_grade(value: Cell) -> str:
    """A / B / C (blank → C): also a, A类, A级, A 级, 高意向 → A, 中意向 → B, 低意向 → C."""
    if value == "A" or value == "B" or value == "C":
        return value  # type: ignore[return-value]
    if value is None:
        return "C"
    if type(value) is str:
        text = "".join(_fold(value).split()).upper()
        match = _GRADE_RE.fullmatch(text)
        if match:
            return match[1]
        word = _GRADE_WORDS.get(text.removesuffix("客户"))
        if word:
            return word
    raise CellError(f"意向等级“{cell_text(value)}”无法识别（应为 A、B 或 C）")


_NO_ALIASES: Mapping[str, str] = MappingProxyType({})


def parse_choice(
    value: Cell, allowed: Sequence[str], *, aliases: Mapping[str, str] = _NO_ALIASES, what: str
) -> str:
    """One of `allowed` ('' for a blank cell), matched exactly after full-width folding and
    trimming, or through `aliases` (written form → allowed value)."""
    if value is None:
        return ""
    text = _fold(cell_text(value))
    if text in allowed:
        return text
    if text in aliases:
        return aliases[text]
    key = text.casefold()
    for option in allowed:
        if _fold(option).casefold() == key:
            return option
    for alias, option in aliases.items():
        if _fold(alias).casefold() == key:
            return option
    raise CellError(f"{what}“{text}”不在可选值中")


def split_items(value: Cell) -> list[str]:
    """关注点 and the like: items split on 、 , ， ; ； / or spaces, in order, without repeats."""
    if value is None:
        return []
    items: list[str] = []
    for item in _ITEM_SPLIT.split(cell_text(value)):
        if item and item not in items:
            items.append(item)
    return items


_ITEM_SPLIT = re.compile(r"[、,，;；/／\s]+")


# --- amounts and areas

_CENT = Decimal("0.01")
_NUMBER = r"(\d+(?:\.\d+)?|\.\d+)"
_RANGE_DASH = r"(?:-|~|〜|至|到|—|–)"
_WAN_RE = re.compile(
    rf"(?:约)?{_NUMBER}(万元|万|w|元)?(?:{_RANGE_DASH}{_NUMBER}(万元|万|w|元)?)?(?:左右)?"
)
_AREA_RE = re.compile(
    rf"(?:约)?{_NUMBER}(m2|平方米|平米|平方|平)?(?:{_RANGE_DASH}{_NUMBER}(m2|平方米|平米|平方|平)?)?(?:左右)?"
)
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?:\D|$))")
_BUDGET_LIMIT = Decimal(100000)  # 万元, as core.customers checks the profile form
_AREA_LIMIT = Decimal(10000)  # ㎡


def _clean_number_text(text: str) -> str:
    text = "".join(_fold(text).split()).lower()
    return _THOUSANDS_RE.sub("", text) if "," in text else text


class _Unreadable(Exception):
    """Inside a parser: the value cannot be read; the public function words the reason (built
    only then, so the common path never formats a message)."""


def _checked(number: Decimal, limit: Decimal, *, low_end: bool = False) -> Decimal:
    """A positive amount within `limit`; the low end of a range may be 0 ("0-300", as the
    profile form allows)."""
    if not number.is_finite() or number < 0 or number > limit:
        raise _Unreadable
    rounded = number.quantize(_CENT, rounding=ROUND_HALF_UP)
    if not rounded and not low_end:
        raise _Unreadable
    return rounded


def _ordered(low: Decimal, high: Decimal) -> tuple[Decimal | None, Decimal | None]:
    return (low, high) if low <= high else (high, low)


def _wan(number: Decimal, unit: str | None) -> Decimal:
    if unit == "元" or (unit is None and number >= 10000):
        return number / 10000
    return number


def _plain_number(value: Cell) -> Decimal | None:
    """A numeric cell as a Decimal (floats through their shortest repr); None for others."""
    kind = type(value)
    if kind is int:
        return Decimal(value)  # type: ignore[arg-type]
    if kind is float:
        return Decimal(repr(value))
    return None


@lru_cache(maxsize=4096, typed=True)  # files repeat their values
def _wan_range(value: Cell) -> tuple[Decimal | None, Decimal | None]:
    number = _plain_number(value)
    if number is not None:
        if not number.is_finite():
            raise _Unreadable
        amount = _checked(_wan(number, None), _BUDGET_LIMIT)
        return amount, amount
    if type(value) is not str:
        raise _Unreadable
    match = _WAN_RE.fullmatch(_clean_number_text(value))
    if match is None:
        raise _Unreadable
    low_text, low_unit, high_text, high_unit = match.groups()
    low_number = _wan(Decimal(low_text), low_unit or high_unit)
    if high_text is None:
        low = _checked(low_number, _BUDGET_LIMIT)
        return low, low
    low = _checked(low_number, _BUDGET_LIMIT, low_end=True)
    high = _checked(_wan(Decimal(high_text), high_unit or low_unit), _BUDGET_LIMIT)
    return _ordered(low, high)


def parse_wan(value: Cell) -> tuple[Decimal | None, Decimal | None]:
    """A budget in 万元: 300, "300万", "3,000,000" (yuan when ≥ 10,000), "200-300万" → (min, max).

    Zero, negative, beyond 100,000 万元 or words such as 面议 → CellError."""
    if value is None:
        return None, None
    try:
        return _wan_range(value)
    except _Unreadable:
        raise CellError(f"预算“{cell_text(value)}”无法识别") from None


@lru_cache(maxsize=4096, typed=True)  # files repeat their values
def _area_range(value: Cell) -> tuple[Decimal | None, Decimal | None]:
    number = _plain_number(value)
    if number is not None:
        area = _checked(number, _AREA_LIMIT)
        return area, area
    if type(value) is not str:
        raise _Unreadable
    match = _AREA_RE.fullmatch(_clean_number_text(value))
    if match is None:
        raise _Unreadable
    if match[3] is None:
        area = _checked(Decimal(match[1]), _AREA_LIMIT)
        return area, area
    low = _checked(Decimal(match[1]), _AREA_LIMIT, low_end=True)
    return _ordered(low, _checked(Decimal(match[3]), _AREA_LIMIT))


def parse_area(value: Cell) -> tuple[Decimal | None, Decimal | None]:
    """An area in ㎡: 89, "89㎡", "89平", "89平米", "80-100" → (min, max); up to 10,000 ㎡."""
    if value is None:
        return None, None
    try:
        return _area_range(value)
    except _Unreadable:
        raise CellError(f"面积“{cell_text(value)}”无法识别") from None


# --- dates

_EPOCH = datetime(1899, 12, 30)  # Excel's 1900 date system: serial 61 = 1900-03-01
_MAX_SERIAL = 2958466  # 10000-01-01
_DATE_RE = re.compile(
    r"(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?|(\d{2})(\d{2}))"
    r"(?:(?:\s*T\s*|\s+|(?<=日))(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?)?"
)
_SERIAL_TEXT_RE = re.compile(r"\d{5}(?:\.\d+)?")


def _day_or_moment(moment: datetime) -> date | datetime:
    if moment.hour or moment.minute or moment.second or moment.microsecond:
        return moment
    return moment.date()


def _from_serial(serial: float) -> date | datetime:
    if not 1 <= serial < _MAX_SERIAL:
        raise _Unreadable
    whole = int(serial)
    seconds = round((serial - whole) * 86400)
    if whole < 61:  # Excel counts a 29 February 1900 (Lotus 1-2-3's leap-year bug)
        if whole == 60:
            raise _Unreadable
        whole += 1
    return _day_or_moment(_EPOCH + timedelta(days=whole, seconds=seconds))


def _from_yyyymmdd(number: int) -> date:
    try:
        return date(number // 10000, number // 100 % 100, number % 100)
    except ValueError:
        raise _Unreadable from None


def _from_text(text: str) -> date | datetime:
    match = _DATE_RE.fullmatch(text)
    if match is None:
        if _SERIAL_TEXT_RE.fullmatch(text):
            return _from_serial(float(text))
        raise _Unreadable
    year = int(match[1])
    month = int(match[2] or match[4] or match[6])
    day = int(match[3] or match[5] or match[7])
    try:
        moment = datetime(year, month, day, int(match[8] or 0), int(match[9] or 0))
        if match[10]:
            moment = moment.replace(second=int(match[10]))
    except ValueError:
        raise _Unreadable from None
    return _day_or_moment(moment)


@lru_cache(maxsize=4096, typed=True)  # files repeat their values
def _moment(value: Cell) -> date | datetime:
    if isinstance(value, bool):
        raise _Unreadable
    if isinstance(value, int):
        if 19000101 <= value <= 29991231:
            return _from_yyyymmdd(value)
        return _from_serial(value)
    if isinstance(value, float):
        return _from_serial(value)
    if isinstance(value, str):
        return _from_text(_fold(value))
    raise _Unreadable


def parse_moment(value: Cell) -> date | datetime | None:
    """A date (or a date with a time) from a real Excel date, a serial number, yyyymmdd or text
    such as 2026/3/5, 2026-03-05, 2026.3.5, 2026年3月5日, each with an optional 14:30[:15].

    A datetime at exactly midnight is a plain date (Excel stores dates as midnight)."""
    if isinstance(value, datetime):
        return _day_or_moment(value)
    if isinstance(value, date):
        return value
    if value is None:
        return None
    try:
        return _moment(value)
    except _Unreadable:
        raise CellError(f"日期“{cell_text(value)}”无法识别") from None
