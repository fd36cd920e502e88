"""Cell parsers (EXCEL_FORMAT.md): every written form of a value a real sheet holds reads as the
field's value; anything else is a CellError with a Chinese reason for the import report."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjia_desk.excel.cells import (
    CellError,
    cell_text,
    parse_area,
    parse_choice,
    parse_gender,
    parse_grade,
    parse_moment,
    parse_phone,
    parse_text,
    parse_wan,
    split_items,
)

D = Decimal


def _reason(call: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(CellError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    assert str(info.value) == info.value.message
    assert isinstance(info.value, ValueError)
    return info.value.message


# --- cell_text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("张伟", "张伟"),
        (300, "300"),
        (300.0, "300"),
        (300.5, "300.5"),
        (0.1, "0.1"),
        (13812345678.0, "13812345678"),
        (True, "TRUE"),
        (False, "FALSE"),
        (date(2026, 3, 5), "2026-03-05"),
        (datetime(2026, 3, 5, 14, 30), "2026-03-05 14:30"),
        (datetime(2026, 3, 5, 14, 30, 15), "2026-03-05 14:30:15"),
        (datetime(2026, 3, 5), "2026-03-05 00:00"),
        (time(14, 30), "14:30"),
        (time(14, 30, 15), "14:30:15"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text  # type: ignore[arg-type]


# --- parse_text


def test_parse_text() -> None:
    assert parse_text(None, max_len=5) == ""
    assert parse_text(" 张伟 ", max_len=5) == "张伟"
    assert parse_text(300, max_len=5) == "300"
    assert parse_text(date(2026, 3, 5), max_len=10) == "2026-03-05"
    assert parse_text("一二三四五", max_len=5) == "一二三四五"
    assert _reason(parse_text, "一二三四五六", max_len=5) == "内容过长（6 个字，最多 5 个字）"


# --- parse_phone

mobiles = st.builds(
    lambda second, rest: f"1{second}{rest}",
    st.sampled_from("3456789"),
    st.text(alphabet="0123456789", min_size=9, max_size=9),
)
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def dressed(draw: st.DrawFn, number: str) -> object:
    """`number` as a person, a channel's sheet, Excel or a CSV may hand it over."""
    sep = draw(st.sampled_from(["", " ", "-", "  ", "—", "."]))
    grouped = f"{number[:3]}{sep}{number[3:7]}{sep}{number[7:]}"
    style = draw(
        st.sampled_from(
            [
                "int",
                "float",
                "sci",
                "sci-lower",
                "plus86",
                "86",
                "0086",
                "brackets",
                "fullwidth",
                "padded",
                "grouped",
                "float-text",
            ]
        )
    )
    forms: dict[str, object] = {
        "int": int(number),
        "float": float(number),
        "sci": f"{number[0]}.{number[1:]}E+10",
        "sci-lower": f"{number[0]}.{number[1:]}e10",
        "plus86": f"+86 {grouped}",
        "86": f"86-{grouped}",
        "0086": f"0086{number}",
        "brackets": f"({number[:3]}){number[3:7]}-{number[7:]}",
        "fullwidth": grouped.translate(FULL_WIDTH),
        "padded": f"\u3000{number} ",
        "grouped": grouped,
        "float-text": f"{number}.0",
    }
    return forms[style]


@given(st.data())
def test_any_mobile_in_any_dress_normalises_to_itself(data: st.DataObject) -> None:
    number = data.draw(mobiles)
    assert parse_phone(data.draw(dressed(number))) == number  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        "13812345678",
        13812345678,
        13812345678.0,
        "1.3812345678E10",
        "1.3812345678e+10",
        "13.812345678E9",
        "0.13812345678E11",
        "1.38123456780E10",
        "+86 138 1234 5678",
        "86-138-1234-5678",
        "(138)1234-5678",
        "１３８１２３４５６７８",
        "138 1234 5678",
        "13812345678.0",
    ],
)
def test_phone_forms(value: object) -> None:
    assert parse_phone(value) == "13812345678"  # type: ignore[arg-type]


