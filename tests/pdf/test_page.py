"""The shared A4 page: letterhead variants, footer numbering, flowing, atomic writing."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from reportlab.platypus import Flowable, Paragraph

from anjia_desk.core.errors import UserError
from anjia_desk.pdf import page
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.page import (
    CONTENT_WIDTH,
    Letterhead,
    build_pdf,
    make_styles,
    render_pdf,
    write_atomic,
)
from anjia_desk.pdf.widgets import Blank, Check, CheckLine, Digits, FormGrid, Inline, Text
from tests.pdf.pdfcheck import assert_sound, read_pdf

PRINTED = datetime(2026, 3, 5, 14, 30)
FULL = Letterhead("安家置业有限公司", "安家·滨江壹号", "滨江区江南大道 1888 号", "0571-8888 6666")


def _doc(letterhead: Letterhead, flowables: list[Flowable] | None = None) -> bytes:
    styles = make_styles()
    body = flowables or [Paragraph("正文第一段。", styles.body)]
    return render_pdf(
        letterhead=letterhead, title="测试文书", flowables=body, printed_at=PRINTED, styles=styles
    )


def test_full_letterhead_title_and_footer() -> None:
    facts = read_pdf(_doc(FULL))
    assert len(facts.pages) == 1
    for phrase in ("安家置业有限公司", "安家·滨江壹号", "地址：滨江区江南大道", "电话：0571-8888"):
        assert phrase in facts.text
    assert "测 试 文 书" in facts.text or "测试文书" in facts.text
    assert "打印时间：2026-03-05 14:30" in facts.text
    assert "第 1 页 / 共 1 页" in facts.text
    assert facts.metadata["/Title"] == "测试文书"
    assert facts.metadata["/Author"] == "安家置业有限公司"
    assert_sound(facts, cjk_font())


@pytest.mark.parametrize(
    ("letterhead", "present", "absent"),
    [
        (Letterhead(), ["正文第一段"], ["地址", "电话"]),
        (Letterhead(project="滨江壹号"), ["滨江壹号"], ["地址", "电话"]),
        (Letterhead(company="安家置业"), ["安家置业"], ["地址"]),
        (Letterhead(phone=" 400-800 "), ["电话：400-800"], ["地址"]),
        (Letterhead(address="江南大道", phone=""), ["地址：江南大道"], ["电话"]),
    ],
)
def test_blank_letterhead_fields_are_left_out(
    letterhead: Letterhead, present: list[str], absent: list[str]
) -> None:
    facts = read_pdf(_doc(letterhead))
    assert len(facts.pages) == 1
    for phrase in present:
        assert phrase in facts.text
    for phrase in absent:
        assert phrase not in facts.text
    assert_sound(facts, cjk_font())


def test_letterhead_cleaning() -> None:
    assert Letterhead("  ", "\t", "", " ").is_blank
    assert not Letterhead(phone="1").is_blank
    assert Letterhead(" 安家  置业 ").cleaned().company == "安家 置业"


def test_content_flows_onto_later_pages_with_numbered_footers() -> None:
    styles = make_styles()
    paragraphs = [
        Paragraph(f"第{n}段：售楼处每天接待来访客户，登记、跟进、回访，一条都不能少。", styles.body)
        for n in range(1, 121)
    ]
    facts = read_pdf(_doc(FULL, paragraphs))
    total = len(facts.pages)
    assert total >= 2
    for number, text in enumerate(facts.pages, start=1):
        assert f"第 {number} 页 / 共 {total} 页" in text
        assert "安家·滨江壹号" in text  # the letterhead on every page
    assert "第1段" in facts.pages[0] and "第120段" in facts.pages[-1]
    for n in range(1, 121):
        assert f"第{n}段" in facts.text  # nothing clipped
    assert_sound(facts, cjk_font())


def test_cjk_wrapping_never_starts_a_line_with_punctuation() -> None:
    styles = make_styles()
    assert styles.body.wordWrap == styles.fine.wordWrap == "CJK"
    unit = "认购、签约；按揭：放款！交付？办证，完成。"
    text = unit * 8
    # Shift the text one character at a time so that natural breaks fall on each punctuation.
    paragraphs = [Paragraph("甲" * shift + text, styles.body) for shift in range(len(unit))]
    facts = read_pdf(_doc(Letterhead(), paragraphs))
    wrapped = [line for line in facts.text.splitlines() if "签约" in line]
    assert len(wrapped) > 2 * len(unit)
    assert_sound(facts, cjk_font())


def test_long_title_shrinks_then_wraps() -> None:
    styles = make_styles()
    title = "关于商品房买卖合同逾期付款事宜的付款催告函" * 3
    data = render_pdf(
        letterhead=FULL,
        title=title,
        flowables=[Paragraph("正文。", styles.body)],
        printed_at=PRINTED,
    )
    facts = read_pdf(data)
    assert "付款催告函" in facts.text and len(facts.pages) == 1
    assert_sound(facts, cjk_font())


def test_inline_wraps_between_chunks_and_aligns() -> None:
    styles = make_styles()
    chunks = [Check(f"选项{n}") for n in range(12)] + [(Check("其他"), Blank(40))]
    widget = Inline(chunks, font=styles.font, size=9, gap=8)
    _, one_line = widget.wrap(10_000, 100)
    _, narrow = widget.wrap(150, 100)
    assert narrow > one_line == widget.line_height
    assert widget.text().startswith("选项0选项1") and widget.text().endswith("其他")
    digits = Inline([Digits(), (Text("人"), Blank(20, underline=False))], font=styles.font)
    assert digits.chunk_width((Digits((3, 4, 4)),)) == pytest.approx(digits.cell * 11 + digits.size)
    right = Inline([Text("签名："), Blank(80)], font=styles.font, align="right")
    centre = Inline([Text("日期")], font=styles.font, align="center")
    grid = FormGrid(styles, [60, None])
    grid.row("字段", widget)
    grid.full(digits, right, centre, CheckLine("本人同意。" * 20, styles.small), shade=True)
    grid.section("标题")
    grid.row("备注", None, height=30)
    facts = read_pdf(_doc(FULL, [grid.table()]))
    for phrase in ("选项11", "其他", "签名：", "本人同意", "标题", "备注", "人"):
        assert phrase in facts.text
    assert_sound(facts, cjk_font())


def test_form_grid_shares_free_width() -> None:
    grid = FormGrid(make_styles(), [20, None, 30, None])
    assert grid.widths[1] == grid.widths[3] == pytest.approx((CONTENT_WIDTH - 50) / 2)
    assert sum(grid.widths) == pytest.approx(CONTENT_WIDTH)
    fixed = FormGrid(make_styles(), [100, 200])
    assert fixed.widths == [100, 200]


def test_build_pdf_writes_atomically_and_replaces(tmp_path: Path) -> None:
    out = tmp_path / "doc.pdf"
    out.write_bytes(b"old")
    styles = make_styles()
    result = build_pdf(
        out,
        letterhead=FULL,
        title="文书",
        flowables=[Paragraph("内容", styles.body)],
        printed_at=PRINTED,
    )
    assert result == out
    assert read_pdf(out).pages
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.pdf"]


class _Broken(Flowable):  # type: ignore[misc]
    def wrap(self, *_: float) -> tuple[float, float]:
        raise RuntimeError("layout bug")


def test_a_failed_render_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "doc.pdf"
    with pytest.raises(RuntimeError):
        build_pdf(out, letterhead=FULL, title="文书", flowables=[_Broken()], printed_at=PRINTED)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_or_directory_target_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="输出文件夹不存在"):
        write_atomic(tmp_path / "nope" / "doc.pdf", b"%PDF-")
    with pytest.raises(UserError, match="是一个文件夹"):
        write_atomic(tmp_path, b"%PDF-")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("error", "why"),
    [
        (PermissionError(13, "Permission denied"), "没有写入权限"),
        (OSError(28, "No space left on device"), "磁盘空间不足"),
        (OSError(30, "Read-only file system"), "磁盘只读"),
        (OSError(5, "Input/output error"), "Input/output error"),
    ],
)
def test_unwritable_folder_is_a_user_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, why: str
) -> None:
    def refuse(*_a: object, **_k: object) -> tuple[int, str]:
        raise error

    monkeypatch.setattr(page, "create_file", refuse)
    with pytest.raises(UserError, match=why) as caught:
        write_atomic(tmp_path / "doc.pdf", b"%PDF-")
    assert "无法写入输出文件" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_failed_replace_keeps_the_old_file_and_removes_the_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "doc.pdf"
    out.write_bytes(b"old")

    def locked(*_a: object) -> None:
        raise PermissionError(13, "file is open in a viewer")

    monkeypatch.setattr(page.os, "replace", locked)
    with pytest.raises(UserError, match="正被其他程序打开"):
        write_atomic(out, b"%PDF-new")
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.pdf"]


def test_interrupt_while_writing_removes_the_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(page.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "doc.pdf", b"%PDF-")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_written_file_is_readable_by_others(tmp_path: Path) -> None:
    out = write_atomic(tmp_path / "doc.pdf", b"%PDF-")
    assert out.stat().st_mode & 0o777 == 0o644
