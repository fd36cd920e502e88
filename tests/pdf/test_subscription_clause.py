"""The 认购书 quotes the deal's own penalty clause when one was recorded at 认购 (issue 16), and
keeps the rate sentence for a deal from before."""

from __future__ import annotations

from anjia_desk.core.penalty_clause import DEFAULT_CLAUSE_TEXT, clause_text
from anjia_desk.pdf.document import render
from anjia_desk.pdf.fonts import cjk_font
from tests.pdf.pdfcheck import assert_sound, read_pdf
from tests.pdf.test_subscription import OFFICE, PRINTED, flat, paper


def test_the_agreement_quotes_the_recorded_clause() -> None:
    base = paper()
    words = clause_text(DEFAULT_CLAUSE_TEXT, base.penalty_per_10k)
    facts = read_pdf(
        render(
            paper(penalty_clause_no="第九条", penalty_clause_text=words),
            letterhead=OFFICE,
            printed_at=PRINTED,
        )
    )
    text = flat(facts)
    assert "逾期付款的违约责任（《商品房买卖合同》第九条）：" in text
    assert words.replace(" ", "") in text and "万分之5的违约金" in text
    assert "按逾期金额每日万分之5支付违约金" not in text  # the clause replaces the sentence
    assert "逾期超过90日的" in text
    assert_sound(facts, cjk_font())


def test_a_deal_without_a_clause_keeps_the_rate_sentence() -> None:
    text = flat(read_pdf(render(paper(), letterhead=OFFICE, printed_at=PRINTED)))
    assert "按逾期金额每日万分之5支付违约金" in text and "违约责任（" not in text