def test_phone_refusals() -> None:
    assert _reason(parse_phone, None) == "缺少手机号"
    assert _reason(parse_phone, "138****5678") == (
        "手机号“138****5678”是打码号码，导入需要完整号码"
    )
    assert "是虚拟号" in _reason(parse_phone, "13812345678转123")
    assert "是虚拟号" in _reason(parse_phone, "13812345678 ext 123")
    assert _reason(parse_phone, "12345") == (
        "手机号“12345”不是有效的大陆手机号（手机号应为 11 位，现在是 5 位）"
    )
    assert "不是大陆手机号" in _reason(parse_phone, "01012345678")
    assert "不是大陆手机号" in _reason(parse_phone, 12345678901)
    assert "手机号“张三”不是有效的大陆手机号" in _reason(parse_phone, "张三")
    assert "不是整数" in _reason(parse_phone, 13812345678.5)
    assert "不是 11 位整数" in _reason(parse_phone, "1.38123456785E10")
    assert "不是 11 位整数" in _reason(parse_phone, "1e999999")
    assert "不是号码" in _reason(parse_phone, True)
    assert "不是号码" in _reason(parse_phone, date(2026, 3, 5))
    assert "不是号码" in _reason(parse_phone, time(14, 30))
    # Excel showed 1.38123E+10 and a CSV kept only that: the last digits are gone.
    assert "已丢失位数" in _reason(parse_phone, "1.38123E+10")
    assert "已丢失位数" in _reason(parse_phone, "1.38E10")
    # The fast path does not take full-width or other Unicode digits as they are.
    assert parse_phone("１３８１２３４５６７８") == "13812345678"


# --- gender, grade, choices, items


@pytest.mark.parametrize(
    ("value", "gender"),
    [
        ("男", "男"),
        ("女", "女"),
        (None, ""),
        ("先生", "男"),
        ("女士", "女"),
        ("小姐", "女"),
        ("M", "男"),
        ("m", "男"),
        ("F", "女"),
        ("f", "女"),
        ("Male", "男"),
        ("female", "女"),
        (" 男性 ", "男"),
        ("Ｍ", "男"),
        ("未知", ""),
        ("保密", ""),
        ("-", ""),
    ],
)
def test_gender(value: object, gender: str) -> None:
    assert parse_gender(value) == gender  # type: ignore[arg-type]


def test_gender_refused() -> None:
    assert _reason(parse_gender, "其他") == "性别“其他”无法识别（应为 男 或 女）"
    assert _reason(parse_gender, 1) == "性别“1”无法识别（应为 男 或 女）"


@pytest.mark.parametrize(
    ("value", "grade"),
    [
        ("A", "A"),
        ("B", "B"),
        ("C", "C"),
        (None, "C"),
        ("a", "A"),
        ("b", "B"),
        ("c", "C"),
        ("A类", "A"),
        ("A级", "A"),
        ("A 级", "A"),
        ("B类客户", "B"),
        ("Ａ", "A"),
        ("高意向", "A"),
        ("中意向", "B"),
        ("低意向", "C"),
        ("高意向客户", "A"),
        ("高", "A"),
    ],
)
def test_grade(value: object, grade: str) -> None:
    assert parse_grade(value) == grade  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["D", "AB", "很高", 1, date(2026, 3, 5)])
def test_grade_refused(value: object) -> None:
    assert _reason(parse_grade, value) == (
        f"意向等级“{cell_text(value)}”无法识别（应为 A、B 或 C）"  # type: ignore[arg-type]
    )


def test_choice() -> None:
    allowed = ("自住", "投资")
    assert parse_choice(None, allowed, what="置业目的") == ""
    assert parse_choice("自住", allowed, what="置业目的") == "自住"
    assert parse_choice(" 投资\u3000", allowed, what="置业目的") == "投资"
    aliases = {"自用": "自住", "Invest": "投资"}
    assert parse_choice("自用", allowed, aliases=aliases, what="置业目的") == "自住"
    assert parse_choice("invest", allowed, aliases=aliases, what="置业目的") == "投资"
    assert parse_choice("ＩＮＶＥＳＴ", allowed, aliases=aliases, what="置业目的") == "投资"
    assert parse_choice("vip", ("VIP", "普通"), what="客户类型") == "VIP"
    assert parse_choice(3, ("3", "4"), what="房数") == "3"
    assert _reason(parse_choice, "度假", allowed, what="置业目的") == "置业目的“度假”不在可选值中"
    assert _reason(parse_choice, "度假", allowed, aliases=aliases, what="用途") == (
        "用途“度假”不在可选值中"
    )


