"""The person's printed record: every section, flowing onto more pages with the table header
repeated, every glyph in the embedded font, no line opening with punctuation."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from anjia_desk.pdf.customer_record import (
    TITLE,
    CustomerRecord,
)
from anjia_desk.pdf.document import build, render
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.page import Letterhead
from tests.pdf.pdfcheck import PdfFacts, assert_sound, read_pdf

PRINTED = datetime(2026, 3, 5, 10, 0)
OFFICE = Letterhead(
    "安家置业（杭州）有限公司", "安家·滨江壹号", "江南大道 1888 号", "0571-8888 6666"
)
NOTE = "带家人看样板间，对户型满意，对价格有顾虑，约下周再谈。"


def record(visits: int = 40) -> CustomerRecord:
    return CustomerRecord(
        number=1024,
        profile=[
            ("姓名", "曾小贤"),
            ("手机号", "13812345678（手机）"),
            ("意向面积（㎡）", "90-120"),
            ("关注点", "交通、教育配套、商业配套、医疗配套"),
            ("备注", "周末看房，希望南向，孩子明年上小学，关注通勤时间，预算可以适当上浮。"),
        ],
        consent=[("同意个人信息告知", "2026-02-01 10:00"), ("勿扰", "否")],
        relatives=[("配偶", "刘丽", "13900001111")],
        visits=[
            (f"2026-02-{d % 28 + 1:02d} 10:00", "复访", "2", "老带新", "王芳", NOTE)
            for d in range(visits)
        ],
        follow_ups=[("2026-03-01 15:30", "微信", "王芳", "发送了户型图", "周末再来", "2026-03-08")],
        grades=[("2026-02-03 11:00", "C", "B", "王芳", "有明确预算")],
        phones=[],
        points=[("2026-02-12 10:00", "推荐来访", "陈晨", "100", "")],
        points_balance=100,
    )


@pytest.fixture(scope="module")
def long_record() -> PdfFacts:
    return read_pdf(render(record(), letterhead=OFFICE, printed_at=PRINTED))


def test_every_section_and_value_is_printed(long_record: PdfFacts) -> None:
    text = long_record.text.replace("\n", "")
    assert long_record.metadata["/Title"] == TITLE
    for phrase in (
        "客户编号 1024",
        "应客户本人要求打印",
        "一、基本信息与置业需求",
        "曾小贤",
        "13812345678",
        "二、个人信息授权",
        "同意个人信息告知",
        "三、关联亲属",
        "13900001111",
        "四、来访记录",
        "五、跟进记录",
        "发送了户型图",
        "六、意向等级变更",
        "有明确预算",
        "七、手机号变更",
        "八、老带新积分",
        "陈晨",
        "当前积分余额：100 分",
        "打印时间：2026-03-05 10:00",
    ):
        assert phrase in text, phrase


def test_long_tables_flow_onto_more_pages_with_their_header(long_record: PdfFacts) -> None:
    pages = long_record.pages
    assert len(pages) >= 2
    assert f"第 1 页 / 共 {len(pages)} 页" in pages[0]
    assert long_record.text.count(NOTE[:10]) == 40  # no row lost at a page break
    continued = [p for p in pages[1:] if NOTE[:10] in p]
    assert continued and all("来访时间" in p for p in continued)


def test_fonts_embedded_glyphs_present_no_bad_line_starts(long_record: PdfFacts) -> None:
    assert_sound(long_record, cjk_font())


def test_empty_sections_say_none_and_a_short_record_is_one_page() -> None:
    facts = read_pdf(render(record(2), letterhead=Letterhead(), printed_at=PRINTED))
    assert len(facts.pages) == 1
    section = facts.text.split("七、手机号变更")[1].split("八、")[0]
    assert section.strip().startswith("无")
    assert_sound(facts, cjk_font())


def test_build_writes_the_file(tmp_path: Path) -> None:
    out = build(tmp_path / "record.pdf", record(1), letterhead=OFFICE, printed_at=PRINTED)
    assert out == tmp_path / "record.pdf" and read_pdf(out).pages
