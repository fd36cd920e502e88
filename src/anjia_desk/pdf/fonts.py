"""Find and register, once, a Chinese font that reportlab can embed (TrueType outlines only)."""

from __future__ import annotations

import logging
import os
import shutil
import struct
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from anjia_desk.core.errors import UserError
from anjia_desk.resources import resource

log = logging.getLogger(__name__)

#: The reportlab name every document of the app uses for its Chinese font.
FONT_NAME = "AnJiaCJK"

#: Characters a candidate must map: common Chinese plus full-width punctuation.
SAMPLE_TEXT = "安家售楼处登记客户姓名电话，。：（）"

_LINUX_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/arphic-uming/uming.ttc",
    "/usr/share/fonts/arphic-ukai/ukai.ttc",
)
_WINDOWS_FONTS = ("msyh.ttc", "simhei.ttf", "simsun.ttc")


#: Fonts registered with reportlab in this process, by candidate (registration is global).
_NAMES: dict[FontCandidate, str] = {}


class FontNotFound(UserError):
    """No installed font can carry Chinese text into a PDF."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "找不到可嵌入 PDF 的中文字体（需要 TrueType 轮廓）："
            "Debian/Ubuntu 请安装 fonts-wqy-microhei（sudo apt install fonts-wqy-microhei），"
            "Windows 请确认系统自带的微软雅黑或黑体未被删除"
        )


@dataclass(frozen=True)
class FontCandidate:
    """A font file and, for a collection (.ttc), which face in it."""

    path: Path
    subfont_index: int = 0

    def __str__(self) -> str:
        return f"{self.path}#{self.subfont_index}"


@dataclass(frozen=True)
class CjkFont:
    """The chosen font: where it is, its reportlab name, and the characters it can draw."""

    path: Path
    subfont_index: int
    name: str
    codepoints: frozenset[int]

    def has_glyphs(self, text: str) -> bool:
        return all(ord(ch) in self.codepoints or ch.isspace() for ch in text)

    def missing(self, text: str) -> set[str]:
        return {ch for ch in text if not ch.isspace() and ord(ch) not in self.codepoints}


def _bundled() -> Iterator[FontCandidate]:
    yield FontCandidate(resource("fonts", "wqy-microhei.ttc"))


def _windows() -> Iterator[FontCandidate]:
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
    for name in _WINDOWS_FONTS:
        yield FontCandidate(Path(windir) / "Fonts" / name)


def _linux() -> Iterator[FontCandidate]:
    for path in _LINUX_FONTS:
        yield FontCandidate(Path(path))


def _fontconfig() -> Iterator[FontCandidate]:
    """What fontconfig knows for Chinese; often a CFF font first, so each is checked later."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return
    try:
        result = subprocess.run(
            [fc_list, "--format", "%{file}\t%{index}\n", ":lang=zh"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return
    for line in sorted(set(result.stdout.splitlines())):
        file, _, index = line.partition("\t")
        if file.strip():
            yield FontCandidate(Path(file.strip()), int(index) if index.strip().isdigit() else 0)


def default_candidates() -> Iterator[FontCandidate]:
    """Bundled font first, then Windows, then the usual Linux paths, then fontconfig."""
    yield from _bundled()
    if sys.platform == "win32" or os.environ.get("WINDIR"):
        yield from _windows()
    yield from _linux()
    yield from _fontconfig()


def table_tags(path: Path, subfont_index: int = 0) -> set[str]:
    """The table tags of a TrueType/OpenType font (or one face of a .ttc), read from its table
    directory alone. Raises ValueError for a file that is not a font."""
    with path.open("rb") as handle:
        head = handle.read(12)
        offset = 0
        if head[:4] == b"ttcf":
            count = struct.unpack(">I", head[8:12])[0]
            if not 0 <= subfont_index < count:
                raise ValueError(f"no face {subfont_index} in a collection of {count}")
            handle.seek(12 + 4 * subfont_index)
            offset = struct.unpack(">I", handle.read(4))[0]
            handle.seek(offset)
            head = handle.read(12)
        if len(head) < 12 or head[:4] not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
            raise ValueError("not a TrueType or OpenType font")
        tables = struct.unpack(">H", head[4:6])[0]
        directory = handle.read(16 * tables)
        if len(directory) < 16 * tables:
            raise ValueError("truncated table directory")
    return {directory[i : i + 4].decode("latin-1") for i in range(0, 16 * tables, 16)}


def _outline_problem(candidate: FontCandidate) -> str | None:
    """Why the file cannot serve (missing, unreadable, CFF outlines), or None. Cheap: reads only
    the table directory."""
    if not candidate.path.is_file():
        return "no such file"
    try:
        tables = table_tags(candidate.path, candidate.subfont_index)
    except (OSError, ValueError, struct.error) as exc:
        return f"unreadable: {exc}"
    if "glyf" not in tables or tables & {"CFF ", "CFF2"}:
        return "not TrueType outlines (reportlab cannot embed CFF fonts)"
    return None


def load_font(candidate: FontCandidate, name: str) -> tuple[Any | None, str]:
    """A reportlab TTFont for a usable candidate (not yet registered), or (None, why not)."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    problem = _outline_problem(candidate)
    if problem is not None:
        return None, problem
    try:
        font = TTFont(name, str(candidate.path), subfontIndex=candidate.subfont_index)
    except (TTFError, OSError, ValueError, KeyError, IndexError) as exc:
        return None, f"refused by reportlab: {exc}"
    mapped = font.face.charToGlyph
    missing = "".join(ch for ch in SAMPLE_TEXT if ord(ch) not in mapped)
    if missing:
        return None, f"no glyphs for {missing!r}"
    return font, "ok"


def find_cjk_font(candidates: Iterable[FontCandidate | Path] | None = None) -> CjkFont:
    """The first candidate that is TrueType, maps common Chinese and loads in reportlab.

    Raises FontNotFound when none qualifies. Registers the font under a name unique to its file.
    """
    from reportlab.pdfbase import pdfmetrics

    seen: set[FontCandidate] = set()
    for item in default_candidates() if candidates is None else candidates:
        candidate = item if isinstance(item, FontCandidate) else FontCandidate(Path(item))
        if candidate in seen:
            continue
        seen.add(candidate)
        name = _NAMES.get(candidate)
        if name is not None:
            font = pdfmetrics.getFont(name)
        else:
            name = FONT_NAME if not _NAMES else f"{FONT_NAME}{len(_NAMES)}"
            font, why = load_font(candidate, name)
            if font is None:
                log.debug("font %s refused: %s", candidate, why)
                continue
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFontFamily(
                name, normal=name, bold=name, italic=name, boldItalic=name
            )
            _NAMES[candidate] = name
        log.info("Chinese font for PDFs: %s", candidate)
        codepoints = frozenset(font.face.charToGlyph)
        return CjkFont(candidate.path, candidate.subfont_index, name, codepoints)
    raise FontNotFound()


_lock = threading.Lock()
_chosen: CjkFont | None = None


def cjk_font() -> CjkFont:
    """The app's Chinese font, found once per process."""
    global _chosen
    with _lock:
        if _chosen is None:
            _chosen = find_cjk_font()
        return _chosen


def register_cjk_font() -> str:
    """Register the app's Chinese font with reportlab (once) and return its reportlab name."""
    return cjk_font().name