def test_split_items() -> None:
    assert split_items(None) == []
    assert split_items("学区、交通,配套 ，景观;价格；户型/物业／车位") == [
        "学区",
        "交通",
        "配套",
        "景观",
        "价格",
        "户型",
        "物业",
        "车位",
    ]
    assert split_items("学区、学区、 交通 ") == ["学区", "交通"]
    assert split_items("、学区、") == ["学区"]
    assert split_items(2026) == ["2026"]


# --- amounts and areas


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, (None, None)),
        (300, (D("300.00"), D("300.00"))),
        (300.5, (D("300.50"), D("300.50"))),
        (0.1 + 0.2, (D("0.30"), D("0.30"))),
        ("300", (D("300"), D("300"))),
        ("300万", (D("300"), D("300"))),
        ("300万元", (D("300"), D("300"))),
        ("300W", (D("300"), D("300"))),
        ("约300万", (D("300"), D("300"))),
        ("300万左右", (D("300"), D("300"))),
        ("３００万", (D("300"), D("300"))),
        ("3,000,000", (D("300"), D("300"))),
        (3000000, (D("300"), D("300"))),
        (3000000.0, (D("300"), D("300"))),
        ("3000000元", (D("300"), D("300"))),
        ("10000", (D("1"), D("1"))),
        ("9999", (D("9999"), D("9999"))),
        ("12000万", (D("12000"), D("12000"))),
        ("200-300万", (D("200"), D("300"))),
        ("0-300", (D("0"), D("300"))),  # the profile form allows 0 as a range's low end
        ("200万-300万", (D("200"), D("300"))),
        ("200万-300", (D("200"), D("300"))),
        ("200~300", (D("200"), D("300"))),
        ("200～300", (D("200"), D("300"))),
        ("200至300", (D("200"), D("300"))),
        ("200到300万", (D("200"), D("300"))),
        ("200—300", (D("200"), D("300"))),
        ("200 - 300 万", (D("200"), D("300"))),
        ("2,000,000-3,000,000", (D("200"), D("300"))),
        ("300-200", (D("200"), D("300"))),
        ("250.555", (D("250.56"), D("250.56"))),
        (".5", (D("0.50"), D("0.50"))),
    ],
)
def test_wan(value: object, expected: tuple[Decimal | None, Decimal | None]) -> None:
    assert parse_wan(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        "面议",
        -3,
        0,
        "0",
        "0.001",
        "-300",
        "300-",
        "二百万",
        True,
        date(2026, 3, 5),
        float("inf"),
        float("nan"),
        "100001万",
        "1-100001万",
        1e30,
    ],
)
def test_wan_refused(value: object) -> None:
    assert _reason(parse_wan, value) == f"预算“{cell_text(value)}”无法识别"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, (None, None)),
        (89, (D("89"), D("89"))),
        (89.5, (D("89.5"), D("89.5"))),
        ("89", (D("89"), D("89"))),
        ("89㎡", (D("89"), D("89"))),
        ("89平", (D("89"), D("89"))),
        ("89平米", (D("89"), D("89"))),
        ("89平方", (D("89"), D("89"))),
        ("89平方米", (D("89"), D("89"))),
        ("89m²", (D("89"), D("89"))),
        ("89m2", (D("89"), D("89"))),
        ("89M2", (D("89"), D("89"))),
        ("80-100", (D("80"), D("100"))),
        ("0-100", (D("0"), D("100"))),
        ("80-100㎡", (D("80"), D("100"))),
        ("80㎡-100㎡", (D("80"), D("100"))),
        ("100~80", (D("80"), D("100"))),
        ("约90平", (D("90"), D("90"))),
    ],
)
def test_area(value: object, expected: tuple[Decimal | None, Decimal | None]) -> None:
    assert parse_area(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["大户型", 0, -89, "0㎡", "10001", "80-10001", False, time(1, 2)])
