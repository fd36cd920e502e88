"""Customers' rules: cadence and the next due date, protection and the pool, who sees a phone,
the profile and visit forms, budget/area ranges and option lists."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from anjia_desk.core.customers import (
    DEFAULT_CADENCE,
    CustomerForm,
    Grade,
    Options,
    Relation,
    VisitForm,
    VisitKind,
    check_options,
    due_state,
    format_range,
    in_public_pool,
    may_see_phone,
    next_due,
    parse_range,
    renewed_protection,
    split_options,
    validate_customer,
    validate_phone_change,
    validate_visit,
)
from anjia_desk.core.roles import Role

TODAY = date(2026, 3, 5)
OPTIONS = Options(
    channels=("自然到访", "老带新"),
    awareness=("朋友介绍",),
    age_bands=("25-34岁",),
    family_structures=("三口之家",),
)


def test_labels() -> None:
    assert [g.label for g in Grade] == ["A 高意向", "B 中意向", "C 低意向"]
    assert VisitKind.FIRST.label == "首访" and VisitKind.RETURN.label == "复访"
    assert [r.label for r in Relation] == ["配偶", "父母", "子女", "其他亲属"]


@pytest.mark.parametrize(
    ("grade", "last", "planned", "due"),
    [
        ("A", date(2026, 3, 1), None, date(2026, 3, 4)),
        ("B", date(2026, 3, 1), None, date(2026, 3, 8)),
        (Grade.C, date(2026, 3, 1), None, date(2026, 3, 31)),
        ("C", date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 2)),  # the date entered wins
        ("C", date(2026, 3, 1), date(2026, 3, 1), date(2026, 3, 1)),  # same day still counts
        ("A", date(2026, 3, 3), date(2026, 3, 2), date(2026, 3, 6)),  # passed by a later contact
        ("A", None, date(2026, 3, 9), date(2026, 3, 9)),
        ("A", None, None, None),
    ],
)
def test_next_due(grade: str, last: date | None, planned: date | None, due: date | None) -> None:
    assert next_due(grade=grade, last_contact=last, planned=planned) == due


def test_cadence_comes_from_the_settings() -> None:
    cadence = {**DEFAULT_CADENCE, Grade.A: 5}
    assert next_due(
        grade="A", last_contact=date(2026, 3, 1), planned=None, cadence=cadence
    ) == date(2026, 3, 6)


def test_due_state() -> None:
    assert due_state(None, TODAY) == ""
    assert due_state(date(2026, 3, 4), TODAY) == "overdue"
    assert due_state(TODAY, TODAY) == "today"
    assert due_state(date(2026, 3, 6), TODAY) == "later"


def test_protection_is_renewed_never_shortened() -> None:
    assert renewed_protection(None, TODAY) == date(2026, 4, 4)
    assert renewed_protection(date(2026, 3, 10), TODAY, 10) == date(2026, 3, 15)
    assert renewed_protection(date(2026, 5, 1), TODAY, 10) == date(2026, 5, 1)


def test_public_pool() -> None:
    assert in_public_pool(None, date(2026, 4, 1), TODAY)
    assert in_public_pool(7, None, TODAY)
    assert in_public_pool(7, date(2026, 3, 4), TODAY)
    assert not in_public_pool(7, TODAY, TODAY)  # protected through its last day


@pytest.mark.parametrize(
    ("roles", "owner", "system", "sees"),
    [
        ({Role.CONSULTANT}, True, False, True),
        ({Role.CONSULTANT}, False, False, False),
        ({Role.FRONT_DESK}, False, False, False),
        ({Role.SALES_SECRETARY}, False, False, False),
        ({Role.SITE_MANAGER}, False, False, True),
        ({Role.ADMIN}, False, False, True),
        (set(), False, True, True),
    ],
)
def test_masking_rule(roles: set[Role], owner: bool, system: bool, sees: bool) -> None:
    assert may_see_phone(frozenset(roles), is_owner=owner, is_system=system) is sees


def test_option_lists() -> None:
    assert split_options("交通、 商业配套,交通；教育\n\n医疗") == [
        "交通",
        "商业配套",
        "教育",
        "医疗",
    ]
    assert check_options("") is not None
    assert "最多 20 个字" in (check_options("短、" + "长" * 21) or "")
    assert check_options("甲、乙") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (None, None)),
        ("300", (Decimal("300.00"), Decimal("300.00"))),
        ("200-300", (Decimal("200"), Decimal("300"))),
        ("200～300万", (Decimal("200"), Decimal("300"))),
        ("90 ~ 120 ㎡", (Decimal("90"), Decimal("120"))),
        ("89.5—100平米", (Decimal("89.5"), Decimal("100"))),
    ],
)
def test_parse_range(text: str, expected: tuple[Decimal | None, Decimal | None]) -> None:
    assert parse_range(text, "预算", limit=Decimal("100000")) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1-2-3", "一个范围"),
        ("-300", "一个范围"),
        ("abc", "应为数字"),
        ("NaN", "不小于 0"),
        ("300-200", "下限大于上限"),
        ("200000", "合理范围"),
    ],
)
def test_parse_range_refusals(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_range(text, "预算", limit=Decimal("100000"))


def test_format_range() -> None:
    assert format_range(None, None) == ""
    assert format_range(Decimal("200.00"), Decimal("300.00")) == "200-300"
    assert format_range(Decimal("90.50"), Decimal("90.50")) == "90.5"
    assert format_range(None, Decimal("120")) == "120"


def test_validate_customer_cleans_a_full_form() -> None:
    form = CustomerForm(
        name=" 张  伟 ",
        phone="+86 138-1234-5678",
        gender="男",
        age_band="25-34岁",
        family_structure="三口之家",
        budget="200-300",
        area="90",
        layout=" 三房 ",
        purpose="自住",
        buyer_type="改善",
        focus=("交通", " ", "交通", "教育"),
        channel="老带新",
        awareness="朋友介绍",
        birthday=date(1990, 5, 1),
        notes=" 周末 ",
        marketing_opt_in=True,
    )
    clean, errors = validate_customer(form, OPTIONS, today=TODAY)
    assert errors == {} and clean is not None
    assert clean.name == "张 伟" and clean.phone == "13812345678" and clean.phone_key
    assert clean.phone_kind == "mobile" and clean.focus == "交通、教育"
    assert clean.budget_min == Decimal("200") and clean.area_max == Decimal("90")
    assert clean.layout == "三房" and clean.notes == "周末" and clean.marketing_opt_in


def test_validate_customer_masked_phone_is_kept_and_flagged() -> None:
    clean, errors = validate_customer(CustomerForm(phone="138****5678"), OPTIONS, today=TODAY)
    assert not errors and clean is not None
    assert (clean.phone_kind, clean.phone_key) == ("masked", None)


def test_validate_customer_says_what_is_wrong_per_field() -> None:
    form = CustomerForm(
        name="长" * 41,
        phone="12345",
        gender="未知",
        purpose="度假",
        buyer_type="土豪",
        age_band="100岁",
        family_structure="大家庭",
        channel="路边",
        awareness="梦里",
        budget="abc",
        area="1-2-3",
        layout="户" * 21,
        floor_preference="层" * 21,
        birthday=date(2026, 3, 6),
        notes="x" * 2001,
    )
    clean, errors = validate_customer(form, OPTIONS, today=TODAY)
    assert clean is None
    assert set(errors) == {
        "name",
        "phone",
        "gender",
        "purpose",
        "buyer_type",
        "age_band",
        "family_structure",
        "channel",
        "awareness",
        "budget",
        "area",
        "layout",
        "floor_preference",
        "birthday",
        "notes",
    }
    assert "可在设置中增加" in errors["channel"]


def test_free_text_when_the_settings_list_nothing() -> None:
    clean, errors = validate_customer(
        CustomerForm(phone="13812345678", channel="任意渠道"), Options(), today=TODAY
    )
    assert not errors and clean is not None and clean.channel == "任意渠道"


def test_validate_visit() -> None:
    good = VisitForm(phone="13812345678", channel="自然到访", consent=True)
    assert validate_visit(good, OPTIONS) == {}
    bad = VisitForm(
        phone="",
        name="长" * 41,
        party_size=0,
        channel="",
        awareness="梦里",
        consent=False,
        referrer_phone="138****5678",
        note="x" * 501,
    )
    assert set(validate_visit(bad, OPTIONS)) == {
        "phone",
        "name",
        "party_size",
        "channel",
        "awareness",
        "consent",
        "referrer_phone",
        "note",
    }
    errors = validate_visit(
        VisitForm(phone="13812345678", channel="路边", consent=True, referrer_phone="12"), OPTIONS
    )
    assert set(errors) == {"channel", "referrer_phone"}
    assert errors["referrer_phone"].startswith("推荐人：")


# --- a change of phone (issue 13: a real number cannot be "changed" to a masked one)


@pytest.mark.parametrize(
    ("current", "new", "field", "words"),
    [
        ("13812345678", "138****5678", "phone", "打码号码"),
        ("13812345678", "139xxxx0000", "phone", "打码号码"),
        ("137****0000", "137****1111", "phone", "打码号码"),
        ("13812345678", "13812345678转12", "phone", "虚拟号"),
        ("13812345678", "13812345678", "phone", "相同"),
        ("13812345678", "12345", "phone", "11 位"),
        ("13812345678", "13900003333", "reason", "原因"),
    ],
)
def test_phone_change_refusals(current: str, new: str, field: str, words: str) -> None:
    reason = "" if field == "reason" else "客户换号"
    phone, errors = validate_phone_change(current, new, reason)
    assert words in errors[field] and (phone is None) == (field == "phone")


@pytest.mark.parametrize(
    ("current", "new", "text"),
    [
        ("13812345678", "+86 139-0000-3333", "13900003333"),
        ("137****0000", "13712340000", "13712340000"),  # the real number of a channel's report
        ("13812345678转12", "13812345679转34", "13812345679转34"),
        (None, "13900003333", "13900003333"),
        (None, "13812345679转34", "13812345679转34"),  # no number yet: a virtual one will do
    ],
)
def test_phone_change_to_a_real_number(current: str | None, new: str, text: str) -> None:
    phone, errors = validate_phone_change(current, new, "客户换号")
    assert errors == {} and phone is not None and phone.text == text
