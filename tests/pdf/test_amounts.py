"""大写金额: the bookkeeping rules for capitals, zeros, 整 and the fen; figures with separators."""

from __future__ import annotations

from decimal import Decimal

import pytest

from anjia_desk.pdf.amounts import LIMIT, chinese_amount, figures


@pytest.mark.parametrize(
    ("amount", "capitals"),
    [
        ("0", "零元整"),
        ("0.00", "零元整"),
        ("0.004", "零元整"),  # rounds to nothing
        ("0.005", "壹分"),  # half-up to the fen
        ("0.05", "伍分"),
        ("0.5", "伍角整"),
        ("0.56", "伍角陆分"),
        ("1", "壹元整"),
        ("1.05", "壹元零伍分"),
        ("1.5", "壹元伍角整"),
        ("10", "壹拾元整"),
        ("15", "壹拾伍元整"),
        ("101", "壹佰零壹元整"),
        ("110", "壹佰壹拾元整"),
        ("1001", "壹仟零壹元整"),
        ("1010", "壹仟零壹拾元整"),
        ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
        ("20000", "贰万元整"),
        ("100100", "壹拾万零壹佰元整"),
        ("105000", "壹拾万伍仟元整"),
        ("1200000", "壹佰贰拾万元整"),
        ("1234567.89", "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
        ("10010000", "壹仟零壹万元整"),
        ("100000001", "壹亿零壹元整"),
        ("100010000", "壹亿零壹万元整"),
        ("120000000", "壹亿贰仟万元整"),
        ("1000000000000", "壹万亿元整"),
        ("-3.2", "负叁元贰角整"),
        ("-0.01", "负壹分"),
    ],
)
def test_capitals(amount: str, capitals: str) -> None:
    assert chinese_amount(Decimal(amount)) == capitals


def test_too_large_is_refused() -> None:
    assert chinese_amount(LIMIT - Decimal("0.01")).startswith("玖仟玖佰玖拾玖万")
    with pytest.raises(ValueError, match="过大"):
        chinese_amount(LIMIT)


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("0", "¥0.00"),
        ("1234567.8", "¥1,234,567.80"),
        ("-12.345", "-¥12.35"),
        ("999.995", "¥1,000.00"),
    ],
)
def test_figures(amount: str, text: str) -> None:
    assert figures(Decimal(amount)) == text


def test_figures_without_symbol() -> None:
    assert figures(Decimal("1200000"), symbol=False) == "1,200,000.00"