def test_area_refused(value: object) -> None:
    assert _reason(parse_area, value) == f"面积“{cell_text(value)}”无法识别"  # type: ignore[arg-type]


# --- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (date(2026, 3, 5), date(2026, 3, 5)),
        (datetime(2026, 3, 5), date(2026, 3, 5)),
        (datetime(2026, 3, 5, 14, 30), datetime(2026, 3, 5, 14, 30)),
        (46086, date(2026, 3, 5)),
        (46086.0, date(2026, 3, 5)),
        (46086.6041666667, datetime(2026, 3, 5, 14, 30)),
        (46086.999999999, date(2026, 3, 6)),
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (59.5, datetime(1900, 2, 28, 12)),
        (61, date(1900, 3, 1)),
        (2958465, date(9999, 12, 31)),
        (20260305, date(2026, 3, 5)),
        (19000101, date(1900, 1, 1)),
        ("2026/3/5", date(2026, 3, 5)),
        ("2026-03-05", date(2026, 3, 5)),
        ("2026.3.5", date(2026, 3, 5)),
        ("2026年3月5日", date(2026, 3, 5)),
        ("2026年03月05", date(2026, 3, 5)),
        ("20260305", date(2026, 3, 5)),
        ("２０２６／３／５", date(2026, 3, 5)),
        ("2026/3/5 14:30", datetime(2026, 3, 5, 14, 30)),
        ("2026-03-05 14:30:15", datetime(2026, 3, 5, 14, 30, 15)),
        ("2026-03-05T14:30", datetime(2026, 3, 5, 14, 30)),
        ("2026-03-05T14:30:15.250", datetime(2026, 3, 5, 14, 30, 15)),
        ("2026年3月5日 14:30", datetime(2026, 3, 5, 14, 30)),
        ("2026年3月5日14:30", datetime(2026, 3, 5, 14, 30)),
        ("2026.3.5 9:05", datetime(2026, 3, 5, 9, 5)),
        ("20260305 14:30", datetime(2026, 3, 5, 14, 30)),
        ("2026/3/5 0:00", date(2026, 3, 5)),
        ("2026/3/5 14：30", datetime(2026, 3, 5, 14, 30)),
        ("46086", date(2026, 3, 5)),
        ("46086.5", datetime(2026, 3, 5, 12, 0)),
    ],
)
def test_moment(value: object, expected: object) -> None:
    assert parse_moment(value) == expected  # type: ignore[arg-type]
    assert type(parse_moment(value)) is type(expected)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        "2026-02-30",
        "2026-13-01",
        "2026/3/5 25:00",
        "2026/3/5 14:60",
        "2026/3/5 14:30:61",
        "20260230",
        20260230,
        "2026",
        "3/5/2026",
        "昨天",
        0,
        -1,
        60,  # 1900-02-29, a day Excel counts that never was
        60.5,
        2958466,
        0.5,
        True,
        time(14, 30),
        float("nan"),
        "1234567",
    ],
)
def test_moment_refused(value: object) -> None:
    assert _reason(parse_moment, value) == f"日期“{cell_text(value)}”无法识别"  # type: ignore[arg-type]


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_every_written_date_reads_back(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert parse_moment(serial) == day
    assert parse_moment(f"{day.year}/{day.month}/{day.day}") == day
    assert parse_moment(f"{day.year}年{day.month}月{day.day}日") == day
    assert parse_moment(day.isoformat()) == day
    if day.year < 3000:
        assert parse_moment(int(day.strftime("%Y%m%d"))) == day


def test_remembered_results_tell_true_from_one() -> None:
    """The parsers remember recent values (files repeat them); True == 1 in Python, but a
    boolean cell is never a budget, an area or a date."""
    assert parse_wan(1) == (D("1.00"), D("1.00"))
    assert parse_wan(1) is parse_wan(1)
    assert _reason(parse_wan, True) == "预算“TRUE”无法识别"
    assert parse_area(1) == (D("1.00"), D("1.00"))
    assert _reason(parse_area, True) == "面积“TRUE”无法识别"
    assert parse_moment(1) == date(1900, 1, 1)
    assert _reason(parse_moment, True) == "日期“TRUE”无法识别"
    assert parse_moment(1.0) == date(1900, 1, 1)
