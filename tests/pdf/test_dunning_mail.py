"""Posting the dunning letters: DL envelopes (220 × 110 mm, the postcode in six boxes, the
recipient, the sender) and the 交寄清单 (rows, count, signatures, flowing over pages)."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from anjia_desk.pdf.document import render, render_many
from anjia_desk.pdf.envelope import EnvelopeDL, EnvelopePaper
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.mailing_list import TITLE, MailingListPaper, MailingRow
from anjia_desk.pdf.page import Letterhead, mm
from tests.pdf.pdfcheck import assert_sound, read_pdf

OFFICE = Letterhead(
    "安家置业（杭州）有限公司", "安家·云栖府", "杭州市余杭区文一西路 2688 号", "0571-8888 6666"
)
AT = datetime(2026, 3, 5, 10, 0)
ADDRESS = "浙江省杭州市西湖区文三路 478 号 华星时代广场 A 座 1203 室"


def squeeze(text: str) -> str:
    return text.replace("\n", "").replace(" ", "").replace("\u3000", "")


def envelopes() -> list[tuple[EnvelopePaper, datetime]]:
    return [
        (EnvelopePaper("CK-000123", "310012", ADDRESS, "欧阳晓梅"), AT),
        (EnvelopePaper("CK-000124", "", "", "司马相如"), AT),
    ]


def test_envelopes_are_dl_pages_with_the_postcode_and_both_addresses() -> None:
    data = render_many(envelopes(), letterhead=OFFICE, layout=EnvelopeDL("311121"))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(220 * mm, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(110 * mm, abs=0.01)
    facts = read_pdf(data)
    first, second = (squeeze(page) for page in facts.pages)
    assert "310012" in first and "欧阳晓梅收" in first
    assert squeeze(ADDRESS) in first and "CK-000123" in first
    assert "杭州市余杭区文一西路2688号" in first and "安家置业（杭州）有限公司" in first
    assert "邮政编码：311121" in first and "贴邮票处" in first
    assert "司马相如收" in second and "（当面送达）" in second and "CK-000124" in second
    assert facts.metadata["/Title"] == "信封"
    assert_sound(facts, cjk_font())
    assert render_many(envelopes(), letterhead=OFFICE, layout=EnvelopeDL("311121")) == data


def test_an_envelope_without_the_office_postcode_leaves_a_line() -> None:
    one = envelopes()[:1]
    text = squeeze(read_pdf(render_many(one, letterhead=OFFICE, layout=EnvelopeDL())).text)
    assert "邮政编码：" in text and "311121" not in text
    single = render(one[0][0], letterhead=OFFICE, printed_at=AT, layout=EnvelopeDL())
    assert len(PdfReader(io.BytesIO(single)).pages) == 1


def test_the_envelope_layout_takes_only_envelopes() -> None:
    paper = MailingListPaper(date(2026, 3, 5), ())
    with pytest.raises(TypeError):
        render_many([(paper, AT)], letterhead=OFFICE, layout=EnvelopeDL())


def test_an_envelope_on_a4_is_an_address_label() -> None:
    text = squeeze(read_pdf(render(envelopes()[0][0], letterhead=OFFICE, printed_at=AT)).text)
    assert "310012" in text and "欧阳晓梅收" in text


def rows(count: int) -> list[MailingRow]:
    return [
        MailingRow(f"客户{i}", "310012", ADDRESS, f"CK-{i:06d}", note="挂号" if i == 2 else "")
        for i in range(1, count + 1)
    ]


def test_the_mailing_list_has_every_letter_and_the_signatures() -> None:
    facts = read_pdf(
        render(MailingListPaper(date(2026, 3, 5), rows(3)), letterhead=OFFICE, printed_at=AT)
    )
    text = squeeze(facts.text)
    assert facts.metadata["/Title"] == TITLE and len(facts.pages) == 1
    for phrase in ("函件交寄清单", "交寄日期2026年3月5日·共3件", "序号收件人邮编地址信函编号",
                   "挂号或快递单号", "备注", "1客户1310012", "CK-000001", "CK-000003",
                   "挂号", "共3件", "交寄人（签字）：", "收寄人（邮局）：", "日戳："):  # fmt: skip
        assert phrase in text, phrase
    assert text.count(squeeze(ADDRESS)) == 3
    assert_sound(facts, cjk_font())


def test_a_long_mailing_list_flows_over_pages() -> None:
    facts = read_pdf(
        render(MailingListPaper(date(2026, 3, 5), rows(60)), letterhead=OFFICE, printed_at=AT)
    )
    assert len(facts.pages) >= 3
    text = squeeze(facts.text)
    assert all(f"CK-{i:06d}" in text for i in range(1, 61))
    assert all("挂号或快递单号" in squeeze(page) for page in facts.pages)  # header repeated
    assert "共60件" in squeeze(facts.pages[-1]) and "交寄人（签字）" in squeeze(facts.pages[-1])


def test_an_empty_mailing_list_says_so() -> None:
    paper = MailingListPaper(date(2026, 3, 5), ())
    text = squeeze(read_pdf(render(paper, letterhead=OFFICE, printed_at=AT)).text)
    assert "本日没有需要邮寄的函件" in text
