"""The words of the dunning ladder: each stage names the buyer, the unit and the amount; stage 5
quotes the penalty clause and the penalty; stage 6 gives the pay-by date and when the developer may
cancel, stated as it is; no text threatens or says the contract ends by itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from anjia_desk.core.dunning_texts import (
    STAGES,
    LetterLine,
    LetterValues,
    call_script,
    letter_paragraphs,
    letter_title,
    message_text,
    stage_name,
)
from anjia_desk.core.money import yuan

#: What no dunning text may say: a contract ending by itself, a lawyer's letter, threats.
FORBIDDEN = (
    "自动解除",
    "视为解除",
    "自行解除",
    "自动终止",
    "合同终止",
    "合同自动",
    "即告解除",
    "律师函",
    "起诉",
    "诉讼",
    "法院",
    "追究",
    "后果自负",
    "黑名单",
    "征信",
    "强制",
    "最后通牒",
)

CLAUSE = "买受人逾期付款的，自本合同规定的应付款期限之第二天起至实际支付应付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。"  # noqa: E501


def values(stage: int = 1, **changes: object) -> LetterValues:
    if stage == 0:
        lines = (
            LetterLine("房款", date(2026, 3, 25), Decimal("400000"), Decimal("400000"), 0,
                       Decimal(0)),
        )  # fmt: skip
    else:
        lines = (
            LetterLine("首付款", date(2026, 1, 5), Decimal("696132.50"), Decimal("596132.50"), 59,
                       Decimal("17586.91")),
            LetterLine("房款", date(2026, 3, 25), Decimal("400000"), Decimal("400000"), 0,
                       Decimal(0)),
        )  # fmt: skip
    base = dict(
        buyer="欧阳晓梅", project="安家·云栖府", unit="3栋1单元1801", contract_no="HT-2026-0088",
        lines=lines, total_outstanding=sum((ln.outstanding for ln in lines), Decimal(0)),
        total_penalty=sum((ln.penalty for ln in lines), Decimal(0)),
        penalty_per_10k=Decimal("5"), clause_no="第九条", clause_text=CLAUSE,
        letter_on=date(2026, 3, 5), pay_by=date(2026, 3, 20) if stage == 6 else None,
        cancel_from=date(2026, 4, 5) if stage == 6 else None, office_phone="0571-8888 6666",
        consultant="林晓雯",
    )  # fmt: skip
    base.update(changes)
    return LetterValues(**base)  # type: ignore[arg-type]


def words(stage: int, v: LetterValues) -> list[str]:
    return ["".join(letter_paragraphs(stage, v)), message_text(stage, v), call_script(stage, v)]


@pytest.mark.parametrize("stage", STAGES)
def test_every_text_names_the_buyer_the_unit_and_the_amount(stage: int) -> None:
    v = values(stage)
    amount = yuan(Decimal("400000") if stage == 0 else Decimal("596132.50"))
    for text in words(stage, v):
        assert "欧阳晓梅" in text and "3栋1单元1801" in text and amount in text, text
    letter = "".join(letter_paragraphs(stage, v))
    assert letter_paragraphs(stage, v)[0] == "尊敬的欧阳晓梅："
    assert "0571-8888 6666" in letter and "林晓雯" in letter
    if stage:
        assert "房款400,000.00元将于2026年3月25日到期" in letter  # the coming line is mentioned


@pytest.mark.parametrize("stage", STAGES)
def test_no_text_threatens_or_ends_the_contract(stage: int) -> None:
    for v in (
        values(stage),
        values(stage, cancel_from=date(2026, 3, 1)),
        values(stage, pay_by=None),
    ):
        for text in words(stage, v):
            for phrase in FORBIDDEN:
                assert phrase not in text, (stage, phrase, text)
            assert "！！" not in text


def test_stage_names_and_titles_climb() -> None:
    assert [stage_name(s) for s in STAGES] == [
        "预通知", "第一阶段", "第二阶段", "第三阶段", "第四阶段", "第五阶段", "付款催告函",
    ]  # fmt: skip
    titles = [letter_title(s) for s in STAGES]
    assert titles[6] == "付款催告函" and len(set(titles)) == 7
    assert all(t.endswith("函") for t in titles)
    with pytest.raises(ValueError, match="0～6"):
        letter_title(7)
    with pytest.raises(ValueError):
        letter_paragraphs(-1, values())


def test_the_prenotice_is_a_friendly_reminder() -> None:
    text = "".join(letter_paragraphs(0, values(0)))
    assert "房款400,000.00元将于2026年3月25日到期" in text
    assert "逾期" not in text and "违约金" not in text


def test_early_letters_are_gentle_later_ones_state_the_penalty() -> None:
    penalty = yuan(Decimal("17586.91"))
    for stage in (1, 2):
        text = "".join(letter_paragraphs(stage, values(stage)))
        assert "违约金" not in text
    for stage in (3, 4, 5, 6):
        text = "".join(letter_paragraphs(stage, values(stage)))
        assert penalty in text and "每日万分之5" in text, stage
        assert "自当日起所付金额即不再计算违约金" in text, stage  # a payment stops its penalty
    assert "困难" in "".join(letter_paragraphs(3, values(3)))
    assert "公平" in "".join(letter_paragraphs(4, values(4)))
    assert "59天" in "".join(letter_paragraphs(4, values(4)))


def test_stage_five_quotes_the_clause_and_the_penalty() -> None:
    v = values(5)
    text = "".join(letter_paragraphs(5, v))
    assert f"第九条约定：“{CLAUSE}”" in text
    assert "《商品房买卖合同》（合同编号：HT-2026-0088）" in text
    assert "累计为17,586.91元" in text
    assert "第九条" in message_text(5, v) and "17,586.91元" in message_text(5, v)
    assert "17,586.91元" in call_script(5, v)
    assert "双方签订的购房合同" in "".join(letter_paragraphs(5, values(5, contract_no="")))


def test_stage_six_gives_the_pay_by_date_and_the_right_to_cancel() -> None:
    text = "".join(letter_paragraphs(6, values(6)))
    assert "请您于2026年3月20日（含当日）之前，支付上述逾期款项596,132.50元" in text
    assert "自2026年4月5日起，我司享有解除合同的权利" in text
    assert "本函并非解除合同的通知" in text and "另行书面通知" in text
    assert "2026年3月20日" in message_text(6, values(6))
    assert "2026年3月20日" in call_script(6, values(6))


def test_stage_six_states_an_early_cancel_date_as_it_is() -> None:
    before_pay_by = "".join(letter_paragraphs(6, values(6, cancel_from=date(2026, 3, 12))))
    assert "自2026年3月12日起，我司即享有解除合同的权利（该日期早于上述付款期限）" in before_pay_by
    same_day = "".join(letter_paragraphs(6, values(6, cancel_from=date(2026, 3, 20))))
    assert "自2026年3月20日起，我司即享有解除合同的权利" in same_day
    past = "".join(letter_paragraphs(6, values(6, cancel_from=date(2026, 2, 1))))
    assert "我司自2026年2月1日起已享有解除合同的权利" in past
    unknown = "".join(letter_paragraphs(6, values(6, cancel_from=None, pay_by=None)))
    assert "出卖人有权解除合同" in unknown and "尽快支付上述逾期款项596,132.50元" in unknown


def test_several_overdue_lines_are_listed_with_their_total() -> None:
    v = values(2)
    two = (
        replace(v.lines[0], name="首付款"),
        LetterLine("房款", date(2026, 2, 5), Decimal("100000"), Decimal("100000"), 28, Decimal(0)),
    )
    text = "".join(
        letter_paragraphs(2, replace(v, lines=two, total_outstanding=Decimal("696132.50")))
    )
    assert "首付款（应付日期2026年1月5日）尚有596,132.50元未付，已逾期59天" in text
    assert "房款（应付日期2026年2月5日）尚有100,000.00元未付，已逾期28天" in text
    assert "合计696,132.50元" in text


@pytest.mark.parametrize("stage", STAGES)
def test_texts_are_short_where_they_must_be(stage: int) -> None:
    v = values(stage)
    assert len(message_text(stage, v)) <= 160
    assert len(call_script(stage, v).splitlines()) == 5
    assert "承诺付款日期 / 无人接听 / 有异议" in call_script(stage, v)


def test_many_overdue_lines_are_summed_up() -> None:
    lines = tuple(
        LetterLine(f"第{i}期房款", date(2026, 1, i), Decimal("1000"), Decimal("1000"), 60 - i,
                   Decimal(0))
        for i in range(1, 6)
    )  # fmt: skip
    v = replace(values(4), lines=lines, total_outstanding=Decimal("5000"))
    text = "".join(letter_paragraphs(4, v))
    assert (
        "共5笔款项，合计5,000.00元，其中最早的一笔第1期房款应付日期为2026年1月1日，已逾期59天"
        in text
    )
    assert "第2期房款" not in text
    assert "5,000.00元" in message_text(4, v) and "5,000.00元" in call_script(4, v)


@pytest.mark.parametrize("stage", STAGES)
def test_texts_do_not_fail_without_lines(stage: int) -> None:
    v = values(stage, lines=(), total_outstanding=Decimal("1000"), total_penalty=Decimal(0))
    for text in words(stage, v):
        assert "欧阳晓梅" in text
