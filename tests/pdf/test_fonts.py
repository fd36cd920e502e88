"""The Chinese font finder: TrueType outlines with Chinese glyphs only, bundled font first."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

from anjia_desk.core.errors import UserError
from anjia_desk.pdf import fonts
from anjia_desk.pdf.fonts import (
    SAMPLE_TEXT,
    FontCandidate,
    FontNotFound,
    cjk_font,
    find_cjk_font,
    register_cjk_font,
)
from anjia_desk.resources import resource

BUNDLED = resource("fonts", "wqy-microhei.ttc")


def _square(pen: object) -> None:
    pen.moveTo((100, 0))  # type: ignore[attr-defined]
    pen.lineTo((100, 700))  # type: ignore[attr-defined]
    pen.lineTo((800, 700))  # type: ignore[attr-defined]
    pen.lineTo((800, 0))  # type: ignore[attr-defined]
    pen.closePath()  # type: ignore[attr-defined]


def make_font(path: Path, chars: str, *, cff: bool) -> Path:
    """A tiny font mapping `chars` to squares, with CFF or TrueType (glyf) outlines."""
    names = [".notdef"] + [f"uni{ord(ch):04X}" for ch in chars]
    builder = FontBuilder(1000, isTTF=not cff)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(ch): f"uni{ord(ch):04X}" for ch in chars})
    if cff:
        charstrings = {}
        for name in names:
            pen = T2CharStringPen(1000, None)
            _square(pen)
            charstrings[name] = pen.getCharString()
        builder.setupCFF("AnJiaTestCFF", {"FullName": "AnJia Test CFF"}, charstrings, {})
    else:
        glyphs = {}
        for name in names:
            pen = TTGlyphPen(None)
            _square(pen)
            glyphs[name] = pen.glyph()
        builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    family = "AnJiaTestCFF" if cff else "AnJiaTestTT"
    builder.setupNameTable({"familyName": family, "styleName": "Regular", "psName": family})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    builder.save(str(path))
    return path


CJK = SAMPLE_TEXT + "来访表"


def test_default_choice_is_the_bundled_font_face_0() -> None:
    font = find_cjk_font()
    assert font.path == BUNDLED
    assert font.subfont_index == 0
    assert font.has_glyphs("来访客户登记表，。：（）㎡")
    assert register_cjk_font() == cjk_font().name == font.name
    assert cjk_font() is cjk_font()  # found once


def test_cff_font_is_refused_even_with_chinese_glyphs(tmp_path: Path) -> None:
    cff = make_font(tmp_path / "cjk-cff.otf", CJK, cff=True)
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    with pytest.raises(TTFError, match="postscript outlines"):
        TTFont("cff-probe", str(cff))  # why the finder must refuse it
    with pytest.raises(FontNotFound):
        find_cjk_font(candidates=[cff])
    assert find_cjk_font(candidates=[cff, BUNDLED]).path == BUNDLED


def test_truetype_font_without_chinese_is_refused(tmp_path: Path) -> None:
    latin = make_font(tmp_path / "latin.ttf", "ABCabc123", cff=False)
    with pytest.raises(FontNotFound):
        find_cjk_font(candidates=[latin])
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if dejavu.is_file():
        assert fonts.load_font(FontCandidate(dejavu), "probe")[0] is None


def test_truetype_font_with_chinese_is_accepted(tmp_path: Path) -> None:
    good = make_font(tmp_path / "cjk.ttf", CJK, cff=False)
    font = find_cjk_font(candidates=[tmp_path / "missing.ttf", good])
    assert font.path == good
    assert font.has_glyphs(CJK) and not font.has_glyphs("龙")
    assert font.missing("来龙 去") == {"龙", "去"}
    assert find_cjk_font(candidates=[good]).name == font.name  # registered once


def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"not a font at all" * 10)
    problem = fonts._outline_problem(FontCandidate(junk))
    assert problem is not None and problem.startswith("unreadable")
    with pytest.raises(FontNotFound):
        find_cjk_font(candidates=[junk, junk])


def test_no_candidate_gives_a_chinese_message_naming_the_package(tmp_path: Path) -> None:
    with pytest.raises(FontNotFound) as caught:
        find_cjk_font(candidates=[])
    error = caught.value
    assert isinstance(error, UserError) and error.exit_code == 2
    assert "fonts-wqy-microhei" in error.message and "中文字体" in error.message
    assert "\n" not in error.message


def test_candidate_order_bundled_windows_linux_fontconfig(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WINDIR", r"D:\Win")
    monkeypatch.setattr(fonts, "_fontconfig", lambda: iter([FontCandidate(Path("/fc.ttf"), 2)]))
    order = list(fonts.default_candidates())
    assert order[0] == FontCandidate(BUNDLED)
    names = [c.path.name for c in order]
    assert names[1:4] == ["msyh.ttc", "simhei.ttf", "simsun.ttc"]
    assert all(str(c.path).startswith(r"D:\Win") for c in order[1:4])
    assert "wqy-microhei.ttc" in names[4:] and "ukai.ttc" in names
    assert order[-1] == FontCandidate(Path("/fc.ttf"), 2)


def test_no_windows_fonts_off_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WINDIR", raising=False)
    monkeypatch.setattr(fonts.sys, "platform", "linux")
    monkeypatch.setattr(fonts, "_fontconfig", lambda: iter([]))
    assert "msyh.ttc" not in [c.path.name for c in fonts.default_candidates()]


def test_fontconfig_first_answer_cff_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cff = make_font(tmp_path / "NotoSansCJK-Regular.otf", CJK, cff=True)
    good = make_font(tmp_path / "good.ttf", CJK, cff=False)
    listing = f"{cff}\t0\n{good}\t0\n{good}\t0\n\t0\n"

    def fake_run(args: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        assert ":lang=zh" in args
        return subprocess.CompletedProcess(args, 0, stdout=listing, stderr="")

    monkeypatch.setattr(fonts.shutil, "which", lambda _name: "/usr/bin/fc-list")
    monkeypatch.setattr(fonts.subprocess, "run", fake_run)
    found = list(fonts._fontconfig())
    assert found == [FontCandidate(cff), FontCandidate(good)]
    assert find_cjk_font(candidates=found).path == good


def test_fontconfig_missing_or_failing_yields_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts.shutil, "which", lambda _name: None)
    assert list(fonts._fontconfig()) == []

    def broken(*_a: object, **_k: object) -> None:
        raise OSError("cannot run")

    monkeypatch.setattr(fonts.shutil, "which", lambda _name: "/usr/bin/fc-list")
    monkeypatch.setattr(fonts.subprocess, "run", broken)
    assert list(fonts._fontconfig()) == []


def test_font_reportlab_cannot_parse_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import ttfonts

    def refuse(*_a: object, **_k: object) -> None:
        raise ttfonts.TTFError("broken table")

    monkeypatch.setattr(ttfonts, "TTFont", refuse)
    candidate = FontCandidate(BUNDLED, 0)
    assert str(candidate).endswith("wqy-microhei.ttc#0")
    font, why = fonts.load_font(candidate, "probe")
    assert font is None and "broken table" in why


def test_table_directory_reader(tmp_path):
    from anjia_desk.pdf.fonts import table_tags
    from anjia_desk.resources import resource

    bundled = resource("fonts", "wqy-microhei.ttc")
    assert {"glyf", "cmap", "head"} <= table_tags(bundled, 0)
    with pytest.raises(ValueError, match="no face 9"):
        table_tags(bundled, 9)
    picture = tmp_path / "photo.ttf"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(ValueError, match="not a TrueType"):
        table_tags(picture)
    cut = tmp_path / "cut.ttf"
    cut.write_bytes(b"\x00\x01\x00\x00\x00\x20" + b"\x00" * 20)
    with pytest.raises(ValueError, match="truncated"):
        table_tags(cut)
