"""The contract's terms at 签约 (issue 17): the breach penalty, refund rate, area clause, title
deadline and arbitration checked by core.deal_forms; the 合同约定 and 变更 settings' checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from anjia_desk.core.changes import DEFAULT_RELATIONS, DEFAULT_TAGS
from anjia_desk.core.deal_forms import ContractTerms, SignForm, validate_sign, validate_terms
from anjia_desk.core.refund_money import BreachBase
from anjia_desk.core.roles import Action
from anjia_desk.core.settings import GROUP_ACTIONS, SPECS, validate_changes
from anjia_desk.core.settings_changes import DEFAULT_THANKS, check_thanks
from anjia_desk.core.settings_deals import breach_base_of, check_breach_base

SIGNED = date(2026, 11, 20)


def test_terms_within_their_bounds_pass() -> None:
    terms = ContractTerms(
        breach_base=BreachBase.DUE,
        breach_pct=Decimal("10"),
        breach_clause_no="第十一条",
        refund_rate=Decimal("3.45"),
        area_clause_pct=Decimal("2"),
        title_due_on=date(2028, 6, 30),
        arbitration=True,
    )
    assert validate_terms(terms, signed_on=SIGNED) == {}
    assert validate_terms(ContractTerms(), signed_on=SIGNED) == {}  # the office's, 3%, no date


@pytest.mark.parametrize(
    ("terms", "key", "words"),
    [
        (ContractTerms(breach_pct=Decimal("31")), "breach_pct", "0–30%"),
        (ContractTerms(breach_pct=Decimal("-1")), "breach_pct", "0–30%"),
        (ContractTerms(breach_pct=Decimal("5.125")), "breach_pct", "两位小数"),
        (ContractTerms(refund_rate=Decimal("25")), "refund_rate", "0–24%"),
        (ContractTerms(area_clause_pct=Decimal("0")), "area_clause_pct", "不填为3%"),
        (ContractTerms(area_clause_pct=Decimal("11")), "area_clause_pct", "0–10%"),
        (ContractTerms(breach_clause_no="第" * 21), "breach_clause_no", "20"),
        (ContractTerms(title_due_on=SIGNED), "title_due_on", "晚于签约日"),
    ],
)
def test_terms_out_of_bounds_are_refused(terms: ContractTerms, key: str, words: str) -> None:
    errors = validate_terms(terms, signed_on=SIGNED)
    assert list(errors) == [key] and words in errors[key]


def test_the_sign_form_checks_its_terms_with_the_numbers() -> None:
    form = SignForm("HT-1", "WQ-1", terms=ContractTerms(breach_pct=Decimal("40")))
    assert list(validate_sign(form, signed_on=SIGNED)) == ["breach_pct"]
    assert validate_sign(SignForm("HT-1", "WQ-1")) == {}  # no terms: those of 认购 stay


def test_the_breach_base_setting_is_written_in_words() -> None:
    assert check_breach_base("总价款") is None and check_breach_base("已到期应付款") is None
    assert check_breach_base("price") is not None
    assert breach_base_of("已到期应付款") is BreachBase.DUE
    assert breach_base_of("总价款") is BreachBase.PRICE
    assert SPECS["deals.breach_base"].default == "总价款"
    assert SPECS["deals.breach_pct"].default == Decimal("5")


def test_the_thank_you_card_never_names_a_unit_or_a_price() -> None:
    assert check_thanks(DEFAULT_THANKS) is None
    for text in ("3栋1201 特惠", "尾房 8折", "仅需 5000元", "", "九十㎡大三房"):
        assert check_thanks(text) is not None, text
    _, errors = validate_changes({"changes.thanks_text": "老客户购买 2 号楼享 95 折"})
    assert "changes.thanks_text" in errors


def test_the_change_settings_and_who_owns_them() -> None:
    assert SPECS["changes.rename_relations"].default == DEFAULT_RELATIONS
    assert SPECS["changes.reason_tags"].default == DEFAULT_TAGS
    clean, errors = validate_changes({"changes.rename_relations": "配偶、父母、子女、兄弟姐妹"})
    assert errors == {} and clean["changes.rename_relations"][-1] == "兄弟姐妹"
    _, empty = validate_changes({"changes.rename_relations": ""})
    assert "changes.rename_relations" in empty
    assert GROUP_ACTIONS[SPECS["changes.thanks_text"].group] is Action.EDIT_OFFICE_RULES
    assert GROUP_ACTIONS[SPECS["deals.breach_pct"].group] is Action.EDIT_OFFICE_RULES
    # The refund-interest rate is the administrator's (the one-year LPR).
    assert GROUP_ACTIONS[SPECS["deals.refund_rate"].group] is Action.EDIT_SETTINGS
    assert SPECS["deals.refund_rate"].default == Decimal("3.0")
