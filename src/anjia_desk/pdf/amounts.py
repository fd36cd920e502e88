"""Money on paper: figures with thousands separators and the capital amount (大写金额).

The capital amount follows the bookkeeping rules (会计基础工作规范 Art. 52): 壹贰叁… with
拾佰仟万亿, one 零 for any run of zeros between digits, "整" after 元 or 角, nothing after 分.
Pure: no reportlab here, so services and tests may use it freely.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "万亿")
#: The largest amount written (just under 一万万亿 yuan): far beyond any house price.
LIMIT = Decimal(10) ** 16
_FEN = Decimal("0.01")


def _group(value: int) -> str:
    """0 < value < 10000 in capitals, without leading zeros ("1001" → 壹仟零壹)."""
    text = ""
    zero = False
    for place in range(3, -1, -1):
        digit = value // 10**place % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += "零"
            zero = False
        text += DIGITS[digit] + _PLACES[place]
    return text


def _integer(value: int) -> str:
    groups: list[int] = []
    while value:
        groups.append(value % 10000)
        value //= 10000
    text = ""
    gap = False  # a whole group of zeros (or leading zeros of a group) since the last digit
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            gap = gap or bool(text)
            continue
        if text and (gap or group < 1000):
            text += "零"
        text += _group(group) + _GROUPS[index]
        gap = False
    return text


def chinese_amount(amount: Decimal) -> str:
    """The amount in capitals: 1200000 → 壹佰贰拾万元整, 1.05 → 壹元零伍分, 0 → 零元整.

    Rounded half-up to the fen first; a negative amount reads 负…; ValueError at or beyond
    LIMIT yuan.
    """
    value = Decimal(amount).quantize(_FEN, rounding=ROUND_HALF_UP)
    if abs(value) >= LIMIT:
        raise ValueError("金额过大，无法写成大写")
    sign = "负" if value < 0 else ""
    fen_total = int(abs(value) * 100)
    yuan, cents = divmod(fen_total, 100)
    jiao, fen = divmod(cents, 10)
    if fen_total == 0:
        return "零元整"
    text = _integer(yuan) + "元" if yuan else ""
    if jiao:
        text += DIGITS[jiao] + "角"
    elif fen and yuan:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    else:
        text += "整"
    return sign + text


def figures(amount: Decimal, *, symbol: bool = True) -> str:
    """¥1,234,567.80 — the amount in figures, to the fen."""
    value = Decimal(amount).quantize(_FEN, rounding=ROUND_HALF_UP)
    text = f"{abs(value):,.2f}"
    return ("-" if value < 0 else "") + ("¥" if symbol else "") + text
