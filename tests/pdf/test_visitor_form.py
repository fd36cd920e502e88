"""The blank visitor registration form: one A4 page, the consent notice, every glyph available."""

from __future__ import annotations

import ast
import dataclasses
from datetime import datetime
from pathlib import Path

import pytest

from anjia_desk.pdf import document, visitor_form
from anjia_desk.pdf.document import Sheet, build, render
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.page import CONTENT_WIDTH, Letterhead, make_styles
from anjia_desk.pdf.visitor_form import VisitorForm
from tests.pdf.pdfcheck import PdfFacts, assert_sound, read_pdf

PRINTED = datetime(2026, 3, 5, 9, 5)
OFFICE = Letterhead(
    "安家置业（杭州）有限公司", "安家·滨江壹号", "杭州市滨江区江南大道 1888 号", "0571-8888 6666"
)
#: Every field at the longest length the settings allow (60, 60, 120, 40 characters).
LONGEST = Letterhead("安" * 60, "家" * 60, "地" * 120, "8" * 40)


@pytest.fixture(scope="module")
def form() -> PdfFacts:
    return read_pdf(render(VisitorForm(), letterhead=OFFICE, printed_at=PRINTED))


def test_one_page_with_title_letterhead_and_footer(form: PdfFacts) -> None:
    assert len(form.pages) == 1
    assert "来 访 客 户 登 记 表" in form.text or "来访客户登记表" in form.text
    assert form.metadata["/Title"] == "来访客户登记表"
    for phrase in ("安家置业（杭州）有限公司", "安家·滨江壹号", "江南大道", "0571-8888 6666"):
        assert phrase in form.text
    assert "打印时间：2026-03-05 09:05" in form.text
    assert "第 1 页 / 共 1 页" in form.text


def test_fields_of_a_visit(form: PdfFacts) -> None:
    text = form.text.replace(" ", "")
    for phrase in (
        "来访时间",
        "首访",
        "复访",
        "来访人数",
        "姓名",
        "性别",
        "手机号码",
        "年龄段",
        "家庭结构",
        "三代同堂",
        "认知途径",
        "推荐人姓名",
        "总价预算",
        "万元",
        "意向面积",
        "㎡",
        "意向户型",
        "楼层偏好",
        "置业目的",
        "自住",
        "购房类型",
        "刚需",
        "改善",
        "关注因素",
        "接待置业顾问",
    ):
        assert phrase in text, phrase
    for channel in (*visitor_form.CHANNELS, "其他"):
        assert channel in text, channel
    for focus in visitor_form.FOCUS:
        assert focus in text, focus


def test_consent_notice_and_separate_marketing_opt_in(form: PdfFacts) -> None:
    text = form.text.replace("\n", "")
    assert "个人信息保护告知" in text
    for point in ("收集哪些信息", "用于什么", "谁能看到", "保存多久", "您的权利"):
        assert point in text
    assert "24 个月" in text
    assert "查阅、更正或要求删除" in text
    assert "致电 0571-88886666" in text  # kept whole: no space to break at
    assert "本人已阅读并理解上述告知" in text and "客户签名" in text
    assert "（可选）" in text and "营销信息" in text and "随时退订" in text


def test_minimum_data_no_id_number_nothing_about_children(form: PdfFacts) -> None:
    text = form.text.replace("\n", "")
    assert text.count("身份证") == 1 and "不收集身份证号码" in text
    assert text.count("子女") == 1 and "不收集任何关于子女的信息" in text
    assert "证件" not in text


def test_every_glyph_exists_fonts_embedded_and_no_line_starts_with_punctuation(
    form: PdfFacts,
) -> None:
    assert_sound(form, cjk_font())
    assert {font["subtype"] for font in form.fonts} == {"/TrueType"}


@pytest.mark.parametrize(
    "letterhead",
    [LONGEST, Letterhead(), Letterhead(project="安家·滨江壹号"), Letterhead(company="安家置业")],
    ids=["longest", "blank", "project-only", "company-only"],
)
def test_any_letterhead_still_fits_one_page(letterhead: Letterhead) -> None:
    facts = read_pdf(render(VisitorForm(), letterhead=letterhead, printed_at=PRINTED))
    assert len(facts.pages) == 1
    assert "个人信息保护告知" in facts.text and "系统录入" in facts.text
    assert_sound(facts, cjk_font())


def test_no_phone_on_letterhead_points_to_staff() -> None:
    text = read_pdf(
        render(VisitorForm(), letterhead=Letterhead(project="滨江壹号"), printed_at=PRINTED)
    ).text
    assert "致电" not in text
    assert "售楼处工作人员" in text.replace("\n", "")


def test_retention_period_is_a_parameter() -> None:
    items = visitor_form.notice_items(OFFICE, retention_months=36)
    assert any("36 个月" in item for item in items)


def test_area_unit_falls_back_when_the_font_lacks_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real = cjk_font()
    lacking = dataclasses.replace(real, codepoints=real.codepoints - {ord("㎡")})
    monkeypatch.setattr(visitor_form, "cjk_font", lambda: lacking)
    text = read_pdf(render(VisitorForm(), letterhead=OFFICE, printed_at=PRINTED)).text
    assert "㎡" not in text and "平方米" in text


def test_rows_shrink_when_the_page_is_short(monkeypatch: pytest.MonkeyPatch) -> None:
    form = VisitorForm()
    sheet = Sheet(styles=make_styles(), letterhead=OFFICE, title=form.title, subtitle=form.subtitle)
    roomy = form.story(sheet)[0]
    monkeypatch.setattr(document, "body_height", lambda *_a, **_k: 200.0)
    tight = form.story(sheet)[0]
    roomy_h = roomy.wrap(CONTENT_WIDTH, 10_000)[1]
    tight_h = tight.wrap(CONTENT_WIDTH, 10_000)[1]
    assert tight_h < roomy_h


def test_build_writes_the_file(tmp_path: Path) -> None:
    out = build(tmp_path / "form.pdf", VisitorForm(), letterhead=OFFICE, printed_at=PRINTED)
    assert out == tmp_path / "form.pdf"
    assert len(read_pdf(out).pages) == 1


def test_pdf_layer_imports_neither_qt_nor_the_database() -> None:
    forbidden = ("PySide6", "sqlalchemy", "anjia_desk.db", "anjia_desk.services", "anjia_desk.ui")
    for source in Path(visitor_form.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not [n for n in names if n.startswith(forbidden)], (source.name, names)
