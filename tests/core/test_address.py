"""The mailing address (core.address), the penalty clause (core.penalty_clause) and the 认购
form's address fields (issue 16)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from anjia_desk.core.address import address_problems, clean_postcode, mask_address
from anjia_desk.core.deal_forms import SubscribeForm, validate_subscribe
from anjia_desk.core.deals import PaymentMethod
from anjia_desk.core.identity import check_character
from anjia_desk.core.penalty_clause import (
    DEFAULT_CLAUSE_TEXT,
    check_clause_template,
    clause_text,
    rate_text,
)
from anjia_desk.core.settings import SPECS


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("北京市朝阳区建国路88号3号楼1201室", "北京市朝阳区****"),
        ("广东省深圳市南山区科技园科苑路15号", "广东省深圳市南山区****"),
        ("上海市浦东新区世纪大道100号", "上海市浦东新区****"),
        ("浙江省杭州市西湖区文三路90号", "浙江省杭州市西湖区****"),
        ("江苏省苏州市昆山市前进中路1号", "江苏省苏州市昆山市****"),
        ("内蒙古自治区呼和浩特市新城区新华大街1号", "内蒙古自治区呼和浩特市新城区****"),
        ("四川省阿坝藏族羌族自治州汶川县威州镇", "四川省阿坝藏族羌族自治州汶川县****"),
        ("北京市阳光小区3栋2单元", "北京市****"),  # a 小区 is no district
        ("建国路88号", "****"),  # no city to keep: nothing kept
        ("朝阳区建国路88号", "****"),
        ("", ""),
        ("北京市朝阳区****", "北京市朝阳区****"),  # already masked
    ],
)
def test_mask_keeps_the_province_city_and_district_only(address: str, masked: str) -> None:
    assert mask_address(address) == masked


@pytest.mark.parametrize(
    ("address", "postcode", "errors"),
    [
        ("", "", {}),
        ("北京市朝阳区建国路88号", "", {}),
        ("北京市朝阳区建国路88号", "100020", {}),
        ("北京市朝阳区建国路88号", "１０００２０", {}),  # full-width digits
        ("北京市朝阳区建国路88号", "10002", {"mailing_postcode": "邮政编码应为 6 位数字"}),
        ("北京市朝阳区建国路88号", "10002X", {"mailing_postcode": "邮政编码应为 6 位数字"}),
        ("", "100020", {"mailing_postcode": "填写了邮政编码，请同时填写通讯地址"}),
        ("路" * 201, "", {"mailing_address": "通讯地址不能超过200个字"}),
        ("路" * 200, "", {}),
    ],
)
def test_address_problems(address: str, postcode: str, errors: dict[str, str]) -> None:
    assert address_problems(address, postcode) == errors


def test_clean_postcode_folds_full_width_digits_and_spaces() -> None:
    assert clean_postcode(" １００ ０２０ ") == "100020"


def _form(**extra: str) -> SubscribeForm:
    first = "11010119900307123"
    return SubscribeForm(
        unit_id=1,
        customer_id=1,
        buyer_name="王建国",
        buyer_id_number=first + check_character(first),
        payment_method=PaymentMethod.FULL,
        deposit=Decimal(50000),
        **extra,  # type: ignore[arg-type]
    )


def test_the_subscribe_form_checks_the_address_beside_its_fields() -> None:
    assert validate_subscribe(_form()) == {}
    assert (
        validate_subscribe(_form(mailing_address="北京市朝阳区", mailing_postcode="100020")) == {}
    )
    assert validate_subscribe(_form(mailing_postcode="100020")) == {
        "mailing_postcode": "填写了邮政编码，请同时填写通讯地址"
    }
    assert set(validate_subscribe(_form(mailing_address="x", mailing_postcode="1"))) == {
        "mailing_postcode"
    }


def test_the_clause_gets_the_deal_rate_written_in() -> None:
    assert rate_text(Decimal("5")) == "万分之5"
    assert rate_text(Decimal("2.50")) == "万分之2.5"
    text = clause_text(DEFAULT_CLAUSE_TEXT, Decimal("3.5"))
    assert "万分之3.5的违约金" in text and "{rate}" not in text


def test_the_clause_settings_and_their_check() -> None:
    number, template = SPECS["deals.penalty_clause_no"], SPECS["deals.penalty_clause_text"]
    assert number.default == "第九条" and number.group == "交易与收款"
    assert template.group == "交易与收款" and "{rate}" in str(template.default)
    assert check_clause_template("按日支付违约金。") is not None
    assert template.validate("每日{rate}。") == ("每日{rate}。", None)
    value, problem = template.validate("每日万分之五。")
    assert value is None and problem is not None and "{rate}" in problem
    assert number.validate("第" * 21)[1] is not None
    assert template.validate("{rate}" + "字" * 500)[1] is not None
