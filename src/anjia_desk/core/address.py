"""The buyer's mailing address (通讯地址) and postcode on a deal (issue 16): where dunning letters
go. Personal data (DOMAIN §13): shown in full only to those who may see the buyer's phone or ID
number, masked for everyone else as the province, city and district followed by **** — enough
to tell where a letter goes, not to find the door."""

from __future__ import annotations

import re

from anjia_desk.core.text import clean_name

ADDRESS_MAX = 200
POSTCODE_LENGTH = 6
#: What follows the kept part of a masked address.
MASK = "****"

_POSTCODE = re.compile(r"\d{6}")
#: The administrative prefix a masked address keeps: a province (or autonomous region), then a
#: city (市, 自治州, 地区, 盟), then a district or county (区, 县, 旗, 县级市) — each at most a
#: few characters, and "阳光小区" is no district.
_PROVINCE = r"(?:[^省市区县旗]{2,7}?(?:省|自治区|特别行政区))?"
_CITY = r"(?:[^省市区县旗]{2,9}?(?:市|自治州|地区|盟))"
_DISTRICT = r"(?:[^省市区县旗]{1,7}?(?:(?<![小社园校景厂营])区|县|旗|市))?"
_PREFIX = re.compile(f"^{_PROVINCE}{_CITY}{_DISTRICT}")


def clean_address(text: str) -> str:
    """An address as stored: one line, no invisible characters, spaces collapsed."""
    return clean_name(text)


def clean_postcode(text: str) -> str:
    """A postcode as stored: its digits (full-width digits and spaces forgiven)."""
    folded = "".join(
        chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else c for c in text if not c.isspace()
    )
    return folded


def address_problems(address: str, postcode: str) -> dict[str, str]:
    """`{field: message}` for a mailing address and postcode ("" both: no address, fine)."""
    errors: dict[str, str] = {}
    address, postcode = clean_address(address), clean_postcode(postcode)
    if len(address) > ADDRESS_MAX:
        errors["mailing_address"] = f"通讯地址不能超过{ADDRESS_MAX}个字"
    if postcode and not _POSTCODE.fullmatch(postcode):
        errors["mailing_postcode"] = "邮政编码应为 6 位数字"
    elif postcode and not address:
        errors["mailing_postcode"] = "填写了邮政编码，请同时填写通讯地址"
    return errors


def mask_address(address: str) -> str:
    """北京市朝阳区建国路88号 → 北京市朝阳区****; an address without a recognisable city keeps
    nothing ("****"); "" stays "". An address already masked stays as it is."""
    address = address.strip()
    if not address or address.endswith(MASK):
        return address
    match = _PREFIX.match(address)
    return (match.group(0) if match is not None else "") + MASK
