"""The change-order papers (issue 17) from plain values: the form with its kind in the title, the
退款确认书, the 退款凭证 in two copies, the 内部简报, the 感谢卡 and the 解除合同通知书 — each read
back (text, embedded fonts, every glyph in the font, no line starting with ，or 。), one A4 page,
the same bytes when printed again."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from anjia_desk.core.changes import FORM_TITLES, ChangeKind, Fault
from anjia_desk.pdf.amounts import chinese_amount
from anjia_desk.pdf.document import Document, render, render_many
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.page import Letterhead
from anjia_desk.pdf.refund_lines import MoneySummary
from anjia_desk.pdf.thanks_card import PRIORITY
from tests.pdf import change_samples as samples
from tests.pdf.pdfcheck import PdfFacts, assert_sound, read_pdf

PRINTED = datetime(2026, 3, 20, 10, 0)
OFFICE = Letterhead(
    "安家置业（杭州）有限公司", "安家·云栖府", "余杭区文一西路 1 号", "0571-8888 6666"
)


def flat(facts: PdfFacts) -> str:
    return facts.text.replace("\n", "").replace(" ", "")


def read(doc: Document) -> PdfFacts:
    facts = read_pdf(render(doc, letterhead=OFFICE, printed_at=PRINTED))
    assert_sound(facts, cjk_font())
    assert facts.metadata["/Title"] == doc.title
    return facts


@pytest.mark.parametrize("kind", list(ChangeKind))
def test_one_form_for_every_kind_its_kind_in_the_title(kind: ChangeKind) -> None:
    facts = read(samples.form(form_title=kind.form_title))
    assert kind.form_title == FORM_TITLES[kind]
    assert " ".join(kind.form_title) in facts.text or kind.form_title in flat(facts)


def test_the_refund_form_says_everything_on_one_page() -> None:
    facts = read(samples.form())
    text = flat(facts)
    assert len(facts.pages) == 1
    for phrase in (
        "变更单号BG-000123", "书面申请收到2026-03-0814:20", "是（签约后72小时内）",
        "资金压力型", "不得提供垫资或首付分期", "贷款、价格", "过错方买方",
        "定金（SJ-000001）", "首付款（SJ-000002）", "违约金", "民法典第588条",
        "¥580,110.42", f"人民币{chinese_amount(Decimal('580110.42'))}",
        "申请欧阳晓梅2026-03-0814:20", "洽谈林峰", "审核", "审批（营销）陈总", "审批（财务）许红",
        "执行", "解除买卖合同周婷",
    ):  # fmt: skip
        assert phrase in text, phrase


def test_an_adjusted_figure_shows_beside_the_computed_with_its_reason() -> None:
    text = flat(read(samples.form(money=samples.money(due=Decimal("600000")))))
    assert "计算应退金额¥580,110.42" in text
    assert "调整后应退金额¥600,000.00" in text and "营销负责人同意少扣" in text
    assert f"人民币{chinese_amount(Decimal('600000'))}" in text


def test_the_swap_and_rename_forms_name_both_sides() -> None:
    swap = flat(read(samples.swap_form()))
    for phrase in ("换房申请单"[0], "原房源3栋1单元0101", "新房源5栋2单元1203", "¥2,456,000.00"):
        assert phrase in swap
    assert "款项（按款项性质" not in swap  # a 换房 carries its money over: no refund table
    rename = flat(read(samples.rename_form()))
    for phrase in ("原买受人欧阳晓梅", "新买受人王建国", "配偶", "增名", "330106********5678"):
        assert phrase in rename


def test_a_ground_prints_its_condition_and_the_checks() -> None:
    text = flat(
        read(
            samples.form(
                fault="卖方", ground="面积误差超出约定", condition="实测与预测面积之差超过约定",
                ground_note="实测 96.8㎡，预测 92.1㎡", ground_check="误差 5.10%，超出约定",
                legal="法务 林静 2026-03-09 10:00",
                money=samples.money(fault=Fault.SELLER, statutory=True),
            )
        )
    )  # fmt: skip
    for phrase in ("面积误差超出约定", "实测96.8㎡", "超出约定", "法务林静", "利息", "计息"):
        assert phrase in text, phrase


def test_the_refund_confirmation() -> None:
    facts = read(samples.confirmation())
    text = flat(facts)
    assert len(facts.pages) == 1
    for phrase in (
        "退款确认书"[0], "变更单号BG-000123", "欧阳晓梅", "330106********1234", "HT-2026-0088",
        "定金（SJ-000001）", "签约后定金已抵作房款", chinese_amount(Decimal("580110.42")),
        "买受人（签字）", "出卖人（盖章）", "出卖人盖章处", "双方签署本确认书后",
    ):  # fmt: skip
        assert phrase in text, phrase


def test_the_refund_voucher_prints_two_copies_on_one_page() -> None:
    facts = read(samples.voucher())
    text = flat(facts)
    assert len(facts.pages) == 1
    assert text.count("TK-000045") >= 3  # the subtitle and each copy
    assert "第一联收款人收执" in text and "第二联财务记账" in text
    assert text.count(f"人民币{chinese_amount(Decimal('580112.42'))}") == 2
    assert text.count("BG-000123（退房）") == 2
    voided = flat(
        read(samples.voucher(voided=True, void_reason="金额有误", voided_at="2026-03-21"))
    )
    assert "作废" in voided and "金额有误" in voided


def test_the_brief_is_de_identified_and_scored() -> None:
    facts = read(samples.brief())
    text = flat(facts)
    assert len(facts.pages) == 1
    for phrase in (
        "仅限内部使用", "欧阳女士", "首访", "风险标记", "签约/网签", "书面申请退房",
        "真实原因：家中老人生病", "处理评分：50分（1/2项）",
    ):  # fmt: skip
        assert phrase in text, phrase
    assert "欧阳晓梅" not in text


def test_the_thanks_card_offers_priority_notice_never_a_unit_or_a_price() -> None:
    facts = read(samples.thanks())
    text = flat(facts)
    assert len(facts.pages) == 1
    assert PRIORITY.replace(" ", "") in text and "老客户" in text and "优先通知" in text
    assert "尊敬的欧阳女士" in text and "定制保温杯" in text
    for banned in ("栋", "¥", "元", "单价", "总价", "房号"):
        assert banned not in text, banned
    assert "随卡奉上" not in flat(read(samples.thanks(gift="")))


def test_the_termination_notice_cites_the_ground_and_art_565() -> None:
    facts = read(samples.notice())
    text = flat(facts)
    assert len(facts.pages) == 1
    for phrase in (
        "变更单号BG-000124", "出具日期2026年6月20日", "催告期满您仍未付款", "2026-06-09期满",
        "第五百六十五条", "自本通知到达您时解除", "因您的原因解除", "违约金",
        f"人民币{chinese_amount(Decimal('580110.42'))}", "买受人签收",
    ):  # fmt: skip
        assert phrase in text, phrase


@pytest.mark.parametrize(
    "make",
    [samples.form, samples.confirmation, samples.voucher, samples.brief, samples.thanks,
     samples.notice],
)  # fmt: skip
def test_printed_again_the_same_bytes(make: object) -> None:
    doc = make()  # type: ignore[operator]
    first = render_many([(doc, PRINTED)], letterhead=OFFICE)
    again = render_many([(make(), PRINTED)], letterhead=OFFICE)  # type: ignore[operator]
    assert first == again


def test_the_money_summary_reads_back_from_json() -> None:
    summary = samples.money(due=Decimal("600000"))
    assert MoneySummary.from_dict(summary.to_dict()) == summary
    assert summary.amount_due == Decimal("600000") and summary.overridden
    plain = samples.money()
    assert plain.due is None and plain.amount_due == plain.returned
