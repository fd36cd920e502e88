"""Mainland mobile numbers, the customer's identity (DOMAIN §2): normalise, classify, mask.

`+86 138 1234 5678`, `138-1234-5678`, full-width digits and Excel's `13812345678.0` all become
`13812345678`. A channel's masked number (`138****5678`) and a portal's virtual number (a number
with an extension, `13812345678转1234`, or a 400 number with one) are accepted and flagged: they
identify nobody for sure until the real number is known.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    MASKED = "masked"  # 138****5678 from a channel
    VIRTUAL = "virtual"  # a portal's number with an extension

    @property
    def label(self) -> str:
        return {"mobile": "手机", "masked": "渠道隐号", "virtual": "虚拟号"}[self.value]


class PhoneError(ValueError):
    """The text is not a phone number the office can use; the message is Chinese."""

    @property
    def message(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Phone:
    text: str  # the normalised form, as stored
    kind: PhoneKind

    @property
    def key(self) -> str | None:
        """The identity: the 11 digits of a real mobile number; None for masked and virtual."""
        return self.text if self.kind is PhoneKind.MOBILE else None

    @property
    def flagged(self) -> bool:
        return self.kind is not PhoneKind.MOBILE

    @property
    def prefix(self) -> str:
        """The first three digits (what a masked number still shows)."""
        return self.text[:3]

    @property
    def suffix(self) -> str:
        """The last four digits of the main number (what a masked number still shows)."""
        main = self.text.split("转")[0]
        return main[-4:]


MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_MASKED_RE = re.compile(r"(1[3-9]\d)[*＊xX×]{4}(\d{4})")
_EXTENSION_RE = re.compile(r"(.+?)(?:转|分机|ext\.?|[,，#;；])(\d{1,6})", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-–—()（）.·]")


def _fold(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return str(raw)
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() else str(raw)
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    # Excel hands numbers over as text such as "13812345678.0".
    text = re.sub(r"^(\d+)\.0+$", r"\1", text)
    return text


def _main_number(text: str) -> str:
    digits = _SEPARATORS.sub("", text)
    if digits.startswith("+"):
        digits = digits[1:]
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits


def parse_phone(raw: object) -> Phone:
    """The normalised phone, or PhoneError with a Chinese message saying what is wrong."""
    text = _fold(raw)
    if not text:
        raise PhoneError("请填写手机号")
    compact = _SEPARATORS.sub("", text)
    masked = _MASKED_RE.fullmatch(compact.removeprefix("+86"))
    if masked:
        return Phone(f"{masked[1]}****{masked[2]}", PhoneKind.MASKED)
    extension = _EXTENSION_RE.fullmatch(
        re.sub(r"\s*(转|分机|ext\.?)\s*", r"\1", text, flags=re.IGNORECASE)
    )
    if extension:
        main = _main_number(extension[1])
        if MOBILE_RE.fullmatch(main) or re.fullmatch(r"400\d{7}", main):
            return Phone(f"{main}转{extension[2]}", PhoneKind.VIRTUAL)
        raise PhoneError("虚拟号的主号码应为 11 位手机号或 400 号码")
    number = _main_number(text)
    if not number.isdigit():
        raise PhoneError("手机号只能包含数字（渠道隐号如 138****5678）")
    if len(number) != 11:
        raise PhoneError(f"手机号应为 11 位，现在是 {len(number)} 位")
    if not MOBILE_RE.fullmatch(number):
        raise PhoneError("不是大陆手机号（应以 13–19 开头）")
    return Phone(number, PhoneKind.MOBILE)


def normalize_phone(raw: object) -> str:
    """Just the normalised text (raises PhoneError)."""
    return parse_phone(raw).text


def mask_phone(text: str | None) -> str:
    """138****5678 for anyone who may not see the number; masked numbers stay as they are."""
    if not text:
        return ""
    main, sep, _ext = text.partition("转")
    if len(main) >= 7 and "*" not in main:
        main = f"{main[:3]}****{main[-4:]}"
    return main + (f"{sep}****" if sep else "")


def digits_query(text: str) -> str | None:
    """The digits of a search text made only of digits and separators ("138 1234" → "1381234"),
    or None when the text has anything else in it."""
    folded = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    return folded if folded.isdigit() else None
