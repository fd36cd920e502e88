"""Dunning letters on paper: every stage read back (buyer, unit, amount in capitals, the stage's
words, one page, fonts embedded, no missing glyph); many installments flow onto a second page; a
batch has each letter from a new page with its own page count and time; a re-render is the same
bytes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from anjia_desk.core.dunning_texts import (
    STAGES,
    LetterLine,
    letter_paragraphs,
    letter_title,
    stage_name,
)
from anjia_desk.pdf.amounts import chinese_amount
from anjia_desk.pdf.document import render, render_many
from anjia_desk.pdf.dunning import BATCH_TITLE, NOTE_LABEL, DunningLetterPaper
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.page import Letterhead
from tests.core.test_dunning_texts import CLAUSE, values
from tests.pdf.pdfcheck import PdfFacts, assert_sound, read_pdf

OFFICE = Letterhead(
    "安家置业（杭州）有限公司", "安家·云栖府", "杭州市余杭区文一西路 2688 号", "0571-8888 6666"
)
ISSUED = datetime(2026, 3, 5, 10, 30)
ADDRESS = "浙江省杭州市西湖区文三路 478 号 华星时代广场 A 座 1203 室"


def paper(stage: int, **changes: object) -> DunningLetterPaper:
    base: dict[str, object] = dict(
        code=f"CK-00012{stage}", stage=stage, values=values(stage), address=ADDRESS,
        postcode="310012",
    )  # fmt: skip
    base.update(changes)
    return DunningLetterPaper(**base)  # type: ignore[arg-type]


def many_lines(stage: int, count: int) -> DunningLetterPaper:
    lines = tuple(
        LetterLine(f"第{i}期房款", date(2025, 11, 1) + timedelta(days=i), Decimal("123456.78"),
                   Decimal("100000"), 95 - i, Decimal("4321.09"))
        for i in range(1, count + 1)
    )  # fmt: skip
    v = replace(
        values(stage),
        lines=lines,
        total_outstanding=Decimal(100000 * count),
        total_penalty=Decimal("4321.09") * count,
    )
    return paper(stage, values=v)


def render_letters(
    papers: Sequence[tuple[DunningLetterPaper, datetime]], office: Letterhead
) -> bytes:
    title = BATCH_TITLE if len(papers) > 1 else ""
    return render_many(papers, letterhead=office, title=title)


def flat(facts: PdfFacts) -> str:
    return facts.text.replace("\n", "").replace(" ", "")


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_reads_back_on_one_page(stage: int) -> None:
    letter = paper(stage)
    facts = read_pdf(render_letters([(letter, ISSUED)], OFFICE))
    text = flat(facts)
    assert len(facts.pages) == 1
    assert facts.metadata["/Title"] == letter_title(stage)
    total = letter.values.total_outstanding
    for phrase in (
        letter_title(stage),
        f"编号CK-00012{stage}·2026年3月5日",
        "致：欧阳晓梅（买受人）",
        "尊敬的欧阳晓梅：",
        "3栋1单元1801",
        "合同编号：HT-2026-0088",
        "通讯地址：浙江省杭州市西湖区文三路478号华星时代广场A座1203室（邮编310012）",
        f"人民币{chinese_amount(total)}",
        "出卖人（盖章）：安家置业（杭州）有限公司",
        "日期：2026年3月5日",
        "买受人签收：",
        "打印时间：2026-03-0510:30",
        "第1页/共1页",
    ):
        assert phrase in text, (stage, phrase)
    if stage != 6:
        assert stage_name(stage) in text
    assert (NOTE_LABEL in text) == (stage == 1)
    assert ("违约金（元）" in text) == (stage >= 3)
    assert_sound(facts, cjk_font())


def test_stage_words_on_paper() -> None:
    prenotice = flat(read_pdf(render_letters([(paper(0), ISSUED)], OFFICE)))
    assert "即将到期" in prenotice and "应付款项合计：¥400,000.00" in prenotice
    assert "人民币肆拾万元整" in prenotice and "违约金" not in prenotice
    first = flat(read_pdf(render_letters([(paper(1), ISSUED)], OFFICE)))
    assert "未付款项合计（含即将到期款项）：¥996,132.50" in first and "59天" in first
    five = flat(read_pdf(render_letters([(paper(5), ISSUED)], OFFICE)))
    assert "第九条约定：" in five and CLAUSE.replace(" ", "")[:30] in five
    assert "逾期付款违约金：¥17,586.91（大写：人民币壹万柒仟伍佰捌拾陆元玖角壹分）" in five
    six = flat(read_pdf(render_letters([(paper(6), ISSUED)], OFFICE)))
    assert "请您于2026年3月20日（含当日）之前" in six and "付款期限：2026年3月20日" in six
    assert "自2026年4月5日起，我司享有解除合同的权利" in six
    assert "本函并非解除合同的通知" in six


def test_a_letter_without_address_or_contract_number() -> None:
    letter = paper(2, address="", postcode="", values=replace(values(2), contract_no=""))
    facts = read_pdf(render_letters([(letter, ISSUED)], Letterhead()))
    text = flat(facts)
    assert "通讯地址" not in text and "合同编号" not in text
    assert "致：欧阳晓梅（买受人）" in text and len(facts.pages) == 1
    assert_sound(facts, cjk_font())


@pytest.mark.parametrize("stage", [1, 5, 6])
def test_six_installments_still_fit_one_page(stage: int) -> None:
    facts = read_pdf(render_letters([(many_lines(stage, 6), ISSUED)], OFFICE))
    assert len(facts.pages) == 1, stage
    text = flat(facts)
    assert "第6期房款" in text and "出卖人（盖章）" in text
    assert "共6笔款项，合计600,000.00元" in text


def test_many_installments_flow_onto_a_second_page() -> None:
    facts = read_pdf(render_letters([(many_lines(6, 40), ISSUED)], OFFICE))
    assert len(facts.pages) == 2
    assert "第1页/共2页" in facts.pages[0].replace(" ", "")
    second = facts.pages[1].replace(" ", "").replace("\n", "")
    assert "第2页/共2页" in second and "第40期房款" in second
    assert "款项应付日期" in second  # the table's header repeated
    assert "出卖人（盖章）" in second
    assert_sound(facts, cjk_font())


def test_a_batch_has_one_letter_per_page_each_with_its_own_count_and_time() -> None:
    batch = [
        (paper(1), datetime(2026, 3, 5, 9, 5)),
        (many_lines(6, 40), datetime(2026, 3, 5, 9, 6)),
        (paper(3, code="CK-000200"), datetime(2026, 3, 6, 14, 0)),
    ]
    facts = read_pdf(render_letters(batch, OFFICE))
    pages = [page.replace(" ", "").replace("\n", "") for page in facts.pages]
    assert len(pages) == 4
    assert facts.metadata["/Title"] == BATCH_TITLE
    assert "CK-000121" in pages[0] and "第1页/共1页" in pages[0]
    assert "2026-03-0509:05" in pages[0]
    assert "CK-000126" in pages[1] and "第1页/共2页" in pages[1] and "2026-03-0509:06" in pages[1]
    assert "第2页/共2页" in pages[2] and "CK-000126" not in pages[2]
    assert "CK-000200" in pages[3] and "第1页/共1页" in pages[3] and "2026-03-0614:00" in pages[3]
    assert all(page.count("尊敬的") <= 1 for page in pages)
    assert_sound(facts, cjk_font())


def test_the_same_letters_give_the_same_bytes() -> None:
    batch = [(paper(stage), ISSUED) for stage in STAGES]
    first = render_letters(batch, OFFICE)
    assert render_letters(batch, OFFICE) == first
    assert render_letters([(paper(1), ISSUED)], OFFICE) == render_letters(
        [(paper(1), ISSUED)], OFFICE
    )
    later = render_letters([(paper(1), datetime(2026, 3, 5, 10, 31))], OFFICE)
    assert later != render_letters([(paper(1), ISSUED)], OFFICE)
    info = PdfReader(io.BytesIO(first)).metadata
    assert info is not None and str(info["/CreationDate"]) == "D:20260305103000"


def test_a_letter_is_a_document() -> None:
    facts = read_pdf(render(paper(4), letterhead=OFFICE, printed_at=ISSUED))
    assert len(facts.pages) == 1 and "逾期付款督促函" in flat(facts)
    assert paper(1).has_note_box and not paper(2).has_note_box
    assert paper(2, handwritten_box=True).has_note_box
    assert not paper(1, handwritten_box=False).has_note_box
    assert paper(6).subtitle == "编号 CK-000126 · 2026年3月5日"


def test_no_letters_no_pdf() -> None:
    with pytest.raises(ValueError):
        render_letters([], OFFICE)


def test_fast_text_breaks_lines_as_chinese_wants() -> None:
    from anjia_desk.pdf.cjk_text import break_lines, text_width
    from anjia_desk.pdf.page import make_styles

    font = make_styles().font
    text = "".join(letter_paragraphs(5, values(5)))
    for width in (120.0, 180.0, 260.0, 333.0, 515.0):
        lines = break_lines(text, font, 10.5, width, 21)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
        for index, line in enumerate(lines):
            room = width - (21 if index == 0 else 0)
            assert text_width(line, font, 10.5) <= room + 10.5  # at most a carried mark over
            assert line[0] not in "，。、；：！？）》」", line
            assert line[-1] not in "（《“", line
        numbers = ("596,132.50", "17,586.91", "HT-2026-0088")
        assert all(any(n in line for line in lines) for n in numbers), width
    assert break_lines("  ", font, 10, 100) == []


def test_the_letterhead_is_on_every_page_of_a_batch() -> None:
    facts = read_pdf(render_letters([(paper(1), ISSUED), (many_lines(6, 40), ISSUED)], OFFICE))
    assert len(facts.pages) == 3
    for page in facts.pages:
        squeezed = page.replace(" ", "").replace("\n", "")
        assert "安家·云栖府" in squeezed and "电话：0571-88886666" in squeezed


REPRINT = """
import hashlib
from tests.pdf.test_dunning_letters import ISSUED, OFFICE, paper, render_letters
print(hashlib.sha256(render_letters([(paper(s), ISSUED) for s in range(7)], OFFICE)).hexdigest())
"""


def test_a_reprint_in_another_process_is_the_same_bytes() -> None:
    import hashlib
    import os
    import subprocess
    import sys

    here = hashlib.sha256(render_letters([(paper(s), ISSUED) for s in STAGES], OFFICE)).hexdigest()
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    path = os.pathsep.join([str(root), *sys.path])  # the very modules this process runs
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": path}
        out = subprocess.run(
            [sys.executable, "-c", REPRINT],
            env=env, cwd=root, capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert out.stdout.strip() == here
